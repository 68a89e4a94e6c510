/**
 * The loader on its own: what it makes of files a user may really have —
 * a path that is not a file, YAML's reading of unquoted versions, syntax
 * errors and duplicate keys, empty maps — each with a message that says
 * where and what to do.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ConfigFileError,
  deepMerge,
  evaluate,
  keyPathAt,
  loadConfig,
  parseYaml,
  yamlProblem,
} from "../../src/config/load";

const dir = () => mkdtempSync(join(tmpdir(), "load-"));

function loadText(text: string) {
  const d = dir();
  writeFileSync(join(d, "hyperpod.config.yaml"), text);
  return loadConfig({ cwd: d, env: {} });
}

function fileError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigFileError) return e.message;
    throw e;
  }
  throw new Error("expected a ConfigFileError");
}

describe("a configuration path that is not a regular file", () => {
  test("a directory named hyperpod.config.yaml", () => {
    const d = dir();
    mkdirSync(join(d, "hyperpod.config.yaml"));
    expect(fileError(() => loadConfig({ cwd: d, env: {} }))).toBe(
      `${join(
        d,
        "hyperpod.config.yaml",
      )}: is a directory, not a configuration file; remove it or set HYPERPOD_CONFIG to a YAML file`,
    );
  });

  test("a fifo named by HYPERPOD_CONFIG is not opened (that would block)", () => {
    const d = dir();
    const fifo = join(d, "config.fifo");
    execFileSync("mkfifo", [fifo]);
    expect(fileError(() => loadConfig({ cwd: d, env: { HYPERPOD_CONFIG: fifo } }))).toBe(
      `${fifo}: is a named pipe (fifo), not a configuration file; set HYPERPOD_CONFIG to a YAML file`,
    );
  });
});

describe("unquoted versions", () => {
  test.each([
    ["2.10", "2.10"],
    ["2.12", "2.12"],
    ["2.15", "2.15"],
    ['"2.10"', "2.10"],
  ])("lustreVersion: %s is taken as written", (written, expected) => {
    const raw = parseYaml(`fsx:\n  lustreVersion: ${written}\n`, "f.yaml");
    expect(raw).toEqual({ fsx: { lustreVersion: expected } });
    const loaded = evaluate(raw);
    expect(loaded.findings.filter((f) => f.code === "CONFIG_VALUE")).toEqual([]);
    expect(loaded.clusters[0].fsx.lustreVersion).toBe(expected);
  });

  test("a version that is not one never reads as a contradiction", () => {
    const [finding] = evaluate(parseYaml("fsx:\n  lustreVersion: 2.1\n", "f.yaml")).findings;
    expect(finding.message).toBe('must be 2.10, 2.12 or 2.15, got "2.1"');
  });

  test("a version written as another scalar stays what YAML reads", () => {
    expect(parseYaml("fsx:\n  lustreVersion: true\n", "f.yaml")).toEqual({
      fsx: { lustreVersion: true },
    });
    expect(evaluate(parseYaml("fsx:\n  lustreVersion: true\n", "f.yaml")).findings[0].message).toBe(
      "must be 2.10, 2.12 or 2.15, got true",
    );
  });

  test("other numbers stay numbers", () => {
    expect(parseYaml("fsx:\n  storageCapacity: 1200\n", "f.yaml")).toEqual({
      fsx: { storageCapacity: 1200 },
    });
  });
});

describe("YAML errors", () => {
  test("a syntax error: line, column, the key it belongs to, the line and a caret", () => {
    const message = fileError(() =>
      parseYaml("region: ap-northeast-1\nfsx:\n  storageCapacity: [1200\n  deploymentType: PERSISTENT_2\n", "f.yaml"),
    );
    expect(message).toBe(
      [
        "f.yaml: not valid YAML:",
        "  line 4, column 3: Flow sequence in block collection must be sufficiently indented and end with a ] (in `fsx.deploymentType`)",
        "        deploymentType: PERSISTENT_2",
        "        ^",
      ].join("\n"),
    );
  });

  test("an error far into the file keeps only the message, then says where", () => {
    const text = `${Array.from({ length: 11 }, (_, i) => `k${i}: 1`).join(
      "\n",
    )}\nfsx:\n  storageCapacity: [1200\n  deploymentType: x\n`;
    const message = fileError(() => parseYaml(text, "f.yaml"));
    expect(message.split("\n").slice(0, 2)).toEqual([
      "f.yaml: not valid YAML:",
      "  line 14, column 3: Flow sequence in block collection must be sufficiently indented and end with a ] (in `fsx.deploymentType`)",
    ]);
  });

  test.each([
    [
      "no position",
      {
        message: "Something broke",
        code: "BAD_INDENT" as const,
        linePos: undefined,
      },
      ["a: 1"],
      "Something broke",
    ],
    [
      "a position before any key",
      {
        message: "Bad at line 1, column 2:\n\n context",
        code: "BAD_INDENT" as const,
        linePos: [{ line: 1, col: 2 }],
      },
      ["# c"],
      "line 1, column 2: Bad\n      # c\n       ^",
    ],
    [
      "a position past the last line",
      {
        message: "Bad at line 3, column 1:",
        code: "BAD_INDENT" as const,
        linePos: [{ line: 3, col: 1 }],
      },
      ["a: 1"],
      "line 3, column 1: Bad (in `a`)\n      \n      ^",
    ],
    [
      "a duplicate key with no key line to name",
      {
        message: "Map keys must be unique at line 1, column 1:",
        code: "DUPLICATE_KEY" as const,
        linePos: [{ line: 1, col: 1 }],
      },
      ["- x"],
      "line 1, column 1: Map keys must be unique\n      - x\n      ^",
    ],
  ])("yamlProblem with %s", (_, e, lines, text) => {
    expect(yamlProblem(e as Parameters<typeof yamlProblem>[0], lines)).toBe(text);
  });

  test("a duplicate key is named with its path", () => {
    const message = fileError(() =>
      parseYaml("fsx:\n  dataRepository:\n    s3Prefix: a/\n    s3Prefix: b/\n", "f.yaml"),
    );
    expect(message).toContain(
      "line 4, column 5: the key `fsx.dataRepository.s3Prefix` is written twice in the same map; keep one",
    );
  });

  test.each([
    [["a:", "  b:", "    c: 1"], 2, ["a", "b", "c"]],
    [["a:", "  b: 1", "c:", "  d: [1"], 3, ["c", "d"]],
    [["a:", "  - name: x", "    role: y"], 2, ["a", "role"]],
    [['"quoted key":', "  b: 1"], 1, ["quoted key", "b"]],
    [["# only a comment"], 0, []],
    [["a:", "  b: 1"], 9, ["a", "b"]],
    [["a:", "  # note", "  b:", "    - 1"], 3, ["a", "b"]],
    [["a:", "b:", "  c: 1"], 2, ["b", "c"]],
    [["a: 1"], 0, ["a"]],
    [["  a: 1"], 0, ["a"]],
    [["a:", "  b: 1", "c: 2"], 1, ["a", "b"]],
    [["a:", '  "b c": 1'], 1, ["a", "b c"]],
    [["'my key': 1"], 0, ["my key"]],
    [["it's:", "  don't: 1"], 1, ["it's", "don't"]],
    [["a:", "  # was b: 1"], 1, ["a"]],
    [["a:", "  - name: x"], 1, ["a", "name"]],
    [["a:", "  -   name: x"], 1, ["a", "name"]],
    [["a:", "  b:", "    c:", "  d: 1", "    e: 2"], 4, ["a", "d", "e"]],
  ])("keyPathAt(%j, %i)", (lines, index, expected) => {
    expect(keyPathAt(lines, index)).toEqual(expected);
  });
});

describe("empty values mean the defaults", () => {
  test("a map whose every key is commented out", () => {
    const loaded = loadText("fsx:\n#  storageCapacity: 2400\nnetwork:\n");
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters[0].fsx.storageCapacity).toBe(1200);
  });

  test("a null in a cluster removes the shared value, so that cluster gets the default", () => {
    const loaded = evaluate({
      fsx: { storageCapacity: 2400 },
      clusters: {
        dev: { namePrefix: "dev", fsx: { storageCapacity: null } },
        prod: { namePrefix: "prod" },
      },
    });
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => [c.stackName, c.fsx.storageCapacity])).toEqual([
      ["dev", 1200],
      ["prod", 2400],
    ]);
  });

  test("an empty file is the defaults", () => {
    const loaded = loadText("");
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => c.stackName)).toEqual(["hyperpod"]);
  });
});

/** Findings of a file as [code, path, message] (the clusters added when the finding names them). */
const found = (loaded: ReturnType<typeof loadConfig>) =>
  loaded.findings.map((f) => (f.clusters ? [f.code, f.path, f.message, f.clusters] : [f.code, f.path, f.message]));

describe("finding the file", () => {
  test("no file and no HYPERPOD_CONFIG: the defaults, no file named", () => {
    const loaded = loadConfig({ cwd: dir(), env: {} });
    expect(loaded.file).toBeUndefined();
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => [c.stackName, c.pathPrefix, c.namePrefix])).toEqual([
      ["hyperpod", "", "hyprpd-lustre"],
    ]);
  });

  test("HYPERPOD_CONFIG is resolved against cwd and wins over hyperpod.config.yaml", () => {
    const d = dir();
    writeFileSync(join(d, "hyperpod.config.yaml"), "namePrefix: from-default\n");
    writeFileSync(join(d, "other.yaml"), "namePrefix: from-env\n");
    const loaded = loadConfig({
      cwd: d,
      env: { HYPERPOD_CONFIG: "other.yaml" },
    });
    expect(loaded.file).toBe(join(d, "other.yaml"));
    expect(loaded.clusters[0].namePrefix).toBe("from-env");
    expect(loadConfig({ cwd: d, env: {} }).clusters[0].namePrefix).toBe("from-default");
  });

  test("a file HYPERPOD_CONFIG names but that does not exist is an error, not the defaults", () => {
    const d = dir();
    expect(fileError(() => loadConfig({ cwd: d, env: { HYPERPOD_CONFIG: "missing.yaml" } }))).toBe(
      `${join(d, "missing.yaml")}: HYPERPOD_CONFIG names this file, but it does not exist`,
    );
  });

  test("a device named by HYPERPOD_CONFIG is not a regular file", () => {
    expect(fileError(() => loadConfig({ cwd: dir(), env: { HYPERPOD_CONFIG: "/dev/null" } }))).toBe(
      "/dev/null: is not a regular file, not a configuration file; set HYPERPOD_CONFIG to a YAML file",
    );
  });

  test("a directory named by HYPERPOD_CONFIG", () => {
    const d = dir();
    mkdirSync(join(d, "conf"));
    expect(fileError(() => loadConfig({ cwd: d, env: { HYPERPOD_CONFIG: "conf" } }))).toBe(
      `${join(d, "conf")}: is a directory, not a configuration file; set HYPERPOD_CONFIG to a YAML file`,
    );
  });
});

describe("malformed files through the loader", () => {
  test.each([
    [
      "a top-level list",
      "- region: us-east-1\n",
      'the top level must be a map of settings, got a list ([{"region":"us-east-1"}])',
    ],
    ["a top-level string", "hello\n", 'the top level must be a map of settings, got "hello"'],
    ["a top-level number", "42\n", "the top level must be a map of settings, got 42"],
    ["a top-level boolean", "true\n", "the top level must be a map of settings, got true"],
  ])("%s is refused, naming what it is", (_t, text, message) => {
    const d = dir();
    writeFileSync(join(d, "hyperpod.config.yaml"), text);
    expect(fileError(() => loadConfig({ cwd: d, env: {} }))).toBe(`${join(d, "hyperpod.config.yaml")}: ${message}`);
  });

  test.each([
    ["an empty file", ""],
    ["only comments", "# nothing set yet\n"],
    ["an explicit null document", "~\n"],
    ["only whitespace", "\n\n   \n"],
  ])("%s is the defaults", (_t, text) => {
    const loaded = loadText(text);
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => [c.stackName, c.fsx.deploymentType, c.fsx.storageCapacity])).toEqual([
      ["hyperpod", "PERSISTENT_2", 1200],
    ]);
  });

  test("a duplicate top-level key in a file is refused with its line and name", () => {
    const d = dir();
    writeFileSync(join(d, "hyperpod.config.yaml"), "region: us-east-1\nnamePrefix: a\nregion: eu-west-1\n");
    const message = fileError(() => loadConfig({ cwd: d, env: {} }));
    expect(message).toBe(
      [
        `${join(d, "hyperpod.config.yaml")}: not valid YAML:`,
        "  line 3, column 1: the key `region` is written twice in the same map; keep one",
        "      region: eu-west-1",
        "      ^",
      ].join("\n"),
    );
  });

  test("a duplicate key inside a cluster names the cluster's path", () => {
    const message = fileError(() => parseYaml("clusters:\n  dev:\n    namePrefix: a\n    namePrefix: b\n", "f.yaml"));
    expect(message).toContain("line 4, column 5: the key `clusters.dev.namePrefix` is written twice in the same map");
  });

  test("two YAML errors are both reported", () => {
    const message = fileError(() => parseYaml("a: 1\na: 2\nb: 1\nb: 2\n", "f.yaml"));
    expect(message).toBe(
      [
        "f.yaml: not valid YAML:",
        "  line 2, column 1: the key `a` is written twice in the same map; keep one",
        "      a: 2",
        "      ^",
        "  line 4, column 1: the key `b` is written twice in the same map; keep one",
        "      b: 2",
        "      ^",
      ].join("\n"),
    );
  });

  test("range errors: below a minimum, a list too short, a string too long", () => {
    const loaded = loadText(
      [
        "network:",
        "  subnetIndex: -1",
        "  existingVpc:",
        "    vpcId: vpc-01234567",
        "    privateSubnetIds: []",
        "lifecycle:",
        `  onCreate: ${"x".repeat(129)}`,
        "",
      ].join("\n"),
    );
    expect(found(loaded)).toEqual([
      ["CONFIG_RANGE", "network.existingVpc.privateSubnetIds", "must be a list of at least 1 item(s), got a list ([])"],
      ["CONFIG_RANGE", "network.subnetIndex", "must be at least 0, got -1"],
      ["CONFIG_RANGE", "lifecycle.onCreate", `must be at most 128 character(s) long, got "${"x".repeat(129)}"`],
    ]);
    expect(loaded.clusters).toEqual([]);
  });

  test("invalid values: an enum, a boolean written as a word, a list where a map belongs", () => {
    const loaded = loadText(
      ["fsx:", "  dataCompression: GZIP", "  efaEnabled: yes-please", "securityMode: open", "tags: [a, b]", ""].join(
        "\n",
      ),
    );
    expect(found(loaded)).toEqual([
      ["CONFIG_TYPE", "tags", 'must be a map, got a list (["a","b"])'],
      ["CONFIG_VALUE", "securityMode", 'must be efa or lustre-ports, got "open"'],
      ["CONFIG_VALUE", "fsx.dataCompression", 'must be NONE or LZ4, got "GZIP"'],
      ["CONFIG_TYPE", "fsx.efaEnabled", 'must be true or false, got "yes-please"'],
    ]);
  });

  test("a missing required setting inside a list item", () => {
    const loaded = loadText("instanceGroups:\n  - name: c\n    role: controller\n");
    expect(found(loaded)).toEqual([["CONFIG_REQUIRED", "instanceGroups[0].instanceType", "is required (a string)"]]);
  });

  test("an unknown key inside a list item names the item and lists the keys allowed there", () => {
    const loaded = loadText(
      [
        "instanceGroups:",
        "  - name: c",
        "    role: controller",
        "    instanceType: ml.t3.medium",
        "  - name: w",
        "    role: worker",
        "    instancetype: ml.c5.xlarge",
        "    instanceType: ml.c5.xlarge",
        "lifecycle:",
        "  users:",
        "    - name: alice",
        "      uid: 2001",
        "      home: /home/alice",
        "",
      ].join("\n"),
    );
    expect(found(loaded)).toEqual([
      [
        "CONFIG_UNKNOWN_KEY",
        "instanceGroups[1].instancetype",
        "is not a known setting; allowed here: name, role, instanceType, count, partition, threadsPerCore, ebsVolumeSizeGb, deepHealthChecks",
      ],
      ["CONFIG_UNKNOWN_KEY", "lifecycle.users[0].home", "is not a known setting; allowed here: name, uid, gid, shell"],
    ]);
  });

  test("an unknown key in a cloud backend lists the cloud backend's keys", () => {
    const loaded = loadText("backend:\n  type: cloud\n  organization: acme\n  bucket: x\n");
    expect(found(loaded)).toEqual([
      [
        "CONFIG_UNKNOWN_KEY",
        "backend.bucket",
        "is not a known setting; allowed here: type, organization, workspace, workspaceTags, project, hostname",
      ],
    ]);
  });

  test("an unknown key written at the top level is reported there once, naming the clusters", () => {
    const loaded = loadText("regoin: us-east-1\nclusters:\n  dev:\n    namePrefx: dev\n  prod: {}\n");
    const rows = found(loaded);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["CONFIG_UNKNOWN_KEY", "regoin", ["dev", "prod"]],
      ["CONFIG_UNKNOWN_KEY", "clusters.dev.namePrefx", undefined],
    ]);
    expect(rows[0][2]).toMatch(/^is not a known setting; allowed here: region, namePrefix, clusterName, /);
  });

  test("an unknown key inside a shared map is reported at the top-level path; one in a cluster's map at the cluster's", () => {
    const loaded = loadText("fsx:\n  througput: 250\nclusters:\n  a:\n    fsx:\n      storageCapacty: 2400\n  b: {}\n");
    expect(found(loaded).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["CONFIG_UNKNOWN_KEY", "fsx.througput", ["a", "b"]],
      ["CONFIG_UNKNOWN_KEY", "clusters.a.fsx.storageCapacty", undefined],
    ]);
  });

  test("an unknown backend type names the allowed types", () => {
    expect(found(loadText("backend:\n  type: consul\n"))).toEqual([
      ["CONFIG_VALUE", "backend.type", 'must be local, s3 or cloud, got "consul"'],
    ]);
  });

  test.each([
    [
      "clusters as a list",
      "clusters:\n  - dev\n",
      [["CONFIG_TYPE", "clusters", 'must be a map of cluster name to settings, got a list (["dev"])']],
    ],
    [
      "clusters as a string",
      "clusters: dev\n",
      [["CONFIG_TYPE", "clusters", 'must be a map of cluster name to settings, got "dev"']],
    ],
    [
      "a cluster as a list",
      "clusters:\n  dev: [1]\n",
      [["CONFIG_TYPE", "clusters.dev", "must be a map of settings, got a list ([1])"]],
    ],
    [
      "a cluster key with an underscore or a leading hyphen",
      "clusters:\n  my_dev: {}\n  -x: {}\n  ok: {}\n",
      [
        [
          "CONFIG_CLUSTER_KEY",
          "clusters.my_dev",
          "must be letters, digits and hyphens, starting with a letter or digit",
        ],
        ["CONFIG_CLUSTER_KEY", "clusters.-x", "must be letters, digits and hyphens, starting with a letter or digit"],
      ],
    ],
  ])("%s", (_t, text, expected) => {
    const loaded = loadText(text);
    expect(found(loaded)).toEqual(expected);
    expect(loaded.clusters).toEqual([]);
  });

  test("an empty cluster entry takes the shared settings", () => {
    const loaded = loadText(
      "namePrefix: shared\nregion: us-east-1\nclusters:\n  dev:\n  prod: { namePrefix: other }\n",
    );
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => [c.stackName, c.pathPrefix, c.namePrefix, c.region])).toEqual([
      ["dev", "clusters.dev.", "shared", "us-east-1"],
      ["prod", "clusters.prod.", "other", "us-east-1"],
    ]);
  });

  test("an empty clusters key is one cluster with the shared settings, as if it were left out", () => {
    const loaded = loadText("namePrefix: shared\nclusters:\n");
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => [c.stackName, c.pathPrefix, c.namePrefix])).toEqual([["hyperpod", "", "shared"]]);
  });

  test("$schema (for editors) is not a setting", () => {
    const loaded = loadText("$schema: ./hyperpod.config.schema.json\nregion: us-east-1\n");
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters[0].region).toBe("us-east-1");
  });
});

describe("merging clusters over the shared settings", () => {
  test("a null in a cluster's file removes the shared value (and only in that cluster)", () => {
    const loaded = loadText(
      [
        "fsx:",
        "  storageCapacity: 2400",
        "  dataRepository:",
        "    s3Prefix: shared/",
        "clusters:",
        "  dev:",
        "    namePrefix: dev",
        "    fsx:",
        "      storageCapacity: ~",
        "      dataRepository:",
        "        s3Prefix:",
        "  prod: { namePrefix: prod }",
        "",
      ].join("\n"),
    );
    expect(loaded.findings).toEqual([]);
    expect(loaded.clusters.map((c) => [c.stackName, c.fsx.storageCapacity, c.fsx.dataRepository.s3Prefix])).toEqual([
      ["dev", 1200, ""],
      ["prod", 2400, "shared/"],
    ]);
  });

  test("a null at the top level means the default", () => {
    const loaded = loadText("region:\nfsx:\n  storageCapacity: null\n");
    expect(loaded.findings).toEqual([]);
    expect([loaded.clusters[0].region, loaded.clusters[0].fsx.storageCapacity]).toEqual(["ap-northeast-1", 1200]);
  });

  test("deepMerge: maps merge key by key, lists and scalars replace, null removes, the inputs stay as they were", () => {
    const base = { a: { b: 1, c: [1, 2], d: { e: 1 } }, f: 1, g: "x" };
    const over = { a: { c: [3], d: null }, f: { now: "a map" }, h: 2, g: null };
    const copy = JSON.parse(JSON.stringify({ base, over }));
    expect(deepMerge(base, over)).toEqual({
      a: { b: 1, c: [3] },
      f: { now: "a map" },
      h: 2,
    });
    expect({ base, over }).toEqual(copy);
    expect(deepMerge({ a: [1] }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
    expect(deepMerge({ a: { b: 1 } }, { a: [2] })).toEqual({ a: [2] });
  });

  test("a cluster's list replaces the shared list, it is not appended to", () => {
    const loaded = loadText(
      [
        "tags: { Team: ml }",
        "suppressions:",
        "  - { id: FSX_EFA_CAPACITY, reason: the shared reason here }",
        "clusters:",
        "  dev:",
        "    tags: { Owner: me }",
        "    suppressions: []",
        "",
      ].join("\n"),
    );
    expect(loaded.clusters[0].tags).toEqual({ Team: "ml", Owner: "me" });
    expect(loaded.clusters[0].suppressions).toEqual([]);
  });
});

describe("the same finding from several clusters", () => {
  test("a shared bad value is shown once, naming every cluster; a cluster's own is shown at its path", () => {
    const loaded = loadText(
      [
        "fsx:",
        "  perUnitStorageThroughput: 300",
        "clusters:",
        "  a: { namePrefix: a }",
        "  b: { namePrefix: b }",
        "  c: { namePrefix: c, fsx: { perUnitStorageThroughput: 400 } }",
        "",
      ].join("\n"),
    );
    expect(found(loaded)).toEqual([
      [
        "FSX_THROUGHPUT",
        "fsx.perUnitStorageThroughput",
        "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300",
        ["a", "b"],
      ],
      [
        "FSX_THROUGHPUT",
        "clusters.c.fsx.perUnitStorageThroughput",
        "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 400",
      ],
    ]);
  });

  test("a shared value that only some clusters break is reported once for those", () => {
    const loaded = loadText(
      [
        "fsx:",
        "  storageCapacity: 3600",
        "clusters:",
        "  a: { namePrefix: a }",
        "  b: { namePrefix: b, fsx: { deploymentType: SCRATCH_1, dataRepository: { enabled: false } } }",
        "  c: { namePrefix: c }",
        "",
      ].join("\n"),
    );
    expect(found(loaded)).toEqual([
      [
        "FSX_STORAGE_CAPACITY",
        "fsx.storageCapacity",
        "must be 1200, 2400 or a multiple of 2400 for PERSISTENT_2, got 3600",
        ["a", "c"],
      ],
    ]);
  });

  test("a shared shape error is reported once, naming every cluster", () => {
    const loaded = loadText("fsx:\n  storageCapacity: big\nclusters:\n  a: {}\n  b: {}\n  c: {}\n");
    expect(found(loaded)).toEqual([
      ["CONFIG_TYPE", "fsx.storageCapacity", 'must be a number, got "big"', ["a", "b", "c"]],
    ]);
  });

  test("a finding about a default is shown at each cluster's path, marked as the default", () => {
    const loaded = loadText(
      "fsx:\n  deploymentType: SCRATCH_1\nclusters:\n  a: { namePrefix: a }\n  b: { namePrefix: b }\n",
    );
    expect(loaded.findings.map((f) => [f.code, f.path, f.fromDefault, f.clusters])).toEqual([
      ["DRA_DEPLOYMENT_TYPE", "clusters.a.fsx.dataRepository.enabled", true, undefined],
      ["DRA_DEPLOYMENT_TYPE", "clusters.b.fsx.dataRepository.enabled", true, undefined],
    ]);
  });
});

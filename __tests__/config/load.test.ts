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
import { ConfigFileError, evaluate, keyPathAt, loadConfig, parseYaml } from "../../src/config/load";

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
      `${join(d, "hyperpod.config.yaml")}: is a directory, not a configuration file; remove it or set HYPERPOD_CONFIG to a YAML file`,
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

  test("other numbers stay numbers", () => {
    expect(parseYaml("fsx:\n  storageCapacity: 1200\n", "f.yaml")).toEqual({ fsx: { storageCapacity: 1200 } });
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
      clusters: { dev: { namePrefix: "dev", fsx: { storageCapacity: null } }, prod: { namePrefix: "prod" } },
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

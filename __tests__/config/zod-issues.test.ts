/**
 * How zod's issues become findings: each kind of issue gets a code, the
 * setting's path and a message that says what was given and what is allowed.
 * Real issues come from parsing with the settings schema; the kinds this
 * schema cannot produce (a union without a discriminator, a refinement's
 * message) are written by hand in zod's own shape.
 */
import type { z } from "zod";
import { clusterSettingsSchema } from "../../src/config/schema";
import { formatPath, issueFindings, WRAPPER_TYPES } from "../../src/config/zod-issues";

/** Findings for every issue of parsing `raw` (which must be invalid). */
function findingsOf(raw: unknown, prefix = "") {
  const result = clusterSettingsSchema.safeParse(raw);
  if (result.success) throw new Error(`expected ${JSON.stringify(raw)} to be invalid`);
  return result.error.issues.flatMap((issue) => issueFindings(issue, raw, prefix));
}

/** One hand-written issue, for kinds the schema does not produce. */
function findingsFor(issue: Record<string, unknown>, root: unknown) {
  return issueFindings(issue as unknown as z.core.$ZodIssue, root, "");
}

const TOP_LEVEL_KEYS = Object.keys(clusterSettingsSchema.shape).join(", ");

describe("unknown keys name the key and the keys allowed there", () => {
  test.each([
    ["at the top", { bogus: 1 }, "bogus", TOP_LEVEL_KEYS],
    [
      "under a defaulted map",
      { lifecycle: { bogus: 1 } },
      "lifecycle.bogus",
      Object.keys(clusterSettingsSchema.shape.lifecycle.unwrap().shape).join(", "),
    ],
    [
      "under an optional map inside a defaulted one",
      { network: { vpc: { bogus: 1 } } },
      "network.vpc.bogus",
      "name, cidr, azs, privateSubnets, publicSubnets, natGateways",
    ],
    [
      "in an item of a list",
      { lifecycle: { users: [{ name: "a", uid: 1, bogus: 1 }] } },
      "lifecycle.users[0].bogus",
      "name, uid, gid, shell",
    ],
    [
      "in the backend its type names",
      { backend: { type: "s3", bucket: "b", bogus: 1 } },
      "backend.bogus",
      "type, bucket, key, region, encrypt, useLockfile, dynamodbTable",
    ],
    ["in another backend type", { backend: { type: "local", bogus: 1 } }, "backend.bogus", "type, path"],
  ])("%s", (_, raw, path, allowed) => {
    expect(findingsOf(raw)).toEqual([
      {
        code: "CONFIG_UNKNOWN_KEY",
        level: "ERROR",
        path,
        message: `is not a known setting; allowed here: ${allowed}`,
      },
    ]);
  });

  test("each unknown key of one map is its own finding", () => {
    expect(findingsOf({ bogus: 1, other: 2 }).map((f) => f.path)).toEqual(["bogus", "other"]);
  });

  test("a prefix (the cluster entry) goes before the path", () => {
    expect(findingsOf({ lifecycle: { bogus: 1 } }, "clusters.prod.")[0].path).toBe("clusters.prod.lifecycle.bogus");
  });

  test.each([
    ["a backend whose type matches no option", ["backend"], { backend: { type: "gcs", bogus: 1 } }],
    ["a path the schema does not have", ["nope", "deeper"], { nope: { deeper: { bogus: 1 } } }],
    ["a path through a scalar", ["region", "deeper"], { region: { deeper: { bogus: 1 } } }],
    ["a path through the union itself", ["backend", "deeper"], { backend: { type: "s3", deeper: { bogus: 1 } } }],
  ])("no hint where the schema has no map: %s", (_, path, root) => {
    expect(findingsFor({ code: "unrecognized_keys", keys: ["bogus"], path, message: "x" }, root)).toEqual([
      {
        code: "CONFIG_UNKNOWN_KEY",
        level: "ERROR",
        path: `${formatPath(path)}.bogus`,
        message: "is not a known setting",
      },
    ]);
  });
});

describe("wrong types", () => {
  test.each([
    [{ namePrefix: 3 }, "namePrefix", "must be a string, got 3"],
    [{ production: "yes" }, "production", 'must be true or false, got "yes"'],
    [{ instanceGroups: "x" }, "instanceGroups", 'must be a list, got "x"'],
    [{ network: 5 }, "network", "must be a map, got 5"],
    [{ tags: [] }, "tags", "must be a map, got a list ([])"],
    [{ network: { subnetIndex: "1" } }, "network.subnetIndex", 'must be a number, got "1"'],
    [{ network: { subnetIndex: 1.5 } }, "network.subnetIndex", "must be a whole number, got 1.5"],
  ])("%j: %s", (raw, path, message) => {
    expect(findingsOf(raw)).toEqual([{ code: "CONFIG_TYPE", level: "ERROR", path, message }]);
  });

  test("a missing required setting says so, with the type it needs", () => {
    expect(findingsOf({ backend: { type: "s3" } })).toEqual([
      {
        code: "CONFIG_REQUIRED",
        level: "ERROR",
        path: "backend.bucket",
        message: "is required (a string)",
      },
    ]);
  });

  test("a type zod names that has no wording is shown as zod names it", () => {
    expect(
      findingsFor(
        {
          code: "invalid_type",
          expected: "bigint",
          path: ["region"],
          message: "x",
        },
        { region: 1 },
      ),
    ).toEqual([
      {
        code: "CONFIG_TYPE",
        level: "ERROR",
        path: "region",
        message: "must be bigint, got 1",
      },
    ]);
  });
});

describe("values outside a set", () => {
  test("an enum lists its values", () => {
    expect(findingsOf({ securityMode: "open" })).toEqual([
      {
        code: "CONFIG_VALUE",
        level: "ERROR",
        path: "securityMode",
        message: 'must be efa or lustre-ports, got "open"',
      },
    ]);
  });

  test("a backend type lists the types", () => {
    expect(findingsOf({ backend: { type: "gcs" } })).toEqual([
      {
        code: "CONFIG_VALUE",
        level: "ERROR",
        path: "backend.type",
        message: 'must be local, s3 or cloud, got "gcs"',
      },
    ]);
  });

  test("a discriminator where the schema has no union is only 'not valid'", () => {
    const issue = {
      code: "invalid_union",
      errors: [],
      discriminator: "type",
      path: ["network", "type"],
      message: "x",
    };
    expect(findingsFor(issue, { network: { type: "x" } })).toEqual([
      {
        code: "CONFIG_INVALID",
        level: "ERROR",
        path: "network.type",
        message: 'is not valid, got "x"',
      },
    ]);
  });

  test("a discriminator on a path the schema does not have is only 'not valid'", () => {
    const issue = {
      code: "invalid_union",
      errors: [],
      discriminator: "type",
      path: ["nope", "deeper", "type"],
      message: "x",
    };
    expect(findingsFor(issue, {})[0]).toMatchObject({
      code: "CONFIG_INVALID",
      message: "is not valid, got nothing",
    });
  });

  test("a union without a discriminator is 'not valid', with what was given", () => {
    const issue = {
      code: "invalid_union",
      errors: [],
      path: ["backend"],
      message: "x",
    };
    expect(findingsFor(issue, { backend: { type: "s3" } })).toEqual([
      {
        code: "CONFIG_INVALID",
        level: "ERROR",
        path: "backend",
        message: "is not valid, got a map",
      },
    ]);
  });
});

describe("ranges say the bound and what it counts", () => {
  test.each([
    [{ lifecycle: { onCreate: "" } }, "lifecycle.onCreate", 'must be at least 1 character(s) long, got ""'],
    [
      { lifecycle: { onCreate: "x".repeat(129) } },
      "lifecycle.onCreate",
      `must be at most 128 character(s) long, got "${"x".repeat(129)}"`,
    ],
    [
      { backend: { type: "cloud", organization: "o", workspaceTags: [] } },
      "backend.workspaceTags",
      "must be a list of at least 1 item(s), got a list ([])",
    ],
    [{ network: { subnetIndex: -1 } }, "network.subnetIndex", "must be at least 0, got -1"],
  ])("%j", (raw, path, message) => {
    expect(findingsOf(raw)).toEqual([{ code: "CONFIG_RANGE", level: "ERROR", path, message }]);
  });

  test.each([
    ["too_big", "array", "must be a list of at most 3 item(s)"],
    ["too_big", "number", "must be at most 3"],
  ])("%s of a %s", (code, origin, start) => {
    const issue = {
      code,
      origin,
      maximum: 3,
      minimum: 0,
      path: ["region"],
      message: "x",
    };
    expect(findingsFor(issue, { region: 9 })[0]).toMatchObject({
      code: "CONFIG_RANGE",
      message: `${start}, got 9`,
    });
  });
});

test("any other issue keeps zod's message and adds what was given", () => {
  const issue = {
    code: "custom",
    path: ["lifecycle", "users", 1, "name"],
    message: "Names must be unique",
  };
  expect(findingsFor(issue, { lifecycle: { users: [{}, { name: "a" }] } })).toEqual([
    {
      code: "CONFIG_INVALID",
      level: "ERROR",
      path: "lifecycle.users[1].name",
      message: 'Names must be unique, got "a"',
    },
  ]);
});

test.each([
  [[], ""],
  [["region"], "region"],
  [["lifecycle", "users", 0, "name"], "lifecycle.users[0].name"],
  [[0], "[0]"],
  [["a", 2, 3], "a[2][3]"],
])("formatPath(%j) is %j", (path, text) => {
  expect(formatPath(path)).toBe(text);
});

test("the schema wraps settings only in the wrappers the key hints look through, and its unions are by type", () => {
  const seen = new Set<string>();
  const problems: string[] = [];
  const walk = (s: any, at: string) => {
    const def = s._zod.def;
    seen.add(def.type);
    if ("innerType" in def && !WRAPPER_TYPES.includes(def.type)) problems.push(`${at}: ${def.type}`);
    if (def.type === "union" && !def.options.every((o: any) => o._zod.def.shape?.type?._zod.def.type === "literal")) {
      problems.push(`${at}: union not discriminated by type`);
    }
    if (def.type === "record" && def.valueType._zod.def.type !== "string")
      problems.push(`${at}: record of ${def.valueType._zod.def.type}`);
    const children: [string, any][] = [
      ...(def.innerType ? [[at, def.innerType] as [string, any]] : []),
      ...(def.element ? [[`${at}[]`, def.element] as [string, any]] : []),
      ...(def.shape ? Object.entries(def.shape).map(([k, v]) => [`${at}.${k}`, v] as [string, any]) : []),
      ...(def.options ? def.options.map((o: any, i: number) => [`${at}|${i}`, o] as [string, any]) : []),
    ];
    for (const [p, child] of children) walk(child, p);
  };
  walk(clusterSettingsSchema, "");
  expect(problems).toEqual([]);
  // The walk reached each kind it judges, so an empty list means something.
  expect(
    [...seen].filter((t) => ["default", "optional", "union", "record", "array", "object"].includes(t)).sort(),
  ).toEqual(["array", "default", "object", "optional", "record", "union"]);
});

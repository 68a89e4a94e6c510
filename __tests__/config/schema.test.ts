/**
 * The settings schema on its own: the lower and upper bounds it sets on
 * single settings (each with a value just inside and just outside), and the
 * JSON Schema it gives editors.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterSettingsSchema, configJsonSchema } from "../../src/config/schema";
import { ROOT } from "../support/synth";

type Raw = Record<string, unknown>;

/** `value` put at a dotted path inside `base` (a copy). */
function withValue(base: Raw, path: string, value: unknown): Raw {
  const out: Raw = structuredClone(base);
  const keys = path.split(".");
  let cur = out;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Raw;
  cur[keys[keys.length - 1]] = value;
  return out;
}

/** The paths of the issues of parsing `raw`, as dotted text. */
const issuePaths = (raw: Raw) =>
  (clusterSettingsSchema.safeParse(raw).error?.issues ?? []).map((i) => i.path.join("."));

const s3 = { backend: { type: "s3", bucket: "state" } };
const cloud = { backend: { type: "cloud", organization: "org" } };
const existingVpc = {
  network: { existingVpc: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"] } },
};
const group = { name: "g", role: "worker", instanceType: "ml.c5.xlarge" };

// [setting, a value just inside, a value just outside, other settings it needs]
test.each<[string, unknown, unknown, Raw]>([
  ["backend.path", "s", "", { backend: { type: "local" } }],
  ["backend.bucket", "b", "", s3],
  ["backend.key", "k", "", s3],
  ["backend.region", "us-east-1", "", s3],
  ["backend.dynamodbTable", "locks", "", s3],
  ["backend.organization", "o", "", cloud],
  ["backend.workspace", "w", "", cloud],
  ["backend.workspaceTags", ["a", "b"], [], cloud],
  ["backend.project", "p", "", cloud],
  ["backend.hostname", "tfe.example.com", "", cloud],
  ["network.vpc.name", "my-vpc", "", {}],
  ["network.vpc.azs", ["us-east-1a", "us-east-1b"], [], {}],
  ["network.vpc.privateSubnets", ["10.0.1.0/24", "10.0.2.0/24"], [], {}],
  ["network.existingVpc.privateSubnetIds", ["subnet-1", "subnet-2"], [], existingVpc],
  ["network.flowLogs.s3BucketArn", "arn:aws:s3:::logs", "", {}],
  ["network.subnetIndex", 0, -1, {}],
  ["fsx.dataRepository.existingBucket", "data", "", {}],
  ["buckets.noncurrentVersionExpirationDays", 1, 0, {}],
  ["buckets.noncurrentVersionExpirationDays", 30, 0, {}],
  ["buckets.abortIncompleteMultipartUploadDays", 1, 0, {}],
  ["buckets.abortIncompleteMultipartUploadDays", 7, 0, {}],
  ["buckets.accessLogs.targetBucket", "logs", "", {}],
  ["encryption.kmsKeyArn", "arn:aws:kms:us-east-1:111122223333:key/k", "", {}],
  ["lifecycle.onCreate", "x".repeat(128), "x".repeat(129), {}],
  ["lifecycle.onCreate", "on_create.sh", "", {}],
  ["lifecycle.defaultUser", "ubuntu", "", {}],
])("%s accepts %j and refuses %j", (path, inside, outside, base) => {
  expect(issuePaths(withValue(base, path, inside))).toEqual([]);
  expect(issuePaths(withValue(base, path, outside))).toEqual([path]);
});

test.each<[string, Raw, unknown]>([
  ["instanceGroups.0.partition", { instanceGroups: [{ ...group, partition: "" }] }, { ...group, partition: "gpu" }],
  ["lifecycle.users.0.name", { lifecycle: { users: [{ name: "", uid: 2000 }] } }, { name: "alice", uid: 2000 }],
  ["suppressions.0.id", { suppressions: [{ id: "", reason: "a reason long enough" }] }, { id: "X", reason: "r" }],
])("%s refuses an empty string and accepts a name", (path, refused, accepted) => {
  expect(issuePaths(refused)).toEqual([path]);
  const [list, , key] = path.split(".");
  const parent = list === "lifecycle" ? { lifecycle: { users: [accepted] } } : { [list]: [accepted] };
  expect(issuePaths(parent)).toEqual([]);
  expect(key).toBeDefined();
});

describe("the JSON Schema for editors", () => {
  // Built inside each test: a call in the describe body would count as no test's (a static mutant).
  const jsonSchema = () => configJsonSchema() as Record<string, any>;

  test("is the committed hyperpod.config.schema.json (npm run schema writes it)", () => {
    const schema = jsonSchema();
    expect(`${JSON.stringify(schema, null, 2)}\n`).toBe(
      readFileSync(join(ROOT, "hyperpod.config.schema.json"), "utf8"),
    );
  });

  test("is a closed object of the settings plus $schema and clusters", () => {
    const schema = jsonSchema();
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "hyperpod.config.schema.json",
      title: "hyperpod.config.yaml",
      type: "object",
      additionalProperties: false,
    });
    expect(Object.keys(schema.properties)).toEqual([
      "$schema",
      ...Object.keys(clusterSettingsSchema.shape),
      "clusters",
    ]);
    expect(schema.properties.$schema).toEqual({ type: "string" });
  });

  test("clusters maps a stack key to the same settings", () => {
    const schema = jsonSchema();
    expect(schema.properties.clusters).toMatchObject({
      type: "object",
      propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9-]*$" },
      additionalProperties: { $ref: "#/$defs/clusterSettings" },
    });
    expect(schema.$defs.clusterSettings.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs.clusterSettings.properties)).toEqual(Object.keys(clusterSettingsSchema.shape));
    expect(schema.$defs.clusterSettings.$schema).toBeUndefined();
  });

  test("the clusters key pattern is the loader's", async () => {
    const schema = jsonSchema();
    const { CLUSTER_KEY_PATTERN } = await import("../../src/config/load");
    expect(schema.properties.clusters.propertyNames.pattern).toBe(CLUSTER_KEY_PATTERN.source);
  });
});

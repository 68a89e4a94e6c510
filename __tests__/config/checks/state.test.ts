import { stateLocation } from "../../../src/config/checks/state";
import { err, findingsWith, type Row, resolved, warn } from "./helpers";

/** A file with two clusters; distinct prefixes unless the row sets them. */
const two = (dev: Record<string, unknown>, prod: Record<string, unknown>, shared: Record<string, unknown> = {}) => ({
  ...shared,
  clusters: { dev: { namePrefix: "dev", ...dev }, prod: { namePrefix: "prod", ...prod } },
});
const s3 = (extra: Record<string, unknown> = {}) => ({ backend: { type: "s3", bucket: "tf-state", ...extra } });
const cloud = (extra: Record<string, unknown> = {}) => ({ backend: { type: "cloud", organization: "acme", ...extra } });

describe("STATE_NO_LOCK", () => {
  test.each<Row>([
    ["local (default)", {}, []],
    ["s3 with the lockfile (default)", s3(), []],
    ["s3 with DynamoDB only", s3({ useLockfile: false, dynamodbTable: "tf-locks" }), []],
    [
      "s3 without any lock",
      s3({ useLockfile: false }),
      [
        warn(
          "STATE_NO_LOCK",
          "backend.useLockfile",
          "is false and no dynamodbTable is set: nothing locks the state against two runs at once",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "STATE_NO_LOCK")).toEqual(expected);
  });
});

describe("STATE_SHARED", () => {
  test.each<Row>([
    ["default local state per stack", two({}, {}), []],
    ["one s3 bucket, default keys per stack", two({}, {}, s3()), []],
    [
      "same key in different buckets",
      two(s3({ key: "k" }), { backend: { type: "s3", bucket: "other", key: "k" } }),
      [],
    ],
    [
      "different local files",
      two({ backend: { type: "local", path: "dev.tfstate" } }, { backend: { type: "local", path: "prod.tfstate" } }),
      [],
    ],
    ["default cloud workspaces <namePrefix>-<stack>", two({}, {}, cloud()), []],
    ["tags differ", two(cloud({ workspaceTags: ["dev"] }), cloud({ workspaceTags: ["prod"] })), []],
    [
      "same tags in different projects",
      two(cloud({ workspaceTags: ["hp"], project: "a" }), cloud({ workspaceTags: ["hp"], project: "b" })),
      [],
    ],
    [
      "a local path, then the default local state",
      two({ backend: { type: "local", path: "state/x.tfstate" } }, {}),
      [],
    ],
    [
      "the default local state, then a local path",
      two({}, { backend: { type: "local", path: "state/x.tfstate" } }),
      [],
    ],
    [
      "one workspace name on two hosts",
      two(cloud({ workspace: "hp" }), cloud({ workspace: "hp", hostname: "tfe.example.com" })),
      [],
    ],
    [
      "tags that join to the same text",
      two(cloud({ workspaceTags: ["ab"] }), cloud({ workspaceTags: ["a", "b"] })),
      [],
    ],
    [
      "same s3 bucket and key",
      two({}, {}, s3({ key: "hyperpod/terraform.tfstate" })),
      [
        err(
          "STATE_SHARED",
          "clusters.prod.backend",
          "must not use the state of clusters.dev, got s3://tf-state/hyperpod/terraform.tfstate for both",
        ),
      ],
    ],
    [
      "same local path, written differently",
      two(
        { backend: { type: "local", path: "state/x.tfstate" } },
        { backend: { type: "local", path: "./state//x.tfstate" } },
      ),
      [
        err(
          "STATE_SHARED",
          "clusters.prod.backend",
          "must not use the state of clusters.dev, got local file ./state//x.tfstate for both",
        ),
      ],
    ],
    [
      "same cloud workspace",
      two({}, {}, cloud({ workspace: "hyperpod" })),
      [
        err(
          "STATE_SHARED",
          "clusters.prod.backend",
          "must not use the state of clusters.dev, got workspace acme/hyperpod for both",
        ),
      ],
    ],
    [
      "same workspace tags in another order",
      two(cloud({ workspaceTags: ["hyperpod", "aws"] }), cloud({ workspaceTags: ["aws", "hyperpod"] })),
      [
        err(
          "STATE_SHARED",
          "clusters.prod.backend",
          "must not use the state of clusters.dev, got the workspaces of acme tagged aws, hyperpod for both",
        ),
      ],
    ],
    [
      "app.terraform.io named, and by default",
      two(cloud({ workspace: "hp", hostname: "app.terraform.io" }), cloud({ workspace: "hp" })),
      [
        err(
          "STATE_SHARED",
          "clusters.prod.backend",
          "must not use the state of clusters.dev, got workspace acme/hp for both",
        ),
      ],
    ],
    [
      "same workspace tags in one project",
      two(cloud({ workspaceTags: ["hp"], project: "ml" }), cloud({ workspaceTags: ["hp"], project: "ml" })),
      [
        err(
          "STATE_SHARED",
          "clusters.prod.backend",
          "must not use the state of clusters.dev, got the workspaces of acme tagged hp in project ml for both",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "STATE_SHARED")).toEqual(expected);
  });

  test("stateLocation of the default local backend is unique by construction", () => {
    expect(stateLocation(resolved({}))).toBeUndefined();
  });
});

describe("CLUSTER_NAME_CONFLICT", () => {
  test.each<Row>([
    ["different prefixes, default names", two({}, {}), []],
    ["same name in different regions", two({ clusterName: "hp", region: "us-east-1" }, { clusterName: "hp" }), []],
    [
      "same name in one region",
      two({ clusterName: "hp" }, { clusterName: "hp" }),
      [
        err(
          "CLUSTER_NAME_CONFLICT",
          "clusters.prod.clusterName",
          'must differ from the clusterName of clusters.dev in the same region ap-northeast-1, got "hp" for both',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "CLUSTER_NAME_CONFLICT")).toEqual(expected);
  });
});

describe("NAME_PREFIX_CONFLICT / NAME_PREFIX_GLOBAL", () => {
  const codes = ["NAME_PREFIX_CONFLICT", "NAME_PREFIX_GLOBAL"];
  test.each<Row>([
    ["different prefixes", two({}, {}), []],
    ["different prefixes in two regions", two({ region: "us-east-1" }, {}), []],
    [
      "shared top-level prefix, one region",
      { namePrefix: "hp", clusters: { dev: { clusterName: "dev" }, prod: { clusterName: "prod" } } },
      [
        err(
          "NAME_PREFIX_CONFLICT",
          "clusters.prod.namePrefix",
          'must differ from the namePrefix of clusters.dev in the same region ap-northeast-1 (bucket, role and security group names would collide), got "hp" for both',
        ),
      ],
    ],
    [
      "same prefix in two regions",
      { namePrefix: "hp", clusters: { dev: { region: "us-east-1" }, prod: {} } },
      [
        warn(
          "NAME_PREFIX_GLOBAL",
          "clusters.prod.namePrefix",
          'should differ from the namePrefix of clusters.dev (in us-east-1) unless the two use different AWS accounts (IAM role and policy names and S3 bucket names would collide), got "hp" for both',
        ),
      ],
    ],
    [
      "a same-region conflict is not repeated as a warning",
      { namePrefix: "hp", clusters: { a: { region: "us-east-1" }, b: {}, c: {} } },
      [
        err(
          "NAME_PREFIX_CONFLICT",
          "clusters.c.namePrefix",
          'must differ from the namePrefix of clusters.b in the same region ap-northeast-1 (bucket, role and security group names would collide), got "hp" for both',
        ),
        warn(
          "NAME_PREFIX_GLOBAL",
          "clusters.b.namePrefix",
          'should differ from the namePrefix of clusters.a (in us-east-1) unless the two use different AWS accounts (IAM role and policy names and S3 bucket names would collide), got "hp" for both',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, ...codes)).toEqual(expected);
  });
});

import { MAX_NAME_PREFIX_LENGTH } from "../../../src/names";
import { controller, err, findingsWith, groups, type Row, worker } from "./helpers";

const NAME_RULE = "must be 1-63 letters, digits or hyphens, starting and ending with a letter or digit";
const a = (n: number) => "a".repeat(n);
/** IAM_NAME for a prefix of `n` "a"s whose `suffix` makes a name of `length` characters, over the limit of its kind. */
const iamTooLong = (kind: "role" | "policy", n: number, suffix: string, length: number) =>
  err(
    "IAM_NAME",
    "namePrefix",
    `must make IAM ${kind} names of at most ${kind === "role" ? 64 : 128} characters, got "${a(n)}": "${a(n)}${suffix}" is ${length}`,
  );
const KEY_ARN = "arn:aws:kms:ap-northeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

describe("CLUSTER_NAME", () => {
  test.each<Row>([
    ["default <namePrefix>-cluster", {}, []],
    ["one character", { clusterName: "a" }, []],
    ["repeated hyphens inside", { clusterName: "my--cluster-1" }, []],
    ["63 characters", { clusterName: a(63) }, []],
    ["leading hyphen", { clusterName: "-abc" }, [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "-abc"`)]],
    ["trailing hyphen", { clusterName: "abc-" }, [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "abc-"`)]],
    [
      "underscore",
      { clusterName: "my_cluster" },
      [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "my_cluster"`)],
    ],
    ["empty", { clusterName: "" }, [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got ""`)]],
    [
      "63 characters ending in a hyphen: no length note",
      { clusterName: `${a(62)}-` },
      [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "${a(62)}-"`)],
    ],
    [
      "64 characters",
      { clusterName: a(64) },
      [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "${a(64)}" (64 characters)`)],
    ],
    [
      // The pattern counts letters and digits, not hyphens: only the length rule refuses this one.
      "64 characters, most of them inner hyphens",
      { clusterName: `a${"-".repeat(62)}b` },
      [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "a${"-".repeat(62)}b" (64 characters)`)],
    ],
    ["63 characters with inner hyphens", { clusterName: `a${"-".repeat(61)}b` }, []],
    [
      "derived from a bad namePrefix",
      { namePrefix: "my.prefix" },
      [err("CLUSTER_NAME", "clusterName", `${NAME_RULE}, got "my.prefix-cluster"`)],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "CLUSTER_NAME")).toEqual(expected);
  });
});

describe("GROUP_NAME", () => {
  test.each<Row>([
    ["default controller-group", {}, []],
    ["letters, digits, hyphens", groups(worker("gpu-workers-1")), []],
    ["63 characters", groups(worker(a(63))), []],
    [
      "underscore",
      groups(worker("gpu_workers")),
      [err("GROUP_NAME", "instanceGroups[1].name", `${NAME_RULE}, got "gpu_workers"`)],
    ],
    ["empty", groups(worker("")), [err("GROUP_NAME", "instanceGroups[1].name", `${NAME_RULE}, got ""`)]],
    [
      "64 characters",
      groups(worker(a(64))),
      [err("GROUP_NAME", "instanceGroups[1].name", `${NAME_RULE}, got "${a(64)}" (64 characters)`)],
    ],
    [
      "controller with trailing hyphen",
      { instanceGroups: [controller({ name: "head-" })] },
      [err("GROUP_NAME", "instanceGroups[0].name", `${NAME_RULE}, got "head-"`)],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_NAME")).toEqual(expected);
  });
});

describe("GROUP_NAME_DUPLICATE", () => {
  test.each<Row>([
    ["distinct names", groups(worker("a"), worker("b")), []],
    ["names differing in case only", groups(worker("w"), worker("W")), []],
    [
      "two workers with one name",
      groups(worker("w"), worker("w")),
      [
        err(
          "GROUP_NAME_DUPLICATE",
          "instanceGroups[2].name",
          'must be unique, got "w", also the name of instanceGroups[1]',
        ),
      ],
    ],
    [
      "one group in two roles",
      groups(worker("controller-group")),
      [
        err(
          "GROUP_NAME_DUPLICATE",
          "instanceGroups[1].name",
          'must be unique, got "controller-group", also the name of instanceGroups[0] (as controller there and worker here: a group cannot have two roles)',
        ),
      ],
    ],
    [
      "three times: each later one names the first",
      groups(worker("w"), worker("w"), worker("w")),
      [
        err(
          "GROUP_NAME_DUPLICATE",
          "instanceGroups[2].name",
          'must be unique, got "w", also the name of instanceGroups[1]',
        ),
        err(
          "GROUP_NAME_DUPLICATE",
          "instanceGroups[3].name",
          'must be unique, got "w", also the name of instanceGroups[1]',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_NAME_DUPLICATE")).toEqual(expected);
  });
});

describe("BUCKET_NAME", () => {
  const bad = (prefix: string, bucket: string, problems: string) =>
    err(
      "BUCKET_NAME",
      "namePrefix",
      `must make valid S3 bucket names, got "${prefix}": "${prefix}-hyperpod-${bucket}-<account id>" ${problems}`,
    );
  const existing = { fsx: { dataRepository: { existingBucket: "my-data" } } };
  test.each<Row>([
    ["default prefix", {}, []],
    ["31 characters: the lifecycle bucket is exactly 63", { namePrefix: a(31) }, []],
    [
      "32 characters: the lifecycle bucket is 64",
      { namePrefix: a(32) },
      [bad(a(32), "lifecycle", "is 64 characters long with the 12-digit account id (3-63 allowed)")],
    ],
    [
      "37 characters: both buckets too long",
      { namePrefix: a(37) },
      [
        bad(a(37), "lifecycle", "is 69 characters long with the 12-digit account id (3-63 allowed)"),
        bad(a(37), "data", "is 64 characters long with the 12-digit account id (3-63 allowed)"),
      ],
    ],
    [
      "uppercase, data bucket created",
      { namePrefix: "My-Prefix" },
      [
        bad("My-Prefix", "lifecycle", "has characters other than lowercase letters, digits and hyphens"),
        bad("My-Prefix", "data", "has characters other than lowercase letters, digits and hyphens"),
      ],
    ],
    [
      "uppercase with access logs to a created bucket: the log bucket too",
      { namePrefix: "My-Prefix", buckets: { accessLogs: { enabled: true } } },
      [
        bad("My-Prefix", "lifecycle", "has characters other than lowercase letters, digits and hyphens"),
        bad("My-Prefix", "data", "has characters other than lowercase letters, digits and hyphens"),
        bad("My-Prefix", "logs", "has characters other than lowercase letters, digits and hyphens"),
      ],
    ],
    [
      "uppercase with access logs to an existing bucket: no log bucket is made",
      { namePrefix: "My-Prefix", buckets: { accessLogs: { enabled: true, targetBucket: "acme-logs" } } },
      [
        bad("My-Prefix", "lifecycle", "has characters other than lowercase letters, digits and hyphens"),
        bad("My-Prefix", "data", "has characters other than lowercase letters, digits and hyphens"),
      ],
    ],
    [
      "uppercase with an existing data bucket: only the lifecycle bucket",
      { namePrefix: "My-Prefix", ...existing },
      [bad("My-Prefix", "lifecycle", "has characters other than lowercase letters, digits and hyphens")],
    ],
    [
      "uppercase with the data repository off: only the lifecycle bucket",
      { namePrefix: "My-Prefix", fsx: { dataRepository: { enabled: false } } },
      [bad("My-Prefix", "lifecycle", "has characters other than lowercase letters, digits and hyphens")],
    ],
    [
      "dots (S3 allows them, this app does not make them)",
      { namePrefix: "my.prefix", ...existing },
      [bad("my.prefix", "lifecycle", "has characters other than lowercase letters, digits and hyphens")],
    ],
    [
      "leading hyphen",
      { namePrefix: "-abc", ...existing },
      [bad("-abc", "lifecycle", "does not start with a letter or digit")],
    ],
    [
      "reserved xn-- prefix",
      { namePrefix: "xn--abc", ...existing },
      [bad("xn--abc", "lifecycle", "starts with the reserved prefix xn--")],
    ],
    [
      "several problems in one message",
      { namePrefix: `_${a(40)}`, ...existing },
      [
        bad(
          `_${a(40)}`,
          "lifecycle",
          "is 73 characters long with the 12-digit account id (3-63 allowed), has characters other than lowercase letters, digits and hyphens, does not start with a letter or digit",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "BUCKET_NAME")).toEqual(expected);
  });
});

describe("EXISTING_BUCKET_NAME", () => {
  const withBucket = (existingBucket: string, extra: Record<string, unknown> = {}) => ({
    fsx: { dataRepository: { existingBucket, ...extra } },
  });
  const bad = (name: string, problems: string) =>
    err(
      "EXISTING_BUCKET_NAME",
      "fsx.dataRepository.existingBucket",
      `must be a valid S3 bucket name, got "${name}", which ${problems}`,
    );
  test.each<Row>([
    ["plain name", withBucket("my-training-data"), []],
    ["dots are fine for an existing bucket", withBucket("data.example.com"), []],
    ["63 characters", withBucket(a(63)), []],
    ["ignored when the association is off", withBucket("Bad_Name", { enabled: false }), []],
    [
      "uppercase and underscore",
      withBucket("My_Bucket"),
      [bad("My_Bucket", "has characters other than lowercase letters, digits, hyphens and dots")],
    ],
    ["too short", withBucket("ab"), [bad("ab", "is 2 characters long (3-63 allowed)")]],
    [
      "two problems, both named",
      withBucket("My..bucket"),
      [
        bad(
          "My..bucket",
          "has characters other than lowercase letters, digits, hyphens and dots, has two adjacent dots",
        ),
      ],
    ],
    ["too long", withBucket(a(64)), [bad(a(64), "is 64 characters long (3-63 allowed)")]],
    ["adjacent dots", withBucket("my..bucket"), [bad("my..bucket", "has two adjacent dots")]],
    ["IP address", withBucket("192.168.1.1"), [bad("192.168.1.1", "is formatted as an IP address")]],
    ["trailing hyphen", withBucket("bucket-"), [bad("bucket-", "does not end with a letter or digit")]],
    ["xn-- prefix", withBucket("xn--bucket"), [bad("xn--bucket", "starts with the reserved prefix xn--")]],
    [
      "-s3alias suffix",
      withBucket("bucket-s3alias"),
      [bad("bucket-s3alias", "ends with the reserved suffix -s3alias")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "EXISTING_BUCKET_NAME")).toEqual(expected);
  });
});

describe("IAM_NAME", () => {
  test.each<Row>([
    ["default prefix", {}, []],
    ["50 characters: the role name is exactly 64", { namePrefix: a(50) }, []],
    ["IAM allows + = , . @ _", { namePrefix: "a+b=c,d.e@f_g" }, []],
    ["51 characters: the role name is 65", { namePrefix: a(51) }, [iamTooLong("role", 51, "-hyperpod-role", 65)]],
    [
      "109 characters: the role and the VPC policy name are too long",
      { namePrefix: a(109) },
      [iamTooLong("role", 109, "-hyperpod-role", 123), iamTooLong("policy", 109, "-hyperpod-vpc-policy", 129)],
    ],
    ["46 characters: fits the role, but not the flow log role when flow logs are off", { namePrefix: a(46) }, []],
    [
      "46 characters with flow logs: the flow log role name is too long",
      { namePrefix: a(46), production: true },
      [iamTooLong("role", 46, "-hyperpod-flow-logs", 65)],
    ],
    [
      "46 characters, production with an existing VPC: no flow log role is made",
      {
        namePrefix: a(46),
        production: true,
        network: {
          existingVpc: {
            vpcId: "vpc-0123456789abcdef0",
            privateSubnetIds: ["subnet-0123456789abcdef0"],
            routeTableIds: ["rtb-0123456789abcdef0"],
          },
        },
      },
      [],
    ],
    [
      "110 characters: the S3 policy name is 129 too",
      { namePrefix: a(110) },
      [
        iamTooLong("role", 110, "-hyperpod-role", 124),
        iamTooLong("policy", 110, "-hyperpod-vpc-policy", 130),
        iamTooLong("policy", 110, "-hyperpod-s3-policy", 129),
      ],
    ],
    [
      "95 characters with accounting: the secret policy name is 129",
      { namePrefix: a(95), accounting: { mode: "external" } },
      [
        iamTooLong("role", 95, "-hyperpod-role", 109),
        iamTooLong("policy", 95, "-hyperpod-accounting-secret-policy", 129),
      ],
    ],
    [
      "109 characters with a KMS key ARN: the KMS policy name too",
      { namePrefix: a(109), encryption: { kmsKeyArn: KEY_ARN } },
      [
        iamTooLong("role", 109, "-hyperpod-role", 123),
        iamTooLong("policy", 109, "-hyperpod-vpc-policy", 129),
        iamTooLong("policy", 109, "-hyperpod-kms-policy", 129),
      ],
    ],
    [
      "109 characters with a KMS key: the KMS policy name too",
      { namePrefix: a(109), encryption: { createKey: true } },
      [
        iamTooLong("role", 109, "-hyperpod-role", 123),
        iamTooLong("policy", 109, "-hyperpod-vpc-policy", 129),
        iamTooLong("policy", 109, "-hyperpod-kms-policy", 129),
      ],
    ],
    [
      "space",
      { namePrefix: "my prefix" },
      [err("IAM_NAME", "namePrefix", 'must only hold letters, digits and + = , . @ _ - (IAM names), got "my prefix"')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "IAM_NAME")).toEqual(expected);
  });
});

describe("SECURITY_GROUP_NAME", () => {
  test.each<Row>([
    ["default prefix", {}, []],
    ["spaces and punctuation EC2 allows", { namePrefix: "my prefix (dev)" }, []],
    ["243 characters: the longer name is exactly 255", { namePrefix: a(243) }, []],
    [
      "sg- prefix",
      { namePrefix: "sg-test" },
      [
        err(
          "SECURITY_GROUP_NAME",
          "namePrefix",
          'must not start with sg- (security group names cannot), got "sg-test"',
        ),
      ],
    ],
    [
      "SG- in upper case too",
      { namePrefix: "SG-test" },
      [
        err(
          "SECURITY_GROUP_NAME",
          "namePrefix",
          'must not start with sg- (security group names cannot), got "SG-test"',
        ),
      ],
    ],
    [
      "percent sign",
      { namePrefix: "my%prefix" },
      [
        err(
          "SECURITY_GROUP_NAME",
          "namePrefix",
          'must only hold letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* (security group names), got "my%prefix"',
        ),
      ],
    ],
    [
      "250 characters: both names too long",
      { namePrefix: a(250) },
      [
        err(
          "SECURITY_GROUP_NAME",
          "namePrefix",
          "must make security group names of at most 255 characters, got a namePrefix of 250 characters (<namePrefix>-hyperpod-sg is 262)",
        ),
        err(
          "SECURITY_GROUP_NAME",
          "namePrefix",
          "must make security group names of at most 255 characters, got a namePrefix of 250 characters (<namePrefix>-lustre-sg is 260)",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "SECURITY_GROUP_NAME")).toEqual(expected);
  });
});

test("the namePrefix limit the README states is exactly where bucket names stop fitting", () => {
  expect(MAX_NAME_PREFIX_LENGTH).toBe(31);
  const longest = "a".repeat(MAX_NAME_PREFIX_LENGTH);
  expect(findingsWith({ namePrefix: longest }, "BUCKET_NAME")).toEqual([]);
  expect(findingsWith({ namePrefix: `${longest}a` }, "BUCKET_NAME").length).toBeGreaterThan(0);
});

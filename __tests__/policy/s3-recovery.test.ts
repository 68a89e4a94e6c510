/** The rules that keep buckets recoverable and tidy: versioning, lifecycle rule, access log target. */
import { FsxDataRepositoryAssociation } from "@cdktf/provider-aws/lib/fsx-data-repository-association";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { LustreStorage } from "../../src/constructs/lustre-storage";
import { PrivateBucket } from "../../src/constructs/private-bucket";
import { bareStack, evaluateRule, type RawBucketOptions, rawBucket } from "./support";

function check(rule: string, o: RawBucketOptions, name = "b", props = {}) {
  const { stack } = bareStack();
  rawBucket(stack, name, o);
  return evaluateRule(stack, rule, props);
}

describe("POL-S3-VERSIONING", () => {
  test.each<[string, RawBucketOptions, string | null]>([
    ["versioning Enabled passes", {}, null],
    ["no versioning fails", { versioning: null }, "has no aws_s3_bucket_versioning; Enabled is required"],
    [
      "versioning Suspended fails",
      { versioning: "Suspended" },
      'versioning status is ["Suspended"]; Enabled is required',
    ],
  ])("%s", (_name, o, finding) => {
    const rows = check("POL-S3-VERSIONING", o);
    expect(rows).toEqual(
      finding ? [expect.objectContaining({ level: "ERROR", address: "aws_s3_bucket.b", finding })] : [],
    );
  });

  test("every bucket, not only the script bucket", () => {
    expect(check("POL-S3-VERSIONING", { versioning: null }, "other")).toHaveLength(1);
  });

  test("the data bucket's opt-out is a WARNING, other buckets stay ERRORs", () => {
    const { stack } = bareStack();
    new LustreStorage(stack, "storage", {
      subnetId: "subnet-a",
      securityGroupIds: ["sg-1"],
      dataRepository: { createBucket: "t-data", versioning: false },
    });
    new PrivateBucket(stack, "scripts", { bucketName: "t-s", logicalName: "life_cycle_scripts", versioning: false });
    const rows = evaluateRule(stack, "POL-S3-VERSIONING", { dataVersioningOptOut: true });
    expect(rows.map((r) => [r.address, r.level])).toEqual([
      ["aws_s3_bucket.data_repository", "WARNING"],
      ["aws_s3_bucket.life_cycle_scripts", "ERROR"],
    ]);
    expect(rows[0].finding).toMatch(/fsx\.dataRepository\.versioning is false/);
    // Without the configuration's opt-out, the same data bucket is an ERROR.
    expect(evaluateRule(stack, "POL-S3-VERSIONING")[0].level).toBe("ERROR");
  });

  test("the opt-out suppressed with a reason is reported as suppressed", () => {
    const { stack } = bareStack();
    new LustreStorage(stack, "storage", {
      subnetId: "subnet-a",
      securityGroupIds: ["sg-1"],
      dataRepository: { createBucket: "t-data", versioning: false },
    });
    const rows = evaluateRule(stack, "POL-S3-VERSIONING", {
      dataVersioningOptOut: true,
      suppressions: [
        {
          id: "POL-S3-VERSIONING",
          reason: "scratch data, regenerated nightly",
          resource: "aws_s3_bucket.data_repository",
        },
      ],
    });
    expect(rows).toEqual([
      expect.objectContaining({ level: "WARNING", suppressed: "scratch data, regenerated nightly" }),
    ]);
  });
});

describe("POL-S3-LIFECYCLE-RULE", () => {
  test.each<[string, RawBucketOptions, string | null]>([
    ["both actions in an enabled whole-bucket rule pass", {}, null],
    [
      "no lifecycle configuration fails",
      { lifecycle: null },
      "has no enabled whole-bucket lifecycle rule with noncurrent_version_expiration and abort_incomplete_multipart_upload",
    ],
    [
      "a disabled rule does not count",
      { lifecycle: { status: "Disabled" } },
      "has no enabled whole-bucket lifecycle rule with noncurrent_version_expiration and abort_incomplete_multipart_upload",
    ],
    [
      "a rule limited to a prefix does not count",
      { lifecycle: { prefix: "tmp/" } },
      "has no enabled whole-bucket lifecycle rule with noncurrent_version_expiration and abort_incomplete_multipart_upload",
    ],
    [
      "without the multipart abort fails",
      { lifecycle: { abortDays: 0 } },
      "has no enabled whole-bucket lifecycle rule with abort_incomplete_multipart_upload",
    ],
    [
      "without noncurrent expiry fails",
      { lifecycle: { noncurrentDays: 0 } },
      "has no enabled whole-bucket lifecycle rule with noncurrent_version_expiration",
    ],
  ])("%s", (_name, o, finding) => {
    const rows = check("POL-S3-LIFECYCLE-RULE", o);
    expect(rows).toEqual(
      finding ? [expect.objectContaining({ level: "ERROR", address: "aws_s3_bucket.b", finding })] : [],
    );
  });
});

describe("POL-S3-ACCESS-LOG-SELF", () => {
  test("logging into another bucket passes, into itself fails", () => {
    const { stack } = bareStack();
    const a = rawBucket(stack, "a");
    const logs = rawBucket(stack, "logs");
    new S3BucketLoggingA(stack, "a_logging", { bucket: a.bucket, targetBucket: logs.bucket, targetPrefix: "a/" });
    expect(evaluateRule(stack, "POL-S3-ACCESS-LOG-SELF")).toEqual([]);
    new S3BucketLoggingA(stack, "logs_logging", { bucket: logs.id, targetBucket: logs.bucket, targetPrefix: "x/" });
    expect(evaluateRule(stack, "POL-S3-ACCESS-LOG-SELF")).toEqual([
      expect.objectContaining({ level: "ERROR", finding: "logs bucket ${aws_s3_bucket.logs.id} into itself" }),
    ]);
  });

  test("literal names: the same name is self-logging", () => {
    const { stack } = bareStack();
    rawBucket(stack, "a");
    new S3BucketLoggingA(stack, "l", { bucket: "t-a", targetBucket: "t-a", targetPrefix: "x/" });
    expect(evaluateRule(stack, "POL-S3-ACCESS-LOG-SELF")).toHaveLength(1);
  });

  test("PrivateBucket refuses to log into itself", () => {
    const { stack } = bareStack();
    expect(
      () =>
        new PrivateBucket(stack, "p", {
          bucketName: "x",
          logicalName: "p",
          accessLogs: { targetBucket: "x", targetPrefix: "p/" },
        }),
    ).toThrow("PrivateBucket: x must not log into itself (accessLogs.targetBucket)");
  });
});

describe("POL-S3-VERSIONING boundaries", () => {
  const rule = "POL-S3-VERSIONING";
  test("versioning resources of one bucket must all be Enabled; the deprecated inline block counts alone", () => {
    const { stack } = bareStack();
    // Two versioning resources of one bucket overwrite each other: the last applied wins.
    const b = rawBucket(stack, "b", { versioning: "Suspended" });
    new S3BucketVersioningA(stack, "b_v2", { bucket: b.bucket, versioningConfiguration: { status: "Enabled" } });
    const e = rawBucket(stack, "e", {});
    new S3BucketVersioningA(stack, "e_v2", { bucket: e.bucket, versioningConfiguration: { status: "Enabled" } });
    const c = rawBucket(stack, "c", { versioning: null });
    c.addOverride("versioning", { enabled: true });
    const d = rawBucket(stack, "d", { versioning: null });
    d.addOverride("versioning", { enabled: false });
    // An inline block is overridden by a versioning resource of the bucket.
    const f = rawBucket(stack, "f", { versioning: "Suspended" });
    f.addOverride("versioning", { enabled: true });
    expect(evaluateRule(stack, rule).map((r) => [r.address, r.finding])).toEqual([
      [
        "aws_s3_bucket.b",
        'versioning status is ["Suspended","Enabled"] from 2 aws_s3_bucket_versioning that overwrite each other; Enabled is required',
      ],
      ["aws_s3_bucket.d", "has no aws_s3_bucket_versioning; Enabled is required"],
      ["aws_s3_bucket.f", 'versioning status is ["Suspended"]; Enabled is required'],
    ]);
  });

  test("the opt-out's finding, on a bucket an association links", () => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "datasets", { versioning: "Suspended" });
    new FsxDataRepositoryAssociation(stack, "dra", {
      fileSystemId: "fs-1",
      dataRepositoryPath: `s3://${b.bucket}/x`,
      fileSystemPath: "/",
    });
    expect(evaluateRule(stack, rule, { dataVersioningOptOut: true }).map((r) => [r.level, r.finding])).toEqual([
      [
        "WARNING",
        'versioning status is ["Suspended"]: fsx.dataRepository.versioning is false, so deleted or overwritten data cannot be recovered; suppress with the reason',
      ],
    ]);
  });
});

describe("POL-S3-LIFECYCLE-RULE boundaries", () => {
  const rule = "POL-S3-LIFECYCLE-RULE";
  const NONE =
    "has no enabled whole-bucket lifecycle rule with noncurrent_version_expiration and abort_incomplete_multipart_upload";
  /** Bucket `b` without its lifecycle configuration, and one with these rules. */
  const rows = (...rules: Record<string, unknown>[]) => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "b", { lifecycle: null });
    new S3BucketLifecycleConfiguration(stack, "lc", { bucket: b.bucket, rule: [] }).addOverride("rule", rules);
    return evaluateRule(stack, rule).map((r) => r.finding);
  };
  const both = {
    noncurrent_version_expiration: { noncurrent_days: 30 },
    abort_incomplete_multipart_upload: { days_after_initiation: 7 },
  };
  test.each<[string, Record<string, unknown>[], string[]]>([
    ["no filter at all", [{ id: "r", status: "Enabled", ...both }], []],
    ["a filter of empty values", [{ id: "r", status: "Enabled", filter: { prefix: "", tag: null }, ...both }], []],
    [
      "a filter with a tag",
      [{ id: "r", status: "Enabled", filter: { tag: { key: "k", value: "v" } }, ...both }],
      [NONE],
    ],
    ["a filter of an unset value", [{ id: "r", status: "Enabled", filter: { prefix: undefined }, ...both }], []],
    ["a legacy empty prefix", [{ id: "r", status: "Enabled", prefix: "", ...both }], []],
    ["a legacy prefix", [{ id: "r", status: "Enabled", prefix: "tmp/", ...both }], [NONE]],
    ["status in lower case", [{ id: "r", status: "enabled", ...both }], [NONE]],
    [
      "the two actions in two rules",
      [
        { id: "a", status: "Enabled", noncurrent_version_expiration: { noncurrent_days: 1 } },
        { id: "b", status: "Enabled", abort_incomplete_multipart_upload: { days_after_initiation: "1" } },
      ],
      [],
    ],
    [
      "zero and negative days do not count",
      [
        {
          id: "r",
          status: "Enabled",
          noncurrent_version_expiration: { noncurrent_days: 0 },
          abort_incomplete_multipart_upload: { days_after_initiation: -1 },
        },
      ],
      [NONE],
    ],
    [
      "days that are not a number do not count",
      [
        {
          id: "r",
          status: "Enabled",
          noncurrent_version_expiration: [{ noncurrent_days: "x" }, { noncurrent_days: 5 }],
          abort_incomplete_multipart_upload: { days_after_initiation: "${var.d}" },
        },
      ],
      ["has no enabled whole-bucket lifecycle rule with abort_incomplete_multipart_upload"],
    ],
  ])("%s", (_name, lifecycleRules, findings) => {
    expect(rows(...lifecycleRules)).toEqual(findings);
  });
});

describe("POL-S3-ACCESS-LOG-SELF exactly", () => {
  test("a logging block without buckets names no bucket", () => {
    const { stack } = bareStack();
    rawBucket(stack, "a");
    const l = new S3BucketLoggingA(stack, "l", { bucket: "t-a", targetBucket: "t-a", targetPrefix: "x/" });
    l.addOverride("bucket", null);
    l.addOverride("target_bucket", null);
    expect(evaluateRule(stack, "POL-S3-ACCESS-LOG-SELF")).toEqual([]);
  });

  test.each<[string, string, string, string[]]>([
    ["two different literal names", "t-a", "t-b", []],
    ["the same literal name", "t-a", "t-a", ["logs bucket t-a into itself"]],
    ["a reference and another bucket's literal name", "${aws_s3_bucket.a.bucket}", "t-b", []],
    [
      "a reference and the same bucket's literal name",
      "${aws_s3_bucket.a.id}",
      "t-a",
      ["logs bucket ${aws_s3_bucket.a.id} into itself"],
    ],
    [
      "a literal name and a reference to that bucket",
      "t-b",
      "${aws_s3_bucket.b.bucket}",
      ["logs bucket t-b into itself"],
    ],
    ["a literal name no bucket of the stack has, and a reference", "t-x", "${aws_s3_bucket.a.bucket}", []],
    ["references to two buckets", "${aws_s3_bucket.a.id}", "${aws_s3_bucket.b.bucket}", []],
    [
      "one bucket by name and by id",
      "${aws_s3_bucket.a.bucket}",
      "${aws_s3_bucket.a.id}",
      ["logs bucket ${aws_s3_bucket.a.bucket} into itself"],
    ],
    [
      "one bucket by id and by name",
      "${aws_s3_bucket.a.id}",
      "${aws_s3_bucket.a.bucket}",
      ["logs bucket ${aws_s3_bucket.a.id} into itself"],
    ],
    ["the same expression on both sides", "${var.bucket}", "${var.bucket}", ["logs bucket ${var.bucket} into itself"]],
    ["two expressions", "${var.bucket}", "${var.logs}", []],
  ])("%s", (_name, bucket, targetBucket, findings) => {
    const { stack } = bareStack();
    rawBucket(stack, "a");
    rawBucket(stack, "b");
    new S3BucketLoggingA(stack, "l", { bucket, targetBucket, targetPrefix: "x/" }).overrideLogicalId("l");
    expect(evaluateRule(stack, "POL-S3-ACCESS-LOG-SELF").map((r) => [r.level, r.address, r.finding])).toEqual(
      findings.map((f) => ["ERROR", "aws_s3_bucket_logging.l", f]),
    );
  });
});

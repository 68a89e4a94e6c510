/** The rules that keep buckets recoverable and tidy: versioning, lifecycle rule, access log target. */
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
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

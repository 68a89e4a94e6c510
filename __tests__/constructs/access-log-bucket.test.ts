import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Testing } from "cdktf";
import { AccessLogBucket, type AccessLogBucketProps } from "../../src/constructs/access-log-bucket";

const synth = (bucket?: AccessLogBucketProps["bucket"]) =>
  Testing.synthScope(
    (scope) =>
      void new AccessLogBucket(scope, "logs", {
        bucketName: "p-logs",
        account: "111122223333",
        prefix: "s3-access-logs/",
        bucket,
      }),
  );
const lifecycleRule = (json: string) =>
  JSON.parse(json).resource.aws_s3_bucket_lifecycle_configuration.access_logs.rule[0];

describe("AccessLogBucket", () => {
  test("ACLs off, SSE-S3, versioned, with the lifecycle rule, and no logging of its own", () => {
    const json = synth();
    expect(JSON.parse(json).resource.aws_s3_bucket).toEqual({ access_logs: { bucket: "p-logs" } });
    expect(json).toHaveResourceWithProperties(S3BucketOwnershipControls, {
      rule: { object_ownership: "BucketOwnerEnforced" },
    });
    expect(json).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "AES256" } }],
    });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
    expect(json).not.toHaveResource(S3BucketLoggingA);
  });

  test("without bucket options the lifecycle rule keeps the defaults (30 and 7 days)", () => {
    expect(lifecycleRule(synth())).toMatchObject({
      noncurrent_version_expiration: [{ noncurrent_days: 30 }],
      abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
    });
  });

  test("the lifecycle options given are passed to the bucket", () => {
    expect(
      lifecycleRule(synth({ noncurrentVersionExpirationDays: 10, abortIncompleteMultipartUploadDays: 2 })),
    ).toMatchObject({
      noncurrent_version_expiration: [{ noncurrent_days: 10 }],
      abort_incomplete_multipart_upload: [{ days_after_initiation: 2 }],
    });
  });

  test("the bucket policy lets the S3 logging service of this account write under the prefix, next to the TLS deny", () => {
    const statements = JSON.parse(synth()).data.aws_iam_policy_document.access_logs_tls_only.statement;
    expect(statements).toHaveLength(2);
    expect(statements[0].sid).toBe("DenyInsecureTransport");
    expect(statements[1]).toEqual({
      sid: "S3ServerAccessLogDelivery",
      effect: "Allow",
      principals: [{ type: "Service", identifiers: ["logging.s3.amazonaws.com"] }],
      actions: ["s3:PutObject"],
      resources: ["${aws_s3_bucket.access_logs.arn}/s3-access-logs/*"],
      condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["111122223333"] }],
    });
  });
});

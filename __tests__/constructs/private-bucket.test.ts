import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Testing } from "cdktf";
import { LIFECYCLE_RULE_ID, PrivateBucket, type PrivateBucketProps } from "../../src/constructs/private-bucket";

const synth = (props: Partial<PrivateBucketProps> = {}) =>
  Testing.synthScope(
    (scope) => void new PrivateBucket(scope, "b", { bucketName: "my-bucket", logicalName: "data", ...props }),
  );

describe("PrivateBucket", () => {
  test("blocks public access, owns its objects, encrypts, and denies requests without TLS", () => {
    const json = synth();
    expect(json).toHaveResourceWithProperties(S3Bucket, { bucket: "my-bucket" });
    expect(json).toHaveResourceWithProperties(S3BucketPublicAccessBlock, {
      bucket: "${aws_s3_bucket.data.bucket}",
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(json).toHaveResourceWithProperties(S3BucketOwnershipControls, {
      rule: { object_ownership: "BucketOwnerEnforced" },
    });
    expect(json).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "AES256" } }],
    });
    expect(json).toHaveResourceWithProperties(S3BucketPolicy, {
      policy: "${data.aws_iam_policy_document.data_tls_only.json}",
      depends_on: ["aws_s3_bucket_public_access_block.data"],
    });
  });

  test("the TLS-only statement denies everyone plain HTTP on the bucket and its objects, and stands alone by default", () => {
    expect(JSON.parse(synth()).data.aws_iam_policy_document.data_tls_only.statement).toEqual([
      {
        sid: "DenyInsecureTransport",
        effect: "Deny",
        actions: ["s3:*"],
        resources: ["${aws_s3_bucket.data.arn}", "${aws_s3_bucket.data.arn}/*"],
        principals: [{ type: "*", identifiers: ["*"] }],
        condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
      },
    ]);
  });

  test("policyStatements are added after the TLS deny, given the bucket ARN", () => {
    const json = synth({
      policyStatements: (arn) => [
        { sid: "Extra", effect: "Allow", actions: ["s3:GetObject"], resources: [`${arn}/x`] },
      ],
    });
    const statements = JSON.parse(json).data.aws_iam_policy_document.data_tls_only.statement;
    expect(statements.map((s: { sid: string }) => s.sid)).toEqual(["DenyInsecureTransport", "Extra"]);
    expect(statements[1].resources).toEqual(["${aws_s3_bucket.data.arn}/x"]);
  });

  test("the lifecycle rule id of deployed buckets, written out", () => {
    expect(LIFECYCLE_RULE_ID).toBe("expire-noncurrent-versions-and-abort-incomplete-uploads");
  });

  test("a bucket does not log into itself", () => {
    expect(() => synth({ accessLogs: { targetBucket: "my-bucket", targetPrefix: "s3/" } })).toThrow(
      "PrivateBucket: my-bucket must not log into itself (accessLogs.targetBucket)",
    );
  });

  test("no force_destroy or prevent_destroy unless asked; versioned unless told not to", () => {
    const json = synth();
    const bucket = JSON.parse(json).resource.aws_s3_bucket.data;
    expect(bucket.force_destroy).toBeUndefined();
    expect(bucket.lifecycle).toBeUndefined();
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
    expect(synth({ versioning: false })).not.toHaveResource(S3BucketVersioningA);
  });

  test("a whole-bucket lifecycle rule: noncurrent versions after 30 days, incomplete uploads after 7, after versioning", () => {
    expect(synth()).toHaveResourceWithProperties(S3BucketLifecycleConfiguration, {
      bucket: "${aws_s3_bucket.data.bucket}",
      depends_on: ["aws_s3_bucket_versioning.data"],
      rule: [
        {
          id: LIFECYCLE_RULE_ID,
          status: "Enabled",
          filter: [{}],
          noncurrent_version_expiration: [{ noncurrent_days: 30 }],
          abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
        },
      ],
    });
    const custom = JSON.parse(synth({ noncurrentVersionExpirationDays: 90, abortIncompleteMultipartUploadDays: 1 }))
      .resource.aws_s3_bucket_lifecycle_configuration.data.rule[0];
    expect(custom.noncurrent_version_expiration).toEqual([{ noncurrent_days: 90 }]);
    expect(custom.abort_incomplete_multipart_upload).toEqual([{ days_after_initiation: 1 }]);
  });

  test.each([0, -1, 1.5])("lifecycle days %p are refused", (days) => {
    expect(() => synth({ noncurrentVersionExpirationDays: days })).toThrow(
      `PrivateBucket: noncurrentVersionExpirationDays must be a whole number of days >= 1, got ${days}`,
    );
  });

  test("SSE-KMS with a bucket key when a key is given", () => {
    expect(synth({ kmsKeyArn: "arn:aws:kms:ap-northeast-1:111122223333:key/k" })).toHaveResourceWithProperties(
      S3BucketServerSideEncryptionConfigurationA,
      {
        rule: [
          {
            apply_server_side_encryption_by_default: {
              sse_algorithm: "aws:kms",
              kms_master_key_id: "arn:aws:kms:ap-northeast-1:111122223333:key/k",
            },
            bucket_key_enabled: true,
          },
        ],
      },
    );
  });

  test("BucketOwnerPreferred when asked; access logs to another bucket when asked", () => {
    const json = synth({
      objectOwnership: "BucketOwnerPreferred",
      accessLogs: { targetBucket: "logs", targetPrefix: "s3/my-bucket/" },
    });
    expect(json).toHaveResourceWithProperties(S3BucketOwnershipControls, {
      rule: { object_ownership: "BucketOwnerPreferred" },
    });
    expect(json).toHaveResourceWithProperties(S3BucketLoggingA, {
      bucket: "${aws_s3_bucket.data.bucket}",
      target_bucket: "logs",
      target_prefix: "s3/my-bucket/",
    });
    expect(synth()).not.toHaveResource(S3BucketLoggingA);
  });

  test("forceDestroy, versioning and protect when asked", () => {
    const json = synth({ forceDestroy: true, versioning: true, protect: true });
    expect(json).toHaveResourceWithProperties(S3Bucket, { force_destroy: true, lifecycle: { prevent_destroy: true } });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
  });
});

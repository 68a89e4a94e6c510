import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Testing } from "cdktf";
import { PrivateBucket, type PrivateBucketProps } from "../../src/constructs/private-bucket";

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
      rule: { object_ownership: "BucketOwnerPreferred" },
    });
    expect(json).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "AES256" } }],
    });
    expect(json).toHaveResourceWithProperties(S3BucketPolicy, {
      policy: "${data.aws_iam_policy_document.data_tls_only.json}",
      depends_on: ["aws_s3_bucket_public_access_block.data"],
    });
    const doc = JSON.parse(json).data.aws_iam_policy_document.data_tls_only.statement[0];
    expect(doc).toMatchObject({
      effect: "Deny",
      actions: ["s3:*"],
      condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
    });
  });

  test("no force_destroy, versioning or prevent_destroy unless asked", () => {
    const json = synth();
    const bucket = JSON.parse(json).resource.aws_s3_bucket.data;
    expect(bucket.force_destroy).toBeUndefined();
    expect(bucket.lifecycle).toBeUndefined();
    expect(json).not.toHaveResource(S3BucketVersioningA);
  });

  test("forceDestroy, versioning and protect when asked", () => {
    const json = synth({ forceDestroy: true, versioning: true, protect: true });
    expect(json).toHaveResourceWithProperties(S3Bucket, { force_destroy: true, lifecycle: { prevent_destroy: true } });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
  });
});

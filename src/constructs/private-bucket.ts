import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";

export interface PrivateBucketProps {
  /** Bucket name. */
  readonly bucketName: string;
  /**
   * Terraform name of every resource of the bucket (`aws_s3_bucket.<name>`,
   * `aws_s3_bucket_public_access_block.<name>`, ...), as in the original.
   */
  readonly logicalName: string;
  /** Let `destroy` delete a bucket that still holds objects. @default false */
  readonly forceDestroy?: boolean;
  /** Keep every version of every object. @default false */
  readonly versioning?: boolean;
  /** Add `prevent_destroy`, so that Terraform refuses to destroy the bucket. @default false */
  readonly protect?: boolean;
}

/**
 * An S3 bucket that is private by construction: all public access blocked,
 * bucket-owner ownership, SSE-S3 encryption, a policy that denies requests
 * without TLS, and optional versioning.
 */
export class PrivateBucket extends Construct {
  public readonly bucket: S3Bucket;

  constructor(scope: Construct, id: string, props: PrivateBucketProps) {
    super(scope, id);
    const name = props.logicalName;
    this.bucket = new S3Bucket(this, "bucket", {
      bucket: props.bucketName,
      forceDestroy: props.forceDestroy ? true : undefined,
      lifecycle: props.protect ? { preventDestroy: true } : undefined,
    });
    this.bucket.overrideLogicalId(name);

    const publicAccess = new S3BucketPublicAccessBlock(this, "public_access", {
      bucket: this.bucket.bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    publicAccess.overrideLogicalId(name);

    new S3BucketOwnershipControls(this, "ownership", {
      bucket: this.bucket.bucket,
      rule: { objectOwnership: "BucketOwnerPreferred" },
    }).overrideLogicalId(name);

    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.bucket,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    }).overrideLogicalId(name);

    const tlsOnly = new DataAwsIamPolicyDocument(this, "tls_only", {
      statement: [
        {
          sid: "DenyInsecureTransport",
          effect: "Deny",
          actions: ["s3:*"],
          resources: [this.bucket.arn, `${this.bucket.arn}/*`],
          principals: [{ type: "*", identifiers: ["*"] }],
          condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
        },
      ],
    });
    tlsOnly.overrideLogicalId(`${name}_tls_only`);
    new S3BucketPolicy(this, "policy", {
      bucket: this.bucket.bucket,
      policy: tlsOnly.json,
      // S3 rejects a policy while the public access block is still being applied.
      dependsOn: [publicAccess],
    }).overrideLogicalId(name);

    if (props.versioning) {
      new S3BucketVersioningA(this, "versioning", {
        bucket: this.bucket.bucket,
        versioningConfiguration: { status: "Enabled" },
      }).overrideLogicalId(name);
    }
  }
}

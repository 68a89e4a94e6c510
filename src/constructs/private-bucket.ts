import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";

import { BUCKET_DEFAULTS, LIFECYCLE_RULE_ID, type ObjectOwnership } from "./private-bucket.defaults";

export * from "./private-bucket.defaults";

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
  /** Keep every version of every object (until the lifecycle rule expires it). @default true */
  readonly versioning?: boolean;
  /** Days a noncurrent version is kept. @default 30 */
  readonly noncurrentVersionExpirationDays?: number;
  /** Days after which an incomplete multipart upload is aborted. @default 7 */
  readonly abortIncompleteMultipartUploadDays?: number;
  /**
   * S3 Object Ownership. BucketOwnerEnforced disables ACLs; BucketOwnerPreferred keeps them usable
   * (objects written with `bucket-owner-full-control` belong to the bucket owner).
   * @default "BucketOwnerEnforced"
   */
  readonly objectOwnership?: ObjectOwnership;
  /** Default encryption with this customer managed KMS key (SSE-KMS with an S3 Bucket Key). @default SSE-S3 (AES256) */
  readonly kmsKeyArn?: string;
  /** Server access logs of this bucket go to `targetBucket` under `targetPrefix`. @default none */
  readonly accessLogs?: { readonly targetBucket: string; readonly targetPrefix: string };
  /** Statements added to the bucket policy next to the TLS-only deny, given the bucket's ARN. @default none */
  readonly policyStatements?: (bucketArn: string) => DataAwsIamPolicyDocumentStatement[];
  /** Add `prevent_destroy`, so that Terraform refuses to destroy the bucket. @default false */
  readonly protect?: boolean;
}

/** Settings every bucket this app creates shares (lifecycle rule, encryption key, access logs). */
export type BucketOptions = Pick<
  PrivateBucketProps,
  "noncurrentVersionExpirationDays" | "abortIncompleteMultipartUploadDays" | "kmsKeyArn" | "accessLogs"
>;

/**
 * An S3 bucket that is private and recoverable by construction: all public
 * access blocked, bucket-owner ownership, SSE-S3 or SSE-KMS encryption, a
 * policy that denies requests without TLS, versioning, and a lifecycle rule
 * that expires noncurrent versions and aborts incomplete multipart uploads;
 * optionally server access logging to another bucket.
 *
 * Every part is its own resource (`aws_s3_bucket_versioning`,
 * `aws_s3_bucket_lifecycle_configuration`, ...), so adding one to a deployed
 * bucket creates that resource and changes nothing else.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html
 */
export class PrivateBucket extends Construct {
  public readonly bucket: S3Bucket;
  /** The bucket policy (other resources that write to the bucket may wait for it). */
  public readonly policy: S3BucketPolicy;

  constructor(scope: Construct, id: string, props: PrivateBucketProps) {
    super(scope, id);
    const d = BUCKET_DEFAULTS;
    const noncurrentDays = props.noncurrentVersionExpirationDays ?? d.noncurrentVersionExpirationDays;
    const abortDays = props.abortIncompleteMultipartUploadDays ?? d.abortIncompleteMultipartUploadDays;
    for (const [key, days] of [
      ["noncurrentVersionExpirationDays", noncurrentDays],
      ["abortIncompleteMultipartUploadDays", abortDays],
    ] as const) {
      if (!Number.isInteger(days) || days < 1) {
        throw new Error(`PrivateBucket: ${key} must be a whole number of days >= 1, got ${days}`);
      }
    }
    if (props.accessLogs && props.accessLogs.targetBucket === props.bucketName) {
      throw new Error(`PrivateBucket: ${props.bucketName} must not log into itself (accessLogs.targetBucket)`);
    }
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
      rule: { objectOwnership: props.objectOwnership ?? d.objectOwnership },
    }).overrideLogicalId(name);

    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.bucket,
      rule: [
        props.kmsKeyArn
          ? {
              applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: props.kmsKeyArn },
              // One data key per bucket instead of one KMS call per object.
              bucketKeyEnabled: true,
            }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
      ],
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
        ...(props.policyStatements?.(this.bucket.arn) ?? []),
      ],
    });
    tlsOnly.overrideLogicalId(`${name}_tls_only`);
    this.policy = new S3BucketPolicy(this, "policy", {
      bucket: this.bucket.bucket,
      policy: tlsOnly.json,
      // S3 rejects a policy while the public access block is still being applied.
      dependsOn: [publicAccess],
    });
    this.policy.overrideLogicalId(name);

    let versioning: S3BucketVersioningA | undefined;
    if (props.versioning ?? d.versioning) {
      versioning = new S3BucketVersioningA(this, "versioning", {
        bucket: this.bucket.bucket,
        versioningConfiguration: { status: "Enabled" },
      });
      versioning.overrideLogicalId(name);
    }

    new S3BucketLifecycleConfiguration(this, "lifecycle", {
      bucket: this.bucket.bucket,
      rule: [
        {
          id: LIFECYCLE_RULE_ID,
          status: "Enabled",
          // An empty filter: the rule applies to every object of the bucket.
          filter: [{}],
          noncurrentVersionExpiration: [{ noncurrentDays }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: abortDays }],
        },
      ],
      // S3 applies noncurrent-version rules to a versioned bucket; create versioning first.
      dependsOn: versioning ? [versioning] : undefined,
    }).overrideLogicalId(name);

    if (props.accessLogs) {
      new S3BucketLoggingA(this, "logging", {
        bucket: this.bucket.bucket,
        targetBucket: props.accessLogs.targetBucket,
        targetPrefix: props.accessLogs.targetPrefix,
      }).overrideLogicalId(name);
    }
  }
}

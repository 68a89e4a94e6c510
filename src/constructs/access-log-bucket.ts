import { Construct } from "constructs";
import { type BucketOptions, PrivateBucket } from "./private-bucket";

export interface AccessLogBucketProps {
  readonly bucketName: string;
  /** Account whose buckets may deliver logs here (a token is fine). */
  readonly account: string;
  /** Key prefix the logs are written under. */
  readonly prefix: string;
  /** Lifecycle rule of the bucket (its encryption stays SSE-S3, see below). @default BUCKET_DEFAULTS */
  readonly bucket?: Pick<BucketOptions, "noncurrentVersionExpirationDays" | "abortIncompleteMultipartUploadDays">;
}

/**
 * The bucket that receives the S3 server access logs of the stack's other
 * buckets. ACLs are off, so the logging service is allowed by the bucket
 * policy (for this account's buckets only). It is encrypted with SSE-S3:
 * AWS documents SSE-S3 for log target buckets. It does not log into itself.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 */
export class AccessLogBucket extends Construct {
  public readonly bucket: PrivateBucket;

  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id);
    this.bucket = new PrivateBucket(this, "bucket", {
      bucketName: props.bucketName,
      logicalName: "access_logs",
      noncurrentVersionExpirationDays: props.bucket?.noncurrentVersionExpirationDays,
      abortIncompleteMultipartUploadDays: props.bucket?.abortIncompleteMultipartUploadDays,
      versioning: true,
      objectOwnership: "BucketOwnerEnforced",
      policyStatements: (arn) => [
        {
          sid: "S3ServerAccessLogDelivery",
          effect: "Allow",
          principals: [{ type: "Service", identifiers: ["logging.s3.amazonaws.com"] }],
          actions: ["s3:PutObject"],
          resources: [`${arn}/${props.prefix}*`],
          condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: [props.account] }],
        },
      ],
    });
  }
}

import { bucketNameOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";

/**
 * No bucket delivers its server access logs into itself: every delivered log
 * object is a write that is logged again, without end.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
 */
export const s3AccessLogSelf: PolicyRule = {
  id: "POL-S3-ACCESS-LOG-SELF",
  level: "ERROR",
  summary: "No S3 bucket's server access logs (aws_s3_bucket_logging) go into the bucket itself",
  explanation:
    "A bucket that logs into itself logs the delivery of its own logs, which grows without end and mixes logs " +
    "with data. Send the logs to another bucket (buckets.accessLogs creates one, or names targetBucket).",
  check: (ctx) =>
    ctx.index.resources("aws_s3_bucket_logging").flatMap((logging) => {
      const source = logging.body.bucket;
      const target = logging.body.target_bucket;
      // One bucket of the stack by reference or by its literal name, on either side.
      const sourceName = bucketNameOf(ctx.index, source);
      const targetName = bucketNameOf(ctx.index, target);
      // The same text is the same bucket, a literal name or an expression alike (Terraform evaluates both once).
      const same =
        (sourceName !== undefined && sourceName === targetName) || (typeof source === "string" && source === target);
      return same ? [makeFinding(s3AccessLogSelf, logging, `logs bucket ${String(source)} into itself`)] : [];
    }),
};

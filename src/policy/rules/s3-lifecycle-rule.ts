import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";
import { asList, asObject, type Json } from "../terraform-index";

/** A rule whose filter (or legacy prefix) selects every object of the bucket. */
function wholeBucket(rule: Json): boolean {
  if (typeof rule.prefix === "string" && rule.prefix !== "") return false;
  const filters = asList(rule.filter);
  return filters.every((f) => {
    const keys = Object.entries(asObject(f)).filter(([, v]) => v != null && v !== "");
    return keys.length === 0;
  });
}

/** Days of the first matching block, when it is a positive number. */
function days(blocks: unknown, key: string): number | undefined {
  for (const b of asList(blocks)) {
    const n = Number(b[key]);
    if (Number.isFinite(n) && n > 0) return n;
  }
  return undefined;
}

/**
 * Every bucket the stack creates has a lifecycle configuration with an
 * enabled whole-bucket rule that expires noncurrent versions and aborts
 * incomplete multipart uploads (Checkov CKV2_AWS_61, CKV_AWS_300).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html
 */
export const s3LifecycleRule: PolicyRule = {
  id: "POL-S3-LIFECYCLE-RULE",
  level: "ERROR",
  summary:
    "Every S3 bucket has an enabled whole-bucket lifecycle rule that expires noncurrent versions and aborts incomplete multipart uploads",
  explanation:
    "With versioning on, every overwrite and delete keeps the old version, billed forever unless a rule expires " +
    "it; parts of uploads that never finished are billed and invisible. Add an " +
    "aws_s3_bucket_lifecycle_configuration whose rule (status Enabled, empty filter) has " +
    "noncurrent_version_expiration and abort_incomplete_multipart_upload (buckets.* settings).",
  check: (ctx) =>
    ctx.index.resources("aws_s3_bucket").flatMap((bucket) => {
      const rules = companionsOf(ctx.index, bucket, "aws_s3_bucket_lifecycle_configuration")
        .flatMap((c) => asList(c.body.rule))
        .filter((r) => r.status === "Enabled" && wholeBucket(r));
      const noncurrent = rules.some((r) => days(r.noncurrent_version_expiration, "noncurrent_days") !== undefined);
      const abort = rules.some((r) => days(r.abort_incomplete_multipart_upload, "days_after_initiation") !== undefined);
      const missing = [
        ...(noncurrent ? [] : ["noncurrent_version_expiration"]),
        ...(abort ? [] : ["abort_incomplete_multipart_upload"]),
      ];
      return missing.length
        ? [
            makeFinding(
              s3LifecycleRule,
              bucket,
              `has no enabled whole-bucket lifecycle rule with ${missing.join(" and ")}`,
            ),
          ]
        : [];
    }),
};

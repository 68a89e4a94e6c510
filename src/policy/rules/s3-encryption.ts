import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";
import { asList, isExpression } from "../terraform-index";

/** Algorithms S3 accepts for default encryption. */
export const SSE_ALGORITHMS = ["AES256", "aws:kms", "aws:kms:dsse"];

function algorithms(rules: unknown): unknown[] {
  return asList(rules).flatMap((r) => asList(r.apply_server_side_encryption_by_default).map((d) => d.sse_algorithm));
}

const valid = (a: unknown) => SSE_ALGORITHMS.some((s) => s === a) || isExpression(a);

/** Every bucket has default server-side encryption configured. */
export const s3Encryption: PolicyRule = {
  id: "POL-S3-ENCRYPTION",
  level: "ERROR",
  summary: "Every S3 bucket has a server-side encryption configuration",
  explanation:
    "An explicit aws_s3_bucket_server_side_encryption_configuration pins how objects are encrypted at rest " +
    "(SSE-S3 or SSE-KMS) in the reviewed code instead of relying on the account default. Add one with " +
    "apply_server_side_encryption_by_default { sse_algorithm = AES256 | aws:kms | aws:kms:dsse }.",
  check: (ctx) =>
    ctx.index.resources("aws_s3_bucket").flatMap((bucket) => {
      const configs = companionsOf(ctx.index, bucket, "aws_s3_bucket_server_side_encryption_configuration");
      const found = [
        ...configs.flatMap((c) => algorithms(c.body.rule)),
        // The deprecated inline block of aws_s3_bucket.
        ...asList(bucket.body.server_side_encryption_configuration).flatMap((c) => algorithms(c.rule)),
      ];
      if (found.some(valid)) return [];
      if (found.length === 0 && configs.length === 0) {
        return [makeFinding(s3Encryption, bucket, "has no aws_s3_bucket_server_side_encryption_configuration")];
      }
      return [
        makeFinding(
          s3Encryption,
          bucket,
          `has no default encryption rule with sse_algorithm ${SSE_ALGORITHMS.join(", ")} (got ${JSON.stringify(found)})`,
        ),
      ];
    }),
};

/** Reads S3 buckets and their companion resources (public access block, policy, ...) from the index. */
import { isExpression, referencedName, type TerraformIndex, type TfBlock } from "../terraform-index";

/**
 * The companion resources of `type` (public access block, policy, ...) that
 * belong to `bucket`: their `bucket` argument means it (see `means`).
 */
export function companionsOf(index: TerraformIndex, bucket: TfBlock, type: string): TfBlock[] {
  return index.resources(type).filter((c) => means(c.body.bucket, bucket));
}

/**
 * The name of the stack's `aws_s3_bucket` that a `bucket` argument means: the
 * one it references (`.bucket` or `.id`, whether or not the stack has it), or
 * the one whose literal name it repeats; undefined for anything else.
 */
export function bucketNameOf(index: TerraformIndex, value: unknown): string | undefined {
  return referenced(value) ?? index.resources("aws_s3_bucket").find((b) => means(value, b))?.name;
}

/** Whether a `bucket` argument means `bucket`: it references it (`.bucket` or `.id`) or repeats its literal name. */
function means(value: unknown, bucket: TfBlock): boolean {
  if (referenced(value) === bucket.name) return true;
  const literal = literalName(value);
  return literal !== undefined && literal === literalName(bucket.body.bucket);
}

/** `x` of `${aws_s3_bucket.x.bucket}` or `${aws_s3_bucket.x.id}`. */
function referenced(value: unknown): string | undefined {
  return referencedName(value, "aws_s3_bucket", ["bucket", "id"]);
}

/**
 * A `bucket` argument written out rather than computed: text without `${`,
 * or a number or boolean as the string Terraform converts it to; undefined
 * for an expression or no name (Terraform picks one).
 *
 * @see https://developer.hashicorp.com/terraform/language/expressions/types#type-conversion
 */
function literalName(v: unknown): string | undefined {
  if (typeof v === "string") return isExpression(v) ? undefined : v;
  return typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

/** Reads S3 buckets and their companion resources (public access block, policy, ...) from the index. */
import { isExpression, referencedName, type TerraformIndex, type TfBlock } from "../terraform-index";

/**
 * The companion resources of `type` (public access block, policy, ...) that
 * belong to `bucket`: their `bucket` argument references the bucket
 * (`${aws_s3_bucket.<name>.bucket}` or `.id`) or repeats its literal name.
 */
export function companionsOf(index: TerraformIndex, bucket: TfBlock, type: string): TfBlock[] {
  const literal = literalName(bucket.body.bucket);
  return index.resources(type).filter((c) => {
    const ref = c.body.bucket;
    return (
      referencedName(ref, "aws_s3_bucket", ["bucket", "id"]) === bucket.name ||
      (literal !== undefined && literalName(ref) === literal)
    );
  });
}

/**
 * The name of the stack's `aws_s3_bucket` that a `bucket` argument means: the
 * one it references (`.bucket` or `.id`, whether or not the stack has it), or
 * the one whose literal name it repeats; undefined for anything else.
 */
export function bucketNameOf(index: TerraformIndex, value: unknown): string | undefined {
  const referenced = referencedName(value, "aws_s3_bucket", ["bucket", "id"]);
  if (referenced !== undefined) return referenced;
  const literal = literalName(value);
  if (literal === undefined) return undefined;
  return index.resources("aws_s3_bucket").find((b) => literalName(b.body.bucket) === literal)?.name;
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

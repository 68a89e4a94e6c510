/** Reads S3 buckets and their companion resources (public access block, policy, ...) from the index. */
import { isExpression, referencedName, type TerraformIndex, type TfBlock } from "../terraform-index";

/**
 * The companion resources of `type` (public access block, policy, ...) that
 * belong to `bucket`: their `bucket` argument references the bucket
 * (`${aws_s3_bucket.<name>.bucket}` or `.id`) or repeats its literal name.
 */
export function companionsOf(index: TerraformIndex, bucket: TfBlock, type: string): TfBlock[] {
  const literal =
    typeof bucket.body.bucket === "string" && !isExpression(bucket.body.bucket) ? bucket.body.bucket : undefined;
  return index.resources(type).filter((c) => {
    const ref = c.body.bucket;
    return (
      referencedName(ref, "aws_s3_bucket", ["bucket", "id"]) === bucket.name ||
      (literal !== undefined && ref === literal)
    );
  });
}

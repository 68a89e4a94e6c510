import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";
import { isTrue } from "../terraform-index";

const FLAGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"] as const;

/** Every bucket blocks public access with all four flags. */
export const s3PublicAccess: PolicyRule = {
  id: "POL-S3-PUBLIC-ACCESS",
  level: "ERROR",
  summary: "Every S3 bucket has a public access block with all four flags true",
  explanation:
    "Without block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true, " +
    "one ACL or policy statement can publish training data or lifecycle scripts. Add an " +
    "aws_s3_bucket_public_access_block with all four set (PrivateBucket does).",
  check: (ctx) =>
    ctx.index.resources("aws_s3_bucket").flatMap((bucket) => {
      const blocks = companionsOf(ctx.index, bucket, "aws_s3_bucket_public_access_block");
      if (blocks.length === 0) {
        return [makeFinding(s3PublicAccess, bucket, "has no aws_s3_bucket_public_access_block")];
      }
      if (blocks.some((b) => FLAGS.every((f) => isTrue(b.body[f])))) return [];
      const off = FLAGS.filter((f) => !isTrue(blocks[0].body[f]));
      return [makeFinding(s3PublicAccess, bucket, `${blocks[0].address} does not set ${off.join(", ")} to true`)];
    }),
};

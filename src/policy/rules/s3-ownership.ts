import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";
import { asList } from "../terraform-index";

/** Object ownership settings that keep every object owned by the bucket owner. */
export const OWNER_SETTINGS = ["BucketOwnerEnforced", "BucketOwnerPreferred"];

/** Every bucket declares bucket-owner object ownership. */
export const s3Ownership: PolicyRule = {
  id: "POL-S3-OWNERSHIP",
  level: "WARNING",
  summary: "Every S3 bucket has ownership controls that make the bucket owner own its objects",
  explanation:
    "With ObjectWriter (or ACL-era defaults), objects written by another account belong to that account and the " +
    "bucket owner cannot read or manage them. Add an aws_s3_bucket_ownership_controls with object_ownership " +
    "BucketOwnerEnforced or BucketOwnerPreferred.",
  check: (ctx) =>
    ctx.index.resources("aws_s3_bucket").flatMap((bucket) => {
      const controls = companionsOf(ctx.index, bucket, "aws_s3_bucket_ownership_controls");
      if (controls.length === 0) {
        return [makeFinding(s3Ownership, bucket, "has no aws_s3_bucket_ownership_controls")];
      }
      const settings = controls.flatMap((c) => asList(c.body.rule).map((r) => r.object_ownership));
      // Two ownership controls of one bucket overwrite each other: each must keep the owner owning.
      if (settings.length > 0 && settings.every((s) => OWNER_SETTINGS.includes(s))) return [];
      return [
        makeFinding(
          s3Ownership,
          bucket,
          `object_ownership is ${JSON.stringify(settings)}, not ${OWNER_SETTINGS.join(" or ")}`,
        ),
      ];
    }),
};

import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";
import { asList, isTrue } from "../terraform-index";

/** Terraform name of the lifecycle script bucket. */
export const LIFECYCLE_BUCKET = "life_cycle_scripts";

/** The lifecycle script bucket keeps every version of every script. */
export const s3LifecycleVersioning: PolicyRule = {
  id: "POL-S3-LIFECYCLE-VERSIONING",
  level: "WARNING",
  summary: "The lifecycle script bucket (aws_s3_bucket.life_cycle_scripts) is versioned",
  explanation:
    "Nodes run the scripts when they start, also long after a deploy (replacements, scaling). Versioning keeps " +
    "the exact script a node ran, for debugging and rollback, when a deploy overwrites or deletes it. Add an " +
    "aws_s3_bucket_versioning with status Enabled (LifecycleScripts does).",
  check: (ctx) => {
    const bucket = ctx.index.get(`aws_s3_bucket.${LIFECYCLE_BUCKET}`);
    if (!bucket) return [];
    const statuses = companionsOf(ctx.index, bucket, "aws_s3_bucket_versioning").flatMap((v) =>
      asList(v.body.versioning_configuration).map((c) => c.status),
    );
    if (statuses.includes("Enabled")) return [];
    // The deprecated inline block of aws_s3_bucket.
    if (asList(bucket.body.versioning).some((v) => isTrue(v.enabled))) return [];
    const got = statuses.length
      ? `versioning status is ${JSON.stringify(statuses)}`
      : "has no aws_s3_bucket_versioning";
    return [makeFinding(s3LifecycleVersioning, bucket, `${got}; Enabled is required`)];
  },
};

import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";
import { asList, isTrue } from "../terraform-index";
import { dataBuckets } from "./data-force-destroy";

/**
 * Every bucket the stack creates is versioned (Checkov CKV_AWS_21). The data
 * repository bucket may opt out in the configuration
 * (`fsx.dataRepository.versioning: false`); its finding is then a WARNING
 * that a suppression with the reason silences.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
 */
export const s3Versioning: PolicyRule = {
  id: "POL-S3-VERSIONING",
  level: "ERROR",
  summary:
    "Every S3 bucket is versioned (the data bucket's opt-out, fsx.dataRepository.versioning: false, is a WARNING until suppressed with the reason)",
  explanation:
    "The data bucket is the only copy of the data: the file system exports deletions to it and FSx cannot back up " +
    "a file system linked to S3, so an rm on the mount deletes the objects for good unless versions are kept. The " +
    "script bucket's versions tell which script a node ran. Add an aws_s3_bucket_versioning with status Enabled " +
    "(PrivateBucket does). To keep the data bucket unversioned, set fsx.dataRepository.versioning: false and " +
    "suppress this rule for aws_s3_bucket.data_repository with the reason.",
  check: (ctx) => {
    const data = new Set(dataBuckets(ctx.index).map((b) => b.address));
    return ctx.index.resources("aws_s3_bucket").flatMap((bucket) => {
      const statuses = companionsOf(ctx.index, bucket, "aws_s3_bucket_versioning").flatMap((v) =>
        asList(v.body.versioning_configuration).map((c) => c.status),
      );
      // Versioning resources of one bucket overwrite each other on every apply: each must say Enabled.
      if (statuses.length > 0 && statuses.every((s) => s === "Enabled")) return [];
      // The deprecated inline block of aws_s3_bucket, when no versioning resource overrides it.
      if (statuses.length === 0 && asList(bucket.body.versioning).some((v) => isTrue(v.enabled))) return [];
      const got =
        statuses.length > 1
          ? `versioning status is ${JSON.stringify(statuses)} from ${statuses.length} aws_s3_bucket_versioning that overwrite each other`
          : statuses.length
            ? `versioning status is ${JSON.stringify(statuses)}`
            : "has no aws_s3_bucket_versioning";
      const optedOut = ctx.dataVersioningOptOut && data.has(bucket.address);
      return [
        optedOut
          ? makeFinding(
              s3Versioning,
              bucket,
              `${got}: fsx.dataRepository.versioning is false, so deleted or overwritten data cannot be recovered; suppress with the reason`,
              "WARNING",
            )
          : makeFinding(s3Versioning, bucket, `${got}; Enabled is required`),
      ];
    });
  },
};

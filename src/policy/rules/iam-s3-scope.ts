import { escapeRegExp } from "../../text";
import { policySources, statementLabel } from "../readers/iam";
import { makeFinding, type PolicyContext, type PolicyRule } from "../rule";

const NAME = "([A-Za-z_][A-Za-z0-9_-]*)";
const BY_ARN = new RegExp(`^\\$\\{aws_s3_bucket\\.${NAME}\\.arn\\}(?:/.*)?$`);
const BY_NAME = new RegExp(`^arn:[^:]+:s3:::\\$\\{aws_s3_bucket\\.${NAME}\\.(?:bucket|id)\\}(?:/.*)?$`);

/** Whether an S3 resource ARN lies in a bucket of the stack or a named existing bucket. */
export function isProjectBucketResource(ctx: PolicyContext, resource: string): boolean {
  const buckets = ctx.index.resources("aws_s3_bucket");
  const ref = BY_ARN.exec(resource) ?? BY_NAME.exec(resource);
  if (ref) return buckets.some((b) => b.name === ref[1]);
  const literalNames = [
    ...ctx.existingBuckets,
    ...buckets.map((b) => b.body.bucket).filter((n): n is string => typeof n === "string" && !n.includes("${")),
  ];
  return literalNames.some((n) => new RegExp(`^arn:[^:]+:s3:::${escapeRegExp(n)}(?:/.*)?$`).test(resource));
}

/** S3 permissions only on the project's buckets. */
export const iamS3Scope: PolicyRule = {
  id: "POL-IAM-S3-SCOPE",
  level: "ERROR",
  summary:
    "S3 actions are Allowed only on the project's buckets (the stack's aws_s3_bucket or the configured existing bucket)",
  explanation:
    "The nodes need the lifecycle script bucket and the data bucket; any other bucket of the account is none of " +
    "their business (the original's AmazonS3ReadOnlyAccess read them all). Use ${aws_s3_bucket.<name>.arn} " +
    "(and .../*) of the stack's buckets, or arn:aws:s3:::<bucket> of fsx.dataRepository.existingBucket.",
  check: (ctx) =>
    policySources(ctx.index).flatMap((source) =>
      (source.statements ?? []).flatMap((s, i) => {
        if (s.effect !== "Allow" || s.resources === undefined) return [];
        const s3 = s.notAction ? [] : s.actions.filter((a) => a.toLowerCase().startsWith("s3:"));
        if (s3.length === 0) return [];
        const where = statementLabel(source, i);
        if (s.notResource) {
          return [
            makeFinding(
              iamS3Scope,
              source.block,
              `${where} Allows ${s3.join(", ")} on NotResource ${JSON.stringify(s.resources)}`,
            ),
          ];
        }
        const outside = s.resources.filter((r) => !isProjectBucketResource(ctx, r));
        return outside.length
          ? [
              makeFinding(
                iamS3Scope,
                source.block,
                `${where} Allows ${s3.join(", ")} on ${outside.map((r) => JSON.stringify(r)).join(", ")}, outside the project's buckets`,
              ),
            ]
          : [];
      }),
    ),
};

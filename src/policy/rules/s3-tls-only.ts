import { policyStatements, type Statement, sameAction } from "../readers/iam";
import { companionsOf } from "../readers/s3";
import { makeFinding, type PolicyRule } from "../rule";

/** `Bool` or `BoolIfExists` on `aws:SecureTransport` with the value false: the test that marks plain HTTP. */
function isInsecureTransportTest(c: Statement["conditions"][number]): boolean {
  return (
    (c.test === "Bool" || c.test === "BoolIfExists") &&
    c.variable.toLowerCase() === "aws:securetransport" &&
    c.values.length > 0 &&
    c.values.every((v) => v.toLowerCase() === "false")
  );
}

/**
 * A Deny of every S3 action for every principal when `aws:SecureTransport` is
 * false, and nothing else: another condition key (say `aws:SourceVpc`), a
 * `NotResource`, a `NotAction` or a `NotPrincipal` narrows the Deny to some requests, and plain
 * HTTP stays allowed for the rest.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */
export function deniesInsecureTransport(s: Statement): boolean {
  if (s.effect !== "Deny" || s.notAction || s.notResource || s.notPrincipal) return false;
  if (!s.actions.some((a) => a === "*" || sameAction(a, "s3:*"))) return false;
  const everyone =
    s.principals === undefined || s.principals.some((p) => p.type === "*" || p.identifiers.includes("*"));
  if (!everyone) return false;
  return s.conditions.length > 0 && s.conditions.every(isInsecureTransportTest);
}

/** Every bucket's policy denies requests that do not use TLS. */
export const s3TlsOnly: PolicyRule = {
  id: "POL-S3-TLS-ONLY",
  level: "ERROR",
  summary:
    "Every S3 bucket has a bucket policy that denies requests without TLS: a Deny of `s3:*` for every principal on `aws:SecureTransport` = false (`Bool` or `BoolIfExists`) that no other condition, `NotAction`, `NotResource` or `NotPrincipal` narrows",
  explanation:
    "Nodes fetch lifecycle scripts and FSx moves data over S3; without a Deny on aws:SecureTransport = false, " +
    "plain-HTTP requests are accepted. Attach an aws_s3_bucket_policy whose policy (a data.aws_iam_policy_document " +
    "or JSON) has a Deny of s3:* for every principal with condition Bool aws:SecureTransport = false and no other " +
    "condition, NotAction, NotResource or NotPrincipal that narrows it.",
  check: (ctx) =>
    ctx.index.resources("aws_s3_bucket").flatMap((bucket) => {
      const policies = companionsOf(ctx.index, bucket, "aws_s3_bucket_policy");
      if (policies.length === 0) return [makeFinding(s3TlsOnly, bucket, "has no aws_s3_bucket_policy")];
      const values = policies.map((p) => ({ p, statements: policyStatements(ctx.index, p.body.policy) }));
      if (values.some(({ statements }) => statements?.some(deniesInsecureTransport))) return [];
      const computed = values.filter(({ statements }) => statements === undefined).map(({ p }) => p.address);
      const why = computed.length
        ? `the policy of ${computed.join(", ")} is computed by Terraform and cannot be checked, and no other policy`
        : `no statement of ${policies.map((p) => p.address).join(", ")}`;
      return [makeFinding(s3TlsOnly, bucket, `${why} denies s3:* when aws:SecureTransport is false`)];
    }),
};

import { isAccountRoot, isKeyPolicy, policySources, type Statement, statementLabel } from "../readers/iam";
import { makeFinding, type PolicyRule } from "../rule";

/**
 * `*`, or `<service>:*` whatever the service part is (`s3:*`, `${var.service}:*`, `*:*`): an action whose
 * name part is `*` grants every action of the services it names.
 */
export function isWildcardAction(action: string): boolean {
  return action === "*" || action.endsWith(":*");
}

/**
 * The default statement of a KMS key policy: `kms:*` for the account root
 * only, which lets the account's IAM policies grant use of the key (without
 * it, no IAM policy can). It grants nothing by itself.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 */
function isKeyPolicyIamDelegation(s: Statement): boolean {
  return (
    s.actions.every((a) => a.toLowerCase() === "kms:*") &&
    s.conditions.length === 0 &&
    s.principals !== undefined &&
    s.principals.length > 0 &&
    s.principals.every((p) => p.type === "AWS" && p.identifiers.length > 0 && p.identifiers.every(isAccountRoot))
  );
}

/** No Allow grants every action, or every action of a service. */
export const iamWildcardAction: PolicyRule = {
  id: "POL-IAM-WILDCARD-ACTION",
  level: "ERROR",
  summary: 'No policy Allows action "*" or "<service>:*", or uses NotAction in an Allow',
  explanation:
    "A wildcard action grants every present and future permission of a service (s3:* includes DeleteBucket and " +
    "PutBucketPolicy). List the actions the nodes need. Deny statements may use wildcards: they only take " +
    "permissions away (the TLS-only bucket policies deny s3:*). A KMS key policy may Allow kms:* to the account " +
    "root alone: AWS's default statement that lets IAM policies grant the key.",
  check: (ctx) =>
    policySources(ctx.index).flatMap((source) =>
      (source.statements ?? []).flatMap((s, i) => {
        if (s.effect !== "Allow") return [];
        if (!s.notAction && isKeyPolicyIamDelegation(s) && isKeyPolicy(ctx.index, source)) return [];
        const where = statementLabel(source, i);
        if (s.notAction) {
          return [
            makeFinding(
              iamWildcardAction,
              source.block,
              `${where} Allows NotAction ${JSON.stringify(s.actions)}, i.e. every other action`,
            ),
          ];
        }
        const wild = s.actions.filter(isWildcardAction);
        return wild.length
          ? [
              makeFinding(
                iamWildcardAction,
                source.block,
                `${where} Allows ${wild.map((a) => JSON.stringify(a)).join(", ")}`,
              ),
            ]
          : [];
      }),
    ),
};

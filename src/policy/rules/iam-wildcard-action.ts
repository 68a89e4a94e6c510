import { policySources, statementLabel } from "../readers/iam";
import { makeFinding, type PolicyRule } from "../rule";

/** `*` or `<service>:*`. */
export function isWildcardAction(action: string): boolean {
  return action === "*" || /^[A-Za-z0-9-]+:\*$/.test(action);
}

/** No Allow grants every action, or every action of a service. */
export const iamWildcardAction: PolicyRule = {
  id: "POL-IAM-WILDCARD-ACTION",
  level: "ERROR",
  summary: 'No policy Allows action "*" or "<service>:*", or uses NotAction in an Allow',
  explanation:
    "A wildcard action grants every present and future permission of a service (s3:* includes DeleteBucket and " +
    "PutBucketPolicy). List the actions the nodes need. Deny statements may use wildcards: they only take " +
    "permissions away (the TLS-only bucket policies deny s3:*).",
  check: (ctx) =>
    policySources(ctx.index).flatMap((source) =>
      (source.statements ?? []).flatMap((s, i) => {
        if (s.effect !== "Allow") return [];
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

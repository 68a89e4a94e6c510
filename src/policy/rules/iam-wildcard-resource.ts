import { isKeyPolicy, policySources, sameAction, statementLabel } from "../readers/iam";
import { makeFinding, type PolicyRule } from "../rule";

/** Resource `*` only for the network interface actions that take no resource ARN. */
export const iamWildcardResource: PolicyRule = {
  id: "POL-IAM-WILDCARD-RESOURCE",
  level: "ERROR",
  summary: 'An Allow on resource "*" (or NotResource) grants only the documented VPC network interface actions',
  explanation:
    'Resource "*" applies an action to every resource of the account. Only the EC2 network interface actions ' +
    "HyperPod needs in a customer VPC (VPC_INTERFACE_ACTIONS in src/aws/hyperpod.ts) take no resource " +
    'ARN; scope every other action to ARNs. In a KMS key policy "*" is the key itself, so key policies are not judged here.',
  check: (ctx) =>
    policySources(ctx.index)
      .filter((source) => !isKeyPolicy(ctx.index, source))
      .flatMap((source) =>
        (source.statements ?? []).flatMap((s, i) => {
          if (s.effect !== "Allow" || s.resources === undefined) return [];
          const where = statementLabel(source, i);
          if (s.notResource) {
            return [
              makeFinding(
                iamWildcardResource,
                source.block,
                `${where} Allows on NotResource ${JSON.stringify(s.resources)}, i.e. on every other resource`,
              ),
            ];
          }
          if (!s.resources.includes("*")) return [];
          const extra = s.notAction
            ? [`NotAction ${JSON.stringify(s.actions)}`]
            : s.actions.filter((a) => !ctx.wildcardResourceActions.some((ok) => sameAction(ok, a)));
          return extra.length
            ? [
                makeFinding(
                  iamWildcardResource,
                  source.block,
                  `${where} Allows ${extra.join(", ")} on resource "*"; only ${ctx.wildcardResourceActions.join(", ")} may be`,
                ),
              ]
            : [];
        }),
      ),
};

import { makeFinding, type PolicyRule } from "../rule";
import { asList, type TfBlock } from "../terraform-index";

const RULE_TYPES = [
  "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule",
  "aws_security_group_rule",
];

const described = (v: unknown) => typeof v === "string" && v.trim() !== "";

/**
 * Every security group rule says what it allows and why (Checkov
 * CKV_AWS_23). Only rules: a group's own description cannot change in place
 * (a new one replaces the group and what names it, the file system too).
 *
 * @see https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
export const sgRuleDescription: PolicyRule = {
  id: "POL-SG-RULE-DESCRIPTION",
  level: "WARNING",
  summary: "Every security group rule (separate or inline) has a description",
  explanation:
    "A reviewer cannot tell an intended opening from a leftover without the reason next to it. Set description " +
    "on the rule; it changes in place. Do not edit a group's own description to compensate: that replaces the " +
    "group.",
  check: (ctx) => {
    const separate = RULE_TYPES.flatMap((t) => ctx.index.resources(t))
      .filter((r) => !described(r.body.description))
      .map((r) => makeFinding(sgRuleDescription, r, "has no description"));
    const inline = ctx.index.resources("aws_security_group").flatMap((g: TfBlock) =>
      (["ingress", "egress"] as const).flatMap((dir) =>
        asList(g.body[dir])
          .map((r, i) => ({ r, i }))
          .filter(({ r }) => !described(r.description))
          .map(({ i }) => makeFinding(sgRuleDescription, g, `${dir}[${i}] has no description`)),
      ),
    );
    return [...separate, ...inline];
  },
};

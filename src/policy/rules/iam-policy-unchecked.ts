import { policySources } from "../readers/iam";
import { makeFinding, type PolicyRule } from "../rule";

/** Policies the pack cannot read are reported, not silently passed. */
export const iamPolicyUnchecked: PolicyRule = {
  id: "POL-IAM-POLICY-UNCHECKED",
  level: "WARNING",
  summary: "Every policy is a data.aws_iam_policy_document or literal JSON, so that the IAM rules can check it",
  explanation:
    "A policy Terraform computes at apply time (jsonencode(...), file(...), a variable) cannot be checked at " +
    "synth, so the IAM and TLS rules do not see its statements. Build it with a data.aws_iam_policy_document.",
  check: (ctx) =>
    // A source has an expression exactly when its statements could not be read.
    policySources(ctx.index).flatMap((s) =>
      s.expression === undefined
        ? []
        : [
            makeFinding(
              iamPolicyUnchecked,
              s.block,
              `${s.attribute} is computed by Terraform (${s.expression.slice(0, 120)}) and was not checked`,
            ),
          ],
    ),
};

import { hasValidReason, MIN_REASON_LENGTH } from "../../config/suppressions";
import { isReviewCode } from "../../review/codes";
import { makeFinding, type PolicyContext, type PolicyRule, stackSite } from "../rule";
import type { PolicySuppression } from "../suppress";

/**
 * Configuration suppressions also name configuration check codes and change
 * review codes (REV-*); only the policy's are read here. A REV- id that is no
 * review code counts as the policy's, so that POL-SUPPRESSION-UNKNOWN reports it.
 */
export function isPolicySuppression(s: PolicySuppression): boolean {
  if (s.source === "config" && isReviewCode(s.id)) return false;
  return s.source === "code" || s.id.startsWith("POL-") || s.id.startsWith("REV-");
}

export function suppressionSite(ctx: PolicyContext, s: PolicySuppression) {
  return s.source === "code" ? { path: s.declaredAt, address: null } : stackSite(ctx);
}

export function describeSuppression(s: PolicySuppression): string {
  return s.source === "code" ? `suppressPolicy(${s.id}) on ${s.declaredAt}` : `configuration ${s.declaredAt} (${s.id})`;
}

/**
 * An in-code suppression must say why. The reasons of configuration
 * suppressions are the configuration loader's to judge
 * (CONFIG_SUPPRESSION_REASON): a file with a short one never reaches synth.
 */
export const suppressionReason: PolicyRule = {
  id: "POL-SUPPRESSION-REASON",
  level: "ERROR",
  summary: `Every suppressPolicy() call in code gives a reason of at least ${MIN_REASON_LENGTH} characters`,
  explanation:
    "A suppression accepts a risk on the reviewers' behalf; the reason is what they review. A suppression " +
    "without one suppresses nothing. Suppressions in the configuration file are checked when it is loaded " +
    "(CONFIG_SUPPRESSION_REASON). This finding cannot itself be suppressed.",
  check: (ctx) =>
    ctx.suppressions
      .filter((s) => s.source === "code" && !hasValidReason(s))
      .map((s) =>
        makeFinding(
          suppressionReason,
          suppressionSite(ctx, s),
          `${describeSuppression(s)} needs a reason of at least ${MIN_REASON_LENGTH} characters, got ${JSON.stringify(s.reason)}; it suppresses nothing`,
        ),
      ),
};

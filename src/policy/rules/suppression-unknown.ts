import { isReviewCode, REVIEW_CODE_IDS } from "../../review/codes";
import { didYouMean } from "../../text";
import { makeFinding, type PolicyRule } from "../rule";
import { describeSuppression, isPolicySuppression, suppressionSite } from "./suppression-reason";

/** A suppression names a rule that exists. */
export const suppressionUnknown: PolicyRule = {
  id: "POL-SUPPRESSION-UNKNOWN",
  level: "WARNING",
  summary: "Every policy suppression names a rule of the pack",
  explanation:
    "A misspelt rule id suppresses nothing, and the finding it was meant for fails synth (or blocks the change " +
    "review). Use an id from the rule table or the review code table. This finding cannot itself be suppressed.",
  check: (ctx) =>
    ctx.suppressions
      .filter((s) => isPolicySuppression(s) && !ctx.ruleIds.includes(s.id))
      .map((s) =>
        makeFinding(
          suppressionUnknown,
          suppressionSite(ctx, s),
          // The change review reads the configuration's suppressions only.
          isReviewCode(s.id)
            ? `${describeSuppression(s)} names a change review code, which only the configuration's suppressions acknowledge`
            : `${describeSuppression(s)} names no policy rule or change review code${didYouMean(s.id, [...ctx.ruleIds, ...REVIEW_CODE_IDS])}`,
        ),
      ),
};

/**
 * Suppressions of configuration findings: the rule every suppression's
 * reason must meet (the policy pack applies the same one to its own), the
 * findings about suppressions that do not meet it, and matching findings
 * to suppressions.
 */
import { didYouMean } from "../text";
import { error, type Finding, type ReportedFinding, warning } from "./findings";
import type { ResolvedCluster } from "./resolve";

/** Shortest reason (trimmed) a suppression must give, for check codes and policy rules alike. */
export const MIN_REASON_LENGTH = 10;

/** Whether a suppression explains itself well enough to take effect. */
export function hasValidReason(s: { readonly reason: string }): boolean {
  return s.reason.trim().length >= MIN_REASON_LENGTH;
}

/** CONFIG_SUPPRESSION_REASON for each suppression of `c` whose reason is too short; paths start with `prefix`. */
export function suppressionFindings(c: ResolvedCluster, prefix: string): Finding[] {
  return c.suppressions.flatMap((s, i) =>
    !hasValidReason(s)
      ? [
          error(
            "CONFIG_SUPPRESSION_REASON",
            `${prefix}suppressions[${i}].reason`,
            `must explain why ${s.id} is suppressed in at least ${MIN_REASON_LENGTH} characters, got ${JSON.stringify(s.reason)}`,
          ),
        ]
      : [],
  );
}

/** Ids the policy pack (POL-) and the change review (REV-) judge; every other id must be a check code. */
const OTHER_JUDGES = /^(POL|REV)-/;

/**
 * CONFIG_SUPPRESSION_UNKNOWN for each suppression of `c` that names no check
 * code: it would silence nothing. Says which code is close, if one is.
 */
export function unknownSuppressionFindings(c: ResolvedCluster, prefix: string, codes: readonly string[]): Finding[] {
  return c.suppressions.flatMap((s, i) =>
    OTHER_JUDGES.test(s.id) || codes.includes(s.id)
      ? []
      : [
          warning(
            "CONFIG_SUPPRESSION_UNKNOWN",
            `${prefix}suppressions[${i}].id`,
            `names no check code, got ${JSON.stringify(s.id)}, so it suppresses nothing${didYouMean(s.id, codes) || "; policy rule ids start with POL-, change review codes with REV-"}`,
          ),
        ],
  );
}

export function applySuppressions(c: ResolvedCluster, findings: Finding[]): ReportedFinding[] {
  return findings.map((f) => {
    const s = c.suppressions.find(
      (x) =>
        x.id === f.code &&
        hasValidReason(x) &&
        (x.resource === undefined ||
          f.path === x.resource ||
          f.path.startsWith(`${x.resource}.`) ||
          f.path.startsWith(`${x.resource}[`)),
    );
    return s ? { ...f, suppressedBy: s.reason } : f;
  });
}

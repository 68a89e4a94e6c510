/**
 * Suppressions of policy findings, in code and in the configuration.
 *
 * In code, `suppressPolicy(construct, ruleId, reason)` suppresses the rule's
 * findings on the construct and everything below it: on a resource's
 * construct for that resource, on the stack for the whole stack.
 *
 * In the configuration (`suppressions: [{id, reason, resource?}]`), a
 * suppression without `resource` applies to the whole stack; with it, to the
 * findings whose Terraform address equals `resource`
 * (`aws_s3_bucket.data_repository`) or whose construct path starts with it,
 * at a path boundary (`hyperpod/storage` matches `hyperpod/storage/data/...`
 * but not `hyperpod/storage2`; a path without the stack's id is read
 * relative to the stack).
 *
 * Either way a suppression needs a reason of at least 10 characters
 * (trimmed); one without suppresses nothing and is itself an ERROR, reported
 * once: by the configuration loader (CONFIG_SUPPRESSION_REASON) for the file,
 * by the pack (POL-SUPPRESSION-REASON) for code. Suppressed findings stay in `policy-report.json` with
 * their reason and do not fail synth.
 */
import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { hasValidReason } from "../config/suppressions";
import type { PolicyFinding } from "./rule";

/** A suppression as the configuration file writes it. */
export interface ConfigSuppression {
  readonly id: string;
  readonly reason: string;
  readonly resource?: string;
}

/** A suppression in effect for a stack, from either origin. */
export interface PolicySuppression {
  /** Rule id it suppresses. */
  readonly id: string;
  readonly reason: string;
  readonly source: "code" | "config";
  /**
   * code: the construct path it applies under ("" for the whole app).
   * config: the `resource` it names; undefined or "" for the whole stack.
   */
  readonly resource?: string;
  /** Where it is declared: a construct path (code) or `suppressions[<i>]` (config). */
  readonly declaredAt: string;
}

interface StoredSuppression {
  readonly id: string;
  readonly reason: string;
}

// A global symbol, so that two copies of this module still see each other's suppressions.
const SUPPRESSIONS = Symbol.for("hyperpod/policy-suppressions");

/**
 * Suppresses `ruleId` on `construct` and every construct below it. `reason`
 * says why the finding is acceptable; shorter than 10 characters, it is
 * reported as POL-SUPPRESSION-REASON and suppresses nothing.
 */
export function suppressPolicy(construct: IConstruct, ruleId: string, reason: string): void {
  const holder = construct as unknown as { [SUPPRESSIONS]?: StoredSuppression[] };
  if (!holder[SUPPRESSIONS]) {
    // Not enumerable, as defineProperty leaves it: nothing that copies or compares constructs sees it.
    Object.defineProperty(holder, SUPPRESSIONS, { value: [] });
  }
  holder[SUPPRESSIONS]!.push({ id: String(ruleId), reason: typeof reason === "string" ? reason : "" });
}

function storedOn(construct: IConstruct): StoredSuppression[] {
  return (construct as unknown as { [SUPPRESSIONS]?: StoredSuppression[] })[SUPPRESSIONS] ?? [];
}

/**
 * The in-code suppressions that can apply to `stack`: on its ancestors (the
 * app), on the stack, and on its constructs (not those of nested stacks).
 */
export function codeSuppressions(stack: TerraformStack): PolicySuppression[] {
  const constructs: IConstruct[] = [...stack.node.scopes.slice(0, -1)];
  const walk = (c: IConstruct) => {
    constructs.push(c);
    for (const child of c.node.children) if (!TerraformStack.isStack(child)) walk(child);
  };
  walk(stack);
  return constructs.flatMap((c) =>
    storedOn(c).map((s) => ({
      id: s.id,
      reason: s.reason,
      source: "code" as const,
      resource: c.node.path,
      declaredAt: c.node.path,
    })),
  );
}

export function configSuppressions(list: readonly ConfigSuppression[]): PolicySuppression[] {
  return list.map((s, i) => ({
    id: s.id,
    reason: typeof s.reason === "string" ? s.reason : "",
    source: "config" as const,
    resource: s.resource,
    declaredAt: `suppressions[${i}]`,
  }));
}

/** `path` is `prefix` or lies below it. */
function under(path: string, prefix: string): boolean {
  return prefix === "" || path === prefix || path.startsWith(`${prefix}/`);
}

/** Whether `s` covers `finding` (ids equal, reason aside). */
export function suppressionCovers(s: PolicySuppression, finding: PolicyFinding, stackPath: string): boolean {
  if (s.id !== finding.ruleId) return false;
  if (s.resource === undefined) return true; // An empty resource covers everything below as well: under(x, "").
  if (s.source === "code") return under(finding.resource, s.resource);
  const r = s.resource.replace(/\/+$/, "");
  return finding.address === r || under(finding.resource, r) || under(finding.resource, `${stackPath}/${r}`);
}

/** The first suppression with a valid reason that covers the finding. */
export function findSuppression(
  finding: PolicyFinding,
  suppressions: readonly PolicySuppression[],
  stackPath: string,
): PolicySuppression | undefined {
  return suppressions.find((s) => hasValidReason(s) && suppressionCovers(s, finding, stackPath));
}

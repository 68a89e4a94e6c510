/**
 * The policy pack: a cdktf Aspect (like cdk-nag's packs) that checks what a
 * stack synthesizes and refuses an insecure or data-losing one.
 *
 * On the stack it resolves every Terraform element once, indexes the blocks
 * by type and name with their construct paths, runs every rule, turns each
 * finding into an annotation on the construct it is about (ERROR: synth
 * fails; WARNING: recorded in the manifest; suppressed: info) and writes
 * `policy-report.json` next to the stack's `cdk.tf.json`.
 *
 * Add it to each stack (cdktf runs aspects from the stack down, so an
 * aspect on the app never runs), and last: aspects run in the order they
 * were added, and the pack reads the stack as it is when visited.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  Annotations,
  App,
  DefaultTokenResolver,
  type IAspect,
  Manifest,
  StringConcat,
  TerraformElement,
  TerraformStack,
  Tokenization,
} from "cdktf";
import type { IConstruct } from "constructs";
import { VPC_INTERFACE_ACTIONS } from "../aws/hyperpod";
import type { SecurityMode } from "../constructs/security-groups";
import type { PolicyContext, PolicyFinding, PolicyLevel, PolicyRule } from "./rule";
import { POLICY_RULES, UNSUPPRESSIBLE_RULES } from "./rules";
import {
  type ConfigSuppression,
  codeSuppressions,
  configSuppressions,
  findSuppression,
  type PolicySuppression,
} from "./suppress";
import { type ElementFragment, indexFragments, type TerraformIndex } from "./terraform-index";

/** Name of the report in `<outdir>/stacks/<stack id>/`. */
export const POLICY_REPORT_FILE = "policy-report.json";

/** One row of `policy-report.json`: one finding. */
export interface PolicyReportRow {
  readonly rule: string;
  /** Construct path. */
  readonly resource: string;
  /** Terraform address, or null for stack-wide findings. */
  readonly address: string | null;
  readonly level: PolicyLevel;
  readonly finding: string;
  /** Reason of the suppression that covers it, or null. */
  readonly suppressed: string | null;
}

export interface PolicyPackProps {
  /**
   * How the security groups are built (`ResolvedCluster.securityMode`): efa
   * requires the cluster group's all-traffic self rules.
   * @default "efa"
   */
  readonly securityMode?: SecurityMode;
  /**
   * Tags every taggable resource must carry with these values
   * (`ResolvedCluster.tags`).
   * @default {} (no tag requirement)
   */
  readonly requiredTags?: Readonly<Record<string, string>>;
  /**
   * The configuration set `fsx.dataRepository.forceDestroy: true`, so the data
   * bucket may have `force_destroy`.
   * @default false
   */
  readonly allowForceDestroy?: boolean;
  /**
   * The configuration set `fsx.dataRepository.versioning: false`, so an
   * unversioned data bucket is a WARNING (suppressible with the reason)
   * instead of an ERROR.
   * @default false
   */
  readonly dataVersioningOptOut?: boolean;
  /**
   * Suppressions from the configuration (`ResolvedCluster.suppressions`):
   * without `resource` for the whole stack, else for the findings whose
   * address equals it or whose construct path starts with it. Entries whose
   * id is not a policy rule (configuration check codes) are ignored.
   * @default []
   */
  readonly suppressions?: readonly ConfigSuppression[];
  /**
   * Buckets outside the stack that policies may grant S3 access to
   * (`fsx.dataRepository.existingBucket`).
   * @default []
   */
  readonly existingBuckets?: readonly string[];
  /**
   * The stack is a production environment (`ResolvedCluster.production`):
   * databases need deletion protection and a final snapshot.
   * @default false
   */
  readonly production?: boolean;
  /**
   * Secrets outside the stack that policies may grant read access to
   * (`accounting.secretArn` of mode external).
   * @default []
   */
  readonly accountingSecretArns?: readonly string[];
  /**
   * Actions an Allow statement may grant on resource `*`.
   * @default VPC_INTERFACE_ACTIONS (src/aws/hyperpod.ts)
   */
  readonly wildcardResourceActions?: readonly string[];
  /**
   * The rules to run.
   * @default POLICY_RULES
   */
  readonly rules?: readonly PolicyRule[];
  /**
   * File name of the report in the stack's output folder, or false for none.
   * @default "policy-report.json"
   */
  readonly reportFile?: string | false;
}

/** A finding of the evaluation, with the suppression that covers it. */
export interface EvaluatedFinding extends PolicyFinding {
  readonly suppressedBy?: PolicySuppression;
}

export interface PolicyEvaluation {
  readonly index: TerraformIndex;
  readonly context: PolicyContext;
  readonly findings: readonly EvaluatedFinding[];
  readonly rows: readonly PolicyReportRow[];
}

const RESOLVER = new DefaultTokenResolver(new StringConcat());

/** The Terraform elements of a stack, in construct order, without nested stacks. */
function terraformElements(stack: TerraformStack): TerraformElement[] {
  const out: TerraformElement[] = [];
  const walk = (c: IConstruct) => {
    if (TerraformElement.isTerraformElement(c)) out.push(c);
    for (const child of c.node.children) if (!TerraformStack.isStack(child)) walk(child);
  };
  walk(stack);
  return out;
}

function message(f: PolicyFinding): string {
  return f.address ? `${f.ruleId} ${f.address}: ${f.finding}` : `${f.ruleId}: ${f.finding}`;
}

export class PolicyPack implements IAspect {
  public readonly rules: readonly PolicyRule[];
  private readonly props: PolicyPackProps;
  private readonly visited = new WeakSet<TerraformStack>();

  constructor(props: PolicyPackProps = {}) {
    this.props = props;
    this.rules = props.rules ?? POLICY_RULES;
  }

  /** Acts on stacks only, once per stack. */
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.visited.has(node)) return;
    this.visited.add(node);
    const result = this.evaluate(node);
    this.annotate(node, result.findings);
    this.writeReport(node, result.rows);
  }

  /** Runs every rule on the stack as it is now; no annotation, no file. */
  public evaluate(stack: TerraformStack): PolicyEvaluation {
    const fragments: ElementFragment[] = terraformElements(stack).map((e) => ({
      path: e.node.path,
      fragment: Tokenization.resolve(e.toTerraform(), { scope: stack, resolver: RESOLVER, preparing: false }),
      taggable: "tagsInput" in e,
    }));
    const index = indexFragments(stack.node.path, fragments);
    const context: PolicyContext = {
      stackPath: stack.node.path,
      index,
      securityMode: this.props.securityMode ?? "efa",
      requiredTags: this.props.requiredTags ?? {},
      allowForceDestroy: this.props.allowForceDestroy ?? false,
      dataVersioningOptOut: this.props.dataVersioningOptOut ?? false,
      existingBuckets: this.props.existingBuckets ?? [],
      production: this.props.production ?? false,
      accountingSecretArns: this.props.accountingSecretArns ?? [],
      wildcardResourceActions: this.props.wildcardResourceActions ?? VPC_INTERFACE_ACTIONS,
      suppressions: [...configSuppressions(this.props.suppressions ?? []), ...codeSuppressions(stack)],
      ruleIds: this.rules.map((r) => r.id),
    };

    const findings: EvaluatedFinding[] = [];
    for (const rule of this.rules) {
      for (const f of runRule(rule, context)) {
        const suppressedBy = UNSUPPRESSIBLE_RULES.includes(f.ruleId)
          ? undefined
          : findSuppression(f, context.suppressions, context.stackPath);
        findings.push(suppressedBy ? { ...f, suppressedBy } : f);
      }
    }
    const rows = findings.map((f) => ({
      rule: f.ruleId,
      resource: f.resource,
      address: f.address,
      level: f.level,
      finding: f.finding,
      suppressed: f.suppressedBy?.reason ?? null,
    }));
    return { index, context, findings, rows };
  }

  private annotate(stack: TerraformStack, findings: readonly EvaluatedFinding[]): void {
    // Only annotations inside the stack reach its manifest (and fail its synth).
    const byPath = new Map<string, IConstruct>();
    const walk = (c: IConstruct) => {
      byPath.set(c.node.path, c);
      for (const child of c.node.children) if (!TerraformStack.isStack(child)) walk(child);
    };
    walk(stack);
    const explanation = new Map(this.rules.map((r) => [r.id, r.explanation]));
    for (const f of findings) {
      const target = Annotations.of(byPath.get(f.resource) ?? stack);
      const text = message(f);
      // Every finding comes from one of this.rules (runRule sets its ruleId), so the lookup always succeeds.
      const explained = `${text}. ${explanation.get(f.ruleId) ?? ""}`.trim();
      if (f.suppressedBy) target.addInfo(`${text} (suppressed: ${f.suppressedBy.reason})`);
      else if (f.level === "ERROR") target.addError(explained);
      else target.addWarning(explained);
    }
  }

  private writeReport(stack: TerraformStack, rows: readonly PolicyReportRow[]): void {
    const file = this.props.reportFile ?? POLICY_REPORT_FILE;
    if (file === false) return;
    let outdir: string;
    try {
      outdir = App.of(stack).outdir;
    } catch {
      return; // A stack outside an app has no output folder.
    }
    const dir = join(outdir, Manifest.stacksFolder, stack.node.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), `${JSON.stringify(rows, null, 2)}\n`);
  }
}

/** A rule's findings; a rule that throws yields one ERROR finding of that rule instead. */
export function runRule(rule: PolicyRule, ctx: PolicyContext): PolicyFinding[] {
  try {
    const out = rule.check(ctx);
    if (!Array.isArray(out)) throw new Error(`check returned ${out === null ? "null" : typeof out}, not a list`);
    return out.map((f) => ({
      ruleId: rule.id,
      level: f.level === "WARNING" || f.level === "ERROR" ? f.level : rule.level,
      resource: typeof f.resource === "string" ? f.resource : ctx.stackPath,
      address: typeof f.address === "string" ? f.address : null,
      finding: String(f.finding),
    }));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return [
      { ruleId: rule.id, level: "ERROR", resource: ctx.stackPath, address: null, finding: `rule failed: ${why}` },
    ];
  }
}

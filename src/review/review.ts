/**
 * The whole review: every stack of the base and the head, the policy pack's
 * and the configuration's findings compared, and the exit status. Pure.
 */
import { type Acknowledgement, reviewStack } from "./classify";
import { stackDiagram } from "./diagram";
import type { Action, FindingDelta, Review, StackReview, TfJson } from "./model";

/** One row of a stack's policy-report.json. */
export interface PolicyRow {
  readonly rule: string;
  readonly resource?: string;
  readonly address?: string | null;
  readonly level: string;
  readonly finding: string;
  readonly suppressed?: unknown;
}

export interface SynthOutput {
  /** Stack name → synthesized cdk.tf.json. */
  readonly stacks: Record<string, TfJson>;
  /** Stack name → its policy-report.json rows. */
  readonly policy?: Record<string, readonly PolicyRow[]>;
  /** Stack name → digests of the files under its `assets/` folder (path relative to the stack folder). */
  readonly assets?: Record<string, Record<string, string>>;
  /** Configuration findings the synth printed (one per line). */
  readonly configFindings?: readonly string[];
  readonly label: string;
}

export interface ReviewOptions {
  /** Stack name → the head configuration's suppressions. */
  readonly acknowledgements?: Record<string, readonly Acknowledgement[]>;
  readonly validReason?: (s: { reason: string }) => boolean;
}

const policyLine = (r: PolicyRow) => `${r.level} ${r.rule} ${r.address ?? r.resource ?? ""}: ${r.finding}`;

/** Lines in `head` and not in `base` (new), and the other way round (resolved). */
export function delta(base: readonly string[] | undefined, head: readonly string[] | undefined): FindingDelta {
  const b = new Set(base ?? []);
  const h = new Set(head ?? []);
  return { new: [...h].filter((x) => !b.has(x)), resolved: [...b].filter((x) => !h.has(x)) };
}

export function review(base: SynthOutput, head: SynthOutput, options: ReviewOptions = {}): Review {
  const names = [...new Set([...Object.keys(head.stacks), ...Object.keys(base.stacks)])];
  const stacks: StackReview[] = names.map((name) => {
    const s = reviewStack(name, base.stacks[name], head.stacks[name], {
      acknowledgements: options.acknowledgements?.[name],
      validReason: options.validReason,
      assets: { base: base.assets?.[name] ?? {}, head: head.assets?.[name] ?? {} },
    });
    const actions = new Map<string, Action>(s.resources.map((r) => [r.address, r.action]));
    const unsuppressed = (rows?: readonly PolicyRow[]) => rows?.filter((r) => !r.suppressed).map(policyLine);
    return {
      ...s,
      policy: delta(unsuppressed(base.policy?.[name]), unsuppressed(head.policy?.[name])),
      diagram: stackDiagram(head.stacks[name] ?? base.stacks[name], actions),
    };
  });
  const all = stacks.flatMap((s) => s.findings);
  const blocking = all.filter((f) => f.blocking).length;
  return {
    version: 1,
    base: { label: base.label },
    head: { label: head.label },
    stacks,
    configWarnings: delta(base.configFindings, head.configFindings),
    summary: {
      changed: stacks.some((s) => s.status !== "unchanged"),
      blocking,
      acknowledged: all.filter((f) => f.acknowledged).length,
      warnings: all.filter((f) => !f.blocking && !f.acknowledged).length,
    },
    exitCode: blocking > 0 ? 3 : 0,
  };
}

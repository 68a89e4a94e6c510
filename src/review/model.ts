/** The shapes the change review produces (review.json is a `Review`). */
import type { ImpactClass } from "../aws/change-impact";

export type TfJson = Record<string, any>;

/** What the apply does to one resource. */
export type Action = "create" | "destroy" | "replace" | "update" | "cannot-apply" | "no-node-effect";

export const ACTIONS: readonly Action[] = ["create", "destroy", "update", "replace", "cannot-apply", "no-node-effect"];

export const ACTION_LABEL: Readonly<Record<Action, string>> = {
  create: "create",
  destroy: "destroy",
  update: "update in place",
  replace: "replace",
  "cannot-apply": "cannot apply",
  "no-node-effect": "no effect on running nodes",
};

export interface AttributeChange {
  /** `storage_capacity`, `instance_groups[gpu].instance_count`, ... */
  readonly path: string;
  /** Value as written (token references kept), shortened; undefined when absent. */
  readonly old?: string;
  readonly new?: string;
  readonly class: ImpactClass;
  /** Impact table row, or undefined when the table has none (REV-UNCLASSIFIED). */
  readonly rowId?: string;
  readonly dataLoss: boolean;
  readonly consequence: string;
  /** The value is unchanged as written but references something that changes (a cascade). */
  readonly via?: string;
}

export interface ResourceChange {
  /** Terraform address (`aws_fsx_lustre_file_system.this`, `module.vpc`, `provider.aws`). */
  readonly address: string;
  readonly type: string;
  /** Construct path from the synthesized metadata. */
  readonly constructPath?: string;
  readonly action: Action;
  readonly dataLoss: boolean;
  /** One sentence on what happens to data, nodes and jobs. */
  readonly consequence: string;
  readonly attributes: AttributeChange[];
}

export interface ReviewFinding {
  readonly code: string;
  readonly address?: string;
  readonly message: string;
  /** Blocking and not acknowledged. */
  readonly blocking: boolean;
  /** The acknowledging suppression's reason, when one covers it. */
  readonly acknowledged?: string;
  /** What to do instead, when there is a safe way. */
  readonly howTo?: string;
}

export type Counts = Record<Action | "unchanged", number>;

/** A finding of the configuration checks or the policy pack that is new or resolved against the base. */
export interface FindingDelta {
  readonly new: string[];
  readonly resolved: string[];
}

export interface StackReview {
  readonly name: string;
  readonly status: "created" | "destroyed" | "changed" | "unchanged";
  /** `protect` is on (prevent_destroy on the file system, data bucket or cluster). */
  readonly protect: boolean;
  readonly counts: Counts;
  readonly resources: ResourceChange[];
  readonly findings: ReviewFinding[];
  readonly policy: FindingDelta;
  /** Mermaid flowchart of the stack after the change. */
  readonly diagram: string;
}

export interface Review {
  readonly version: 1;
  readonly base: { readonly label: string };
  readonly head: { readonly label: string };
  readonly stacks: StackReview[];
  readonly configWarnings: FindingDelta;
  readonly summary: {
    readonly changed: boolean;
    readonly blocking: number;
    readonly acknowledged: number;
    readonly warnings: number;
  };
  /** 0: nothing blocking; 3: an unacknowledged blocking change. */
  readonly exitCode: 0 | 3;
}

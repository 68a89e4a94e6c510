/**
 * What a policy rule is: the contract every rule file implements, what it
 * sees (`PolicyContext`) and what it returns (`PolicyFinding`).
 *
 * A rule is a pure function of a `PolicyContext`: the stack's Terraform
 * elements, resolved once into the JSON `cdktf synth` writes (references stay
 * as `${aws_s3_bucket.x.arn}` strings), indexed by type and name together
 * with the construct path of each element (`terraform-index.ts`), plus the
 * pack's settings. Rules never touch constructs, so they can be tested on a
 * hand-written index. The shapes several rules read (IAM policies, security
 * group rules, S3 companions) have their readers in `readers/`.
 */
import type { SecurityMode } from "../constructs/security-groups";
import type { PolicySuppression } from "./suppress";
import type { TerraformIndex } from "./terraform-index";

export type PolicyLevel = "ERROR" | "WARNING";

/** One problem a rule found. */
export interface PolicyFinding {
  /** Id of the rule that found it. */
  readonly ruleId: string;
  readonly level: PolicyLevel;
  /** Construct path of the element the finding is about (the stack's path for stack-wide findings). */
  readonly resource: string;
  /** Terraform address (`aws_s3_bucket.data_repository`), or null for stack-wide findings. */
  readonly address: string | null;
  /** What is wrong, in one sentence. */
  readonly finding: string;
}

export interface PolicyRule {
  /** Stable id, what suppressions name: `POL-<AREA>-<WHAT>`. */
  readonly id: string;
  /** Level of its findings (a rule may lower single findings to WARNING, see its summary). */
  readonly level: PolicyLevel;
  /** One line: what the rule requires. */
  readonly summary: string;
  /** Why it matters and how to fix a finding. */
  readonly explanation: string;
  /** Pure: reads the context, returns findings; never throws on purpose. */
  check(ctx: PolicyContext): PolicyFinding[];
}

/** What every rule sees. */
export interface PolicyContext {
  /** Construct path of the stack. */
  readonly stackPath: string;
  readonly index: TerraformIndex;
  /** How the security groups are meant to be built (see `SecurityGroups`). */
  readonly securityMode: SecurityMode;
  /** Tags every taggable resource must carry, with these values. */
  readonly requiredTags: Readonly<Record<string, string>>;
  /** The configuration allows `force_destroy` on the data repository bucket. */
  readonly allowForceDestroy: boolean;
  /** The stack is a production environment (`production: true`). */
  readonly production: boolean;
  /** Secrets outside the stack that policies may grant read access to (`accounting.secretArn`). */
  readonly accountingSecretArns: readonly string[];
  /** The configuration turned versioning of the data repository bucket off (`fsx.dataRepository.versioning: false`). */
  readonly dataVersioningOptOut: boolean;
  /** Names of buckets outside the stack that IAM policies may grant S3 access to. */
  readonly existingBuckets: readonly string[];
  /** Actions an Allow statement may grant on resource `*`. */
  readonly wildcardResourceActions: readonly string[];
  /** Every suppression in effect for the stack (configuration and code). */
  readonly suppressions: readonly PolicySuppression[];
  /** Ids of the rules of the pack. */
  readonly ruleIds: readonly string[];
}

export function makeFinding(
  rule: Pick<PolicyRule, "id" | "level">,
  at: { readonly path: string; readonly address: string | null },
  finding: string,
  level: PolicyLevel = rule.level,
): PolicyFinding {
  return { ruleId: rule.id, level, resource: at.path, address: at.address, finding };
}

/** Where stack-wide findings point. */
export function stackSite(ctx: PolicyContext): { path: string; address: null } {
  return { path: ctx.stackPath, address: null };
}

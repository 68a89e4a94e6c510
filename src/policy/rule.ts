/**
 * What a policy rule is and what it reads.
 *
 * A rule is a pure function of a `PolicyContext`: the stack's Terraform
 * elements, resolved once into the JSON `cdktf synth` writes (references stay
 * as `${aws_s3_bucket.x.arn}` strings), indexed by type and name together
 * with the construct path of each element, plus the pack's settings. Rules
 * never touch constructs, so they can be tested on a hand-written index.
 *
 * The helpers below read the few shapes several rules share: references,
 * nested blocks, IAM policy statements and security group rules.
 */
import type { SecurityMode } from "../constructs/security-groups";
import type { PolicySuppression } from "./suppress";

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
  /** Names of buckets outside the stack that IAM policies may grant S3 access to. */
  readonly existingBuckets: readonly string[];
  /** Actions an Allow statement may grant on resource `*`. */
  readonly wildcardResourceActions: readonly string[];
  /** Every suppression in effect for the stack (configuration and code). */
  readonly suppressions: readonly PolicySuppression[];
  /** Ids of the rules of the pack. */
  readonly ruleIds: readonly string[];
}

// ---------------------------------------------------------------------------
// The index of the stack's Terraform elements
// ---------------------------------------------------------------------------

export type Json = Record<string, any>;

export type BlockKind = "resource" | "data" | "provider" | "module";

/** One Terraform block of the stack. */
export interface TfBlock {
  readonly kind: BlockKind;
  /** Resource or data source type (`aws_s3_bucket`), provider name (`aws`) or `module`. */
  readonly type: string;
  /** Terraform name (`data_repository`); the alias of a provider ("" without alias); the module name. */
  readonly name: string;
  /** `aws_s3_bucket.x`, `data.aws_iam_policy_document.x`, `provider.aws`, `provider.aws.<alias>`, `module.x`. */
  readonly address: string;
  /** Construct path of the element. */
  readonly path: string;
  /** The resolved block, as in cdk.tf.json. */
  readonly body: Json;
  /** The element's class supports tags (generated classes with a `tagsInput` getter). */
  readonly taggable: boolean;
}

/** One resolved element: its construct path and its `toTerraform()` fragment. */
export interface ElementFragment {
  readonly path: string;
  readonly fragment: Json;
  readonly taggable: boolean;
}

export class TerraformIndex {
  private readonly byAddr = new Map<string, TfBlock>();
  private readonly byType = new Map<string, TfBlock[]>();

  constructor(
    /** Construct path of the stack. */
    public readonly stackPath: string,
    public readonly blocks: readonly TfBlock[],
  ) {
    for (const b of blocks) {
      this.byAddr.set(b.address, b);
      const key = `${b.kind}:${b.type}`;
      const list = this.byType.get(key) ?? [];
      list.push(b);
      this.byType.set(key, list);
    }
  }

  /** Managed resources of one type, in construct order. */
  resources(type: string): TfBlock[] {
    return this.byType.get(`resource:${type}`) ?? [];
  }

  /** Data sources of one type. */
  data(type: string): TfBlock[] {
    return this.byType.get(`data:${type}`) ?? [];
  }

  /** Provider configurations of one provider (`aws`). */
  providers(name: string): TfBlock[] {
    return this.byType.get(`provider:${name}`) ?? [];
  }

  /** Every managed resource. */
  allResources(): TfBlock[] {
    return this.blocks.filter((b) => b.kind === "resource");
  }

  get(address: string): TfBlock | undefined {
    return this.byAddr.get(address);
  }
}

/** Builds the index from resolved element fragments (what `toTerraform()` returns, resolved). */
export function indexFragments(stackPath: string, elements: readonly ElementFragment[]): TerraformIndex {
  const blocks: TfBlock[] = [];
  for (const { path, fragment, taggable } of elements) {
    for (const kind of ["resource", "data"] as const) {
      for (const [type, byName] of Object.entries(asObject(fragment[kind]))) {
        for (const [name, body] of Object.entries(asObject(byName))) {
          const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
          blocks.push({
            kind,
            type,
            name,
            address,
            path,
            body: asObject(body),
            taggable: kind === "resource" && taggable,
          });
        }
      }
    }
    for (const [name, configs] of Object.entries(asObject(fragment.provider))) {
      for (const body of asList(configs)) {
        const alias = typeof body.alias === "string" ? body.alias : "";
        const address = alias ? `provider.${name}.${alias}` : `provider.${name}`;
        blocks.push({ kind: "provider", type: name, name: alias, address, path, body, taggable: false });
      }
    }
    for (const [name, body] of Object.entries(asObject(fragment.module))) {
      blocks.push({
        kind: "module",
        type: "module",
        name,
        address: `module.${name}`,
        path,
        body: asObject(body),
        taggable: false,
      });
    }
  }
  return new TerraformIndex(stackPath, blocks);
}

// ---------------------------------------------------------------------------
// Small readers
// ---------------------------------------------------------------------------

export function asObject(v: unknown): Json {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {};
}

/** A nested block is an object (single block) or a list of objects; both read as a list. */
export function asList(v: unknown): Json[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && typeof x === "object") as Json[];
  if (v !== null && typeof v === "object") return [v as Json];
  return [];
}

/** A string or a list of strings, as a list (other values dropped). */
export function asStrings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return [];
}

export function isTrue(v: unknown): boolean {
  return v === true || v === "true";
}

/** A Terraform expression rather than a literal (`${...}` anywhere in it). */
export function isExpression(v: unknown): boolean {
  return typeof v === "string" && v.includes("${");
}

const NAME = "[A-Za-z_][A-Za-z0-9_-]*";

/**
 * The name `x` of `${<type>.x.<attribute>}` when `value` is exactly that
 * reference and the attribute is one of `attributes`.
 */
export function referencedName(value: unknown, type: string, attributes: readonly string[]): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = new RegExp(`^\\$\\{${escapeRegExp(type)}\\.(${NAME})\\.(${NAME})\\}$`).exec(value);
  return m && attributes.includes(m[2]) ? m[1] : undefined;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A value as a finding quotes it: strings as they are, anything else as JSON. */
export function show(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
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

// ---------------------------------------------------------------------------
// S3 buckets and their companion resources
// ---------------------------------------------------------------------------

/**
 * The companion resources of `type` (public access block, policy, ...) that
 * belong to `bucket`: their `bucket` argument references the bucket
 * (`${aws_s3_bucket.<name>.bucket}` or `.id`) or repeats its literal name.
 */
export function companionsOf(index: TerraformIndex, bucket: TfBlock, type: string): TfBlock[] {
  const literal =
    typeof bucket.body.bucket === "string" && !isExpression(bucket.body.bucket) ? bucket.body.bucket : undefined;
  return index.resources(type).filter((c) => {
    const ref = c.body.bucket;
    return (
      referencedName(ref, "aws_s3_bucket", ["bucket", "id"]) === bucket.name ||
      (literal !== undefined && ref === literal)
    );
  });
}

// ---------------------------------------------------------------------------
// IAM policies
// ---------------------------------------------------------------------------

export interface Principal {
  readonly type: string;
  readonly identifiers: string[];
}

export interface Condition {
  readonly test: string;
  readonly variable: string;
  readonly values: string[];
}

/** A policy statement, from a policy document data source or a JSON policy alike. */
export interface Statement {
  readonly sid?: string;
  readonly effect: "Allow" | "Deny";
  /** `Action`/`actions`, or `NotAction`/`not_actions` when `notAction`. */
  readonly actions: string[];
  readonly notAction: boolean;
  /** `Resource`/`resources`, or `NotResource` when `notResource`; undefined when absent (trust policies). */
  readonly resources?: string[];
  readonly notResource: boolean;
  /** Undefined when the statement names no principal (identity policies). */
  readonly principals?: Principal[];
  readonly conditions: Condition[];
}

/** A policy found in the stack, where it is, and its statements (undefined when computed by Terraform). */
export interface PolicySource {
  readonly block: TfBlock;
  /** `statement` for a policy document, else the attribute holding the JSON (`policy`, `inline_policy[0].policy`). */
  readonly attribute: string;
  readonly statements?: Statement[];
  /** The expression when the policy is neither a document reference nor literal JSON. */
  readonly expression?: string;
}

const DOCUMENT_REF = new RegExp(`^\\$\\{data\\.aws_iam_policy_document\\.(${NAME})\\.(?:json|minified_json)\\}$`);

/** Statements of a `data.aws_iam_policy_document` block (its own `statement` blocks only). */
export function documentStatements(doc: TfBlock): Statement[] {
  return asList(doc.body.statement).map((s) => {
    const notAction = s.not_actions !== undefined && s.actions === undefined;
    const notResource = s.not_resources !== undefined && s.resources === undefined;
    const resources = s.resources ?? s.not_resources;
    const principals = s.principals ?? s.not_principals;
    return {
      sid: typeof s.sid === "string" ? s.sid : undefined,
      effect: s.effect === "Deny" ? "Deny" : "Allow",
      actions: asStrings(notAction ? s.not_actions : s.actions),
      notAction,
      resources: resources === undefined ? undefined : asStrings(resources),
      notResource,
      principals:
        principals === undefined
          ? undefined
          : asList(principals).map((p) => ({ type: String(p.type ?? ""), identifiers: asStrings(p.identifiers) })),
      conditions: asList(s.condition).map((c) => ({
        test: String(c.test ?? ""),
        variable: String(c.variable ?? ""),
        values: (Array.isArray(c.values) ? c.values : [c.values]).map(String),
      })),
    };
  });
}

/** Statements of a JSON policy, or undefined when `text` is not a JSON policy. */
export function parsePolicyJson(text: string): Statement[] | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const body = asObject(doc);
  if (!("Statement" in body)) return undefined;
  return asList(body.Statement).map((s) => {
    const notAction = s.NotAction !== undefined && s.Action === undefined;
    const notResource = s.NotResource !== undefined && s.Resource === undefined;
    const resources = s.Resource ?? s.NotResource;
    const principal = s.Principal ?? s.NotPrincipal;
    let principals: Principal[] | undefined;
    if (principal === "*") principals = [{ type: "*", identifiers: ["*"] }];
    else if (principal !== undefined)
      principals = Object.entries(asObject(principal)).map(([type, ids]) => ({ type, identifiers: asStrings(ids) }));
    const conditions: Condition[] = [];
    for (const [test, vars] of Object.entries(asObject(s.Condition))) {
      for (const [variable, values] of Object.entries(asObject(vars))) {
        conditions.push({ test, variable, values: (Array.isArray(values) ? values : [values]).map(String) });
      }
    }
    return {
      sid: typeof s.Sid === "string" ? s.Sid : undefined,
      effect: s.Effect === "Deny" ? "Deny" : "Allow",
      actions: asStrings(notAction ? s.NotAction : s.Action),
      notAction,
      resources: resources === undefined ? undefined : asStrings(resources),
      notResource,
      principals,
      conditions,
    };
  });
}

/**
 * What a policy argument holds: a policy document (by reference), the
 * statements of literal JSON, or an expression Terraform computes.
 */
export function policyValue(
  index: TerraformIndex,
  value: unknown,
): { document?: TfBlock; statements?: Statement[]; expression?: string } {
  if (typeof value !== "string") return { expression: show(value) };
  const ref = DOCUMENT_REF.exec(value);
  if (ref) {
    const document = index.get(`data.aws_iam_policy_document.${ref[1]}`);
    return document ? { document, statements: effectiveStatements(index, document) } : { expression: value };
  }
  const statements = parsePolicyJson(value);
  return statements ? { statements } : { expression: value };
}

/** A document's statements with those of the documents it merges (`source_policy_documents`, ...). */
export function effectiveStatements(index: TerraformIndex, doc: TfBlock, seen = new Set<string>()): Statement[] {
  if (seen.has(doc.address)) return [];
  seen.add(doc.address);
  const merged: Statement[] = [];
  for (const key of ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]) {
    for (const v of asStrings(doc.body[key])) {
      const ref = DOCUMENT_REF.exec(v);
      const inner = ref ? index.get(`data.aws_iam_policy_document.${ref[1]}`) : undefined;
      if (inner) merged.push(...effectiveStatements(index, inner, seen));
      else merged.push(...(parsePolicyJson(v) ?? []));
    }
  }
  return [...merged, ...documentStatements(doc)];
}

/** Arguments of resources that hold a JSON policy. */
const POLICY_ATTRIBUTES = ["policy", "assume_role_policy"];

/**
 * Every policy of the stack, each once: the policy document data sources,
 * and the policy arguments of resources that hold literal JSON or an
 * expression (arguments that reference a document are the document's).
 */
export function policySources(index: TerraformIndex): PolicySource[] {
  const out: PolicySource[] = index.data("aws_iam_policy_document").map((block) => ({
    block,
    attribute: "statement",
    statements: documentStatements(block),
  }));
  const add = (block: TfBlock, attribute: string, value: unknown) => {
    if (typeof value === "string" && DOCUMENT_REF.test(value)) return;
    const statements = typeof value === "string" ? parsePolicyJson(value) : undefined;
    out.push(statements ? { block, attribute, statements } : { block, attribute, expression: show(value) });
  };
  for (const block of index.allResources()) {
    for (const attribute of POLICY_ATTRIBUTES) {
      if (block.body[attribute] !== undefined) add(block, attribute, block.body[attribute]);
    }
    asList(block.body.inline_policy).forEach((p, i) => {
      if (p.policy !== undefined) add(block, `inline_policy[${i}].policy`, p.policy);
    });
  }
  return out;
}

/** `statement "Sid"` or `statement #2` (1-based), prefixed by the attribute of a JSON policy. */
export function statementLabel(source: PolicySource, i: number): string {
  const sid = source.statements?.[i]?.sid;
  const which = sid ? JSON.stringify(sid) : `#${i + 1}`;
  return source.attribute === "statement" ? `statement ${which}` : `${source.attribute} statement ${which}`;
}

/** IAM action names match case-insensitively. */
export function sameAction(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------------------
// Security groups
// ---------------------------------------------------------------------------

/** One security group rule, whichever way it is written. */
export interface SgRule {
  /** The resource that holds the rule. */
  readonly block: TfBlock;
  readonly direction: "ingress" | "egress";
  /** The group the rule belongs to: `aws_security_group.<name>` or a literal id. */
  readonly group: string;
  /** Peer group (same notation), when the rule references one. */
  readonly peerGroup?: string;
  readonly cidrs: string[];
  /** `-1` for all traffic, else `tcp`, `udp`, `icmp`, ... (numbers as strings). */
  readonly protocol: string;
  readonly fromPort?: number;
  readonly toPort?: number;
}

/** `aws_security_group.<name>` for a reference to a group's id, else the value itself. */
export function groupKey(value: unknown): string {
  const name = referencedName(value, "aws_security_group", ["id"]);
  return name ? `aws_security_group.${name}` : show(value);
}

function protocolOf(v: unknown): string {
  const p = String(v ?? "").toLowerCase();
  if (p === "-1" || p === "all") return "-1";
  if (p === "6") return "tcp";
  if (p === "17") return "udp";
  return p;
}

function port(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Every security group rule of the stack: `aws_vpc_security_group_*_rule`,
 * `aws_security_group_rule` and the inline `ingress`/`egress` blocks of
 * `aws_security_group`.
 */
export function securityGroupRules(index: TerraformIndex): SgRule[] {
  const out: SgRule[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    for (const block of index.resources(`aws_vpc_security_group_${direction}_rule`)) {
      const b = block.body;
      out.push({
        block,
        direction,
        group: groupKey(b.security_group_id),
        peerGroup: b.referenced_security_group_id === undefined ? undefined : groupKey(b.referenced_security_group_id),
        cidrs: [...asStrings(b.cidr_ipv4), ...asStrings(b.cidr_ipv6)],
        protocol: protocolOf(b.ip_protocol),
        fromPort: port(b.from_port),
        toPort: port(b.to_port),
      });
    }
  }
  for (const block of index.resources("aws_security_group_rule")) {
    const b = block.body;
    const group = groupKey(b.security_group_id);
    const direction = b.type === "egress" ? "egress" : "ingress";
    const common = {
      block,
      direction,
      group,
      protocol: protocolOf(b.protocol),
      fromPort: port(b.from_port),
      toPort: port(b.to_port),
    } as const;
    const cidrs = [...asStrings(b.cidr_blocks), ...asStrings(b.ipv6_cidr_blocks)];
    if (cidrs.length > 0) out.push({ ...common, cidrs });
    if (isTrue(b.self)) out.push({ ...common, peerGroup: group, cidrs: [] });
    if (b.source_security_group_id !== undefined)
      out.push({ ...common, peerGroup: groupKey(b.source_security_group_id), cidrs: [] });
  }
  for (const block of index.resources("aws_security_group")) {
    for (const direction of ["ingress", "egress"] as const) {
      for (const r of asList(block.body[direction])) {
        const common = {
          block,
          direction,
          group: block.address,
          protocol: protocolOf(r.protocol),
          fromPort: port(r.from_port),
          toPort: port(r.to_port),
        } as const;
        const cidrs = [...asStrings(r.cidr_blocks), ...asStrings(r.ipv6_cidr_blocks)];
        if (cidrs.length > 0) out.push({ ...common, cidrs });
        if (isTrue(r.self)) out.push({ ...common, peerGroup: block.address, cidrs: [] });
        for (const peer of asStrings(r.security_groups)) out.push({ ...common, peerGroup: groupKey(peer), cidrs: [] });
      }
    }
  }
  return out;
}

/** Whether the rule lets TCP `port` through. */
export function coversTcpPort(rule: SgRule, p: number): boolean {
  if (rule.protocol === "-1") return true;
  if (rule.protocol !== "tcp") return false;
  if (rule.fromPort === undefined || rule.toPort === undefined) return false;
  return rule.fromPort <= p && p <= rule.toPort;
}

/**
 * The groups of the HyperPod nodes: those `awscc_sagemaker_cluster` uses,
 * and `aws_security_group.hyperpod`.
 */
export function clusterGroups(index: TerraformIndex): string[] {
  const keys = index
    .resources("awscc_sagemaker_cluster")
    .flatMap((c) => asList(c.body.vpc_config).flatMap((v) => asStrings(v.security_group_ids)))
    .map(groupKey);
  if (index.get("aws_security_group.hyperpod")) keys.push("aws_security_group.hyperpod");
  return [...new Set(keys)];
}

/**
 * The groups of the file systems: those `aws_fsx_lustre_file_system` uses,
 * and `aws_security_group.lustre`.
 */
export function fileSystemGroups(index: TerraformIndex): string[] {
  const keys = index
    .resources("aws_fsx_lustre_file_system")
    .flatMap((fs) => asStrings(fs.body.security_group_ids))
    .map(groupKey);
  if (index.get("aws_security_group.lustre")) keys.push("aws_security_group.lustre");
  return [...new Set(keys)];
}

/** Where a finding about a group points: the group when it is in the stack, else the stack. */
export function groupSite(ctx: PolicyContext, key: string): { path: string; address: string | null } {
  const block = ctx.index.get(key);
  return block ? { path: block.path, address: block.address } : stackSite(ctx);
}

/** Whether a group has all-traffic ingress and egress rules that reference the group itself. */
export function selfAllTraffic(rules: readonly SgRule[], group: string): { ingress: boolean; egress: boolean } {
  const self = rules.filter((r) => r.group === group && r.peerGroup === group && r.protocol === "-1");
  return { ingress: self.some((r) => r.direction === "ingress"), egress: self.some((r) => r.direction === "egress") };
}

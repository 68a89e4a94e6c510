/**
 * Reads IAM policies from the index: policy document data sources and the
 * JSON of policy arguments, as one statement shape.
 */
import {
  asList,
  asObject,
  asStrings,
  asText,
  referencedName,
  type TerraformIndex,
  type TfBlock,
} from "../terraform-index";

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
  /** `principals` came from `NotPrincipal`/`not_principals`: the statement applies to everyone else. */
  readonly notPrincipal?: boolean;
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

/** `x` of `${data.aws_iam_policy_document.x.json}` (or `.minified_json`). */
function documentName(value: unknown): string | undefined {
  return referencedName(value, "data.aws_iam_policy_document", ["json", "minified_json"]);
}

/** The policy document of the stack that `value` references, if any. */
function referencedDocument(index: TerraformIndex, value: unknown): TfBlock | undefined {
  const name = documentName(value);
  return index.data("aws_iam_policy_document").find((d) => d.name === name);
}

/** The fields of one statement as either spelling (document block or JSON) writes them; undefined when absent. */
interface RawStatement {
  readonly sid: unknown;
  readonly effect: unknown;
  readonly actions: unknown;
  readonly notActions: unknown;
  readonly resources: unknown;
  readonly notResources: unknown;
  readonly principals: Principal[] | undefined;
  readonly notPrincipals: Principal[] | undefined;
  readonly conditions: Condition[];
}

/**
 * IAM takes one of `Action`/`NotAction`, of `Resource`/`NotResource` and of
 * `Principal`/`NotPrincipal` in a statement, and rejects a statement with
 * both; such a statement is read as its `Not` form, the wider grant.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
function statement(raw: RawStatement): Statement {
  const notAction = raw.notActions !== undefined;
  const notResource = raw.notResources !== undefined;
  const notPrincipal = raw.notPrincipals !== undefined;
  const resources = notResource ? raw.notResources : raw.resources;
  return {
    sid: raw.sid === undefined ? undefined : String(raw.sid),
    effect: raw.effect === "Deny" ? "Deny" : "Allow",
    actions: asStrings(notAction ? raw.notActions : raw.actions),
    notAction,
    resources: resources === undefined ? undefined : asStrings(resources),
    notResource,
    principals: notPrincipal ? raw.notPrincipals : raw.principals,
    notPrincipal,
    conditions: raw.conditions,
  };
}

/**
 * An argument of a policy document block, undefined when it is absent, JSON
 * `null` (Terraform's unset) or an empty list (the provider leaves an empty
 * list out of the JSON it writes, so `actions = []` next to `not_actions` is a
 * `NotAction` statement).
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document
 */
function given(v: unknown): unknown {
  return v === null || (Array.isArray(v) && v.length === 0) ? undefined : v;
}

/** The `principals`/`not_principals` blocks of a policy document statement. */
function documentPrincipals(v: unknown): Principal[] | undefined {
  return given(v) === undefined
    ? undefined
    : asList(v).map((p) => ({ type: String(p.type ?? ""), identifiers: asStrings(p.identifiers) }));
}

/** Statements of a `data.aws_iam_policy_document` block (its own `statement` blocks only). */
export function documentStatements(doc: TfBlock): Statement[] {
  return asList(doc.body.statement).map((s) =>
    statement({
      sid: given(s.sid),
      effect: s.effect,
      actions: given(s.actions),
      notActions: given(s.not_actions),
      resources: given(s.resources),
      notResources: given(s.not_resources),
      principals: documentPrincipals(s.principals),
      notPrincipals: documentPrincipals(s.not_principals),
      conditions: asList(s.condition).map((c) => ({
        test: String(c.test ?? ""),
        variable: String(c.variable ?? ""),
        values: (Array.isArray(c.values) ? c.values : [c.values]).map(String),
      })),
    }),
  );
}

/** The `Principal`/`NotPrincipal` of a JSON statement: `"*"` or `{ "<type>": <identifiers> }`. */
function jsonPrincipals(v: unknown): Principal[] | undefined {
  if (v === undefined) return undefined;
  if (v === "*") return [{ type: "*", identifiers: ["*"] }];
  return Object.entries(asObject(v)).map(([type, ids]) => ({ type, identifiers: asStrings(ids) }));
}

/** Statements of a JSON policy, or undefined when `text` is not the text of a JSON policy. */
export function parsePolicyJson(text: unknown): Statement[] | undefined {
  // Stryker disable next-line ConditionalExpression: JSON.parse reads a non-string as its String(), a policy only for a one-element list of JSON text, and a policy argument is a string (Terraform rejects a list)
  if (typeof text !== "string") return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // Not JSON: `doc` stays undefined, which holds no `Statement`.
  }
  const body = asObject(doc);
  if (!("Statement" in body)) return undefined;
  return asList(body.Statement).map((s) => {
    const conditions: Condition[] = [];
    for (const [test, vars] of Object.entries(asObject(s.Condition))) {
      for (const [variable, values] of Object.entries(asObject(vars))) {
        conditions.push({ test, variable, values: (Array.isArray(values) ? values : [values]).map(String) });
      }
    }
    return statement({
      sid: s.Sid,
      effect: s.Effect,
      actions: s.Action,
      notActions: s.NotAction,
      resources: s.Resource,
      notResources: s.NotResource,
      principals: jsonPrincipals(s.Principal),
      notPrincipals: jsonPrincipals(s.NotPrincipal),
      conditions,
    });
  });
}

/**
 * The statements a policy argument holds: those of the policy document it
 * references (with what that merges) or of its literal JSON; undefined when
 * Terraform computes it.
 */
export function policyStatements(index: TerraformIndex, value: unknown): Statement[] | undefined {
  const document = referencedDocument(index, value);
  return document ? effectiveStatements(index, document) : parsePolicyJson(value);
}

/** Arguments of a policy document that merge other policies (document references or JSON). */
const MERGED_POLICY_ATTRIBUTES = [
  "source_policy_documents",
  "override_policy_documents",
  "source_json",
  "override_json",
];

/** A document's statements with those of the documents it merges (`source_policy_documents`, ...). */
export function effectiveStatements(index: TerraformIndex, doc: TfBlock, seen = new Set<string>()): Statement[] {
  if (seen.has(doc.address)) return [];
  seen.add(doc.address);
  const merged: Statement[] = [];
  for (const key of MERGED_POLICY_ATTRIBUTES) {
    for (const v of asStrings(doc.body[key])) {
      const inner = referencedDocument(index, v);
      merged.push(...(inner ? effectiveStatements(index, inner, seen) : (parsePolicyJson(v) ?? [])));
    }
  }
  return [...merged, ...documentStatements(doc)];
}

/** Arguments of resources that hold a JSON policy. */
const POLICY_ATTRIBUTES = ["policy", "assume_role_policy"];

/**
 * Every policy of the stack, each once: the policy document data sources,
 * the JSON or expressions they merge (`source_policy_documents[0]`, ...), and
 * the policy arguments of resources that hold literal JSON or an expression
 * (arguments that reference a document are the document's).
 */
export function policySources(index: TerraformIndex): PolicySource[] {
  const out: PolicySource[] = [];
  const add = (block: TfBlock, attribute: string, value: unknown) => {
    if (documentName(value) !== undefined) return;
    const statements = parsePolicyJson(value);
    out.push(statements ? { block, attribute, statements } : { block, attribute, expression: asText(value) });
  };
  for (const block of index.data("aws_iam_policy_document")) {
    out.push({ block, attribute: "statement", statements: documentStatements(block) });
    for (const key of MERGED_POLICY_ATTRIBUTES) {
      const value = block.body[key];
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) add(block, `${key}[${i}]`, v);
      } else if (value !== undefined) add(block, key, value);
    }
  }
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

/** Resources whose `policy` is a KMS key policy. */
const KEY_POLICY_TYPES = ["aws_kms_key", "aws_kms_key_policy", "aws_kms_replica_key"];

/**
 * Whether a policy is a KMS key policy: the `policy` of a key, or a policy
 * document one references. In a key policy, resource "*" means the key itself.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
 */
export function isKeyPolicy(index: TerraformIndex, source: PolicySource): boolean {
  return (
    KEY_POLICY_TYPES.includes(source.block.type) ||
    KEY_POLICY_TYPES.some((type) =>
      index.resources(type).some((k) => referencedDocument(index, k.body.policy) === source.block),
    )
  );
}

/** `arn:<partition>:iam::<account>:root`: the account itself, as a key policy's IAM delegation names it. */
export function isAccountRoot(identifier: string): boolean {
  return /^arn:[a-z-]+:iam::(\d{12}|\$\{[^}]+\}):root$/.test(identifier);
}

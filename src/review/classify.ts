/**
 * Compares two synthesized `cdk.tf.json` documents of one stack and says,
 * resource by resource, what an apply would do: create, destroy, update in
 * place, replace, cannot apply, or no effect on running nodes. Every
 * attribute change is classified by the impact table
 * (src/aws/change-impact.ts); replacements cascade to every resource that
 * takes the replaced one's id in a field fixed at creation.
 *
 * Pure: JSON in, a StackReview out (no file or process access).
 */
import {
  type ConditionContext,
  classifyAttribute,
  DATA_TYPES,
  forceNewAttributes,
  IMPACT_TABLE,
  type ImpactRow,
  VPC_MODULE_SOURCE,
  wholeResource,
} from "../aws/change-impact";
import { REVIEW_CODES } from "./codes";
import { diffGroups, type GroupFinding } from "./groups";
import {
  ACTIONS,
  type Action,
  type AttributeChange,
  type Counts,
  type ResourceChange,
  type ReviewFinding,
  type StackReview,
  type TfJson,
} from "./model";
import { canonical, type ModuleRef, refsOf, showPair } from "./refs";

/** An acknowledgement, in the configuration's `suppressions` form. */
export interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
  readonly resource?: string;
}

export interface StackOptions {
  /** The head configuration's suppressions for this stack. */
  readonly acknowledgements?: readonly Acknowledgement[];
  /** Shortest reason that counts (the configuration's rule). */
  readonly validReason?: (s: { reason: string }) => boolean;
  /** Digests of the files under each side's `assets/` (relative path → digest), to name the files that change. */
  readonly assets?: {
    readonly base: Readonly<Record<string, string>>;
    readonly head: Readonly<Record<string, string>>;
  };
}

const ASSET_SOURCE = /^(assets\/[^$]+)\/\$\{each\.value\}$/;

/**
 * Files of an uploaded asset folder (`for_each` over `fileset`) that differ
 * between the two sides: `[name, old digest, new digest]`.
 */
export function changedAssetFiles(
  before: TfJson,
  after: TfJson,
  assets: NonNullable<StackOptions["assets"]>,
): [string, string | undefined, string | undefined][] {
  const folderOld = ASSET_SOURCE.exec(String(before.source ?? ""))?.[1];
  const folderNew = ASSET_SOURCE.exec(String(after.source ?? ""))?.[1];
  if (!folderOld || !folderNew) return [];
  const files = (all: Readonly<Record<string, string>>, folder: string) =>
    new Map(
      Object.entries(all)
        .filter(([f]) => f.startsWith(`${folder}/`))
        .map(([f, d]) => [f.slice(folder.length + 1), d]),
    );
  const o = files(assets.base, folderOld);
  const n = files(assets.head, folderNew);
  return [...new Set([...o.keys(), ...n.keys()])]
    .sort()
    .filter((f) => o.get(f) !== n.get(f))
    .map((f) => [f, o.get(f), n.get(f)]);
}

interface Entity {
  readonly address: string;
  readonly type: string;
  readonly block: TfJson;
  readonly constructPath?: string;
}

const META_KEYS = new Set(["//"]);

function strip(block: TfJson): TfJson {
  return Object.fromEntries(Object.entries(block ?? {}).filter(([k]) => !META_KEYS.has(k)));
}

/** Resources, modules, providers and the terraform block of a document, by address. */
export function entities(doc: TfJson | undefined): Map<string, Entity> {
  const out = new Map<string, Entity>();
  if (!doc) return out;
  for (const [type, byName] of Object.entries<TfJson>(doc.resource ?? {})) {
    for (const [name, block] of Object.entries<TfJson>(byName)) {
      out.set(`${type}.${name}`, {
        address: `${type}.${name}`,
        type,
        block: strip(block),
        constructPath: block?.["//"]?.metadata?.path,
      });
    }
  }
  for (const [name, block] of Object.entries<TfJson>(doc.module ?? {})) {
    const source = String(block.source ?? "");
    out.set(`module.${name}`, {
      address: `module.${name}`,
      type: `module:${source}`,
      block: strip(block),
      constructPath: block?.["//"]?.metadata?.path,
    });
  }
  for (const [name, blocks] of Object.entries<TfJson>(doc.provider ?? {})) {
    const list = Array.isArray(blocks) ? blocks : [blocks];
    list.forEach((block, i) => {
      const alias = block?.alias ? `.${block.alias}` : i > 0 ? `[${i}]` : "";
      out.set(`provider.${name}${alias}`, { address: `provider.${name}${alias}`, type: `provider:${name}`, block });
    });
  }
  if (doc.terraform) {
    const { backend, cloud, required_providers } = doc.terraform;
    out.set("terraform", { address: "terraform", type: "terraform", block: { backend, cloud, required_providers } });
  }
  return out;
}

function dataSources(doc: TfJson | undefined): Map<string, TfJson> {
  const out = new Map<string, TfJson>();
  for (const [type, byName] of Object.entries<TfJson>(doc?.data ?? {})) {
    for (const [name, block] of Object.entries<TfJson>(byName)) out.set(`data.${type}.${name}`, strip(block));
  }
  return out;
}

/** Roles the classification needs: which bucket holds data, which objects are lifecycle scripts. */
export function roles(doc: TfJson | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const res = doc?.resource ?? {};
  for (const dra of Object.values<TfJson>(res.aws_fsx_data_repository_association ?? {})) {
    for (const a of refsOf(dra.data_repository_path).addresses) {
      if (a.startsWith("aws_s3_bucket.")) out.set(a, "data-bucket");
    }
  }
  const scriptBuckets = new Set<string>();
  for (const cluster of Object.values<TfJson>(res.awscc_sagemaker_cluster ?? {})) {
    for (const g of cluster.instance_groups ?? []) {
      for (const a of refsOf(g?.life_cycle_config).addresses) if (a.startsWith("aws_s3_bucket.")) scriptBuckets.add(a);
    }
  }
  for (const b of scriptBuckets) out.set(b, "lifecycle-bucket");
  for (const [name, obj] of Object.entries<TfJson>(res.aws_s3_object ?? {})) {
    if ([...refsOf(obj.bucket).addresses].some((a) => scriptBuckets.has(a))) {
      out.set(`aws_s3_object.${name}`, "lifecycle-object");
    }
  }
  return out;
}

const RANK: Record<Action, number> = {
  "no-node-effect": 1,
  update: 2,
  "cannot-apply": 3,
  replace: 4,
  create: 5,
  destroy: 5,
};
const ACTION_OF = {
  replace: "replace",
  "in-place": "update",
  "not-allowed": "cannot-apply",
  "no-node-effect": "no-node-effect",
} as const;

function tableRowsUnordered(type: string): Set<string> {
  return new Set(IMPACT_TABLE.filter((r) => r.type === type && r.unordered).flatMap((r) => r.attribute.split("|")));
}

/** Indices of list items that differ (all of them when either side is not a list). */
function changedIndices(o: unknown, n: unknown): Set<number> | "all" {
  if (!Array.isArray(o) || !Array.isArray(n)) return "all";
  const out = new Set<number>();
  for (let i = 0; i < Math.max(o.length, n.length); i++) {
    if (canonical(o[i]) !== canonical(n[i])) out.add(i);
  }
  return out;
}

/** Classifies one changed top-level attribute (nested rows first). */
function classifyKey(
  e: Entity,
  key: string,
  before: TfJson,
  after: TfJson,
  role: string | undefined,
): { row?: ImpactRow; path: string; old: unknown; new: unknown } {
  const nested = IMPACT_TABLE.filter(
    (r) => r.type === e.type && r.attribute.split("|").some((a) => a.startsWith(`${key}.`)),
  );
  for (const r of nested) {
    for (const a of r.attribute.split("|").filter((x) => x.startsWith(`${key}.`))) {
      const sub = a.slice(key.length + 1);
      const o = at(before[key], sub);
      const n = at(after[key], sub);
      if (canonical(o) === canonical(n)) continue;
      const hit = classifyAttribute(e.type, a, { old: o, new: n, before, after, role });
      if (hit?.attribute.split("|").includes(a)) return { row: hit, path: a, old: o, new: n };
    }
  }
  const ctx: ConditionContext = { old: before[key], new: after[key], before, after, role };
  return { row: classifyAttribute(e.type, key, ctx), path: key, old: before[key], new: after[key] };
}

/** `a.b` inside a value; a one-item list is looked through (Terraform blocks). */
function at(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const part of path.split(".")) {
    if (Array.isArray(v) && v.length === 1) v = v[0];
    v = v && typeof v === "object" ? (v as TfJson)[part] : undefined;
  }
  return v;
}

function attributeChange(
  path: string,
  o: unknown,
  n: unknown,
  row: ImpactRow | undefined,
  via?: string,
): AttributeChange {
  const [shownOld, shownNew] = showPair(o, n);
  return {
    path,
    old: shownOld,
    new: shownNew,
    class: row?.class ?? "in-place",
    rowId: row?.id,
    dataLoss: row?.dataLoss ?? false,
    consequence: row?.consequence ?? "Not in the impact table: check the Terraform plan before applying.",
    via,
  };
}

/** Reviews one stack; `base` or `head` undefined means the stack is created or destroyed as a whole. */
export function reviewStack(
  name: string,
  baseDoc: TfJson | undefined,
  headDoc: TfJson | undefined,
  options: StackOptions = {},
): Omit<StackReview, "policy" | "diagram"> {
  const before = entities(baseDoc);
  const after = entities(headDoc);
  const dataBefore = dataSources(baseDoc);
  const dataAfter = dataSources(headDoc);
  const role = new Map([...roles(baseDoc), ...roles(headDoc)]);

  const changes = new Map<string, AttributeChange[]>();
  const groupFindings = new Map<string, GroupFinding[]>();
  const replaced = new Set<string>();
  const moduleOutputs = new Map<string, Map<string, Set<number> | "all">>();
  const add = (address: string, c: AttributeChange) => {
    if (!changes.has(address)) changes.set(address, []);
    changes.get(address)!.push(c);
    if (c.class === "replace") replaced.add(address);
  };
  const markOutputs = (address: string, row: ImpactRow, o: unknown, n: unknown) => {
    if (!row.outputs) return;
    const mod = address.replace(/^module\./, "");
    if (!moduleOutputs.has(mod)) moduleOutputs.set(mod, new Map());
    const idx = row.attribute === "cidr" ? "all" : changedIndices(o, n);
    for (const out of row.outputs) {
      const prev = moduleOutputs.get(mod)!.get(out);
      if (prev === "all" || idx === "all") moduleOutputs.get(mod)!.set(out, "all");
      else moduleOutputs.get(mod)!.set(out, new Set([...(prev ?? []), ...idx]));
    }
  };

  // 1. Direct changes of resources present on both sides.
  for (const [address, e] of after) {
    const prior = before.get(address);
    if (!prior) continue;
    const unordered = tableRowsUnordered(e.type);
    for (const key of new Set([...Object.keys(prior.block), ...Object.keys(e.block)])) {
      const o = prior.block[key];
      const n = e.block[key];
      if (e.type === "awscc_sagemaker_cluster" && key === "instance_groups") continue; // step 3
      if (canonical(o, unordered.has(key)) === canonical(n, unordered.has(key))) continue;
      const c = classifyKey(e, key, prior.block, e.block, role.get(address));
      add(address, attributeChange(c.path, c.old, c.new, c.row));
      if (c.row) markOutputs(address, c.row, o, n);
    }
    if (e.type === "aws_s3_object" && options.assets && changes.has(address)) {
      const row = classifyKey(e, "source", prior.block, e.block, role.get(address)).row;
      for (const [file, o, n] of changedAssetFiles(prior.block, e.block, options.assets)) {
        const state = (d: string | undefined) => (d === undefined ? undefined : `sha256:${d.slice(0, 12)}`);
        add(address, attributeChange(`file ${file}`, state(o), state(n), row));
      }
    }
  }

  // 2. Cascades: values that reference something replaced (or a data source / module output that changes).
  const moduleAffected = (m: ModuleRef) => {
    const outs = moduleOutputs.get(m.module)?.get(m.output);
    if (!outs) return false;
    if (outs === "all" || m.index === undefined) return outs === "all" || outs.size > 0;
    return outs.has(m.index);
  };
  const changedData = new Set<string>();
  const affected = (value: unknown): string | undefined => {
    const refs = refsOf(value);
    for (const a of refs.addresses) {
      if (replaced.has(a) || changedData.has(a) || (before.has(a) && !after.has(a) && !a.startsWith("data."))) return a;
    }
    const m = refs.modules.find(moduleAffected);
    return m ? `module.${m.module}.${m.output}${m.index === undefined ? "" : `[${m.index}]`}` : undefined;
  };
  for (let round = 0; round < 50; round++) {
    const size = replaced.size + changedData.size;
    for (const [address, block] of dataAfter) {
      if (changedData.has(address)) continue;
      const prior = dataBefore.get(address);
      if (!prior || canonical(prior) !== canonical(block) || affected(block)) changedData.add(address);
    }
    for (const [address, e] of after) {
      const prior = before.get(address);
      if (!prior || replaced.has(address)) continue;
      const done = new Set((changes.get(address) ?? []).map((c) => c.path.split(".")[0].split("[")[0]));
      for (const key of Object.keys(e.block)) {
        if (done.has(key) || key === "depends_on" || key === "instance_groups") continue;
        const via = affected(e.block[key]);
        if (!via) continue;
        const row = classifyAttribute(e.type, key, {
          old: prior.block[key],
          new: e.block[key],
          before: prior.block,
          after: e.block,
          role: role.get(address),
        });
        add(address, attributeChange(key, prior.block[key], e.block[key], row, via));
      }
    }
    if (replaced.size + changedData.size === size) break;
  }

  // 3. Instance groups, matched by name (after the cascades, so a replaced role shows up).
  for (const [address, e] of after) {
    const prior = before.get(address);
    if (!prior || e.type !== "awscc_sagemaker_cluster") continue;
    const g = diffGroups(prior.block.instance_groups ?? [], e.block.instance_groups ?? [], affected);
    for (const c of g.attributes) add(address, c);
    if (g.findings.length) groupFindings.set(address, g.findings);
  }

  // 4. Resource changes.
  const resources: ResourceChange[] = [];
  const counts = Object.fromEntries([...ACTIONS, "unchanged"].map((a) => [a, 0])) as Counts;
  for (const [address, e] of after) {
    if (!before.has(address)) {
      resources.push({
        address,
        type: e.type,
        constructPath: e.constructPath,
        action: "create",
        dataLoss: false,
        consequence: wholeResource(e.type, "create"),
        attributes: [],
      });
    }
  }
  for (const [address, e] of before) {
    if (!after.has(address)) {
      resources.push({
        address,
        type: e.type,
        constructPath: e.constructPath,
        action: "destroy",
        dataLoss: isDataResource(address, e.type, role),
        consequence: wholeResource(e.type, "destroy"),
        attributes: [],
      });
    }
  }
  for (const [address, e] of after) {
    const list = changes.get(address);
    if (!before.has(address)) continue;
    if (!list || list.length === 0) {
      // Resources and modules are counted; the provider and terraform blocks only show up when they change.
      if (!e.type.startsWith("provider:") && e.type !== "terraform") counts.unchanged++;
      continue;
    }
    let action: Action = "no-node-effect";
    for (const c of list) {
      const a = ACTION_OF[c.class];
      if (RANK[a] > RANK[action]) action = a;
    }
    const lead =
      list.find((c) => ACTION_OF[c.class] === action && c.dataLoss) ?? list.find((c) => ACTION_OF[c.class] === action)!;
    resources.push({
      address,
      type: e.type,
      constructPath: e.constructPath,
      action,
      dataLoss: (action === "replace" && isDataResource(address, e.type, role)) || list.some((c) => c.dataLoss),
      consequence: lead.consequence,
      attributes: list,
    });
  }
  for (const r of resources) counts[r.action]++;
  resources.sort((a, b) => RANK[b.action] - RANK[a.action] || a.address.localeCompare(b.address));

  // 5. Findings.
  const protect = [...(headDoc ? after : before).values()].some(
    (e) => isDataResource(e.address, e.type, role) && e.block.lifecycle?.prevent_destroy === true,
  );
  const raw: { code: string; address: string; message: string; howTo?: string }[] = [];
  for (const r of resources) {
    if (r.action === "replace" || r.action === "destroy") {
      const code =
        r.type === "aws_fsx_lustre_file_system"
          ? "REV-FILE-SYSTEM-LOSS"
          : r.type === "awscc_sagemaker_cluster"
            ? "REV-CLUSTER-LOSS"
            : role.get(r.address) === "data-bucket"
              ? "REV-DATA-BUCKET-LOSS"
              : undefined;
      if (code) {
        const why = r.attributes
          .filter((c) => c.class === "replace")
          .map((c) => (c.via ? `${c.path} via ${c.via}` : c.path));
        raw.push({
          code,
          address: r.address,
          message:
            `${r.address} is ${r.action === "replace" ? "replaced" : "destroyed"}${why.length ? ` (${why.join(", ")})` : ""}: ${r.consequence}` +
            (protect ? " With protect on, prevent_destroy stops this plan until protect is turned off." : ""),
        });
      }
    }
    const cannot = r.attributes.filter(
      (c) =>
        c.class === "not-allowed" && !(r.type === "awscc_sagemaker_cluster" && c.path.startsWith("instance_groups")),
    );
    if (cannot.length && r.action !== "replace") {
      raw.push({
        code: "REV-CANNOT-APPLY",
        address: r.address,
        message: `${r.address}: ${cannot.map((c) => `${c.path} ${c.old ?? "(unset)"} → ${c.new ?? "(unset)"}`).join("; ")}: ${cannot[0].consequence}`,
      });
    }
    const unclassified = r.attributes.filter((c) => !c.rowId && !c.path.startsWith("instance_groups"));
    if (unclassified.length) {
      raw.push({
        code: "REV-UNCLASSIFIED",
        address: r.address,
        message: `${r.address}: ${unclassified.map((c) => c.path).join(", ")} not in the impact table; read the Terraform plan`,
      });
    }
    if (r.action !== "replace") {
      for (const f of groupFindings.get(r.address) ?? []) raw.push({ ...f, address: r.address });
    }
  }

  const acks = options.acknowledgements ?? [];
  const valid = options.validReason ?? ((s: { reason: string }) => s.reason.trim().length >= 10);
  const findings: ReviewFinding[] = raw.map((f) => {
    const def = REVIEW_CODES.find((c) => c.code === f.code)!;
    const blocking = def.blocking === "always" || (def.blocking === "protect" && protect);
    const ack = acks.find(
      (s) => s.id === f.code && valid(s) && (s.resource === undefined || s.resource === "" || s.resource === f.address),
    );
    return {
      code: f.code,
      address: f.address,
      message: f.message,
      blocking: blocking && !ack,
      acknowledged: ack?.reason,
      howTo: f.howTo,
    };
  });

  const status = !headDoc ? "destroyed" : !baseDoc ? "created" : resources.length ? "changed" : "unchanged";
  return { name, status, protect, counts, resources, findings };
}

function isDataResource(address: string, type: string, role: Map<string, string>): boolean {
  return type in DATA_TYPES || role.get(address) === "data-bucket";
}

/** Force-new attributes are exported for the cascade tests. */
export { forceNewAttributes, VPC_MODULE_SOURCE };

/**
 * The index of a stack's Terraform elements that policy rules read: every
 * resource, data source, provider and module block, resolved into the JSON
 * `cdktf synth` writes, by type and address, with the construct path of
 * each. Below it, the small readers every rule uses on those bodies.
 */
import { escapeRegExp } from "../text";

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

/** A Terraform identifier, as a RegExp source. */
export const NAME = "[A-Za-z_][A-Za-z0-9_-]*";

/**
 * The name `x` of `${<type>.x.<attribute>}` when `value` is exactly that
 * reference and the attribute is one of `attributes`.
 */
export function referencedName(value: unknown, type: string, attributes: readonly string[]): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = new RegExp(`^\\$\\{${escapeRegExp(type)}\\.(${NAME})\\.(${NAME})\\}$`).exec(value);
  return m && attributes.includes(m[2]) ? m[1] : undefined;
}

/** A value as text: strings as they are, anything else as JSON. */
export function asText(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

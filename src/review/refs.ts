/**
 * References inside synthesized values (`${aws_security_group.lustre.id}`,
 * `${element(module.vpc.private_subnets, 0)}`) and how values are shown.
 */

export interface ModuleRef {
  readonly module: string;
  readonly output: string;
  /** The list element taken (`element(x, 0)` or `x[0]`), when it is a literal. */
  readonly index?: number;
}

export interface Refs {
  /** `type.name` of resources and `data.type.name` of data sources (candidates; filter by what exists). */
  readonly addresses: Set<string>;
  readonly modules: ModuleRef[];
}

const RESOURCE_REF = /\b(data\.)?([a-z][a-z0-9]*_[a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const MODULE_REF = /(element\(\s*)?module\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_]+)(?:\s*,\s*(\d+)\s*\)|\[(\d+)\])?/g;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every reference inside `value` (strings at any depth, only inside `${...}`). */
export function refsOf(value: unknown): Refs {
  const addresses = new Set<string>();
  const modules: ModuleRef[] = [];
  for (const s of strings(value)) {
    if (!s.includes("${")) continue;
    for (const m of s.matchAll(RESOURCE_REF)) {
      if (m[2] === "module") continue;
      addresses.add(`${m[1] ?? ""}${m[2]}.${m[3]}`);
    }
    for (const m of s.matchAll(MODULE_REF)) {
      const idx = m[1] ? m[4] : m[5];
      modules.push({ module: m[2], output: m[3], index: idx === undefined ? undefined : Number(idx) });
    }
  }
  return { addresses, modules };
}

/** A value as written, on one line, at most `max` characters (the cut marked with …). */
export function show(value: unknown, max = 80): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const line = text.replace(/\s*\n\s*/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Two values shown side by side: when both are long and share a beginning,
 * each is shown from shortly before the first difference (`…` marks the cut).
 */
export function showPair(o: unknown, n: unknown, max = 80): [string | undefined, string | undefined] {
  const a = show(o, Number.MAX_SAFE_INTEGER);
  const b = show(n, Number.MAX_SAFE_INTEGER);
  if (a === undefined || b === undefined || (a.length <= max && b.length <= max)) return [show(o, max), show(n, max)];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const from = Math.max(0, p - 20);
  const cut = (x: string) => (from > 0 ? show(`…${x.slice(from)}`, max) : show(x, max));
  return [cut(a), cut(b)];
}

/** Canonical JSON: object keys sorted; lists sorted too when `unordered`. */
export function canonical(value: unknown, unordered = false): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(norm);
      return unordered ? items.map((x) => JSON.stringify(x)).sort() : items;
    }
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, norm((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(value)) ?? "undefined";
}

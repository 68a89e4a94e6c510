/** Reading the configuration document as parsed from YAML, before the schema has typed it. */
import { show } from "./findings";

export type Raw = Record<string, unknown>;

/** Short, readable description of a value as the user wrote it: scalars as the checks show them. */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return `a list (${JSON.stringify(v)})`;
  if (v !== null && typeof v === "object") return "a map";
  return show(v);
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return cur;
}

export function hasPath(root: unknown, path: readonly PropertyKey[]): boolean {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object" || !(p in (cur as object))) return false;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return true;
}

export function isPlainObject(v: unknown): v is Raw {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The segments of a finding path: `instanceGroups[1].instanceType` → ["instanceGroups", 1, "instanceType"]. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3]}"`));
  }
  return out;
}

/** A copy without the keys whose value is null, at every depth of maps: YAML's empty value means "the default". */
export function withoutNulls(raw: Raw): Raw {
  const out: Raw = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === null) continue;
    out[k] = isPlainObject(v) ? withoutNulls(v) : v;
  }
  return out;
}

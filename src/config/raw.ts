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

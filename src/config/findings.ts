/**
 * A finding of a configuration check, in the shape AWS ParallelCluster's
 * validators use: a stable code, a level, the path of the setting and a
 * message that says what was given and what is allowed.
 */
import type { ResolvedCluster } from "./resolve";

export type Level = "ERROR" | "WARNING";

export interface Finding {
  /** Stable code, e.g. FSX_THROUGHPUT; what a suppression names. */
  readonly code: string;
  readonly level: Level;
  /** Dotted path of the setting, relative to the cluster (fsx.perUnitStorageThroughput). */
  readonly path: string;
  /** The rest of the sentence after the path: "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300". */
  readonly message: string;
}

/** Finding once it is placed in the file: full path, and the reason when a suppression matched. */
export interface ReportedFinding extends Finding {
  readonly suppressedBy?: string;
  /** The setting at `path` is not in the file: the finding is about its default. */
  readonly fromDefault?: boolean;
  /** A finding about a top-level value, reported once: the clusters it affects. */
  readonly clusters?: readonly string[];
}

/** One row of the code table (README). */
export interface CheckCode {
  readonly code: string;
  readonly level: Level;
  readonly summary: string;
}

/** One pure check per concern. */
export type Check = (cluster: ResolvedCluster) => Finding[];

/** A check over all the clusters of a file (for example two stacks sharing one state key). */
export type FileCheck = (clusters: readonly ResolvedCluster[]) => Finding[];

export const error = (code: string, path: string, message: string): Finding => ({
  code,
  level: "ERROR",
  path,
  message,
});

export const warning = (code: string, path: string, message: string): Finding => ({
  code,
  level: "WARNING",
  path,
  message,
});

/** Joins allowed values the way the messages say them: "a, b or c". */
export function oneOf(values: readonly (string | number)[]): string {
  const v = values.map(String);
  return v.length <= 1 ? (v[0] ?? "") : `${v.slice(0, -1).join(", ")} or ${v[v.length - 1]}`;
}

// Message pieces: what "got …" shows and how lists are said.

/** Quotes strings, leaves numbers alone: what "got …" shows. */
export function show(v: unknown): string {
  if (v === undefined) return "nothing";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** "a", "a and b", "a, b and c". */
export function allOf(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} and ${values[values.length - 1]}`;
}

/** Path of a map key: tags.Project, or tags["my key"] when the key is not a plain word. */
export function keyPath(parent: string, key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Each later occurrence of a repeated key, with the index of the first one. */
export function duplicates<T>(items: readonly T[], key: (item: T) => unknown): { index: number; first: number }[] {
  const seen = new Map<unknown, number>();
  const out: { index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else out.push({ index, first });
  });
  return out;
}

export function formatFinding(f: ReportedFinding): string {
  const notes = [
    f.fromDefault ? `\`${f.path}\` is not in the file, so this is its default; write it to choose another value` : "",
    f.clusters ? `affects ${f.clusters.length === 1 ? "cluster" : "clusters"} ${allOf([...f.clusters])}` : "",
    f.suppressedBy ? `suppressed: ${f.suppressedBy}` : "",
  ].filter((n) => n !== "");
  const head = `${f.level} ${f.code} \`${f.path}\` ${f.message}`;
  return notes.length ? `${head} (${notes.join("; ")})` : head;
}

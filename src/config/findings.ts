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
  return v.length <= 1 ? v.join("") : `${v.slice(0, -1).join(", ")} or ${v[v.length - 1]}`;
}

export function formatFinding(f: ReportedFinding): string {
  const head = `${f.level} ${f.code} \`${f.path}\` ${f.message}`;
  return f.suppressedBy ? `${head} (suppressed: ${f.suppressedBy})` : head;
}

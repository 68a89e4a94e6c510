/**
 * Reads `hyperpod.config.yaml` (or the file named by HYPERPOD_CONFIG), merges
 * each cluster over the shared settings, validates the shape (shape errors
 * are worded by `zod-issues.ts`), resolves defaults, runs every check and
 * applies the suppressions (`suppressions.ts`). Nothing here writes a file:
 * the caller decides, from the findings, whether to synthesize at all.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { isScalar, parseDocument, visit, type YAMLError } from "yaml";
import type { z } from "zod";
import { ALL_CHECKS, CHECK_CODES, type CheckSelection } from "./checks";
import { error, type ReportedFinding } from "./findings";
import { describeValue, hasPath, isPlainObject, parsePath, type Raw, withoutNulls } from "./raw";
import { DEFAULT_STACK_NAME, type ResolvedCluster, resolveCluster } from "./resolve";
import { clusterSettingsSchema } from "./schema";
import { applySuppressions, suppressionFindings, unknownSuppressionFindings } from "./suppressions";
import { issueFindings } from "./zod-issues";

export const DEFAULT_CONFIG_FILE = "hyperpod.config.yaml";
const KNOWN_CODES = CHECK_CODES.map((c) => c.code);

export const CLUSTER_KEY_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9-]*$/;

export interface LoadOptions {
  /** Folder the default file is looked up in. Default: process.cwd(). */
  readonly cwd?: string;
  /** Environment (HYPERPOD_CONFIG). Default: process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface LoadedConfig {
  /** The file read, or undefined when none exists and the defaults apply. */
  readonly file?: string;
  /** The clusters, resolved; empty when the file has shape errors. */
  readonly clusters: ResolvedCluster[];
  /** Every finding with its full path; suppressed ones carry the reason. */
  readonly findings: ReportedFinding[];
}

/** Raised for a file that cannot be read or parsed at all. */
export class ConfigFileError extends Error {}

export function loadConfig(options: LoadOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const named = env.HYPERPOD_CONFIG;
  const file = named ? resolvePath(cwd, named) : resolvePath(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (named) {
      throw new ConfigFileError(`${file}: HYPERPOD_CONFIG names this file, but it does not exist`);
    }
    return evaluate({}, undefined);
  }
  const kind = statSync(file);
  if (!kind.isFile()) {
    const what = kind.isDirectory() ? "a directory" : kind.isFIFO() ? "a named pipe (fifo)" : "not a regular file";
    const fix = named ? "set HYPERPOD_CONFIG to a YAML file" : `remove it or set HYPERPOD_CONFIG to a YAML file`;
    throw new ConfigFileError(`${file}: is ${what}, not a configuration file; ${fix}`);
  }
  return evaluate(parseYaml(readFileSync(file, "utf8"), file), file);
}

/**
 * Validates an already parsed document (the file's content). `selection`
 * narrows the checks that run (tests of one concern); shape errors and
 * suppressions are always judged.
 */
export function evaluate(raw: Raw, file?: string, selection: CheckSelection = ALL_CHECKS): LoadedConfig {
  const { clusters: clusterMap, $schema: _ignored, ...written } = raw;
  const shared = withoutNulls(written);
  const findings: ReportedFinding[] = [];
  const parsed: { name: string; prefix: string; own: Raw; settings: z.output<typeof clusterSettingsSchema> }[] = [];

  let entries: [string, Raw][];
  if (clusterMap == null) {
    entries = [[DEFAULT_STACK_NAME, {}]];
  } else if (!isPlainObject(clusterMap)) {
    findings.push(
      error("CONFIG_TYPE", "clusters", `must be a map of cluster name to settings, got ${describeValue(clusterMap)}`),
    );
    entries = [];
  } else if (Object.keys(clusterMap).length === 0) {
    findings.push(
      error("CONFIG_RANGE", "clusters", "must name at least one cluster (or leave clusters out), got an empty map"),
    );
    entries = [];
  } else {
    entries = [];
    for (const [name, value] of Object.entries(clusterMap)) {
      if (!CLUSTER_KEY_PATTERN.test(name)) {
        findings.push(
          error(
            "CONFIG_CLUSTER_KEY",
            `clusters.${name}`,
            "must be letters, digits and hyphens, starting with a letter or digit",
          ),
        );
      } else if (!isPlainObject(value ?? {})) {
        findings.push(
          error("CONFIG_TYPE", `clusters.${name}`, `must be a map of settings, got ${describeValue(value)}`),
        );
      } else {
        entries.push([name, (value ?? {}) as Raw]);
      }
    }
  }

  for (const [name, own] of entries) {
    const prefix = clusterMap ? `clusters.${name}.` : "";
    const merged = deepMerge(shared, own);
    const result = clusterSettingsSchema.safeParse(merged);
    if (!result.success) {
      // An unknown key is judged where the key itself is written, not where its parent map is.
      const issues = result.error.issues.flatMap((issue): z.core.$ZodIssue[] =>
        issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
      );
      for (const issue of issues) {
        const written = issue.code === "unrecognized_keys" ? [...issue.path, ...issue.keys] : issue.path;
        const atTop = prefix !== "" && !hasPath(own, written);
        const found = issueFindings(issue, merged, atTop ? "" : prefix);
        findings.push(...(atTop ? found.map((f) => ({ ...f, clusters: [name] })) : found));
      }
      continue;
    }
    parsed.push({ name, prefix, own, settings: result.data });
  }

  if (findings.length > 0) {
    return { file, clusters: [], findings: dedupe(findings) };
  }

  const clusters = parsed.map((p) => resolveCluster(p.name, p.prefix, p.settings));
  const reported: ReportedFinding[] = [];
  clusters.forEach((c, i) => {
    // Suppressions inherited from the top level are reported once, at the top level.
    const suppressionsAt = "suppressions" in parsed[i].own ? c.pathPrefix : "";
    reported.push(...suppressionFindings(c, suppressionsAt));
    reported.push(...unknownSuppressionFindings(c, suppressionsAt, KNOWN_CODES));
    const own = selection.checks.flatMap((check) => check(c));
    reported.push(...applySuppressions(c, own).map((f) => placed(f, c, parsed[i].own, shared)));
  });
  // Findings over several clusters carry the full path of the cluster they are reported on;
  // that cluster's suppressions apply to them.
  for (const f of selection.fileChecks.flatMap((check) => check(clusters))) {
    const owner = clusters.find((c) => c.pathPrefix && f.path.startsWith(c.pathPrefix)) ?? clusters[0];
    const [applied] = applySuppressions(owner, [{ ...f, path: f.path.slice(owner.pathPrefix.length) }]);
    reported.push({ ...applied, path: f.path });
  }
  return { file, clusters, findings: dedupe(reported) };
}

/**
 * Where a check's finding is reported: at the cluster's own path when the
 * cluster writes the setting, once at the top-level path (naming the
 * clusters) when only the shared settings do, and marked as a default when
 * the file writes it nowhere.
 */
function placed(f: ReportedFinding, c: ResolvedCluster, own: Raw, shared: Raw): ReportedFinding {
  const segments = parsePath(f.path);
  if (hasPath(own, segments)) return { ...f, path: c.pathPrefix + f.path };
  if (hasPath(shared, segments)) return c.pathPrefix ? { ...f, clusters: [c.stackName] } : f;
  return { ...f, path: c.pathPrefix + f.path, fromDefault: true };
}

/** Settings whose values are version numbers: YAML reads an unquoted 2.10 as the number 2.1. */
const VERSION_KEYS = new Set(["lustreVersion"]);

export function parseYaml(text: string, file: string): Raw {
  // yaml 2 defaults: duplicate keys are errors, and errors carry their line and column.
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const lines = text.split("\n");
    const problems = doc.errors.map((e) => yamlProblem(e, lines));
    throw new ConfigFileError(`${file}: not valid YAML:\n  ${problems.join("\n  ")}`);
  }
  // A version written without quotes is taken as written (2.10 stays "2.10"), not as YAML's number.
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && VERSION_KEYS.has(String(pair.key.value)) && isScalar(pair.value)) {
        if (typeof pair.value.value === "number") pair.value.value = pair.value.source ?? String(pair.value.value);
      }
    },
  });
  const value: unknown = doc.toJS() ?? {};
  if (!isPlainObject(value)) {
    throw new ConfigFileError(`${file}: the top level must be a map of settings, got ${describeValue(value)}`);
  }
  return value;
}

/** Objects merge key by key; lists and scalars from `over` replace; a null in `over` removes the key. */
export function deepMerge(base: Raw, over: Raw): Raw {
  const out: Raw = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else if (isPlainObject(v) && isPlainObject(out[k])) out[k] = deepMerge(out[k] as Raw, v);
    else out[k] = v;
  }
  return out;
}

/** One finding per code, path and message; the clusters of merged top-level findings are joined. */
function dedupe(findings: ReportedFinding[]): ReportedFinding[] {
  const seen = new Map<string, number>();
  const out: ReportedFinding[] = [];
  for (const f of findings) {
    const key = JSON.stringify([f.code, f.path, f.message, f.suppressedBy]);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(f);
    } else if (f.clusters) {
      const clusters = [...(out[at].clusters ?? []), ...f.clusters];
      out[at] = { ...out[at], clusters: [...new Set(clusters)] };
    }
  }
  return out;
}

/**
 * One line per YAML error: where, what, the line with a caret under the
 * spot, and the key it belongs to (a duplicate key is named).
 */
export function yamlProblem(e: Pick<YAMLError, "message" | "code" | "linePos">, lines: readonly string[]): string {
  const what = e.message.split(" at line ")[0];
  const pos = e.linePos?.[0];
  if (!pos) return what;
  const keys = keyPathAt(lines, pos.line - 1);
  const where = keys.length ? ` (in \`${keys.join(".")}\`)` : "";
  const detail =
    e.code === "DUPLICATE_KEY" && keys.length
      ? `the key \`${keys.join(".")}\` is written twice in the same map; keep one`
      : `${what}${where}`;
  const source = lines[pos.line - 1] ?? "";
  return `line ${pos.line}, column ${pos.col}: ${detail}\n      ${source}\n      ${" ".repeat(Math.max(0, pos.col - 1))}^`;
}

const KEY_LINE = /^(\s*(?:-\s+)?)([^\s#:'"-][^:#]*?|"[^"]*"|'[^']*'):(?:\s|$)/;

/**
 * The keys that lead to a line of a block-style YAML file: its own key, then
 * each less indented parent (a key's indent is its column, after any "- ").
 */
export function keyPathAt(lines: readonly string[], index: number): string[] {
  let i = index;
  while (i >= 0 && !KEY_LINE.test(lines[i] ?? "")) i--;
  if (i < 0) return [];
  const first = KEY_LINE.exec(lines[i]) as RegExpExecArray;
  const keys = [first[2].replace(/^["']|["']$/g, "")];
  let indent = first[1].length;
  for (let j = i - 1; j >= 0; j--) {
    const m = KEY_LINE.exec(lines[j]);
    if (m && m[1].length < indent) {
      keys.unshift(m[2].replace(/^["']|["']$/g, ""));
      indent = m[1].length;
    }
  }
  return keys;
}

/**
 * Reads `hyperpod.config.yaml` (or the file named by HYPERPOD_CONFIG), merges
 * each cluster over the shared settings, validates the shape, resolves
 * defaults and runs every check. Nothing here writes a file: the caller
 * decides, from the findings, whether to synthesize at all.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { CHECKS, FILE_CHECKS } from "./checks";
import { show } from "./checks/rules";
import { error, type Finding, oneOf, type ReportedFinding } from "./findings";
import { DEFAULT_STACK_NAME, type ResolvedCluster, resolveCluster } from "./resolve";
import { clusterSettingsSchema, hasValidReason, MIN_REASON_LENGTH } from "./schema";

export const DEFAULT_CONFIG_FILE = "hyperpod.config.yaml";
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

type Raw = Record<string, unknown>;

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
  return evaluate(parseYaml(readFileSync(file, "utf8"), file), file);
}

/** Validates an already parsed document (the file's content). */
export function evaluate(raw: Raw, file?: string): LoadedConfig {
  const { clusters: clusterMap, $schema: _ignored, ...shared } = raw;
  const findings: Finding[] = [];
  const parsed: { name: string; prefix: string; own: Raw; settings: z.output<typeof clusterSettingsSchema> }[] = [];

  let entries: [string, Raw][];
  if (clusterMap === undefined || clusterMap === null) {
    entries = [[DEFAULT_STACK_NAME, {}]];
  } else if (!isPlainObject(clusterMap)) {
    findings.push(
      error("CONFIG_TYPE", "clusters", `must be a map of cluster name to settings, got ${describe(clusterMap)}`),
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
      } else if (value !== null && value !== undefined && !isPlainObject(value)) {
        findings.push(error("CONFIG_TYPE", `clusters.${name}`, `must be a map of settings, got ${describe(value)}`));
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
      for (const issue of result.error.issues) {
        const origin = hasPath(own, issue.path) ? prefix : "";
        findings.push(...issueFindings(issue, merged, origin));
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
    reported.push(...suppressionFindings(c, "suppressions" in parsed[i].own ? c.pathPrefix : ""));
    const own = CHECKS.flatMap((check) => check(c));
    reported.push(...applySuppressions(c, own).map((f) => ({ ...f, path: c.pathPrefix + f.path })));
  });
  // Findings over several clusters carry the full path of the cluster they are reported on;
  // that cluster's suppressions apply to them.
  for (const f of FILE_CHECKS.flatMap((check) => check(clusters))) {
    const owner = clusters.find((c) => c.pathPrefix && f.path.startsWith(c.pathPrefix)) ?? clusters[0];
    const [applied] = applySuppressions(owner, [{ ...f, path: f.path.slice(owner.pathPrefix.length) }]);
    reported.push({ ...applied, path: f.path });
  }
  return { file, clusters, findings: dedupe(reported) };
}

export function parseYaml(text: string, file: string): Raw {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      const what = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      return pos ? `line ${pos.line}, column ${pos.col}: ${what}` : what;
    });
    throw new ConfigFileError(`${file}: not valid YAML:\n  ${problems.join("\n  ")}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (!isPlainObject(value)) {
    throw new ConfigFileError(`${file}: the top level must be a map of settings, got ${describe(value)}`);
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

function suppressionFindings(c: ResolvedCluster, prefix: string): Finding[] {
  return c.suppressions.flatMap((s, i) =>
    !hasValidReason(s)
      ? [
          error(
            "CONFIG_SUPPRESSION_REASON",
            `${prefix}suppressions[${i}].reason`,
            `must explain why ${s.id} is suppressed in at least ${MIN_REASON_LENGTH} characters, got ${JSON.stringify(s.reason)}`,
          ),
        ]
      : [],
  );
}

function applySuppressions(c: ResolvedCluster, findings: Finding[]): ReportedFinding[] {
  return findings.map((f) => {
    const s = c.suppressions.find(
      (x) =>
        x.id === f.code &&
        hasValidReason(x) &&
        (x.resource === undefined ||
          f.path === x.resource ||
          f.path.startsWith(`${x.resource}.`) ||
          f.path.startsWith(`${x.resource}[`)),
    );
    return s ? { ...f, suppressedBy: s.reason } : f;
  });
}

function issueFindings(issue: z.core.$ZodIssue, root: unknown, prefix: string): Finding[] {
  const path = prefix + formatPath(issue.path);
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const allowed = allowedKeys(issue.path, valueAt(root, issue.path));
        const hint = allowed.length ? `; allowed here: ${allowed.join(", ")}` : "";
        return error("CONFIG_UNKNOWN_KEY", joinPath(path, key), `is not a known setting${hint}`);
      });
    case "invalid_type":
      return [
        got === undefined
          ? error("CONFIG_REQUIRED", path, `is required (${expected(issue.expected)})`)
          : error("CONFIG_TYPE", path, `must be ${expected(issue.expected)}, got ${describe(got)}`),
      ];
    case "invalid_value":
      return [error("CONFIG_VALUE", path, `must be ${oneOf(issue.values.map(String))}, got ${describe(got)}`)];
    case "invalid_union": {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc) {
        const allowed = allowedDiscriminators(issue.path.slice(0, -1));
        return [error("CONFIG_VALUE", path, `must be ${oneOf(allowed)}, got ${describe(got)}`)];
      }
      return [error("CONFIG_INVALID", path, `is not valid, got ${describe(got)}`)];
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? "at least" : "at most";
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const what =
        issue.origin === "array"
          ? `a list of ${bound} ${limit} item(s)`
          : issue.origin === "string"
            ? `${bound} ${limit} character(s) long`
            : `${bound} ${limit}`;
      return [error("CONFIG_RANGE", path, `must be ${what}, got ${describe(got)}`)];
    }
    default:
      return [error("CONFIG_INVALID", path, `${issue.message}, got ${describe(got)}`)];
  }
}

function expected(t: string): string {
  const words: Record<string, string> = {
    int: "a whole number",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    array: "a list",
    object: "a map",
    record: "a map",
  };
  return words[t] ?? t;
}

/** Short, readable description of a value as the user wrote it: scalars as the checks show them. */
function describe(v: unknown): string {
  if (Array.isArray(v)) return `a list (${JSON.stringify(v)})`;
  if (v !== null && typeof v === "object") return "a map";
  return show(v);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    "",
  );
}

function joinPath(path: string, key: string): string {
  return path && !path.endsWith(".") ? `${path}.${key}` : `${path}${key}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return cur;
}

function hasPath(root: unknown, path: readonly PropertyKey[]): boolean {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object" || !(p in (cur as object))) return false;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return true;
}

/** Walks the schema along a path, through defaults, optionals, lists and records. */
function schemaAt(path: readonly PropertyKey[]): any {
  let s: any = clusterSettingsSchema;
  const unwrap = () => {
    while (s && ["default", "optional", "nullable", "prefault"].includes(s._zod.def.type)) s = s._zod.def.innerType;
  };
  for (const p of path) {
    unwrap();
    if (!s) return undefined;
    const def = s._zod.def;
    if (def.type === "object") s = def.shape[p as string];
    else if (def.type === "array") s = def.element;
    else if (def.type === "record") s = def.valueType;
    else return undefined;
  }
  unwrap();
  return s;
}

/** Keys of the object schema at `path`; for a union, of the option whose `type` the value names. */
function allowedKeys(path: readonly PropertyKey[], value: unknown): string[] {
  let s = schemaAt(path);
  if (s?._zod.def.type === "union" && isPlainObject(value)) {
    s = s._zod.def.options.find((o: any) => o._zod.def.shape?.type?._zod.def.values?.[0] === value.type);
  }
  if (s?._zod.def.type === "object") return Object.keys(s._zod.def.shape);
  return [];
}

function allowedDiscriminators(path: readonly PropertyKey[]): string[] {
  const s = schemaAt(path);
  if (s?._zod.def.type !== "union") return [];
  return s._zod.def.options.map((o: any) => o._zod.def.shape.type._zod.def.values[0]);
}

function dedupe<T extends Finding>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.path}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isPlainObject(v: unknown): v is Raw {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

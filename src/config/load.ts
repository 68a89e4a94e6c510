/**
 * Reads `hyperpod.config.yaml` (or the file named by HYPERPOD_CONFIG), merges
 * each cluster over the shared settings, validates the shape (shape errors
 * are worded by `zod-issues.ts`), resolves defaults, runs every check and
 * applies the suppressions (`suppressions.ts`). Nothing here writes a file:
 * the caller decides, from the findings, whether to synthesize at all.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { CHECKS, FILE_CHECKS } from "./checks";
import { error, type Finding, type ReportedFinding } from "./findings";
import { describeValue, hasPath, isPlainObject, type Raw } from "./raw";
import { DEFAULT_STACK_NAME, type ResolvedCluster, resolveCluster } from "./resolve";
import { clusterSettingsSchema } from "./schema";
import { applySuppressions, suppressionFindings } from "./suppressions";
import { issueFindings } from "./zod-issues";

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
      } else if (value !== null && value !== undefined && !isPlainObject(value)) {
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

function dedupe<T extends Finding>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.path}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Test helpers for the configuration checks: run YAML-like settings through
 * evaluate() (so merging, defaults and suppressions are real) and return the
 * findings as plain {code, level, path, message}.
 */
import { ALL_CHECKS, CHECK_CODES, type CheckSelection, checksFor } from "../../../src/config/checks";
import { error, type Finding, warning } from "../../../src/config/findings";
import { evaluate } from "../../../src/config/load";
import { type ResolvedCluster, resolveCluster } from "../../../src/config/resolve";
import { clusterSettingsSchema } from "../../../src/config/schema";

export type Settings = Record<string, unknown>;
export type Row = [title: string, settings: Settings, expected: Finding[]];

export { error as err, warning as warn };

const LEVEL_OF = new Map(CHECK_CODES.map((c) => [c.code, c.level]));

/** Every finding evaluate() reports for a file holding these settings (every check, or the selected ones). */
export function findingsOf(settings: Settings, selection: CheckSelection = ALL_CHECKS): Finding[] {
  const { findings } = evaluate(settings, undefined, selection);
  for (const f of findings) {
    // Every code a check emits is documented in CHECK_CODES with its level.
    if (LEVEL_OF.get(f.code) !== f.level)
      throw new Error(`${f.code} (${f.level}) is not in CHECK_CODES with that level`);
  }
  return findings.map(({ code, level, path, message }) => ({ code, level, path, message }));
}

/**
 * The findings with one of these codes. Only the concerns that report them
 * run, so a mutation in one concern runs that concern's tests; that no
 * concern reports anything on a valid file is valid.test.ts's matter.
 */
export function findingsWith(settings: Settings, ...codes: string[]): Finding[] {
  return findingsOf(settings, checksFor(codes)).filter((f) => codes.includes(f.code));
}

/** Unit level: parse and resolve one cluster's settings without running the checks. */
export function resolved(settings: Settings, stackName = "hyperpod", pathPrefix = ""): ResolvedCluster {
  return resolveCluster(stackName, pathPrefix, clusterSettingsSchema.parse(settings));
}

export const controller = (extra: Settings = {}): Settings => ({
  name: "controller-group",
  role: "controller",
  instanceType: "ml.t3.medium",
  ...extra,
});

export const worker = (name: string, instanceType = "ml.c5.xlarge", extra: Settings = {}): Settings => ({
  name,
  role: "worker",
  instanceType,
  ...extra,
});

export const login = (name: string, instanceType = "ml.m5.xlarge", extra: Settings = {}): Settings => ({
  name,
  role: "login",
  instanceType,
  ...extra,
});

/** Settings whose only instance groups are a controller plus these. */
export const groups = (...more: Settings[]): Settings => ({ instanceGroups: [controller(), ...more] });

/** Every configuration check, in the order their findings are printed. */
import type { Check, CheckCode, FileCheck } from "../findings";
import * as accessLogs from "./access-logs";
import * as accounting from "./accounting";
import * as dataRepository from "./data-repository";
import * as efa from "./efa";
import * as encryption from "./encryption";
import * as flowLogs from "./flow-logs";
import * as fsx from "./fsx";
import * as instanceGroups from "./instance-groups";
import * as names from "./names";
import * as network from "./network";
import * as region from "./region";
import * as state from "./state";
import * as tags from "./tags";
import * as users from "./users";

const CONCERNS = [
  region,
  names,
  tags,
  instanceGroups,
  users,
  network,
  flowLogs,
  fsx,
  dataRepository,
  accessLogs,
  encryption,
  efa,
  accounting,
  state,
];

export const CHECKS: Check[] = CONCERNS.flatMap((m) => m.CHECKS);

export const FILE_CHECKS: FileCheck[] = [...state.FILE_CHECKS];

/** The checks a run performs: every check by default (see `evaluate`). */
export interface CheckSelection {
  readonly checks: readonly Check[];
  readonly fileChecks: readonly FileCheck[];
}

export const ALL_CHECKS: CheckSelection = { checks: CHECKS, fileChecks: FILE_CHECKS };

/**
 * Only the concerns that can report one of `codes` (by their `CODES`), so a
 * test of one concern runs that concern alone. Throws for a code no concern
 * reports (the loader's `CONFIG_*` codes are always reported).
 */
export function checksFor(codes: readonly string[]): CheckSelection {
  const unknown = codes.filter(
    (code) => !CONFIG_CODES.some((c) => c.code === code) && !CONCERNS.some((m) => m.CODES.some((c) => c.code === code)),
  );
  if (unknown.length > 0) throw new Error(`checksFor: no check reports ${unknown.join(", ")}`);
  const concerns = CONCERNS.filter((m) => m.CODES.some((c) => codes.includes(c.code)));
  return {
    checks: concerns.flatMap((m) => m.CHECKS),
    fileChecks: concerns.flatMap((m) => ("FILE_CHECKS" in m ? m.FILE_CHECKS : [])),
  };
}

/** Codes load.ts reports while reading the file (shape errors and suppressions). */
export const CONFIG_CODES: CheckCode[] = [
  { code: "CONFIG_TYPE", level: "ERROR", summary: "A setting has the wrong type (or clusters is not a map)" },
  { code: "CONFIG_REQUIRED", level: "ERROR", summary: "A required setting is missing" },
  { code: "CONFIG_UNKNOWN_KEY", level: "ERROR", summary: "A setting the schema does not know (typo?)" },
  { code: "CONFIG_VALUE", level: "ERROR", summary: "A value outside its enum" },
  { code: "CONFIG_RANGE", level: "ERROR", summary: "A list, string or number below its minimum or above its maximum" },
  { code: "CONFIG_INVALID", level: "ERROR", summary: "Any other shape error" },
  { code: "CONFIG_CLUSTER_KEY", level: "ERROR", summary: "A clusters key that is not letters, digits and hyphens" },
  {
    code: "CONFIG_SUPPRESSION_REASON",
    level: "ERROR",
    summary: "A suppression whose reason is shorter than 10 characters",
  },
  {
    code: "CONFIG_SUPPRESSION_UNKNOWN",
    level: "WARNING",
    summary: "A suppression that names no check code (POL- and REV- ids are the policy pack's and the review's)",
  },
];

/** Every code a finding can carry, for the README. */
export const CHECK_CODES: CheckCode[] = [...CONFIG_CODES, ...CONCERNS.flatMap((m) => m.CODES)];

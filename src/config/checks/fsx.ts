/**
 * FSx for Lustre file system settings against the CreateFileSystem rules
 * (what the API reference and AWS ParallelCluster's FSx validators allow).
 * Shape and enums are enforced by the schema; these relate the values.
 *
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystem.html
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystemLustreConfiguration.html
 */

import { EFA_CAPACITY_STEP } from "../../aws/fsx-lustre";
import { allOf, type Check, type CheckCode, error, oneOf, show, warning } from "../findings";
import type { ResolvedCluster } from "../resolve";

export const CODES: CheckCode[] = [
  {
    code: "FSX_STORAGE_CAPACITY",
    level: "ERROR",
    summary: "storageCapacity is not a size the deployment and storage type allow",
  },
  { code: "FSX_STORAGE_TYPE", level: "ERROR", summary: "HDD storage on a deployment type other than PERSISTENT_1" },
  {
    code: "FSX_THROUGHPUT",
    level: "ERROR",
    summary: "perUnitStorageThroughput missing, not allowed or not a value of the deployment and storage type",
  },
  {
    code: "FSX_METADATA",
    level: "ERROR",
    summary: "Metadata configuration on a deployment type other than PERSISTENT_2",
  },
  {
    code: "FSX_METADATA_IOPS",
    level: "ERROR",
    summary: "Metadata iops set with AUTOMATIC, or missing or not an allowed value with USER_PROVISIONED",
  },
  {
    code: "FSX_LUSTRE_VERSION",
    level: "ERROR",
    summary: "lustreVersion not available for the deployment type (2.10/2.12 with PERSISTENT_2 and metadata)",
  },
  {
    code: "FSX_EFA",
    level: "ERROR",
    summary: "efaEnabled without PERSISTENT_2, a metadata configuration and securityMode efa",
  },
  {
    code: "FSX_EFA_CAPACITY",
    level: "WARNING",
    summary: "EFA-enabled file system whose capacity is not a multiple of the EFA step for its throughput",
  },
  {
    code: "FSX_MOUNT_POINT",
    level: "ERROR",
    summary: "mountPoint is not a normalized absolute path other than / without spaces",
  },
];

type Fsx = ResolvedCluster["fsx"];

const isMultiple = (n: number, step: number) => n > 0 && n % step === 0;

/** Label of the deployment type, with the storage type where the rules depend on it. */
function label(fsx: Fsx): string {
  return fsx.deploymentType === "PERSISTENT_1" ? `PERSISTENT_1 ${fsx.storageType}` : fsx.deploymentType;
}

interface CapacityRule {
  readonly ok: (gib: number) => boolean;
  readonly allowed: string;
}

/**
 * CreateFileSystem StorageCapacity. The API model also names a 600 GiB
 * minimum for PERSISTENT_2 in one place; 1200 (what the user guide and every
 * sample use) is required here, the safe side.
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystem.html
 */
export function capacityRule(fsx: Fsx): CapacityRule {
  if (fsx.deploymentType === "SCRATCH_1") {
    return {
      ok: (n) => n === 1200 || n === 2400 || isMultiple(n, 3600),
      allowed: "1200, 2400 or a multiple of 3600 for SCRATCH_1",
    };
  }
  if (fsx.deploymentType === "PERSISTENT_1" && fsx.storageType === "HDD") {
    if (fsx.perUnitStorageThroughput === 12) {
      return { ok: (n) => isMultiple(n, 6000), allowed: "a multiple of 6000 for PERSISTENT_1 HDD at 12 MB/s/TiB" };
    }
    if (fsx.perUnitStorageThroughput === 40) {
      return { ok: (n) => isMultiple(n, 1800), allowed: "a multiple of 1800 for PERSISTENT_1 HDD at 40 MB/s/TiB" };
    }
    return {
      ok: (n) => isMultiple(n, 6000) || isMultiple(n, 1800),
      allowed: "a multiple of 6000 (at 12 MB/s/TiB) or of 1800 (at 40 MB/s/TiB) for PERSISTENT_1 HDD",
    };
  }
  return {
    ok: (n) => n === 1200 || isMultiple(n, 2400),
    allowed: `1200, 2400 or a multiple of 2400 for ${label(fsx)}`,
  };
}

export const storageCapacity: Check = (c) => {
  const rule = capacityRule(c.fsx);
  return rule.ok(c.fsx.storageCapacity)
    ? []
    : [error("FSX_STORAGE_CAPACITY", "fsx.storageCapacity", `must be ${rule.allowed}, got ${c.fsx.storageCapacity}`)];
};

export const storageType: Check = (c) =>
  c.fsx.storageType === "HDD" && c.fsx.deploymentType !== "PERSISTENT_1"
    ? [
        error(
          "FSX_STORAGE_TYPE",
          "fsx.storageType",
          `must be SSD for ${c.fsx.deploymentType} (HDD is only for PERSISTENT_1), got "HDD"`,
        ),
      ]
    : [];

/** Allowed per-unit throughput (MB/s/TiB), or undefined where it must not be set (scratch). */
export function throughputValues(fsx: Fsx): readonly number[] | undefined {
  switch (fsx.deploymentType) {
    case "PERSISTENT_1":
      return fsx.storageType === "HDD" ? [12, 40] : [50, 100, 200];
    case "PERSISTENT_2":
      return [125, 250, 500, 1000];
  }
  return undefined;
}

export const throughput: Check = (c) => {
  const values = throughputValues(c.fsx);
  const got = c.fsx.perUnitStorageThroughput;
  const path = "fsx.perUnitStorageThroughput";
  if (values === undefined) {
    return got === undefined
      ? []
      : [
          error(
            "FSX_THROUGHPUT",
            path,
            `must not be set for ${c.fsx.deploymentType} (only persistent file systems take it), got ${got}`,
          ),
        ];
  }
  return got !== undefined && values.includes(got)
    ? []
    : [error("FSX_THROUGHPUT", path, `must be ${oneOf(values)} for ${label(c.fsx)}, got ${show(got)}`)];
};

export const metadataDeploymentType: Check = (c) =>
  c.fsx.metadata !== undefined && c.fsx.deploymentType !== "PERSISTENT_2"
    ? [
        error(
          "FSX_METADATA",
          "fsx.metadata",
          `must not be set for ${c.fsx.deploymentType} (only PERSISTENT_2 takes a metadata configuration), got mode ${c.fsx.metadata.mode}`,
        ),
      ]
    : [];

export const METADATA_IOPS_TEXT = "1500, 3000, 6000, 12000 or a multiple of 12000 up to 192000";

export function validMetadataIops(iops: number): boolean {
  return [1500, 3000, 6000].includes(iops) || (isMultiple(iops, 12000) && iops <= 192000);
}

export const metadataIops: Check = (c) => {
  const m = c.fsx.metadata;
  if (m === undefined) return [];
  if (m.mode === "AUTOMATIC") {
    return m.iops === undefined
      ? []
      : [
          error(
            "FSX_METADATA_IOPS",
            "fsx.metadata.iops",
            `must not be set with mode AUTOMATIC (FSx sizes it), got ${m.iops}`,
          ),
        ];
  }
  return m.iops !== undefined && validMetadataIops(m.iops)
    ? []
    : [
        error(
          "FSX_METADATA_IOPS",
          "fsx.metadata.iops",
          `must be ${METADATA_IOPS_TEXT} with mode USER_PROVISIONED, got ${show(m.iops)}`,
        ),
      ];
};

/**
 * 2.10: scratch and PERSISTENT_1 only; 2.12: every type except PERSISTENT_2
 * with a metadata configuration; 2.15: every type.
 */
export function lustreVersions(fsx: Fsx): { versions: string[]; what: string } {
  if (fsx.deploymentType !== "PERSISTENT_2") return { versions: ["2.10", "2.12", "2.15"], what: fsx.deploymentType };
  return fsx.metadata !== undefined
    ? { versions: ["2.15"], what: "PERSISTENT_2 with a metadata configuration" }
    : { versions: ["2.12", "2.15"], what: "PERSISTENT_2" };
}

export const lustreVersion: Check = (c) => {
  const { versions, what } = lustreVersions(c.fsx);
  return versions.includes(c.fsx.lustreVersion)
    ? []
    : [
        error(
          "FSX_LUSTRE_VERSION",
          "fsx.lustreVersion",
          `must be ${oneOf(versions)} for ${what}, got ${show(c.fsx.lustreVersion)}`,
        ),
      ];
};

/** EFA needs PERSISTENT_2, a metadata configuration and a security group open to itself (securityMode efa). */
export const efaFileSystem: Check = (c) => {
  if (!c.fsx.efaEnabled) return [];
  const missing: string[] = [];
  if (c.fsx.deploymentType !== "PERSISTENT_2")
    missing.push(`deploymentType PERSISTENT_2 (got ${c.fsx.deploymentType})`);
  if (c.fsx.metadata === undefined) missing.push("a metadata configuration (fsx.metadata)");
  if (c.securityMode !== "efa") missing.push(`securityMode efa (got ${c.securityMode})`);
  return missing.length === 0 ? [] : [error("FSX_EFA", "fsx.efaEnabled", `needs ${allOf(missing)}`)];
};

// The guide states EFA_CAPACITY_STEP for growing a file system; creation is not said to need the same
// multiples, so this only warns.

export const efaCapacity: Check = (c) => {
  if (!c.fsx.efaEnabled || c.fsx.perUnitStorageThroughput === undefined) return [];
  const step = EFA_CAPACITY_STEP[c.fsx.perUnitStorageThroughput];
  if (step === undefined || isMultiple(c.fsx.storageCapacity, step)) return [];
  return [
    warning(
      "FSX_EFA_CAPACITY",
      "fsx.storageCapacity",
      `should be a multiple of ${step} for an EFA-enabled file system at ${c.fsx.perUnitStorageThroughput} MB/s/TiB (its growth step; FSx may refuse other sizes), got ${c.fsx.storageCapacity}`,
    ),
  ];
};

/** Why a mount point is not usable, completing "must …"; undefined when it is. */
export function mountPointProblem(p: string): string | undefined {
  if (!p.startsWith("/")) return "be an absolute path like /fsx";
  if (p === "/") return "not be / itself";
  if (/\s/.test(p)) return "not contain spaces";
  if (p.endsWith("/")) return "not end with /";
  if (
    p
      .split("/")
      .slice(1)
      .some((s) => s === "" || s === "." || s === "..")
  )
    return "not contain empty, . or .. segments";
  return undefined;
}

export const mountPoint: Check = (c) => {
  const problem = mountPointProblem(c.fsx.mountPoint);
  return problem === undefined
    ? []
    : [error("FSX_MOUNT_POINT", "fsx.mountPoint", `must ${problem}, got ${show(c.fsx.mountPoint)}`)];
};

export const CHECKS: Check[] = [
  storageCapacity,
  storageType,
  throughput,
  metadataDeploymentType,
  metadataIops,
  lustreVersion,
  efaFileSystem,
  efaCapacity,
  mountPoint,
];

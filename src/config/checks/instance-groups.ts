/**
 * Instance groups: roles, counts, types and per-group settings, against the
 * SageMaker CreateCluster limits and what provisioning_parameters.json can
 * express (one controller group, at most one login group, each worker group
 * in one Slurm partition).
 *
 * Choices:
 * - Worker and login groups may have count 0: the API allows it and a group
 *   can be scaled up later; no finding.
 * - No worker group at all is fine (the original cluster had only a controller).
 * - Two worker groups may share a partition: Slurm takes nodes of both.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterInstanceGroupSpecification.html
 */

import { isKnownInstanceType } from "../../aws/instance-types";
import { type Check, type CheckCode, duplicates, error, show, warning } from "../findings";

export const CODES: CheckCode[] = [
  { code: "GROUP_CONTROLLER", level: "ERROR", summary: "Not exactly one controller group" },
  { code: "GROUP_CONTROLLER_COUNT", level: "ERROR", summary: "Controller group count is not 1" },
  { code: "GROUP_LOGIN", level: "ERROR", summary: "More than one login group" },
  { code: "GROUP_COUNT", level: "ERROR", summary: "Worker or login group count outside 0-6758" },
  { code: "GROUP_INSTANCE_TYPE", level: "ERROR", summary: "Instance type does not start with ml." },
  {
    code: "GROUP_INSTANCE_TYPE_UNKNOWN",
    level: "WARNING",
    summary: "Instance type is not a known HyperPod type (AWS adds types; check the spelling)",
  },
  { code: "GROUP_THREADS_PER_CORE", level: "ERROR", summary: "threadsPerCore is not 1 or 2" },
  { code: "GROUP_EBS_VOLUME", level: "ERROR", summary: "ebsVolumeSizeGb outside 1-16384" },
  { code: "GROUP_HEALTH_CHECKS", level: "ERROR", summary: "A deep health check is listed twice" },
  {
    code: "GROUPS_MANY",
    level: "WARNING",
    summary: "More than 20 instance groups (the documented limit; the API allows 100)",
  },
  { code: "GROUPS_TOO_MANY", level: "ERROR", summary: "More than 100 instance groups (the API limit)" },
  {
    code: "GROUP_PARTITION",
    level: "ERROR",
    summary: "Slurm partition name is not letters, digits, dots, underscores or hyphens",
  },
  {
    code: "GROUP_PARTITION_IGNORED",
    level: "WARNING",
    summary: "partition is set on a controller or login group, where it is ignored",
  },
];

export const MAX_INSTANCE_COUNT = 6758;
export const DOCUMENTED_MAX_GROUPS = 20;
export const API_MAX_GROUPS = 100;
export const MAX_EBS_GB = 16384;
const PARTITION_PATTERN = /^[A-Za-z0-9._-]+$/;

const indexes = (list: number[]) => list.map((i) => `instanceGroups[${i}]`).join(", ");

function roleIndexes(groups: readonly { role: string }[], role: string): number[] {
  return groups.flatMap((g, i) => (g.role === role ? [i] : []));
}

export const controllerGroup: Check = (c) => {
  const found = roleIndexes(c.instanceGroups, "controller");
  if (found.length === 1) return [];
  const got = found.length === 0 ? "none" : `${found.length} (${indexes(found)})`;
  return [error("GROUP_CONTROLLER", "instanceGroups", `must hold exactly one controller group, got ${got}`)];
};

/** provisioning_parameters.json names one controller group; this app runs one head node. */
export const controllerCount: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.role === "controller" && g.count !== 1
      ? [
          error(
            "GROUP_CONTROLLER_COUNT",
            `instanceGroups[${i}].count`,
            `must be 1 for the controller group, got ${g.count}`,
          ),
        ]
      : [],
  );

/** provisioning_parameters.json has a single `login_group`. */
export const loginGroups: Check = (c) => {
  const found = roleIndexes(c.instanceGroups, "login");
  return found.length <= 1
    ? []
    : [
        error(
          "GROUP_LOGIN",
          "instanceGroups",
          `must hold at most one login group, got ${found.length} (${indexes(found)})`,
        ),
      ];
};

export const groupCounts: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.role !== "controller" && (g.count < 0 || g.count > MAX_INSTANCE_COUNT)
      ? [error("GROUP_COUNT", `instanceGroups[${i}].count`, `must be 0-${MAX_INSTANCE_COUNT}, got ${g.count}`)]
      : [],
  );

export const instanceTypePrefix: Check = (c) =>
  c.instanceGroups.flatMap((g, i) => {
    if (g.instanceType.startsWith("ml.")) return [];
    const hint = isKnownInstanceType(`ml.${g.instanceType}`) ? ` (did you mean "ml.${g.instanceType}"?)` : "";
    return [
      error(
        "GROUP_INSTANCE_TYPE",
        `instanceGroups[${i}].instanceType`,
        `must be a SageMaker ml.* instance type, got ${show(g.instanceType)}${hint}`,
      ),
    ];
  });

/** Unknown ml.* types only warn: AWS adds HyperPod types faster than this list. */
export const instanceTypeKnown: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.instanceType.startsWith("ml.") && !isKnownInstanceType(g.instanceType)
      ? [
          warning(
            "GROUP_INSTANCE_TYPE_UNKNOWN",
            `instanceGroups[${i}].instanceType`,
            `is not a HyperPod instance type this app knows, got ${show(g.instanceType)}; check the spelling`,
          ),
        ]
      : [],
  );

export const threadsPerCore: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.threadsPerCore === undefined || g.threadsPerCore === 1 || g.threadsPerCore === 2
      ? []
      : [
          error(
            "GROUP_THREADS_PER_CORE",
            `instanceGroups[${i}].threadsPerCore`,
            `must be 1 or 2, got ${g.threadsPerCore}`,
          ),
        ],
  );

export const ebsVolume: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.ebsVolumeSizeGb === undefined || (g.ebsVolumeSizeGb >= 1 && g.ebsVolumeSizeGb <= MAX_EBS_GB)
      ? []
      : [
          error(
            "GROUP_EBS_VOLUME",
            `instanceGroups[${i}].ebsVolumeSizeGb`,
            `must be 1-${MAX_EBS_GB} GiB, got ${g.ebsVolumeSizeGb}`,
          ),
        ],
  );

export const deepHealthChecks: Check = (c) =>
  c.instanceGroups.flatMap((g, i) => {
    const list = g.deepHealthChecks;
    if (list === undefined) return [];
    return duplicates(list, (x) => x).map(({ index, first }) =>
      error(
        "GROUP_HEALTH_CHECKS",
        `instanceGroups[${i}].deepHealthChecks[${index}]`,
        `must be unique, got ${show(list[index])} again (also deepHealthChecks[${first}])`,
      ),
    );
  });

export const groupTotal: Check = (c) => {
  const n = c.instanceGroups.length;
  if (n > API_MAX_GROUPS) {
    return [
      error(
        "GROUPS_TOO_MANY",
        "instanceGroups",
        `must hold at most ${API_MAX_GROUPS} groups (the API limit), got ${n}`,
      ),
    ];
  }
  if (n > DOCUMENTED_MAX_GROUPS) {
    return [
      warning(
        "GROUPS_MANY",
        "instanceGroups",
        `should hold at most ${DOCUMENTED_MAX_GROUPS} groups (the documented HyperPod limit; the API allows ${API_MAX_GROUPS}), got ${n}`,
      ),
    ];
  }
  return [];
};

/** The resolved partition of a worker is the configured one or the group name (already checked as a name). */
export const partitionNames: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.role === "worker" && g.partition !== undefined && !PARTITION_PATTERN.test(g.partition)
      ? [
          error(
            "GROUP_PARTITION",
            `instanceGroups[${i}].partition`,
            `must be letters, digits, dots, underscores or hyphens (a Slurm partition name), got ${show(g.partition)}`,
          ),
        ]
      : [],
  );

export const partitionIgnored: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.role !== "worker" && g.partition !== undefined
      ? [
          warning(
            "GROUP_PARTITION_IGNORED",
            `instanceGroups[${i}].partition`,
            `is only used for worker groups and is ignored for a ${g.role} group, got ${show(g.partition)}`,
          ),
        ]
      : [],
  );

export const CHECKS: Check[] = [
  controllerGroup,
  controllerCount,
  loginGroups,
  groupCounts,
  instanceTypePrefix,
  instanceTypeKnown,
  threadsPerCore,
  ebsVolume,
  deepHealthChecks,
  groupTotal,
  partitionNames,
  partitionIgnored,
];

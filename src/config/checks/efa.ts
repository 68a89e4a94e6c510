/**
 * EFA between nodes and to the file system, against the instance types of
 * the worker groups (EFA support per src/aws/instance-types.ts).
 *
 * Choices: only worker groups count (controller and login nodes do not run
 * the EFA traffic of jobs); types whose EFA support is unknown or unverified
 * raise nothing.
 */

import { efaSupport } from "../../aws/instance-types";
import { allOf, type Check, type CheckCode, warning } from "../findings";
import type { ResolvedCluster } from "../resolve";

export const CODES: CheckCode[] = [
  { code: "EFA_WORKER_TYPE", level: "WARNING", summary: "securityMode efa with worker types that have no EFA" },
  {
    code: "EFA_FSX_CLIENT",
    level: "WARNING",
    summary: "EFA-enabled file system with worker types that have no EFA (they mount over TCP)",
  },
  {
    code: "EFA_LUSTRE_PORTS",
    level: "WARNING",
    summary: "securityMode lustre-ports with EFA-capable worker types (EFA between nodes needs efa mode)",
  },
];

/** Worker groups whose type has (true) or lacks (false) EFA, as "instanceGroups[1] (ml.c5.xlarge)". */
function workers(c: ResolvedCluster, efa: boolean): string[] {
  return c.instanceGroups.flatMap((g, i) =>
    g.role === "worker" && efaSupport(g.instanceType) === efa ? [`instanceGroups[${i}] (${g.instanceType})`] : [],
  );
}

const plural = (list: string[], one: string, many: string) => (list.length === 1 ? one : many);

export const workerTypesWithoutEfa: Check = (c) => {
  if (c.securityMode !== "efa") return [];
  const list = workers(c, false);
  return list.length === 0
    ? []
    : [
        warning(
          "EFA_WORKER_TYPE",
          "securityMode",
          `is efa, but worker ${allOf(list)} ${plural(list, "has", "have")} no EFA and will use TCP only`,
        ),
      ];
};

export const fsxClientsWithoutEfa: Check = (c) => {
  if (!c.fsx.efaEnabled) return [];
  const list = workers(c, false);
  return list.length === 0
    ? []
    : [
        warning(
          "EFA_FSX_CLIENT",
          "fsx.efaEnabled",
          `is true, but worker ${allOf(list)} ${plural(list, "has", "have")} no EFA and will mount the file system over TCP`,
        ),
      ];
};

export const efaWorkersWithLustrePorts: Check = (c) => {
  if (c.securityMode !== "lustre-ports") return [];
  const list = workers(c, true);
  return list.length === 0
    ? []
    : [
        warning(
          "EFA_LUSTRE_PORTS",
          "securityMode",
          `is lustre-ports, but worker ${allOf(list)} ${plural(list, "has", "have")} EFA; EFA traffic between nodes needs securityMode efa`,
        ),
      ];
};

export const CHECKS: Check[] = [workerTypesWithoutEfa, fsxClientsWithoutEfa, efaWorkersWithLustrePorts];

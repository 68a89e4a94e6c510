import { LUSTRE_PORT_RANGES } from "../../aws/fsx-lustre";
import {
  clusterGroups,
  coversTcpPort,
  fileSystemGroups,
  groupSite,
  type SgRule,
  securityGroupRules,
} from "../readers/security-groups";
import { makeFinding, type PolicyRule } from "../rule";

const describe = (r: { from: number; to: number }) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`);

/** Lustre's TCP ports are open both ways between the cluster and the file system, and within each group. */
export const sgLustrePorts: PolicyRule = {
  id: "POL-SG-LUSTRE-PORTS",
  level: "ERROR",
  summary:
    "TCP 988 and 1018-1023 are open both ways (ingress and egress) between the cluster and file system groups, and within each",
  explanation:
    "FSx for Lustre clients and servers talk LNET on TCP 988 and 1018-1023; a missing direction makes mounts hang " +
    "at boot (and HyperPod's lifecycle scripts with them). In lustre-ports mode SecurityGroups adds exactly these " +
    "rules; in efa mode the all-traffic rules cover them. An egress rule to 0.0.0.0/0 also counts as egress.",
  check: (ctx) => {
    const lustre = fileSystemGroups(ctx.index);
    if (lustre.length === 0) return [];
    const cluster = clusterGroups(ctx.index).filter((g) => !lustre.includes(g));
    const rules = securityGroupRules(ctx.index);
    const pairs: [string, string][] = [];
    for (const l of lustre) pairs.push([l, l]);
    for (const c of cluster) {
      pairs.push([c, c]);
      for (const l of lustre) pairs.push([c, l], [l, c]);
    }
    const gaps = new Map<string, string[]>();
    for (const [group, peer] of pairs) {
      for (const direction of ["ingress", "egress"] as const) {
        const usable = rules.filter(
          (r: SgRule) =>
            r.group === group &&
            r.direction === direction &&
            (r.peerGroup === peer || (direction === "egress" && r.cidrs.includes("0.0.0.0/0"))),
        );
        for (const range of LUSTRE_PORT_RANGES) {
          const ports = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
          if (ports.every((p) => usable.some((r) => coversTcpPort(r, p)))) continue;
          const who = peer === group ? "itself" : peer;
          const list = gaps.get(group) ?? [];
          list.push(`${direction} TCP ${describe(range)} ${direction === "ingress" ? "from" : "to"} ${who}`);
          gaps.set(group, list);
        }
      }
    }
    return [...gaps].map(([group, list]) =>
      makeFinding(sgLustrePorts, groupSite(ctx, group), `${group} lacks ${list.join(", ")}`),
    );
  },
};

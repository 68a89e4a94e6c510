import { clusterGroups, groupSite, securityGroupRules, selfAllTraffic } from "../readers/security-groups";
import { makeFinding, type PolicyRule } from "../rule";

/** In efa mode the cluster group passes all traffic to and from itself, both ways. */
export const sgEfaSelf: PolicyRule = {
  id: "POL-SG-EFA-SELF",
  level: "ERROR",
  summary: "In efa mode the cluster security group has all-traffic ingress AND egress rules referencing itself",
  explanation:
    "EFA traffic is not IP: a 0.0.0.0/0 egress rule does not carry it. HyperPod's EFA health checks (and NCCL over " +
    "EFA) fail unless the nodes' group allows all traffic (ip_protocol -1) from itself and, explicitly, to itself. " +
    "Add both aws_vpc_security_group_*_rule resources (SecurityGroups does in efa mode).",
  check: (ctx) => {
    if (ctx.securityMode !== "efa") return [];
    const rules = securityGroupRules(ctx.index);
    return clusterGroups(ctx.index).flatMap((group) => {
      const self = selfAllTraffic(rules, group);
      const missing = [self.ingress ? "" : "ingress from", self.egress ? "" : "egress to"].filter(Boolean);
      return missing.length
        ? [makeFinding(sgEfaSelf, groupSite(ctx, group), `${group} has no all-traffic ${missing.join(" or ")} itself`)]
        : [];
    });
  },
};

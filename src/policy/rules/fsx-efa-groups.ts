import { groupKey, securityGroupRules, selfAllTraffic } from "../readers/security-groups";
import { makeFinding, type PolicyRule } from "../rule";
import { asStrings, isTrue } from "../terraform-index";

/** An EFA-enabled file system sits only in efa-mode groups. */
export const fsxEfaGroups: PolicyRule = {
  id: "POL-FSX-EFA-GROUPS",
  level: "ERROR",
  summary:
    "An EFA-enabled file system (efa_enabled = true) is only in efa-mode security groups (all-traffic self ingress and egress)",
  explanation:
    "An EFA-enabled FSx for Lustre file system talks EFA to its clients; FSx requires its security groups to allow " +
    "all traffic from and to themselves, and creation or mounts fail otherwise. Use securityMode: efa, or turn " +
    "fsx.efaEnabled off.",
  check: (ctx) => {
    const rules = securityGroupRules(ctx.index);
    return ctx.index
      .resources("aws_fsx_lustre_file_system")
      .filter((fs) => isTrue(fs.body.efa_enabled))
      .flatMap((fs) => {
        // Which security mode the configuration asks for is the checks' to judge (FSX_EFA);
        // this rule judges only the rules the stack synthesized.
        const problems: string[] = [];
        for (const group of asStrings(fs.body.security_group_ids).map(groupKey)) {
          const self = selfAllTraffic(rules, group);
          const missing = [self.ingress ? "" : "ingress", self.egress ? "" : "egress"].filter(Boolean);
          if (missing.length) problems.push(`${group} has no all-traffic self ${missing.join(" or ")}`);
        }
        return problems.length ? [makeFinding(fsxEfaGroups, fs, `is EFA-enabled, but ${problems.join("; ")}`)] : [];
      });
  },
};

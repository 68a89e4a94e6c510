import { securityGroupRules } from "../readers/security-groups";
import { makeFinding, type PolicyRule } from "../rule";

/** CIDRs that mean "the internet". */
export const INTERNET_CIDRS = ["0.0.0.0/0", "::/0"];

/** No security group admits traffic from anywhere. */
export const sgInternetIngress: PolicyRule = {
  id: "POL-SG-INTERNET-INGRESS",
  level: "ERROR",
  summary: "No security group ingress rule is open to 0.0.0.0/0 or ::/0",
  explanation:
    "The cluster and the file system live in private subnets and talk only to each other; an ingress rule from " +
    "the internet exposes Slurm, SSH or Lustre to any host that finds a route. Reference the peer security group " +
    "(referenced_security_group_id) or a private CIDR instead.",
  check: (ctx) =>
    securityGroupRules(ctx.index)
      .filter((r) => r.direction === "ingress")
      .flatMap((r) => {
        const open = r.cidrs.filter((c) => INTERNET_CIDRS.includes(c.trim()));
        if (open.length === 0) return [];
        const range =
          r.fromPort === r.toPort ? `${r.fromPort ?? "any port"}` : `${r.fromPort ?? "?"}-${r.toPort ?? "?"}`;
        const ports = r.protocol === "-1" ? "all traffic" : `${r.protocol} ${range}`;
        return [makeFinding(sgInternetIngress, r.block, `admits ${ports} into ${r.group} from ${open.join(", ")}`)];
      }),
};

import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Construct } from "constructs";
import { LUSTRE_PORT_RANGES } from "../aws/fsx-lustre";
import { clusterSecurityGroupName, lustreSecurityGroupName } from "../names";

import { DEFAULT_SECURITY_MODE, SECURITY_MODES, type SecurityMode } from "./security-groups.defaults";

export * from "./security-groups.defaults";

export interface SecurityGroupsProps {
  /** Prefix of the group names (`<prefix>-hyperpod-sg`, `<prefix>-lustre-sg`). */
  readonly namePrefix: string;
  readonly vpcId: string;
  /**
   * `efa`: all traffic within and between the two groups, with the explicit
   * self egress EFA health checks need (the original). `lustre-ports`: only
   * TCP 988 and 1018-1023 between them. Either way the cluster group keeps
   * all-traffic egress to 0.0.0.0/0.
   * @default "efa"
   */
  readonly mode?: SecurityMode;
}

/**
 * The cluster's and the file system's security groups, with every rule a
 * separate `aws_vpc_security_group_*_rule` resource as in the original.
 */
export class SecurityGroups extends Construct {
  /** The group of the HyperPod nodes. */
  public readonly cluster: SecurityGroup;
  /** The group of the FSx for Lustre file system. */
  public readonly lustre: SecurityGroup;
  public readonly mode: SecurityMode;

  constructor(scope: Construct, id: string, props: SecurityGroupsProps) {
    super(scope, id);
    this.mode = props.mode ?? DEFAULT_SECURITY_MODE;
    if (!SECURITY_MODES.includes(this.mode)) {
      throw new Error(`SecurityGroups: mode must be ${SECURITY_MODES.join(" or ")}, got ${JSON.stringify(this.mode)}`);
    }
    const p = props.namePrefix;
    // The original gives the Lustre group the cluster group's description; kept on purpose: a group's
    // description cannot change in place, so a new one replaces the group and with it the file system
    // that names it. Rules carry descriptions instead (those change in place).
    const clusterName = clusterSecurityGroupName(p);
    this.lustre = this.group("lustre", lustreSecurityGroupName(p), clusterName, props.vpcId);
    this.cluster = this.group("hyperpod", clusterName, clusterName, props.vpcId);

    const peers = [
      { self: this.lustre, selfName: "lustre", other: this.cluster, otherName: "hyperpod" },
      { self: this.cluster, selfName: "hyperpod", other: this.lustre, otherName: "lustre" },
    ];
    for (const { self, selfName, other, otherName } of peers) {
      for (const [target, targetName] of [
        [self, "self"],
        [other, otherName],
      ] as const) {
        const peer = targetName === "self" ? `within the ${selfName} group` : `with the ${targetName} group`;
        if (this.mode === "efa") {
          const why = `All traffic ${peer}: EFA and Lustre (EFA needs all protocols, self egress for health checks)`;
          this.rule("ingress", `${selfName}_all_traffic_${targetName}`, self, target, why);
          this.rule("egress", `${selfName}_all_traffic_${targetName}`, self, target, why);
        } else {
          for (const r of LUSTRE_PORT_RANGES) {
            const ports = r.from === r.to ? `${r.from}` : `${r.from}_${r.to}`;
            const range = r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`;
            const why = `Lustre LNET TCP ${range} ${peer}`;
            this.rule("ingress", `${selfName}_lustre_${ports}_${targetName}`, self, target, why, r);
            this.rule("egress", `${selfName}_lustre_${ports}_${targetName}`, self, target, why, r);
          }
        }
      }
    }
    const internet = new VpcSecurityGroupEgressRule(this, "hyperpod_all_traffic_ipv4", {
      securityGroupId: this.cluster.id,
      cidrIpv4: "0.0.0.0/0",
      ipProtocol: "-1",
      description: "Egress to the internet through the NAT gateway: packages, container images, AWS APIs",
    });
    internet.overrideLogicalId("hyperpod_all_traffic_ipv4");
  }

  private group(id: string, name: string, description: string, vpcId: string): SecurityGroup {
    const sg = new SecurityGroup(this, id, { name, description, vpcId, tags: { Name: name } });
    sg.overrideLogicalId(id);
    return sg;
  }

  private rule(
    direction: "ingress" | "egress",
    id: string,
    group: SecurityGroup,
    peer: SecurityGroup,
    description: string,
    ports?: { from: number; to: number },
  ): void {
    const config = {
      description,
      securityGroupId: group.id,
      referencedSecurityGroupId: peer.id,
      ipProtocol: ports ? "tcp" : "-1",
      fromPort: ports?.from,
      toPort: ports?.to,
    };
    const rule =
      direction === "ingress"
        ? new VpcSecurityGroupIngressRule(this, `${id}_ingress`, config)
        : new VpcSecurityGroupEgressRule(this, `${id}_egress`, config);
    rule.overrideLogicalId(id);
  }
}

/** Security group, EFA and placement rules. */
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import type { TerraformStack } from "cdktf";
import { bareStack, clusterStack, evaluateRule } from "./support";

/** The rule resource of SecurityGroups with that Terraform name and direction. */
function ruleOf(stack: TerraformStack, direction: "ingress" | "egress", name: string) {
  const found = stack.node.findAll().find((c) => c.node.path === `test/security_groups/${name}_${direction}`);
  if (!found) throw new Error(`no ${direction} rule ${name}`);
  return found;
}

/** Removes a rule of SecurityGroups from the tree (as if it had never been written). */
function removeRule(stack: TerraformStack, direction: "ingress" | "egress", name: string) {
  const rule = ruleOf(stack, direction, name);
  rule.node.scope!.node.tryRemoveChild(rule.node.id);
}

describe("POL-SG-INTERNET-INGRESS", () => {
  const rule = "POL-SG-INTERNET-INGRESS";
  const withIngress = (add: (stack: TerraformStack, sg: SecurityGroup) => void) => {
    const { stack } = bareStack();
    const sg = new SecurityGroup(stack, "sg", { name: "x", vpcId: "vpc-1" });
    sg.overrideLogicalId("sg");
    add(stack, sg);
    return evaluateRule(stack, rule);
  };

  test.each<[string, (stack: TerraformStack, sg: SecurityGroup) => void]>([
    [
      "a private CIDR",
      (s, sg) =>
        new VpcSecurityGroupIngressRule(s, "r", { securityGroupId: sg.id, cidrIpv4: "10.0.0.0/16", ipProtocol: "-1" }),
    ],
    [
      "egress to the internet",
      (s, sg) =>
        new VpcSecurityGroupEgressRule(s, "r", { securityGroupId: sg.id, cidrIpv4: "0.0.0.0/0", ipProtocol: "-1" }),
    ],
    [
      "a peer group",
      (s, sg) =>
        new VpcSecurityGroupIngressRule(s, "r", {
          securityGroupId: sg.id,
          referencedSecurityGroupId: sg.id,
          ipProtocol: "-1",
        }),
    ],
  ])("compliant: %s", (_name, add) => {
    expect(withIngress(add)).toEqual([]);
  });

  test.each<[string, (stack: TerraformStack, sg: SecurityGroup) => void, string]>([
    [
      "cidr_ipv4 0.0.0.0/0",
      (s, sg) =>
        new VpcSecurityGroupIngressRule(s, "r", {
          securityGroupId: sg.id,
          cidrIpv4: "0.0.0.0/0",
          ipProtocol: "tcp",
          fromPort: 22,
          toPort: 22,
        }),
      "admits tcp 22 into aws_security_group.sg from 0.0.0.0/0",
    ],
    [
      "cidr_ipv6 ::/0",
      (s, sg) =>
        new VpcSecurityGroupIngressRule(s, "r", { securityGroupId: sg.id, cidrIpv6: "::/0", ipProtocol: "-1" }),
      "admits all traffic into aws_security_group.sg from ::/0",
    ],
    [
      "aws_security_group_rule",
      (s, sg) =>
        new SecurityGroupRule(s, "r", {
          type: "ingress",
          securityGroupId: sg.id,
          cidrBlocks: ["0.0.0.0/0"],
          protocol: "tcp",
          fromPort: 988,
          toPort: 988,
        }),
      "admits tcp 988 into aws_security_group.sg from 0.0.0.0/0",
    ],
  ])("non-compliant: %s", (_name, add, expected) => {
    expect(withIngress(add)).toEqual([expect.objectContaining({ level: "ERROR", finding: expected })]);
  });

  test("an inline ingress block of aws_security_group", () => {
    const { stack } = bareStack();
    new SecurityGroup(stack, "open", {
      name: "open",
      ingress: [{ fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }],
    }).overrideLogicalId("open");
    expect(evaluateRule(stack, "POL-SG-INTERNET-INGRESS")).toEqual([
      expect.objectContaining({ resource: "test/open", address: "aws_security_group.open" }),
    ]);
  });
});

describe("POL-SG-INTERNET-INGRESS messages and boundaries", () => {
  const rule = "POL-SG-INTERNET-INGRESS";
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      "a port range",
      { type: "ingress", protocol: "tcp", fromPort: 1018, toPort: 1023, cidrBlocks: ["0.0.0.0/0"] },
      ["admits tcp 1018-1023 into aws_security_group.sg from 0.0.0.0/0"],
    ],
    [
      "both address families in one rule",
      { type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
      ["admits all traffic into aws_security_group.sg from 0.0.0.0/0, ::/0"],
    ],
    [
      "only the internet CIDR among private ones is named",
      { type: "ingress", protocol: "udp", fromPort: 53, toPort: 53, cidrBlocks: ["10.0.0.0/8", "0.0.0.0/0"] },
      ["admits udp 53 into aws_security_group.sg from 0.0.0.0/0"],
    ],
    [
      "egress to the internet (aws_security_group_rule)",
      { type: "egress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] },
      [],
    ],
    [
      "half the internet is not 0.0.0.0/0",
      { type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/1"] },
      [],
    ],
  ])("%s", (_name, props, findings) => {
    const { stack } = bareStack();
    const sg = new SecurityGroup(stack, "sg", { name: "x", vpcId: "vpc-1" });
    sg.overrideLogicalId("sg");
    new SecurityGroupRule(stack, "r", { securityGroupId: sg.id, ...props } as never);
    expect(evaluateRule(stack, rule).map((r) => [r.level, r.finding])).toEqual(findings.map((f) => ["ERROR", f]));
  });
});

describe("POL-SG-EFA-SELF", () => {
  const rule = "POL-SG-EFA-SELF";
  test.each<["ingress" | "egress", string]>([
    ["egress", "aws_security_group.hyperpod has no all-traffic egress to itself"],
    ["ingress", "aws_security_group.hyperpod has no all-traffic ingress from itself"],
  ])("non-compliant: efa mode without the self %s", (direction, finding) => {
    const { stack } = clusterStack({ mode: "efa" });
    removeRule(stack, direction, "hyperpod_all_traffic_self");
    expect(evaluateRule(stack, rule, { securityMode: "efa" })).toEqual([
      expect.objectContaining({
        level: "ERROR",
        resource: "test/security_groups/hyperpod",
        address: "aws_security_group.hyperpod",
        finding,
      }),
    ]);
  });

  test("non-compliant: the self rule is TCP only", () => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    expect(evaluateRule(stack, rule, { securityMode: "efa" })).toHaveLength(1);
  });

  test("compliant: lustre-ports mode does not need it", () => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    expect(evaluateRule(stack, rule, { securityMode: "lustre-ports" })).toEqual([]);
  });

  test("compliant: efa mode with the SecurityGroups construct", () => {
    expect(evaluateRule(clusterStack().stack, rule, { securityMode: "efa" })).toEqual([]);
  });
});

describe("POL-SG-LUSTRE-PORTS", () => {
  const rule = "POL-SG-LUSTRE-PORTS";
  test.each<["ingress" | "egress", string, string]>([
    [
      "ingress",
      "lustre_lustre_988_hyperpod",
      "aws_security_group.lustre lacks ingress TCP 988 from aws_security_group.hyperpod",
    ],
    ["egress", "lustre_lustre_1018_1023_self", "aws_security_group.lustre lacks egress TCP 1018-1023 to itself"],
    ["ingress", "hyperpod_lustre_988_self", "aws_security_group.hyperpod lacks ingress TCP 988 from itself"],
  ])("non-compliant: lustre-ports mode without %s %s", (direction, name, finding) => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    removeRule(stack, direction, name);
    expect(evaluateRule(stack, rule, { securityMode: "lustre-ports" })).toEqual([
      expect.objectContaining({ level: "ERROR", finding }),
    ]);
  });

  test("compliant: the cluster group's egress to 0.0.0.0/0 carries its egress", () => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    removeRule(stack, "egress", "hyperpod_lustre_988_lustre");
    removeRule(stack, "egress", "hyperpod_lustre_1018_1023_lustre");
    expect(evaluateRule(stack, rule, { securityMode: "lustre-ports" })).toEqual([]);
  });

  test("non-compliant: a range that misses a port", () => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    removeRule(stack, "ingress", "lustre_lustre_1018_1023_hyperpod");
    const g = (n: string) => `\${aws_security_group.${n}.id}`;
    new VpcSecurityGroupIngressRule(stack, "partial", {
      securityGroupId: g("lustre"),
      referencedSecurityGroupId: g("hyperpod"),
      ipProtocol: "tcp",
      fromPort: 1018,
      toPort: 1022,
    });
    expect(evaluateRule(stack, rule, { securityMode: "lustre-ports" }).map((r) => r.finding)).toEqual([
      "aws_security_group.lustre lacks ingress TCP 1018-1023 from aws_security_group.hyperpod",
    ]);
  });

  test("efa mode's all-traffic rules cover the ports; removing one is found in efa mode too", () => {
    const { stack } = clusterStack({ mode: "efa" });
    expect(evaluateRule(stack, rule)).toEqual([]);
    removeRule(stack, "ingress", "hyperpod_all_traffic_lustre");
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual([
      "aws_security_group.hyperpod lacks ingress TCP 988 from aws_security_group.lustre, ingress TCP 1018-1023 from aws_security_group.lustre",
    ]);
  });
});

describe("POL-FSX-EFA-GROUPS", () => {
  const rule = "POL-FSX-EFA-GROUPS";
  test("compliant: EFA file system in efa-mode groups", () => {
    expect(evaluateRule(clusterStack({ efa: true, mode: "efa" }).stack, rule, { securityMode: "efa" })).toEqual([]);
  });

  test("compliant: a file system without EFA in lustre-ports groups", () => {
    expect(evaluateRule(clusterStack({ mode: "lustre-ports" }).stack, rule, { securityMode: "lustre-ports" })).toEqual(
      [],
    );
  });

  test("non-compliant: EFA file system in lustre-ports groups", () => {
    const rows = evaluateRule(clusterStack({ efa: true, mode: "lustre-ports" }).stack, rule, {
      securityMode: "lustre-ports",
    });
    expect(rows).toEqual([
      expect.objectContaining({
        level: "ERROR",
        resource: "test/storage/file_system",
        address: "aws_fsx_lustre_file_system.this",
        finding: "is EFA-enabled, but aws_security_group.lustre has no all-traffic self ingress or egress",
      }),
    ]);
  });

  test("non-compliant: EFA file system whose group lacks the self egress", () => {
    const { stack } = clusterStack({ efa: true, mode: "efa" });
    removeRule(stack, "egress", "lustre_all_traffic_self");
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual([
      "is EFA-enabled, but aws_security_group.lustre has no all-traffic self egress",
    ]);
  });
});

import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Testing } from "cdktf";
import { SecurityGroups, type SecurityMode } from "../../src/constructs/security-groups";

const synth = (mode?: SecurityMode) =>
  Testing.synthScope((scope) => void new SecurityGroups(scope, "sg", { namePrefix: "p", vpcId: "vpc-1", mode }));
const rules = (json: string, type: string) => Object.values(JSON.parse(json).resource[type] ?? {}) as any[];
const HP = "${aws_security_group.hyperpod.id}";
const LU = "${aws_security_group.lustre.id}";

describe("SecurityGroups", () => {
  test.each<SecurityMode>([
    "efa",
    "lustre-ports",
  ])("%s: every rule says what it allows; the groups keep their original descriptions", (mode) => {
    const json = synth(mode);
    const all = [
      ...rules(json, "aws_vpc_security_group_ingress_rule"),
      ...rules(json, "aws_vpc_security_group_egress_rule"),
    ];
    for (const r of all) expect(r.description).toMatch(/\S/);
    const groups = JSON.parse(json).resource.aws_security_group;
    expect(groups.hyperpod.description).toBe("p-hyperpod-sg");
    expect(groups.lustre.description).toBe("p-hyperpod-sg");
  });

  test("descriptions name the traffic: EFA all traffic, Lustre ports, internet egress through NAT", () => {
    expect(synth("efa")).toHaveResourceWithProperties(VpcSecurityGroupIngressRule, {
      security_group_id: LU,
      referenced_security_group_id: HP,
      description:
        "All traffic with the hyperpod group: EFA and Lustre (EFA needs all protocols, self egress for health checks)",
    });
    expect(synth("lustre-ports")).toHaveResourceWithProperties(VpcSecurityGroupIngressRule, {
      security_group_id: LU,
      referenced_security_group_id: LU,
      from_port: 1018,
      description: "Lustre LNET TCP 1018-1023 within the lustre group",
    });
    expect(synth()).toHaveResourceWithProperties(VpcSecurityGroupEgressRule, {
      cidr_ipv4: "0.0.0.0/0",
      description: "Egress to the internet through the NAT gateway: packages, container images, AWS APIs",
    });
  });

  test("names the two groups from the prefix", () => {
    const json = synth();
    expect(json).toHaveResourceWithProperties(SecurityGroup, {
      name: "p-hyperpod-sg",
      tags: { Name: "p-hyperpod-sg" },
    });
    expect(json).toHaveResourceWithProperties(SecurityGroup, { name: "p-lustre-sg", description: "p-hyperpod-sg" });
  });

  test("efa (default): all traffic within and between the groups, explicit self egress, internet egress", () => {
    const json = synth();
    expect(rules(json, "aws_vpc_security_group_ingress_rule")).toHaveLength(4);
    expect(rules(json, "aws_vpc_security_group_egress_rule")).toHaveLength(5);
    expect(json).toHaveResourceWithProperties(VpcSecurityGroupEgressRule, {
      security_group_id: HP,
      referenced_security_group_id: HP,
      ip_protocol: "-1",
    });
    expect(json).toHaveResourceWithProperties(VpcSecurityGroupEgressRule, {
      security_group_id: HP,
      cidr_ipv4: "0.0.0.0/0",
      ip_protocol: "-1",
    });
  });

  test("lustre-ports: only TCP 988 and 1018-1023, both ways, in and between the groups", () => {
    const json = synth("lustre-ports");
    const ingress = rules(json, "aws_vpc_security_group_ingress_rule");
    const egress = rules(json, "aws_vpc_security_group_egress_rule");
    expect(ingress).toHaveLength(8);
    expect(egress).toHaveLength(9);
    const peered = [...ingress, ...egress].filter((r) => r.referenced_security_group_id);
    expect(peered.every((r) => r.ip_protocol === "tcp")).toBe(true);
    for (const [group, peer] of [
      [HP, HP],
      [HP, LU],
      [LU, LU],
      [LU, HP],
    ]) {
      for (const [from, to] of [
        [988, 988],
        [1018, 1023],
      ]) {
        const rule = { security_group_id: group, referenced_security_group_id: peer, from_port: from, to_port: to };
        expect(json).toHaveResourceWithProperties(VpcSecurityGroupIngressRule, rule);
        expect(json).toHaveResourceWithProperties(VpcSecurityGroupEgressRule, rule);
      }
    }
    // The nodes still reach the internet (through the NAT gateway).
    expect(egress.filter((r) => r.cidr_ipv4 === "0.0.0.0/0")).toHaveLength(1);
  });

  test.each<[SecurityMode, string[]]>([
    [
      "efa",
      [
        "hyperpod_all_traffic_lustre",
        "hyperpod_all_traffic_self",
        "lustre_all_traffic_hyperpod",
        "lustre_all_traffic_self",
      ],
    ],
    [
      "lustre-ports",
      [
        "hyperpod_lustre_1018_1023_lustre",
        "hyperpod_lustre_1018_1023_self",
        "hyperpod_lustre_988_lustre",
        "hyperpod_lustre_988_self",
        "lustre_lustre_1018_1023_hyperpod",
        "lustre_lustre_1018_1023_self",
        "lustre_lustre_988_hyperpod",
        "lustre_lustre_988_self",
      ],
    ],
  ])("%s: the Terraform addresses of the rules (a single port is named once, a range by both ends)", (mode, peered) => {
    const res = JSON.parse(synth(mode)).resource;
    expect(Object.keys(res.aws_vpc_security_group_ingress_rule).sort()).toEqual(peered);
    expect(Object.keys(res.aws_vpc_security_group_egress_rule).sort()).toEqual(
      [...peered, "hyperpod_all_traffic_ipv4"].sort(),
    );
    expect(Object.keys(res.aws_security_group).sort()).toEqual(["hyperpod", "lustre"]);
  });

  test("lustre-ports: the rule of port 988 names one port, the rule of 1018-1023 the range", () => {
    const res = JSON.parse(synth("lustre-ports")).resource;
    for (const type of ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]) {
      expect(res[type].hyperpod_lustre_988_self).toEqual({
        description: "Lustre LNET TCP 988 within the hyperpod group",
        security_group_id: HP,
        referenced_security_group_id: HP,
        ip_protocol: "tcp",
        from_port: 988,
        to_port: 988,
      });
      expect(res[type].lustre_lustre_1018_1023_hyperpod).toEqual({
        description: "Lustre LNET TCP 1018-1023 with the hyperpod group",
        security_group_id: LU,
        referenced_security_group_id: HP,
        ip_protocol: "tcp",
        from_port: 1018,
        to_port: 1023,
      });
    }
  });

  test("efa: self rules say within which group, peer rules with which group", () => {
    const egress = JSON.parse(synth("efa")).resource.aws_vpc_security_group_egress_rule;
    const why = "EFA and Lustre (EFA needs all protocols, self egress for health checks)";
    expect(egress.hyperpod_all_traffic_self).toEqual({
      description: `All traffic within the hyperpod group: ${why}`,
      security_group_id: HP,
      referenced_security_group_id: HP,
      ip_protocol: "-1",
    });
    expect(egress.hyperpod_all_traffic_lustre.description).toBe(`All traffic with the lustre group: ${why}`);
    expect(egress.hyperpod_all_traffic_ipv4).toEqual({
      security_group_id: HP,
      cidr_ipv4: "0.0.0.0/0",
      ip_protocol: "-1",
      description: "Egress to the internet through the NAT gateway: packages, container images, AWS APIs",
    });
  });

  test("rejects an unknown mode", () => {
    expect(() => synth("open" as SecurityMode)).toThrow('SecurityGroups: mode must be efa or lustre-ports, got "open"');
  });
});

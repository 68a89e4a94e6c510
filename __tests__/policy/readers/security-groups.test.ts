/** The security group reader on its own: every way of writing a rule, read into one shape. */
import { coversTcpPort, type SgRule, securityGroupRules } from "../../../src/policy/readers/security-groups";
import { indexOf, resource } from "./blocks";

const HP = "${aws_security_group.hyperpod.id}";

describe("securityGroupRules", () => {
  test("aws_vpc_security_group_*_rule: one rule each, IPv4 and IPv6 CIDRs together, the peer group by reference; JSON null is no peer", () => {
    const ingress = resource("aws_vpc_security_group_ingress_rule", "lustre", {
      security_group_id: HP,
      referenced_security_group_id: "${aws_security_group.lustre.id}",
      ip_protocol: "tcp",
      from_port: 988,
      to_port: "988",
    });
    const egress = resource("aws_vpc_security_group_egress_rule", "out", {
      security_group_id: "sg-0123",
      referenced_security_group_id: null,
      cidr_ipv4: "0.0.0.0/0",
      cidr_ipv6: "::/0",
      ip_protocol: "-1",
    });
    expect(securityGroupRules(indexOf(egress, ingress))).toEqual([
      {
        block: ingress,
        direction: "ingress",
        group: "aws_security_group.hyperpod",
        peerGroup: "aws_security_group.lustre",
        cidrs: [],
        protocol: "tcp",
        fromPort: 988,
        toPort: 988,
      },
      {
        block: egress,
        direction: "egress",
        group: "sg-0123",
        peerGroup: undefined,
        cidrs: ["0.0.0.0/0", "::/0"],
        protocol: "-1",
        fromPort: undefined,
        toPort: undefined,
      },
    ]);
  });

  test("aws_security_group_rule: one rule for its CIDRs, one for self, one for the source group; none for what it does not name", () => {
    const all = resource("aws_security_group_rule", "all", {
      type: "ingress",
      security_group_id: HP,
      self: true,
      source_security_group_id: "sg-peer",
      cidr_blocks: ["10.0.0.0/16"],
      ipv6_cidr_blocks: ["fd00::/8"],
      protocol: "tcp",
      from_port: 22,
      to_port: 22,
    });
    const selfOnly = resource("aws_security_group_rule", "self_only", {
      type: "egress",
      security_group_id: HP,
      self: "true",
      source_security_group_id: null,
      protocol: "-1",
      from_port: 0,
      to_port: 0,
    });
    const cidrOnly = resource("aws_security_group_rule", "cidr_only", {
      type: "ingress",
      security_group_id: HP,
      cidr_blocks: ["0.0.0.0/0"],
      protocol: "6",
      from_port: 443,
      to_port: 443,
    });
    const group = "aws_security_group.hyperpod";
    const tcp22 = { block: all, direction: "ingress", group, protocol: "tcp", fromPort: 22, toPort: 22 } as const;
    expect(securityGroupRules(indexOf(all, selfOnly, cidrOnly))).toEqual<SgRule[]>([
      { ...tcp22, cidrs: ["10.0.0.0/16", "fd00::/8"] },
      { ...tcp22, peerGroup: group, cidrs: [] },
      { ...tcp22, peerGroup: "sg-peer", cidrs: [] },
      {
        block: selfOnly,
        direction: "egress",
        group,
        peerGroup: group,
        cidrs: [],
        protocol: "-1",
        fromPort: 0,
        toPort: 0,
      },
      {
        block: cidrOnly,
        direction: "ingress",
        group,
        cidrs: ["0.0.0.0/0"],
        protocol: "tcp",
        fromPort: 443,
        toPort: 443,
      },
    ]);
  });

  test("inline ingress and egress blocks of aws_security_group: self is the group itself, security_groups are peers", () => {
    const sg = resource("aws_security_group", "lustre", {
      ingress: [
        {
          self: true,
          security_groups: [HP, "sg-other"],
          cidr_blocks: [],
          protocol: "all",
          from_port: 0,
          to_port: 0,
        },
        { cidr_blocks: ["10.0.0.0/16"], protocol: "17", from_port: 1000, to_port: 2000 },
      ],
      egress: { self: false, cidr_blocks: ["0.0.0.0/0"], protocol: "TCP", from_port: 0, to_port: 65535 },
    });
    const group = "aws_security_group.lustre";
    const all = { block: sg, direction: "ingress" as const, group, cidrs: [], protocol: "-1", fromPort: 0, toPort: 0 };
    expect(securityGroupRules(indexOf(sg))).toEqual<SgRule[]>([
      { ...all, peerGroup: group },
      { ...all, peerGroup: "aws_security_group.hyperpod" },
      { ...all, peerGroup: "sg-other" },
      { block: sg, direction: "ingress", group, cidrs: ["10.0.0.0/16"], protocol: "udp", fromPort: 1000, toPort: 2000 },
      { block: sg, direction: "egress", group, cidrs: ["0.0.0.0/0"], protocol: "tcp", fromPort: 0, toPort: 65535 },
    ]);
  });

  test("a rule without a protocol (terraform validate rejects it) has none, not all traffic", () => {
    const r = resource("aws_vpc_security_group_ingress_rule", "r", { security_group_id: HP, cidr_ipv4: "10.0.0.0/8" });
    expect(securityGroupRules(indexOf(r)).map((x) => x.protocol)).toEqual([""]);
  });

  test("a stack without rules has none", () => {
    expect(securityGroupRules(indexOf(resource("aws_security_group", "empty", {})))).toEqual([]);
  });
});

describe("coversTcpPort", () => {
  const rule = (protocol: string, fromPort?: number, toPort?: number): SgRule => ({
    block: resource("aws_vpc_security_group_ingress_rule", "r", {}),
    direction: "ingress",
    group: "g",
    cidrs: [],
    protocol,
    fromPort,
    toPort,
  });

  test.each<[string, SgRule, number, boolean]>([
    ["all traffic", rule("-1"), 988, true],
    ["TCP on the port", rule("tcp", 988, 988), 988, true],
    ["TCP on a range around it", rule("tcp", 1018, 1023), 1020, true],
    ["TCP ending below it", rule("tcp", 900, 987), 988, false],
    ["TCP starting above it", rule("tcp", 989, 1023), 988, false],
    ["UDP on the port", rule("udp", 988, 988), 988, false],
    ["TCP without ports (or ports Terraform computes)", rule("tcp"), 988, false],
    ["TCP without a from port", rule("tcp", undefined, 65535), 988, false],
    ["TCP without a to port", rule("tcp", 0, undefined), 988, false],
  ])("%s", (_what, r, port, covers) => {
    expect(coversTcpPort(r, port)).toBe(covers);
  });
});

/** Security group, EFA and placement rules. */
import { FsxLustreFileSystem } from "@cdktf/provider-aws/lib/fsx-lustre-file-system";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import type { TerraformStack } from "cdktf";
import { bareStack, clusterStack, evaluateRule, rawGroup } from "./support";

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
    const sg = rawGroup(stack, "sg", { name: "x", vpcId: "vpc-1" });
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
      "an internet CIDR with spaces around it",
      { type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [" 0.0.0.0/0 "] },
      ["admits tcp 22 into aws_security_group.sg from  0.0.0.0/0 "],
    ],
    [
      "a range without its end port",
      { type: "ingress", protocol: "tcp", fromPort: 22, cidrBlocks: ["0.0.0.0/0"] },
      ["admits tcp 22-? into aws_security_group.sg from 0.0.0.0/0"],
    ],
    [
      "a range without its start port",
      { type: "ingress", protocol: "tcp", toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
      ["admits tcp ?-22 into aws_security_group.sg from 0.0.0.0/0"],
    ],
    [
      "half the internet is not 0.0.0.0/0",
      { type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/1"] },
      [],
    ],
  ])("%s", (_name, props, findings) => {
    const { stack } = bareStack();
    const sg = rawGroup(stack, "sg", { name: "x", vpcId: "vpc-1" });
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

describe("the security group reader, through POL-SG-INTERNET-INGRESS's message", () => {
  const rule = "POL-SG-INTERNET-INGRESS";
  test.each<[string, Record<string, unknown>, string]>([
    ['protocol "6" is tcp', { protocol: "6", fromPort: 22, toPort: 22 }, "admits tcp 22"],
    ['protocol "17" is udp', { protocol: "17", fromPort: 53, toPort: 53 }, "admits udp 53"],
    ['protocol "all" is all traffic', { protocol: "all", fromPort: 0, toPort: 0 }, "admits all traffic"],
    ["protocol in capitals", { protocol: "TCP", fromPort: 22, toPort: 22 }, "admits tcp 22"],
    ["ports as text", { protocol: "tcp", fromPort: "22", toPort: "23" }, "admits tcp 22-23"],
    ["ports as empty text", { protocol: "tcp", fromPort: "", toPort: " " }, "admits tcp any port"],
    ["another protocol number stays a number", { protocol: "50", fromPort: 0, toPort: 0 }, "admits 50 0"],
  ])("%s", (_name, props, expected) => {
    const { stack } = bareStack();
    const sg = rawGroup(stack, "sg", { name: "x" });
    new SecurityGroupRule(stack, "r", {
      type: "ingress",
      securityGroupId: sg.id,
      cidrBlocks: ["0.0.0.0/0"],
      ...props,
    } as never);
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual([
      `${expected} into aws_security_group.sg from 0.0.0.0/0`,
    ]);
  });

  test("a rule of a group outside the stack names the group id", () => {
    const { stack } = bareStack();
    new VpcSecurityGroupIngressRule(stack, "r", {
      securityGroupId: "sg-0123",
      cidrIpv4: "0.0.0.0/0",
      ipProtocol: "-1",
    });
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual(["admits all traffic into sg-0123 from 0.0.0.0/0"]);
  });
});

describe("POL-SG-EFA-SELF on self rules written other ways", () => {
  const rule = "POL-SG-EFA-SELF";
  /** The cluster's group `hyperpod` with `add`'s rules, in efa mode. */
  const rows = (add: (stack: TerraformStack, sg: SecurityGroup) => void, inline: Record<string, unknown> = {}) => {
    const { stack } = bareStack();
    const sg = rawGroup(stack, "hyperpod", { name: "h", ...inline });
    add(stack, sg);
    return evaluateRule(stack, rule, { securityMode: "efa" }).map((r) => r.finding);
  };
  const classic =
    (type: string, extra: (sg: SecurityGroup) => Record<string, unknown>) => (s: TerraformStack, sg: SecurityGroup) =>
      new SecurityGroupRule(s, `r_${type}`, {
        type,
        securityGroupId: sg.id,
        protocol: "-1",
        fromPort: 0,
        toPort: 0,
        ...extra(sg),
      } as never);

  test.each<[string, (stack: TerraformStack, sg: SecurityGroup) => void, Record<string, unknown>, string[]]>([
    [
      "no rule at all",
      () => {},
      {},
      ["aws_security_group.hyperpod has no all-traffic ingress from or egress to itself"],
    ],
    [
      "aws_security_group_rule with self, both ways",
      (s, sg) => {
        classic("ingress", () => ({ selfAttribute: true }))(s, sg);
        classic("egress", () => ({ selfAttribute: true }))(s, sg);
      },
      {},
      [],
    ],
    [
      "aws_security_group_rule with source_security_group_id, both ways",
      (s, sg) => {
        classic("ingress", (g) => ({ sourceSecurityGroupId: g.id }))(s, sg);
        classic("egress", (g) => ({ sourceSecurityGroupId: g.id }))(s, sg);
      },
      {},
      [],
    ],
    [
      "aws_security_group_rule ingress only",
      (s, sg) => classic("ingress", () => ({ selfAttribute: true }))(s, sg),
      {},
      ["aws_security_group.hyperpod has no all-traffic egress to itself"],
    ],
    [
      "self as text",
      (s, sg) => {
        classic("ingress", () => ({ selfAttribute: "true" }))(s, sg);
        classic("egress", () => ({ selfAttribute: "true" }))(s, sg);
      },
      {},
      [],
    ],
    [
      "self = false is no self rule",
      (s, sg) => {
        classic("ingress", () => ({ selfAttribute: false }))(s, sg);
        classic("egress", () => ({ selfAttribute: true }))(s, sg);
      },
      {},
      ["aws_security_group.hyperpod has no all-traffic ingress from itself"],
    ],
    [
      "inline rules with self",
      () => {},
      {
        ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, selfAttribute: true }],
        egress: [{ protocol: "-1", fromPort: 0, toPort: 0, selfAttribute: true }],
      },
      [],
    ],
    [
      "inline rules naming the group in security_groups",
      () => {},
      {
        ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, securityGroups: ["${aws_security_group.hyperpod.id}"] }],
        egress: [{ protocol: "tcp", fromPort: 0, toPort: 65535, selfAttribute: true }],
      },
      ["aws_security_group.hyperpod has no all-traffic egress to itself"],
    ],
  ])("%s", (_name, add, inline, expected) => {
    expect(rows(add, inline)).toEqual(expected);
  });

  test("a cluster group outside the stack is reported on the stack", () => {
    const { stack } = clusterStack({ mode: "efa" });
    const cluster = stack.node.findAll().find((c) => c.node.path === "test/cluster/cluster");
    (cluster as unknown as { addOverride(p: string, v: unknown): void }).addOverride("vpc_config.security_group_ids", [
      "sg-0123",
    ]);
    expect(evaluateRule(stack, rule, { securityMode: "efa" })).toEqual([
      expect.objectContaining({
        resource: "test",
        address: null,
        finding: "sg-0123 has no all-traffic ingress from or egress to itself",
      }),
    ]);
  });
});

describe("POL-SG-LUSTRE-PORTS boundaries", () => {
  const rule = "POL-SG-LUSTRE-PORTS";
  test("ingress from 0.0.0.0/0 does not stand in for the peer group (only egress does)", () => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    removeRule(stack, "ingress", "lustre_lustre_988_hyperpod");
    new VpcSecurityGroupIngressRule(stack, "open", {
      securityGroupId: "${aws_security_group.lustre.id}",
      cidrIpv4: "0.0.0.0/0",
      ipProtocol: "tcp",
      fromPort: 988,
      toPort: 988,
    });
    expect(evaluateRule(stack, rule, { securityMode: "lustre-ports" }).map((r) => r.finding)).toEqual([
      "aws_security_group.lustre lacks ingress TCP 988 from aws_security_group.hyperpod",
    ]);
  });

  test.each<[string, Record<string, unknown>, boolean]>([
    ["udp does not carry Lustre", { ipProtocol: "udp", fromPort: 988, toPort: 988 }, true],
    ["a range ending below the port", { ipProtocol: "tcp", fromPort: 900, toPort: 987 }, true],
    ["a range starting above the port", { ipProtocol: "tcp", fromPort: 989, toPort: 1000 }, true],
    ["a range around the port", { ipProtocol: "tcp", fromPort: 987, toPort: 989 }, false],
    ["all traffic", { ipProtocol: "-1" }, false],
    ["tcp without ports", { ipProtocol: "tcp" }, true],
  ])("in place of TCP 988 from the cluster: %s", (_name, props, flagged) => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    removeRule(stack, "ingress", "lustre_lustre_988_hyperpod");
    new VpcSecurityGroupIngressRule(stack, "instead", {
      securityGroupId: "${aws_security_group.lustre.id}",
      referencedSecurityGroupId: "${aws_security_group.hyperpod.id}",
      ...props,
    } as never);
    expect(evaluateRule(stack, rule, { securityMode: "lustre-ports" })).toHaveLength(flagged ? 1 : 0);
  });

  test("no file system, no finding; a group both the cluster and the file system use lists each gap once", () => {
    const { stack } = bareStack();
    const sg = rawGroup(stack, "hyperpod", { name: "h" });
    new SecurityGroupRule(stack, "hp_all", {
      type: "ingress",
      securityGroupId: sg.id,
      protocol: "-1",
      fromPort: 0,
      toPort: 0,
      selfAttribute: true,
    });
    expect(evaluateRule(stack, rule)).toEqual([]);
    new FsxLustreFileSystem(stack, "fs", {
      storageCapacity: 1200,
      subnetIds: ["subnet-1"],
      deploymentType: "PERSISTENT_2",
      perUnitStorageThroughput: 250,
      securityGroupIds: [sg.id],
    });
    expect(evaluateRule(stack, rule).map((r) => [r.address, r.finding])).toEqual([
      [
        "aws_security_group.hyperpod",
        "aws_security_group.hyperpod lacks egress TCP 988 to itself, egress TCP 1018-1023 to itself",
      ],
    ]);
  });

  test("a file system group and a cluster group: both directions between them and within each", () => {
    const { stack } = bareStack();
    rawGroup(stack, "lustre", { name: "l" });
    rawGroup(stack, "hyperpod", { name: "h" });
    new SecurityGroupRule(stack, "hp_all", {
      type: "ingress",
      securityGroupId: "${aws_security_group.hyperpod.id}",
      protocol: "-1",
      fromPort: 0,
      toPort: 0,
      selfAttribute: true,
    });
    expect(evaluateRule(stack, rule).map((r) => [r.address, r.finding])).toEqual([
      [
        "aws_security_group.lustre",
        "aws_security_group.lustre lacks ingress TCP 988 from itself, ingress TCP 1018-1023 from itself, egress TCP 988 to itself, egress TCP 1018-1023 to itself, ingress TCP 988 from aws_security_group.hyperpod, ingress TCP 1018-1023 from aws_security_group.hyperpod, egress TCP 988 to aws_security_group.hyperpod, egress TCP 1018-1023 to aws_security_group.hyperpod",
      ],
      [
        "aws_security_group.hyperpod",
        "aws_security_group.hyperpod lacks egress TCP 988 to itself, egress TCP 1018-1023 to itself, ingress TCP 988 from aws_security_group.lustre, ingress TCP 1018-1023 from aws_security_group.lustre, egress TCP 988 to aws_security_group.lustre, egress TCP 1018-1023 to aws_security_group.lustre",
      ],
    ]);
  });
});

describe("POL-FSX-EFA-GROUPS on several groups", () => {
  test("each group's gaps, in order; efa_enabled as text counts", () => {
    const { stack } = clusterStack({ efa: true, mode: "efa" });
    removeRule(stack, "ingress", "lustre_all_traffic_self");
    const fs = stack.node.findAll().find((c) => c.node.path === "test/storage/file_system") as FsxLustreFileSystem;
    fs.securityGroupIds = ["${aws_security_group.lustre.id}", "sg-0123"];
    fs.addOverride("efa_enabled", "true");
    expect(evaluateRule(stack, "POL-FSX-EFA-GROUPS").map((r) => r.finding)).toEqual([
      "is EFA-enabled, but aws_security_group.lustre has no all-traffic self ingress; sg-0123 has no all-traffic self ingress or egress",
    ]);
    fs.addOverride("efa_enabled", "false");
    expect(evaluateRule(stack, "POL-FSX-EFA-GROUPS")).toEqual([]);
  });
});

describe("POL-SG-RULE-DESCRIPTION on every kind of rule", () => {
  test("each rule type, inline egress by index, and blank descriptions", () => {
    const { stack } = bareStack();
    const sg = new SecurityGroup(stack, "sg", {
      name: "x",
      egress: [
        { fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"], description: "all out" },
        { fromPort: 988, toPort: 988, protocol: "tcp", selfAttribute: true, description: "  " },
      ],
    });
    sg.overrideLogicalId("sg");
    const common = { securityGroupId: sg.id, referencedSecurityGroupId: sg.id, ipProtocol: "-1" };
    new VpcSecurityGroupEgressRule(stack, "e", common).overrideLogicalId("e");
    new VpcSecurityGroupEgressRule(stack, "e_ok", { ...common, description: "self" }).overrideLogicalId("e_ok");
    new SecurityGroupRule(stack, "c", {
      type: "ingress",
      securityGroupId: sg.id,
      protocol: "-1",
      fromPort: 0,
      toPort: 0,
      selfAttribute: true,
      description: "",
    }).overrideLogicalId("c");
    expect(evaluateRule(stack, "POL-SG-RULE-DESCRIPTION").map((r) => [r.level, r.address, r.finding])).toEqual([
      ["WARNING", "aws_vpc_security_group_egress_rule.e", "has no description"],
      ["WARNING", "aws_security_group_rule.c", "has no description"],
      ["WARNING", "aws_security_group.sg", "egress[1] has no description"],
    ]);
  });
});

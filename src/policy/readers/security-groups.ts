/** Reads security group rules, whichever way they are written, from the index. */
import { type PolicyContext, stackSite } from "../rule";
import {
  asList,
  asStrings,
  asText,
  isTrue,
  type Json,
  referencedName,
  type TerraformIndex,
  type TfBlock,
} from "../terraform-index";

/** One security group rule, whichever way it is written. */
export interface SgRule {
  /** The resource that holds the rule. */
  readonly block: TfBlock;
  readonly direction: "ingress" | "egress";
  /** The group the rule belongs to: `aws_security_group.<name>` or a literal id. */
  readonly group: string;
  /** Peer group (same notation), when the rule references one. */
  readonly peerGroup?: string;
  readonly cidrs: string[];
  /** `-1` for all traffic, else `tcp`, `udp`, `icmp`, ... (numbers as strings). */
  readonly protocol: string;
  readonly fromPort?: number;
  readonly toPort?: number;
}

/** `aws_security_group.<name>` for a reference to a group's id, else the value itself. */
export function groupKey(value: unknown): string {
  const name = referencedName(value, "aws_security_group", ["id"]);
  return name ? `aws_security_group.${name}` : asText(value);
}

function protocolOf(v: unknown): string {
  const p = String(v ?? "").toLowerCase();
  if (p === "all") return "-1";
  if (p === "6") return "tcp";
  if (p === "17") return "udp";
  return p;
}

function port(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The rules of one `aws_security_group_rule` or inline rule block: one for
 * its CIDR blocks, if any, and one per peer group.
 */
function classicRules(
  block: TfBlock,
  direction: "ingress" | "egress",
  group: string,
  r: Json,
  peers: readonly string[],
): SgRule[] {
  const common = {
    block,
    direction,
    group,
    protocol: protocolOf(r.protocol),
    fromPort: port(r.from_port),
    toPort: port(r.to_port),
  } as const;
  const cidrs = [...asStrings(r.cidr_blocks), ...asStrings(r.ipv6_cidr_blocks)];
  return [
    ...(cidrs.length > 0 ? [{ ...common, cidrs }] : []),
    ...peers.map((peerGroup) => ({ ...common, peerGroup, cidrs: [] })),
  ];
}

/**
 * Every security group rule of the stack: `aws_vpc_security_group_*_rule`,
 * `aws_security_group_rule` and the inline `ingress`/`egress` blocks of
 * `aws_security_group`.
 */
export function securityGroupRules(index: TerraformIndex): SgRule[] {
  const out: SgRule[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    for (const block of index.resources(`aws_vpc_security_group_${direction}_rule`)) {
      const b = block.body;
      // `== null` below: JSON null is Terraform's unset, like an absent argument.
      out.push({
        block,
        direction,
        group: groupKey(b.security_group_id),
        peerGroup: b.referenced_security_group_id == null ? undefined : groupKey(b.referenced_security_group_id),
        cidrs: [...asStrings(b.cidr_ipv4), ...asStrings(b.cidr_ipv6)],
        protocol: protocolOf(b.ip_protocol),
        fromPort: port(b.from_port),
        toPort: port(b.to_port),
      });
    }
  }
  for (const block of index.resources("aws_security_group_rule")) {
    const b = block.body;
    const group = groupKey(b.security_group_id);
    const peers = [
      ...(isTrue(b.self) ? [group] : []),
      ...(b.source_security_group_id == null ? [] : [groupKey(b.source_security_group_id)]),
    ];
    out.push(...classicRules(block, b.type === "egress" ? "egress" : "ingress", group, b, peers));
  }
  for (const block of index.resources("aws_security_group")) {
    for (const direction of ["ingress", "egress"] as const) {
      for (const r of asList(block.body[direction])) {
        const peers = [...(isTrue(r.self) ? [block.address] : []), ...asStrings(r.security_groups).map(groupKey)];
        out.push(...classicRules(block, direction, block.address, r, peers));
      }
    }
  }
  return out;
}

/** Whether the rule lets TCP `port` through. */
export function coversTcpPort(rule: SgRule, p: number): boolean {
  if (rule.protocol === "-1") return true;
  if (rule.protocol !== "tcp") return false;
  // A rule without ports (or with ports Terraform computes) covers no port: NaN compares false.
  const { fromPort = Number.NaN, toPort = Number.NaN } = rule;
  return fromPort <= p && p <= toPort;
}

/**
 * The groups of the HyperPod nodes: those `awscc_sagemaker_cluster` uses,
 * and `aws_security_group.hyperpod`.
 */
export function clusterGroups(index: TerraformIndex): string[] {
  const keys = index
    .resources("awscc_sagemaker_cluster")
    .flatMap((c) => asList(c.body.vpc_config).flatMap((v) => asStrings(v.security_group_ids)))
    .map(groupKey);
  if (index.get("aws_security_group.hyperpod")) keys.push("aws_security_group.hyperpod");
  return [...new Set(keys)];
}

/**
 * The groups of the file systems: those `aws_fsx_lustre_file_system` uses,
 * and `aws_security_group.lustre`.
 */
export function fileSystemGroups(index: TerraformIndex): string[] {
  const keys = index
    .resources("aws_fsx_lustre_file_system")
    .flatMap((fs) => asStrings(fs.body.security_group_ids))
    .map(groupKey);
  if (index.get("aws_security_group.lustre")) keys.push("aws_security_group.lustre");
  return [...new Set(keys)];
}

/** Where a finding about a group points: the group when it is in the stack, else the stack. */
export function groupSite(ctx: PolicyContext, key: string): { path: string; address: string | null } {
  const block = ctx.index.get(key);
  return block ? { path: block.path, address: block.address } : stackSite(ctx);
}

/** Whether a group has all-traffic ingress and egress rules that reference the group itself. */
export function selfAllTraffic(rules: readonly SgRule[], group: string): { ingress: boolean; egress: boolean } {
  const self = rules.filter((r) => r.group === group && r.peerGroup === group && r.protocol === "-1");
  return { ingress: self.some((r) => r.direction === "ingress"), egress: self.some((r) => r.direction === "egress") };
}

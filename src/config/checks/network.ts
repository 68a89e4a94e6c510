/**
 * Network: the VPC this app creates (terraform-aws-modules/vpc) or the
 * existing one it uses, the S3 gateway endpoint, and where the file system
 * and the cluster are placed.
 *
 * Choices:
 * - More private subnets than AZs is fine: the module puts subnet i in
 *   azs[i % azs.length]. No finding.
 * - Placement: the file system and every group use the private subnet at
 *   network.subnetIndex, so they are always in one AZ and there is nothing
 *   to check (a stack test holds that invariant). A check belongs here once
 *   groups can have subnets of their own.
 * - Subnet size: counts one address per node, 32 per ml.p5.48xlarge (one per
 *   network card); other multi-card types may need more than one, so this is
 *   a lower bound and only warns.
 */

import { escapeRegExp } from "../../text";
import { type Check, type CheckCode, error, show, warning } from "../findings";
import type { CreatedVpc, ExistingVpc, ResolvedCluster } from "../resolve";
import { type Cidr, cidrContains, cidrOverlaps, formatCidr, parseCidr, usableAddresses } from "./cidr";

export const CODES: CheckCode[] = [
  { code: "NETWORK_CONFLICT", level: "ERROR", summary: "Both network.vpc and network.existingVpc are set" },
  {
    code: "NETWORK_VPC_CIDR",
    level: "ERROR",
    summary: "VPC CIDR is not an IPv4 network address with a /16-/28 prefix",
  },
  {
    code: "NETWORK_SUBNET_CIDR",
    level: "ERROR",
    summary: "Subnet CIDR is not an IPv4 network address with a /16-/28 prefix",
  },
  { code: "NETWORK_SUBNET_OUTSIDE_VPC", level: "ERROR", summary: "Subnet CIDR is not inside the VPC CIDR" },
  { code: "NETWORK_SUBNET_OVERLAP", level: "ERROR", summary: "Two subnet CIDRs overlap" },
  { code: "NETWORK_AZ", level: "ERROR", summary: "Availability zone is not a zone name of the region" },
  {
    code: "NETWORK_AZ_COUNT",
    level: "ERROR",
    summary: "existingVpc.availabilityZones does not name one zone per private subnet",
  },
  { code: "NETWORK_SUBNET_INDEX", level: "ERROR", summary: "subnetIndex does not pick one of the private subnets" },
  { code: "NETWORK_NAT_PUBLIC_SUBNET", level: "ERROR", summary: "NAT gateways without a public subnet to put them in" },
  {
    code: "NETWORK_NAT_PER_AZ",
    level: "WARNING",
    summary: "natGateways one-per-az with fewer public subnets than AZs",
  },
  { code: "NETWORK_NO_INTERNET", level: "WARNING", summary: "natGateways none: nodes have no internet access" },
  {
    code: "NETWORK_NO_S3_ROUTE",
    level: "ERROR",
    summary: "No NAT gateway and no S3 endpoint: nodes cannot fetch the lifecycle scripts",
  },
  { code: "NETWORK_VPC_ID", level: "ERROR", summary: "existingVpc.vpcId is not vpc- and 8-17 hex digits" },
  { code: "NETWORK_SUBNET_ID", level: "ERROR", summary: "Subnet id is not subnet- and 8-17 hex digits" },
  { code: "NETWORK_SUBNET_ID_DUPLICATE", level: "ERROR", summary: "A subnet id is listed twice" },
  {
    code: "NETWORK_ROUTE_TABLES",
    level: "ERROR",
    summary: "s3Endpoint with an existing VPC but no existingVpc.routeTableIds",
  },
  { code: "NETWORK_ROUTE_TABLE_ID", level: "ERROR", summary: "Route table id is not rtb- and 8-17 hex digits" },
  {
    code: "NETWORK_SUBNET_CAPACITY",
    level: "WARNING",
    summary: "The chosen private subnet has fewer addresses than the nodes need",
  },
];

const MIN_PREFIX = 16;
const MAX_PREFIX = 28;

const created = (c: ResolvedCluster): CreatedVpc | undefined => (c.network.mode === "create" ? c.network : undefined);
const existing = (c: ResolvedCluster): ExistingVpc | undefined =>
  c.network.mode === "existing" ? c.network : undefined;

export const networkConflict: Check = (c) =>
  c.networkConflict
    ? [
        error(
          "NETWORK_CONFLICT",
          "network",
          "must set vpc or existingVpc, not both (existingVpc would be used), got both",
        ),
      ]
    : [];

/** Why a VPC or subnet CIDR is unusable (completing "must …"), or undefined. */
function cidrProblem(text: string): string | undefined {
  const parsed = parseCidr(text);
  if (!parsed.ok) return `be ${parsed.problem}`;
  if (parsed.cidr.prefix < MIN_PREFIX || parsed.cidr.prefix > MAX_PREFIX) {
    return `have a prefix length of /${MIN_PREFIX} to /${MAX_PREFIX}`;
  }
  return undefined;
}

/** The block, when it is a usable VPC or subnet CIDR. */
function usableCidr(text: string): Cidr | undefined {
  const parsed = parseCidr(text);
  return parsed.ok && cidrProblem(text) === undefined ? parsed.cidr : undefined;
}

export const vpcCidr: Check = (c) => {
  const vpc = created(c);
  const problem = vpc && cidrProblem(vpc.cidr);
  return vpc && problem
    ? [error("NETWORK_VPC_CIDR", "network.vpc.cidr", `must ${problem}, got ${show(vpc.cidr)}`)]
    : [];
};

interface SubnetEntry {
  readonly path: string;
  readonly text: string;
  readonly cidr?: Cidr;
}

function subnets(vpc: CreatedVpc): SubnetEntry[] {
  const entries = [
    ...vpc.privateSubnets.map((text, i) => ({ path: `network.vpc.privateSubnets[${i}]`, text })),
    ...vpc.publicSubnets.map((text, i) => ({ path: `network.vpc.publicSubnets[${i}]`, text })),
  ];
  return entries.map((e) => ({ ...e, cidr: usableCidr(e.text) }));
}

export const subnetCidrs: Check = (c) => {
  const vpc = created(c);
  if (!vpc) return [];
  return subnets(vpc).flatMap((s) => {
    const problem = cidrProblem(s.text);
    return problem ? [error("NETWORK_SUBNET_CIDR", s.path, `must ${problem}, got ${show(s.text)}`)] : [];
  });
};

export const subnetsInsideVpc: Check = (c) => {
  const vpc = created(c);
  const outer = vpc ? usableCidr(vpc.cidr) : undefined;
  if (!vpc || !outer) return [];
  return subnets(vpc).flatMap((s) =>
    s.cidr && !cidrContains(outer, s.cidr)
      ? [
          error(
            "NETWORK_SUBNET_OUTSIDE_VPC",
            s.path,
            `must lie inside the VPC CIDR ${formatCidr(outer)}, got ${show(s.text)}`,
          ),
        ]
      : [],
  );
};

export const subnetOverlaps: Check = (c) => {
  const vpc = created(c);
  if (!vpc) return [];
  const list = subnets(vpc);
  return list.flatMap((s, j) => {
    const earlier = list.slice(0, j).find((o) => o.cidr && s.cidr && cidrOverlaps(o.cidr, s.cidr));
    return earlier
      ? [
          error(
            "NETWORK_SUBNET_OVERLAP",
            s.path,
            `must not overlap ${earlier.path} (${earlier.text}), got ${show(s.text)}`,
          ),
        ]
      : [];
  });
};

/** Zone names of a region: ap-northeast-1a. Zone ids (apne1-az4) are not accepted. */
export function zoneProblem(region: string, zone: string): string | undefined {
  if (new RegExp(`^${escapeRegExp(region)}[a-z]$`).test(zone)) return undefined;
  const hint = /^[a-z]{2,5}\d-az\d+$/.test(zone) ? " (a zone id; give the zone name)" : "";
  return `must be an availability zone name of ${region} like ${region}a, got ${show(zone)}${hint}`;
}

export const availabilityZones: Check = (c) => {
  const zones: { path: string; zone: string }[] =
    c.network.mode === "create"
      ? c.network.azs.map((zone, i) => ({ path: `network.vpc.azs[${i}]`, zone }))
      : (c.network.availabilityZones ?? []).map((zone, i) => ({
          path: `network.existingVpc.availabilityZones[${i}]`,
          zone,
        }));
  return zones.flatMap(({ path, zone }) => {
    const problem = zoneProblem(c.region, zone);
    return problem ? [error("NETWORK_AZ", path, problem)] : [];
  });
};

export const availabilityZoneCount: Check = (c) => {
  const vpc = existing(c);
  if (!vpc?.availabilityZones || vpc.availabilityZones.length === vpc.privateSubnetIds.length) return [];
  return [
    error(
      "NETWORK_AZ_COUNT",
      "network.existingVpc.availabilityZones",
      `must name one zone per private subnet (${vpc.privateSubnetIds.length}), got ${vpc.availabilityZones.length}`,
    ),
  ];
};

function privateSubnetCount(c: ResolvedCluster): number {
  return c.network.mode === "create" ? c.network.privateSubnets.length : c.network.privateSubnetIds.length;
}

export const subnetIndex: Check = (c) => {
  const n = privateSubnetCount(c);
  return c.network.subnetIndex < n
    ? []
    : [
        error(
          "NETWORK_SUBNET_INDEX",
          "network.subnetIndex",
          `must be less than the number of private subnets (${n}), got ${c.network.subnetIndex}`,
        ),
      ];
};

/** The module places NAT gateways in public subnets; with none, `element()` fails on an empty list. */
export const natPublicSubnet: Check = (c) => {
  const vpc = created(c);
  if (!vpc || vpc.natGateways === "none" || vpc.publicSubnets.length > 0) return [];
  return [
    error(
      "NETWORK_NAT_PUBLIC_SUBNET",
      "network.vpc.publicSubnets",
      `must hold at least one subnet for the NAT gateway (natGateways is ${vpc.natGateways}), got none`,
    ),
  ];
};

/** The module documents one_nat_gateway_per_az as needing a public subnet per AZ; with fewer it reuses subnets. */
export const natPerAz: Check = (c) => {
  const vpc = created(c);
  if (!vpc || vpc.natGateways !== "one-per-az" || vpc.publicSubnets.length === 0) return [];
  return vpc.publicSubnets.length >= vpc.azs.length
    ? []
    : [
        warning(
          "NETWORK_NAT_PER_AZ",
          "network.vpc.publicSubnets",
          `should hold one subnet per availability zone (${vpc.azs.length}) with natGateways one-per-az, got ${vpc.publicSubnets.length}`,
        ),
      ];
};

export const noInternet: Check = (c) => {
  const vpc = created(c);
  if (!vpc || vpc.natGateways !== "none" || !vpc.s3Endpoint) return [];
  return [
    warning(
      "NETWORK_NO_INTERNET",
      "network.vpc.natGateways",
      "is none: nodes have no internet access (package installs and downloads fail); lifecycle scripts still come through the S3 endpoint",
    ),
  ];
};

export const noS3Route: Check = (c) => {
  const vpc = created(c);
  if (!vpc || vpc.natGateways !== "none" || vpc.s3Endpoint) return [];
  return [
    error(
      "NETWORK_NO_S3_ROUTE",
      "network.s3Endpoint",
      "must be true when network.vpc.natGateways is none (nodes could not reach S3 for the lifecycle scripts), got false",
    ),
  ];
};

const ID_PATTERN = (prefix: string) => new RegExp(`^${prefix}-[0-9a-f]{8,17}$`);

export const vpcId: Check = (c) => {
  const vpc = existing(c);
  if (!vpc || ID_PATTERN("vpc").test(vpc.vpcId)) return [];
  return [
    error(
      "NETWORK_VPC_ID",
      "network.existingVpc.vpcId",
      `must be vpc- and 8-17 hex digits like vpc-0123456789abcdef0, got ${show(vpc.vpcId)}`,
    ),
  ];
};

export const subnetIds: Check = (c) => {
  const vpc = existing(c);
  if (!vpc) return [];
  return vpc.privateSubnetIds.flatMap((id, i) =>
    ID_PATTERN("subnet").test(id)
      ? []
      : [
          error(
            "NETWORK_SUBNET_ID",
            `network.existingVpc.privateSubnetIds[${i}]`,
            `must be subnet- and 8-17 hex digits like subnet-0123456789abcdef0, got ${show(id)}`,
          ),
        ],
  );
};

export const subnetIdDuplicates: Check = (c) => {
  const vpc = existing(c);
  if (!vpc) return [];
  return vpc.privateSubnetIds.flatMap((id, i) => {
    const first = vpc.privateSubnetIds.indexOf(id);
    return first < i
      ? [
          error(
            "NETWORK_SUBNET_ID_DUPLICATE",
            `network.existingVpc.privateSubnetIds[${i}]`,
            `must be unique, got ${show(id)} again (also privateSubnetIds[${first}])`,
          ),
        ]
      : [];
  });
};

export const routeTables: Check = (c) => {
  const vpc = existing(c);
  if (!vpc || !vpc.s3Endpoint || (vpc.routeTableIds?.length ?? 0) > 0) return [];
  return [
    error(
      "NETWORK_ROUTE_TABLES",
      "network.s3Endpoint",
      "is true, which needs network.existingVpc.routeTableIds (the route tables of the private subnets) with an existing VPC; set them or set s3Endpoint to false",
    ),
  ];
};

export const routeTableIds: Check = (c) => {
  const vpc = existing(c);
  if (!vpc) return [];
  return (vpc.routeTableIds ?? []).flatMap((id, i) =>
    ID_PATTERN("rtb").test(id)
      ? []
      : [
          error(
            "NETWORK_ROUTE_TABLE_ID",
            `network.existingVpc.routeTableIds[${i}]`,
            `must be rtb- and 8-17 hex digits like rtb-0123456789abcdef0, got ${show(id)}`,
          ),
        ],
  );
};

/**
 * Private IP addresses one node takes: 32 for ml.p5.48xlarge, otherwise at least 1.
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-prerequisites.html
 */
export function addressesPerNode(instanceType: string): number {
  return instanceType === "ml.p5.48xlarge" ? 32 : 1;
}

export const subnetCapacity: Check = (c) => {
  const vpc = created(c);
  const text = vpc?.privateSubnets[vpc.subnetIndex];
  const parsed = text === undefined ? undefined : parseCidr(text);
  if (!vpc || !parsed?.ok) return [];
  const need = c.instanceGroups.reduce((sum, g) => sum + Math.max(0, g.count) * addressesPerNode(g.instanceType), 0);
  const have = usableAddresses(parsed.cidr);
  return need <= have
    ? []
    : [
        warning(
          "NETWORK_SUBNET_CAPACITY",
          `network.vpc.privateSubnets[${vpc.subnetIndex}]`,
          `should have room for every node (at least ${need} addresses, 32 per ml.p5.48xlarge), got ${show(text)} with ${have} usable`,
        ),
      ];
};

export const CHECKS: Check[] = [
  networkConflict,
  vpcCidr,
  subnetCidrs,
  subnetsInsideVpc,
  subnetOverlaps,
  availabilityZones,
  availabilityZoneCount,
  subnetIndex,
  natPublicSubnet,
  natPerAz,
  noInternet,
  noS3Route,
  vpcId,
  subnetIds,
  subnetIdDuplicates,
  routeTables,
  routeTableIds,
  subnetCapacity,
];

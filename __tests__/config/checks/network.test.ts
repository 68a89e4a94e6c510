import { err, findingsWith, groups, type Row, warn, worker } from "./helpers";

const vpc = (
  settings: Record<string, unknown>,
  network: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => ({
  network: { vpc: settings, ...network },
  ...extra,
});
const EXISTING = {
  vpcId: "vpc-0123456789abcdef0",
  privateSubnetIds: ["subnet-0123456789abcdef0"],
  routeTableIds: ["rtb-0123456789abcdef0"],
};
const existing = (
  settings: Record<string, unknown> = {},
  network: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => ({
  network: { existingVpc: { ...EXISTING, ...settings }, ...network },
  ...extra,
});

describe("NETWORK_CONFLICT", () => {
  test.each<Row>([
    ["default: create", {}, []],
    ["existing only", existing(), []],
    [
      "both",
      { network: { vpc: {}, existingVpc: EXISTING } },
      [
        err(
          "NETWORK_CONFLICT",
          "network",
          "must set vpc or existingVpc, not both (existingVpc would be used), got both",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_CONFLICT")).toEqual(expected);
  });
});

describe("NETWORK_VPC_CIDR", () => {
  const path = "network.vpc.cidr";
  test.each<Row>([
    ["default 10.0.0.0/16", {}, []],
    [
      "/28",
      vpc({ cidr: "172.16.0.0/28", privateSubnets: ["172.16.0.0/28"], publicSubnets: [], natGateways: "none" }),
      [],
    ],
    ["existing VPC: not checked", existing(), []],
    [
      "/8",
      vpc({ cidr: "10.0.0.0/8" }),
      [err("NETWORK_VPC_CIDR", path, 'must have a prefix length of /16 to /28, got "10.0.0.0/8"')],
    ],
    [
      "/29",
      vpc({ cidr: "10.0.0.0/29" }),
      [err("NETWORK_VPC_CIDR", path, 'must have a prefix length of /16 to /28, got "10.0.0.0/29"')],
    ],
    [
      "host bits set",
      vpc({ cidr: "10.0.0.1/16" }),
      [err("NETWORK_VPC_CIDR", path, 'must be a network address (10.0.0.0/16), got "10.0.0.1/16"')],
    ],
    [
      "three octets",
      vpc({ cidr: "10.0.0/16" }),
      [err("NETWORK_VPC_CIDR", path, 'must be an IPv4 CIDR block like 10.0.0.0/16, got "10.0.0/16"')],
    ],
    [
      "octet over 255",
      vpc({ cidr: "256.0.0.0/16" }),
      [err("NETWORK_VPC_CIDR", path, 'must be an IPv4 CIDR block like 10.0.0.0/16, got "256.0.0.0/16"')],
    ],
    [
      "leading zero",
      vpc({ cidr: "010.0.0.0/16" }),
      [err("NETWORK_VPC_CIDR", path, 'must be an IPv4 CIDR block like 10.0.0.0/16, got "010.0.0.0/16"')],
    ],
    [
      "no prefix",
      vpc({ cidr: "10.0.0.0" }),
      [err("NETWORK_VPC_CIDR", path, 'must be an IPv4 CIDR block like 10.0.0.0/16, got "10.0.0.0"')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_VPC_CIDR")).toEqual(expected);
  });
});

describe("NETWORK_SUBNET_CIDR", () => {
  test.each<Row>([
    ["defaults", {}, []],
    ["several subnets", vpc({ privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"], publicSubnets: ["10.0.101.0/28"] }), []],
    [
      "host bits in the second private subnet",
      vpc({ privateSubnets: ["10.0.1.0/24", "10.0.2.5/24"] }),
      [
        err(
          "NETWORK_SUBNET_CIDR",
          "network.vpc.privateSubnets[1]",
          'must be a network address (10.0.2.0/24), got "10.0.2.5/24"',
        ),
      ],
    ],
    [
      "/29 public subnet",
      vpc({ publicSubnets: ["10.0.101.0/29"] }),
      [
        err(
          "NETWORK_SUBNET_CIDR",
          "network.vpc.publicSubnets[0]",
          'must have a prefix length of /16 to /28, got "10.0.101.0/29"',
        ),
      ],
    ],
    [
      "not a CIDR",
      vpc({ privateSubnets: ["subnet-a"] }),
      [
        err(
          "NETWORK_SUBNET_CIDR",
          "network.vpc.privateSubnets[0]",
          'must be an IPv4 CIDR block like 10.0.0.0/16, got "subnet-a"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_SUBNET_CIDR")).toEqual(expected);
  });
});

describe("NETWORK_SUBNET_OUTSIDE_VPC", () => {
  test.each<Row>([
    ["defaults", {}, []],
    [
      "the whole VPC as one subnet",
      vpc({ cidr: "10.0.0.0/24", privateSubnets: ["10.0.0.0/24"], publicSubnets: [], natGateways: "none" }),
      [],
    ],
    ["invalid subnet: NETWORK_SUBNET_CIDR's", vpc({ privateSubnets: ["10.1.0.1/24"] }), []],
    ["invalid VPC CIDR: not compared", vpc({ cidr: "10.0.0.0/8", privateSubnets: ["11.0.0.0/24"] }), []],
    [
      "another network",
      vpc({ privateSubnets: ["10.1.0.0/24"] }),
      [
        err(
          "NETWORK_SUBNET_OUTSIDE_VPC",
          "network.vpc.privateSubnets[0]",
          'must lie inside the VPC CIDR 10.0.0.0/16, got "10.1.0.0/24"',
        ),
      ],
    ],
    [
      "larger than the VPC",
      vpc({ cidr: "10.0.0.0/20", privateSubnets: ["10.0.0.0/16"], publicSubnets: ["10.0.1.0/24"] }),
      [
        err(
          "NETWORK_SUBNET_OUTSIDE_VPC",
          "network.vpc.privateSubnets[0]",
          'must lie inside the VPC CIDR 10.0.0.0/20, got "10.0.0.0/16"',
        ),
      ],
    ],
    [
      "public subnet outside",
      vpc({ publicSubnets: ["192.168.0.0/24"] }),
      [
        err(
          "NETWORK_SUBNET_OUTSIDE_VPC",
          "network.vpc.publicSubnets[0]",
          'must lie inside the VPC CIDR 10.0.0.0/16, got "192.168.0.0/24"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_SUBNET_OUTSIDE_VPC")).toEqual(expected);
  });
});

describe("NETWORK_SUBNET_OVERLAP", () => {
  test.each<Row>([
    ["defaults", {}, []],
    ["adjacent", vpc({ privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"] }), []],
    [
      "inside another private subnet",
      vpc({ privateSubnets: ["10.0.1.0/24", "10.0.1.128/25"] }),
      [
        err(
          "NETWORK_SUBNET_OVERLAP",
          "network.vpc.privateSubnets[1]",
          'must not overlap network.vpc.privateSubnets[0] (10.0.1.0/24), got "10.0.1.128/25"',
        ),
      ],
    ],
    [
      "public equal to private",
      vpc({ privateSubnets: ["10.0.1.0/24"], publicSubnets: ["10.0.1.0/24"] }),
      [
        err(
          "NETWORK_SUBNET_OVERLAP",
          "network.vpc.publicSubnets[0]",
          'must not overlap network.vpc.privateSubnets[0] (10.0.1.0/24), got "10.0.1.0/24"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_SUBNET_OVERLAP")).toEqual(expected);
  });
});

describe("NETWORK_AZ", () => {
  test.each<Row>([
    ["default [<region>a, <region>c]", {}, []],
    ["default in another region", { region: "us-west-2" }, []],
    ["explicit zones", vpc({ azs: ["ap-northeast-1a", "ap-northeast-1d"] }), []],
    ["existing VPC zones", existing({ availabilityZones: ["ap-northeast-1c"] }), []],
    [
      "zone of another region",
      vpc({ azs: ["us-east-1a", "ap-northeast-1a"] }, {}, { region: "us-east-1" }),
      [
        err(
          "NETWORK_AZ",
          "network.vpc.azs[1]",
          'must be an availability zone name of us-east-1 like us-east-1a, got "ap-northeast-1a"',
        ),
      ],
    ],
    [
      "zone id",
      vpc({ azs: ["apne1-az4"] }),
      [
        err(
          "NETWORK_AZ",
          "network.vpc.azs[0]",
          'must be an availability zone name of ap-northeast-1 like ap-northeast-1a, got "apne1-az4" (a zone id; give the zone name)',
        ),
      ],
    ],
    [
      "zone id with a two-digit number",
      vpc({ azs: ["use1-az10"] }, {}, { region: "us-east-1" }),
      [
        err(
          "NETWORK_AZ",
          "network.vpc.azs[0]",
          'must be an availability zone name of us-east-1 like us-east-1a, got "use1-az10" (a zone id; give the zone name)',
        ),
      ],
    ],
    ...["1apne1-az4", "apne1-az4a"].map(
      (zone): Row => [
        `not quite a zone id: ${zone}`,
        vpc({ azs: [zone] }),
        [
          err(
            "NETWORK_AZ",
            "network.vpc.azs[0]",
            `must be an availability zone name of ap-northeast-1 like ap-northeast-1a, got "${zone}"`,
          ),
        ],
      ],
    ),
    [
      "existing VPC: region instead of zone",
      existing({ availabilityZones: ["ap-northeast-1"] }),
      [
        err(
          "NETWORK_AZ",
          "network.existingVpc.availabilityZones[0]",
          'must be an availability zone name of ap-northeast-1 like ap-northeast-1a, got "ap-northeast-1"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_AZ")).toEqual(expected);
  });
});

describe("NETWORK_AZ_COUNT", () => {
  const two = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"];
  test.each<Row>([
    ["zones not given", existing({ privateSubnetIds: two }), []],
    [
      "one zone per subnet",
      existing({ privateSubnetIds: two, availabilityZones: ["ap-northeast-1a", "ap-northeast-1c"] }),
      [],
    ],
    [
      "fewer zones than subnets",
      existing({ privateSubnetIds: two, availabilityZones: ["ap-northeast-1a"] }),
      [
        err(
          "NETWORK_AZ_COUNT",
          "network.existingVpc.availabilityZones",
          "must name one zone per private subnet (2), got 1",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_AZ_COUNT")).toEqual(expected);
  });
});

describe("NETWORK_SUBNET_INDEX", () => {
  test.each<Row>([
    ["default 0", {}, []],
    ["second of two", vpc({ privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"] }, { subnetIndex: 1 }), []],
    [
      "1 with one private subnet",
      { network: { subnetIndex: 1 } },
      [
        err(
          "NETWORK_SUBNET_INDEX",
          "network.subnetIndex",
          "must be less than the number of private subnets (1), got 1",
        ),
      ],
    ],
    [
      "existing VPC",
      existing({}, { subnetIndex: 2 }),
      [
        err(
          "NETWORK_SUBNET_INDEX",
          "network.subnetIndex",
          "must be less than the number of private subnets (1), got 2",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_SUBNET_INDEX")).toEqual(expected);
  });
});

describe("NETWORK_NAT_PUBLIC_SUBNET / NETWORK_NAT_PER_AZ", () => {
  test.each<Row>([
    ["default", {}, []],
    ["no NAT, no public subnet", vpc({ publicSubnets: [], natGateways: "none" }), []],
    [
      "one per AZ with a public subnet per AZ",
      vpc({ natGateways: "one-per-az", publicSubnets: ["10.0.101.0/24", "10.0.102.0/24"] }),
      [],
    ],
    [
      "one per AZ without a public subnet: only NETWORK_NAT_PUBLIC_SUBNET",
      vpc({ publicSubnets: [], natGateways: "one-per-az" }),
      [
        err(
          "NETWORK_NAT_PUBLIC_SUBNET",
          "network.vpc.publicSubnets",
          "must hold at least one subnet for the NAT gateway (natGateways is one-per-az), got none",
        ),
      ],
    ],
    [
      "single NAT without a public subnet",
      vpc({ publicSubnets: [], natGateways: "single" }),
      [
        err(
          "NETWORK_NAT_PUBLIC_SUBNET",
          "network.vpc.publicSubnets",
          "must hold at least one subnet for the NAT gateway (natGateways is single), got none",
        ),
      ],
    ],
    [
      "one per AZ, two AZs, one public subnet",
      vpc({ natGateways: "one-per-az" }),
      [
        warn(
          "NETWORK_NAT_PER_AZ",
          "network.vpc.publicSubnets",
          "should hold one subnet per availability zone (2) with natGateways one-per-az, got 1",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_NAT_PUBLIC_SUBNET", "NETWORK_NAT_PER_AZ")).toEqual(expected);
  });
});

describe("NETWORK_NO_INTERNET / NETWORK_NO_S3_ROUTE", () => {
  test.each<Row>([
    ["NAT and endpoint (default)", {}, []],
    ["NAT without endpoint", { network: { s3Endpoint: false } }, []],
    ["existing VPC without endpoint: unknown routes", existing({}, { s3Endpoint: false }), []],
    [
      "no NAT, endpoint",
      vpc({ natGateways: "none" }),
      [
        warn(
          "NETWORK_NO_INTERNET",
          "network.vpc.natGateways",
          "is none: nodes have no internet access (package installs and downloads fail); lifecycle scripts still come through the S3 endpoint",
        ),
      ],
    ],
    [
      "no NAT, no endpoint",
      vpc({ natGateways: "none" }, { s3Endpoint: false }),
      [
        err(
          "NETWORK_NO_S3_ROUTE",
          "network.s3Endpoint",
          "must be true when network.vpc.natGateways is none (nodes could not reach S3 for the lifecycle scripts), got false",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_NO_INTERNET", "NETWORK_NO_S3_ROUTE")).toEqual(expected);
  });
});

describe("NETWORK_VPC_ID / NETWORK_SUBNET_ID / NETWORK_SUBNET_ID_DUPLICATE / NETWORK_ROUTE_TABLE_ID", () => {
  const codes = ["NETWORK_VPC_ID", "NETWORK_SUBNET_ID", "NETWORK_SUBNET_ID_DUPLICATE", "NETWORK_ROUTE_TABLE_ID"];
  test.each<Row>([
    ["17 hex digits", existing(), []],
    [
      "8 hex digits",
      existing({ vpcId: "vpc-12345678", privateSubnetIds: ["subnet-89abcdef"], routeTableIds: ["rtb-0000aaaa"] }),
      [],
    ],
    [
      "bad vpc id",
      existing({ vpcId: "vpc-xyz" }),
      [
        err(
          "NETWORK_VPC_ID",
          "network.existingVpc.vpcId",
          'must be vpc- and 8-17 hex digits like vpc-0123456789abcdef0, got "vpc-xyz"',
        ),
      ],
    ],
    [
      "18 hex digits",
      existing({ vpcId: "vpc-0123456789abcdef01" }),
      [
        err(
          "NETWORK_VPC_ID",
          "network.existingVpc.vpcId",
          'must be vpc- and 8-17 hex digits like vpc-0123456789abcdef0, got "vpc-0123456789abcdef01"',
        ),
      ],
    ],
    [
      "7 hex digits in a subnet id",
      existing({ privateSubnetIds: ["subnet-0123456789abcdef0", "subnet-1234567"] }),
      [
        err(
          "NETWORK_SUBNET_ID",
          "network.existingVpc.privateSubnetIds[1]",
          'must be subnet- and 8-17 hex digits like subnet-0123456789abcdef0, got "subnet-1234567"',
        ),
      ],
    ],
    [
      "subnet listed twice",
      existing({ privateSubnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef0"] }),
      [
        err(
          "NETWORK_SUBNET_ID_DUPLICATE",
          "network.existingVpc.privateSubnetIds[1]",
          'must be unique, got "subnet-0123456789abcdef0" again (also privateSubnetIds[0])',
        ),
      ],
    ],
    [
      "upper-case route table id",
      existing({ routeTableIds: ["RTB-0123456789ABCDEF0"] }),
      [
        err(
          "NETWORK_ROUTE_TABLE_ID",
          "network.existingVpc.routeTableIds[0]",
          'must be rtb- and 8-17 hex digits like rtb-0123456789abcdef0, got "RTB-0123456789ABCDEF0"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, ...codes)).toEqual(expected);
  });
});

describe("NETWORK_ROUTE_TABLES", () => {
  const missing = err(
    "NETWORK_ROUTE_TABLES",
    "network.s3Endpoint",
    "is true, which needs network.existingVpc.routeTableIds (the route tables of the private subnets) with an existing VPC; set them or set s3Endpoint to false",
  );
  test.each<Row>([
    ["created VPC", {}, []],
    ["existing VPC with route tables", existing(), []],
    ["existing VPC, no endpoint", existing({ routeTableIds: undefined }, { s3Endpoint: false }), []],
    ["existing VPC, endpoint, no route tables", existing({ routeTableIds: undefined }), [missing]],
    ["existing VPC, endpoint, empty route tables", existing({ routeTableIds: [] }), [missing]],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_ROUTE_TABLES")).toEqual(expected);
  });
});

describe("NETWORK_SUBNET_CAPACITY", () => {
  const small = (count: number) =>
    vpc({ cidr: "10.0.0.0/16", privateSubnets: ["10.0.1.0/28"] }, {}, groups(worker("w", "ml.c5.xlarge", { count })));
  test.each<Row>([
    ["default", {}, []],
    ["/28 with 11 nodes (11 usable)", small(10), []],
    [
      "/28 with 12 nodes",
      small(11),
      [
        warn(
          "NETWORK_SUBNET_CAPACITY",
          "network.vpc.privateSubnets[0]",
          'should have room for every node (at least 12 addresses, 32 per ml.p5.48xlarge), got "10.0.1.0/28" with 11 usable',
        ),
      ],
    ],
    ["/24 with 7 P5 nodes", groups(worker("gpu", "ml.p5.48xlarge", { count: 7 })), []],
    [
      "/24 with 8 P5 nodes",
      groups(worker("gpu", "ml.p5.48xlarge", { count: 8 })),
      [
        warn(
          "NETWORK_SUBNET_CAPACITY",
          "network.vpc.privateSubnets[0]",
          'should have room for every node (at least 257 addresses, 32 per ml.p5.48xlarge), got "10.0.1.0/24" with 251 usable',
        ),
      ],
    ],
    ["existing VPC: size unknown", existing({}, {}, groups(worker("gpu", "ml.p5.48xlarge", { count: 100 }))), []],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "NETWORK_SUBNET_CAPACITY")).toEqual(expected);
  });
});

import { err, findingsWith, type Row, warn } from "./helpers";

const SECRET = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:slurm-db-AbCdEf";
const twoSubnets = { vpc: { privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"] } };
const rds = (accounting: Record<string, unknown> = {}, network: Record<string, unknown> = twoSubnets) => ({
  network,
  accounting: { mode: "rds", ...accounting },
});
const external = (accounting: Record<string, unknown>) => ({ accounting: { mode: "external", ...accounting } });

describe("ACCOUNTING_ENGINE_VERSION", () => {
  test.each<Row>([
    ["default engine and version", rds(), []],
    ["mariadb 11.4", rds({ engineVersion: "11.4" }), []],
    ["mysql 8.4", rds({ engine: "mysql", engineVersion: "8.4" }), []],
    [
      "a mysql version with mariadb",
      rds({ engineVersion: "8.0" }),
      [
        err(
          "ACCOUNTING_ENGINE_VERSION",
          "accounting.engineVersion",
          'must be 10.6, 10.11 or 11.4 for mariadb, got "8.0"',
        ),
      ],
    ],
    [
      "a minor version",
      rds({ engine: "mysql", engineVersion: "8.0.35" }),
      [err("ACCOUNTING_ENGINE_VERSION", "accounting.engineVersion", 'must be 8.0 or 8.4 for mysql, got "8.0.35"')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "ACCOUNTING_ENGINE_VERSION")).toEqual(expected);
  });
});

describe("ACCOUNTING_INSTANCE_CLASS, ACCOUNTING_STORAGE, ACCOUNTING_BACKUP_RETENTION", () => {
  const codes = ["ACCOUNTING_INSTANCE_CLASS", "ACCOUNTING_STORAGE", "ACCOUNTING_BACKUP_RETENTION"];
  test.each<Row>([
    ["defaults", rds(), []],
    [
      "db.r6g.large, 20 GiB, 1 day",
      rds({ instanceClass: "db.r6g.large", allocatedStorageGib: 20, backupRetentionDays: 1 }),
      [],
    ],
    ["65536 GiB, 35 days", rds({ allocatedStorageGib: 65536, backupRetentionDays: 35 }), []],
    [
      "an EC2 type",
      rds({ instanceClass: "t4g.micro" }),
      [
        err(
          "ACCOUNTING_INSTANCE_CLASS",
          "accounting.instanceClass",
          'must be a DB instance class like db.t4g.micro or db.m7g.large, got "t4g.micro"',
        ),
      ],
    ],
    [
      "19 GiB",
      rds({ allocatedStorageGib: 19 }),
      [err("ACCOUNTING_STORAGE", "accounting.allocatedStorageGib", "must be 20-65536 GiB (gp3), got 19")],
    ],
    [
      "65537 GiB",
      rds({ allocatedStorageGib: 65537 }),
      [err("ACCOUNTING_STORAGE", "accounting.allocatedStorageGib", "must be 20-65536 GiB (gp3), got 65537")],
    ],
    [
      "backups off",
      rds({ backupRetentionDays: 0 }),
      [
        err(
          "ACCOUNTING_BACKUP_RETENTION",
          "accounting.backupRetentionDays",
          "must be 1-35 days (automated backups stay on), got 0",
        ),
      ],
    ],
    [
      "36 days",
      rds({ backupRetentionDays: 36 }),
      [
        err(
          "ACCOUNTING_BACKUP_RETENTION",
          "accounting.backupRetentionDays",
          "must be 1-35 days (automated backups stay on), got 36",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, ...codes)).toEqual(expected);
  });
});

describe("ACCOUNTING_IDENTIFIER", () => {
  test.each<Row>([
    ["default prefix", rds(), []],
    ["mode none with an upper-case prefix", { namePrefix: "Acme" }, []],
    [
      "an upper-case prefix",
      { namePrefix: "Acme", ...rds() },
      [
        err(
          "ACCOUNTING_IDENTIFIER",
          "namePrefix",
          'must make a valid RDS identifier with accounting.mode rds (lower case letters, digits and single hyphens, a letter first, at most 63 characters), got "Acme-slurm-accounting"',
        ),
      ],
    ],
    [
      "a prefix starting with a digit",
      { namePrefix: "1hp", ...rds() },
      [
        err(
          "ACCOUNTING_IDENTIFIER",
          "namePrefix",
          'must make a valid RDS identifier with accounting.mode rds (lower case letters, digits and single hyphens, a letter first, at most 63 characters), got "1hp-slurm-accounting"',
        ),
      ],
    ],
    [
      "too long",
      { namePrefix: "a".repeat(47), ...rds() },
      [
        err(
          "ACCOUNTING_IDENTIFIER",
          "namePrefix",
          `must make a valid RDS identifier with accounting.mode rds (lower case letters, digits and single hyphens, a letter first, at most 63 characters), got "${"a".repeat(47)}-slurm-accounting"`,
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "ACCOUNTING_IDENTIFIER")).toEqual(expected);
  });
});

describe("ACCOUNTING_SUBNETS", () => {
  const existing = (privateSubnetIds: string[], availabilityZones?: string[]) => ({
    existingVpc: {
      vpcId: "vpc-0123456789abcdef0",
      privateSubnetIds,
      routeTableIds: ["rtb-0123456789abcdef0"],
      ...(availabilityZones ? { availabilityZones } : {}),
    },
  });
  test.each<Row>([
    ["two subnets in the two default AZs", rds(), []],
    ["mode none on the default VPC", {}, []],
    [
      "the default VPC (one private subnet)",
      rds({}, {}),
      [
        err(
          "ACCOUNTING_SUBNETS",
          "network.vpc.privateSubnets",
          "must hold at least two subnets in two availability zones with accounting.mode rds (the database's subnet group spans two AZs), got 1 in 1; append one, e.g. [10.0.1.0/24, 10.0.2.0/24] (appending creates a subnet and changes nothing that exists)",
        ),
      ],
    ],
    [
      "two subnets in one AZ",
      rds({}, { vpc: { azs: ["ap-northeast-1a"], privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"] } }),
      [
        err(
          "ACCOUNTING_SUBNETS",
          "network.vpc.privateSubnets",
          "must hold at least two subnets in two availability zones with accounting.mode rds (the database's subnet group spans two AZs), got 2 in 1; list a second zone in network.vpc.azs",
        ),
      ],
    ],
    [
      "an existing VPC with two subnets",
      rds({}, existing(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"])),
      [],
    ],
    [
      "an existing VPC whose two subnets are in two AZs",
      rds(
        {},
        existing(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], ["ap-northeast-1a", "ap-northeast-1c"]),
      ),
      [],
    ],
    [
      "an existing VPC with one subnet",
      rds({}, existing(["subnet-0123456789abcdef0"])),
      [
        err(
          "ACCOUNTING_SUBNETS",
          "network.existingVpc.privateSubnetIds",
          "must name at least two subnets in two availability zones with accounting.mode rds (the database's subnet group spans two AZs), got 1",
        ),
      ],
    ],
    [
      "an existing VPC whose two subnets share an AZ",
      rds(
        {},
        existing(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], ["ap-northeast-1a", "ap-northeast-1a"]),
      ),
      [
        err(
          "ACCOUNTING_SUBNETS",
          "network.existingVpc.privateSubnetIds",
          "must name at least two subnets in two availability zones with accounting.mode rds (the database's subnet group spans two AZs), got 2 in 1",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "ACCOUNTING_SUBNETS")).toEqual(expected);
  });
});

describe("external mode: ACCOUNTING_REQUIRED, ACCOUNTING_SECRET_ARN, ACCOUNTING_ENDPOINT, ACCOUNTING_PORT", () => {
  /** Four labels of 63 characters: every label is valid, the whole is two characters too long. */
  const LONG_HOST = Array.from({ length: 4 }, () => "a".repeat(63)).join(".");
  const codes = ["ACCOUNTING_REQUIRED", "ACCOUNTING_SECRET_ARN", "ACCOUNTING_ENDPOINT", "ACCOUNTING_PORT"];
  test.each<Row>([
    ["endpoint and secret", external({ endpoint: "slurmdb.example.internal", secretArn: SECRET }), []],
    [
      "an RDS endpoint, port 3307, a GovCloud secret",
      external({
        endpoint: "db1.abcdefghijkl.ap-northeast-1.rds.amazonaws.com",
        port: 3307,
        secretArn: "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:rds!db-1234-AbCdEf",
      }),
      [],
    ],
    ["one-character labels, port 1", external({ endpoint: "a.b.example.internal", port: 1, secretArn: SECRET }), []],
    ["a one-label host name, port 65535", external({ endpoint: "d", port: 65535, secretArn: SECRET }), []],
    [
      "a host name of 255 characters (at most 253)",
      external({ endpoint: LONG_HOST, secretArn: SECRET }),
      [
        err(
          "ACCOUNTING_ENDPOINT",
          "accounting.endpoint",
          `must be a host name like db.example.internal (no scheme, port or path; the port goes in accounting.port), got "${LONG_HOST}"`,
        ),
      ],
    ],
    [
      "empty strings count as not given",
      external({ endpoint: "", secretArn: "" }),
      [
        err("ACCOUNTING_REQUIRED", "accounting.endpoint", "is required with accounting.mode external, got nothing"),
        err("ACCOUNTING_REQUIRED", "accounting.secretArn", "is required with accounting.mode external, got nothing"),
      ],
    ],
    [
      "nothing given: both required at once",
      external({}),
      [
        err("ACCOUNTING_REQUIRED", "accounting.endpoint", "is required with accounting.mode external, got nothing"),
        err("ACCOUNTING_REQUIRED", "accounting.secretArn", "is required with accounting.mode external, got nothing"),
      ],
    ],
    [
      "a secret name instead of an ARN, an endpoint with a port, port 0",
      external({ endpoint: "db.example.internal:3306", port: 0, secretArn: "slurm-db" }),
      [
        err(
          "ACCOUNTING_SECRET_ARN",
          "accounting.secretArn",
          'must be a Secrets Manager secret ARN like arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:slurm-db-AbCdEf, got "slurm-db"',
        ),
        err(
          "ACCOUNTING_ENDPOINT",
          "accounting.endpoint",
          'must be a host name like db.example.internal (no scheme, port or path; the port goes in accounting.port), got "db.example.internal:3306"',
        ),
        err("ACCOUNTING_PORT", "accounting.port", "must be 1-65535, got 0"),
      ],
    ],
    [
      "an SSM parameter ARN, a URL, port 65536",
      external({
        endpoint: "mysql://db.example.internal",
        port: 65536,
        secretArn: "arn:aws:ssm:ap-northeast-1:123456789012:parameter/slurm-db",
      }),
      [
        err(
          "ACCOUNTING_SECRET_ARN",
          "accounting.secretArn",
          'must be a Secrets Manager secret ARN like arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:slurm-db-AbCdEf, got "arn:aws:ssm:ap-northeast-1:123456789012:parameter/slurm-db"',
        ),
        err(
          "ACCOUNTING_ENDPOINT",
          "accounting.endpoint",
          'must be a host name like db.example.internal (no scheme, port or path; the port goes in accounting.port), got "mysql://db.example.internal"',
        ),
        err("ACCOUNTING_PORT", "accounting.port", "must be 1-65535, got 65536"),
      ],
    ],
    ["mode rds needs neither", rds(), []],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, ...codes)).toEqual(expected);
  });
});

describe("ACCOUNTING_OPTIONS_IGNORED", () => {
  test.each<Row>([
    ["rds with rds settings", rds({ instanceClass: "db.t4g.small" }), []],
    [
      "rds with an endpoint",
      rds({ endpoint: "db.example.internal" }),
      [
        warn(
          "ACCOUNTING_OPTIONS_IGNORED",
          "accounting.endpoint",
          'is ignored with accounting.mode rds (it applies to mode external), got "db.example.internal"',
        ),
      ],
    ],
    [
      "external with an instance class",
      external({ endpoint: "db.example.internal", secretArn: SECRET, instanceClass: "db.t4g.small" }),
      [
        warn(
          "ACCOUNTING_OPTIONS_IGNORED",
          "accounting.instanceClass",
          'is ignored with accounting.mode external (it applies to mode rds), got "db.t4g.small"',
        ),
      ],
    ],
    [
      "none with a secret",
      { accounting: { secretArn: SECRET } },
      [
        warn(
          "ACCOUNTING_OPTIONS_IGNORED",
          "accounting.secretArn",
          `is ignored with accounting.mode none (it applies to mode external), got "${SECRET}"`,
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "ACCOUNTING_OPTIONS_IGNORED")).toEqual(expected);
  });
});

describe("ACCOUNTING_NO_SECRETS_ROUTE", () => {
  const noNat = { vpc: { privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"], natGateways: "none" } };
  test.each<Row>([
    ["rds with NAT", rds(), []],
    ["none without NAT", { network: noNat }, []],
    [
      "rds without NAT",
      rds({}, noNat),
      [
        err(
          "ACCOUNTING_NO_SECRETS_ROUTE",
          "network.vpc.natGateways",
          'must not be none with accounting.mode rds (the controller reads the database secret from Secrets Manager), got "none"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "ACCOUNTING_NO_SECRETS_ROUTE")).toEqual(expected);
  });
});

test("an unknown engine and an unknown mode are shape errors", () => {
  expect(findingsWith(rds({ engine: "postgres" }), "CONFIG_VALUE")).toHaveLength(1);
  expect(findingsWith({ accounting: { mode: "slurmdbd" } }, "CONFIG_VALUE")).toHaveLength(1);
});

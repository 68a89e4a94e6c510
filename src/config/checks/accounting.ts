/**
 * Slurm accounting (the `accounting` setting): the RDS database the stack
 * creates in mode rds, or the existing database and secret of mode external.
 *
 * Choices:
 * - Settings of the other mode are ignored, and say so (a WARNING), so that
 *   switching modes does not silently keep a stale value.
 * - Mode rds needs a DB subnet group over two availability zones; the default
 *   VPC has one private subnet, so rds asks for a second one rather than
 *   changing the default network of deployed stacks.
 *
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets
 */
import {
  ACCOUNTING_ENGINES,
  type AccountingEngine,
  BACKUP_RETENTION_DAYS,
  DB_INSTANCE_CLASS,
  DB_INSTANCE_IDENTIFIER,
  GP3_STORAGE_GIB,
  SECRET_ARN,
} from "../../aws/rds";
import { ACCOUNTING_DEFAULTS } from "../../constructs/accounting-database.defaults";
import { accountingIdentifier } from "../../names";
import { type Check, type CheckCode, error, oneOf, show, warning } from "../findings";
import type { ResolvedCluster } from "../resolve";

export const CODES: CheckCode[] = [
  {
    code: "ACCOUNTING_ENGINE_VERSION",
    level: "ERROR",
    summary: "accounting.engineVersion is not a major version RDS offers for the engine",
  },
  {
    code: "ACCOUNTING_INSTANCE_CLASS",
    level: "ERROR",
    summary: "accounting.instanceClass is not a DB instance class like db.t4g.micro",
  },
  { code: "ACCOUNTING_STORAGE", level: "ERROR", summary: "accounting.allocatedStorageGib outside 20-65536 GiB (gp3)" },
  {
    code: "ACCOUNTING_BACKUP_RETENTION",
    level: "ERROR",
    summary: "accounting.backupRetentionDays outside 1-35 (automated backups stay on)",
  },
  {
    code: "ACCOUNTING_IDENTIFIER",
    level: "ERROR",
    summary:
      "namePrefix makes an invalid RDS identifier (<namePrefix>-slurm-accounting: lower case, a letter first, at most 63)",
  },
  {
    code: "ACCOUNTING_SUBNETS",
    level: "ERROR",
    summary: "Mode rds without two private subnets in two availability zones (the DB subnet group needs two AZs)",
  },
  {
    code: "ACCOUNTING_REQUIRED",
    level: "ERROR",
    summary: "Mode external without accounting.endpoint or accounting.secretArn",
  },
  {
    code: "ACCOUNTING_SECRET_ARN",
    level: "ERROR",
    summary: "accounting.secretArn is not a Secrets Manager secret ARN",
  },
  {
    code: "ACCOUNTING_ENDPOINT",
    level: "ERROR",
    summary: "accounting.endpoint is not a host name (no scheme, port or path)",
  },
  { code: "ACCOUNTING_PORT", level: "ERROR", summary: "accounting.port outside 1-65535" },
  {
    code: "ACCOUNTING_OPTIONS_IGNORED",
    level: "WARNING",
    summary: "An accounting setting of the other mode is set, where it is ignored",
  },
  {
    code: "ACCOUNTING_NO_SECRETS_ROUTE",
    level: "ERROR",
    summary: "Accounting with natGateways none: the controller cannot reach Secrets Manager for the database secret",
  },
];

const RDS_ONLY = [
  "engine",
  "engineVersion",
  "instanceClass",
  "allocatedStorageGib",
  "backupRetentionDays",
  "multiAz",
] as const;
const EXTERNAL_ONLY = ["endpoint", "port", "secretArn"] as const;
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

type Accounting = ResolvedCluster["accounting"];
const whenMode =
  (mode: Accounting["mode"], check: (a: Accounting, c: ResolvedCluster) => ReturnType<Check>): Check =>
  (c) =>
    c.accounting.mode === mode ? check(c.accounting, c) : [];

export const engineVersion: Check = whenMode("rds", (a) => {
  const engine = (a.engine ?? ACCOUNTING_DEFAULTS.engine) as AccountingEngine;
  const versions: readonly string[] = ACCOUNTING_ENGINES[engine].versions;
  return a.engineVersion === undefined || versions.includes(a.engineVersion)
    ? []
    : [
        error(
          "ACCOUNTING_ENGINE_VERSION",
          "accounting.engineVersion",
          `must be ${oneOf(versions)} for ${engine}, got ${show(a.engineVersion)}`,
        ),
      ];
});

export const instanceClass: Check = whenMode("rds", (a) =>
  a.instanceClass === undefined || DB_INSTANCE_CLASS.test(a.instanceClass)
    ? []
    : [
        error(
          "ACCOUNTING_INSTANCE_CLASS",
          "accounting.instanceClass",
          `must be a DB instance class like db.t4g.micro or db.m7g.large, got ${show(a.instanceClass)}`,
        ),
      ],
);

export const storage: Check = whenMode("rds", (a) =>
  a.allocatedStorageGib === undefined ||
  (a.allocatedStorageGib >= GP3_STORAGE_GIB.min && a.allocatedStorageGib <= GP3_STORAGE_GIB.max)
    ? []
    : [
        error(
          "ACCOUNTING_STORAGE",
          "accounting.allocatedStorageGib",
          `must be ${GP3_STORAGE_GIB.min}-${GP3_STORAGE_GIB.max} GiB (gp3), got ${a.allocatedStorageGib}`,
        ),
      ],
);

export const backupRetention: Check = whenMode("rds", (a) =>
  a.backupRetentionDays === undefined ||
  (a.backupRetentionDays >= BACKUP_RETENTION_DAYS.min && a.backupRetentionDays <= BACKUP_RETENTION_DAYS.max)
    ? []
    : [
        error(
          "ACCOUNTING_BACKUP_RETENTION",
          "accounting.backupRetentionDays",
          `must be ${BACKUP_RETENTION_DAYS.min}-${BACKUP_RETENTION_DAYS.max} days (automated backups stay on), got ${a.backupRetentionDays}`,
        ),
      ],
);

export const identifier: Check = whenMode("rds", (_a, c) => {
  const id = accountingIdentifier(c.namePrefix);
  return DB_INSTANCE_IDENTIFIER.test(id)
    ? []
    : [
        error(
          "ACCOUNTING_IDENTIFIER",
          "namePrefix",
          `must make a valid RDS identifier with accounting.mode rds (lower case letters, digits and single hyphens, a letter first, at most 63 characters), got ${show(id)}`,
        ),
      ];
});

export const subnets: Check = whenMode("rds", (_a, c) => {
  const net = c.network;
  if (net.mode === "create") {
    const zones = new Set(net.privateSubnets.map((_s, i) => net.azs[i % net.azs.length]));
    // Two zones need two subnets, so the zone count alone decides.
    if (zones.size >= 2) return [];
    const fix =
      net.privateSubnets.length < 2
        ? `append one, e.g. [${[...net.privateSubnets, "10.0.2.0/24"].join(", ")}] (appending creates a subnet and changes nothing that exists)`
        : "list a second zone in network.vpc.azs";
    return [
      error(
        "ACCOUNTING_SUBNETS",
        "network.vpc.privateSubnets",
        `must hold at least two subnets in two availability zones with accounting.mode rds (the database's subnet group spans two AZs), got ${net.privateSubnets.length} in ${zones.size}; ${fix}`,
      ),
    ];
  }
  const zones = net.availabilityZones ? new Set(net.availabilityZones).size : undefined;
  if (net.privateSubnetIds.length >= 2 && (zones === undefined || zones >= 2)) return [];
  return [
    error(
      "ACCOUNTING_SUBNETS",
      "network.existingVpc.privateSubnetIds",
      `must name at least two subnets in two availability zones with accounting.mode rds (the database's subnet group spans two AZs), got ${net.privateSubnetIds.length}${zones === undefined ? "" : ` in ${zones}`}`,
    ),
  ];
});

export const required: Check = whenMode("external", (a) =>
  (["endpoint", "secretArn"] as const)
    .filter((key) => a[key] === undefined || a[key] === "")
    .map((key) =>
      error("ACCOUNTING_REQUIRED", `accounting.${key}`, `is required with accounting.mode external, got nothing`),
    ),
);

export const secretArn: Check = whenMode("external", (a) =>
  a.secretArn === undefined || a.secretArn === "" || SECRET_ARN.test(a.secretArn)
    ? []
    : [
        error(
          "ACCOUNTING_SECRET_ARN",
          "accounting.secretArn",
          `must be a Secrets Manager secret ARN like arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:slurm-db-AbCdEf, got ${show(a.secretArn)}`,
        ),
      ],
);

export const endpoint: Check = whenMode("external", (a) =>
  a.endpoint === undefined || a.endpoint === "" || HOST_NAME.test(a.endpoint)
    ? []
    : [
        error(
          "ACCOUNTING_ENDPOINT",
          "accounting.endpoint",
          `must be a host name like db.example.internal (no scheme, port or path; the port goes in accounting.port), got ${show(a.endpoint)}`,
        ),
      ],
);

export const port: Check = whenMode("external", (a) =>
  a.port === undefined || (a.port >= 1 && a.port <= 65535)
    ? []
    : [error("ACCOUNTING_PORT", "accounting.port", `must be 1-65535, got ${a.port}`)],
);

export const optionsIgnored: Check = (c) => {
  const a = c.accounting;
  const ignored = a.mode === "rds" ? EXTERNAL_ONLY : a.mode === "external" ? RDS_ONLY : [...RDS_ONLY, ...EXTERNAL_ONLY];
  return ignored
    .filter((key) => a[key] !== undefined)
    .map((key) =>
      warning(
        "ACCOUNTING_OPTIONS_IGNORED",
        `accounting.${key}`,
        `is ignored with accounting.mode ${a.mode} (it applies to mode ${(RDS_ONLY as readonly string[]).includes(key) ? "rds" : "external"}), got ${show(a[key])}`,
      ),
    );
};

/** The controller fetches the secret from Secrets Manager: without NAT it has no route there. */
export const secretsRoute: Check = (c) =>
  c.accounting.mode !== "none" && c.network.mode === "create" && c.network.natGateways === "none"
    ? [
        error(
          "ACCOUNTING_NO_SECRETS_ROUTE",
          "network.vpc.natGateways",
          `must not be none with accounting.mode ${c.accounting.mode} (the controller reads the database secret from Secrets Manager), got "none"`,
        ),
      ]
    : [];

export const CHECKS: Check[] = [
  engineVersion,
  instanceClass,
  storage,
  backupRetention,
  identifier,
  subnets,
  required,
  secretArn,
  endpoint,
  port,
  optionsIgnored,
  secretsRoute,
];

import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { ACCOUNTING_ENGINES, type AccountingEngine, DB_INSTANCE_CLASS, GP3_STORAGE_GIB } from "../aws/rds";

import { ACCOUNTING_DEFAULTS } from "./accounting-database.defaults";

export * from "./accounting-database.defaults";

export interface AccountingDatabaseProps {
  /** RDS identifier and name stem (`<prefix>-slurm-accounting`). */
  readonly identifier: string;
  readonly vpcId: string;
  /** Private subnets of the DB subnet group: at least two, in two availability zones. */
  readonly subnetIds: string[];
  /** The security group of the cluster's nodes: the only source the database admits. */
  readonly clusterSecurityGroupId: string;
  /** @default "mariadb" */
  readonly engine?: AccountingEngine;
  /** Major version. @default "10.11" for mariadb, "8.0" for mysql */
  readonly engineVersion?: string;
  /** @default "db.t4g.micro" */
  readonly instanceClass?: string;
  /** GiB of gp3 storage. @default 20 */
  readonly allocatedStorageGib?: number;
  /** Days of automated backups (point-in-time restore). @default 7 */
  readonly backupRetentionDays?: number;
  /** A standby in a second availability zone. @default false */
  readonly multiAz?: boolean;
  /**
   * Deletion protection, a final snapshot on delete and prevent_destroy.
   * @default false
   */
  readonly protect?: boolean;
}

/**
 * The Slurm accounting database: an RDS instance in the private subnets
 * (a DB subnet group over two AZs), encrypted, not public, with automated
 * backups, whose master password RDS keeps in Secrets Manager (so no
 * password is in the Terraform state), behind a security group that admits
 * the engine's port from the cluster's security group only.
 *
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html
 */
export class AccountingDatabase extends Construct {
  public readonly instance: DbInstance;
  public readonly subnetGroup: DbSubnetGroup;
  public readonly securityGroup: SecurityGroup;
  /** The DB host name (a Terraform reference). */
  public readonly endpoint: string;
  /** The DB port (a Terraform reference). */
  public readonly port: number;
  /** ARN of the RDS-managed secret with the master user name and password (a Terraform reference). */
  public readonly secretArn: string;

  constructor(scope: Construct, id: string, props: AccountingDatabaseProps) {
    super(scope, id);
    const d = ACCOUNTING_DEFAULTS;
    const engine = props.engine ?? d.engine;
    const facts = ACCOUNTING_ENGINES[engine];
    if (!facts) throw new Error(`AccountingDatabase: engine must be mariadb or mysql, got ${JSON.stringify(engine)}`);
    const engineVersion = props.engineVersion ?? d.engineVersion[engine];
    if (!(facts.versions as readonly string[]).includes(engineVersion)) {
      throw new Error(
        `AccountingDatabase: engineVersion of ${engine} must be one of ${facts.versions.join(", ")}, got ${JSON.stringify(engineVersion)}`,
      );
    }
    const instanceClass = props.instanceClass ?? d.instanceClass;
    if (!DB_INSTANCE_CLASS.test(instanceClass)) {
      throw new Error(
        `AccountingDatabase: instanceClass must look like db.t4g.micro, got ${JSON.stringify(instanceClass)}`,
      );
    }
    const storage = props.allocatedStorageGib ?? d.allocatedStorageGib;
    if (!Number.isInteger(storage) || storage < GP3_STORAGE_GIB.min || storage > GP3_STORAGE_GIB.max) {
      throw new Error(
        `AccountingDatabase: allocatedStorageGib must be ${GP3_STORAGE_GIB.min}-${GP3_STORAGE_GIB.max}, got ${storage}`,
      );
    }
    // A Terraform list (the VPC module's output) is checked by the configuration checks instead.
    if (!Token.isUnresolved(props.subnetIds) && props.subnetIds.length < 2) {
      throw new Error(
        `AccountingDatabase: subnetIds must name at least two subnets in two availability zones, got ${props.subnetIds.length}`,
      );
    }
    const protect = props.protect ?? false;
    const name = props.identifier;

    this.subnetGroup = new DbSubnetGroup(this, "subnet_group", {
      name,
      description: "Private subnets of the Slurm accounting database",
      subnetIds: props.subnetIds,
    });
    this.subnetGroup.overrideLogicalId("accounting");

    this.securityGroup = new SecurityGroup(this, "security_group", {
      name: `${name}-sg`,
      description: "Slurm accounting database: the engine port from the HyperPod nodes only",
      vpcId: props.vpcId,
      tags: { Name: `${name}-sg` },
    });
    this.securityGroup.overrideLogicalId("accounting_db");
    new VpcSecurityGroupIngressRule(this, "from_cluster", {
      securityGroupId: this.securityGroup.id,
      referencedSecurityGroupId: props.clusterSecurityGroupId,
      ipProtocol: "tcp",
      fromPort: facts.port,
      toPort: facts.port,
      description: "slurmdbd on the controller",
    }).overrideLogicalId("accounting_db_from_cluster");

    this.instance = new DbInstance(this, "instance", {
      identifier: name,
      engine,
      engineVersion,
      instanceClass,
      allocatedStorage: storage,
      storageType: "gp3",
      storageEncrypted: true,
      dbName: d.databaseName,
      username: d.masterUsername,
      manageMasterUserPassword: true,
      port: facts.port,
      dbSubnetGroupName: this.subnetGroup.name,
      vpcSecurityGroupIds: [this.securityGroup.id],
      publiclyAccessible: false,
      multiAz: props.multiAz ?? d.multiAz,
      backupRetentionPeriod: props.backupRetentionDays ?? d.backupRetentionDays,
      copyTagsToSnapshot: true,
      autoMinorVersionUpgrade: true,
      deletionProtection: protect,
      skipFinalSnapshot: !protect,
      finalSnapshotIdentifier: protect ? `${name}-final` : undefined,
      lifecycle: protect ? { preventDestroy: true } : undefined,
    });
    this.instance.overrideLogicalId("accounting");

    this.endpoint = this.instance.address;
    this.port = this.instance.port;
    this.secretArn = this.instance.masterUserSecret.get(0).secretArn;
  }
}

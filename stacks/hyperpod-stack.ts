import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsRegion } from "@cdktf/provider-aws/lib/data-aws-region";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Aspects, Fn, type ITerraformDependable, TerraformOutput, TerraformStack, Token } from "cdktf";
import type { Construct } from "constructs";
import { AwsccProvider } from "../.gen/providers/awscc/provider";
import { secretRegion } from "../src/aws/rds";
import { configureBackend } from "../src/backend";
import type { ResolvedCluster } from "../src/config/resolve";
import { AccessLogBucket } from "../src/constructs/access-log-bucket";
import { AccountingDatabase } from "../src/constructs/accounting-database";
import { HyperPodCluster } from "../src/constructs/cluster";
import { EncryptionKey } from "../src/constructs/encryption-key";
import { ExecutionRole } from "../src/constructs/execution-role";
import { LifecycleScripts } from "../src/constructs/lifecycle-scripts";
import { LustreStorage } from "../src/constructs/lustre-storage";
import { Network } from "../src/constructs/network";
import type { BucketOptions } from "../src/constructs/private-bucket";
import { SecurityGroups } from "../src/constructs/security-groups";
import { accessLogBucketName, accountingIdentifier, dataBucketName, lifecycleBucketName } from "../src/names";
import { PolicyPack } from "../src/policy/pack";
import { type AccountingTarget, provisioningParameters } from "../src/provisioning-parameters";

export interface HyperPodStackProps {
  /** The resolved configuration of this cluster. */
  readonly cluster: ResolvedCluster;
  /** Folder of the lifecycle scripts to upload. */
  readonly scriptsDir: string;
}

/** One HyperPod cluster with its network, FSx for Lustre storage, scripts and role. */
export class HyperPodStack extends TerraformStack {
  public readonly network: Network;
  public readonly securityGroups: SecurityGroups;
  public readonly storage: LustreStorage;
  public readonly scripts: LifecycleScripts;
  public readonly role: ExecutionRole;
  public readonly cluster: HyperPodCluster;
  /** The Slurm accounting database, with `accounting.mode: rds`. */
  public readonly accountingDatabase?: AccountingDatabase;
  /** The stack's own KMS key (`encryption.createKey`). */
  public readonly key?: EncryptionKey;
  /** The created access log bucket (`buckets.accessLogs` without a target bucket). */
  public readonly accessLogs?: AccessLogBucket;

  constructor(scope: Construct, id: string, props: HyperPodStackProps) {
    super(scope, id);
    const c = props.cluster;
    configureBackend(this, c.backend);

    new AwsProvider(this, "aws", { region: c.region, defaultTags: [{ tags: c.tags }] });
    new AwsccProvider(this, "awscc", { region: c.region });
    const self = new DataAwsCallerIdentity(this, "self");
    self.overrideLogicalId("self");
    const current = new DataAwsRegion(this, "current");
    current.overrideLogicalId("current");
    const account = self.accountId;
    const region = current.name;
    const prefix = c.namePrefix;

    const enc = c.encryption;
    if (enc.createKey) this.key = new EncryptionKey(this, "key", { namePrefix: prefix, account, region });
    const kmsKeyArn = this.key?.key.arn ?? enc.kmsKeyArn;

    const net = c.network;
    const flow = net.flowLogs;
    this.network = new Network(this, "network", {
      region,
      s3Endpoint: net.s3Endpoint,
      subnetIndex: net.subnetIndex,
      flowLogs:
        net.mode === "create" && flow.enabled
          ? { ...flow, namePrefix: prefix, account, kmsKeyArn: flow.destination === "s3" ? undefined : kmsKeyArn }
          : undefined,
      create: net.mode === "create" ? net : undefined,
      existing: net.mode === "existing" ? net : undefined,
    });

    this.securityGroups = new SecurityGroups(this, "security_groups", {
      namePrefix: prefix,
      vpcId: this.network.vpcId,
      mode: c.securityMode,
    });

    const logs = c.buckets.accessLogs;
    let logTarget = logs.enabled ? logs.targetBucket : undefined;
    if (logs.enabled && !logTarget) {
      this.accessLogs = new AccessLogBucket(this, "access_logs", {
        bucketName: accessLogBucketName(prefix, account),
        account,
        prefix: logs.prefix,
        bucket: {
          noncurrentVersionExpirationDays: c.buckets.noncurrentVersionExpirationDays,
          abortIncompleteMultipartUploadDays: c.buckets.abortIncompleteMultipartUploadDays,
        },
      });
      logTarget = this.accessLogs.bucket.bucket.bucket;
    }
    const bucketOptions = (bucketName: string): BucketOptions => ({
      noncurrentVersionExpirationDays: c.buckets.noncurrentVersionExpirationDays,
      abortIncompleteMultipartUploadDays: c.buckets.abortIncompleteMultipartUploadDays,
      kmsKeyArn,
      accessLogs: logTarget ? { targetBucket: logTarget, targetPrefix: `${logs.prefix}${bucketName}/` } : undefined,
    });

    const fsx = c.fsx;
    const repo = fsx.dataRepository;
    this.storage = new LustreStorage(this, "storage", {
      subnetId: this.network.placementSubnetId,
      securityGroupIds: [this.securityGroups.lustre.id],
      deploymentType: fsx.deploymentType,
      storageType: fsx.storageType,
      storageCapacity: fsx.storageCapacity,
      perUnitStorageThroughput: fsx.perUnitStorageThroughput,
      dataCompression: fsx.dataCompression,
      lustreVersion: fsx.lustreVersion,
      metadata: fsx.metadata,
      efaEnabled: fsx.efaEnabled,
      kmsKeyId: enc.fileSystem ? kmsKeyArn : undefined,
      protect: c.protect,
      dataRepository: repo.enabled
        ? {
            ...repo,
            createBucket: repo.existingBucket ? undefined : dataBucketName(prefix, account),
            bucket: bucketOptions(dataBucketName(prefix, account)),
          }
        : undefined,
    });

    this.accountingDatabase = this.accountingDb(c);
    const accounting = this.accountingTarget(c, region);

    const fileSystem = this.storage.fileSystem;
    this.scripts = new LifecycleScripts(this, "lifecycle", {
      bucketName: lifecycleBucketName(prefix, account),
      scriptsDir: props.scriptsDir,
      onCreate: c.lifecycle.onCreate,
      bucket: bucketOptions(lifecycleBucketName(prefix, account)),
      provisioningParameters: provisioningParameters(
        c,
        {
          dnsName: fileSystem.dnsName,
          mountName: fileSystem.mountName,
          dataBucket: this.storage.dataBucketName,
        },
        accounting,
      ),
    });

    const readBuckets = [this.scripts.bucket.bucket.arn];
    if (this.storage.dataBucket) readBuckets.push(this.storage.dataBucket.bucket.arn);
    else if (repo.enabled && repo.existingBucket) readBuckets.push(`arn:aws:s3:::${repo.existingBucket}`);
    this.role = new ExecutionRole(this, "execution_role", {
      namePrefix: prefix,
      readBucketArns: readBuckets,
      kmsKeyArn,
      kmsForVolumes: enc.clusterVolumes,
      accountingSecretArn: accounting?.secretArn,
    });

    // HyperPod runs the scripts as soon as nodes start: everything they read must exist first.
    const dependsOn: ITerraformDependable[] = [this.role.vpcAttachment, this.role.s3Attachment];
    if (this.role.kmsAttachment) dependsOn.push(this.role.kmsAttachment);
    if (this.network.s3Endpoint) dependsOn.push(this.network.s3Endpoint);
    if (this.role.secretAttachment) dependsOn.push(this.role.secretAttachment);
    // The parameters name the file system, so the file system comes first too. The data repository
    // association does not: nodes mount the file system, and S3 data appears once the association is ready.
    dependsOn.push(this.scripts.provisioningParameters, this.scripts.scripts);

    this.cluster = new HyperPodCluster(this, "cluster", {
      clusterName: c.clusterName,
      instanceGroups: c.instanceGroups,
      executionRoleArn: this.role.role.arn,
      sourceS3Uri: this.scripts.sourceS3Uri,
      onCreate: this.scripts.onCreate,
      securityGroupIds: [this.securityGroups.cluster.id],
      subnetIds: [this.network.placementSubnetId],
      nodeRecovery: c.nodeRecovery,
      volumeKmsKeyId: enc.clusterVolumes ? kmsKeyArn : undefined,
      tags: c.tags,
      dependsOn,
      protect: c.protect,
    });

    this.outputs(this.storage.dataBucketName);

    Aspects.of(this).add(
      new PolicyPack({
        securityMode: c.securityMode,
        requiredTags: c.tags,
        allowForceDestroy: c.fsx.dataRepository.forceDestroy === true,
        dataVersioningOptOut: repo.enabled && !repo.existingBucket && repo.versioning === false,
        suppressions: c.suppressions,
        existingBuckets: repo.enabled && repo.existingBucket ? [repo.existingBucket] : [],
        production: c.production,
        accountingSecretArns:
          c.accounting.mode === "external" && c.accounting.secretArn ? [c.accounting.secretArn] : [],
      }),
    );
  }

  /**
   * What the controller needs to reach the accounting database: from the
   * created database's attributes (mode rds) or the configuration (external).
   */
  private accountingTarget(c: HyperPodStackProps["cluster"], region: string): AccountingTarget | undefined {
    const a = c.accounting;
    if (a.mode === "external") {
      const secretArn = a.secretArn ?? "";
      return { endpoint: a.endpoint ?? "", port: a.port ?? 3306, secretArn, region: secretRegion(secretArn) ?? region };
    }
    const db = this.accountingDatabase;
    return db ? { endpoint: db.endpoint, port: db.port, secretArn: db.secretArn, region } : undefined;
  }

  /** The accounting database of mode rds. */
  private accountingDb(c: HyperPodStackProps["cluster"]): AccountingDatabase | undefined {
    const a = c.accounting;
    if (a.mode !== "rds") return undefined;
    const net = c.network;
    return new AccountingDatabase(this, "accounting", {
      identifier: accountingIdentifier(c.namePrefix),
      vpcId: this.network.vpcId,
      subnetIds: net.mode === "create" ? Token.asList(this.network.vpc!.privateSubnetsOutput) : net.privateSubnetIds,
      clusterSecurityGroupId: this.securityGroups.cluster.id,
      engine: a.engine as "mariadb" | "mysql" | undefined,
      engineVersion: a.engineVersion,
      instanceClass: a.instanceClass,
      allocatedStorageGib: a.allocatedStorageGib,
      backupRetentionDays: a.backupRetentionDays,
      multiAz: a.multiAz,
      protect: c.protect,
    });
  }

  /** What users and scripts need after `cdktf deploy` (`cdktf output`, `terraform output -json`). */
  private outputs(dataBucket: string | undefined): void {
    const cluster = this.cluster.cluster;
    const fs = this.storage.fileSystem;
    const values: Record<string, { value: string; description: string }> = {
      cluster_name: { value: cluster.clusterName, description: "HyperPod cluster name" },
      cluster_arn: { value: cluster.clusterArn, description: "HyperPod cluster ARN" },
      ssm_target_prefix: {
        value: `sagemaker-cluster:${Fn.element(Fn.split("/", cluster.clusterArn), 1)}_`,
        description: "SSM target of a node: this prefix, then <instance-group>-<instance-id> (npm run connect)",
      },
      fsx_file_system_id: { value: fs.id, description: "FSx for Lustre file system id" },
      fsx_dns_name: { value: fs.dnsName, description: "DNS name nodes mount the file system from" },
      fsx_mount_name: { value: fs.mountName, description: "Lustre mount name (dns_name@tcp:/mount_name)" },
      lifecycle_bucket_name: {
        value: this.scripts.bucket.bucket.bucket,
        description: "Bucket of the lifecycle scripts",
      },
      execution_role_arn: { value: this.role.role.arn, description: "IAM role every instance group runs as" },
      vpc_id: { value: this.network.vpcId, description: "VPC of the cluster and the file system" },
      subnet_id: {
        value: this.network.placementSubnetId,
        description: "Private subnet of the cluster and the file system",
      },
      cluster_security_group_id: { value: this.securityGroups.cluster.id, description: "Security group of the nodes" },
      lustre_security_group_id: {
        value: this.securityGroups.lustre.id,
        description: "Security group of the file system",
      },
    };
    if (dataBucket !== undefined) {
      values.data_bucket_name = { value: dataBucket, description: "S3 bucket linked to the file system" };
    }
    const db = this.accountingDatabase;
    if (db) {
      values.accounting_db_endpoint = { value: db.endpoint, description: "Host name of the Slurm accounting database" };
      values.accounting_secret_arn = {
        value: db.secretArn,
        description: "Secrets Manager secret with the accounting database's master user name and password",
      };
    }
    for (const [name, o] of Object.entries(values)) {
      new TerraformOutput(this, name, o).overrideLogicalId(name);
    }
  }
}

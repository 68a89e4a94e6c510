import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsRegion } from "@cdktf/provider-aws/lib/data-aws-region";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Aspects, type ITerraformDependable, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { AwsccProvider } from "../.gen/providers/awscc/provider";
import { configureBackend } from "../src/backend";
import type { ResolvedCluster } from "../src/config/resolve";
import { HyperPodCluster } from "../src/constructs/cluster";
import { ExecutionRole } from "../src/constructs/execution-role";
import { LifecycleScripts } from "../src/constructs/lifecycle-scripts";
import { LustreStorage } from "../src/constructs/lustre-storage";
import { Network } from "../src/constructs/network";
import { SecurityGroups } from "../src/constructs/security-groups";
import { dataBucketName, lifecycleBucketName } from "../src/names";
import { PolicyPack } from "../src/policy/pack";
import { provisioningParameters } from "../src/provisioning-parameters";

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

    const net = c.network;
    this.network = new Network(this, "network", {
      region,
      s3Endpoint: net.s3Endpoint,
      subnetIndex: net.subnetIndex,
      create: net.mode === "create" ? net : undefined,
      existing: net.mode === "existing" ? net : undefined,
    });

    this.securityGroups = new SecurityGroups(this, "security_groups", {
      namePrefix: prefix,
      vpcId: this.network.vpcId,
      mode: c.securityMode,
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
      protect: c.protect,
      dataRepository: repo.enabled
        ? {
            ...repo,
            createBucket: repo.existingBucket ? undefined : dataBucketName(prefix, account),
          }
        : undefined,
    });

    const fileSystem = this.storage.fileSystem;
    this.scripts = new LifecycleScripts(this, "lifecycle", {
      bucketName: lifecycleBucketName(prefix, account),
      scriptsDir: props.scriptsDir,
      onCreate: c.lifecycle.onCreate,
      provisioningParameters: provisioningParameters(c, {
        dnsName: fileSystem.dnsName,
        mountName: fileSystem.mountName,
      }),
    });

    const readBuckets = [this.scripts.bucket.bucket.arn];
    if (this.storage.dataBucket) readBuckets.push(this.storage.dataBucket.bucket.arn);
    else if (repo.enabled && repo.existingBucket) readBuckets.push(`arn:aws:s3:::${repo.existingBucket}`);
    this.role = new ExecutionRole(this, "execution_role", { namePrefix: prefix, readBucketArns: readBuckets });

    // HyperPod runs the scripts as soon as nodes start: everything they read must exist first.
    const dependsOn: ITerraformDependable[] = [this.role.vpcAttachment, this.role.s3Attachment];
    if (this.network.s3Endpoint) dependsOn.push(this.network.s3Endpoint);
    dependsOn.push(this.scripts.provisioningParameters, this.scripts.scripts);
    if (this.storage.association) dependsOn.push(this.storage.association);

    this.cluster = new HyperPodCluster(this, "cluster", {
      clusterName: c.clusterName,
      instanceGroups: c.instanceGroups,
      executionRoleArn: this.role.role.arn,
      sourceS3Uri: this.scripts.sourceS3Uri,
      onCreate: this.scripts.onCreate,
      securityGroupIds: [this.securityGroups.cluster.id],
      subnetIds: [this.network.placementSubnetId],
      nodeRecovery: c.nodeRecovery,
      tags: c.tags,
      dependsOn,
      protect: c.protect,
    });

    Aspects.of(this).add(
      new PolicyPack({
        securityMode: c.securityMode,
        requiredTags: c.tags,
        allowForceDestroy: c.fsx.dataRepository.forceDestroy === true,
        suppressions: c.suppressions,
        existingBuckets: repo.enabled && repo.existingBucket ? [repo.existingBucket] : [],
      }),
    );
  }
}

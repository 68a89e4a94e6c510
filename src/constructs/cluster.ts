import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { SagemakerCluster } from "../../.gen/providers/awscc/sagemaker-cluster";
import { CLUSTER_DEFAULTS } from "./cluster.defaults";
import { LIFECYCLE_DEFAULTS } from "./lifecycle-scripts";

export * from "./cluster.defaults";

export interface InstanceGroupProps {
  readonly name: string;
  readonly instanceType: string;
  /** @default 1 */
  readonly count?: number;
  /** 1 or 2. @default AWS default */
  readonly threadsPerCore?: number;
  /** Extra EBS volume at /opt/sagemaker, GiB. @default none */
  readonly ebsVolumeSizeGb?: number;
  /** On-start deep health checks. @default none */
  readonly deepHealthChecks?: string[];
}

export interface HyperPodClusterProps {
  readonly clusterName: string;
  /** In creation order; the first is normally the controller. */
  readonly instanceGroups: InstanceGroupProps[];
  /** ARN of the role every group runs as. */
  readonly executionRoleArn: string;
  /** `s3://<bucket>/<prefix>/` of the lifecycle scripts. */
  readonly sourceS3Uri: string;
  /** Entry script. @default LIFECYCLE_DEFAULTS.onCreate */
  readonly onCreate?: string;
  readonly securityGroupIds: string[];
  readonly subnetIds: string[];
  /** `Automatic` or `None`. @default AWS default (Automatic) */
  readonly nodeRecovery?: string;
  /** Tags on the cluster (awscc has no provider-level default tags). @default none */
  readonly tags?: Record<string, string>;
  /**
   * KMS key of the groups' extra EBS volumes (`volume_kms_key_id`); sets the
   * continuous node provisioning mode, the only one AWS documents for such keys.
   * Chosen at creation: HyperPod cannot move a group to another key.
   * @default none (AWS owned key)
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/smcluster-cmk.html
   */
  readonly volumeKmsKeyId?: string;
  /** What must exist before HyperPod starts nodes (policies, endpoint, parameters). @default none */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * `prevent_destroy` on the cluster: a destroy or a replacing change stops at plan time.
   * @see https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy
   * @default false
   */
  readonly protect?: boolean;
}

/** The HyperPod Slurm cluster (`awscc_sagemaker_cluster`). */
export class HyperPodCluster extends Construct {
  public readonly cluster: SagemakerCluster;

  constructor(scope: Construct, id: string, props: HyperPodClusterProps) {
    super(scope, id);
    if (props.instanceGroups.length === 0) {
      throw new Error("HyperPodCluster: instanceGroups must hold at least the controller group");
    }
    const tags = Object.entries(props.tags ?? {}).map(([key, value]) => ({ key, value }));
    this.cluster = new SagemakerCluster(this, "cluster", {
      clusterName: props.clusterName,
      instanceGroups: props.instanceGroups.map((g) => ({
        executionRole: props.executionRoleArn,
        instanceCount: g.count ?? CLUSTER_DEFAULTS.instanceCount,
        instanceGroupName: g.name,
        instanceType: g.instanceType,
        lifeCycleConfig: { sourceS3Uri: props.sourceS3Uri, onCreate: props.onCreate ?? LIFECYCLE_DEFAULTS.onCreate },
        threadsPerCore: g.threadsPerCore,
        instanceStorageConfigs:
          g.ebsVolumeSizeGb === undefined
            ? undefined
            : [{ ebsVolumeConfig: { volumeSizeInGb: g.ebsVolumeSizeGb, volumeKmsKeyId: props.volumeKmsKeyId } }],
        onStartDeepHealthChecks: g.deepHealthChecks,
      })),
      vpcConfig: { securityGroupIds: props.securityGroupIds, subnets: props.subnetIds },
      nodeRecovery: props.nodeRecovery,
      nodeProvisioningMode: props.volumeKmsKeyId ? "Continuous" : undefined,
      tags: tags.length > 0 ? tags : undefined,
      dependsOn: props.dependsOn,
      lifecycle: props.protect ? { preventDestroy: true } : undefined,
    });
    this.cluster.overrideLogicalId("this");
  }
}

import { Testing } from "cdktf";
import { SagemakerCluster } from "../../.gen/providers/awscc/sagemaker-cluster";
import { DEFAULT_INSTANCE_GROUPS, HyperPodCluster, type HyperPodClusterProps } from "../../src/constructs/cluster";

const base: HyperPodClusterProps = {
  clusterName: "c",
  instanceGroups: [{ name: "controller-group", instanceType: "ml.m5.xlarge" }],
  executionRoleArn: "arn:aws:iam::111122223333:role/r",
  sourceS3Uri: "s3://b/config/",
  securityGroupIds: ["sg-1"],
  subnetIds: ["subnet-1"],
};
const synth = (props: Partial<HyperPodClusterProps>) =>
  Testing.synthScope((scope) => void new HyperPodCluster(scope, "cluster", { ...base, ...props }));

describe("HyperPodCluster", () => {
  test("every group runs the same scripts as the same role", () => {
    const json = synth({
      instanceGroups: [
        { name: "controller-group", instanceType: "ml.m5.xlarge" },
        {
          name: "gpu",
          instanceType: "ml.p5.48xlarge",
          count: 4,
          threadsPerCore: 1,
          ebsVolumeSizeGb: 500,
          deepHealthChecks: ["InstanceStress"],
        },
      ],
    });
    const groups = JSON.parse(json).resource.awscc_sagemaker_cluster.this.instance_groups;
    expect(groups).toHaveLength(2);
    expect(groups[1]).toEqual({
      execution_role: base.executionRoleArn,
      instance_count: 4,
      instance_group_name: "gpu",
      instance_type: "ml.p5.48xlarge",
      life_cycle_config: { source_s3_uri: "s3://b/config/", on_create: "on_create.sh" },
      threads_per_core: 1,
      instance_storage_configs: [{ ebs_volume_config: { volume_size_in_gb: 500 } }],
      on_start_deep_health_checks: ["InstanceStress"],
    });
  });

  test("tags become the cluster's tag list; node recovery is passed on", () => {
    expect(synth({ tags: { Project: "p", Team: "ml" }, nodeRecovery: "Automatic" })).toHaveResourceWithProperties(
      SagemakerCluster,
      {
        tags: [
          { key: "Project", value: "p" },
          { key: "Team", value: "ml" },
        ],
        node_recovery: "Automatic",
      },
    );
  });

  test("no tags and no node recovery unless given", () => {
    const cluster = JSON.parse(synth({})).resource.awscc_sagemaker_cluster.this;
    expect(cluster.tags).toBeUndefined();
    expect(cluster.node_recovery).toBeUndefined();
  });

  test("a volume key goes on every extra EBS volume and sets continuous provisioning; none without it", () => {
    const groups = [
      { name: "controller-group", instanceType: "ml.m5.xlarge" },
      { name: "gpu", instanceType: "ml.p5.48xlarge", ebsVolumeSizeGb: 500 },
    ];
    const cluster = JSON.parse(synth({ instanceGroups: groups, volumeKmsKeyId: "arn:aws:kms:r:1:key/k" })).resource
      .awscc_sagemaker_cluster.this;
    expect(cluster.node_provisioning_mode).toBe("Continuous");
    expect(cluster.instance_groups[0].instance_storage_configs).toBeUndefined();
    expect(cluster.instance_groups[1].instance_storage_configs).toEqual([
      { ebs_volume_config: { volume_size_in_gb: 500, volume_kms_key_id: "arn:aws:kms:r:1:key/k" } },
    ]);
    const plain = JSON.parse(synth({ instanceGroups: groups })).resource.awscc_sagemaker_cluster.this;
    expect(plain.node_provisioning_mode).toBeUndefined();
    expect(plain.instance_groups[1].instance_storage_configs).toEqual([
      { ebs_volume_config: { volume_size_in_gb: 500 } },
    ]);
  });

  test("DEFAULT_INSTANCE_GROUPS: the original's one controller group of one ml.t3.medium", () => {
    expect(DEFAULT_INSTANCE_GROUPS).toEqual([
      { name: "controller-group", role: "controller", instanceType: "ml.t3.medium", count: 1 },
    ]);
  });

  test("the cluster keeps its Terraform address and runs in the given subnets and security groups", () => {
    const clusters = JSON.parse(synth({ securityGroupIds: ["sg-1", "sg-2"] })).resource.awscc_sagemaker_cluster;
    expect(Object.keys(clusters)).toEqual(["this"]);
    expect(clusters.this.vpc_config).toEqual({ security_group_ids: ["sg-1", "sg-2"], subnets: ["subnet-1"] });
    expect(clusters.this.cluster_name).toBe("c");
  });

  test("needs a group", () => {
    expect(() => synth({ instanceGroups: [] })).toThrow(
      "HyperPodCluster: instanceGroups must hold at least the controller group",
    );
  });

  test("protect puts prevent_destroy on the cluster; without it there is no lifecycle block", () => {
    const cluster = (json: string) => JSON.parse(json).resource.awscc_sagemaker_cluster.this;
    expect(cluster(synth({ protect: true })).lifecycle).toEqual({ prevent_destroy: true });
    expect(cluster(synth({})).lifecycle).toBeUndefined();
  });
});

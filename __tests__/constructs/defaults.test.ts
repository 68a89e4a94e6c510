/**
 * Each construct used on its own (without HyperPodStack or the configuration)
 * builds what its JSDoc `@default`s promise. The values are written out here,
 * not read from the *_DEFAULTS constants, so a changed default fails.
 */
import { FsxDataRepositoryAssociation } from "@cdktf/provider-aws/lib/fsx-data-repository-association";
import { FsxLustreFileSystem } from "@cdktf/provider-aws/lib/fsx-lustre-file-system";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";
import { Testing } from "cdktf";
import { SagemakerCluster } from "../../.gen/providers/awscc/sagemaker-cluster";
import { CLUSTER_DEFAULTS, HyperPodCluster } from "../../src/constructs/cluster";
import { LIFECYCLE_DEFAULTS } from "../../src/constructs/lifecycle-scripts";
import { DATA_REPOSITORY_DEFAULTS, LUSTRE_DEFAULTS, LustreStorage } from "../../src/constructs/lustre-storage";
import { NETWORK_DEFAULTS, VPC_DEFAULTS } from "../../src/constructs/network";
import { PrivateBucket } from "../../src/constructs/private-bucket";
import { DEFAULT_SECURITY_MODE, SecurityGroups } from "../../src/constructs/security-groups";

const resources = (json: string, type: string) => JSON.parse(json).resource?.[type] ?? {};

describe("the documented defaults, written out", () => {
  test("LUSTRE_DEFAULTS and DATA_REPOSITORY_DEFAULTS", () => {
    expect(LUSTRE_DEFAULTS).toEqual({
      deploymentType: "PERSISTENT_2",
      storageType: "SSD",
      storageCapacity: 1200,
      dataCompression: "LZ4",
      lustreVersion: "2.15",
      efaEnabled: false,
    });
    expect(DATA_REPOSITORY_DEFAULTS).toEqual({
      s3Prefix: "",
      fileSystemPath: "/",
      importEvents: ["NEW", "CHANGED", "DELETED"],
      exportEvents: ["NEW", "CHANGED", "DELETED"],
      forceDestroy: false,
      versioning: true,
      demoObject: true,
    });
  });

  test("the other constructs' defaults", () => {
    expect(LIFECYCLE_DEFAULTS).toEqual({
      onCreate: "on_create.sh",
      mountPoint: "/fsx",
      defaultUser: "ubuntu",
      prefix: "config/",
    });
    expect(CLUSTER_DEFAULTS).toEqual({ instanceCount: 1 });
    expect(NETWORK_DEFAULTS).toEqual({ s3Endpoint: true, subnetIndex: 0 });
    expect(VPC_DEFAULTS).toMatchObject({
      name: "sagemaker-hyperpod",
      cidr: "10.0.0.0/16",
      privateSubnets: ["10.0.1.0/24"],
      publicSubnets: ["10.0.101.0/24"],
      natGateways: "per-private-subnet",
    });
    expect(DEFAULT_SECURITY_MODE).toBe("efa");
  });
});

describe("LustreStorage without the stack", () => {
  const synth = (extra: object = {}) =>
    Testing.synthScope(
      (scope) =>
        void new LustreStorage(scope, "storage", { subnetId: "subnet-1", securityGroupIds: ["sg-1"], ...extra }),
    );

  test("the file system: PERSISTENT_2, SSD, 1200 GiB, 250 MB/s/TiB, LZ4, Lustre 2.15, AUTOMATIC metadata, no EFA, destroyable", () => {
    const fs = resources(synth(), "aws_fsx_lustre_file_system").this;
    expect(fs).toEqual({
      deployment_type: "PERSISTENT_2",
      storage_type: "SSD",
      storage_capacity: 1200,
      per_unit_storage_throughput: 250,
      data_compression_type: "LZ4",
      file_system_type_version: "2.15",
      metadata_configuration: { mode: "AUTOMATIC" },
      security_group_ids: ["sg-1"],
      subnet_ids: ["subnet-1"],
    });
  });

  test("a created data bucket: linked at / for the whole bucket, every event both ways, demo object at the root", () => {
    const json = synth({ dataRepository: { createBucket: "t-data" } });
    const association = resources(json, "aws_fsx_data_repository_association").this;
    expect(association).toEqual({
      file_system_id: "${aws_fsx_lustre_file_system.this.id}",
      data_repository_path: "s3://${aws_s3_bucket.data_repository.bucket}",
      file_system_path: "/",
      s3: {
        auto_export_policy: { events: ["NEW", "CHANGED", "DELETED"] },
        auto_import_policy: { events: ["NEW", "CHANGED", "DELETED"] },
      },
    });
    expect(json).toHaveResourceWithProperties(S3Object, {
      key: "hello_from_s3.txt",
      content: "hello! from S3!",
      depends_on: ["aws_fsx_data_repository_association.this"],
    });
    // Terraform addresses of deployed stacks: a changed logical id would replace the resource.
    expect(Object.keys(resources(json, "aws_s3_object"))).toEqual(["hello_from_s3"]);
    expect(Object.keys(resources(json, "aws_fsx_data_repository_association"))).toEqual(["this"]);
    const bucket = resources(json, "aws_s3_bucket").data_repository;
    expect(bucket).toEqual({ bucket: "t-data" });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
  });

  test("an existing bucket: linked by name, nothing created in it", () => {
    const json = synth({ dataRepository: { existingBucket: "shared", s3Prefix: "ds/" } });
    expect(resources(json, "aws_fsx_data_repository_association").this.data_repository_path).toBe("s3://shared/ds/");
    expect(json).not.toHaveResource(S3Bucket);
    expect(json).not.toHaveResource(S3Object);
  });

  test("demoObject false and an s3Prefix: no demo object; the prefix reaches the association and the key", () => {
    expect(synth({ dataRepository: { createBucket: "t-data", demoObject: false } })).not.toHaveResource(S3Object);
    expect(synth({ dataRepository: { createBucket: "t-data", s3Prefix: "ds/" } })).toHaveResourceWithProperties(
      S3Object,
      {
        key: "ds/hello_from_s3.txt",
      },
    );
  });

  test("protect puts prevent_destroy on the file system and the created bucket; EFA is written only when on", () => {
    const json = synth({ protect: true, efaEnabled: true, dataRepository: { createBucket: "t-data" } });
    expect(resources(json, "aws_fsx_lustre_file_system").this).toMatchObject({
      lifecycle: { prevent_destroy: true },
      efa_enabled: true,
    });
    expect(resources(json, "aws_s3_bucket").data_repository.lifecycle).toEqual({ prevent_destroy: true });
    expect(json).toHaveResourceWithProperties(FsxLustreFileSystem, { efa_enabled: true });
    expect(resources(synth({ efaEnabled: false }), "aws_fsx_lustre_file_system").this.efa_enabled).toBeUndefined();
  });

  test("no data repository: no association, no bucket", () => {
    const json = synth();
    expect(json).not.toHaveResource(FsxDataRepositoryAssociation);
    expect(json).not.toHaveResource(S3Bucket);
  });
});

describe("PrivateBucket without the stack", () => {
  test("private by default: kept on destroy, versioned, not protected", () => {
    const json = Testing.synthScope(
      (scope) => void new PrivateBucket(scope, "b", { bucketName: "t-b", logicalName: "things" }),
    );
    expect(resources(json, "aws_s3_bucket").things).toEqual({ bucket: "t-b" });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
    expect(resources(json, "aws_s3_bucket_public_access_block").things).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(
      resources(json, "aws_s3_bucket_server_side_encryption_configuration").things.rule[0]
        .apply_server_side_encryption_by_default.sse_algorithm,
    ).toBe("AES256");
  });
});

describe("HyperPodCluster without the stack", () => {
  test("one instance per group and the default entry script", () => {
    const json = Testing.synthScope(
      (scope) =>
        void new HyperPodCluster(scope, "cluster", {
          clusterName: "c",
          instanceGroups: [{ name: "controller-group", instanceType: "ml.t3.medium" }],
          executionRoleArn: "arn:aws:iam::111122223333:role/r",
          sourceS3Uri: "s3://b/config/",
          securityGroupIds: ["sg-1"],
          subnetIds: ["subnet-1"],
        }),
    );
    expect(json).toHaveResourceWithProperties(SagemakerCluster, {
      instance_groups: [
        expect.objectContaining({
          instance_count: 1,
          life_cycle_config: { on_create: "on_create.sh", source_s3_uri: "s3://b/config/" },
        }),
      ],
    });
    const cluster = Object.values(resources(json, "awscc_sagemaker_cluster"))[0] as Record<string, unknown>;
    expect(cluster.node_recovery).toBeUndefined();
    expect(cluster.tags).toBeUndefined();
  });
});

describe("SecurityGroups without the stack", () => {
  test("efa mode by default: all-traffic self rules on both groups", () => {
    const json = Testing.synthScope(
      (scope) => void new SecurityGroups(scope, "security_groups", { namePrefix: "t", vpcId: "vpc-1" }),
    );
    const ingress = Object.values(resources(json, "aws_vpc_security_group_ingress_rule")) as Record<string, unknown>[];
    expect(ingress.filter((r) => r.ip_protocol === "-1").length).toBeGreaterThan(0);
    const lustre = Testing.synthScope(
      (scope) =>
        void new SecurityGroups(scope, "security_groups", { namePrefix: "t", vpcId: "vpc-1", mode: "lustre-ports" }),
    );
    const lustreIngress = Object.values(resources(lustre, "aws_vpc_security_group_ingress_rule")) as Record<
      string,
      unknown
    >[];
    expect(lustreIngress.filter((r) => r.ip_protocol === "-1")).toEqual([]);
  });
});

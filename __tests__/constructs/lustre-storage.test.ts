import { FsxDataRepositoryAssociation } from "@cdktf/provider-aws/lib/fsx-data-repository-association";
import { FsxLustreFileSystem } from "@cdktf/provider-aws/lib/fsx-lustre-file-system";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";
import { Testing } from "cdktf";
import { LustreStorage, type LustreStorageProps } from "../../src/constructs/lustre-storage";

const base: LustreStorageProps = { subnetId: "subnet-1", securityGroupIds: ["sg-1"] };
const synth = (props: Partial<LustreStorageProps>) =>
  Testing.synthScope((scope) => void new LustreStorage(scope, "storage", { ...base, ...props }));

describe("LustreStorage", () => {
  test("defaults are the original's file system, without a data repository", () => {
    const json = synth({});
    expect(json).toHaveResourceWithProperties(FsxLustreFileSystem, {
      deployment_type: "PERSISTENT_2",
      storage_capacity: 1200,
      per_unit_storage_throughput: 250,
      metadata_configuration: { mode: "AUTOMATIC" },
      subnet_ids: ["subnet-1"],
    });
    expect(json).not.toHaveResource(FsxDataRepositoryAssociation);
    expect(json).not.toHaveResource(S3Bucket);
  });

  test("other deployment types get no metadata configuration or default throughput", () => {
    const fs = JSON.parse(synth({ deploymentType: "SCRATCH_2", storageCapacity: 2400 })).resource
      .aws_fsx_lustre_file_system.this;
    expect(fs.metadata_configuration).toBeUndefined();
    expect(fs.per_unit_storage_throughput).toBeUndefined();
  });

  test("EFA and user-provisioned metadata IOPS reach the file system", () => {
    expect(
      synth({ efaEnabled: true, metadata: { mode: "USER_PROVISIONED", iops: 3000 }, perUnitStorageThroughput: 1000 }),
    ).toHaveResourceWithProperties(FsxLustreFileSystem, {
      efa_enabled: true,
      metadata_configuration: { mode: "USER_PROVISIONED", iops: 3000 },
      per_unit_storage_throughput: 1000,
    });
  });

  test("a created bucket: private bucket, association, demo object after the association", () => {
    const json = synth({
      dataRepository: { createBucket: "data-bucket", s3Prefix: "datasets/", fileSystemPath: "/ds" },
    });
    expect(json).toHaveResourceWithProperties(S3Bucket, { bucket: "data-bucket" });
    expect(json).toHaveResourceWithProperties(FsxDataRepositoryAssociation, {
      data_repository_path: "s3://${aws_s3_bucket.data_repository.bucket}/datasets/",
      file_system_path: "/ds",
    });
    expect(json).toHaveResourceWithProperties(S3Object, {
      key: "datasets/hello_from_s3.txt",
      depends_on: ["aws_fsx_data_repository_association.this"],
    });
    const bucket = JSON.parse(json).resource.aws_s3_bucket.data_repository;
    expect(bucket.force_destroy).toBeUndefined();
  });

  test("an existing bucket is linked but never managed, and gets no demo object", () => {
    const json = synth({ dataRepository: { existingBucket: "team-data", importEvents: ["NEW"], exportEvents: [] } });
    expect(json).not.toHaveResource(S3Bucket);
    expect(json).not.toHaveResource(S3Object);
    expect(json).toHaveResourceWithProperties(FsxDataRepositoryAssociation, {
      data_repository_path: "s3://team-data",
      s3: { auto_import_policy: { events: ["NEW"] }, auto_export_policy: { events: [] } },
    });
  });

  test("forceDestroy, versioning and demoObject are honoured on a created bucket", () => {
    const json = synth({
      dataRepository: { createBucket: "b", forceDestroy: true, versioning: true, demoObject: false },
    });
    expect(json).toHaveResourceWithProperties(S3Bucket, { force_destroy: true });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
    expect(json).not.toHaveResource(S3Object);
  });

  test("the data bucket is versioned unless told not to, keeps ACLs usable (BucketOwnerPreferred) and takes the bucket options", () => {
    const json = synth({
      dataRepository: {
        createBucket: "b",
        bucket: { noncurrentVersionExpirationDays: 45, kmsKeyArn: "arn:aws:kms:r:111122223333:key/k" },
      },
    });
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
    expect(json).toHaveResourceWithProperties(S3BucketOwnershipControls, {
      rule: { object_ownership: "BucketOwnerPreferred" },
    });
    const lifecycle = JSON.parse(json).resource.aws_s3_bucket_lifecycle_configuration.data_repository;
    expect(lifecycle.rule[0].noncurrent_version_expiration).toEqual([{ noncurrent_days: 45 }]);
    expect(json).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      rule: [expect.objectContaining({ bucket_key_enabled: true })],
    });
    expect(synth({ dataRepository: { createBucket: "b", versioning: false } })).not.toHaveResource(S3BucketVersioningA);
  });

  test("the file system takes a KMS key only when given (a creation-time choice)", () => {
    expect(JSON.parse(synth({})).resource.aws_fsx_lustre_file_system.this.kms_key_id).toBeUndefined();
    expect(synth({ kmsKeyId: "arn:aws:kms:r:111122223333:key/k" })).toHaveResourceWithProperties(FsxLustreFileSystem, {
      kms_key_id: "arn:aws:kms:r:111122223333:key/k",
    });
  });

  test("protect adds prevent_destroy to the file system and the created bucket", () => {
    const res = JSON.parse(synth({ protect: true, dataRepository: { createBucket: "b" } })).resource;
    expect(res.aws_fsx_lustre_file_system.this.lifecycle).toEqual({ prevent_destroy: true });
    expect(res.aws_s3_bucket.data_repository.lifecycle).toEqual({ prevent_destroy: true });
  });

  test.each([
    ["neither bucket", {}, "{}"],
    ["both buckets", { createBucket: "a", existingBucket: "b" }, '{"createBucket":"a","existingBucket":"b"}'],
    ["an empty existing bucket name", { existingBucket: "" }, '{"existingBucket":""}'],
    ["an empty created bucket name", { createBucket: "" }, '{"createBucket":""}'],
  ])("rejects a data repository with %s", (_name, dataRepository, got) => {
    expect(() => synth({ dataRepository })).toThrow(
      `LustreStorage: dataRepository needs exactly one of \`createBucket\` and \`existingBucket\` as a bucket name, got ${got}`,
    );
  });

  test("the association links the named bucket, under its Terraform address, to this file system", () => {
    const res = JSON.parse(synth({ dataRepository: { existingBucket: "team-data" } })).resource;
    expect(Object.keys(res.aws_fsx_data_repository_association)).toEqual(["this"]);
    expect(res.aws_fsx_data_repository_association.this).toMatchObject({
      file_system_id: "${aws_fsx_lustre_file_system.this.id}",
      data_repository_path: "s3://team-data",
    });
  });
});

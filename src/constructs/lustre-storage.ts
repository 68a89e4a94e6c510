import { FsxDataRepositoryAssociation } from "@cdktf/provider-aws/lib/fsx-data-repository-association";
import { FsxLustreFileSystem } from "@cdktf/provider-aws/lib/fsx-lustre-file-system";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";
import { Construct } from "constructs";
import type { RepositoryEvent } from "../aws/fsx-lustre";
import {
  DATA_REPOSITORY_DEFAULTS,
  defaultMetadata,
  defaultThroughput,
  LUSTRE_DEFAULTS,
} from "./lustre-storage.defaults";
import { type BucketOptions, PrivateBucket } from "./private-bucket";

export * from "./lustre-storage.defaults";

export interface DataRepositoryProps {
  /** Name of the bucket to create. Exactly one of `createBucket` and `existingBucket`. */
  readonly createBucket?: string;
  /** Name of an existing bucket to link; it is never created, changed or destroyed here. */
  readonly existingBucket?: string;
  /** Prefix inside the bucket ("datasets/"). @default "" (the whole bucket) */
  readonly s3Prefix?: string;
  /** File system directory linked to the bucket. @default "/" */
  readonly fileSystemPath?: string;
  /** S3 changes imported into the file system. @default NEW, CHANGED, DELETED */
  readonly importEvents?: readonly RepositoryEvent[];
  /** File system changes exported to S3. @default NEW, CHANGED, DELETED */
  readonly exportEvents?: readonly RepositoryEvent[];
  /** Import the metadata of existing objects once the association exists. @default AWS default (false) */
  readonly importMetadataOnCreate?: boolean;
  /** Stripe size of imported files, MiB. @default AWS default (1024) */
  readonly importedFileChunkSize?: number;
  /** Let `destroy` delete the created bucket with its objects. @default false */
  readonly forceDestroy?: boolean;
  /**
   * Versioning on the created bucket: the file system exports deletions, so
   * without it an `rm` on the mount deletes the only copy. @default true
   */
  readonly versioning?: boolean;
  /** Lifecycle rule, encryption key and access logs of the created bucket. @default BUCKET_DEFAULTS, SSE-S3, no access logs */
  readonly bucket?: BucketOptions;
  /** Put `hello_from_s3.txt` in the created bucket (the original's demo object). @default true */
  readonly demoObject?: boolean;
}

export interface LustreStorageProps {
  /** Subnet of the file system (one subnet: the cluster's). */
  readonly subnetId: string;
  readonly securityGroupIds: string[];
  /** @default "PERSISTENT_2" */
  readonly deploymentType?: string;
  /** @default "SSD" */
  readonly storageType?: string;
  /** GiB. @default 1200 */
  readonly storageCapacity?: number;
  /** MB/s/TiB. @default 250 with PERSISTENT_2, none otherwise */
  readonly perUnitStorageThroughput?: number;
  /** @default "LZ4" */
  readonly dataCompression?: string;
  /** @default "2.15" */
  readonly lustreVersion?: string;
  /** Metadata configuration (PERSISTENT_2 only). @default { mode: "AUTOMATIC" } with PERSISTENT_2 */
  readonly metadata?: { readonly mode: string; readonly iops?: number };
  /** EFA-enabled file system. @default false */
  readonly efaEnabled?: boolean;
  /** The S3 data repository. @default none: no association */
  readonly dataRepository?: DataRepositoryProps;
  /** `prevent_destroy` on the file system and the created bucket. @default false */
  readonly protect?: boolean;
  /**
   * Customer managed KMS key of the file system (`kms_key_id`). Chosen at
   * creation: on a deployed file system a change replaces it, with its data.
   * @default the AWS managed key of FSx
   */
  readonly kmsKeyId?: string;
}

/**
 * FSx for Lustre and its S3 data repository: the bucket (or an existing one),
 * the file system, the association with automatic import and export, and the
 * demo object that shows the import direction.
 */
export class LustreStorage extends Construct {
  public readonly fileSystem: FsxLustreFileSystem;
  /** The created data bucket, if any. */
  public readonly dataBucket?: PrivateBucket;
  /** Name of the linked bucket (created or existing), if any. */
  public readonly dataBucketName?: string;
  public readonly association?: FsxDataRepositoryAssociation;

  constructor(scope: Construct, id: string, props: LustreStorageProps) {
    super(scope, id);
    const repo = props.dataRepository;
    // An empty name counts as none: it would link no bucket at all.
    if (repo && !repo.createBucket === !repo.existingBucket) {
      throw new Error(
        `LustreStorage: dataRepository needs exactly one of \`createBucket\` and \`existingBucket\` as a bucket name, got ${JSON.stringify({ createBucket: repo.createBucket, existingBucket: repo.existingBucket })}`,
      );
    }
    const d = LUSTRE_DEFAULTS;
    const deploymentType = props.deploymentType ?? d.deploymentType;

    if (repo?.createBucket) {
      this.dataBucket = new PrivateBucket(this, "data", {
        bucketName: repo.createBucket,
        logicalName: "data_repository",
        forceDestroy: repo.forceDestroy,
        versioning: repo.versioning ?? DATA_REPOSITORY_DEFAULTS.versioning,
        ...repo.bucket,
        // ACLs stay usable: the FSx for Lustre guide does not say whether export writes objects with an
        // ACL, and S3 rejects a write carrying any ACL but bucket-owner-full-control once ACLs are disabled.
        // Same-account writes (FSx exports as this account) belong to the bucket owner either way.
        // @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
        objectOwnership: "BucketOwnerPreferred",
        protect: props.protect,
      });
      this.dataBucketName = this.dataBucket.bucket.bucket;
    } else if (repo?.existingBucket) {
      this.dataBucketName = repo.existingBucket;
    }

    const metadata = props.metadata ?? defaultMetadata(deploymentType);
    this.fileSystem = new FsxLustreFileSystem(this, "file_system", {
      storageType: props.storageType ?? d.storageType,
      fileSystemTypeVersion: props.lustreVersion ?? d.lustreVersion,
      storageCapacity: props.storageCapacity ?? d.storageCapacity,
      securityGroupIds: props.securityGroupIds,
      subnetIds: [props.subnetId],
      dataCompressionType: props.dataCompression ?? d.dataCompression,
      deploymentType,
      perUnitStorageThroughput: props.perUnitStorageThroughput ?? defaultThroughput(deploymentType),
      metadataConfiguration: metadata ? { mode: metadata.mode, iops: metadata.iops } : undefined,
      efaEnabled: props.efaEnabled ? true : undefined,
      kmsKeyId: props.kmsKeyId,
      lifecycle: props.protect ? { preventDestroy: true } : undefined,
    });
    this.fileSystem.overrideLogicalId("this");

    if (repo) {
      const r = DATA_REPOSITORY_DEFAULTS;
      const prefix = repo.s3Prefix ? `/${repo.s3Prefix}` : "";
      this.association = new FsxDataRepositoryAssociation(this, "association", {
        fileSystemId: this.fileSystem.id,
        dataRepositoryPath: `s3://${this.dataBucketName}${prefix}`,
        fileSystemPath: repo.fileSystemPath ?? r.fileSystemPath,
        batchImportMetaDataOnCreate: repo.importMetadataOnCreate,
        importedFileChunkSize: repo.importedFileChunkSize,
        s3: {
          autoExportPolicy: { events: [...(repo.exportEvents ?? r.exportEvents)] },
          autoImportPolicy: { events: [...(repo.importEvents ?? r.importEvents)] },
        },
      });
      this.association.overrideLogicalId("this");

      if (this.dataBucket && (repo.demoObject ?? r.demoObject)) {
        new S3Object(this, "hello_from_s3", {
          bucket: this.dataBucket.bucket.bucket,
          key: `${repo.s3Prefix ?? r.s3Prefix}hello_from_s3.txt`,
          content: "hello! from S3!",
          // After the association exists, so that automatic import brings it into the file system.
          dependsOn: [this.association],
        }).overrideLogicalId("hello_from_s3");
      }
    }
  }
}

import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";
import { AssetType, Fn, TerraformAsset, TerraformIterator } from "cdktf";
import { Construct } from "constructs";
import { LIFECYCLE_DEFAULTS, PROVISIONING_PARAMETERS_FILE } from "./lifecycle-scripts.defaults";
import { type BucketOptions, PrivateBucket } from "./private-bucket";

export * from "./lifecycle-scripts.defaults";

export interface LifecycleScriptsProps {
  /** Name of the bucket that holds the scripts. */
  readonly bucketName: string;
  /** Local folder whose every file is uploaded under `<prefix>`. */
  readonly scriptsDir: string;
  /** Key prefix of the scripts (the cluster's `source_s3_uri` points here). @default LIFECYCLE_DEFAULTS.prefix */
  readonly prefix?: string;
  /**
   * The content of `provisioning_parameters.json`, written next to the
   * scripts with `jsonencode` (tokens such as the file system's DNS name are
   * resolved by Terraform).
   */
  readonly provisioningParameters: Record<string, unknown>;
  /** Entry script HyperPod runs on each node; must exist in `scriptsDir`. @default LIFECYCLE_DEFAULTS.onCreate */
  readonly onCreate?: string;
  /** Lifecycle rule, encryption key and access logs of the bucket. @default BUCKET_DEFAULTS, SSE-S3, no access logs */
  readonly bucket?: BucketOptions;
}

/**
 * The lifecycle script bucket, every file of the scripts folder (uploaded
 * again whenever its content changes) and `provisioning_parameters.json`.
 */
export class LifecycleScripts extends Construct {
  public readonly bucket: PrivateBucket;
  /** `s3://<bucket>/<prefix>`: the cluster's `source_s3_uri`. */
  public readonly sourceS3Uri: string;
  public readonly onCreate: string;
  public readonly scripts: S3Object;
  public readonly provisioningParameters: S3Object;

  constructor(scope: Construct, id: string, props: LifecycleScriptsProps) {
    super(scope, id);
    const prefix = props.prefix ?? LIFECYCLE_DEFAULTS.prefix;
    this.onCreate = props.onCreate ?? LIFECYCLE_DEFAULTS.onCreate;
    if (!existsSync(props.scriptsDir) || !statSync(props.scriptsDir).isDirectory()) {
      throw new Error(`LifecycleScripts: scriptsDir ${props.scriptsDir} is not a folder`);
    }
    if (!existsSync(join(props.scriptsDir, this.onCreate))) {
      throw new Error(`LifecycleScripts: the entry script ${this.onCreate} is not in ${props.scriptsDir}`);
    }
    if (existsSync(join(props.scriptsDir, PROVISIONING_PARAMETERS_FILE))) {
      throw new Error(
        `LifecycleScripts: ${props.scriptsDir} must not hold ${PROVISIONING_PARAMETERS_FILE}; the stack writes it from the configuration`,
      );
    }

    this.bucket = new PrivateBucket(this, "bucket", {
      bucketName: props.bucketName,
      logicalName: "life_cycle_scripts",
      // Every version of the scripts a node ran stays readable.
      versioning: true,
      ...props.bucket,
      // Only Terraform writes here, without ACLs: ACLs off (S3's default for new buckets).
      objectOwnership: "BucketOwnerEnforced",
    });
    const bucketName = this.bucket.bucket.bucket;
    this.sourceS3Uri = `s3://${this.bucket.bucket.id}/${prefix}`;

    // The folder travels with the synthesized stack (also to Terraform Cloud);
    // Terraform enumerates it, as the original's fileset/for_each did.
    const asset = new TerraformAsset(this, "folder", { path: props.scriptsDir, type: AssetType.DIRECTORY });
    const files = TerraformIterator.fromList(Fn.fileset(asset.path, "**"));
    const source = `${asset.path}/${files.value}`;
    this.scripts = new S3Object(this, "scripts", {
      forEach: files,
      bucket: bucketName,
      key: `${prefix}${files.value}`,
      source,
      // The original has no hash, so an edited script was never uploaded again.
      sourceHash: Fn.filemd5(source),
    });
    this.scripts.overrideLogicalId("life_cycle_scripts");

    this.provisioningParameters = new S3Object(this, "provisioning_parameters", {
      bucket: bucketName,
      key: `${prefix}${PROVISIONING_PARAMETERS_FILE}`,
      content: Fn.jsonencode(props.provisioningParameters),
    });
    this.provisioningParameters.overrideLogicalId("life_cycle_scripts_provisioning_parameters");
  }
}

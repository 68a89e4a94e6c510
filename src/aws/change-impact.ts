/**
 * What an apply does when one attribute of a synthesized resource changes:
 * one row per resource type and attribute, for every resource type the
 * stacks synthesize (hashicorp/aws 5.100.0, awscc 1.96 `awscc_sagemaker_cluster`,
 * the inputs of terraform-aws-modules/vpc 5.21 and the resources it creates).
 *
 * The change review (src/review/) classifies every changed attribute with
 * this table and nothing else. Every row of an aws type is confirmed against
 * the real provider binary by the probe test
 * (`terraform plan -refresh=false` on a hand-written prior state).
 *
 * @see https://developer.hashicorp.com/terraform/language/resources/behavior#resource-behavior
 */

/** What applying the change does to the live resource. */
export type ImpactClass =
  /** The provider plans an update; the API changes the live resource. */
  | "in-place"
  /** The provider plans delete + create. */
  | "replace"
  /** The plan fails, or it plans an update that the API is expected to refuse. */
  | "not-allowed"
  /** Real, but running HyperPod nodes do not see it (state-only, delete-time-only, or read at node creation). */
  | "no-node-effect";

/**
 * Narrows a row to some changes of its attribute. Each names a pure test in
 * `CONDITIONS` below.
 */
export type Condition =
  | "increase"
  | "decrease"
  | "scratch1"
  | "to-disabled"
  | "not-persistent2"
  | "lifecycle-object"
  | "source-type"
  | "append"
  | "positions"
  | "to-true"
  | "to-false";

export interface ImpactRow {
  /** Stable id, `<type>.<attribute>[.<condition>]`. */
  readonly id: string;
  /**
   * Resource type, `module:terraform-aws-modules/vpc/aws` for the VPC
   * module's inputs, `provider:aws` for the provider block, `terraform` for
   * the backend, `*` for meta-arguments of any resource.
   */
  readonly type: string;
  /**
   * Attribute as written in cdk.tf.json. A dotted path names a nested field
   * (`metadata_configuration.iops`); `instance_groups[].x` names a field of
   * every instance group (matched by name, see src/review/groups.ts); `a|b`
   * names several attributes that share the row.
   */
  readonly attribute: string;
  readonly when?: Condition;
  readonly class: ImpactClass;
  /** The change deletes stored data or terminates nodes. */
  readonly dataLoss: boolean;
  /** One sentence: what happens to the user's data, nodes and jobs. */
  readonly consequence: string;
  /** Where the behaviour is documented or implemented. */
  readonly source: string;
  /**
   * How it was established: `probe` = planned with the provider binary (the
   * probe test re-checks it), `source` = provider/module source or AWS
   * documentation, `unverified` = inferred, no source confirms the runtime
   * behaviour.
   */
  readonly basis: "probe" | "source" | "unverified";
  /** The list is a set (reordering is no change). */
  readonly unordered?: boolean;
  /** Module rows: which module outputs change when this row applies (for cascades). */
  readonly outputs?: readonly string[];
}

const AWS_FSX = "https://docs.aws.amazon.com/fsx/latest/LustreGuide";
const TF_FSX = "https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/fsx_lustre_file_system";
const TF_DRA =
  "https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/fsx_data_repository_association";
const TF = "https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources";
const AWSCC = "https://registry.terraform.io/providers/hashicorp/awscc/1.96.0/docs/resources/sagemaker_cluster";
const CFN_CLUSTER =
  "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-cluster.html";
const VPC_MODULE = "https://github.com/terraform-aws-modules/terraform-aws-vpc/blob/v5.21.0/main.tf";
const UPDATE_CLUSTER = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateCluster.html";
const SCALE_DOWN = "https://docs.aws.amazon.com/sagemaker/latest/dg/smcluster-scale-down.html";
const LIFECYCLE = "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-lifecycle-best-practices.html";
const META = "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle";

const FSX_GONE =
  "FSx deletes the file system and creates an empty one: files not yet exported to S3 are lost (no final backup: " +
  "FSx cannot back up a file system linked to S3), every node loses its mount until the new one is mounted";

const RDS = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide";
const DB_GONE =
  "Every job record sacct, sreport and fair-share use is lost: RDS creates an empty database (a final snapshot is " +
  "kept only with protect, and automated backups are deleted with the instance)";

export const VPC_MODULE_SOURCE = "terraform-aws-modules/vpc/aws";
const MOD = `module:${VPC_MODULE_SOURCE}`;

type RowInput = Omit<ImpactRow, "id" | "dataLoss"> & { dataLoss?: boolean };

function row(r: RowInput): ImpactRow {
  const attr = r.attribute.split("|")[0];
  return { ...r, id: `${r.type}.${attr}${r.when ? `.${r.when}` : ""}`, dataLoss: r.dataLoss ?? false };
}

const fsx = (attribute: string, klass: ImpactClass, consequence: string, extra: Partial<RowInput> = {}) =>
  row({
    type: "aws_fsx_lustre_file_system",
    attribute,
    class: klass,
    consequence,
    source: TF_FSX,
    basis: "probe",
    dataLoss: klass === "replace",
    ...extra,
  });

/** Every row. Order matters only within one attribute: rows with a condition come before the plain row. */
export const IMPACT_TABLE: readonly ImpactRow[] = [
  // ---------------------------------------------------------------- FSx for Lustre
  fsx("storage_capacity", "replace", `Shrinking is not possible: the provider forces a new file system. ${FSX_GONE}.`, {
    when: "decrease",
    source: `${AWS_FSX}/managing-storage-capacity.html`,
  }),
  fsx("storage_capacity", "replace", `SCRATCH_1 cannot grow: the provider forces a new file system. ${FSX_GONE}.`, {
    when: "scratch1",
  }),
  fsx(
    "storage_capacity",
    "in-place",
    "The file system grows while mounted; it is briefly unavailable (UPDATING) and then rebalances data in the background.",
    { source: `${AWS_FSX}/managing-storage-capacity.html` },
  ),
  fsx(
    "per_unit_storage_throughput",
    "in-place",
    "FSx swaps the file servers; the file system is unavailable for a few minutes, running jobs stall on I/O.",
    { source: `${AWS_FSX}/managing-throughput-capacity.html` },
  ),
  fsx(
    "metadata_configuration.iops",
    "replace",
    `Metadata IOPS cannot be lowered: the provider forces a new file system. ${FSX_GONE}.`,
    {
      when: "decrease",
    },
  ),
  fsx(
    "metadata_configuration",
    "not-allowed",
    "A metadata configuration needs deployment type PERSISTENT_2: the plan fails.",
    {
      when: "not-persistent2",
    },
  ),
  fsx(
    "metadata_configuration",
    "in-place",
    "Metadata performance changes while mounted (AUTOMATIC to USER_PROVISIONED, or more IOPS).",
  ),
  fsx(
    "data_compression_type",
    "in-place",
    "Only files written from now on are compressed (or not); existing files stay as they are.",
  ),
  fsx("log_configuration", "in-place", "Changes which events the file system logs to CloudWatch; no effect on data."),
  fsx("root_squash_configuration", "in-place", "Changes how root on the nodes maps on the file system (permissions)."),
  fsx(
    "weekly_maintenance_start_time|automatic_backup_retention_days|daily_automatic_backup_start_time|auto_import_policy",
    "in-place",
    "Changes a schedule or import setting of the file system; no effect on mounted nodes.",
  ),
  fsx(
    "skip_final_backup|final_backup_tags",
    "no-node-effect",
    "Recorded in the state only; it matters when the file system is deleted.",
  ),
  fsx("tags", "in-place", "Tags only; no effect on the file system."),
  fsx(
    "security_group_ids",
    "replace",
    `The file system's security groups cannot change: a new file system is created. ${FSX_GONE}.`,
    { unordered: true },
  ),
  fsx("subnet_ids", "replace", `The file system cannot move subnet: a new file system is created. ${FSX_GONE}.`, {
    unordered: true,
  }),
  fsx("deployment_type", "replace", `The deployment type is fixed at creation. ${FSX_GONE}.`),
  fsx("storage_type", "replace", `The storage type is fixed at creation. ${FSX_GONE}.`),
  fsx("kms_key_id", "replace", `The encryption key is fixed at creation. ${FSX_GONE}.`),
  fsx("efa_enabled", "replace", `EFA is fixed at creation. ${FSX_GONE}.`),
  fsx(
    "file_system_type_version",
    "replace",
    `The provider (hashicorp/aws 5.100.0) cannot upgrade the Lustre version in place. ${FSX_GONE}.`,
  ),
  fsx("copy_tags_to_backups", "replace", `Fixed at creation in the provider. ${FSX_GONE}.`),
  fsx(
    "drive_cache_type|import_path|export_path|imported_file_chunk_size|backup_id",
    "replace",
    `Fixed at creation. ${FSX_GONE}.`,
  ),

  // ---------------------------------------------------------------- data repository association
  ...["file_system_id", "file_system_path", "data_repository_path"].map((attribute) =>
    row({
      type: "aws_fsx_data_repository_association",
      attribute,
      class: "replace",
      consequence:
        "The link between file system and bucket is deleted and created again: the file system path is unlinked " +
        "(files not yet exported stay on the file system but no longer sync) and S3 objects are imported again.",
      source: TF_DRA,
      basis: "probe",
    }),
  ),
  row({
    type: "aws_fsx_data_repository_association",
    attribute: "s3|imported_file_chunk_size",
    class: "in-place",
    consequence: "Changes which S3 events are imported or exported from now on; files already synced stay.",
    source: TF_DRA,
    basis: "probe",
  }),
  row({
    type: "aws_fsx_data_repository_association",
    attribute: "batch_import_meta_data_on_create",
    class: "no-node-effect",
    consequence: "Only read when the association is created; the plan shows an update that changes nothing.",
    source: TF_DRA,
    basis: "probe",
  }),
  row({
    type: "aws_fsx_data_repository_association",
    attribute: "delete_data_in_filesystem",
    class: "no-node-effect",
    consequence: "Recorded in the state only; it decides whether files are deleted when the association is.",
    source: TF_DRA,
    basis: "probe",
  }),
  row({
    type: "aws_fsx_data_repository_association",
    attribute: "tags",
    class: "in-place",
    consequence: "Tags only.",
    source: TF_DRA,
    basis: "probe",
  }),

  // ---------------------------------------------------------------- S3
  row({
    type: "aws_s3_bucket",
    attribute: "bucket|bucket_prefix",
    class: "replace",
    dataLoss: true,
    consequence:
      "A new, empty bucket is created and the old one deleted: its objects are lost (without force_destroy the " +
      "delete of a non-empty bucket fails halfway through the apply).",
    source: `${TF}/s3_bucket`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket",
    attribute: "object_lock_enabled",
    class: "replace",
    dataLoss: true,
    consequence: "Object lock is fixed at creation: a new, empty bucket replaces the old one.",
    source: `${TF}/s3_bucket`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket",
    attribute: "force_destroy",
    class: "no-node-effect",
    consequence: "Recorded in the state only; it decides whether a later destroy also deletes every object.",
    source: `${TF}/s3_bucket`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket",
    attribute: "tags",
    class: "in-place",
    consequence: "Tags only.",
    source: `${TF}/s3_bucket`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket_versioning",
    attribute: "bucket|expected_bucket_owner",
    class: "replace",
    consequence: "The versioning setting is re-applied to the other bucket; no objects are touched.",
    source: `${TF}/s3_bucket_versioning`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket_versioning",
    attribute: "versioning_configuration.status",
    when: "to-disabled",
    class: "not-allowed",
    consequence:
      "Versioning cannot go back to Disabled once enabled: the plan fails. Use Suspended to stop new versions.",
    source: `${TF}/s3_bucket_versioning`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket_versioning",
    attribute: "versioning_configuration",
    class: "in-place",
    consequence: "Versioning is enabled or suspended from now on; existing object versions are kept.",
    source: `${TF}/s3_bucket_versioning`,
    basis: "probe",
  }),
  ...(
    [
      ["aws_s3_bucket_policy", "policy", "The bucket policy is rewritten; nodes' access to the bucket may change."],
      [
        "aws_s3_bucket_public_access_block",
        "block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets",
        "Public access settings of the bucket change.",
      ],
      ["aws_s3_bucket_ownership_controls", "rule", "Object ownership of the bucket changes for new objects."],
      [
        "aws_s3_bucket_server_side_encryption_configuration",
        "rule",
        "Default encryption changes for new objects; existing objects keep theirs.",
      ],
    ] as const
  ).flatMap(([type, attribute, consequence]) => [
    row({
      type,
      attribute:
        type === "aws_s3_bucket_server_side_encryption_configuration" ? "bucket|expected_bucket_owner" : "bucket",
      class: "replace",
      consequence: "The setting is removed from one bucket and applied to the other; no objects are touched.",
      source: `${TF}/${type.slice(4)}`,
      basis: "probe",
    }),
    row({ type, attribute, class: "in-place", consequence, source: `${TF}/${type.slice(4)}`, basis: "probe" }),
  ]),
  row({
    type: "aws_s3_object",
    attribute: "bucket|key|for_each|source|source_hash|content|content_base64|etag|content_type|metadata",
    when: "lifecycle-object",
    class: "no-node-effect",
    consequence:
      "A lifecycle script or provisioning_parameters.json is uploaded again: running nodes do not see it; nodes " +
      "created later (scale-up, replacement) run it, existing ones only after `aws sagemaker update-cluster-software`.",
    source: LIFECYCLE,
    basis: "unverified",
  }),
  row({
    type: "aws_s3_object",
    attribute: "bucket|key",
    class: "replace",
    consequence: "The object is uploaded under the new name and the old one deleted.",
    source: `${TF}/s3_object`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_object",
    attribute:
      "content|content_base64|source|source_hash|etag|content_type|metadata|cache_control|kms_key_id|server_side_encryption|storage_class",
    class: "in-place",
    consequence:
      "The object is uploaded again (a new version); the file system imports it when automatic import is on.",
    source: `${TF}/s3_object`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_object",
    attribute: "tags|acl",
    class: "in-place",
    consequence: "Object metadata only; no re-upload.",
    source: `${TF}/s3_object`,
    basis: "probe",
  }),

  row({
    type: "aws_s3_bucket_lifecycle_configuration",
    attribute: "bucket|expected_bucket_owner",
    class: "replace",
    consequence: "The lifecycle rules are removed from one bucket and applied to the other; no objects are touched.",
    source: `${TF}/s3_bucket_lifecycle_configuration`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket_lifecycle_configuration",
    attribute: "rule|transition_default_minimum_object_size",
    class: "in-place",
    consequence:
      "The rules change: shorter days delete older noncurrent versions and incomplete uploads at the next lifecycle run.",
    source: `${TF}/s3_bucket_lifecycle_configuration`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket_logging",
    attribute: "bucket|expected_bucket_owner",
    class: "replace",
    consequence: "Access logging moves from one bucket to the other; logs already delivered stay where they are.",
    source: `${TF}/s3_bucket_logging`,
    basis: "probe",
  }),
  row({
    type: "aws_s3_bucket_logging",
    attribute: "target_bucket|target_prefix|target_object_key_format",
    class: "in-place",
    consequence: "New access logs go to the new place; logs already delivered stay where they are.",
    source: `${TF}/s3_bucket_logging`,
    basis: "probe",
  }),
  // ---------------------------------------------------------------- security groups, rules, endpoint
  row({
    type: "aws_security_group",
    attribute: "description|name|name_prefix|vpc_id",
    class: "replace",
    consequence:
      "A new security group replaces the old one; everything that takes its id in a field fixed at creation " +
      "(the file system, the cluster) is replaced with it.",
    source: `${TF}/security_group`,
    basis: "probe",
  }),
  row({
    type: "aws_security_group",
    attribute: "tags|ingress|egress|revoke_rules_on_delete",
    class: "in-place",
    consequence: "Rules or tags of the group change in place.",
    source: `${TF}/security_group`,
    basis: "probe",
  }),
  ...["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"].flatMap((type) => [
    row({
      type,
      attribute: "security_group_id",
      class: "replace",
      consequence: "The rule is deleted and created on the other group: traffic it allows is briefly blocked.",
      source: `${TF}/${type.slice(4)}`,
      basis: "probe",
    }),
    row({
      type,
      attribute: "cidr_ipv4|cidr_ipv6|prefix_list_id|referenced_security_group_id",
      when: "source-type",
      class: "replace",
      consequence:
        "A rule cannot change its kind of source: it is deleted and created again, briefly blocking traffic.",
      source: `${TF}/${type.slice(4)}`,
      basis: "probe",
    }),
    row({
      type,
      attribute:
        "cidr_ipv4|cidr_ipv6|prefix_list_id|referenced_security_group_id|from_port|to_port|ip_protocol|description|tags",
      class: "in-place",
      consequence: "The rule changes in place (ModifySecurityGroupRules); open connections follow the new rule.",
      source: `${TF}/${type.slice(4)}`,
      basis: "probe",
    }),
  ]),
  row({
    type: "aws_vpc_endpoint",
    attribute: "vpc_id|service_name|vpc_endpoint_type",
    class: "replace",
    consequence: "The S3 endpoint is recreated: nodes' S3 traffic briefly takes the NAT path or fails.",
    source: `${TF}/vpc_endpoint`,
    basis: "probe",
  }),
  row({
    type: "aws_vpc_endpoint",
    attribute: "route_table_ids|policy|subnet_ids|security_group_ids|private_dns_enabled|tags",
    class: "in-place",
    consequence: "The endpoint's routes or policy change in place.",
    source: `${TF}/vpc_endpoint`,
    basis: "probe",
    unordered: true,
  }),

  // ---------------------------------------------------------------- IAM
  row({
    type: "aws_iam_role",
    attribute: "name|name_prefix|path",
    class: "replace",
    consequence:
      "A new role with a new ARN replaces the old one; the cluster's groups name the role in a field fixed at creation.",
    source: `${TF}/iam_role`,
    basis: "probe",
  }),
  row({
    type: "aws_iam_role",
    attribute:
      "assume_role_policy|description|max_session_duration|permissions_boundary|tags|inline_policy|managed_policy_arns",
    class: "in-place",
    consequence: "The role changes in place; running nodes get the new permissions with their next credentials.",
    source: `${TF}/iam_role`,
    basis: "probe",
  }),
  row({
    type: "aws_iam_policy",
    attribute: "name|name_prefix|path|description",
    class: "replace",
    consequence:
      "The policy is deleted and created (new ARN); its attachments are recreated, briefly removing the permissions.",
    source: `${TF}/iam_policy`,
    basis: "probe",
  }),
  row({
    type: "aws_iam_policy",
    attribute: "policy|tags",
    class: "in-place",
    consequence: "A new default policy version; running nodes get the new permissions within minutes.",
    source: `${TF}/iam_policy`,
    basis: "probe",
  }),
  row({
    type: "aws_iam_role_policy_attachment",
    attribute: "role|policy_arn",
    class: "replace",
    consequence: "The attachment is removed and added again: the permissions are briefly missing.",
    source: `${TF}/iam_role_policy_attachment`,
    basis: "probe",
  }),

  // ---------------------------------------------------------------- Slurm accounting database
  row({
    type: "aws_db_instance",
    attribute: "engine|storage_encrypted|kms_key_id|username|db_name|availability_zone",
    class: "replace",
    dataLoss: true,
    consequence: `Fixed at creation: the provider deletes the database and creates a new one. ${DB_GONE}.`,
    source: `${TF}/db_instance`,
    basis: "probe",
  }),
  row({
    type: "aws_db_instance",
    attribute: "allocated_storage",
    when: "decrease",
    class: "not-allowed",
    consequence: "RDS storage cannot shrink: the plan shows an update that the ModifyDBInstance call refuses.",
    source: `${RDS}/USER_PIOPS.ModifyingExisting.html`,
    basis: "source",
  }),
  row({
    type: "aws_db_instance",
    attribute: "allocated_storage|instance_class|engine_version|storage_type|multi_az",
    class: "in-place",
    consequence:
      "The database is modified in place, in its next maintenance window (apply_immediately is not set); a class, " +
      "version or Multi-AZ change restarts it for minutes, while slurmctld keeps accounting records until slurmdbd reconnects.",
    source: `${RDS}/Overview.DBInstance.Modifying.html`,
    basis: "probe",
  }),
  row({
    type: "aws_db_instance",
    attribute: "identifier",
    class: "in-place",
    consequence:
      "The instance is renamed in place and gets a new endpoint; running controllers use the old one until the lifecycle scripts run there again.",
    source: `${RDS}/USER_RenameInstance.html`,
    basis: "probe",
  }),
  row({
    type: "aws_db_instance",
    attribute:
      "backup_retention_period|copy_tags_to_snapshot|auto_minor_version_upgrade|deletion_protection|publicly_accessible|vpc_security_group_ids|db_subnet_group_name|port|manage_master_user_password|tags",
    class: "in-place",
    consequence: "The database's settings change in place; its data stays.",
    source: `${RDS}/Overview.DBInstance.Modifying.html`,
    basis: "probe",
    unordered: true,
  }),
  row({
    type: "aws_db_instance",
    attribute: "skip_final_snapshot|final_snapshot_identifier",
    class: "no-node-effect",
    consequence: "Recorded in the state only; it decides whether a delete keeps a final snapshot.",
    source: `${TF}/db_instance`,
    basis: "probe",
  }),
  row({
    type: "aws_db_subnet_group",
    attribute: "name",
    class: "replace",
    consequence:
      "A new subnet group; the database moves to it in place, and RDS refuses to delete the old group while the database still uses it.",
    source: `${TF}/db_subnet_group`,
    basis: "probe",
  }),
  row({
    type: "aws_db_subnet_group",
    attribute: "description|subnet_ids|tags",
    class: "in-place",
    consequence: "The subnet group changes in place; the database stays where it is.",
    source: `${TF}/db_subnet_group`,
    basis: "probe",
    unordered: true,
  }),

  row({
    type: "aws_iam_role_policy",
    attribute: "name|name_prefix|role",
    class: "replace",
    consequence:
      "The inline policy is deleted and written again: the role briefly lacks it (flow log delivery may pause).",
    source: `${TF}/iam_role_policy`,
    basis: "probe",
  }),
  row({
    type: "aws_iam_role_policy",
    attribute: "policy",
    class: "in-place",
    consequence: "The inline policy is rewritten; what the role may do changes.",
    source: `${TF}/iam_role_policy`,
    basis: "probe",
  }),
  // ---------------------------------------------------------------- KMS key and CloudWatch Logs (options)
  row({
    type: "aws_kms_key",
    attribute: "customer_master_key_spec|key_usage|multi_region|custom_key_store_id",
    class: "replace",
    dataLoss: true,
    consequence:
      "A new key is created and the old one scheduled for deletion: what only the old key can decrypt (objects, a file system, volumes) becomes unreadable when the window ends, and a file system or cluster that names the key is replaced.",
    source: `${TF}/kms_key; https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html`,
    basis: "probe",
  }),
  row({
    type: "aws_kms_key",
    attribute: "policy|description|enable_key_rotation|deletion_window_in_days|rotation_period_in_days|tags",
    class: "in-place",
    consequence: "The key's policy or settings change; data stays readable (a narrower policy can lock services out).",
    source: `${TF}/kms_key`,
    basis: "probe",
  }),
  row({
    type: "aws_kms_alias",
    attribute: "name|name_prefix",
    class: "replace",
    consequence: "The alias is renamed; the key and its data are untouched.",
    source: `${TF}/kms_alias`,
    basis: "probe",
  }),
  row({
    type: "aws_kms_alias",
    attribute: "target_key_id",
    class: "in-place",
    consequence: "The alias points at another key; what names the key by ARN is untouched.",
    source: `${TF}/kms_alias`,
    basis: "probe",
  }),
  row({
    type: "aws_cloudwatch_log_group",
    attribute: "name|name_prefix",
    class: "replace",
    dataLoss: true,
    consequence: "The log group is deleted with every record in it and an empty one created under the new name.",
    source: `${TF}/cloudwatch_log_group`,
    basis: "probe",
  }),
  row({
    type: "aws_cloudwatch_log_group",
    attribute: "retention_in_days|kms_key_id|tags",
    class: "in-place",
    consequence: "Retention, key or tags change; a shorter retention deletes older records.",
    source: `${TF}/cloudwatch_log_group; https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html`,
    basis: "probe",
  }),
  // ---------------------------------------------------------------- resources inside the VPC module
  row({
    type: "aws_vpc",
    attribute: "cidr_block",
    class: "replace",
    consequence: "A new VPC: every subnet, security group, endpoint, the file system and the cluster are replaced.",
    source: `${TF}/vpc`,
    basis: "probe",
  }),
  row({
    type: "aws_vpc",
    attribute: "enable_dns_hostnames|enable_dns_support|tags",
    class: "in-place",
    consequence: "VPC settings change in place.",
    source: `${TF}/vpc`,
    basis: "probe",
  }),
  row({
    type: "aws_subnet",
    attribute: "cidr_block|availability_zone|vpc_id",
    class: "replace",
    consequence: "A new subnet: the file system and the cluster in it are replaced.",
    source: `${TF}/subnet`,
    basis: "probe",
  }),
  row({
    type: "aws_subnet",
    attribute: "map_public_ip_on_launch|tags",
    class: "in-place",
    consequence: "Subnet settings change in place.",
    source: `${TF}/subnet`,
    basis: "probe",
  }),
  row({
    type: "aws_nat_gateway",
    attribute: "allocation_id|subnet_id|connectivity_type",
    class: "replace",
    consequence: "The NAT gateway is recreated: nodes lose internet access until the new one is up.",
    source: `${TF}/nat_gateway`,
    basis: "probe",
  }),
  row({
    type: "aws_route",
    attribute: "route_table_id|destination_cidr_block",
    class: "replace",
    consequence: "The route is deleted and created: a brief gap in that path.",
    source: `${TF}/route`,
    basis: "probe",
  }),
  row({
    type: "aws_route",
    attribute: "nat_gateway_id|gateway_id",
    class: "in-place",
    consequence: "The route points to the new target (ReplaceRoute).",
    source: `${TF}/route`,
    basis: "probe",
  }),
  row({
    type: "aws_route_table_association",
    attribute: "subnet_id",
    class: "replace",
    consequence: "The association is recreated: a brief routing gap for the subnet.",
    source: `${TF}/route_table_association`,
    basis: "probe",
  }),
  row({
    type: "aws_route_table_association",
    attribute: "route_table_id",
    class: "in-place",
    consequence: "The subnet switches route table in place.",
    source: `${TF}/route_table_association`,
    basis: "probe",
  }),

  // ---------------------------------------------------------------- VPC module inputs (terraform-aws-modules/vpc 5.21)
  ...vpcModuleRows(),

  // ---------------------------------------------------------------- HyperPod cluster (awscc 1.96)
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "cluster_name",
    class: "replace",
    dataLoss: true,
    consequence:
      "A new cluster replaces the old one: every node is terminated, running jobs are lost, root volumes are deleted.",
    source: `${AWSCC}; ${CFN_CLUSTER} (ClusterName is create-only)`,
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "vpc_config|orchestrator",
    class: "replace",
    dataLoss: true,
    unordered: true,
    consequence:
      "The cluster's network is fixed at creation: a new cluster replaces it, every node is terminated and running jobs are lost.",
    source: `${AWSCC}; ${CFN_CLUSTER} (VpcConfig, Orchestrator are create-only)`,
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "node_recovery|cluster_role|auto_scaling|tiered_storage_config|tags",
    class: "in-place",
    consequence: "UpdateCluster changes the setting; nodes keep running.",
    source: `${AWSCC}; ${UPDATE_CLUSTER}`,
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "node_provisioning_mode",
    class: "not-allowed",
    consequence:
      "The plan shows an update, but UpdateCluster has no such field: the apply is expected to fail (unverified).",
    source: `${AWSCC}; ${UPDATE_CLUSTER}`,
    basis: "unverified",
  }),
  ...(["instance_type", "execution_role", "threads_per_core", "override_vpc_config"] as const).map((field) =>
    row({
      type: "awscc_sagemaker_cluster",
      attribute: `instance_groups[].${field}`,
      class: "not-allowed",
      consequence:
        `The plan shows an update, but ${field} of a group is fixed at creation (CloudFormation create-only): the ` +
        "apply is expected to fail. Add a new group with the new value at the end, move the work, then remove the old group.",
      source: `${CFN_CLUSTER} (InstanceGroups/*/${pascal(field)} is create-only); ${UPDATE_CLUSTER}`,
      basis: "unverified",
    }),
  ),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "instance_groups[].instance_group_name",
    class: "not-allowed",
    consequence:
      "A group's name is its identity and fixed at creation: renaming is a new group. Add the new group at the end, " +
      "move the work, then remove the old one.",
    source: `${CFN_CLUSTER} (InstanceGroups/*/InstanceGroupName is create-only); https://github.com/hashicorp/terraform-provider-awscc/issues/3110`,
    basis: "unverified",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "instance_groups[].instance_count",
    when: "decrease",
    class: "in-place",
    dataLoss: true,
    consequence:
      "HyperPod terminates nodes of the group: jobs on them fail and their root and instance-store volumes are lost.",
    source: SCALE_DOWN,
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "instance_groups[].instance_count",
    class: "in-place",
    consequence: "HyperPod adds nodes to the group; they run the lifecycle scripts as they start.",
    source: UPDATE_CLUSTER,
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "instance_groups[].life_cycle_config",
    class: "no-node-effect",
    consequence: "Only nodes created later read the new script location; running nodes keep what they ran at creation.",
    source: `${CFN_CLUSTER} (ClusterLifeCycleConfig.OnCreate)`,
    basis: "unverified",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute:
      "instance_groups[].on_start_deep_health_checks|instance_groups[].scheduled_update_config|instance_groups[].training_plan_arn",
    class: "in-place",
    consequence: "UpdateCluster changes the group's setting; it applies when nodes (re)start.",
    source: UPDATE_CLUSTER,
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "instance_groups[].image_id",
    class: "in-place",
    consequence: "A new AMI for the group: HyperPod updates its nodes, which may reboot or replace them.",
    source: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateClusterSoftware.html",
    basis: "source",
  }),
  row({
    type: "awscc_sagemaker_cluster",
    attribute: "instance_groups[].instance_storage_configs",
    class: "in-place",
    consequence: "The plan shows an update; whether HyperPod resizes volumes of an existing group is unverified.",
    source: CFN_CLUSTER,
    basis: "unverified",
  }),

  // ---------------------------------------------------------------- provider, backend, meta-arguments
  row({
    type: "provider:aws",
    attribute: "region",
    class: "not-allowed",
    consequence:
      "Terraform would look for every resource in the new region, find none and create all of them anew there, " +
      "leaving the old ones running: a region move is a new stack.",
    source: "https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs#region",
    basis: "source",
  }),
  row({
    type: "provider:aws",
    attribute: "default_tags",
    class: "in-place",
    consequence: "Every taggable aws resource gets its tags updated in place.",
    source: "https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs#default_tags",
    basis: "source",
  }),
  row({
    type: "provider:awscc",
    attribute: "region",
    class: "not-allowed",
    consequence: "The cluster would be looked for in the new region: a region move is a new stack.",
    source: "https://registry.terraform.io/providers/hashicorp/awscc/1.96.0/docs#region",
    basis: "source",
  }),
  row({
    type: "terraform",
    attribute: "backend|cloud",
    class: "not-allowed",
    consequence:
      "The state moves: run `terraform init -migrate-state` in the stack folder first, or the next plan starts from an empty state and creates everything again.",
    source: "https://developer.hashicorp.com/terraform/cli/commands/init#backend-initialization",
    basis: "source",
  }),
  row({
    type: "terraform",
    attribute: "required_providers",
    class: "in-place",
    consequence:
      "A provider version change: `terraform init -upgrade` is needed, and the plan may differ from this review.",
    source: "https://developer.hashicorp.com/terraform/language/providers/requirements",
    basis: "source",
  }),
  row({
    type: "*",
    attribute: "depends_on|lifecycle",
    class: "no-node-effect",
    consequence: "Terraform's ordering or protection only; nothing changes in AWS.",
    source: META,
    basis: "source",
  }),
];

function pascal(s: string): string {
  return s.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function vpcModuleRows(): ImpactRow[] {
  const m = (r: Omit<RowInput, "type" | "source" | "basis"> & { source?: string; basis?: ImpactRow["basis"] }) =>
    row({ type: MOD, source: VPC_MODULE, basis: "source", ...r });
  return [
    m({
      attribute: "cidr",
      class: "replace",
      dataLoss: true,
      outputs: ["vpc_id", "private_subnets", "public_subnets", "private_route_table_ids", "public_route_table_ids"],
      consequence:
        "The VPC is replaced (aws_vpc.cidr_block), and with it every subnet, route table, security group and endpoint, the file system and the cluster.",
    }),
    ...(["azs", "private_subnets"] as const).flatMap((attribute) => [
      m({
        attribute,
        when: "append",
        class: "in-place",
        consequence: "Only new subnets (and their routes) are created at the end; existing ones are untouched.",
      }),
      m({
        attribute,
        when: "positions",
        class: "replace",
        dataLoss: true,
        outputs: ["private_subnets"],
        consequence:
          "Subnets are keyed by list position: every changed or shifted position gets a new subnet (aws_subnet.cidr_block / availability_zone), and the file system and cluster in it are replaced.",
      }),
    ]),
    m({
      attribute: "public_subnets",
      when: "append",
      class: "in-place",
      consequence: "Only new public subnets are created at the end; existing ones are untouched.",
    }),
    m({
      attribute: "public_subnets",
      when: "positions",
      class: "replace",
      outputs: ["public_subnets", "natgw_ids"],
      consequence:
        "Public subnets at changed positions are replaced, and the NAT gateways in them (aws_nat_gateway.subnet_id): nodes lose internet access until the new NAT is up; the private routes follow in place (aws_route.nat_gateway_id).",
    }),
    m({
      attribute: "enable_nat_gateway",
      when: "to-false",
      class: "in-place",
      consequence:
        "Every NAT gateway, its Elastic IP and the private default routes are destroyed: nodes lose internet access.",
    }),
    m({
      attribute: "enable_nat_gateway|single_nat_gateway|one_nat_gateway_per_az",
      class: "in-place",
      consequence:
        "NAT gateways are added or destroyed by index; private subnets switch route table in place (aws_route_table_association.route_table_id), a brief egress gap is possible.",
    }),
    m({
      attribute:
        "enable_flow_log|flow_log_destination_type|flow_log_destination_arn|flow_log_cloudwatch_iam_role_arn|flow_log_traffic_type|create_flow_log_cloudwatch_log_group|create_flow_log_cloudwatch_iam_role",
      class: "in-place",
      consequence:
        "The VPC's flow log (aws_flow_log.this) is created, replaced or destroyed; the VPC, subnets, file system and cluster are untouched, and records already delivered stay in their destination.",
      source: "https://github.com/terraform-aws-modules/terraform-aws-vpc/blob/v5.21.0/vpc-flow-logs.tf",
    }),
    m({
      attribute: "name|tags|vpc_tags|private_subnet_tags|public_subnet_tags|enable_dns_hostnames|enable_dns_support",
      class: "in-place",
      consequence: "Names and tags of the VPC's resources change in place (aws_vpc.tags, aws_subnet.tags).",
    }),
    m({
      attribute: "version|source",
      class: "in-place",
      basis: "unverified",
      consequence:
        "Another module version may change any resource it creates: run `terraform init -upgrade` and read the plan.",
    }),
  ];
}

/** Facts a condition can look at. */
export interface ConditionContext {
  readonly old: unknown;
  readonly new: unknown;
  /** The resource block after the change (attributes as written). */
  readonly after: Record<string, unknown>;
  /** The resource block before the change. */
  readonly before: Record<string, unknown>;
  /** Role of the resource in the stack (`lifecycle-object`, `data-bucket`, ...). */
  readonly role?: string;
}

const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v !== "" ? Number(v) : Number.NaN);
const RULE_SOURCES = ["cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"];

export const CONDITIONS: Record<Condition, (c: ConditionContext) => boolean> = {
  increase: (c) => num(c.new) > num(c.old),
  decrease: (c) => num(c.new) < num(c.old),
  scratch1: (c) => c.after.deployment_type === "SCRATCH_1" || c.before.deployment_type === "SCRATCH_1",
  "to-disabled": (c) => c.new === "Disabled" && c.old !== "Disabled",
  "not-persistent2": (c) => c.new !== undefined && c.after.deployment_type !== "PERSISTENT_2",
  "lifecycle-object": (c) => c.role === "lifecycle-object",
  "source-type": (c) => {
    const kinds = (b: Record<string, unknown>) =>
      RULE_SOURCES.filter((k) => b[k] !== undefined && b[k] !== null).join(",");
    return kinds(c.before) !== kinds(c.after);
  },
  append: (c) => {
    const a = Array.isArray(c.old) ? c.old : [];
    const b = Array.isArray(c.new) ? c.new : [];
    return b.length >= a.length && a.every((v, i) => JSON.stringify(v) === JSON.stringify(b[i]));
  },
  positions: () => true,
  "to-true": (c) => c.new === true && c.old !== true,
  "to-false": (c) => c.new === false && c.old !== false,
};

/** The rows of a type (and the `*` rows) that name `attribute`, conditional rows first. */
export function rowsFor(type: string, attribute: string): ImpactRow[] {
  return IMPACT_TABLE.filter(
    (r) => (r.type === type || r.type === "*") && r.attribute.split("|").includes(attribute),
  ).sort((a, b) => (a.type === "*" ? 1 : 0) - (b.type === "*" ? 1 : 0));
}

/** The row that classifies one change of `attribute`, or undefined when the table has none. */
export function classifyAttribute(type: string, attribute: string, ctx: ConditionContext): ImpactRow | undefined {
  return rowsFor(type, attribute).find((r) => !r.when || CONDITIONS[r.when](ctx));
}

/** Attributes of a type that the provider replaces the resource for, without a condition (for cascades). */
export function forceNewAttributes(type: string): Set<string> {
  return new Set(
    IMPACT_TABLE.filter((r) => r.type === type && r.class === "replace" && !r.when).flatMap((r) =>
      r.attribute.split("|"),
    ),
  );
}

/** Resource types whose replacement or destruction loses stored data or nodes. */
export const DATA_TYPES: Readonly<Record<string, string>> = {
  aws_fsx_lustre_file_system: "file system",
  aws_db_instance: "accounting database",
  awscc_sagemaker_cluster: "cluster",
};

/** What creating or destroying a whole resource of a type means. */
export const WHOLE_RESOURCE: Readonly<Record<string, { create: string; destroy: string }>> = {
  aws_fsx_lustre_file_system: {
    create: "A new, empty file system is created (10-30 minutes); nodes mount it only if their scripts name it.",
    destroy: `The file system is deleted. ${FSX_GONE}.`,
  },
  aws_fsx_data_repository_association: {
    create: "The file system path is linked to the bucket; existing objects are imported as metadata.",
    destroy: "The file system path is unlinked from the bucket: changes no longer sync.",
  },
  aws_db_instance: {
    create: "A new, empty accounting database is created (10-20 minutes); the controller configures slurmdbd for it.",
    destroy: `The accounting database is deleted. ${DB_GONE}.`,
  },
  aws_db_subnet_group: {
    create: "A new DB subnet group is created.",
    destroy: "The DB subnet group is deleted (RDS refuses while a database uses it).",
  },
  aws_s3_bucket: {
    create: "A new bucket is created.",
    destroy: "The bucket is deleted with its objects (or the apply fails if it is not empty and not force_destroy).",
  },
  aws_s3_object: {
    create: "The object is uploaded.",
    destroy: "The object is deleted from the bucket.",
  },
  awscc_sagemaker_cluster: {
    create: "A new HyperPod cluster is created (20-60 minutes); its nodes run the lifecycle scripts.",
    destroy: "The cluster is deleted: every node is terminated and running jobs are lost.",
  },
  aws_security_group: {
    create: "A new security group is created.",
    destroy: "The security group is deleted (the apply waits while anything still uses it).",
  },
  aws_iam_role: {
    create: "A new role is created.",
    destroy: "The role is deleted: nodes using it lose their permissions.",
  },
  aws_iam_policy: {
    create: "A new policy is created.",
    destroy: "The policy is deleted: its permissions are gone.",
  },
  aws_iam_role_policy_attachment: {
    create: "The permissions are attached to the role.",
    destroy: "The permissions are removed from the role.",
  },
  aws_vpc_endpoint: {
    create: "An S3 gateway endpoint is added to the route tables.",
    destroy: "The S3 endpoint is deleted: S3 traffic goes through NAT, or fails without one.",
  },
  [MOD]: {
    create: "A new VPC with its subnets, route tables and NAT gateways is created.",
    destroy: "The VPC and everything in it are deleted; the apply fails while the file system or cluster still use it.",
  },
};

/** Sentence for a whole-resource create or destroy of a type the map above does not name. */
export function wholeResource(type: string, action: "create" | "destroy"): string {
  return (
    WHOLE_RESOURCE[type]?.[action] ?? (action === "create" ? "The resource is created." : "The resource is deleted.")
  );
}

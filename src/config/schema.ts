/**
 * The one definition of `hyperpod.config.yaml`: zod validates the file with
 * it, and `npm run schema` turns the same definition into the JSON Schema
 * that editors use (`hyperpod.config.schema.json`).
 *
 * Every field is optional; a missing field takes the value the original
 * Terraform configuration used. Shape errors (unknown key, wrong type, value
 * outside an enum) are reported from here; rules that relate several values
 * live in `checks/`.
 */
import { z } from "zod";
import {
  DATA_COMPRESSION_TYPES,
  DEPLOYMENT_TYPES,
  LUSTRE_VERSIONS,
  METADATA_MODES,
  REPOSITORY_EVENTS,
  STORAGE_TYPES,
} from "../aws/fsx-lustre";
import { DEEP_HEALTH_CHECKS, NODE_RECOVERY_MODES } from "../aws/hyperpod";
import { ACCOUNTING_ENGINE_NAMES } from "../aws/rds";
import { ACCOUNTING_DEFAULTS, ACCOUNTING_MODES } from "../constructs/accounting-database.defaults";
import { CLUSTER_DEFAULTS, DEFAULT_INSTANCE_GROUPS } from "../constructs/cluster.defaults";
import { FLOW_LOG_DEFAULTS, FLOW_LOG_DESTINATIONS, FLOW_LOG_TRAFFIC_TYPES } from "../constructs/flow-logs.defaults";
import { LIFECYCLE_DEFAULTS } from "../constructs/lifecycle-scripts.defaults";
import { DATA_REPOSITORY_DEFAULTS, LUSTRE_DEFAULTS } from "../constructs/lustre-storage.defaults";
import { NAT_GATEWAY_MODES, NETWORK_DEFAULTS, VPC_DEFAULTS } from "../constructs/network.defaults";
import { BUCKET_DEFAULTS } from "../constructs/private-bucket.defaults";
import { DEFAULT_SECURITY_MODE, SECURITY_MODES } from "../constructs/security-groups.defaults";
import { MAX_NAME_PREFIX_LENGTH } from "../names";
import { MIN_REASON_LENGTH } from "./suppressions";

export const DEFAULT_REGION = "ap-northeast-1";
export const DEFAULT_NAME_PREFIX = "hyprpd-lustre";

const localBackend = z.strictObject({
  type: z.literal("local"),
  path: z.string().min(1).optional().describe("State file path. Default: cdktf's terraform.<stack>.tfstate"),
});

const s3Backend = z.strictObject({
  type: z.literal("s3"),
  bucket: z.string().min(1).describe("Existing S3 bucket that holds the state"),
  key: z.string().min(1).optional().describe("Object key. Default: hyperpod/<stack>/terraform.tfstate"),
  region: z.string().min(1).optional().describe("Region of the state bucket. Default: the cluster's region"),
  encrypt: z.boolean().default(true).describe("Server-side encryption of the state object"),
  useLockfile: z.boolean().default(true).describe("S3-native state locking (a .tflock object; Terraform >= 1.10)"),
  dynamodbTable: z.string().min(1).optional().describe("Legacy DynamoDB lock table (deprecated by Terraform)"),
});

const cloudBackend = z.strictObject({
  type: z.literal("cloud"),
  organization: z.string().min(1).describe("HCP Terraform / Terraform Enterprise organization"),
  workspace: z
    .string()
    .min(1)
    .optional()
    .describe("Workspace name. Default: <namePrefix>-<stack>, unless workspaceTags is set"),
  workspaceTags: z.array(z.string().min(1)).min(1).optional().describe("Select workspaces by tags instead of a name"),
  project: z.string().min(1).optional().describe("Project of the tagged workspaces"),
  hostname: z.string().min(1).optional().describe("Terraform Enterprise hostname. Default: app.terraform.io"),
});

export const backendSchema = z
  .discriminatedUnion("type", [localBackend, s3Backend, cloudBackend])
  .describe("Where Terraform keeps this stack's state");

const vpcSchema = z
  .strictObject({
    name: z.string().min(1).default(VPC_DEFAULTS.name).describe("Name of the VPC (module input `name`)"),
    cidr: z.string().default(VPC_DEFAULTS.cidr).describe("IPv4 CIDR block of the VPC"),
    azs: z.array(z.string()).min(1).optional().describe("Availability zone names. Default: [<region>a, <region>c]"),
    privateSubnets: z
      .array(z.string())
      .min(1)
      .default(VPC_DEFAULTS.privateSubnets)
      .describe("Private subnet CIDRs (nodes and file system); subnet i goes to azs[i % azs.length]"),
    publicSubnets: z
      .array(z.string())
      .default(VPC_DEFAULTS.publicSubnets)
      .describe("Public subnet CIDRs (NAT gateways)"),
    natGateways: z
      .enum(NAT_GATEWAY_MODES)
      .default(VPC_DEFAULTS.natGateways)
      .describe(
        "per-private-subnet: the module's default with enable_nat_gateway (the original); single: one NAT gateway; one-per-az: one per AZ; none: no NAT gateway",
      ),
  })
  .describe("Create a VPC through terraform-aws-modules/vpc");

const existingVpcSchema = z
  .strictObject({
    vpcId: z.string().describe("vpc-... of an existing VPC"),
    privateSubnetIds: z.array(z.string()).min(1).describe("subnet-... ids; network.subnetIndex picks the one used"),
    availabilityZones: z
      .array(z.string())
      .optional()
      .describe("AZ of each private subnet, in the same order (checked against the region)"),
    routeTableIds: z.array(z.string()).optional().describe("Route tables for the S3 gateway endpoint"),
  })
  .describe("Use an existing VPC instead of creating one");

const flowLogsSchema = z.strictObject({
  enabled: z
    .boolean()
    .optional()
    .describe("VPC flow logs of a created VPC (not applicable to an existing VPC). Default: production"),
  destination: z.enum(FLOW_LOG_DESTINATIONS).default(FLOW_LOG_DEFAULTS.destination).describe("Where flow logs go"),
  retentionDays: z
    .number()
    .int()
    .default(FLOW_LOG_DEFAULTS.retentionDays)
    .describe("Days the CloudWatch Logs group keeps the records (a value CloudWatch Logs accepts)"),
  s3BucketArn: z
    .string()
    .min(1)
    .optional()
    .describe("With destination s3: ARN (arn:aws:s3:::<bucket>) of an existing bucket that accepts flow logs"),
  trafficType: z
    .enum(FLOW_LOG_TRAFFIC_TYPES)
    .default(FLOW_LOG_DEFAULTS.trafficType)
    .describe("Which traffic is logged"),
});

export const networkSchema = z.strictObject({
  vpc: vpcSchema.optional(),
  existingVpc: existingVpcSchema.optional(),
  flowLogs: flowLogsSchema.default(flowLogsSchema.parse({})),
  s3Endpoint: z
    .boolean()
    .default(NETWORK_DEFAULTS.s3Endpoint)
    .describe("Create an S3 gateway endpoint on the private route tables"),
  subnetIndex: z
    .number()
    .int()
    .min(0)
    .default(NETWORK_DEFAULTS.subnetIndex)
    .describe("Which private subnet (and so which AZ) holds the file system and the cluster"),
});

const metadataSchema = z.strictObject({
  mode: z.enum(METADATA_MODES).describe("AUTOMATIC scales metadata IOPS with capacity; USER_PROVISIONED fixes them"),
  iops: z.number().int().optional().describe("Only with USER_PROVISIONED"),
});

export const dataRepositorySchema = z.strictObject({
  enabled: z.boolean().default(true).describe("Link the file system to S3 with a data repository association"),
  existingBucket: z
    .string()
    .min(1)
    .optional()
    .describe("Use this bucket instead of creating <namePrefix>-hyperpod-data-<account>"),
  s3Prefix: z.string().default(DATA_REPOSITORY_DEFAULTS.s3Prefix).describe("Prefix inside the bucket, e.g. datasets/"),
  fileSystemPath: z
    .string()
    .default(DATA_REPOSITORY_DEFAULTS.fileSystemPath)
    .describe("Directory of the file system linked to the bucket"),
  importEvents: z
    .array(z.enum(REPOSITORY_EVENTS))
    .default([...DATA_REPOSITORY_DEFAULTS.importEvents])
    .describe("S3 changes imported into the file system automatically"),
  exportEvents: z
    .array(z.enum(REPOSITORY_EVENTS))
    .default([...DATA_REPOSITORY_DEFAULTS.exportEvents])
    .describe("File system changes exported to S3 automatically"),
  importMetadataOnCreate: z.boolean().optional().describe("Run an import of existing objects' metadata on create"),
  importedFileChunkSize: z.number().int().optional().describe("MiB, 1-512000 (AWS default 1024)"),
  forceDestroy: z
    .boolean()
    .default(DATA_REPOSITORY_DEFAULTS.forceDestroy)
    .describe("Let `destroy` empty and delete a created data bucket (the original did; off by default)"),
  // Optional rather than defaulted, so that the checks can tell a value set next to existingBucket.
  versioning: z
    .boolean()
    .optional()
    .describe(
      `Versioning of a created data bucket (the file system exports deletions to it). false is reported by POL-S3-VERSIONING until a suppression gives the reason. Default: ${DATA_REPOSITORY_DEFAULTS.versioning}`,
    ),
  // Optional rather than defaulted, so that the checks can tell a value set next to existingBucket.
  demoObject: z
    .boolean()
    .optional()
    .describe(
      `Put hello_from_s3.txt in a created data bucket (ignored with existingBucket). Default: ${DATA_REPOSITORY_DEFAULTS.demoObject}`,
    ),
});

export const fsxSchema = z.strictObject({
  deploymentType: z
    .enum(DEPLOYMENT_TYPES)
    .default(LUSTRE_DEFAULTS.deploymentType)
    .describe("FSx for Lustre deployment type"),
  storageType: z.enum(STORAGE_TYPES).default(LUSTRE_DEFAULTS.storageType).describe("HDD only with PERSISTENT_1"),
  storageCapacity: z.number().int().default(LUSTRE_DEFAULTS.storageCapacity).describe("GiB"),
  perUnitStorageThroughput: z
    .number()
    .int()
    .optional()
    .describe("MB/s/TiB. Default: 250 for PERSISTENT_2; required for PERSISTENT_1"),
  dataCompression: z.enum(DATA_COMPRESSION_TYPES).default(LUSTRE_DEFAULTS.dataCompression).describe("Data compression"),
  lustreVersion: z.enum(LUSTRE_VERSIONS).default(LUSTRE_DEFAULTS.lustreVersion).describe("Lustre version"),
  metadata: metadataSchema
    .optional()
    .describe(
      "Metadata configuration (PERSISTENT_2 only). Default: { mode: AUTOMATIC } on PERSISTENT_2, none otherwise",
    ),
  efaEnabled: z
    .boolean()
    .default(LUSTRE_DEFAULTS.efaEnabled)
    .describe("EFA-enabled file system (PERSISTENT_2 + metadata + efa mode)"),
  mountPoint: z.string().default(LIFECYCLE_DEFAULTS.mountPoint).describe("Where nodes mount the file system"),
  dataRepository: dataRepositorySchema.default(dataRepositorySchema.parse({})),
});

const accessLogsSchema = z.strictObject({
  enabled: z.boolean().default(false).describe("S3 server access logging of every bucket this app creates"),
  targetBucket: z
    .string()
    .min(1)
    .optional()
    .describe("Existing bucket that receives the logs. Default: a created <namePrefix>-hyperpod-logs-<account>"),
  prefix: z
    .string()
    .default("s3-access-logs/")
    .describe("Key prefix of the logs; each bucket logs under <prefix><bucket name>/"),
});

export const bucketsSchema = z.strictObject({
  noncurrentVersionExpirationDays: z
    .number()
    .int()
    .min(1)
    .default(BUCKET_DEFAULTS.noncurrentVersionExpirationDays)
    .describe("Days the lifecycle rule of every created bucket keeps a version after it stopped being current"),
  abortIncompleteMultipartUploadDays: z
    .number()
    .int()
    .min(1)
    .default(BUCKET_DEFAULTS.abortIncompleteMultipartUploadDays)
    .describe("Days after which the lifecycle rule of every created bucket aborts an incomplete multipart upload"),
  accessLogs: accessLogsSchema.default(accessLogsSchema.parse({})),
});

export const encryptionSchema = z.strictObject({
  kmsKeyArn: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Customer managed KMS key (arn:aws:kms:<region>:<account>:key/<id>) for the created buckets (SSE-KMS with bucket keys), the flow log group and, when opted in, the file system and the cluster's EBS volumes. Default: AWS managed keys",
    ),
  createKey: z
    .boolean()
    .default(false)
    .describe("Create one customer managed key for this stack (rotation on), used as kmsKeyArn would be"),
  fileSystem: z
    .boolean()
    .default(false)
    .describe(
      "Encrypt the FSx file system with the key (kms_key_id). Creation-time choice: on a deployed stack it REPLACES the file system and its data",
    ),
  clusterVolumes: z
    .boolean()
    .default(false)
    .describe(
      "Encrypt the instance groups' extra EBS volumes with the key (volume_kms_key_id; continuous node provisioning). Creation-time choice",
    ),
});

export const instanceGroupSchema = z.strictObject({
  name: z.string().describe("Instance group name (also the Slurm node group)"),
  role: z.enum(["controller", "login", "worker"]).describe("Slurm role of the nodes of the group"),
  instanceType: z.string().describe("ml.* instance type"),
  count: z.number().int().default(CLUSTER_DEFAULTS.instanceCount).describe("Number of instances"),
  partition: z.string().min(1).optional().describe("Slurm partition of a worker group. Default: the group name"),
  threadsPerCore: z.number().int().optional().describe("1 or 2"),
  ebsVolumeSizeGb: z.number().int().optional().describe("Extra EBS volume at /opt/sagemaker, 1-16384 GiB"),
  deepHealthChecks: z.array(z.enum(DEEP_HEALTH_CHECKS)).optional().describe("On-start deep health checks"),
});

export const lifecycleSchema = z.strictObject({
  onCreate: z
    .string()
    .min(1)
    .max(128)
    .default(LIFECYCLE_DEFAULTS.onCreate)
    .describe("Entry script in lifecycle-scripts/"),
  defaultUser: z
    .string()
    .min(1)
    .default(LIFECYCLE_DEFAULTS.defaultUser)
    .describe("User whose home moves to the shared mount"),
  containerRuntime: z.boolean().default(false).describe("Configure enroot and the pyxis Slurm plugin"),
  sshKeys: z
    .boolean()
    .default(true)
    .describe("Passwordless SSH between nodes: one key pair per user in the shared home, ssh client settings"),
  localContainerStorage: z
    .boolean()
    .default(true)
    .describe("enroot and Docker storage on local NVMe (/opt/dlami/nvme) or /opt/sagemaker, never the root volume"),
  slurmLogRotation: z.boolean().default(true).describe("logrotate configuration for /var/log/slurm/*.log"),
  users: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        uid: z.number().int(),
        gid: z.number().int().optional(),
        shell: z.string().optional(),
      }),
    )
    .default([])
    .describe("Extra users created on every node with fixed ids"),
});

const A = ACCOUNTING_DEFAULTS;

export const accountingSchema = z
  .strictObject({
    mode: z
      .enum(ACCOUNTING_MODES)
      .default(A.mode)
      .describe(
        "none: no accounting (sacct shows nothing); rds: the stack creates an RDS database and slurmdbd on the controller uses it; external: slurmdbd uses the database and secret given here",
      ),
    engine: z
      .enum(ACCOUNTING_ENGINE_NAMES as [string, ...string[]])
      .optional()
      .describe(`With mode rds; database engine. Default: ${A.engine}`),
    engineVersion: z
      .string()
      .optional()
      .describe(
        `With mode rds; major version. Default: ${A.engineVersion.mariadb} (mariadb), ${A.engineVersion.mysql} (mysql)`,
      ),
    instanceClass: z.string().optional().describe(`With mode rds; DB instance class. Default: ${A.instanceClass}`),
    allocatedStorageGib: z
      .number()
      .int()
      .optional()
      .describe(`With mode rds; gp3 storage in GiB. Default: ${A.allocatedStorageGib}`),
    backupRetentionDays: z
      .number()
      .int()
      .optional()
      .describe(`With mode rds; days of automated backups. Default: ${A.backupRetentionDays}`),
    multiAz: z.boolean().optional().describe(`With mode rds; a standby in a second AZ. Default: ${A.multiAz}`),
    endpoint: z.string().optional().describe("With mode external (required); host name of the MySQL/MariaDB server"),
    port: z.number().int().optional().describe("With mode external; port of the server. Default: 3306"),
    secretArn: z
      .string()
      .optional()
      .describe("With mode external (required); Secrets Manager secret holding JSON with username and password"),
  })
  .describe("Slurm accounting (slurmdbd on the controller and its database)");

export const suppressionSchema = z.strictObject({
  id: z.string().min(1).describe("Check code or policy rule id"),
  reason: z.string().describe(`Why (at least ${MIN_REASON_LENGTH} characters)`),
  resource: z.string().optional().describe("Only for this construct path (policy rules) or config path (checks)"),
});

/** Settings of one cluster (one stack). */
export const clusterSettingsSchema = z.strictObject({
  region: z.string().default(DEFAULT_REGION).describe("AWS region of the providers"),
  namePrefix: z
    .string()
    .default(DEFAULT_NAME_PREFIX)
    .describe(
      `Prefix of every name (buckets, roles, groups). At most ${MAX_NAME_PREFIX_LENGTH} characters of lower-case letters, digits and hyphens: it goes into <namePrefix>-hyperpod-lifecycle-<account id>, an S3 bucket name (63 at most)`,
    ),
  clusterName: z.string().optional().describe("HyperPod cluster name. Default: <namePrefix>-cluster"),
  production: z.boolean().default(false).describe("Marks a production environment (turns protect on)"),
  protect: z
    .boolean()
    .optional()
    .describe("prevent_destroy on the file system, data bucket and cluster. Default: production"),
  tags: z
    .record(z.string(), z.string())
    .optional()
    .describe(
      "Tags on every taggable resource: aws provider default_tags and the cluster's tag list. Default: { Project: <namePrefix>, ManagedBy: cdktf }",
    ),
  backend: backendSchema.default({ type: "local" }),
  network: networkSchema.default(networkSchema.parse({})),
  securityMode: z
    .enum(SECURITY_MODES)
    .default(DEFAULT_SECURITY_MODE)
    .describe(
      "efa: all traffic within and between the two security groups, with explicit self egress (the original); lustre-ports: only TCP 988 and 1018-1023 between them. The cluster group keeps its egress to 0.0.0.0/0 either way",
    ),
  fsx: fsxSchema.default(fsxSchema.parse({})),
  buckets: bucketsSchema.default(bucketsSchema.parse({})),
  encryption: encryptionSchema.default(encryptionSchema.parse({})),
  instanceGroups: z
    .array(instanceGroupSchema)
    .default(DEFAULT_INSTANCE_GROUPS)
    .describe("The instance groups of the cluster; provisioning_parameters.json is derived from them"),
  nodeRecovery: z.enum(NODE_RECOVERY_MODES).optional().describe("Node recovery. Default: AWS default (Automatic)"),
  lifecycle: lifecycleSchema.default(lifecycleSchema.parse({})),
  accounting: accountingSchema.default(accountingSchema.parse({})),
  suppressions: z.array(suppressionSchema).default([]).describe("Silence a check code or policy rule, with a reason"),
});

export type ClusterSettings = z.output<typeof clusterSettingsSchema>;
export type InstanceGroupSettings = z.output<typeof instanceGroupSchema>;
export type BackendSettings = z.output<typeof backendSchema>;
export type AccountingSettings = z.output<typeof accountingSchema>;

/** JSON Schema of the file, for editors. `clusters` entries take the same settings. */
export function configJsonSchema(): Record<string, unknown> {
  const settings = z.toJSONSchema(clusterSettingsSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    any
  >;
  const { $schema, ...settingsBody } = settings;
  const properties = {
    $schema: { type: "string" },
    ...settingsBody.properties,
    clusters: {
      description: "One entry per cluster/environment; each becomes its own stack and overrides the top-level settings",
      type: "object",
      propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9-]*$" },
      additionalProperties: { $ref: "#/$defs/clusterSettings" },
    },
  };
  return {
    $schema,
    $id: "hyperpod.config.schema.json",
    title: "hyperpod.config.yaml",
    description: "Configuration of the HyperPod + FSx for Lustre CDKTF app",
    type: "object",
    properties,
    additionalProperties: false,
    $defs: { clusterSettings: { ...settingsBody, properties: { ...settingsBody.properties } } },
  };
}

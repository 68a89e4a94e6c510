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

export const DEFAULT_REGION = "ap-northeast-1";
export const DEFAULT_NAME_PREFIX = "hyprpd-lustre";

export const DEPLOYMENT_TYPES = ["SCRATCH_1", "SCRATCH_2", "PERSISTENT_1", "PERSISTENT_2"] as const;
export const REPOSITORY_EVENTS = ["NEW", "CHANGED", "DELETED"] as const;
export const DEEP_HEALTH_CHECKS = ["InstanceStress", "InstanceConnectivity"] as const;
export const SECURITY_MODES = ["efa", "lustre-ports"] as const;
export const NAT_GATEWAY_MODES = ["per-private-subnet", "single", "one-per-az", "none"] as const;

const allEvents = [...REPOSITORY_EVENTS];

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
    name: z.string().min(1).default("sagemaker-hyperpod").describe("Name of the VPC (module input `name`)"),
    cidr: z.string().default("10.0.0.0/16"),
    azs: z.array(z.string()).min(1).optional().describe("Availability zone names. Default: [<region>a, <region>c]"),
    privateSubnets: z.array(z.string()).min(1).default(["10.0.1.0/24"]),
    publicSubnets: z.array(z.string()).default(["10.0.101.0/24"]),
    natGateways: z
      .enum(NAT_GATEWAY_MODES)
      .default("per-private-subnet")
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
      .describe("AZ of each private subnet, in the same order (lets synth check placement)"),
    routeTableIds: z.array(z.string()).optional().describe("Route tables for the S3 gateway endpoint"),
  })
  .describe("Use an existing VPC instead of creating one");

/** The original's VPC: what `network.vpc` stands for when left out (AZs come from the region). */
export const VPC_DEFAULTS = vpcSchema.parse({});

export const networkSchema = z.strictObject({
  vpc: vpcSchema.optional(),
  existingVpc: existingVpcSchema.optional(),
  s3Endpoint: z.boolean().default(true).describe("Create an S3 gateway endpoint on the private route tables"),
  subnetIndex: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("Which private subnet (and so which AZ) holds the file system and the cluster"),
});

const metadataSchema = z.strictObject({
  mode: z.enum(["AUTOMATIC", "USER_PROVISIONED"]),
  iops: z.number().int().optional().describe("Only with USER_PROVISIONED"),
});

export const dataRepositorySchema = z.strictObject({
  enabled: z.boolean().default(true).describe("Link the file system to S3 with a data repository association"),
  existingBucket: z
    .string()
    .min(1)
    .optional()
    .describe("Use this bucket instead of creating <namePrefix>-hyperpod-data-<account>"),
  s3Prefix: z.string().default("").describe("Prefix inside the bucket, e.g. datasets/"),
  fileSystemPath: z.string().default("/").describe("Directory of the file system linked to the bucket"),
  importEvents: z.array(z.enum(REPOSITORY_EVENTS)).default(allEvents),
  exportEvents: z.array(z.enum(REPOSITORY_EVENTS)).default(allEvents),
  importMetadataOnCreate: z.boolean().optional().describe("Run an import of existing objects' metadata on create"),
  importedFileChunkSize: z.number().int().optional().describe("MiB, 1-512000 (AWS default 1024)"),
  forceDestroy: z
    .boolean()
    .default(false)
    .describe("Let `destroy` empty and delete a created data bucket (the original did; off by default)"),
  versioning: z.boolean().default(false).describe("Turn on versioning of a created data bucket"),
  demoObject: z
    .boolean()
    .optional()
    .describe("Put hello_from_s3.txt in a created data bucket. Default: true (ignored with existingBucket)"),
});

export const fsxSchema = z.strictObject({
  deploymentType: z.enum(DEPLOYMENT_TYPES).default("PERSISTENT_2"),
  storageType: z.enum(["SSD", "HDD"]).default("SSD"),
  storageCapacity: z.number().int().default(1200).describe("GiB"),
  perUnitStorageThroughput: z
    .number()
    .int()
    .optional()
    .describe("MB/s/TiB. Default: 250 for PERSISTENT_2; required for PERSISTENT_1"),
  dataCompression: z.enum(["NONE", "LZ4"]).default("LZ4"),
  lustreVersion: z.enum(["2.10", "2.12", "2.15"]).default("2.15"),
  metadata: metadataSchema.optional().describe("Default: { mode: AUTOMATIC } on PERSISTENT_2, none otherwise"),
  efaEnabled: z.boolean().default(false).describe("EFA-enabled file system (PERSISTENT_2 + metadata + efa mode)"),
  mountPoint: z.string().default("/fsx").describe("Where nodes mount the file system"),
  dataRepository: dataRepositorySchema.default(dataRepositorySchema.parse({})),
});

export const instanceGroupSchema = z.strictObject({
  name: z.string().describe("Instance group name (also the Slurm node group)"),
  role: z.enum(["controller", "login", "worker"]),
  instanceType: z.string().describe("ml.* instance type"),
  count: z.number().int().default(1),
  partition: z.string().min(1).optional().describe("Slurm partition of a worker group. Default: the group name"),
  threadsPerCore: z.number().int().optional().describe("1 or 2"),
  ebsVolumeSizeGb: z.number().int().optional().describe("Extra EBS volume at /opt/sagemaker, 1-16384 GiB"),
  deepHealthChecks: z.array(z.enum(DEEP_HEALTH_CHECKS)).optional().describe("On-start deep health checks"),
});

export const lifecycleSchema = z.strictObject({
  onCreate: z.string().min(1).max(128).default("on_create.sh").describe("Entry script in lifecycle-scripts/"),
  defaultUser: z.string().min(1).default("ubuntu").describe("User whose home moves to the shared mount"),
  containerRuntime: z.boolean().default(false).describe("Configure enroot/pyxis with caches on the shared mount"),
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

/** Shortest reason (trimmed) a suppression must give, for check codes and policy rules alike. */
export const MIN_REASON_LENGTH = 10;

/** Whether a suppression explains itself well enough to take effect. */
export function hasValidReason(s: { readonly reason: string }): boolean {
  return s.reason.trim().length >= MIN_REASON_LENGTH;
}

export const suppressionSchema = z.strictObject({
  id: z.string().min(1).describe("Check code or policy rule id"),
  reason: z.string().describe("Why (at least 10 characters)"),
  resource: z.string().optional().describe("Only for this construct path (policy rules) or config path (checks)"),
});

const DEFAULT_GROUPS = [
  { name: "controller-group", role: "controller" as const, instanceType: "ml.t3.medium", count: 1 },
];

/** Settings of one cluster (one stack). */
export const clusterSettingsSchema = z.strictObject({
  region: z.string().default(DEFAULT_REGION),
  namePrefix: z.string().default(DEFAULT_NAME_PREFIX).describe("Prefix of every name (buckets, roles, groups)"),
  clusterName: z.string().optional().describe("Default: <namePrefix>-cluster"),
  production: z.boolean().default(false).describe("Marks a production environment (turns protect on)"),
  protect: z
    .boolean()
    .optional()
    .describe("prevent_destroy on the file system, data bucket and cluster. Default: production"),
  tags: z
    .record(z.string(), z.string())
    .optional()
    .describe("Tags on every taggable resource. Default: { Project: <namePrefix>, ManagedBy: cdktf }"),
  backend: backendSchema.default({ type: "local" }),
  network: networkSchema.default(networkSchema.parse({})),
  securityMode: z.enum(SECURITY_MODES).default("efa"),
  fsx: fsxSchema.default(fsxSchema.parse({})),
  instanceGroups: z.array(instanceGroupSchema).default(DEFAULT_GROUPS),
  nodeRecovery: z.enum(["Automatic", "None"]).optional(),
  lifecycle: lifecycleSchema.default(lifecycleSchema.parse({})),
  suppressions: z.array(suppressionSchema).default([]),
});

export type ClusterSettings = z.output<typeof clusterSettingsSchema>;
export type InstanceGroupSettings = z.output<typeof instanceGroupSchema>;
export type BackendSettings = z.output<typeof backendSchema>;

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

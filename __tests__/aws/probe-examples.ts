/**
 * One example change per (row, attribute) of the impact table's aws rows:
 * a resource before and after, in Terraform JSON. The probe test plans all
 * of them at once with the real provider; the table-driven test feeds the
 * same pairs to the classifier.
 */
import type { TfJson } from "../support/synth";

export interface Example {
  /** Impact table row id. */
  readonly row: string;
  /** The attribute of the row this example changes. */
  readonly attribute: string;
  readonly type: string;
  readonly before: TfJson;
  readonly after: TfJson;
  /** Extra attributes only the prior state holds (computed values the config leaves out). */
  readonly state?: TfJson;
}

const ARN_KEY_A = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666";
const ARN_KEY_B = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-1111-2222-3333-777788889999";
const POLICY_A = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::a-bucket/*" }],
});
const POLICY_B = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::a-bucket" }],
});
const TRUST = (service: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: service } }],
  });

const ex: Example[] = [];
/** An example whose `before`/`after` are `base` with one attribute set to `o` / `n` (undefined: left out). */
function pair(
  row: string,
  type: string,
  base: TfJson,
  attribute: string,
  o: unknown,
  n: unknown,
  state?: TfJson,
  path = attribute,
) {
  const set = (v: unknown) => {
    const b = { ...base };
    if (v === undefined) delete b[path];
    else b[path] = v;
    return b;
  };
  ex.push({ row, attribute, type, before: set(o), after: set(n), state });
}

// ---- FSx for Lustre
const FSX = "aws_fsx_lustre_file_system";
const fsxBase = {
  subnet_ids: ["subnet-0a1a1a1a1a1a1a1a1"],
  security_group_ids: ["sg-0a1a1a1a1a1a1a1a1"],
  deployment_type: "PERSISTENT_2",
  storage_type: "SSD",
  storage_capacity: 1200,
  per_unit_storage_throughput: 250,
  file_system_type_version: "2.15",
};
const scratch2 = { subnet_ids: ["subnet-0a1a1a1a1a1a1a1a1"], deployment_type: "SCRATCH_2", storage_capacity: 1200 };
const p1hdd = {
  subnet_ids: ["subnet-0a1a1a1a1a1a1a1a1"],
  deployment_type: "PERSISTENT_1",
  storage_type: "HDD",
  storage_capacity: 6000,
  per_unit_storage_throughput: 12,
};
const f = (row: string, attribute: string, o: unknown, n: unknown, base: TfJson = fsxBase, state?: TfJson) =>
  pair(`${FSX}.${row}`, FSX, base, attribute, o, n, state);
f("storage_capacity.decrease", "storage_capacity", 2400, 1200);
f("storage_capacity.scratch1", "storage_capacity", 1200, 2400, {
  subnet_ids: ["subnet-0a1a1a1a1a1a1a1a1"],
  deployment_type: "SCRATCH_1",
});
f("storage_capacity", "storage_capacity", 1200, 2400);
f("per_unit_storage_throughput", "per_unit_storage_throughput", 250, 500);
ex.push({
  row: `${FSX}.metadata_configuration.iops.decrease`,
  attribute: "metadata_configuration.iops",
  type: FSX,
  before: { ...fsxBase, metadata_configuration: [{ mode: "USER_PROVISIONED", iops: 3000 }] },
  after: { ...fsxBase, metadata_configuration: [{ mode: "USER_PROVISIONED", iops: 1500 }] },
});
ex.push({
  row: `${FSX}.metadata_configuration.not-persistent2`,
  attribute: "metadata_configuration",
  type: FSX,
  before: { ...fsxBase, deployment_type: "PERSISTENT_1", per_unit_storage_throughput: 200 },
  after: {
    ...fsxBase,
    deployment_type: "PERSISTENT_1",
    per_unit_storage_throughput: 200,
    metadata_configuration: [{ mode: "AUTOMATIC" }],
  },
});
ex.push({
  row: `${FSX}.metadata_configuration`,
  attribute: "metadata_configuration",
  type: FSX,
  before: { ...fsxBase, metadata_configuration: [{ mode: "AUTOMATIC" }] },
  after: { ...fsxBase, metadata_configuration: [{ mode: "USER_PROVISIONED", iops: 3000 }] },
  state: { metadata_configuration: [{ mode: "AUTOMATIC", iops: 1500 }] },
});
f("data_compression_type", "data_compression_type", "NONE", "LZ4");
f(
  "log_configuration",
  "log_configuration",
  [{ level: "DISABLED" }],
  [{ level: "WARN_ERROR", destination: "arn:aws:logs:us-east-1:111122223333:log-group:/aws/fsx/probe" }],
);
f("root_squash_configuration", "root_squash_configuration", undefined, [{ root_squash: "65534:65534" }]);
f("weekly_maintenance_start_time", "weekly_maintenance_start_time", "1:05:00", "2:05:00");
f("weekly_maintenance_start_time", "automatic_backup_retention_days", 0, 7);
f("weekly_maintenance_start_time", "daily_automatic_backup_start_time", "05:00", "06:00", {
  ...fsxBase,
  automatic_backup_retention_days: 7,
});
f("weekly_maintenance_start_time", "auto_import_policy", "NEW", "NEW_CHANGED", {
  ...scratch2,
  import_path: "s3://a-bucket",
});
f("skip_final_backup", "skip_final_backup", true, false);
f("skip_final_backup", "final_backup_tags", { a: "1" }, { a: "2" }, { ...fsxBase, skip_final_backup: false });
f("tags", "tags", { a: "1" }, { a: "2" });
f("security_group_ids", "security_group_ids", ["sg-0a1a1a1a1a1a1a1a1"], ["sg-0b2b2b2b2b2b2b2b2"]);
f("subnet_ids", "subnet_ids", ["subnet-0a1a1a1a1a1a1a1a1"], ["subnet-0b2b2b2b2b2b2b2b2"]);
f("deployment_type", "deployment_type", "PERSISTENT_1", "PERSISTENT_2", {
  ...fsxBase,
  per_unit_storage_throughput: 200,
});
f("storage_type", "storage_type", "SSD", "HDD", {
  ...fsxBase,
  deployment_type: "PERSISTENT_1",
  per_unit_storage_throughput: 12,
});
f("kms_key_id", "kms_key_id", ARN_KEY_A, ARN_KEY_B);
f(
  "efa_enabled",
  "efa_enabled",
  false,
  true,
  { ...fsxBase, metadata_configuration: [{ mode: "AUTOMATIC" }] },
  {
    metadata_configuration: [{ mode: "AUTOMATIC", iops: 1500 }],
  },
);
f("file_system_type_version", "file_system_type_version", "2.12", "2.15");
f("copy_tags_to_backups", "copy_tags_to_backups", false, true);
f("drive_cache_type", "drive_cache_type", "NONE", "READ", p1hdd);
f("drive_cache_type", "import_path", "s3://a-bucket", "s3://b-bucket", scratch2);
f("drive_cache_type", "export_path", "s3://a-bucket/x", "s3://a-bucket/y", {
  ...scratch2,
  import_path: "s3://a-bucket",
});
f("drive_cache_type", "imported_file_chunk_size", 1024, 2048, { ...scratch2, import_path: "s3://a-bucket" });
f("drive_cache_type", "backup_id", "backup-0a1b2c3d4e5f60718", "backup-0b2c3d4e5f6071829");

// ---- data repository association
const DRA = "aws_fsx_data_repository_association";
const draBase = {
  file_system_id: "fs-0a1a1a1a1a1a1a1a1",
  file_system_path: "/",
  data_repository_path: "s3://a-bucket",
};
const d = (row: string, attribute: string, o: unknown, n: unknown) =>
  pair(`${DRA}.${row}`, DRA, draBase, attribute, o, n);
d("file_system_id", "file_system_id", "fs-0a1a1a1a1a1a1a1a1", "fs-0b2b2b2b2b2b2b2b2");
d("file_system_path", "file_system_path", "/", "/ns");
d("data_repository_path", "data_repository_path", "s3://a-bucket", "s3://b-bucket");
d(
  "s3",
  "s3",
  [{ auto_import_policy: [{ events: ["NEW"] }] }],
  [{ auto_import_policy: [{ events: ["NEW", "CHANGED"] }] }],
);
d("s3", "imported_file_chunk_size", 1024, 2048);
d("batch_import_meta_data_on_create", "batch_import_meta_data_on_create", false, true);
d("delete_data_in_filesystem", "delete_data_in_filesystem", false, true);
d("tags", "tags", { a: "1" }, { a: "2" });

// ---- S3
const b = (row: string, attribute: string, o: unknown, n: unknown, base: TfJson = { bucket: "a-bucket" }) =>
  pair(`aws_s3_bucket.${row}`, "aws_s3_bucket", base, attribute, o, n);
b("bucket", "bucket", "a-bucket", "b-bucket");
b("bucket", "bucket_prefix", "a-", "b-", {});
b("object_lock_enabled", "object_lock_enabled", false, true);
b("force_destroy", "force_destroy", false, true);
b("tags", "tags", { a: "1" }, { a: "2" });

const V = "aws_s3_bucket_versioning";
const vBase = { bucket: "a-bucket", versioning_configuration: [{ status: "Enabled" }] };
pair(`${V}.bucket`, V, vBase, "bucket", "a-bucket", "b-bucket");
pair(`${V}.bucket`, V, vBase, "expected_bucket_owner", "111122223333", "444455556666");
pair(
  `${V}.versioning_configuration.status.to-disabled`,
  V,
  vBase,
  "versioning_configuration.status",
  [{ status: "Enabled" }],
  [{ status: "Disabled" }],
  undefined,
  "versioning_configuration",
);
pair(
  `${V}.versioning_configuration`,
  V,
  vBase,
  "versioning_configuration",
  [{ status: "Enabled" }],
  [{ status: "Suspended" }],
);

const bucketOnly = (type: string, base: TfJson, extra: [string, unknown, unknown][]) => {
  pair(`${type}.bucket`, type, base, "bucket", "a-bucket", "b-bucket");
  for (const [attribute, o, n] of extra) {
    const row = IN_PLACE_ROW[type];
    pair(`${type}.${row}`, type, base, attribute, o, n);
  }
};
const IN_PLACE_ROW: Record<string, string> = {
  aws_s3_bucket_policy: "policy",
  aws_s3_bucket_public_access_block: "block_public_acls",
  aws_s3_bucket_ownership_controls: "rule",
  aws_s3_bucket_server_side_encryption_configuration: "rule",
};
bucketOnly("aws_s3_bucket_policy", { bucket: "a-bucket", policy: POLICY_A }, [["policy", POLICY_A, POLICY_B]]);
const pab = {
  bucket: "a-bucket",
  block_public_acls: true,
  block_public_policy: true,
  ignore_public_acls: true,
  restrict_public_buckets: true,
};
bucketOnly(
  "aws_s3_bucket_public_access_block",
  pab,
  ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"].map(
    (k) => [k, true, false] as [string, unknown, unknown],
  ),
);
bucketOnly(
  "aws_s3_bucket_ownership_controls",
  { bucket: "a-bucket", rule: [{ object_ownership: "BucketOwnerEnforced" }] },
  [["rule", [{ object_ownership: "BucketOwnerEnforced" }], [{ object_ownership: "BucketOwnerPreferred" }]]],
);
const SSE = "aws_s3_bucket_server_side_encryption_configuration";
const sseRule = (alg: string) => [{ apply_server_side_encryption_by_default: [{ sse_algorithm: alg }] }];
bucketOnly(SSE, { bucket: "a-bucket", rule: sseRule("AES256") }, [["rule", sseRule("AES256"), sseRule("aws:kms")]]);
pair(
  `${SSE}.bucket`,
  SSE,
  { bucket: "a-bucket", rule: sseRule("AES256") },
  "expected_bucket_owner",
  "111122223333",
  "444455556666",
);

const O = "aws_s3_object";
const oBase = { bucket: "a-bucket", key: "k" };
pair(`${O}.bucket`, O, oBase, "bucket", "a-bucket", "b-bucket");
pair(`${O}.bucket`, O, oBase, "key", "k", "k2");
for (const [attribute, o, n] of [
  ["content", "x", "y"],
  ["content_base64", "eA==", "eQ=="],
  ["source", "/tmp/probe-a", "/tmp/probe-b"],
  ["source_hash", "a", "b"],
  ["etag", "0cc175b9c0f1b6a831c399e269772661", "92eb5ffee6ae2fec3ad71c777531578f"],
  ["content_type", "text/plain", "application/json"],
  ["metadata", { a: "1" }, { a: "2" }],
  ["cache_control", "no-cache", "max-age=60"],
  ["kms_key_id", ARN_KEY_A, ARN_KEY_B],
  ["server_side_encryption", "AES256", "aws:kms"],
  ["storage_class", "STANDARD", "STANDARD_IA"],
] as [string, unknown, unknown][]) {
  pair(`${O}.content`, O, oBase, attribute, o, n);
}
pair(`${O}.tags`, O, oBase, "tags", { a: "1" }, { a: "2" });
pair(`${O}.tags`, O, oBase, "acl", "private", "bucket-owner-full-control");

// ---- S3 lifecycle rules and access logging
const LC = "aws_s3_bucket_lifecycle_configuration";
const lcRule = (days: number) => [
  {
    id: "r",
    status: "Enabled",
    filter: [{}],
    noncurrent_version_expiration: [{ noncurrent_days: days }],
    abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
  },
];
const lcBase = { bucket: "a-bucket", rule: lcRule(30) };
pair(`${LC}.bucket`, LC, lcBase, "bucket", "a-bucket", "b-bucket");
pair(`${LC}.bucket`, LC, lcBase, "expected_bucket_owner", "111122223333", "444455556666");
// The prior state holds the computed expected_bucket_owner as "" (else the plan sees a change of it).
const lcState = { expected_bucket_owner: "" };
pair(`${LC}.rule`, LC, lcBase, "rule", lcRule(30), lcRule(90), lcState);
pair(
  `${LC}.rule`,
  LC,
  lcBase,
  "transition_default_minimum_object_size",
  "all_storage_classes_128K",
  "varies_by_storage_class",
  lcState,
);
const LG = "aws_s3_bucket_logging";
const lgBase = { bucket: "a-bucket", target_bucket: "logs-a", target_prefix: "a/" };
pair(`${LG}.bucket`, LG, lgBase, "bucket", "a-bucket", "b-bucket");
pair(`${LG}.bucket`, LG, lgBase, "expected_bucket_owner", "111122223333", "444455556666");
pair(`${LG}.target_bucket`, LG, lgBase, "target_bucket", "logs-a", "logs-b");
pair(`${LG}.target_bucket`, LG, lgBase, "target_prefix", "a/", "b/");
pair(
  `${LG}.target_bucket`,
  LG,
  lgBase,
  "target_object_key_format",
  [{ simple_prefix: [{}] }],
  [{ partitioned_prefix: [{ partition_date_source: "EventTime" }] }],
);

// ---- security groups and rules
const SG = "aws_security_group";
const sgBase = { name: "grp-a", description: "d1", vpc_id: "vpc-0a1a1a1a1a1a1a1a1" };
const ingress = (port: number) => [
  {
    cidr_blocks: ["10.0.0.0/16"],
    description: "",
    from_port: port,
    to_port: port,
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    protocol: "tcp",
    security_groups: [],
    self: false,
  },
];
pair(`${SG}.description`, SG, sgBase, "description", "d1", "d2");
pair(`${SG}.description`, SG, sgBase, "name", "grp-a", "grp-b");
pair(
  `${SG}.description`,
  SG,
  { description: "d1", vpc_id: "vpc-0a1a1a1a1a1a1a1a1" },
  "name_prefix",
  "grp-a-",
  "grp-b-",
);
pair(`${SG}.description`, SG, sgBase, "vpc_id", "vpc-0a1a1a1a1a1a1a1a1", "vpc-0b2b2b2b2b2b2b2b2");
pair(`${SG}.tags`, SG, sgBase, "tags", { a: "1" }, { a: "2" });
pair(`${SG}.tags`, SG, sgBase, "ingress", ingress(988), ingress(1018));
pair(`${SG}.tags`, SG, sgBase, "egress", ingress(988), ingress(1018));
pair(`${SG}.tags`, SG, sgBase, "revoke_rules_on_delete", false, true);

for (const R of ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]) {
  const rBase = { security_group_id: "sg-0a1a1a1a1a1a1a1a1", ip_protocol: "tcp", from_port: 988, to_port: 988 };
  const withSource = (k: string, v: string) => ({ ...rBase, [k]: v });
  const SOURCES: Record<string, [string, string]> = {
    cidr_ipv4: ["10.0.0.0/16", "10.1.0.0/16"],
    cidr_ipv6: ["2001:db8::/64", "2001:db8:1::/64"],
    prefix_list_id: ["pl-0a1b2c3d", "pl-0b2c3d4e"],
    referenced_security_group_id: ["sg-0c3c3c3c3c3c3c3c3", "sg-0d4d4d4d4d4d4d4d4"],
  };
  pair(
    `${R}.security_group_id`,
    R,
    withSource("cidr_ipv4", "10.0.0.0/16"),
    "security_group_id",
    "sg-0a1a1a1a1a1a1a1a1",
    "sg-0b2b2b2b2b2b2b2b2",
  );
  for (const [k, [v1, v2]] of Object.entries(SOURCES)) {
    const from = k === "cidr_ipv4" ? "referenced_security_group_id" : "cidr_ipv4";
    ex.push({
      row: `${R}.cidr_ipv4.source-type`,
      attribute: k,
      type: R,
      before: withSource(from, SOURCES[from][0]),
      after: withSource(k, v1),
    });
    ex.push({ row: `${R}.cidr_ipv4`, attribute: k, type: R, before: withSource(k, v1), after: withSource(k, v2) });
  }
  const cidr = withSource("cidr_ipv4", "10.0.0.0/16");
  pair(`${R}.cidr_ipv4`, R, cidr, "from_port", 988, 1018);
  pair(`${R}.cidr_ipv4`, R, cidr, "to_port", 988, 1023);
  pair(`${R}.cidr_ipv4`, R, cidr, "ip_protocol", "tcp", "udp");
  pair(`${R}.cidr_ipv4`, R, cidr, "description", "a", "b");
  pair(`${R}.cidr_ipv4`, R, cidr, "tags", { a: "1" }, { a: "2" });
}

// ---- VPC endpoint
const E = "aws_vpc_endpoint";
const eBase = { vpc_id: "vpc-0a1a1a1a1a1a1a1a1", service_name: "com.amazonaws.us-east-1.s3" };
const iface = { ...eBase, vpc_endpoint_type: "Interface" };
pair(`${E}.vpc_id`, E, eBase, "vpc_id", "vpc-0a1a1a1a1a1a1a1a1", "vpc-0b2b2b2b2b2b2b2b2");
pair(`${E}.vpc_id`, E, eBase, "service_name", "com.amazonaws.us-east-1.s3", "com.amazonaws.us-east-1.dynamodb");
pair(`${E}.vpc_id`, E, eBase, "vpc_endpoint_type", "Gateway", "Interface");
pair(`${E}.route_table_ids`, E, eBase, "route_table_ids", ["rtb-0a1a1a1a1a1a1a1a1"], ["rtb-0b2b2b2b2b2b2b2b2"]);
pair(`${E}.route_table_ids`, E, eBase, "policy", POLICY_A, POLICY_B);
pair(`${E}.route_table_ids`, E, iface, "subnet_ids", ["subnet-0a1a1a1a1a1a1a1a1"], ["subnet-0b2b2b2b2b2b2b2b2"]);
pair(`${E}.route_table_ids`, E, iface, "security_group_ids", ["sg-0a1a1a1a1a1a1a1a1"], ["sg-0b2b2b2b2b2b2b2b2"]);
pair(`${E}.route_table_ids`, E, iface, "private_dns_enabled", false, true);
pair(`${E}.route_table_ids`, E, eBase, "tags", { a: "1" }, { a: "2" });

// ---- IAM
const IR = "aws_iam_role";
const rBase = { name: "r-a", assume_role_policy: TRUST("sagemaker.amazonaws.com") };
pair(`${IR}.name`, IR, rBase, "name", "r-a", "r-b");
pair(`${IR}.name`, IR, { assume_role_policy: rBase.assume_role_policy }, "name_prefix", "r-a-", "r-b-");
pair(`${IR}.name`, IR, rBase, "path", "/", "/x/");
for (const [attribute, o, n] of [
  ["assume_role_policy", TRUST("sagemaker.amazonaws.com"), TRUST("ec2.amazonaws.com")],
  ["description", "a", "b"],
  ["max_session_duration", 3600, 7200],
  ["permissions_boundary", "arn:aws:iam::111122223333:policy/a", "arn:aws:iam::111122223333:policy/b"],
  ["tags", { a: "1" }, { a: "2" }],
  ["inline_policy", [{ name: "p", policy: POLICY_A }], [{ name: "p", policy: POLICY_B }]],
  ["managed_policy_arns", ["arn:aws:iam::aws:policy/A"], ["arn:aws:iam::aws:policy/B"]],
] as [string, unknown, unknown][]) {
  pair(`${IR}.assume_role_policy`, IR, rBase, attribute, o, n);
}
const IP = "aws_iam_policy";
const pBase = { name: "p-a", policy: POLICY_A };
pair(`${IP}.name`, IP, pBase, "name", "p-a", "p-b");
pair(`${IP}.name`, IP, { policy: POLICY_A }, "name_prefix", "p-a-", "p-b-");
pair(`${IP}.name`, IP, pBase, "path", "/", "/x/");
pair(`${IP}.name`, IP, pBase, "description", "a", "b");
pair(`${IP}.policy`, IP, pBase, "policy", POLICY_A, POLICY_B);
pair(`${IP}.policy`, IP, pBase, "tags", { a: "1" }, { a: "2" });
const RPA = "aws_iam_role_policy_attachment";
const aBase = { role: "r-a", policy_arn: "arn:aws:iam::aws:policy/A" };
pair(`${RPA}.role`, RPA, aBase, "role", "r-a", "r-b");
pair(`${RPA}.role`, RPA, aBase, "policy_arn", "arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/B");

// ---- Slurm accounting database
const DB = "aws_db_instance";
const dbBase = {
  identifier: "acct",
  engine: "mariadb",
  engine_version: "10.11",
  instance_class: "db.t4g.micro",
  allocated_storage: 20,
  storage_type: "gp3",
  storage_encrypted: true,
  db_name: "slurm_acct_db",
  username: "slurmadmin",
  manage_master_user_password: true,
  port: 3306,
  db_subnet_group_name: "acct",
  vpc_security_group_ids: ["sg-0a1a1a1a1a1a1a1a1"],
  publicly_accessible: false,
  multi_az: false,
  backup_retention_period: 7,
  copy_tags_to_snapshot: true,
  auto_minor_version_upgrade: true,
  deletion_protection: false,
  skip_final_snapshot: true,
};
/** What a real state holds besides the configuration (computed values and provider defaults). */
const dbState = {
  master_user_secret: [
    {
      kms_key_id: "",
      secret_arn: "arn:aws:secretsmanager:us-east-1:111122223333:secret:rds!db-a",
      secret_status: "active",
    },
  ],
  availability_zone: "us-east-1a",
  kms_key_id: ARN_KEY_A,
  network_type: "IPV4",
  ca_cert_identifier: "rds-ca-rsa2048-g1",
  identifier_prefix: "",
  parameter_group_name: "default.mariadb10.11",
  option_group_name: "default:mariadb-10-11",
  license_model: "general-public-license",
  storage_throughput: 0,
  iops: 0,
  max_allocated_storage: 0,
  apply_immediately: false,
  delete_automated_backups: true,
  dedicated_log_volume: false,
  customer_owned_ip_enabled: false,
  iam_database_authentication_enabled: false,
  performance_insights_enabled: false,
  monitoring_interval: 0,
  engine_lifecycle_support: "open-source-rds-extended-support",
};
const db = (row: string, attribute: string, o: unknown, n: unknown, base: TfJson = dbBase) =>
  pair(`${DB}.${row}`, DB, base, attribute, o, n, dbState);
db("engine", "engine", "mariadb", "mysql");
db("engine", "storage_encrypted", true, false);
db("engine", "kms_key_id", ARN_KEY_A, ARN_KEY_B);
db("engine", "username", "slurmadmin", "admin2");
db("engine", "db_name", "slurm_acct_db", "other");
db("engine", "availability_zone", "us-east-1a", "us-east-1b");
db("allocated_storage", "allocated_storage", 20, 40);
db("allocated_storage", "instance_class", "db.t4g.micro", "db.t4g.small");
db("allocated_storage", "engine_version", "10.11", "11.4");
db("allocated_storage", "storage_type", "gp3", "gp2");
db("allocated_storage", "multi_az", false, true);
db("identifier", "identifier", "acct", "acct2");
db("backup_retention_period", "backup_retention_period", 7, 14);
db("backup_retention_period", "copy_tags_to_snapshot", true, false);
db("backup_retention_period", "auto_minor_version_upgrade", true, false);
db("backup_retention_period", "deletion_protection", false, true);
db("backup_retention_period", "publicly_accessible", false, true);
db("backup_retention_period", "vpc_security_group_ids", ["sg-0a1a1a1a1a1a1a1a1"], ["sg-0b2b2b2b2b2b2b2b2"]);
db("backup_retention_period", "db_subnet_group_name", "acct", "acct2");
db("backup_retention_period", "port", 3306, 3307);
db("backup_retention_period", "tags", { a: "1" }, { a: "2" });
// Giving the password back to Terraform: the managed secret goes, a password comes.
pair(
  `${DB}.backup_retention_period`,
  DB,
  { ...dbBase, manage_master_user_password: undefined },
  "manage_master_user_password",
  true,
  undefined,
  dbState,
);
ex[ex.length - 1] = { ...ex[ex.length - 1], after: { ...ex[ex.length - 1].after, password: "probe-Passw0rd-1" } };
db("skip_final_snapshot", "skip_final_snapshot", true, false, { ...dbBase, final_snapshot_identifier: "acct-final" });
db("skip_final_snapshot", "final_snapshot_identifier", "acct-final", "acct-final-2", {
  ...dbBase,
  skip_final_snapshot: false,
});
const SNG = "aws_db_subnet_group";
const sngBase = {
  name: "acct",
  description: "Slurm accounting database",
  subnet_ids: ["subnet-0a1a1a1a1a1a1a1a1", "subnet-0b1a1a1a1a1a1a1a1"],
};
const sngState = { supported_network_types: ["IPV4"], vpc_id: "vpc-0a1a1a1a1a1a1a1a1", name_prefix: "" };
pair(`${SNG}.name`, SNG, sngBase, "name", "acct", "acct2", sngState);
pair(`${SNG}.description`, SNG, sngBase, "description", "a", "b", sngState);
pair(
  `${SNG}.description`,
  SNG,
  sngBase,
  "subnet_ids",
  sngBase.subnet_ids,
  ["subnet-0a1a1a1a1a1a1a1a1", "subnet-0c1a1a1a1a1a1a1a1"],
  sngState,
);
pair(`${SNG}.description`, SNG, sngBase, "tags", { a: "1" }, { a: "2" }, sngState);
const IRP = "aws_iam_role_policy";
const irpBase = { name: "p-a", role: "r-a", policy: POLICY_A };
pair(`${IRP}.name`, IRP, irpBase, "name", "p-a", "p-b");
pair(`${IRP}.name`, IRP, { role: "r-a", policy: POLICY_A }, "name_prefix", "p-a-", "p-b-");
pair(`${IRP}.name`, IRP, irpBase, "role", "r-a", "r-b");
pair(`${IRP}.policy`, IRP, irpBase, "policy", POLICY_A, POLICY_B);

// ---- KMS key, alias and CloudWatch Logs group
const KK = "aws_kms_key";
const KEY_POLICY = (sid: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: sid,
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::111122223333:root" },
        Action: "kms:*",
        Resource: "*",
      },
    ],
  });
const kBase = { description: "a", enable_key_rotation: true, deletion_window_in_days: 30 };
pair(`${KK}.customer_master_key_spec`, KK, kBase, "customer_master_key_spec", "SYMMETRIC_DEFAULT", "HMAC_256");
pair(`${KK}.customer_master_key_spec`, KK, kBase, "key_usage", "ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC");
pair(`${KK}.customer_master_key_spec`, KK, kBase, "multi_region", false, true);
pair(
  `${KK}.customer_master_key_spec`,
  KK,
  kBase,
  "custom_key_store_id",
  "cks-1234567890abcdef0",
  "cks-1234567890abcdef1",
);
for (const [attribute, o, n] of [
  ["policy", KEY_POLICY("a"), KEY_POLICY("b")],
  ["description", "a", "b"],
  ["enable_key_rotation", true, false],
  ["deletion_window_in_days", 30, 7],
  ["rotation_period_in_days", 365, 90],
  ["tags", { a: "1" }, { a: "2" }],
] as [string, unknown, unknown][]) {
  // The prior state holds the computed spec and usage of a default key.
  pair(`${KK}.policy`, KK, kBase, attribute, o, n, {
    customer_master_key_spec: "SYMMETRIC_DEFAULT",
    key_usage: "ENCRYPT_DECRYPT",
  });
}
const KA = "aws_kms_alias";
pair(`${KA}.name`, KA, { name: "alias/a", target_key_id: ARN_KEY_A }, "name", "alias/a", "alias/b");
pair(`${KA}.name`, KA, { target_key_id: ARN_KEY_A }, "name_prefix", "alias/a-", "alias/b-");
pair(`${KA}.target_key_id`, KA, { name: "alias/a", target_key_id: ARN_KEY_A }, "target_key_id", ARN_KEY_A, ARN_KEY_B);
const CW = "aws_cloudwatch_log_group";
const cwBase = { name: "/a", retention_in_days: 365 };
pair(`${CW}.name`, CW, cwBase, "name", "/a", "/b");
pair(`${CW}.name`, CW, { retention_in_days: 365 }, "name_prefix", "/a-", "/b-");
pair(`${CW}.retention_in_days`, CW, cwBase, "retention_in_days", 365, 731);
pair(`${CW}.retention_in_days`, CW, cwBase, "kms_key_id", ARN_KEY_A, ARN_KEY_B);
pair(`${CW}.retention_in_days`, CW, cwBase, "tags", { a: "1" }, { a: "2" });

// ---- inside the VPC module
pair("aws_vpc.cidr_block", "aws_vpc", { cidr_block: "10.0.0.0/16" }, "cidr_block", "10.0.0.0/16", "10.1.0.0/16");
for (const [attribute, o, n] of [
  ["enable_dns_hostnames", false, true],
  ["enable_dns_support", true, false],
  ["tags", { a: "1" }, { a: "2" }],
] as [string, unknown, unknown][]) {
  pair("aws_vpc.enable_dns_hostnames", "aws_vpc", { cidr_block: "10.0.0.0/16" }, attribute, o, n);
}
const subnet = { vpc_id: "vpc-0a1a1a1a1a1a1a1a1", cidr_block: "10.0.1.0/24", availability_zone: "us-east-1a" };
pair("aws_subnet.cidr_block", "aws_subnet", subnet, "cidr_block", "10.0.1.0/24", "10.0.2.0/24");
pair("aws_subnet.cidr_block", "aws_subnet", subnet, "availability_zone", "us-east-1a", "us-east-1c");
pair("aws_subnet.cidr_block", "aws_subnet", subnet, "vpc_id", "vpc-0a1a1a1a1a1a1a1a1", "vpc-0b2b2b2b2b2b2b2b2");
pair("aws_subnet.map_public_ip_on_launch", "aws_subnet", subnet, "map_public_ip_on_launch", false, true);
pair("aws_subnet.map_public_ip_on_launch", "aws_subnet", subnet, "tags", { a: "1" }, { a: "2" });
const nat = { allocation_id: "eipalloc-0a1a1a1a1a1a1a1a1", subnet_id: "subnet-0a1a1a1a1a1a1a1a1" };
pair(
  "aws_nat_gateway.allocation_id",
  "aws_nat_gateway",
  nat,
  "allocation_id",
  "eipalloc-0a1a1a1a1a1a1a1a1",
  "eipalloc-0b2b2b2b2b2b2b2b2",
);
pair(
  "aws_nat_gateway.allocation_id",
  "aws_nat_gateway",
  nat,
  "subnet_id",
  "subnet-0a1a1a1a1a1a1a1a1",
  "subnet-0b2b2b2b2b2b2b2b2",
);
pair(
  "aws_nat_gateway.allocation_id",
  "aws_nat_gateway",
  { subnet_id: "subnet-0a1a1a1a1a1a1a1a1" },
  "connectivity_type",
  "public",
  "private",
);
const route = {
  route_table_id: "rtb-0a1a1a1a1a1a1a1a1",
  destination_cidr_block: "0.0.0.0/0",
  nat_gateway_id: "nat-0a1a1a1a1a1a1a1a1",
};
pair(
  "aws_route.route_table_id",
  "aws_route",
  route,
  "route_table_id",
  "rtb-0a1a1a1a1a1a1a1a1",
  "rtb-0b2b2b2b2b2b2b2b2",
);
pair("aws_route.route_table_id", "aws_route", route, "destination_cidr_block", "0.0.0.0/0", "10.9.0.0/16");
pair(
  "aws_route.nat_gateway_id",
  "aws_route",
  route,
  "nat_gateway_id",
  "nat-0a1a1a1a1a1a1a1a1",
  "nat-0b2b2b2b2b2b2b2b2",
);
ex.push({
  row: "aws_route.nat_gateway_id",
  attribute: "gateway_id",
  type: "aws_route",
  before: route,
  after: {
    route_table_id: "rtb-0a1a1a1a1a1a1a1a1",
    destination_cidr_block: "0.0.0.0/0",
    gateway_id: "igw-0a1a1a1a1a1a1a1a1",
  },
});
const rta = { subnet_id: "subnet-0a1a1a1a1a1a1a1a1", route_table_id: "rtb-0a1a1a1a1a1a1a1a1" };
pair(
  "aws_route_table_association.subnet_id",
  "aws_route_table_association",
  rta,
  "subnet_id",
  "subnet-0a1a1a1a1a1a1a1a1",
  "subnet-0b2b2b2b2b2b2b2b2",
);
pair(
  "aws_route_table_association.route_table_id",
  "aws_route_table_association",
  rta,
  "route_table_id",
  "rtb-0a1a1a1a1a1a1a1a1",
  "rtb-0b2b2b2b2b2b2b2b2",
);

export const EXAMPLES: readonly Example[] = ex;

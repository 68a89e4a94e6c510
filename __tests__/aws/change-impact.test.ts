/**
 * Table-driven: every row of the impact table, fed one example change, is
 * the row the classifier picks, and the resource gets the row's class. The
 * aws rows' examples are the probe examples (confirmed against the provider
 * in change-impact-probe.test.ts); the module, awscc, provider, backend and
 * meta-argument rows have theirs here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { IMPACT_TABLE, rowsFor, VPC_MODULE_SOURCE } from "../../src/aws/change-impact";
import { reviewStack } from "../../src/review/classify";
import { ROOT, synthConfig, type TfJson } from "../support/synth";
import { EXAMPLES } from "./probe-examples";

interface Case {
  readonly row: string;
  readonly address: string;
  readonly before: TfJson;
  readonly after: TfJson;
}

const doc = (type: string, name: string, block: TfJson): TfJson => ({ resource: { [type]: { [name]: block } } });

const cases: Case[] = EXAMPLES.map((e) => ({
  row: e.row,
  address: `${e.type}.x`,
  before: doc(e.type, "x", e.before),
  after: doc(e.type, "x", e.after),
}));

// ---- VPC module inputs
const vpc = {
  source: VPC_MODULE_SOURCE,
  version: "~> 5.21",
  name: "sagemaker-hyperpod",
  cidr: "10.0.0.0/16",
  azs: ["ap-northeast-1a", "ap-northeast-1c"],
  private_subnets: ["10.0.1.0/24"],
  public_subnets: ["10.0.101.0/24"],
  enable_nat_gateway: true,
};
const M = `module:${VPC_MODULE_SOURCE}`;
const mod = (row: string, change: TfJson) =>
  cases.push({
    row: `${M}.${row}`,
    address: "module.vpc",
    before: { module: { vpc } },
    after: { module: { vpc: { ...vpc, ...change } } },
  });
mod("cidr", { cidr: "10.1.0.0/16" });
mod("azs.append", { azs: [...vpc.azs, "ap-northeast-1d"] });
mod("azs.positions", { azs: ["ap-northeast-1c", "ap-northeast-1a"] });
mod("private_subnets.append", { private_subnets: ["10.0.1.0/24", "10.0.2.0/24"] });
mod("private_subnets.positions", { private_subnets: ["10.0.3.0/24"] });
mod("public_subnets.append", { public_subnets: ["10.0.101.0/24", "10.0.102.0/24"] });
mod("public_subnets.positions", { public_subnets: ["10.0.103.0/24"] });
mod("enable_nat_gateway.to-false", { enable_nat_gateway: false });
mod("enable_nat_gateway", { one_nat_gateway_per_az: true });
mod("enable_nat_gateway", { single_nat_gateway: true });
mod("enable_flow_log", { enable_flow_log: true, flow_log_destination_arn: "arn:aws:logs:r:1:log-group:/a" });
mod("enable_flow_log", { flow_log_traffic_type: "REJECT" });
mod("name", { name: "other" });
mod("name", { tags: { a: "1" } });
mod("version", { version: "~> 6.0" });

// ---- awscc_sagemaker_cluster
const group = {
  execution_role: "${aws_iam_role.hyperpod.arn}",
  instance_count: 2,
  instance_group_name: "workers",
  instance_type: "ml.g5.xlarge",
  life_cycle_config: { on_create: "on_create.sh", source_s3_uri: "s3://${aws_s3_bucket.scripts.id}/config/" },
};
const cluster = {
  cluster_name: "c",
  instance_groups: [group],
  vpc_config: { security_group_ids: ["sg-1"], subnets: ["subnet-1"] },
};
const CL = "awscc_sagemaker_cluster";
const cc = (row: string, change: TfJson) =>
  cases.push({
    row: `${CL}.${row}`,
    address: `${CL}.this`,
    before: doc(CL, "this", cluster),
    after: doc(CL, "this", { ...cluster, ...change }),
  });
const gc = (row: string, change: TfJson) => cc(row, { instance_groups: [{ ...group, ...change }] });
cc("cluster_name", { cluster_name: "d" });
cc("vpc_config", { vpc_config: { security_group_ids: ["sg-2"], subnets: ["subnet-1"] } });
cc("vpc_config", { orchestrator: { eks: { cluster_arn: "arn:aws:eks:us-east-1:111122223333:cluster/x" } } });
cc("node_recovery", { node_recovery: "None" });
cc("node_recovery", { tags: [{ key: "a", value: "1" }] });
cc("node_recovery", { cluster_role: "arn:aws:iam::111122223333:role/r" });
cc("node_recovery", { auto_scaling: { mode: "Enable" } });
cc("node_recovery", { tiered_storage_config: { mode: "Enable" } });
cc("node_provisioning_mode", { node_provisioning_mode: "Continuous" });
gc("instance_groups[].instance_type", { instance_type: "ml.p5.48xlarge" });
gc("instance_groups[].execution_role", { execution_role: "arn:aws:iam::111122223333:role/other" });
gc("instance_groups[].threads_per_core", { threads_per_core: 1 });
gc("instance_groups[].override_vpc_config", { override_vpc_config: { subnets: ["subnet-2"] } });
cc("instance_groups[].instance_group_name", { instance_groups: [{ ...group, instance_group_name: "gpus" }] });
gc("instance_groups[].instance_count.decrease", { instance_count: 1 });
gc("instance_groups[].instance_count", { instance_count: 3 });
gc("instance_groups[].life_cycle_config", { life_cycle_config: { ...group.life_cycle_config, on_create: "b.sh" } });
gc("instance_groups[].on_start_deep_health_checks", { on_start_deep_health_checks: ["InstanceStress"] });
gc("instance_groups[].on_start_deep_health_checks", {
  scheduled_update_config: { schedule_expression: "cron(0 3 ? * SUN *)" },
});
gc("instance_groups[].on_start_deep_health_checks", {
  training_plan_arn: "arn:aws:sagemaker:us-east-1:1:training-plan/x",
});
gc("instance_groups[].image_id", { image_id: "ami-0123456789abcdef0" });
gc("instance_groups[].instance_storage_configs", {
  instance_storage_configs: [{ ebs_volume_config: { volume_size_in_gb: 500 } }],
});

// ---- a lifecycle script object (in the bucket the cluster's groups read their scripts from)
const scriptsDoc = (hash: string): TfJson => ({
  resource: {
    aws_s3_bucket: { scripts: { bucket: "scripts" } },
    aws_s3_object: {
      script: { bucket: "${aws_s3_bucket.scripts.bucket}", key: "config/on_create.sh", source_hash: hash },
    },
    awscc_sagemaker_cluster: { this: cluster },
  },
});
cases.push({
  row: "aws_s3_object.bucket.lifecycle-object",
  address: "aws_s3_object.script",
  before: scriptsDoc("a"),
  after: scriptsDoc("b"),
});

// ---- provider, backend, meta-arguments
const prov = (block: TfJson, name = "aws") => ({ provider: { [name]: [block] } });
cases.push({
  row: "provider:aws.region",
  address: "provider.aws",
  before: prov({ region: "ap-northeast-1" }),
  after: prov({ region: "us-west-2" }),
});
cases.push({
  row: "provider:aws.default_tags",
  address: "provider.aws",
  before: prov({ region: "r", default_tags: [{ tags: { a: "1" } }] }),
  after: prov({ region: "r", default_tags: [{ tags: { a: "2" } }] }),
});
cases.push({
  row: "provider:awscc.region",
  address: "provider.awscc",
  before: prov({ region: "ap-northeast-1" }, "awscc"),
  after: prov({ region: "us-west-2" }, "awscc"),
});
const tfBlock = (t: TfJson) => ({ terraform: t });
cases.push({
  row: "terraform.backend",
  address: "terraform",
  before: tfBlock({ backend: { local: { path: "a" } } }),
  after: tfBlock({ backend: { s3: { bucket: "b", key: "k" } } }),
});
cases.push({
  row: "terraform.backend",
  address: "terraform",
  before: tfBlock({ backend: { local: { path: "a" } } }),
  after: tfBlock({ cloud: { organization: "acme" } }),
});
cases.push({
  row: "terraform.required_providers",
  address: "terraform",
  before: tfBlock({ required_providers: { aws: { version: "5.100.0" } } }),
  after: tfBlock({ required_providers: { aws: { version: "6.0.0" } } }),
});
const bucket = { bucket: "b" };
cases.push({
  row: "*.depends_on",
  address: "aws_s3_bucket.x",
  before: doc("aws_s3_bucket", "x", bucket),
  after: doc("aws_s3_bucket", "x", { ...bucket, depends_on: ["aws_s3_bucket.y"] }),
});
cases.push({
  row: "*.depends_on",
  address: "aws_s3_bucket.x",
  before: doc("aws_s3_bucket", "x", bucket),
  after: doc("aws_s3_bucket", "x", { ...bucket, lifecycle: { prevent_destroy: true } }),
});

// A storage decrease of the accounting database: planned as an update, refused by RDS (not probed: the plan succeeds).
const dbInstance = { identifier: "acct", engine: "mariadb", instance_class: "db.t4g.micro", allocated_storage: 40 };
cases.push({
  row: "aws_db_instance.allocated_storage.decrease",
  address: "aws_db_instance.x",
  before: doc("aws_db_instance", "x", dbInstance),
  after: doc("aws_db_instance", "x", { ...dbInstance, allocated_storage: 20 }),
});

const ACTION = {
  replace: "replace",
  "in-place": "update",
  "not-allowed": "cannot-apply",
  "no-node-effect": "no-node-effect",
};

describe("every row of the impact table", () => {
  test.each(IMPACT_TABLE.map((r) => [r.id, r]))("%s has an example and a source", (id, r) => {
    expect(cases.some((c) => c.row === id)).toBe(true);
    expect(r.source).toMatch(/https:\/\//);
    expect(r.consequence).toMatch(/^[A-Z`].*[.)]$/);
  });

  test("row ids are unique", () => {
    const ids = IMPACT_TABLE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a conditional row comes before the plain row of the same attribute", () => {
    for (const r of IMPACT_TABLE.filter((x) => !x.when && x.type !== "*")) {
      for (const a of r.attribute.split("|")) {
        const rows = rowsFor(r.type, a);
        expect(rows.indexOf(r)).toBe(rows.length - 1 - rows.filter((x) => x.type === "*").length);
      }
    }
  });
});

describe("the classifier picks the row and the resource gets its class", () => {
  test.each(cases.map((c, i) => [`${c.row} #${i}`, c]))("%s", (_label, c) => {
    const row = IMPACT_TABLE.find((r) => r.id === c.row)!;
    const review = reviewStack("s", c.before, c.after);
    const change = review.resources.find((r) => r.address === c.address);
    expect(change).toBeDefined();
    expect(change!.attributes.map((a) => a.rowId)).toContain(c.row);
    const attribute = change!.attributes.find((a) => a.rowId === c.row)!;
    expect(attribute.class).toBe(row.class);
    expect(attribute.dataLoss).toBe(row.dataLoss);
    expect(change!.action).toBe(ACTION[row.class]);
  });
});

describe("the table covers everything the stacks synthesize", () => {
  const configs = readdirSync(join(ROOT, "examples"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(join(ROOT, "examples", f), "utf8")) ?? {});
  const stacks = [{}, ...configs].flatMap((raw) => Object.values(synthConfig(raw).stacks));
  const pairs = new Set<string>();
  for (const s of stacks) {
    for (const [type, byName] of Object.entries<TfJson>(s.resource)) {
      for (const block of Object.values<TfJson>(byName)) {
        for (const [key, value] of Object.entries(block)) {
          if (key === "//") continue;
          if (type === "awscc_sagemaker_cluster" && key === "instance_groups") {
            for (const g of value as TfJson[])
              for (const f of Object.keys(g)) pairs.add(`${type} instance_groups[].${f}`);
          } else pairs.add(`${type} ${key}`);
        }
      }
    }
    for (const block of Object.values<TfJson>(s.module ?? {})) {
      for (const key of Object.keys(block)) if (key !== "//") pairs.add(`module:${block.source} ${key}`);
    }
    for (const [name, blocks] of Object.entries<TfJson[]>(s.provider)) {
      for (const key of Object.keys(blocks[0])) pairs.add(`provider:${name} ${key}`);
    }
    for (const key of ["backend", "cloud", "required_providers"]) if (s.terraform[key]) pairs.add(`terraform ${key}`);
  }

  test.each([...pairs].sort().map((p) => p.split(" ")))("%s %s has a row", (type, attribute) => {
    expect(
      rowsFor(type, attribute).filter((r) => r.type !== "*" || attribute === "depends_on" || attribute === "lifecycle"),
    ).not.toEqual([]);
  });
});

/**
 * Every file in examples/ synthesizes, has no ERROR finding, and its aws part
 * passes `terraform validate`; each shows what it is an example of.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, parseYaml } from "../src/config/load";
import { checkClusterBlock } from "./support/awscc-schema";
import { ROOT, resources, synthConfig } from "./support/synth";
import { terraformValidate } from "./support/terraform";

const dir = join(ROOT, "examples");
const read = (name: string) => parseYaml(readFileSync(join(dir, name), "utf8"), name);
const examples = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

test("the examples are the ones the README describes", () => {
  expect(examples.sort()).toEqual([
    "existing-vpc.yaml",
    "gpu-training.yaml",
    "multi-environment.yaml",
    "original.yaml",
    "secure-production.yaml",
  ]);
});

describe.each(examples)("%s", (name) => {
  test("has no findings or policy findings, fits the awscc schema and passes terraform validate", () => {
    expect(evaluate(read(name)).findings).toEqual([]);
    const { outdir, stacks } = synthConfig(read(name));
    for (const [stackName, stack] of Object.entries(stacks)) {
      expect(checkClusterBlock(resources(stack, "awscc_sagemaker_cluster").this)).toEqual([]);
      expect(JSON.parse(readFileSync(join(outdir, "stacks", stackName, "policy-report.json"), "utf8"))).toEqual([]);
      const result = terraformValidate(join(outdir, "stacks", stackName));
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});

test("original.yaml synthesizes exactly what no configuration does", () => {
  const strip = (s: Record<string, any>) => JSON.stringify(s).replace(/assets\/[^"\\]+/g, "ASSET");
  expect(strip(synthConfig(read("original.yaml")).stacks.hyperpod)).toBe(strip(synthConfig({}).stacks.hyperpod));
});

test("gpu-training.yaml: login and two partitions, EFA-enabled FSx, protected data", () => {
  const stack = synthConfig(read("gpu-training.yaml")).stacks.hyperpod;
  const fs = resources(stack, "aws_fsx_lustre_file_system").this;
  expect(fs).toMatchObject({ efa_enabled: true, storage_capacity: 4800, per_unit_storage_throughput: 1000 });
  expect(fs.lifecycle).toEqual({ prevent_destroy: true });
  const cluster = resources(stack, "awscc_sagemaker_cluster").this;
  expect(cluster.instance_groups.map((g: any) => g.instance_group_name)).toEqual([
    "controller",
    "login",
    "gpu-p5",
    "gpu-g5",
  ]);
  const params = resources(stack, "aws_s3_object").life_cycle_scripts_provisioning_parameters.content;
  expect(params).toContain('"login_group" = "login"');
  expect(params).toContain('{"instance_group_name" = "gpu-p5", "partition_name" = "p5"}');
  expect(params).toContain('"container_runtime" = true');
  expect(params).toContain('"secret_arn" = aws_db_instance.accounting.master_user_secret[0].secret_arn');
  expect(resources(stack, "aws_db_instance").accounting).toMatchObject({
    identifier: "ml-research-slurm-accounting",
    deletion_protection: true,
    skip_final_snapshot: false,
    lifecycle: { prevent_destroy: true },
  });
  expect(stack.terraform.backend.s3).toMatchObject({
    bucket: "acme-terraform-state",
    use_lockfile: true,
    encrypt: true,
  });
});

test("existing-vpc.yaml: no VPC module, the existing bucket linked and unmanaged, Lustre ports only", () => {
  const stack = synthConfig(read("existing-vpc.yaml")).stacks.hyperpod;
  expect(stack.module).toBeUndefined();
  expect(resources(stack, "aws_s3_bucket").data_repository).toBeUndefined();
  expect(resources(stack, "aws_fsx_data_repository_association").this.data_repository_path).toBe(
    "s3://acme-batch-inputs/inputs/",
  );
  expect(resources(stack, "aws_fsx_lustre_file_system").this.subnet_ids).toEqual(["subnet-0fedcba9876543210"]);
  const ingress = Object.values(resources(stack, "aws_vpc_security_group_ingress_rule"));
  expect(ingress.map((r: any) => r.ip_protocol)).toEqual(Array(8).fill("tcp"));
  expect(stack.terraform.cloud).toEqual({ organization: "acme", workspaces: { name: "hyperpod-cpu-batch" } });
});

test("multi-environment.yaml: one stack per cluster, each with its own state and names", () => {
  const { stacks } = synthConfig(read("multi-environment.yaml"));
  expect(Object.keys(stacks)).toEqual(["dev", "prod"]);
  expect(stacks.dev.terraform.backend.s3.key).toBe("hyperpod/dev/terraform.tfstate");
  expect(stacks.prod.terraform.backend.s3.key).toBe("hyperpod/prod/terraform.tfstate");
  expect(resources(stacks.dev, "aws_s3_bucket").data_repository.force_destroy).toBe(true);
  expect(resources(stacks.prod, "aws_s3_bucket").data_repository.force_destroy).toBeUndefined();
  expect(resources(stacks.prod, "aws_fsx_lustre_file_system").this.lifecycle).toEqual({ prevent_destroy: true });
  expect(resources(stacks.dev, "awscc_sagemaker_cluster").this.cluster_name).toBe("hp-dev-cluster");
});

test("secure-production.yaml: the stack key on buckets and flow logs, flow logs, access logs, longer versions", () => {
  const stack = synthConfig(read("secure-production.yaml")).stacks.hyperpod;
  expect(resources(stack, "aws_kms_key").stack).toMatchObject({ enable_key_rotation: true });
  const sse = resources(stack, "aws_s3_bucket_server_side_encryption_configuration");
  for (const name of ["data_repository", "life_cycle_scripts"]) {
    expect(sse[name].rule[0]).toMatchObject({
      apply_server_side_encryption_by_default: {
        sse_algorithm: "aws:kms",
        kms_master_key_id: "${aws_kms_key.stack.arn}",
      },
      bucket_key_enabled: true,
    });
  }
  expect(sse.access_logs.rule[0].apply_server_side_encryption_by_default.sse_algorithm).toBe("AES256");
  expect(resources(stack, "aws_cloudwatch_log_group").flow_logs).toMatchObject({
    retention_in_days: 731,
    kms_key_id: "${aws_kms_key.stack.arn}",
  });
  expect(Object.keys(resources(stack, "aws_s3_bucket_logging")).sort()).toEqual([
    "data_repository",
    "life_cycle_scripts",
  ]);
  expect(
    resources(stack, "aws_s3_bucket_lifecycle_configuration").data_repository.rule[0].noncurrent_version_expiration,
  ).toEqual([{ noncurrent_days: 90 }]);
  // The file system and the cluster's volumes keep AWS managed keys (creation-time choices).
  expect(resources(stack, "aws_fsx_lustre_file_system").this.kms_key_id).toBeUndefined();
  expect(resources(stack, "awscc_sagemaker_cluster").this.node_provisioning_mode).toBeUndefined();
});

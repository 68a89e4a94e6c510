/**
 * Every security option at once: the stack passes the policy pack, its aws
 * part passes `terraform validate`, its cluster block fits the awscc schema,
 * and what the default adds to a deployed stack is only new resources and
 * in-place attributes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkClusterBlock } from "../support/awscc-schema";
import { resources, synthConfig } from "../support/synth";
import { terraformValidate } from "../support/terraform";

const allOptions = {
  production: true,
  encryption: { createKey: true, fileSystem: true, clusterVolumes: true },
  buckets: { accessLogs: { enabled: true } },
  instanceGroups: [
    { name: "controller-group", role: "controller", instanceType: "ml.m5.xlarge", ebsVolumeSizeGb: 100 },
    { name: "gpu", role: "worker", instanceType: "ml.g5.12xlarge", ebsVolumeSizeGb: 500 },
  ],
  suppressions: [{ id: "ENCRYPTION_CREATION_TIME", reason: "this stack is created with its key from the start" }],
};

test("every option at once: no policy finding, valid Terraform, a valid cluster block", () => {
  const { outdir, stacks } = synthConfig(allOptions);
  const dir = join(outdir, "stacks", "hyperpod");
  expect(JSON.parse(readFileSync(join(dir, "policy-report.json"), "utf8"))).toEqual([]);
  const stack = stacks.hyperpod;
  expect(checkClusterBlock(resources(stack, "awscc_sagemaker_cluster").this)).toEqual([]);
  expect(resources(stack, "aws_fsx_lustre_file_system").this.kms_key_id).toBe("${aws_kms_key.stack.arn}");
  const result = terraformValidate(dir);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("flow logs to an existing S3 bucket validate too", () => {
  const { outdir } = synthConfig({
    network: { flowLogs: { enabled: true, destination: "s3", s3BucketArn: "arn:aws:s3:::acme-flow-logs" } },
  });
  const result = terraformValidate(join(outdir, "stacks", "hyperpod"));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("the default adds the data bucket's versioning and two lifecycle configurations, and no replacing attribute", () => {
  const stack = synthConfig({}).stacks.hyperpod;
  const addresses = Object.entries(stack.resource as Record<string, Record<string, unknown>>).flatMap(
    ([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`),
  );
  const added = addresses.filter(
    (a) => a.startsWith("aws_s3_bucket_versioning.") || a.startsWith("aws_s3_bucket_lifecycle_configuration."),
  );
  expect(added.sort()).toEqual([
    "aws_s3_bucket_lifecycle_configuration.data_repository",
    "aws_s3_bucket_lifecycle_configuration.life_cycle_scripts",
    "aws_s3_bucket_versioning.data_repository",
    "aws_s3_bucket_versioning.life_cycle_scripts",
  ]);
  // (aws_s3_bucket_versioning.life_cycle_scripts existed before.) Nothing the scanners asked for is a replacing attribute: group descriptions, bucket names,
  // the file system's kms_key_id and the cluster's provisioning mode stay as they were.
  const groups = resources(stack, "aws_security_group");
  expect(groups.hyperpod.description).toBe("hyprpd-lustre-hyperpod-sg");
  expect(groups.lustre.description).toBe("hyprpd-lustre-hyperpod-sg");
  expect(resources(stack, "aws_fsx_lustre_file_system").this.kms_key_id).toBeUndefined();
  expect(resources(stack, "awscc_sagemaker_cluster").this.node_provisioning_mode).toBeUndefined();
  expect(stack.resource.aws_kms_key).toBeUndefined();
  expect(stack.resource.aws_s3_bucket_logging).toBeUndefined();
  expect(stack.module.vpc.enable_flow_log).toBeUndefined();
});

/**
 * Runs the real `terraform validate` on a synthesized stack, offline: the
 * preinstalled hashicorp/aws provider through a filesystem mirror, the VPC
 * module replaced by a stub with the module's real interface (from
 * schemas/), and the awscc parts left out (no awscc binary here; they are
 * checked against the awscc schema instead, see awscc-schema.ts).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, type TfJson } from "./synth";

export const PLUGIN_DIR = process.env.HYPERPOD_TF_PLUGIN_DIR ?? "/opt/tf-plugins";
/** The terraform binary; HYPERPOD_TERRAFORM names another one. */
const terraform = () => process.env.HYPERPOD_TERRAFORM ?? "terraform";
const AWS_PROVIDER = "registry.terraform.io/hashicorp/aws";
const AWS_VERSION = "5.100.0";

/** Throws, saying what to install, when terraform or the aws provider is missing. */
export function requireTerraform(): void {
  const tf = spawnSync(terraform(), ["version"], { encoding: "utf8" });
  if (tf.error || tf.status !== 0) {
    throw new Error(
      `${terraform()} is not installed or not on PATH: install Terraform >= 1.10 (the tests run \`terraform validate\`)`,
    );
  }
  const providerDir = join(PLUGIN_DIR, AWS_PROVIDER, AWS_VERSION);
  if (!existsSync(providerDir)) {
    throw new Error(
      `the hashicorp/aws ${AWS_VERSION} provider is not in ${providerDir}: unpack terraform-provider-aws_${AWS_VERSION} there ` +
        "(filesystem mirror layout) or set HYPERPOD_TF_PLUGIN_DIR to the mirror that holds it",
    );
  }
}

let stubDir: string | undefined;

/** A local module with every input and output of terraform-aws-modules/vpc 5.21.0. */
function vpcStub(): string {
  if (stubDir) return stubDir;
  const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "terraform-aws-vpc-5.21.0.module-schema.json"), "utf8"));
  const variable: TfJson = {};
  for (const input of schema.inputs) {
    variable[input.name] = { type: input.type, ...(input.required ? {} : { default: input.default ?? null }) };
  }
  const output: TfJson = {};
  for (const out of schema.outputs) output[out.name] = { value: null };
  stubDir = mkdtempSync(join(tmpdir(), "vpc-stub-"));
  writeFileSync(join(stubDir, "main.tf.json"), JSON.stringify({ variable, output }, null, 1));
  return stubDir;
}

/** The aws part of a synthesized stack, ready for an offline `terraform validate`. */
export function awsPart(stack: TfJson, stubPath: string): TfJson {
  const out: TfJson = JSON.parse(JSON.stringify(stack));
  delete out.terraform.backend;
  delete out.terraform.cloud;
  delete out.terraform.required_providers.awscc;
  delete out.provider.awscc;
  for (const type of Object.keys(out.resource ?? {})) {
    if (type.startsWith("awscc_")) delete out.resource[type];
  }
  if (out.module?.vpc) {
    out.module.vpc.source = stubPath;
    delete out.module.vpc.version;
  }
  return out;
}

export interface ValidateResult {
  readonly valid: boolean;
  readonly diagnostics: { severity: string; summary: string; detail?: string }[];
  readonly output: string;
}

/**
 * Environment for terraform in `work`: a CLI configuration that installs the
 * aws provider from the filesystem mirror only (no registry access).
 */
export function offlineEnv(work: string): NodeJS.ProcessEnv {
  const cliConfig = join(work, "terraformrc");
  writeFileSync(
    cliConfig,
    // The mirror doubles as the plugin cache, so init links the 700 MB
    // provider binary instead of copying it into every work folder.
    `plugin_cache_dir = "${PLUGIN_DIR}"\nplugin_cache_may_break_dependency_lock_file = true\n` +
      `provider_installation {\n  filesystem_mirror {\n    path = "${PLUGIN_DIR}"\n    include = ["${AWS_PROVIDER}"]\n  }\n}\n`,
  );
  return { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
}

/** The terraform binary (HYPERPOD_TERRAFORM or `terraform`). */
export const terraformBinary = terraform;

/** `terraform init` + `terraform validate -json` on the aws part of a synthesized stack folder. */
export function terraformValidate(stackDir: string): ValidateResult {
  requireTerraform();
  const work = mkdtempSync(join(tmpdir(), "tf-validate-"));
  const stack = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8"));
  if (existsSync(join(stackDir, "assets"))) cpSync(join(stackDir, "assets"), join(work, "assets"), { recursive: true });
  const stub = join(work, "vpc-stub");
  mkdirSync(stub);
  cpSync(vpcStub(), stub, { recursive: true });
  writeFileSync(join(work, "main.tf.json"), JSON.stringify(awsPart(stack, "./vpc-stub"), null, 1));
  const env = offlineEnv(work);
  const init = spawnSync(terraform(), ["init", "-backend=false", "-input=false", "-no-color"], {
    cwd: work,
    env,
    encoding: "utf8",
  });
  if (init.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
  }
  const validate = spawnSync(terraform(), ["validate", "-json", "-no-color"], { cwd: work, env, encoding: "utf8" });
  rmSync(work, { recursive: true, force: true });
  const parsed = JSON.parse(validate.stdout);
  return { valid: parsed.valid, diagnostics: parsed.diagnostics, output: validate.stdout + validate.stderr };
}

/**
 * Runs the real `terraform validate` on a synthesized stack, offline: the
 * preinstalled hashicorp/aws provider through a filesystem mirror, the VPC
 * module replaced by a stub with the module's real interface (from
 * schemas/), and the awscc parts left out (no awscc binary here; they are
 * checked against the awscc schema instead, see awscc-schema.ts).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, type TfJson } from "./synth";

/** Where this kind of machine keeps a preinstalled provider mirror; used only when it holds the aws provider. */
export const DEFAULT_MIRROR = "/opt/tf-plugins";
/** The terraform binary; HYPERPOD_TERRAFORM names another one. */
const terraform = () => process.env.HYPERPOD_TERRAFORM ?? "terraform";
const AWS_PROVIDER = "registry.terraform.io/hashicorp/aws";
const AWS_VERSION = "5.100.0";

/**
 * How `terraform init` gets the aws provider: from the filesystem mirror
 * named by HYPERPOD_TF_PLUGIN_DIR, else from the machine's own mirror when it
 * holds the provider, else from the registry as usual, with a plugin cache so
 * that it is downloaded once and not into every work folder.
 */
export function providerSource(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): { mirror?: string; cache: string } {
  const named = env.HYPERPOD_TF_PLUGIN_DIR;
  if (named) return { mirror: named, cache: named };
  if (exists(join(DEFAULT_MIRROR, AWS_PROVIDER, AWS_VERSION))) return { mirror: DEFAULT_MIRROR, cache: DEFAULT_MIRROR };
  return { cache: env.TF_PLUGIN_CACHE_DIR ?? join(homedir(), ".terraform.d", "plugin-cache") };
}

/** The CLI configuration for a work folder (TF_CLI_CONFIG_FILE). */
export function cliConfig(source: { mirror?: string; cache: string }): string {
  // A mirror doubles as the plugin cache, so init links the 700 MB provider
  // binary instead of copying it into every work folder.
  const cache = `plugin_cache_dir = "${source.cache}"\nplugin_cache_may_break_dependency_lock_file = true\n`;
  if (!source.mirror) return cache;
  return (
    cache +
    `provider_installation {\n  filesystem_mirror {\n    path = "${source.mirror}"\n    include = ["${AWS_PROVIDER}"]\n  }\n` +
    `  direct {\n    exclude = ["${AWS_PROVIDER}"]\n  }\n}\n`
  );
}

/** Throws, saying what to install, when terraform or a named mirror's aws provider is missing. */
export function requireTerraform(): void {
  const tf = spawnSync(terraform(), ["version"], { encoding: "utf8" });
  if (tf.error || tf.status !== 0) {
    throw new Error(
      `${terraform()} is not installed or not on PATH: install Terraform >= 1.10 (the tests run \`terraform validate\`)`,
    );
  }
  const { mirror } = providerSource();
  const providerDir = mirror && join(mirror, AWS_PROVIDER, AWS_VERSION);
  if (providerDir && !existsSync(providerDir)) {
    throw new Error(
      `the hashicorp/aws ${AWS_VERSION} provider is not in ${providerDir}: unpack terraform-provider-aws_${AWS_VERSION} there ` +
        "(filesystem mirror layout) or unset HYPERPOD_TF_PLUGIN_DIR to let terraform init download it",
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
  for (const [name, o] of Object.entries(out.output ?? {})) {
    if (JSON.stringify(o).includes("awscc_")) delete out.output[name];
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
 * aws provider as providerSource() says (a mirror when there is one).
 */
export function offlineEnv(work: string): NodeJS.ProcessEnv {
  const source = providerSource();
  mkdirSync(source.cache, { recursive: true });
  const cliConfigFile = join(work, "terraformrc");
  writeFileSync(cliConfigFile, cliConfig(source));
  return { ...process.env, TF_CLI_CONFIG_FILE: cliConfigFile, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
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
  const source = providerSource();
  const env = offlineEnv(work);
  const init = spawnSync(terraform(), ["init", "-backend=false", "-input=false", "-no-color"], {
    cwd: work,
    env,
    encoding: "utf8",
  });
  if (init.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    const hint = source.mirror
      ? `the mirror ${source.mirror} was used`
      : `no mirror was found (${DEFAULT_MIRROR} or HYPERPOD_TF_PLUGIN_DIR), so the provider comes from the registry`;
    throw new Error(`terraform init failed (${hint}):\n${init.stdout}\n${init.stderr}`);
  }
  const validate = spawnSync(terraform(), ["validate", "-json", "-no-color"], { cwd: work, env, encoding: "utf8" });
  rmSync(work, { recursive: true, force: true });
  const parsed = JSON.parse(validate.stdout);
  return { valid: parsed.valid, diagnostics: parsed.diagnostics, output: validate.stdout + validate.stderr };
}

/** Evaluates one Terraform expression that references nothing (`terraform console`) and returns its string value. */
export function terraformString(expression: string): string {
  requireTerraform();
  const dir = mkdtempSync(join(tmpdir(), "tf-console-"));
  try {
    const r = spawnSync(terraform(), ["console"], { cwd: dir, input: `${expression}\n`, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`terraform console failed: ${r.stderr}`);
    // A one-line string prints as a quoted literal, with JSON's escapes.
    return JSON.parse(r.stdout.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

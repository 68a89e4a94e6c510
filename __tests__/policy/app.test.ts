/** The pack in the real app: the shipped configurations pass with no finding; an escape hatch does not. */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { POLICY_REPORT_FILE } from "../../src/policy/pack";
import { HyperPodStack } from "../../stacks/hyperpod-stack";
import { resolveConfig, resources, SCRIPTS_DIR, synthConfig } from "../support/synth";

const read = (outdir: string, stack: string, file: string) =>
  JSON.parse(readFileSync(join(outdir, "stacks", stack, file), "utf8"));

describe.each<[string, Record<string, unknown>]>([
  ["the default configuration", {}],
  ["fsx.dataRepository.forceDestroy: true (explicit)", { fsx: { dataRepository: { forceDestroy: true } } }],
  ["securityMode: lustre-ports", { securityMode: "lustre-ports" }],
  ["fsx.efaEnabled: true", { fsx: { efaEnabled: true } }],
  ["an existing data bucket", { fsx: { dataRepository: { existingBucket: "shared-datasets" } } }],
  ["no data repository", { fsx: { dataRepository: { enabled: false } } }],
])("%s", (_name, config) => {
  // Synthesized inside the test (not in beforeAll), so mutation testing's per-test coverage sees which test runs the rules.
  test("synthesizes with zero findings: policy-report.json is [] and the manifest has no annotation", () => {
    const synth = synthConfig(config);
    expect(read(synth.outdir, "hyperpod", POLICY_REPORT_FILE)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(synth.outdir, "manifest.json"), "utf8"));
    expect(manifest.stacks.hyperpod.annotations).toEqual([]);
  });
});

test("the explicit forceDestroy reaches the bucket, and efaEnabled the file system (so the passes above are real)", () => {
  const force = synthConfig({ fsx: { dataRepository: { forceDestroy: true }, efaEnabled: true } }).stacks.hyperpod;
  expect(resources(force, "aws_s3_bucket").data_repository.force_destroy).toBe(true);
  expect(resources(force, "aws_fsx_lustre_file_system").this.efa_enabled).toBe(true);
});

/** The default stack, with force_destroy put on the data bucket behind the configuration's back. */
function forceDestroyedBehindTheConfig(raw: Record<string, unknown> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "hyperpod-policy-"));
  const app = new App({ outdir });
  const [cluster] = resolveConfig(raw);
  const stack = new HyperPodStack(app, cluster.stackName, { cluster, scriptsDir: SCRIPTS_DIR });
  stack.storage.dataBucket!.bucket.forceDestroy = true;
  return { app, outdir };
}

test("a force_destroy data bucket without fsx.dataRepository.forceDestroy fails synth, writing no stack", () => {
  const { app, outdir } = forceDestroyedBehindTheConfig();
  expect(() => app.synth()).toThrow(
    /\[hyperpod\/storage\/data\/bucket\] POL-DATA-FORCE-DESTROY aws_s3_bucket\.data_repository: has force_destroy = true/,
  );
  expect(existsSync(join(outdir, "stacks", "hyperpod", "cdk.tf.json"))).toBe(false);
  expect(read(outdir, "hyperpod", POLICY_REPORT_FILE)).toEqual([
    {
      rule: "POL-DATA-FORCE-DESTROY",
      resource: "hyperpod/storage/data/bucket",
      address: "aws_s3_bucket.data_repository",
      level: "ERROR",
      finding: "has force_destroy = true, but the configuration does not set fsx.dataRepository.forceDestroy: true",
      suppressed: null,
    },
  ]);
});

test("the same, suppressed in the configuration with a reason, synthesizes and reports the suppression", () => {
  const reason = "scratch environment, rebuilt from the dataset every night";
  const { app, outdir } = forceDestroyedBehindTheConfig({
    suppressions: [{ id: "POL-DATA-FORCE-DESTROY", reason, resource: "aws_s3_bucket.data_repository" }],
  });
  app.synth();
  expect(read(outdir, "hyperpod", "cdk.tf.json").resource.aws_s3_bucket.data_repository.force_destroy).toBe(true);
  expect(read(outdir, "hyperpod", POLICY_REPORT_FILE)).toEqual([
    expect.objectContaining({ rule: "POL-DATA-FORCE-DESTROY", suppressed: reason }),
  ]);
});

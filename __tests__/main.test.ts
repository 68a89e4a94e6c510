/**
 * The app as a user runs it: `node scripts/run-app.mjs` is what cdktf.json
 * runs for `cdktf synth`; one test goes through the cdktf CLI itself.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTree } from "./support/files";
import { ROOT } from "./support/synth";

function runApp(env: Record<string, string>) {
  return spawnSync(process.execPath, [join(ROOT, "scripts", "run-app.mjs")], {
    cwd: ROOT,
    env: { ...process.env, HYPERPOD_CONFIG: "", ...env },
    encoding: "utf8",
  });
}

function configFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "hyperpod-config-")), "hyperpod.config.yaml");
  writeFileSync(file, text);
  return file;
}

const scratch = () => join(mkdtempSync(join(tmpdir(), "hyperpod-out-")), "cdktf.out");

test("two synths of the default configuration are byte-identical", () => {
  const a = scratch();
  const b = scratch();
  expect(runApp({ CDKTF_OUTDIR: a }).status).toBe(0);
  expect(runApp({ CDKTF_OUTDIR: b }).status).toBe(0);
  const fa = readTree(a);
  expect(Object.keys(fa)).toEqual(expect.arrayContaining(["manifest.json", "stacks/hyperpod/cdk.tf.json"]));
  expect(readTree(b)).toEqual(fa);
});

test("a broken configuration prints every finding, exits 1 and writes nothing", () => {
  const out = scratch();
  const file = configFile(
    ["regoin: ap-northeast-1", "fsx:", "  storageCapacity: lots", "  dataCompression: GZIP", ""].join("\n"),
  );
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: file });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`${file}: 3 error(s); nothing was synthesized`);
  expect(r.stderr).toContain("ERROR CONFIG_UNKNOWN_KEY `regoin` is not a known setting");
  expect(r.stderr).toContain('ERROR CONFIG_TYPE `fsx.storageCapacity` must be a number, got "lots"');
  expect(r.stderr).toContain('ERROR CONFIG_VALUE `fsx.dataCompression` must be NONE or LZ4, got "GZIP"');
  expect(existsSync(out)).toBe(false);
});

test("a failed synth leaves the previous output as it was", () => {
  const out = scratch();
  expect(runApp({ CDKTF_OUTDIR: out }).status).toBe(0);
  const before = readTree(out);
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: configFile("fsx: {storageCapacity: lots}\n") });
  expect(r.status).toBe(1);
  expect(readTree(out)).toEqual(before);
});

test("HYPERPOD_CONFIG naming a missing file stops with the file's name", () => {
  const out = scratch();
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: "/nonexistent/hyperpod.yaml" });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("/nonexistent/hyperpod.yaml: HYPERPOD_CONFIG names this file, but it does not exist");
  expect(existsSync(out)).toBe(false);
});

test("a file that is not valid YAML stops with the file, line and column", () => {
  const out = scratch();
  const file = configFile("region: ap-northeast-1\nfsx: [unclosed\n");
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: file });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`^${file}: not valid YAML:\\n  line \\d+, column \\d+: `));
  expect(existsSync(out)).toBe(false);
});

test("`cdktf synth` runs the app with the built-in defaults and no AWS credentials", () => {
  const out = scratch();
  const r = spawnSync(join(ROOT, "node_modules", ".bin", "cdktf"), ["synth", "--output", out], {
    cwd: ROOT,
    env: { ...process.env, HYPERPOD_CONFIG: "", AWS_ACCESS_KEY_ID: "", AWS_PROFILE: "", CI: "1" },
    encoding: "utf8",
  });
  expect(r.status).toBe(0);
  const stack = JSON.parse(readFileSync(join(out, "stacks", "hyperpod", "cdk.tf.json"), "utf8"));
  expect(Object.keys(stack.resource)).toContain("awscc_sagemaker_cluster");
});

test("warnings are printed and synth goes on; a suppressed finding shows its reason", () => {
  const out = scratch();
  const file = configFile(
    [
      "instanceGroups:",
      "  - { name: controller-group, role: controller, instanceType: ml.m5.xlarge }",
      "  - { name: cpu, role: worker, instanceType: ml.c5.4xlarge, count: 2 }",
      "",
    ].join("\n"),
  );
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: file });
  expect(r.status).toBe(0);
  expect(r.stderr).toContain(
    "WARNING EFA_WORKER_TYPE `securityMode` is efa, but worker instanceGroups[1] (ml.c5.4xlarge) has no EFA and will use TCP only",
  );
  expect(existsSync(join(out, "stacks", "hyperpod", "cdk.tf.json"))).toBe(true);

  const suppressed = configFile(
    [
      "instanceGroups:",
      "  - { name: controller-group, role: controller, instanceType: ml.m5.xlarge }",
      "  - { name: cpu, role: worker, instanceType: ml.c5.4xlarge, count: 2 }",
      "suppressions:",
      "  - { id: EFA_WORKER_TYPE, reason: CPU workers only need TCP between them }",
      "",
    ].join("\n"),
  );
  const s = runApp({ CDKTF_OUTDIR: scratch(), HYPERPOD_CONFIG: suppressed });
  expect(s.status).toBe(0);
  expect(s.stderr).toContain("; suppressed: CPU workers only need TCP between them)");
});

test("under the cdktf CLI, warnings become stack annotations (shown as WARN), not stderr (shown as [ERROR])", () => {
  const out = scratch();
  const file = configFile(
    [
      "clusters:",
      "  dev:",
      "    fsx: { dataRepository: { s3Prefix: datasets } }",
      "  prod:",
      "    namePrefix: prod",
      "",
    ].join("\n"),
  );
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: file, CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true" });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe("");
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  expect(manifest.stacks.dev.annotations).toEqual([
    {
      constructPath: "dev",
      level: "@cdktf/warn",
      message: `${file}: WARNING DRA_S3_PREFIX_SLASH \`clusters.dev.fsx.dataRepository.s3Prefix\` should end with / so that it names one folder, got "datasets"`,
    },
  ]);
  // A finding under clusters.dev concerns dev only; no stack trace with this machine's paths.
  expect(manifest.stacks.prod.annotations ?? []).toEqual([]);
});

test("a policy ERROR stops synth even under `cdktf synth`, and nothing is written", () => {
  const out = scratch();
  // The configuration check is suppressed, so only the policy pack stands in the way.
  const file = configFile(
    [
      "securityMode: lustre-ports",
      "fsx: { efaEnabled: true }",
      "suppressions:",
      "  - { id: FSX_EFA, reason: testing that the policy pack still refuses it }",
      "",
    ].join("\n"),
  );
  const r = runApp({ CDKTF_OUTDIR: out, HYPERPOD_CONFIG: file, CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true" });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("synth failed, nothing was written");
  expect(r.stderr).toContain("POL-FSX-EFA-GROUPS");
  expect(existsSync(out)).toBe(false);
});

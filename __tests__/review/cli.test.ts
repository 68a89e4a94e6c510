/**
 * End to end: a temporary git repository with the project, a commit with
 * configuration A, an edit to B, `npm run review -- --base HEAD`; the
 * classes, codes, files and exit status. Also: identical synths, a base that
 * fails to synthesize, an unknown ref, --base-dir, bad arguments.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/review/cli";
import { ROOT } from "../support/synth";

const PROJECT = [
  "package.json",
  "cdktf.json",
  "main.ts",
  "tsconfig.json",
  "src",
  "stacks",
  ".gen",
  "lifecycle-scripts",
  "scripts",
];
let repo: string;

const git = (...args: string[]) => {
  const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd: repo,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
};
const config = (yaml: string) => writeFileSync(join(repo, "hyperpod.config.yaml"), yaml);
const reviewRun = (...args: string[]) => {
  const env = { ...process.env };
  delete env.HYPERPOD_CONFIG;
  return spawnSync("npm", ["run", "-s", "review", "--", ...args], { cwd: repo, encoding: "utf8", env });
};
const reviewJson = () => JSON.parse(readFileSync(join(repo, "cdktf.out", "review", "review.json"), "utf8"));

const A = "production: true\nfsx:\n  storageCapacity: 2400\n";
const B =
  "production: true\n" +
  "instanceGroups:\n" +
  "  - { name: controller-group, role: controller, instanceType: ml.t3.medium }\n" +
  "  - { name: workers, role: worker, instanceType: ml.c5.xlarge, count: 2 }\n";

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "review-e2e-"));
  for (const p of PROJECT) cpSync(join(ROOT, p), join(repo, p), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(repo, "node_modules"), "dir");
  writeFileSync(join(repo, ".gitignore"), "node_modules\ncdktf.out\ndist\n");
  config(A);
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "A");
}, 60_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

test("identical synths: no changes, exit 0, both files written", () => {
  const r = reviewRun("--base", "HEAD");
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/no changes/);
  expect(readFileSync(join(repo, "cdktf.out", "review", "review.md"), "utf8")).toMatch(/No changes/);
  expect(reviewJson()).toEqual(
    expect.objectContaining({ exitCode: 0, summary: expect.objectContaining({ changed: false }) }),
  );
  // the temporary worktree is gone
  expect(git("worktree", "list").trim().split("\n")).toHaveLength(1);
});

test("A → B: the file system shrinks (blocking with protect), a group is appended; exit 3", () => {
  config(B);
  const r = reviewRun("--base", "HEAD");
  expect(r.status).toBe(3);
  expect(r.stdout).toMatch(/BLOCKING REV-FILE-SYSTEM-LOSS aws_fsx_lustre_file_system.this/);
  const json = reviewJson();
  const s = json.stacks[0];
  expect(s.protect).toBe(true);
  const byAddress = Object.fromEntries(
    s.resources.map((c: { address: string; action: string }) => [c.address, c.action]),
  );
  expect(byAddress).toEqual(
    expect.objectContaining({
      "aws_fsx_lustre_file_system.this": "replace",
      "aws_fsx_data_repository_association.this": "replace",
      "awscc_sagemaker_cluster.this": "update",
      "aws_s3_object.life_cycle_scripts_provisioning_parameters": "no-node-effect",
    }),
  );
  expect(s.findings.map((f: { code: string; blocking: boolean }) => [f.code, f.blocking])).toEqual([
    ["REV-FILE-SYSTEM-LOSS", true],
  ]);
  const md = readFileSync(join(repo, "cdktf.out", "review", "review.md"), "utf8");
  expect(md).toMatch(/⛔ \*\*BLOCKING\*\* `REV-FILE-SYSTEM-LOSS`/);
  expect(md).toMatch(/\| `storage_capacity` \| `2400` \| `1200` \| replace \|/);
  expect(md).toMatch(/```mermaid\nflowchart LR/);
  // the new configuration warning (workers without EFA in efa mode) is reported as new
  expect(json.configWarnings.new).toEqual([expect.stringMatching(/^WARNING EFA_WORKER_TYPE /)]);
}, 120_000);

test("acknowledged in the configuration: exit 0, reported as acknowledged", () => {
  config(
    `${B}suppressions:\n  - id: REV-FILE-SYSTEM-LOSS\n    reason: scratch data only, copied to S3 first\n    resource: aws_fsx_lustre_file_system.this\n`,
  );
  const r = reviewRun("--base", "HEAD");
  expect(r.status).toBe(0);
  expect(reviewJson().stacks[0].findings).toEqual([
    expect.objectContaining({
      code: "REV-FILE-SYSTEM-LOSS",
      blocking: false,
      acknowledged: "scratch data only, copied to S3 first",
    }),
  ]);
}, 120_000);

test("--base-dir compares with an existing cdktf.out", () => {
  config(A);
  const base = mkdtempSync(join(tmpdir(), "review-base-dir-"));
  const s = spawnSync("node", ["scripts/run-app.mjs"], {
    cwd: repo,
    env: { ...process.env, CDKTF_OUTDIR: base },
    encoding: "utf8",
  });
  expect(s.status).toBe(0);
  config(B);
  const r = reviewRun("--base-dir", base);
  expect(r.status).toBe(3);
  expect(reviewJson().base.label).toBe(base);
  rmSync(base, { recursive: true, force: true });
}, 120_000);

test("a base that fails to synthesize is a usage error (exit 2) that says which revision and why", () => {
  config("fsx:\n  storageCapacity: 7\n");
  git("commit", "-qam", "broken");
  config(A);
  const r = reviewRun("--base", "HEAD");
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/review: the base revision HEAD \([0-9a-f]{7}\) failed to synthesize/);
  expect(r.stderr).toMatch(/FSX_STORAGE_CAPACITY/);
  expect(git("worktree", "list").trim().split("\n")).toHaveLength(1);
}, 120_000);

test("an unknown ref is a usage error (exit 2), nothing written", () => {
  rmSync(join(repo, "cdktf.out", "review"), { recursive: true, force: true });
  const r = reviewRun("--base", "no-such-branch");
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/--base "no-such-branch" is not a commit of this repository/);
  expect(existsSync(join(repo, "cdktf.out", "review", "review.md"))).toBe(false);
});

test.each([
  [[], "name the base: --base <git ref> or --base-dir <folder>"],
  [["--base", "main", "--base-dir", "x"], "--base and --base-dir exclude each other"],
  [["--base"], "--base needs a value"],
  [["--bsae", "main"], 'unknown argument "--bsae"'],
])("bad arguments %j", (argv, message) => {
  expect(() => parseArgs(argv)).toThrow(message);
});

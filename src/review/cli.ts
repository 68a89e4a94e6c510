/**
 * `npm run review -- --base <git ref>` / `--base-dir <dir>` and
 * `npm run diagram`: everything that touches git, files and processes.
 * The comparison itself is pure (review.ts).
 *
 * Exit status: 0 nothing blocking; 3 a blocking change the configuration
 * does not acknowledge; 2 a usage error (bad arguments, unknown ref, a
 * revision that fails to synthesize).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { hasValidReason } from "../config/suppressions";
import type { Acknowledgement } from "./classify";
import { stackDiagram } from "./diagram";
import { renderMarkdown, renderSummary } from "./markdown";
import type { TfJson } from "./model";
import { type PolicyRow, review, type SynthOutput } from "./review";

export const EXIT_OK = 0;
export const EXIT_BLOCKING = 3;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

const USAGE =
  "usage: npm run review -- (--base <git ref> | --base-dir <cdktf.out folder>) [--head-dir <cdktf.out folder>] [--out <folder>]";

export interface Args {
  readonly base?: string;
  readonly baseDir?: string;
  readonly headDir?: string;
  readonly out?: string;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Record<string, string> = {};
  const known = ["--base", "--base-dir", "--head-dir", "--out"];
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (!known.includes(flag)) {
      problems.push(`unknown argument ${JSON.stringify(a)}`);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) {
      problems.push(`${flag} needs a value`);
      continue;
    }
    args[flag.slice(2)] = value;
  }
  if (!args.base && !args["base-dir"]) problems.push("name the base: --base <git ref> or --base-dir <folder>");
  if (args.base && args["base-dir"]) problems.push("--base and --base-dir exclude each other, got both");
  if (problems.length) throw new UsageError(`${problems.join("; ")}\n${USAGE}`);
  return { base: args.base, baseDir: args["base-dir"], headDir: args["head-dir"], out: args.out };
}

function git(cwd: string, args: string[]) {
  return spawnSync("git", args, { cwd, encoding: "utf8" });
}

/** Reads a synthesized output folder (`cdktf.out`): every stack's cdk.tf.json and policy report. */
export function readSynth(dir: string, label: string): SynthOutput {
  const stacksDir = join(dir, "stacks");
  if (!existsSync(stacksDir)) {
    throw new UsageError(
      `${dir} holds no synthesized stacks (no stacks/ folder): synthesize it first, or name a cdktf.out folder`,
    );
  }
  const stacks: Record<string, TfJson> = {};
  const policy: Record<string, PolicyRow[]> = {};
  const assets: Record<string, Record<string, string>> = {};
  for (const name of readdirSync(stacksDir).sort()) {
    const file = join(stacksDir, name, "cdk.tf.json");
    if (!existsSync(file)) continue;
    stacks[name] = JSON.parse(readFileSync(file, "utf8"));
    const report = join(stacksDir, name, "policy-report.json");
    if (existsSync(report)) policy[name] = JSON.parse(readFileSync(report, "utf8"));
    assets[name] = digests(join(stacksDir, name), "assets");
  }
  const findingsFile = join(dir, "review", "config-findings.json");
  const configFindings = existsSync(findingsFile) ? JSON.parse(readFileSync(findingsFile, "utf8")) : undefined;
  return { stacks, policy, assets, configFindings, label };
}

/** sha256 of every file below `dir/sub`, by path relative to `dir`. */
function digests(dir: string, sub: string, out: Record<string, string> = {}): Record<string, string> {
  const here = join(dir, sub);
  if (!existsSync(here)) return out;
  for (const entry of readdirSync(here, { withFileTypes: true })) {
    const rel = `${sub}/${entry.name}`;
    if (entry.isDirectory()) digests(dir, rel, out);
    else if (entry.isFile())
      out[rel] = createHash("sha256")
        .update(readFileSync(join(dir, rel)))
        .digest("hex");
  }
  return out;
}

/** Configuration findings as the app prints them (indented `LEVEL CODE ...` lines). */
export function configFindingLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /^(WARNING|ERROR|INFO) [A-Z0-9_-]+ /.test(l));
}

/** Runs a checkout's own app command (cdktf.json `app`) into `outdir`. */
function synthesize(dir: string, outdir: string, env: NodeJS.ProcessEnv, what: string): string {
  const cdktfJson = join(dir, "cdktf.json");
  if (!existsSync(cdktfJson)) throw new UsageError(`${what} has no cdktf.json: it is not a CDKTF project`);
  const app = String(JSON.parse(readFileSync(cdktfJson, "utf8")).app ?? "");
  if (!app) throw new UsageError(`${what}: cdktf.json names no app command`);
  const r = spawnSync("sh", ["-c", app], {
    cwd: dir,
    env: { ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    timeout: 300_000,
  });
  if (r.status !== 0) {
    const why = `${r.stderr ?? ""}${r.stdout ?? ""}`.trim().split("\n").slice(-15).join("\n  ");
    throw new UsageError(`${what} failed to synthesize (\`${app}\` exited ${r.status ?? r.signal}):\n  ${why}`);
  }
  return r.stderr ?? "";
}

/** The configuration file of the head, read for its `suppressions` (stack name → list). */
export function acknowledgements(
  root: string,
  env: NodeJS.ProcessEnv,
  stackNames: string[],
): Record<string, Acknowledgement[]> {
  const file = env.HYPERPOD_CONFIG ? resolve(root, env.HYPERPOD_CONFIG) : join(root, "hyperpod.config.yaml");
  if (!existsSync(file)) return {};
  const doc = (parseYaml(readFileSync(file, "utf8")) ?? {}) as TfJson;
  const list = (v: unknown): Acknowledgement[] =>
    Array.isArray(v)
      ? v
          .filter((s) => s && typeof s.id === "string")
          .map((s) => ({ id: s.id, reason: typeof s.reason === "string" ? s.reason : "", resource: s.resource }))
      : [];
  const out: Record<string, Acknowledgement[]> = {};
  for (const name of stackNames) {
    const own = doc.clusters?.[name];
    // Lists replace: a cluster's own suppressions replace the shared ones (as the configuration merges them).
    out[name] = own && "suppressions" in own ? list(own.suppressions) : list(doc.suppressions);
  }
  return out;
}

/** Checks out `ref` in a temporary worktree, synthesizes it with its own app command and configuration. */
function synthBase(root: string, ref: string, env: NodeJS.ProcessEnv): SynthOutput {
  const sha = git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (sha.status !== 0) {
    throw new UsageError(
      `--base ${JSON.stringify(ref)} is not a commit of this repository (git rev-parse found nothing)`,
    );
  }
  const commit = sha.stdout.trim();
  const label = `${ref} (${commit.slice(0, 7)})`;
  const work = mkdtempSync(join(tmpdir(), "hyperpod-review-base-"));
  const tree = join(work, "tree");
  const add = git(root, ["worktree", "add", "--detach", "--quiet", tree, commit]);
  if (add.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new UsageError(`cannot check out ${label} in a temporary worktree: ${add.stderr.trim()}`);
  }
  try {
    if (existsSync(join(root, "node_modules")) && !existsSync(join(tree, "node_modules"))) {
      symlinkSync(join(root, "node_modules"), join(tree, "node_modules"), "dir");
    }
    const baseEnv: NodeJS.ProcessEnv = { ...env };
    const named = env.HYPERPOD_CONFIG;
    if (named) {
      const abs = resolve(root, named);
      const inRepo = !relative(root, abs).startsWith("..") && !isAbsolute(relative(root, abs));
      const there = inRepo ? join(tree, relative(root, abs)) : abs;
      if (existsSync(there)) baseEnv.HYPERPOD_CONFIG = there;
      else delete baseEnv.HYPERPOD_CONFIG; // the base revision has no such file: its defaults apply
    }
    const outdir = join(work, "cdktf.out");
    const stderr = synthesize(tree, outdir, baseEnv, `the base revision ${label}`);
    return { ...readSynth(outdir, label), configFindings: configFindingLines(stderr) };
  } finally {
    git(root, ["worktree", "remove", "--force", tree]);
    rmSync(work, { recursive: true, force: true });
    git(root, ["worktree", "prune"]);
  }
}

function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

export function runReview(argv: readonly string[], root = process.cwd(), env = process.env): number {
  const args = parseArgs(argv);
  // The base first: a bad ref fails before anything is written.
  const base = args.baseDir
    ? readSynth(resolve(root, args.baseDir), `${args.baseDir}`)
    : synthBase(root, args.base!, env);
  let head: SynthOutput;
  if (args.headDir) {
    head = readSynth(resolve(root, args.headDir), args.headDir);
  } else {
    const outdir = join(root, "cdktf.out");
    const stderr = synthesize(root, outdir, env, "the working tree");
    head = { ...readSynth(outdir, "working tree"), configFindings: configFindingLines(stderr) };
  }
  const result = review(base, head, {
    acknowledgements: acknowledgements(root, env, Object.keys(head.stacks)),
    validReason: hasValidReason,
  });
  const out = resolve(root, args.out ?? join("cdktf.out", "review"));
  mkdirSync(out, { recursive: true });
  const md = join(out, "review.md");
  const json = join(out, "review.json");
  writeAtomically(md, renderMarkdown(result));
  writeAtomically(json, `${JSON.stringify(result, null, 2)}\n`);
  if (head.configFindings)
    writeAtomically(join(out, "config-findings.json"), `${JSON.stringify(head.configFindings)}\n`);
  process.stdout.write(renderSummary(result, [relative(root, md), relative(root, json)]));
  return result.exitCode;
}

const DOC_START = "<!-- diagram:start (npm run diagram) -->";
const DOC_END = "<!-- diagram:end -->";

/** docs/architecture.md with `diagram` between the markers. */
export function architectureDoc(current: string | undefined, diagram: string): string {
  const block = `${DOC_START}\n\`\`\`mermaid\n${diagram.trimEnd()}\n\`\`\`\n${DOC_END}`;
  if (current?.includes(DOC_START) && current.includes(DOC_END)) {
    return (
      current.slice(0, current.indexOf(DOC_START)) + block + current.slice(current.indexOf(DOC_END) + DOC_END.length)
    );
  }
  return (
    "# Architecture\n\n" +
    "The default stack (`hyperpod`, no configuration file), drawn from its synthesized `cdk.tf.json`: resources\n" +
    "grouped by the construct that holds them, solid arrows for references, dotted arrows for `depends_on`.\n" +
    "`npm run diagram` rewrites the block below; a test fails when it is stale.\n\n" +
    `${block}\n`
  );
}

export function runDiagram(root = process.cwd(), env = process.env): number {
  const work = mkdtempSync(join(tmpdir(), "hyperpod-diagram-"));
  try {
    const empty = join(work, "empty.yaml");
    writeFileSync(empty, "");
    synthesize(root, join(work, "cdktf.out"), { ...env, HYPERPOD_CONFIG: empty }, "the default configuration");
    const doc = JSON.parse(readFileSync(join(work, "cdktf.out", "stacks", "hyperpod", "cdk.tf.json"), "utf8"));
    const file = join(root, "docs", "architecture.md");
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    writeAtomically(file, architectureDoc(current, stackDiagram(doc)));
    process.stdout.write(`written: ${relative(root, file)}\n`);
    return EXIT_OK;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function main(argv: readonly string[]): number {
  try {
    return argv[0] === "diagram" ? runDiagram() : runReview(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`review: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

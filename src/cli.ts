/**
 * What the app does around the stacks: load the configuration and stop with
 * every finding at once, and write the synthesized output only when all of
 * it succeeded.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Annotations, App, DISABLE_STACK_TRACE_IN_METADATA, type TerraformStack } from "cdktf";
import { formatFinding } from "./config/findings";
import { ConfigFileError, type LoadedConfig, loadConfig } from "./config/load";

/**
 * Whether `cdktf synth`/`deploy` runs this app: the CLI sets this variable
 * (the app clears it later, see synthAtomically) and shows everything the app
 * writes to stderr as `[ERROR]`, so warnings go out as stack annotations
 * instead, which it shows as `WARN`.
 */
const UNDER_CDKTF_CLI = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS !== undefined;

/**
 * Loads the configuration; exits 1 with every finding on any ERROR.
 * Otherwise findings are printed to stderr, except under the cdktf CLI, where
 * `annotateFindings` hands them to the stacks.
 */
export function loadConfigOrExit(): LoadedConfig {
  let loaded: LoadedConfig;
  try {
    loaded = loadConfig();
  } catch (e) {
    if (e instanceof ConfigFileError) fail([e.message]);
    throw e;
  }
  const where = loaded.file ?? "built-in defaults";
  const errors = loaded.findings.filter((f) => f.level === "ERROR" && !f.suppressedBy);
  const shown = loaded.findings.map(formatFinding);
  if (errors.length > 0) {
    fail([`${where}: ${errors.length} error(s); nothing was synthesized`, ...shown]);
  }
  if (shown.length > 0 && !UNDER_CDKTF_CLI) {
    process.stderr.write(`${where}:\n${shown.map((l) => `  ${l}`).join("\n")}\n`);
  }
  return loaded;
}

/**
 * Under the cdktf CLI, every finding of the configuration becomes a warning
 * annotation of the stacks it concerns: a finding under `clusters.<name>.`
 * on that stack, any other on every stack.
 */
export function annotateFindings(stacks: readonly TerraformStack[], loaded: LoadedConfig): void {
  if (!UNDER_CDKTF_CLI) return;
  for (const finding of loaded.findings) {
    const own = loaded.clusters.find((c) => c.pathPrefix !== "" && finding.path.startsWith(c.pathPrefix));
    for (const stack of stacks) {
      if (own === undefined || own.stackName === stack.node.id) {
        Annotations.of(stack).addWarning(`${loaded.file ?? "built-in defaults"}: ${formatFinding(finding)}`);
      }
    }
  }
}

function fail(lines: string[]): never {
  process.stderr.write(
    `${lines[0]}\n${lines
      .slice(1)
      .map((l) => `  ${l}`)
      .join("\n")}\n`,
  );
  process.exit(1);
}

/**
 * Runs `build(app)` against a scratch folder next to the real output and
 * moves the result in place only when synthesis succeeded, so a failing
 * synth (a policy ERROR, an exception) leaves the previous output untouched
 * and writes nothing half-way.
 */
export function synthAtomically(build: (app: App) => void, outdir = process.env.CDKTF_OUTDIR ?? "cdktf.out"): void {
  const parent = dirname(outdir);
  const scratch = mkdtempSync(join(parent, `.${basename(outdir)}-`));
  try {
    // `cdktf synth` sets this so that error annotations do not abort the app;
    // here they must (stacks read it when they are constructed).
    delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    // No stack traces in annotations: they hold this machine's paths, and the output must not.
    const app = new App({ outdir: scratch, context: { [DISABLE_STACK_TRACE_IN_METADATA]: true } });
    build(app);
    app.synth();
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`synth failed, nothing was written: ${message}\n`);
    process.exit(1);
  }
  if (existsSync(outdir)) {
    for (const entry of readdirSync(outdir)) rmSync(join(outdir, entry), { recursive: true, force: true });
    for (const entry of readdirSync(scratch)) renameSync(join(scratch, entry), join(outdir, entry));
    rmSync(scratch, { recursive: true, force: true });
  } else {
    renameSync(scratch, outdir);
  }
}

/**
 * What the app does around the stacks: load the configuration and stop with
 * every finding at once, and write the synthesized output only when all of
 * it succeeded.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { App } from "cdktf";
import { formatFinding } from "./config/findings";
import { ConfigFileError, type LoadedConfig, loadConfig } from "./config/load";

/** Loads the configuration; prints findings to stderr; exits 1 on any ERROR. */
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
  if (shown.length > 0) process.stderr.write(`${where}:\n${shown.map((l) => `  ${l}`).join("\n")}\n`);
  return loaded;
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
    const app = new App({ outdir: scratch });
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

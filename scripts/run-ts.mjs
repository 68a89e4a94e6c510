// Runs a TypeScript entry point of this project in this process: esbuild
// transpiles it and what it imports into one file under dist/ (no type
// check: `npm run typecheck` and `npm test` do that). Packages stay external,
// so only the provider classes the entry imports are loaded. The bundle is
// rebuilt only when one of its source files changed since the last build.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Modification times of the bundle's inputs, as recorded at the last build. */
function upToDate(outfile, stampFile) {
  if (!existsSync(outfile) || !existsSync(stampFile)) return false;
  try {
    const inputs = JSON.parse(readFileSync(stampFile, "utf8"));
    return Object.entries(inputs).every(([file, mtime]) => statSync(join(root, file)).mtimeMs === mtime);
  } catch {
    return false;
  }
}

/** Bundles `entry` (relative to the project) into dist/<name>.js when stale, then runs it; returns its exports. */
export async function runTypeScript(entry, name) {
  const outfile = join(root, "dist", `${name}.js`);
  const stampFile = join(root, "dist", `${name}.inputs.json`);
  if (!upToDate(outfile, stampFile)) {
    const { buildSync } = await import("esbuild");
    const result = buildSync({
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      packages: "external",
      sourcemap: "inline",
      logLevel: "warning",
      metafile: true,
      absWorkingDir: root,
      write: false,
    });
    const inputs = Object.fromEntries(
      Object.keys(result.metafile.inputs).map((file) => [file, statSync(join(root, file)).mtimeMs]),
    );
    // Written beside and renamed, so that a run at the same time never reads half a file.
    mkdirSync(dirname(outfile), { recursive: true });
    const temp = `${outfile}.${process.pid}`;
    writeFileSync(temp, result.outputFiles[0].contents);
    renameSync(temp, outfile);
    writeFileSync(stampFile, JSON.stringify(inputs));
  }
  return createRequire(import.meta.url)(outfile);
}

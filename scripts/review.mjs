#!/usr/bin/env node
// `npm run review` and `npm run diagram` (see README, "Reviewing a change").
// Bundles src/review/cli.ts with esbuild (no type check: `npm test` does
// that), again only when one of its sources changed, and runs it.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "review.js");
const stampFile = join(root, "dist", "review.inputs.json");

function upToDate() {
  if (!existsSync(outfile) || !existsSync(stampFile)) return false;
  try {
    const inputs = JSON.parse(readFileSync(stampFile, "utf8"));
    return Object.entries(inputs).every(([file, mtime]) => statSync(join(root, file)).mtimeMs === mtime);
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const { buildSync } = await import("esbuild");
  const result = buildSync({
    entryPoints: [join(root, "src", "review", "cli.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
    metafile: true,
    absWorkingDir: root,
    write: false,
  });
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [file, statSync(join(root, file)).mtimeMs]),
  );
  // Written beside and renamed, so that a review running at the same time never reads half a file.
  mkdirSync(dirname(outfile), { recursive: true });
  const temp = `${outfile}.${process.pid}`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, outfile);
  writeFileSync(stampFile, JSON.stringify(inputs));
}
const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = main(process.argv.slice(2));

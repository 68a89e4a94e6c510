#!/usr/bin/env node
// `npm run review` and `npm run diagram`: bundles src/review/cli.ts with
// esbuild (no type check; `npm test` does that) and runs it. See README,
// "Reviewing a change".
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", `review.${process.pid}.js`);
const result = buildSync({
  entryPoints: [join(root, "src", "review", "cli.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
  absWorkingDir: root,
  write: false,
});
mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(outfile, result.outputFiles[0].contents);
const final = join(root, "dist", "review.js");
renameSync(outfile, final);
const { main } = createRequire(import.meta.url)(final);
process.exitCode = main(process.argv.slice(2));

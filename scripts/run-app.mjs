#!/usr/bin/env node
// The app command of cdktf.json. Transpiles main.ts and what it imports into
// one file with esbuild (no type check: `npm run typecheck` and `npm test`
// do that), then runs it in this process. Packages stay external, so only
// the provider classes the app imports are loaded.
import { buildSync } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "app.js");
buildSync({
  entryPoints: [join(root, "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});
createRequire(import.meta.url)(outfile);

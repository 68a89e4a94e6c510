#!/usr/bin/env node
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
// `npm run schema`: writes hyperpod.config.schema.json from the zod
// definition that validates the file (src/config/schema.ts), so editors
// check and complete the configuration with the same rules synth applies.
// A test fails when the committed file is not what this writes.
import { buildSync } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "dist"), { recursive: true });
const outfile = join(root, "dist", "schema.js");
buildSync({
  entryPoints: [join(root, "src", "config", "schema.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
const { configJsonSchema } = createRequire(import.meta.url)(outfile);
const target = resolve(process.env.HYPERPOD_SCHEMA_OUT ?? join(root, "hyperpod.config.schema.json"));
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`schema: wrote ${target}`);

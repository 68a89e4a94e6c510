#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
// `npm run schema` (also `npm run docs`): writes hyperpod.config.schema.json
// and the settings table of README.md (between its settings markers) from
// the zod definition that validates the file (src/config/schema.ts), so
// editors and readers see the rules synth applies. Tests fail when either
// committed file is not what this writes.
import { buildSync } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "dist"), { recursive: true });
const outfile = join(root, "dist", "schema.js");
buildSync({
  stdin: {
    contents: 'export * from "./src/config/schema"; export * from "./src/config/settings-table";',
    resolveDir: root,
    loader: "ts",
  },
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
const { configJsonSchema, withSettingsTable } = createRequire(import.meta.url)(outfile);

const schemaTarget = resolve(process.env.HYPERPOD_SCHEMA_OUT ?? join(root, "hyperpod.config.schema.json"));
writeFileSync(schemaTarget, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`schema: wrote ${schemaTarget}`);

const readmeTarget = resolve(process.env.HYPERPOD_README_OUT ?? join(root, "README.md"));
writeFileSync(readmeTarget, withSettingsTable(readFileSync(join(root, "README.md"), "utf8")));
console.log(`schema: wrote the settings table of ${readmeTarget}`);

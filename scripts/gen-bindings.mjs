#!/usr/bin/env node
import { existsSync, readFileSync, rmSync } from "node:fs";
// Regenerates the committed bindings in .gen/ from the offline schemas in
// schemas/ (the project's shared provider and module schemas, copied as is;
// $HYPERPOD_SCHEMAS names another folder) with cdktf's own generator: the same
// classes `cdktf get` writes from the constraints in cdktf.json where the
// Terraform registry is reachable. Running it twice gives the same bytes.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { CodeMaker, TerraformProviderGenerator } = require("@cdktf/provider-generator");
const { ModuleGenerator } = require("@cdktf/provider-generator/lib/get/generator/module-generator");
const {
  ConstructsMakerTarget,
  Language,
  TerraformModuleConstraint,
  TerraformProviderConstraint,
} = require("@cdktf/commons");

const cdktfJson = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8"));
const schemaDir = resolve(process.env.HYPERPOD_SCHEMAS ?? join(root, "schemas"));
// HYPERPOD_GEN_OUT writes elsewhere (the tests compare that with .gen/).
const outDir = resolve(process.env.HYPERPOD_GEN_OUT ?? join(root, cdktfJson.codeMakerOutput ?? ".gen"));

function readSchema(file) {
  const path = join(schemaDir, file);
  if (!existsSync(path)) {
    console.error(`gen: schema file ${path} not found; set HYPERPOD_SCHEMAS to the folder that holds it`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

// One constraint of each kind, taken from cdktf.json so the two cannot drift.
const [providerSpec] = cdktfJson.terraformProviders;
const [moduleSpec] = cdktfJson.terraformModules;

const code = new CodeMaker();

const providerTarget = ConstructsMakerTarget.from(new TerraformProviderConstraint(providerSpec), Language.TYPESCRIPT);
new TerraformProviderGenerator(code, readSchema("awscc-1.96.0.provider-schema.json")).generate(providerTarget);

const moduleTarget = ConstructsMakerTarget.from(new TerraformModuleConstraint(moduleSpec), Language.TYPESCRIPT);
moduleTarget.spec = readSchema("terraform-aws-vpc-5.21.0.module-schema.json");
new ModuleGenerator(code, [moduleTarget]);

rmSync(outDir, { recursive: true, force: true });
await code.save(outDir);
console.log(`gen: wrote ${providerTarget.name} provider and ${moduleTarget.name} module bindings to ${outDir}`);

/** What scripts generate is committed: regenerating gives the same bytes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTree } from "../support/files";
import { ROOT } from "../support/synth";

function run(script: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  expect(r.status).toBe(0);
}

test("npm run gen regenerates .gen/ byte for byte from schemas/ and cdktf.json", () => {
  const out = join(mkdtempSync(join(tmpdir(), "gen-")), ".gen");
  run("gen-bindings.mjs", { HYPERPOD_GEN_OUT: out });
  const fresh = readTree(out);
  expect(Object.keys(fresh).sort()).toEqual(Object.keys(readTree(join(ROOT, ".gen"))).sort());
  expect(fresh).toEqual(readTree(join(ROOT, ".gen")));
  expect(fresh["providers/awscc/sagemaker-cluster/index.ts"]).toContain("providerVersionConstraint: '~> 1.96'");
  expect(fresh["modules/vpc.ts"]).toContain("version: '~> 5.21'");
});

test("npm run schema writes the committed hyperpod.config.schema.json", () => {
  const out = join(mkdtempSync(join(tmpdir(), "schema-")), "schema.json");
  run("write-schema.mjs", { HYPERPOD_SCHEMA_OUT: out });
  expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "hyperpod.config.schema.json"), "utf8"));
});

test("npm run schema (npm run docs) writes the settings table of the committed README.md", () => {
  const dir = mkdtempSync(join(tmpdir(), "readme-"));
  run("write-schema.mjs", {
    HYPERPOD_SCHEMA_OUT: join(dir, "schema.json"),
    HYPERPOD_README_OUT: join(dir, "README.md"),
  });
  expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(readFileSync(join(ROOT, "README.md"), "utf8"));
});

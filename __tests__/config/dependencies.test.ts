/**
 * The configuration code reads the constructs' defaults from their
 * `*.defaults.ts` files, so loading and checking a file never loads cdktf,
 * the provider classes or the generated bindings (a quarter of a second and
 * more per process, paid by every test file and mutant that reaches it).
 */
import { join } from "node:path";
import { buildSync } from "esbuild";

const ROOT = join(__dirname, "..", "..");

/** The files esbuild bundles from the configuration's entry points. */
function bundledInputs(): string[] {
  const result = buildSync({
    entryPoints: ["load.ts", "resolve.ts", "checks/index.ts", "settings-table.ts"].map((f) =>
      join(ROOT, "src", "config", f),
    ),
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "cjs",
    outdir: join(ROOT, "cdktf.out", "unused"),
    logLevel: "silent",
  });
  return Object.keys(result.metafile?.inputs ?? {});
}

test("the configuration code bundles without cdktf, constructs, provider classes or generated bindings", () => {
  const inputs = bundledInputs();
  // The bundle does reach the schema and a defaults file: the check below looks at a real bundle.
  expect(inputs).toEqual(expect.arrayContaining(["src/config/schema.ts", "src/constructs/lustre-storage.defaults.ts"]));
  const heavy = inputs.filter((f) =>
    /(^|\/)node_modules\/(cdktf|constructs|@cdktf)\/|(^|\/)\.gen\/|^src\/constructs\/(?![^/]+\.defaults\.ts$)/.test(f),
  );
  expect(heavy).toEqual([]);
});

test("a construct file re-exports its defaults, so existing imports keep working", () => {
  const lustre = require("../../src/constructs/lustre-storage");
  const defaults = require("../../src/constructs/lustre-storage.defaults");
  expect(lustre.LUSTRE_DEFAULTS).toBe(defaults.LUSTRE_DEFAULTS);
  expect(lustre.defaultThroughput).toBe(defaults.defaultThroughput);
});

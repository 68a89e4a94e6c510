// @ts-check
/**
 * `npm run mutate`: Stryker changes one operator or constant at a time in
 * the configuration checks and loader, the policy rules and the constructs,
 * and runs the tests that cover it; a mutant no test kills is a gap.
 *
 * One area (its own sources, its own tests, its own reports):
 *   npm run mutate:config | mutate:policy | mutate:constructs
 * One file or folder inside an area:
 *   npm run mutate:policy -- --mutate src/policy/rules/s3-tls-only.ts
 *
 * HYPERPOD_MUTATE_AREA picks the area; jest.config.js narrows the test files
 * from HYPERPOD_MUTATE_TESTS (set here for an area), so the dry run does not
 * run the whole suite (terraform validate, lifecycle sandboxes) and jest's
 * related-test lookup (which misses tests that reach a rule through the
 * policy pack) is not used: per-test coverage decides which tests run.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const AREAS = {
  config: { mutate: ["src/config/**/*.ts"], tests: "__tests__/config" },
  // app.test.ts synthesizes the whole app six times and so covers every rule: each mutant would run it
  // (about a minute per mutant here). The rule tests, must-not-flag included, judge the same rules on small stacks.
  policy: { mutate: ["src/policy/**/*.ts"], tests: "__tests__/policy,!__tests__/policy/app.test.ts" },
  constructs: { mutate: ["src/constructs/**/*.ts"], tests: "__tests__/constructs" },
};

const areaName = process.env.HYPERPOD_MUTATE_AREA ?? "";
if (areaName !== "" && !(areaName in AREAS)) {
  throw new Error(`HYPERPOD_MUTATE_AREA must be ${Object.keys(AREAS).join(", ")} or unset, got ${areaName}`);
}
const area = areaName === "" ? undefined : AREAS[/** @type {keyof typeof AREAS} */ (areaName)];
if (area && !process.env.HYPERPOD_MUTATE_TESTS) process.env.HYPERPOD_MUTATE_TESTS = area.tests;
const reportName = areaName === "" ? "mutation" : `mutation-${areaName}`;
const incrementalFile = `reports/mutation/${reportName}-incremental.json`;
// Every mutant that survived is tested again (scripts/mutation/incremental.cjs): new tests may kill it now.
if (!process.argv.includes("--force")) {
  const { forgetSurvivors } = createRequire(import.meta.url)("./scripts/mutation/incremental.cjs");
  const dropped = forgetSurvivors(fileURLToPath(new URL(incrementalFile, import.meta.url)));
  if (dropped > 0) console.log(`stryker.config.mjs: ${dropped} mutant(s) that were not killed will be tested again`);
}
// Makes jest.config.js use scripts/mutation/sequencer.cjs (see scripts/mutation/preload.cjs).
process.env.HYPERPOD_MUTATION_RUN = "1";

export default {
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  mutate: area ? area.mutate : Object.values(AREAS).flatMap((a) => a.mutate),
  ignorePatterns: ["cdktf.out", "dist", "reports", ".tf-test", "coverage"],
  incremental: true,
  incrementalFile,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  // Each mutant runs only the test files holding a test that covers it (scripts/mutation/preload.cjs).
  testRunnerNodeArgs: ["--require", fileURLToPath(new URL("scripts/mutation/preload.cjs", import.meta.url))],
  concurrency: 2,
  timeoutMS: 60000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

// @ts-check
/**
 * `npm run mutate`: Stryker changes one operator or constant at a time in
 * the configuration checks and loader, the policy rules and the constructs,
 * and runs the tests that cover it; a mutant no test kills is a gap.
 * One file or folder: `npm run mutate -- --mutate src/policy/rules/s3-tls-only.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  mutate: ["src/config/**/*.ts", "src/policy/**/*.ts", "src/constructs/**/*.ts"],
  ignorePatterns: ["cdktf.out", "dist", "reports", ".tf-test", "coverage"],
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  concurrency: 2,
  timeoutMS: 60000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

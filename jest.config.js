/**
 * Tests run transpile-only; `npm test` type-checks once with `tsc --noEmit` first.
 *
 * HYPERPOD_MUTATE_TESTS narrows the test files for a mutation run of one area:
 * a comma-separated list of test folders or files relative to the project root,
 * e.g. `HYPERPOD_MUTATE_TESTS=__tests__/policy npm run mutate -- --mutate 'src/policy/**'`.
 * Stryker then runs (and measures per-test coverage on) only those tests.
 */
const narrowed = (process.env.HYPERPOD_MUTATE_TESTS ?? "")
  .split(",")
  .map((p) => p.trim().replace(/^\.\//, "").replace(/\/+$/, ""))
  .filter((p) => p.length > 0)
  .map((p) => (p.endsWith(".ts") ? `<rootDir>/${p}` : `<rootDir>/${p}/**/*.test.ts`));

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: narrowed.length > 0 ? narrowed : ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  testTimeout: 120000,
};

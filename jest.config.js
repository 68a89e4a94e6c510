/**
 * Tests run transpile-only; `npm test` type-checks once with `tsc --noEmit` first.
 *
 * HYPERPOD_MUTATE_TESTS narrows the test files for a mutation run of one area:
 * a comma-separated list of test folders or files relative to the project root,
 * e.g. `HYPERPOD_MUTATE_TESTS=__tests__/policy npm run mutate -- --mutate 'src/policy/**'`.
 * A `!` in front of an entry leaves that file or folder out. Stryker then runs
 * (and measures per-test coverage on) only those tests.
 */
const entries = (process.env.HYPERPOD_MUTATE_TESTS ?? "")
  .split(",")
  .map((p) =>
    p
      .trim()
      .replace(/^(!?)\.\//, "$1")
      .replace(/\/+$/, ""),
  )
  .filter((p) => p.length > 0);
const narrowed = entries
  .filter((p) => !p.startsWith("!"))
  .map((p) => (p.endsWith(".ts") ? `<rootDir>/${p}` : `<rootDir>/${p}/**/*.test.ts`));
/** `!path` leaves a test file or folder out of the narrowed set. */
const skipped = entries
  .filter((p) => p.startsWith("!"))
  .map((p) => `<rootDir>/${p.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: narrowed.length > 0 ? narrowed : ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", ...skipped],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  // In a mutation run, only the test files that hold a test covering the mutant (scripts/mutation/preload.cjs),
  // and none after the first file that kills it (scripts/mutation/runner.cjs).
  ...(process.env.HYPERPOD_MUTATION_RUN
    ? { testSequencer: "<rootDir>/scripts/mutation/sequencer.cjs", runner: "<rootDir>/scripts/mutation/runner.cjs" }
    : {}),
  testTimeout: 120000,
};

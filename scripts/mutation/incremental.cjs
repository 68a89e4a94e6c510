// @ts-check
/**
 * Stryker's incremental mode reuses a surviving mutant's earlier result when
 * "no new test covers it and no test changed". Two ways that misses the tests
 * that would now kill it (both seen here):
 * - a static mutant (code that runs when a module loads: a regex, a schema, a
 *   constant) has no per-test coverage, so no new test counts as covering it;
 * - a test of a `test.each` table is located at the call below the table, so
 *   a row changed above it (a new expected message) is not a changed test.
 * So stryker.config.mjs drops every result that is not a kill from the
 * incremental file before each run (not with --force, which ignores the file
 * anyway), and Stryker tests those mutants again. They are few once the
 * gaps are closed; killed and timed-out mutants stay reused.
 */
const { existsSync, readFileSync, writeFileSync } = require("node:fs");

/** Statuses a new test can change; a killed or timed-out mutant stays so. */
const RETEST = new Set(["Survived", "NoCoverage"]);

/**
 * The report without the mutants that survived or were not covered.
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 */
function withoutSurvivors(report) {
  let dropped = 0;
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const mutants = file.mutants.filter((m) => !RETEST.has(m.status));
      dropped += file.mutants.length - mutants.length;
      return [name, { ...file, mutants }];
    }),
  );
  return { report: { ...report, files }, dropped };
}

/**
 * Rewrites the incremental file in place; returns how many results it dropped.
 * @param {string} file
 */
function forgetSurvivors(file) {
  if (!existsSync(file)) return 0;
  const { report, dropped } = withoutSurvivors(JSON.parse(readFileSync(file, "utf8")));
  if (dropped > 0) writeFileSync(file, JSON.stringify(report));
  return dropped;
}

module.exports = { withoutSurvivors, forgetSurvivors };

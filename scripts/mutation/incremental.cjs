// @ts-check
/**
 * Stryker's incremental mode reuses a mutant's earlier result when "no new
 * test covers it and no test changed". A static mutant (one in code that runs
 * when a module loads: a regex, a schema, a constant) has no per-test
 * coverage, so a new test never counts as covering it: a static mutant that
 * survived once is reported as surviving forever, however many tests are
 * added. stryker.config.mjs drops those results from the incremental file
 * before each run (not with --force, which ignores the file anyway), so
 * Stryker tests them again; killed static mutants stay reused.
 */
const { existsSync, readFileSync, writeFileSync } = require("node:fs");

/** Statuses a new test can change; a killed or timed-out mutant stays so. */
const RETEST = new Set(["Survived", "NoCoverage"]);

/**
 * The report without static mutants that were not killed.
 * @param {{ files: Record<string, { mutants: { static?: boolean, status: string }[] }> }} report
 */
function withoutStaticSurvivors(report) {
  let dropped = 0;
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const mutants = file.mutants.filter((m) => !(m.static && RETEST.has(m.status)));
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
function forgetStaticSurvivors(file) {
  if (!existsSync(file)) return 0;
  const { report, dropped } = withoutStaticSurvivors(JSON.parse(readFileSync(file, "utf8")));
  if (dropped > 0) writeFileSync(file, JSON.stringify(report));
  return dropped;
}

module.exports = { withoutStaticSurvivors, forgetStaticSurvivors };

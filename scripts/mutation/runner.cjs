// jest's test runner for `npm run mutate`: jest's own, but once a test file
// of a mutant run has a failing test (the mutant is killed), the files after
// it do not run. Stryker turns jest's `bail` off because jest ends the
// process on it; interrupting the run, as watch mode does, stops it cleanly.
// Stryker's dry run (no active mutant) still runs every test.
const TestRunner = require("jest-runner").default;

const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";

class BailingRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (!process.env[ACTIVE_MUTANT]) return super.runTests(tests, watcher, options);
    const off = this.on("test-file-success", async ([, result]) => {
      // After jest's own listener has recorded the result (it ignores results once the run is interrupted).
      await Promise.resolve();
      if (result.numFailingTests > 0) await watcher.setState({ interrupted: true });
    });
    try {
      return await super.runTests(tests, watcher, options);
    } finally {
      off();
    }
  }
}

module.exports = BailingRunner;

// jest's test sequencer for `npm run mutate` (see preload.cjs): runs only the
// test files that hold a test the current name pattern selects. Without a
// pattern (a plain run, Stryker's dry run) or before the dry run wrote the
// file-to-names map, it keeps every file. A file missing from the map is kept.
const { existsSync, readFileSync } = require("node:fs");
const Sequencer = require("@jest/test-sequencer").default;

let cache;
function namesByFile(mapFile) {
  if (!cache && existsSync(mapFile)) cache = JSON.parse(readFileSync(mapFile, "utf8"));
  return cache;
}

class MutationSequencer extends Sequencer {
  sort(tests) {
    const run = globalThis.__hyperpodMutation;
    const names = run?.testNamePattern ? namesByFile(run.mapFile) : undefined;
    if (!names) return super.sort(tests);
    const pattern = new RegExp(run.testNamePattern, "i");
    return super.sort(tests.filter((t) => names[t.path] === undefined || names[t.path].some((n) => pattern.test(n))));
  }
}

module.exports = MutationSequencer;

// Loaded (`node --require`) into each Stryker test-runner process of `npm run mutate`.
//
// Stryker's jest runner runs, for each mutant, every test file of the area
// with a name pattern that selects the tests covering the mutant: jest loads
// every file (cdktf, provider classes, constructs: about half a second each)
// only to skip most of them. This wraps jest's runCLI to remember the name
// pattern of the current run and, after the first run without one (Stryker's
// dry run of every test), which test names each file holds. The sequencer
// next to this file then leaves out the files none of whose tests the
// pattern selects; those files would have run no test anyway.
const { writeFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

// The module behind jest's runCLI export (its package "exports" hide the path, so go through the main file).
const cli = require(join(dirname(require.resolve("@jest/core", { paths: [process.cwd()] })), "cli", "index.js"));
const runCLI = cli.runCLI;

cli.runCLI = async function hyperpodRunCLI(argv, projects) {
  // In the sandbox: Stryker moves its runner there after this file is loaded.
  const mapFile = join(process.cwd(), ".hyperpod-mutation-test-names.json");
  globalThis.__hyperpodMutation = { testNamePattern: argv.testNamePattern, mapFile };
  const out = await runCLI.call(this, argv, projects);
  if (!argv.testNamePattern && out?.results?.testResults) {
    const names = {};
    for (const file of out.results.testResults) {
      names[file.testFilePath] = (file.testResults ?? []).map((a) => a.fullName);
    }
    writeFileSync(mapFile, JSON.stringify(names));
  }
  return out;
};

/**
 * The jest pieces of `npm run mutate` (scripts/mutation/): the runCLI wrapper
 * records which tests each file holds, the sequencer runs only the files a
 * mutant's name pattern selects, and the runner stops at the first file that
 * kills the mutant. Driven through jest's real runCLI, in a child process,
 * the way Stryker's jest runner calls it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/synth";

const MUTATION = join(ROOT, "scripts", "mutation");

interface Run {
  files: string[];
  tests: number;
  failed: number;
}

/** Runs the driver in a fresh project of three test files; returns what each runCLI call ran. */
function drive(): { map: Record<string, string[]>; dry: Run; one: Run; killed: Run; plain: Run } {
  const dir = mkdtempSync(join(tmpdir(), "mutation-"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  writeFileSync(
    join(dir, "a.test.js"),
    'test("a fails", () => { throw new Error("a"); });\ntest("a passes", () => {});\n',
  );
  writeFileSync(join(dir, "b.test.js"), 'test("b passes", () => {});\n');
  writeFileSync(join(dir, "c.test.js"), 'test("c fails", () => { throw new Error("c"); });\n');
  const driver = `
    const { basename } = require("node:path");
    const { readFileSync } = require("node:fs");
    const { runCLI } = require("jest");
    const config = JSON.stringify({
      rootDir: ${JSON.stringify(dir)},
      testMatch: ["**/*.test.js"],
      transform: {},
      testSequencer: ${JSON.stringify(join(MUTATION, "sequencer.cjs"))},
      runner: ${JSON.stringify(join(MUTATION, "runner.cjs"))},
    });
    const run = async (testNamePattern) => {
      const { results } = await runCLI({ _: [], $0: "jest", config, runInBand: true, silent: true, testNamePattern }, [${JSON.stringify(dir)}]);
      // Every file jest loaded, a file whose tests were all skipped included.
      return { files: results.testResults.map((f) => basename(f.testFilePath)).sort(), tests: results.numPassedTests + results.numFailedTests, failed: results.numFailedTests };
    };
    (async () => {
      const dry = await run(undefined);
      const map = JSON.parse(readFileSync(${JSON.stringify(join(dir, ".hyperpod-mutation-test-names.json"))}, "utf8"));
      process.env.__STRYKER_ACTIVE_MUTANT__ = "7";
      const one = await run("(b passes)");
      const killed = await run("(a fails)|(c fails)");
      delete process.env.__STRYKER_ACTIVE_MUTANT__;
      const plain = await run("(a fails)|(c fails)");
      const short = Object.fromEntries(Object.entries(map).map(([k, v]) => [basename(k), v]));
      process.stdout.write(JSON.stringify({ map: short, dry, one, killed, plain }));
    })();
  `;
  const r = spawnSync(process.execPath, ["--require", join(MUTATION, "preload.cjs"), "-e", driver], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, __STRYKER_ACTIVE_MUTANT__: "" },
  });
  if (r.status !== 0) throw new Error(`driver failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

test("a mutant run loads only the files it needs and stops at the first kill; a plain run runs all", () => {
  const { map, dry, one, killed, plain } = drive();
  // The dry run (no name pattern) runs every file and records the names each holds.
  expect(dry).toEqual({ files: ["a.test.js", "b.test.js", "c.test.js"], tests: 4, failed: 2 });
  expect(map).toEqual({ "a.test.js": ["a fails", "a passes"], "b.test.js": ["b passes"], "c.test.js": ["c fails"] });
  // A mutant covered by one test runs that file alone.
  expect(one).toEqual({ files: ["b.test.js"], tests: 1, failed: 0 });
  // A mutant covered by tests in two files stops after the first one that fails.
  expect(killed.files).toHaveLength(1);
  expect(killed.failed).toBe(1);
  // Without an active mutant, the same pattern runs both selected files to the end.
  expect(plain).toEqual({ files: ["a.test.js", "c.test.js"], tests: 2, failed: 2 });
});

describe("incremental.cjs: mutants that were not killed are tested again", () => {
  const { withoutSurvivors, forgetSurvivors } = require(join(MUTATION, "incremental.cjs"));
  const report = () => ({
    schemaVersion: "2",
    files: {
      "src/a.ts": {
        source: "a",
        mutants: [
          { id: "1", static: true, status: "Survived" },
          { id: "2", static: true, status: "NoCoverage" },
          { id: "3", static: true, status: "Killed" },
          { id: "4", static: true, status: "Timeout" },
          { id: "5", static: false, status: "Survived" },
          { id: "6", status: "NoCoverage" },
        ],
      },
      "src/b.ts": { source: "b", mutants: [{ id: "7", static: true, status: "Survived" }] },
    },
  });

  test("drops survivors and uncovered mutants, static or not, and keeps kills and timeouts", () => {
    const { report: out, dropped } = withoutSurvivors(report());
    expect(dropped).toBe(5);
    expect(out.schemaVersion).toBe("2");
    expect(out.files["src/a.ts"].source).toBe("a");
    expect(out.files["src/a.ts"].mutants.map((m: { id: string }) => m.id)).toEqual(["3", "4"]);
    expect(out.files["src/b.ts"].mutants).toEqual([]);
  });

  test("rewrites the incremental file, and leaves a missing or already clean file alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "incremental-"));
    const file = join(dir, "incremental.json");
    expect(forgetSurvivors(file)).toBe(0);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, JSON.stringify(report()));
    expect(forgetSurvivors(file)).toBe(5);
    expect(JSON.parse(readFileSync(file, "utf8")).files["src/a.ts"].mutants).toHaveLength(2);
    writeFileSync(file, JSON.stringify({ files: { "src/c.ts": { mutants: [{ id: "9", status: "Killed" }] } } }));
    const before = readFileSync(file, "utf8");
    expect(forgetSurvivors(file)).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

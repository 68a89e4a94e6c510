// Types of cdktf's jest matchers (toHaveResourceWithProperties, ...); a type-only import loads nothing.
import type {} from "cdktf/lib/testing/adapters/jest";

/**
 * Registers cdktf's jest matchers, loading cdktf only when a test first uses
 * one. Loading cdktf costs about a quarter of a second per test file, which
 * the configuration and review tests (and every mutant of a mutation run
 * that reaches them) would otherwise pay for nothing.
 */
const MATCHERS = [
  "toHaveResource",
  "toHaveResourceWithProperties",
  "toHaveDataSource",
  "toHaveDataSourceWithProperties",
  "toHaveProvider",
  "toHaveProviderWithProperties",
  "toBeValidTerraform",
  "toPlanSuccessfully",
] as const;

type Matcher = (this: jest.MatcherContext, ...args: unknown[]) => jest.CustomMatcherResult;
let cdktfMatchers: Record<string, Matcher> | undefined;

/** cdktf's own matchers, captured from its setupJest() without touching the real expect. */
function loadCdktfMatchers(): Record<string, Matcher> {
  if (!cdktfMatchers) {
    const g = globalThis as { expect?: unknown };
    const realExpect = g.expect;
    g.expect = {
      extend: (m: Record<string, Matcher>) => {
        cdktfMatchers = m;
      },
    };
    try {
      require("cdktf").Testing.setupJest();
    } finally {
      g.expect = realExpect;
    }
  }
  if (!cdktfMatchers) throw new Error("cdktf's Testing.setupJest() registered no matchers");
  return cdktfMatchers;
}

expect.extend(
  Object.fromEntries(
    MATCHERS.map((name) => [
      name,
      function (this: jest.MatcherContext, ...args: unknown[]) {
        const matcher = loadCdktfMatchers()[name];
        if (!matcher) throw new Error(`cdktf's Testing.setupJest() has no matcher ${name}`);
        return matcher.apply(this, args);
      },
    ]),
  ),
);

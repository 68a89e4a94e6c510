/** The README stays true: quick start, every check code and policy rule. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_CODES } from "../src/config/checks";
import { POLICY_RULES } from "../src/policy/rules";
import { ROOT } from "./support/synth";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

test("the quick start is install + synth, then npm test", () => {
  expect(readme).toContain("npm ci && npx cdktf synth");
  expect(readme).toMatch(/^npm test\b/m);
});

test.each(CHECK_CODES.map((c) => [c.code, c.level]))("the README lists check code %s (%s)", (code, level) => {
  expect(readme).toContain(`| \`${code}\` | ${level} |`);
});

test.each(POLICY_RULES.map((r) => [r.id, r.level]))("the README lists policy rule %s (%s)", (id, level) => {
  expect(readme).toContain(`| \`${id}\` | ${level} |`);
});

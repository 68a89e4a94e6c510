/** The README stays true: quick start, every check code and policy rule. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_CODES } from "../src/config/checks";
import { POLICY_RULES } from "../src/policy/rules";
import { EXIT_BLOCKING, EXIT_USAGE } from "../src/review/cli";
import { REVIEW_CODES } from "../src/review/codes";
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

const BLOCKING_LABEL = { protect: "with protect", always: "always", never: "never" };
test.each(
  REVIEW_CODES.map((c) => [c.code, c.blocking, c.summary]),
)("the README lists review code %s (%s)", (code, blocking, summary) => {
  expect(readme).toContain(`| \`${code}\` | ${BLOCKING_LABEL[blocking]} | ${summary} |`);
});

test("the README documents the review's exit statuses", () => {
  expect(readme).toContain(
    `| ${EXIT_BLOCKING} | at least one blocking change the configuration does not acknowledge |`,
  );
  expect(readme).toMatch(new RegExp(`\\| ${EXIT_USAGE} \\| usage error: `));
});

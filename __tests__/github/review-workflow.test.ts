/**
 * .github/workflows/review.yml: valid for action-validator (GitHub's
 * workflow JSON schema, offline, from npm), and it runs the steps the change
 * review needs in order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { parse } from "yaml";
import { EXIT_BLOCKING, EXIT_USAGE } from "../../src/review/cli";
import { ROOT } from "../support/synth";

const text = readFileSync(join(ROOT, ".github", "workflows", "review.yml"), "utf8");
const workflow = parse(text);
const steps: {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  with?: Record<string, unknown>;
}[] = workflow.jobs.review.steps;
const index = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);

test("the workflow file passes the workflow schema", () => {
  expect(validateWorkflow(text).errors).toEqual([]);
});

test("the validator does reject a broken workflow (so the check above means something)", () => {
  const broken = text.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest");
  expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
});

test("on pull requests, with permission to comment", () => {
  expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
  expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
});

test("install, test, synthesize, review against the target branch, comment, upload, fail: in that order", () => {
  const order = [
    index((s) => s.run?.startsWith("npm ci") === true),
    index((s) => s.run === "npm test"),
    index((s) => s.run === "npx cdktf synth"),
    index((s) => s.run?.includes('npm run -s review -- --base "origin/${{ github.base_ref }}"') === true),
    index((s) => s.uses?.startsWith("actions/github-script@") === true),
    index((s) => s.uses?.startsWith("actions/upload-artifact@") === true),
    index((s) => s.name === "Fail on an unacknowledged blocking change"),
  ];
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(steps[order[5]].with?.path).toBe("cdktf.out");
  expect(steps[0].with?.["fetch-depth"]).toBe(0);
});

test("one comment per pull request, found again by a marker and updated", () => {
  const script = String(steps.find((s) => s.uses?.startsWith("actions/github-script@"))!.with!.script);
  expect(script).toContain("cdktf.out/review/review.md");
  expect(script).toMatch(/updateComment[\s\S]*createComment/);
  expect(script).toContain("startsWith(marker)");
});

test("the failing step reads the review's documented exit codes", () => {
  const fail = steps.find((s) => s.name === "Fail on an unacknowledged blocking change")!;
  expect(fail.if).toBe("steps.review.outputs.status != '0'");
  expect(fail.run).toContain(`${EXIT_BLOCKING}) echo "::error::The review holds a blocking change`);
  expect(fail.run).toContain(`${EXIT_USAGE}) echo "::error::The review could not run`);
});

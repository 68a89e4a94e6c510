/** Instance groups matched by name: append, insert, remove, reorder, rename, count and health checks. */
import { diffGroups } from "../../src/review/groups";
import type { TfJson } from "../support/synth";

const g = (name: string, extra: TfJson = {}): TfJson => ({
  execution_role: "${aws_iam_role.hyperpod.arn}",
  instance_count: 1,
  instance_group_name: name,
  instance_type: "ml.t3.medium",
  ...extra,
});
const none = () => undefined;
const codes = (before: TfJson[], after: TfJson[]) => diffGroups(before, after, none).findings.map((f) => f.code);
const base = [g("controller"), g("login"), g("gpu", { instance_count: 4, instance_type: "ml.p5.48xlarge" })];

test.each([
  ["append at the end", [...base, g("cpu")], []],
  ["insert in the middle", [base[0], g("cpu"), base[1], base[2]], ["REV-GROUP-POSITION"]],
  ["insert at the front", [g("cpu"), ...base], ["REV-GROUP-POSITION"]],
  ["remove the middle", [base[0], base[2]], ["REV-GROUP-POSITION"]],
  ["remove the last", [base[0], base[1]], ["REV-NODES-TERMINATED"]],
  ["reorder", [base[0], base[2], base[1]], ["REV-GROUP-POSITION"]],
  ["rename", [base[0], g("login2"), base[2]], ["REV-GROUP-RENAME"]],
  [
    "remove the last and append another (a rename at that position)",
    [base[0], base[1], g("cpu")],
    ["REV-GROUP-RENAME"],
  ],
  ["identical", base, []],
] as [string, TfJson[], string[]][])("%s", (_name, after, expected) => {
  expect(codes(base, after)).toEqual(expected);
});

test("append: the new group is an in-place addition, nothing else changes", () => {
  const d = diffGroups(base, [...base, g("cpu", { instance_count: 8 })], none);
  expect(d.attributes).toEqual([
    expect.objectContaining({
      path: "instance_groups[cpu]",
      class: "in-place",
      new: "ml.t3.medium × 8",
      dataLoss: false,
    }),
  ]);
});

test("insert in the middle: blocking, with the names before and after and the safe way", () => {
  const d = diffGroups(base, [base[0], g("cpu"), base[1], base[2]], none);
  const f = d.findings[0];
  expect(f.message).toContain("[controller, login, gpu] → [controller, cpu, login, gpu]");
  expect(f.message).toContain("position 1: login → cpu");
  expect(f.howTo).toMatch(/add new groups only at the end/);
  expect(d.attributes[0]).toEqual(expect.objectContaining({ path: "instance_groups", class: "not-allowed" }));
});

test("rename: names both and says how to do it safely", () => {
  const d = diffGroups(base, [base[0], g("login2"), base[2]], none);
  expect(d.findings[0].message).toContain("login → login2");
  expect(d.findings[0].howTo).toMatch(/^Add a group with the new name at the end/);
});

test("count up is in place; count down is in place and terminates nodes", () => {
  const up = diffGroups(base, [base[0], base[1], { ...base[2], instance_count: 6 }], none);
  expect(up.attributes).toEqual([
    expect.objectContaining({
      path: "instance_groups[gpu].instance_count",
      old: "4",
      new: "6",
      class: "in-place",
      dataLoss: false,
    }),
  ]);
  expect(up.findings).toEqual([]);
  const down = diffGroups(base, [base[0], base[1], { ...base[2], instance_count: 1 }], none);
  expect(down.attributes[0]).toEqual(expect.objectContaining({ class: "in-place", dataLoss: true }));
  expect(down.findings).toEqual([
    { code: "REV-NODES-TERMINATED", message: "instance group gpu: count 4 → 1 terminates 3 node(s)" },
  ]);
});

test("deep health checks change in place; their order does not matter", () => {
  const hc = (checks: string[]) => [base[0], base[1], { ...base[2], on_start_deep_health_checks: checks }];
  const before = hc(["InstanceStress", "InstanceConnectivity"]);
  expect(diffGroups(before, hc(["InstanceConnectivity", "InstanceStress"]), none).attributes).toEqual([]);
  expect(diffGroups(before, hc(["InstanceStress"]), none).attributes).toEqual([
    expect.objectContaining({ path: "instance_groups[gpu].on_start_deep_health_checks", class: "in-place" }),
  ]);
});

test("a create-only field of a group cannot be applied, with the way to do it", () => {
  const d = diffGroups(base, [base[0], base[1], { ...base[2], instance_type: "ml.p4d.24xlarge" }], none);
  expect(d.findings).toEqual([
    expect.objectContaining({
      code: "REV-CANNOT-APPLY",
      message: "instance group gpu: instance_type ml.p5.48xlarge → ml.p4d.24xlarge is fixed at creation",
      howTo: expect.stringMatching(/^Add a group with the new instance type at the end/),
    }),
  ]);
});

test("an unchanged role reference counts as a change when the role is replaced", () => {
  const d = diffGroups(base, base, (v) =>
    JSON.stringify(v).includes("aws_iam_role.hyperpod") ? "aws_iam_role.hyperpod" : undefined,
  );
  expect(d.findings.map((f) => f.code)).toEqual(["REV-CANNOT-APPLY", "REV-CANNOT-APPLY", "REV-CANNOT-APPLY"]);
  expect(d.attributes[0]).toEqual(
    expect.objectContaining({ path: "instance_groups[controller].execution_role", via: "aws_iam_role.hyperpod" }),
  );
});

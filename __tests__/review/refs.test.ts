/** References inside synthesized values, and how values are shown. */
import { canonical, refsOf, show, showPair } from "../../src/review/refs";

test.each([
  ["${aws_security_group.lustre.id}", ["aws_security_group.lustre"], []],
  ["${element(module.vpc.private_subnets, 0)}", [], [{ module: "vpc", output: "private_subnets", index: 0 }]],
  ["${module.vpc.private_subnets[1]}", [], [{ module: "vpc", output: "private_subnets", index: 1 }]],
  ["${module.vpc.vpc_id}", [], [{ module: "vpc", output: "vpc_id", index: undefined }]],
  ["${data.aws_iam_policy_document.hyperpod_s3.json}", ["data.aws_iam_policy_document.hyperpod_s3"], []],
  ["s3://${aws_s3_bucket.life_cycle_scripts.id}/config/", ["aws_s3_bucket.life_cycle_scripts"], []],
  ["aws_s3_bucket.not_a_reference", [], []],
  ["config/${each.value}", [], []],
])("refsOf(%j)", (value, addresses, modules) => {
  const r = refsOf({ nested: [value] });
  expect([...r.addresses]).toEqual(addresses);
  expect(r.modules).toEqual(modules);
});

test("show keeps token references as written and shortens long values with …", () => {
  expect(show("${aws_security_group.lustre.id}")).toBe("${aws_security_group.lustre.id}");
  expect(show(["a", 1])).toBe('["a",1]');
  expect(show(undefined)).toBeUndefined();
  const long = show("x".repeat(200))!;
  expect(long).toHaveLength(80);
  expect(long.endsWith("…")).toBe(true);
  expect(show("a\n  b")).toBe("a b");
});

test("canonical ignores key order always and list order only for sets", () => {
  expect(canonical({ b: 1, a: [2, 1] })).toBe(canonical({ a: [2, 1], b: 1 }));
  expect(canonical([2, 1])).not.toBe(canonical([1, 2]));
  expect(canonical([2, 1], true)).toBe(canonical([1, 2], true));
});

test("showPair shows two long values from shortly before where they differ", () => {
  const head = `\${jsonencode({"version" = "1.0.0", "controller_group" = "controller-group", "worker_groups" = `;
  const [o, n] = showPair(`${head}[]})}`, `${head}[{"instance_group_name" = "workers"}]})}`);
  expect(o).toBe('… "worker_groups" = []})}');
  expect(n).toBe('… "worker_groups" = [{"instance_group_name" = "workers"}]})}');
  expect(showPair(1200, 2400)).toEqual(["1200", "2400"]);
  expect(showPair(undefined, "x")).toEqual([undefined, "x"]);
});

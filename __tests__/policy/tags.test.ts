/** POL-TAGS-REQUIRED: aws resources through default_tags or their own tags, awscc through their tags list. */
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { bareStack, clusterStack, evaluateRule, TAGS } from "./support";

const rule = "POL-TAGS-REQUIRED";

test("compliant: default tags on aws, the tags list on awscc_sagemaker_cluster", () => {
  expect(evaluateRule(clusterStack().stack, rule)).toEqual([]);
});

test("non-compliant: awscc_sagemaker_cluster without its tags list (awscc has no default tags)", () => {
  const rows = evaluateRule(clusterStack({ clusterTags: {} }).stack, rule);
  expect(rows).toEqual([
    {
      rule,
      level: "WARNING",
      resource: "test/cluster/cluster",
      address: "awscc_sagemaker_cluster.this",
      finding: "tag Project is missing, ManagedBy is missing",
      suppressed: null,
    },
  ]);
});

test("non-compliant: a wrong value", () => {
  const rows = evaluateRule(clusterStack({ clusterTags: { ...TAGS, Project: "other" } }).stack, rule);
  expect(rows.map((r) => r.finding)).toEqual(['tag Project is "other", not "policy-test"']);
});

test("without default tags every taggable aws resource needs its own; untaggable ones need none", () => {
  const { stack } = bareStack(null);
  new SecurityGroup(stack, "untagged", { name: "a" }).overrideLogicalId("untagged");
  new SecurityGroup(stack, "tagged", { name: "b", tags: { ...TAGS, Name: "b" } }).overrideLogicalId("tagged");
  // No tags argument at all: not taggable, not reported.
  new IamRolePolicyAttachment(stack, "att", { role: "r", policyArn: "arn:aws:iam::aws:policy/ReadOnly" });
  expect(evaluateRule(stack, rule).map((r) => r.address)).toEqual(["aws_security_group.untagged"]);
});

test("own tags override default tags", () => {
  const { stack } = bareStack();
  new SecurityGroup(stack, "sg", { name: "a", tags: { Project: "mine" } }).overrideLogicalId("sg");
  expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual(['tag Project is "mine", not "policy-test"']);
});

test("a resource on an aliased provider gets that provider's default tags", () => {
  const { stack } = bareStack();
  new AwsProvider(stack, "west", { alias: "west", region: "us-west-2" });
  new SecurityGroup(stack, "west_sg", {
    name: "w",
    provider: stack.node.findChild("west") as AwsProvider,
  }).overrideLogicalId("west_sg");
  new SecurityGroup(stack, "main_sg", { name: "m" }).overrideLogicalId("main_sg");
  expect(evaluateRule(stack, rule).map((r) => [r.address, r.finding])).toEqual([
    ["aws_security_group.west_sg", "tag Project is missing, ManagedBy is missing"],
  ]);
});

test("no required tags, no findings", () => {
  const { stack } = bareStack(null);
  new SecurityGroup(stack, "sg", { name: "a" });
  expect(evaluateRule(stack, rule, { requiredTags: {} })).toEqual([]);
});

test.each<[string, Record<string, string> | null, unknown, string[]]>([
  ["computed own tags over default tags", TAGS, "${var.tags}", []],
  [
    "computed own tags without default tags",
    null,
    "${var.tags}",
    ["tag Project is missing, ManagedBy is missing (its tags are computed by Terraform)"],
  ],
  [
    "tags as a key/value list",
    null,
    [
      { key: "Project", value: "policy-test" },
      { key: "ManagedBy", value: "cdktf" },
    ],
    [],
  ],
  [
    "a list entry without a key is ignored",
    null,
    [{ value: "policy-test" }, { key: "ManagedBy", value: "cdktf" }],
    ["tag Project is missing"],
  ],
  ["null tags are none", null, null, ["tag Project is missing, ManagedBy is missing"]],
  [
    "values are compared as text",
    { Project: "policy-test", ManagedBy: "cdktf" },
    { ManagedBy: 1 },
    ['tag ManagedBy is "1", not "cdktf"'],
  ],
  [
    "one missing, one wrong",
    null,
    { ManagedBy: "terraform" },
    ['tag Project is missing, ManagedBy is "terraform", not "cdktf"'],
  ],
])("own tags: %s", (_name, defaults, tags, findings) => {
  const { stack } = bareStack(defaults);
  const sg = new SecurityGroup(stack, "sg", { name: "a" });
  sg.overrideLogicalId("sg");
  sg.addOverride("tags", tags);
  expect(evaluateRule(stack, rule).map((r) => [r.level, r.address, r.finding])).toEqual(
    findings.map((f) => ["WARNING", "aws_security_group.sg", f]),
  );
});

test("default tags Terraform computes count as none; a provider alias the stack lacks gives none", () => {
  const { stack } = bareStack(null);
  const aws = stack.node.findChild("aws") as AwsProvider;
  aws.addOverride("default_tags", [{ tags: "${var.tags}" }]);
  new SecurityGroup(stack, "sg", { name: "a" }).overrideLogicalId("sg");
  const lost = new SecurityGroup(stack, "lost", { name: "b" });
  lost.overrideLogicalId("lost");
  lost.addOverride("provider", "aws.nowhere");
  expect(evaluateRule(stack, rule).map((r) => r.address)).toEqual(["aws_security_group.sg", "aws_security_group.lost"]);
});

test("an awscc resource does not get the aws provider's default tags", () => {
  const { stack } = clusterStack({ clusterTags: { Project: "policy-test" } });
  expect(evaluateRule(stack, rule).map((r) => [r.address, r.finding])).toEqual([
    ["awscc_sagemaker_cluster.this", "tag ManagedBy is missing"],
  ]);
});

/** IAM rules: a compliant and a non-compliant case each, on documents and on JSON policies. */
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Fn, type TerraformStack } from "cdktf";
import { CLUSTER_INSTANCE_POLICY_ARN, VPC_INTERFACE_ACTIONS } from "../../src/aws/hyperpod";
import { ExecutionRole } from "../../src/constructs/execution-role";
import { bareStack, evaluate, evaluateRule, rawBucket } from "./support";

type Stmt = DataAwsIamPolicyDocumentStatement;

/** One policy with `statements`, as a document (`doc`) or as literal JSON (`json`); rows of `rule`. */
function check(rule: string, form: "doc" | "json", statements: (stack: TerraformStack) => Stmt[], props = {}) {
  const { stack } = bareStack();
  const s = statements(stack);
  const policy =
    form === "doc"
      ? new DataAwsIamPolicyDocument(stack, "doc", { statement: s }).json
      : JSON.stringify({
          Version: "2012-10-17",
          Statement: s.map((x) => ({
            Effect: x.effect ?? "Allow",
            ...(x.actions ? { Action: x.actions } : {}),
            ...(x.notActions ? { NotAction: x.notActions } : {}),
            ...(x.resources ? { Resource: x.resources } : {}),
            ...(x.notResources ? { NotResource: x.notResources } : {}),
          })),
        });
  new IamPolicy(stack, "policy", { name: "p", policy });
  return evaluateRule(stack, rule, props);
}

const where = { doc: "data.aws_iam_policy_document.doc", json: "aws_iam_policy.policy" };

describe.each(["doc", "json"] as const)("as %s", (form) => {
  describe("POL-IAM-WILDCARD-ACTION", () => {
    const rule = "POL-IAM-WILDCARD-ACTION";
    test.each<[string, Stmt]>([
      ["listed actions", { actions: ["s3:GetObject", "s3:ListBucket"], resources: ["arn:aws:s3:::x"] }],
      ["a Deny of s3:* (takes permissions away)", { effect: "Deny", actions: ["s3:*"], resources: ["*"] }],
      [
        "a prefix wildcard is not a service wildcard",
        { actions: ["ec2:Describe*"], resources: ["arn:aws:ec2:*:*:vpc/*"] },
      ],
    ])("compliant: %s", (_name, s) => {
      expect(check(rule, form, () => [s])).toEqual([]);
    });

    test.each<[string, Stmt, string]>([
      ['"*"', { actions: ["*"], resources: ["arn:aws:s3:::x"] }, 'Allows "*"'],
      ['"s3:*"', { actions: ["s3:GetObject", "s3:*"], resources: ["arn:aws:s3:::x"] }, 'Allows "s3:*"'],
      ["NotAction", { notActions: ["iam:*"], resources: ["arn:aws:s3:::x"] }, 'Allows NotAction ["iam:*"]'],
    ])("non-compliant: %s", (_name, s, expected) => {
      expect(check(rule, form, () => [s])).toEqual([
        expect.objectContaining({ level: "ERROR", address: where[form], finding: expect.stringContaining(expected) }),
      ]);
    });
  });

  describe("POL-IAM-WILDCARD-RESOURCE", () => {
    const rule = "POL-IAM-WILDCARD-RESOURCE";
    test.each<[string, Stmt]>([
      ["the VPC interface actions on *", { actions: VPC_INTERFACE_ACTIONS, resources: ["*"] }],
      ["case does not matter", { actions: ["EC2:describeVpcs"], resources: ["*"] }],
      ["other actions on ARNs", { actions: ["ec2:CreateTags"], resources: ["arn:aws:ec2:*:*:network-interface/*"] }],
    ])("compliant: %s", (_name, s) => {
      expect(check(rule, form, () => [s])).toEqual([]);
    });

    test.each<[string, Stmt, string]>([
      [
        "another action on *",
        { actions: ["ec2:DescribeVpcs", "ec2:TerminateInstances"], resources: ["*"] },
        'Allows ec2:TerminateInstances on resource "*"',
      ],
      ["NotResource", { actions: ["ec2:DescribeVpcs"], notResources: ["arn:aws:s3:::x"] }, "on every other resource"],
    ])("non-compliant: %s", (_name, s, expected) => {
      expect(check(rule, form, () => [s])).toEqual([
        expect.objectContaining({ level: "ERROR", address: where[form], finding: expect.stringContaining(expected) }),
      ]);
    });
  });

  describe("POL-IAM-S3-SCOPE", () => {
    const rule = "POL-IAM-S3-SCOPE";
    const props = { existingBuckets: ["shared-datasets"] };
    test.each<[string, (stack: TerraformStack) => Stmt[]]>([
      [
        "the stack's bucket by ARN, objects included",
        (stack) => {
          const b = rawBucket(stack, "b");
          return [{ actions: ["s3:GetObject"], resources: [b.arn, `${b.arn}/*`] }];
        },
      ],
      [
        "the stack's bucket by name",
        (stack) => {
          const b = rawBucket(stack, "b");
          return [{ actions: ["s3:ListBucket"], resources: [`arn:aws:s3:::${b.bucket}`, `arn:aws:s3:::${b.id}/x/*`] }];
        },
      ],
      [
        "a configured existing bucket",
        () => [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::shared-datasets/*"] }],
      ],
      [
        "the stack bucket's literal name",
        (stack) => {
          rawBucket(stack, "b");
          return [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::t-b/*"] }];
        },
      ],
      ["no S3 action", () => [{ actions: ["ec2:DescribeVpcs"], resources: ["*"] }]],
    ])("compliant: %s", (_name, statements) => {
      expect(check(rule, form, statements, props)).toEqual([]);
    });

    test.each<[string, (stack: TerraformStack) => Stmt[], string]>([
      ["every bucket", () => [{ actions: ["s3:GetObject"], resources: ["*"] }], 'on "*"'],
      [
        "another bucket",
        () => [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::someone-elses/*"] }],
        "someone-elses",
      ],
      [
        "a prefix of the stack's bucket name",
        (stack) => {
          const b = rawBucket(stack, "b");
          return [{ actions: ["s3:GetObject"], resources: [`${b.arn}*`] }];
        },
        "${aws_s3_bucket.b.arn}*",
      ],
      [
        "a bucket not in the stack",
        () => [{ actions: ["s3:GetObject"], resources: ["${aws_s3_bucket.elsewhere.arn}/*"] }],
        "elsewhere",
      ],
    ])("non-compliant: %s", (_name, statements, expected) => {
      expect(check(rule, form, statements, props)).toEqual([
        expect.objectContaining({ level: "ERROR", address: where[form], finding: expect.stringContaining(expected) }),
      ]);
    });
  });
});

describe("POL-IAM-MANAGED-POLICY", () => {
  const attach = (arn: string) => {
    const { stack } = bareStack();
    const role = new IamRole(stack, "role", { name: "r", assumeRolePolicy: "{}" });
    new IamRolePolicyAttachment(stack, "att", { role: role.name, policyArn: arn });
    return evaluateRule(stack, "POL-IAM-MANAGED-POLICY");
  };

  test.each([
    CLUSTER_INSTANCE_POLICY_ARN,
    "arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess",
  ])("compliant: %s", (arn) => {
    expect(attach(arn)).toEqual([]);
  });

  test.each(["AmazonS3ReadOnlyAccess", "AmazonS3FullAccess", "AdministratorAccess"])("non-compliant: %s", (name) => {
    expect(attach(`arn:aws:iam::aws:policy/${name}`)).toEqual([
      expect.objectContaining({
        level: "ERROR",
        address: "aws_iam_role_policy_attachment.att",
        finding: `attaches arn:aws:iam::aws:policy/${name}`,
      }),
    ]);
  });

  test.each<[string, string, boolean]>([
    ["PowerUserAccess", "arn:aws:iam::aws:policy/PowerUserAccess", true],
    ["IAMFullAccess", "arn:aws:iam::aws:policy/IAMFullAccess", true],
    ["another partition", "arn:aws-us-gov:iam::aws:policy/AdministratorAccess", true],
    ["a policy under a path", "arn:aws:iam::aws:policy/job-function/PowerUserAccess", true],
    ["a longer name is another policy", "arn:aws:iam::aws:policy/AdministratorAccess-Amplify", false],
    ["a narrow AWS managed policy", "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore", false],
    ["a customer policy of that name", "arn:aws:iam::123456789012:policy/AdministratorAccess", false],
  ])("%s", (_name, arn, flagged) => {
    expect(attach(arn)).toEqual(flagged ? [expect.objectContaining({ finding: `attaches ${arn}` })] : []);
  });

  test("managed_policy_arns of a role count too", () => {
    const { stack } = bareStack();
    new IamRole(stack, "role", {
      name: "r",
      assumeRolePolicy: "{}",
      managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"],
    });
    expect(evaluateRule(stack, "POL-IAM-MANAGED-POLICY").map((r) => r.address)).toEqual(["aws_iam_role.role"]);
  });
});

describe("POL-IAM-POLICY-UNCHECKED", () => {
  test("document references and literal JSON are checked, so not reported", () => {
    const { stack } = bareStack();
    new ExecutionRole(stack, "role", { namePrefix: "t", readBucketArns: ["arn:aws:s3:::x"] });
    new IamPolicy(stack, "literal", { name: "l", policy: JSON.stringify({ Statement: [] }) });
    expect(evaluateRule(stack, "POL-IAM-POLICY-UNCHECKED")).toEqual([]);
  });

  test("a policy Terraform computes is a WARNING, and its wildcard goes unseen", () => {
    const { stack } = bareStack();
    new IamPolicy(stack, "computed", {
      name: "c",
      policy: Fn.jsonencode({ Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),
    });
    const rows = evaluate(stack);
    expect(rows).toEqual([
      expect.objectContaining({
        rule: "POL-IAM-POLICY-UNCHECKED",
        level: "WARNING",
        address: "aws_iam_policy.computed",
        finding: expect.stringMatching(/^policy is computed by Terraform \(\$\{jsonencode/),
      }),
    ]);
  });

  test("inline policies and trust policies are read too", () => {
    const { stack } = bareStack();
    new IamRole(stack, "role", {
      name: "r",
      assumeRolePolicy: JSON.stringify({
        Statement: [{ Effect: "Allow", Action: "sts:*", Principal: { Service: "x" } }],
      }),
      inlinePolicy: [{ name: "i", policy: '${file("p.json")}' }],
    });
    expect(evaluate(stack).map((r) => [r.rule, r.finding])).toEqual([
      ["POL-IAM-WILDCARD-ACTION", 'assume_role_policy statement #1 Allows "sts:*"'],
      [
        "POL-IAM-POLICY-UNCHECKED",
        'inline_policy[0].policy is computed by Terraform (${file("p.json")}) and was not checked',
      ],
    ]);
  });
});

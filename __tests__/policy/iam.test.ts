/** IAM rules: a compliant and a non-compliant case each, on documents and on JSON policies. */
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { KmsKeyPolicy } from "@cdktf/provider-aws/lib/kms-key-policy";
import { KmsReplicaKey } from "@cdktf/provider-aws/lib/kms-replica-key";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
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

/** Rows of `rule` for one JSON policy of `statements` held by `holder` (an aws_iam_policy by default). */
function jsonRows(
  rule: string,
  statements: Record<string, unknown>[] | Record<string, unknown>,
  props = {},
  holder: "iam" | "kms" | "kms_policy" | "replica" = "iam",
) {
  const { stack } = bareStack();
  const policy = JSON.stringify({ Version: "2012-10-17", Statement: statements });
  if (holder === "iam") new IamPolicy(stack, "policy", { name: "p", policy }).overrideLogicalId("policy");
  else if (holder === "kms") new KmsKey(stack, "key", { enableKeyRotation: true, policy }).overrideLogicalId("key");
  else if (holder === "kms_policy") new KmsKeyPolicy(stack, "kp", { keyId: "k", policy }).overrideLogicalId("kp");
  else new KmsReplicaKey(stack, "rk", { primaryKeyArn: "arn:aws:kms:x", policy }).overrideLogicalId("rk");
  return evaluateRule(stack, rule, props).map((r) => [r.level, r.address, r.finding]);
}

const ROOT = "arn:aws:iam::111122223333:root";

describe("POL-IAM-WILDCARD-ACTION exact findings and the key policy delegation", () => {
  const rule = "POL-IAM-WILDCARD-ACTION";
  test.each<[string, Record<string, unknown>[], string | null]>([
    [
      "NotAction, with the statement's Sid",
      [{ Sid: "Everything", Effect: "Allow", NotAction: ["iam:*"], Resource: "arn:aws:s3:::x" }],
      'policy statement "Everything" Allows NotAction ["iam:*"], i.e. every other action',
    ],
    [
      "two wildcards in the second statement, numbered from 1",
      [
        { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::x/*" },
        { Effect: "Allow", Action: ["ec2:*", "s3:GetObject", "*"], Resource: "arn:aws:s3:::x" },
      ],
      'policy statement #2 Allows "ec2:*", "*"',
    ],
    ["a service prefix with a star inside is not a wildcard", [{ Effect: "Allow", Action: "s3:Get*" }], null],
    ["a star after text is not a service wildcard", [{ Effect: "Allow", Action: "s3:*Object" }], null],
    ["a Deny with NotAction", [{ Effect: "Deny", NotAction: ["s3:GetObject"], Resource: "*" }], null],
  ])("%s", (_name, statements, finding) => {
    expect(jsonRows(rule, statements)).toEqual(finding ? [["ERROR", "aws_iam_policy.policy", finding]] : []);
  });

  const rootKms = (extra: Record<string, unknown> = {}) => ({
    Effect: "Allow",
    Principal: { AWS: ROOT },
    Action: "kms:*",
    Resource: "*",
    ...extra,
  });
  test.each<[string, Record<string, unknown>, "iam" | "kms" | "kms_policy" | "replica", boolean]>([
    ["kms:* for the root in aws_kms_key's own JSON policy", rootKms(), "kms", false],
    ["kms:* for the root in aws_kms_replica_key", rootKms(), "replica", false],
    ["NotAction kms:* for the root in a key policy", rootKms({ Action: undefined, NotAction: "kms:*" }), "kms", true],
    ["kms:* for the root in aws_kms_key_policy", rootKms(), "kms_policy", false],
    ["KMS:* in another case", rootKms({ Action: "KMS:*" }), "kms", false],
    [
      "the root through an account id reference",
      rootKms({ Principal: { AWS: "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" } }),
      "kms",
      false,
    ],
    ["the same statement in an identity policy", rootKms(), "iam", true],
    ["kms:* with another wildcard", rootKms({ Action: ["kms:*", "s3:*"] }), "kms", true],
    ["kms:* under a condition", rootKms({ Condition: { Bool: { "aws:SecureTransport": "true" } } }), "kms", true],
    ["kms:* without a principal", rootKms({ Principal: undefined }), "kms", true],
    ["kms:* for a Service principal", rootKms({ Principal: { Service: ROOT } }), "kms", true],
    ["kms:* for AWS with no identifier", rootKms({ Principal: { AWS: [] } }), "kms", true],
    [
      "kms:* for the root and a user",
      rootKms({ Principal: { AWS: [ROOT, "arn:aws:iam::111122223333:user/u"] } }),
      "kms",
      true,
    ],
    ["kms:* for a user", rootKms({ Principal: { AWS: "arn:aws:iam::111122223333:user/root" } }), "kms", true],
    ["kms:* for an 11-digit account", rootKms({ Principal: { AWS: "arn:aws:iam::11112222333:root" } }), "kms", true],
    ["kms:* for a root with a suffix", rootKms({ Principal: { AWS: `${ROOT}x` } }), "kms", true],
    ["kms:* for a root with a prefix", rootKms({ Principal: { AWS: `x${ROOT}` } }), "kms", true],
  ])("%s: flagged %s", (_name, statement, holder, flagged) => {
    expect(jsonRows(rule, [statement], {}, holder).length).toBe(flagged ? 1 : 0);
  });

  test("only the document a key references is a key policy", () => {
    const { stack } = bareStack();
    const statement = [
      { effect: "Allow", principals: [{ type: "AWS", identifiers: [ROOT] }], actions: ["kms:*"], resources: ["*"] },
    ];
    const keyDoc = new DataAwsIamPolicyDocument(stack, "key_doc", { statement });
    new DataAwsIamPolicyDocument(stack, "other_doc", { statement });
    new KmsKey(stack, "key", { enableKeyRotation: true, policy: keyDoc.json });
    expect(evaluateRule(stack, rule).map((r) => r.address)).toEqual(["data.aws_iam_policy_document.other_doc"]);
  });
});

describe("POL-IAM-WILDCARD-RESOURCE exact findings", () => {
  const rule = "POL-IAM-WILDCARD-RESOURCE";
  const props = { wildcardResourceActions: ["ec2:DescribeVpcs", "ec2:DescribeSubnets"] };
  test.each<[string, Record<string, unknown>[], string | null]>([
    [
      "another action on *",
      [{ Effect: "Allow", Action: ["ec2:DescribeVpcs", "s3:GetObject"], Resource: ["arn:aws:s3:::x", "*"] }],
      'policy statement #1 Allows s3:GetObject on resource "*"; only ec2:DescribeVpcs, ec2:DescribeSubnets may be',
    ],
    [
      "NotAction on *",
      [{ Sid: "N", Effect: "Allow", NotAction: "iam:*", Resource: "*" }],
      'policy statement "N" Allows NotAction ["iam:*"] on resource "*"; only ec2:DescribeVpcs, ec2:DescribeSubnets may be',
    ],
    [
      "NotResource",
      [{ Effect: "Allow", Action: "ec2:DescribeVpcs", NotResource: "arn:aws:s3:::x" }],
      'policy statement #1 Allows on NotResource ["arn:aws:s3:::x"], i.e. on every other resource',
    ],
    [
      "the allowed actions on *",
      [{ Effect: "Allow", Action: ["ec2:DescribeSubnets", "ec2:describevpcs"], Resource: "*" }],
      null,
    ],
    [
      "a statement without Resource (a trust policy)",
      [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "x" } }],
      null,
    ],
    [
      "a resource that merely contains a star",
      [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::x/*" }],
      null,
    ],
  ])("%s", (_name, statements, finding) => {
    expect(jsonRows(rule, statements, props)).toEqual(finding ? [["ERROR", "aws_iam_policy.policy", finding]] : []);
  });

  test("a key's own JSON policy is not judged; an identity policy with the same statement is", () => {
    const s = [{ Effect: "Allow", Principal: { AWS: ROOT }, Action: "kms:Decrypt", Resource: "*" }];
    expect(jsonRows(rule, s, {}, "kms")).toEqual([]);
    expect(jsonRows(rule, s, {}, "kms_policy")).toEqual([]);
    expect(jsonRows(rule, s, {}, "iam")).toHaveLength(1);
  });
});

describe("POL-IAM-S3-SCOPE exact findings and bucket matching", () => {
  const rule = "POL-IAM-S3-SCOPE";
  /** Rows for one Allow of s3:GetObject on `resources`, next to bucket `b` (named t-b). */
  const rows = (statement: Record<string, unknown>, props = {}) => {
    const { stack } = bareStack();
    rawBucket(stack, "b");
    new IamPolicy(stack, "policy", {
      name: "p",
      policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:GetObject", ...statement }] }),
    }).overrideLogicalId("policy");
    return evaluateRule(stack, rule, props).map((r) => [r.level, r.address, r.finding]);
  };
  test.each<[string, Record<string, unknown>, string | null]>([
    [
      "several resources outside",
      { Action: ["S3:GetObject", "ec2:DescribeVpcs"], Resource: ["${aws_s3_bucket.b.arn}", "arn:aws:s3:::a", "*"] },
      'policy statement #1 Allows S3:GetObject on "arn:aws:s3:::a", "*", outside the project\'s buckets',
    ],
    [
      "NotResource",
      { NotResource: ["${aws_s3_bucket.b.arn}/*"] },
      'policy statement #1 Allows s3:GetObject on NotResource ["${aws_s3_bucket.b.arn}/*"]',
    ],
    ["a longer bucket name that starts with the stack's", { Resource: "arn:aws:s3:::t-b-other/*" }, "t-b-other"],
    ["a longer existing bucket name", { Resource: "arn:aws:s3:::shared2" }, "shared2"],
    ["text before the literal ARN", { Resource: "xarn:aws:s3:::t-b" }, "xarn:aws:s3:::t-b"],
    [
      "the stack bucket's name reference with a suffix",
      { Resource: "arn:aws:s3:::${aws_s3_bucket.b.bucket}x" },
      "bucket}x",
    ],
    [
      "the stack bucket's arn reference with text before",
      { Resource: "x${aws_s3_bucket.b.arn}" },
      "x${aws_s3_bucket.b.arn}",
    ],
    ["the literal name's objects", { Resource: ["arn:aws:s3:::t-b", "arn:aws:s3:::t-b/x/*"] }, null],
    ["a configured existing bucket", { Resource: "arn:aws:s3:::shared" }, null],
    ["an S3 Deny on *", { Effect: "Deny", Resource: "*" }, null],
    [
      "an S3 NotAction on * (POL-IAM-WILDCARD-ACTION's business)",
      { Action: undefined, NotAction: "s3:GetObject", Resource: "*" },
      null,
    ],
    ["a trust policy without Resource", { Principal: { Service: "x" } }, null],
  ])("%s", (_name, statement, finding) => {
    const got = rows(statement, { existingBuckets: ["shared"] });
    if (finding === null) expect(got).toEqual([]);
    else
      expect(got).toEqual([
        ["ERROR", "aws_iam_policy.policy", finding.startsWith("policy ") ? finding : expect.stringContaining(finding)],
      ]);
  });

  test("a bucket whose name Terraform computes does not match by name, and does not break the rule", () => {
    const { stack } = bareStack();
    new S3Bucket(stack, "prefixed", { bucketPrefix: "t-" });
    new S3Bucket(stack, "computed", { bucket: "${var.name}" });
    new IamPolicy(stack, "policy", {
      name: "p",
      policy: JSON.stringify({
        Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::${var.name}" }],
      }),
    });
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual([
      'policy statement #1 Allows s3:GetObject on "arn:aws:s3:::${var.name}", outside the project\'s buckets',
    ]);
  });
});

describe("POL-IAM-POLICY-UNCHECKED exact findings", () => {
  const rule = "POL-IAM-POLICY-UNCHECKED";
  test.each<[string, string, string[]]>([
    ["literal JSON is checked", JSON.stringify({ Statement: { Effect: "Allow", Action: "s3:GetObject" } }), []],
    [
      "JSON without Statement is not a policy",
      JSON.stringify({ Version: "2012-10-17" }),
      ['policy is computed by Terraform ({"Version":"2012-10-17"}) and was not checked'],
    ],
    ["text that is not JSON", "not json", ["policy is computed by Terraform (not json) and was not checked"]],
    [
      "a long expression is cut at 120 characters",
      `\${file("${"p".repeat(200)}")}`,
      [`policy is computed by Terraform (\${file("${"p".repeat(112)}) and was not checked`],
    ],
  ])("%s", (_name, policy, findings) => {
    const { stack } = bareStack();
    new IamPolicy(stack, "policy", { name: "p", policy }).overrideLogicalId("policy");
    expect(evaluateRule(stack, rule).map((r) => [r.level, r.address, r.finding])).toEqual(
      findings.map((f) => ["WARNING", "aws_iam_policy.policy", f]),
    );
  });

  test("an inline policy without policy text is not reported; the second inline policy is numbered 1", () => {
    const { stack } = bareStack();
    new IamRole(stack, "role", {
      name: "r",
      assumeRolePolicy: JSON.stringify({ Statement: [] }),
      inlinePolicy: [{ name: "empty" }, { name: "i", policy: "${var.p}" }],
    }).overrideLogicalId("role");
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual([
      "inline_policy[1].policy is computed by Terraform (${var.p}) and was not checked",
    ]);
  });
});

describe("the IAM reader on documents", () => {
  test("a document reference is left to the document (Terraform refuses one to a missing document); a policy that is no text is an expression", () => {
    const { stack } = bareStack();
    new IamPolicy(stack, "missing", { name: "m", policy: "${data.aws_iam_policy_document.missing.json}" });
    new IamPolicy(stack, "object", { name: "o", policy: "" }).addOverride("policy", { Statement: [] });
    expect(evaluateRule(stack, "POL-IAM-POLICY-UNCHECKED").map((r) => r.finding)).toEqual([
      'policy is computed by Terraform ({"Statement":[]}) and was not checked',
    ]);
  });

  test("the JSON a document merges (source_json, source_policy_documents) is judged too; merged documents count once", () => {
    const { stack } = bareStack();
    const inner = new DataAwsIamPolicyDocument(stack, "inner", {
      statement: [{ effect: "Allow", actions: ["ec2:*"], resources: ["arn:aws:ec2:*:*:vpc/*"] }],
    });
    const outer = new DataAwsIamPolicyDocument(stack, "outer", {
      overridePolicyDocuments: [inner.json],
      sourceJson: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::x" }] }),
      sourcePolicyDocuments: [
        inner.json,
        JSON.stringify({ Statement: [{ Effect: "Allow", Action: "iam:*", Resource: "arn:aws:iam::*:role/x" }] }),
        "${var.extra}",
      ],
      statement: [{ effect: "Allow", actions: ["ec2:DescribeVpcs"], resources: ["*"] }],
    });
    // The document a bucket policy references is read with what it merges (the TLS rule reads it so).
    rawBucket(stack, "b", { policy: () => outer.json });
    expect(
      evaluateRule(stack, ["POL-IAM-WILDCARD-ACTION", "POL-IAM-POLICY-UNCHECKED"]).map((r) => [r.address, r.finding]),
    ).toEqual([
      ["data.aws_iam_policy_document.inner", 'statement #1 Allows "ec2:*"'],
      ["data.aws_iam_policy_document.outer", 'source_policy_documents[1] statement #1 Allows "iam:*"'],
      ["data.aws_iam_policy_document.outer", 'source_json statement #1 Allows "s3:*"'],
      [
        "data.aws_iam_policy_document.outer",
        "source_policy_documents[2] is computed by Terraform (${var.extra}) and was not checked",
      ],
    ]);
  });
});

describe("IAM rules: more exact findings", () => {
  test.each<[string, string, boolean]>([
    ["a service wildcard", "ec2:*", true],
    ["a service part Terraform computes", "${var.service}:*", true],
    ["every service", "*:*", true],
    ["a wildcard service prefix", "s*:*", true],
    ["an action that ends in a star after text", "s3:Get*", false],
  ])("POL-IAM-WILDCARD-ACTION: %s (%s) flagged %s", (_name, action, flagged) => {
    const rows = jsonRows("POL-IAM-WILDCARD-ACTION", [{ Effect: "Allow", Action: action, Resource: "arn:aws:s3:::x" }]);
    expect(rows).toEqual(flagged ? [["ERROR", "aws_iam_policy.policy", `policy statement #1 Allows "${action}"`]] : []);
  });

  test.each<[string, Record<string, unknown> | undefined]>([
    ["the root and a service", { AWS: ROOT, Service: "logs.amazonaws.com" }],
    ["no principal", undefined],
    ["an empty principal", {}],
  ])("POL-IAM-WILDCARD-ACTION: a key policy's kms:* for %s is no IAM delegation", (_name, principal) => {
    const statement = { Effect: "Allow", Principal: principal, Action: "kms:*", Resource: "*" };
    expect(jsonRows("POL-IAM-WILDCARD-ACTION", [statement], {}, "kms")).toEqual([
      ["ERROR", "aws_kms_key.key", 'policy statement #1 Allows "kms:*"'],
    ]);
  });

  test("POL-IAM-WILDCARD-RESOURCE: every action outside the list is named", () => {
    const s = [{ Effect: "Allow", Action: ["s3:GetObject", "iam:PassRole"], Resource: "*" }];
    expect(jsonRows("POL-IAM-WILDCARD-RESOURCE", s, { wildcardResourceActions: ["ec2:DescribeVpcs"] })).toEqual([
      [
        "ERROR",
        "aws_iam_policy.policy",
        'policy statement #1 Allows s3:GetObject, iam:PassRole on resource "*"; only ec2:DescribeVpcs may be',
      ],
    ]);
  });

  test.each<[string, Record<string, unknown>, string]>([
    [
      "two actions on NotResource",
      { Action: ["s3:GetObject", "s3:PutObject"], NotResource: "arn:aws:s3:::x" },
      'policy statement #1 Allows s3:GetObject, s3:PutObject on NotResource ["arn:aws:s3:::x"]',
    ],
    [
      "two actions outside",
      { Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::x" },
      'policy statement #1 Allows s3:GetObject, s3:PutObject on "arn:aws:s3:::x", outside the project\'s buckets',
    ],
    [
      "a reference to a bucket the stack does not have",
      { Action: "s3:GetObject", Resource: "${aws_s3_bucket.elsewhere.arn}/*" },
      'policy statement #1 Allows s3:GetObject on "${aws_s3_bucket.elsewhere.arn}/*", outside the project\'s buckets',
    ],
  ])("POL-IAM-S3-SCOPE: %s", (_name, statement, finding) => {
    const { stack } = bareStack();
    rawBucket(stack, "b");
    new IamPolicy(stack, "policy", {
      name: "p",
      policy: JSON.stringify({ Statement: [{ Effect: "Allow", ...statement }] }),
    }).overrideLogicalId("policy");
    expect(evaluateRule(stack, "POL-IAM-S3-SCOPE").map((r) => [r.address, r.finding])).toEqual([
      ["aws_iam_policy.policy", finding],
    ]);
  });

  test("POL-IAM-S3-SCOPE: a configured existing bucket in a stack without buckets", () => {
    const s = [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::shared/*" }];
    expect(jsonRows("POL-IAM-S3-SCOPE", s, { existingBuckets: ["shared"] })).toEqual([]);
  });

  test.each<[string, string, boolean]>([
    ["an AWS managed policy under a path", "arn:aws:iam::aws:policy/job-function/AdministratorAccess", true],
    [
      "a customer managed policy whose path looks like an AWS managed policy's ARN",
      "arn:aws:iam::111122223333:policy/arn:aws:iam::aws:policy/AdministratorAccess",
      false,
    ],
  ])("POL-IAM-MANAGED-POLICY: %s flagged %s", (_name, arn, flagged) => {
    const { stack } = bareStack();
    new IamRolePolicyAttachment(stack, "attach", { role: "r", policyArn: arn }).overrideLogicalId("attach");
    expect(evaluateRule(stack, "POL-IAM-MANAGED-POLICY").map((r) => [r.address, r.finding])).toEqual(
      flagged ? [["aws_iam_role_policy_attachment.attach", `attaches ${arn}`]] : [],
    );
  });
});

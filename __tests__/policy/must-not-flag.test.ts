/**
 * What the rules must NOT flag (and, next to it, the smallest change that must
 * be flagged, so each pass is real): Deny statements, NotAction/NotResource in
 * a Deny, several statements, conditions, principals and values, a stack
 * without a file system, an unrelated bucket next to the data bucket.
 *
 * The stacks the constructs build pass every rule of the pack. Those tests run
 * the whole pack on purpose (a false finding of any rule fails them) and are
 * gathered here; the other tests judge one rule alone (`evaluateRule`), so under
 * mutation testing a mutant in one rule reruns only its own tests and the few
 * whole-pack ones (this file, pack.test.ts, suppress.test.ts and some in s3 and iam).
 */
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { FsxLustreFileSystem } from "@cdktf/provider-aws/lib/fsx-lustre-file-system";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import type { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { Testing } from "cdktf";
import { CLUSTER_INSTANCE_POLICY_ARN } from "../../src/aws/hyperpod";
import { EncryptionKey } from "../../src/constructs/encryption-key";
import { FlowLogs } from "../../src/constructs/flow-logs";
import { PrivateBucket } from "../../src/constructs/private-bucket";
import { SecurityGroups, type SecurityMode } from "../../src/constructs/security-groups";
import { PolicyPack } from "../../src/policy/pack";
import {
  accountingStack,
  annotations,
  bareStack,
  clusterStack,
  evaluate,
  evaluateRule,
  rawBucket,
  TAGS,
} from "./support";

const TLS = "POL-S3-TLS-ONLY";
const insecure = { Bool: { "aws:SecureTransport": "false" } };

/** Rows of `rule` for a compliant raw bucket whose policy holds these statements (JSON). */
function tlsRows(statements: (b: S3Bucket) => Record<string, unknown>[]) {
  const { stack } = bareStack();
  rawBucket(stack, "b", {
    policy: (b) => JSON.stringify({ Version: "2012-10-17", Statement: statements(b) }),
  });
  return evaluateRule(stack, TLS);
}

const deny = (b: S3Bucket, extra: Record<string, unknown> = {}) => ({
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: [b.arn, `${b.arn}/*`],
  Condition: insecure,
  ...extra,
});

describe(`${TLS} must not flag`, () => {
  test.each<[string, (b: S3Bucket) => Record<string, unknown>[]]>([
    [
      "the Deny after an unrelated Allow",
      (b) => [
        {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::123456789012:root" },
          Action: "s3:GetObject",
          Resource: `${b.arn}/*`,
        },
        deny(b),
      ],
    ],
    [
      "the Deny before an unrelated Deny",
      (b) => [deny(b), { Effect: "Deny", Principal: "*", Action: "s3:DeleteBucket", Resource: b.arn }],
    ],
    ['Action "*"', (b) => [deny(b, { Action: "*" })]],
    ["s3:* among other actions", (b) => [deny(b, { Action: ["s3:GetObject", "s3:*"] })]],
    ["S3:* in another case", (b) => [deny(b, { Action: "S3:*" })]],
    ['Principal {"AWS": "*"}', (b) => [deny(b, { Principal: { AWS: "*" } })]],
    [
      'several principals, one of them "*"',
      (b) => [deny(b, { Principal: { AWS: ["arn:aws:iam::123456789012:root", "*"] } })],
    ],
    ["BoolIfExists", (b) => [deny(b, { Condition: { BoolIfExists: { "aws:SecureTransport": "false" } } })]],
    ["the value as a boolean", (b) => [deny(b, { Condition: { Bool: { "aws:SecureTransport": false } } })]],
    [
      "the value in a list, twice",
      (b) => [deny(b, { Condition: { Bool: { "aws:SecureTransport": ["false", "FALSE"] } } })],
    ],
    ["the key in another case", (b) => [deny(b, { Condition: { Bool: { "AWS:SecureTransport": "false" } } })]],
    [
      "Bool and BoolIfExists on the same key",
      (b) => [
        deny(b, {
          Condition: { Bool: { "aws:SecureTransport": "false" }, BoolIfExists: { "aws:SecureTransport": "false" } },
        }),
      ],
    ],
  ])("%s", (_t, statements) => {
    expect(tlsRows(statements)).toEqual([]);
  });
});

describe(`${TLS} with several policies on one bucket`, () => {
  /** Bucket `b` with its TLS policy (or none) and extra policies given as JSON text. */
  const rows = (tls: boolean, ...extra: string[]) => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "b", tls ? {} : { policy: null });
    for (const [i, policy] of extra.entries()) new S3BucketPolicy(stack, `extra${i}`, { bucket: b.bucket, policy });
    return evaluateRule(stack, TLS).map((r) => r.finding);
  };
  const allowRead = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "s3:GetObject", Resource: "*" },
    ],
  });

  test("one TLS-only policy among others is enough", () => {
    expect(rows(true, allowRead)).toEqual([]);
  });

  test("none of several: the finding names every policy", () => {
    expect(rows(false, allowRead, allowRead)).toEqual([
      "no statement of aws_s3_bucket_policy.extra0, aws_s3_bucket_policy.extra1 denies s3:* when aws:SecureTransport is false",
    ]);
  });

  test("computed policies are named as such, each of them", () => {
    expect(rows(false, '${file("a.json")}', '${file("b.json")}', allowRead)).toEqual([
      "the policy of aws_s3_bucket_policy.extra0, aws_s3_bucket_policy.extra1 is computed by Terraform and cannot be checked, and no other policy denies s3:* when aws:SecureTransport is false",
    ]);
  });

  test("a Deny with no Principal (a policy document that leaves principals out) is read as applying to everyone", () => {
    expect(tlsRows((b) => [deny(b, { Principal: undefined })])).toEqual([]);
  });

  test("the annotation tells how to fix it", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", { policy: null });
    new PolicyPack({ requiredTags: TAGS }).visit(stack);
    const messages = annotations(stack).map((a) => a.message);
    expect(messages).toEqual([
      expect.stringContaining(
        "Attach an aws_s3_bucket_policy whose policy (a data.aws_iam_policy_document or JSON) has a Deny of s3:* for every " +
          "principal with condition Bool aws:SecureTransport = false and no other condition, NotAction, NotResource or " +
          "NotPrincipal that narrows it.",
      ),
    ]);
  });
});

describe(`${TLS} must flag`, () => {
  test.each<[string, (b: S3Bucket) => Record<string, unknown>[]]>([
    ["an Allow with the same shape", (b) => [deny(b, { Effect: "Allow" })]],
    ["NotAction", (b) => [{ ...deny(b), Action: undefined, NotAction: "s3:GetObject" }]],
    ["NotResource", (b) => [{ ...deny(b), Resource: undefined, NotResource: `${b.arn}/public/*` }]],
    [
      "NotPrincipal (everyone except the named)",
      (b) => [{ ...deny(b), Principal: undefined, NotPrincipal: { AWS: "*" } }],
    ],
    ["a narrower action", (b) => [deny(b, { Action: "s3:GetObject" })]],
    ["one principal only", (b) => [deny(b, { Principal: { AWS: "arn:aws:iam::123456789012:root" } })]],
    ["no condition", (b) => [deny(b, { Condition: undefined })]],
    ["a mixed value", (b) => [deny(b, { Condition: { Bool: { "aws:SecureTransport": ["false", "true"] } } })]],
    ["an empty value list", (b) => [deny(b, { Condition: { Bool: { "aws:SecureTransport": [] } } })]],
    ["another operator", (b) => [deny(b, { Condition: { StringEquals: { "aws:SecureTransport": "false" } } })]],
    ["another key", (b) => [deny(b, { Condition: { Bool: { "aws:SecureTransportX": "false" } } })]],
    [
      "a second condition that narrows it",
      (b) => [deny(b, { Condition: { ...insecure, StringEquals: { "aws:SourceVpc": "vpc-1" } } })],
    ],
  ])("%s", (_t, statements) => {
    expect(tlsRows(statements)).toHaveLength(1);
  });
});

describe("IAM rules must not flag", () => {
  const rows = (statements: Record<string, unknown>[]) => {
    const { stack } = bareStack();
    new IamPolicy(stack, "policy", {
      name: "p",
      policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }),
    });
    return evaluateRule(stack, "POL-IAM-*");
  };

  test.each<[string, Record<string, unknown>[]]>([
    ["a Deny of * on *", [{ Effect: "Deny", Action: "*", Resource: "*" }]],
    ["a Deny with NotAction", [{ Effect: "Deny", NotAction: ["s3:GetObject"], Resource: "*" }]],
    ["a Deny with NotResource", [{ Effect: "Deny", Action: "s3:*", NotResource: ["arn:aws:s3:::keep/*"] }]],
    [
      "several scoped statements",
      [
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: "arn:aws:logs:*:*:log-group:/aws/sagemaker/*",
        },
        { Effect: "Allow", Action: "ec2:CreateTags", Resource: ["arn:aws:ec2:*:*:network-interface/*"] },
        { Effect: "Deny", Action: "*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
      ],
    ],
  ])("%s", (_t, statements) => {
    expect(rows(statements)).toEqual([]);
  });

  test("the same statements turned into Allows are flagged", () => {
    expect(
      rows([{ Effect: "Allow", Action: "*", Resource: "*" }])
        .map((r) => r.rule)
        .sort(),
    ).toEqual(["POL-IAM-WILDCARD-ACTION", "POL-IAM-WILDCARD-RESOURCE"]);
    expect(
      rows([{ Effect: "Allow", NotAction: ["s3:GetObject"], Resource: "arn:aws:s3:::a" }]).map((r) => r.rule),
    ).toEqual(["POL-IAM-WILDCARD-ACTION"]);
    expect(
      rows([{ Effect: "Allow", Action: "logs:PutLogEvents", NotResource: ["arn:aws:logs:*:*:log-group:x"] }]).map(
        (r) => r.rule,
      ),
    ).toEqual(["POL-IAM-WILDCARD-RESOURCE"]);
  });

  test("a document Deny with not_principals does not make a bucket TLS-only; with principals it does", () => {
    const withDocument = (key: "principals" | "notPrincipals") => {
      const { stack } = bareStack();
      rawBucket(stack, "b", {
        policy: (b) =>
          new DataAwsIamPolicyDocument(stack, "tls", {
            statement: [
              {
                effect: "Deny",
                actions: ["s3:*"],
                resources: [b.arn, `${b.arn}/*`],
                [key]: [{ type: "AWS", identifiers: ["*"] }],
                condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
              },
            ],
          }).json,
      });
      return evaluateRule(stack, TLS).length;
    };
    expect(withDocument("principals")).toBe(0);
    expect(withDocument("notPrincipals")).toBe(1);
  });

  test("a document with a Deny of s3:* on * and an Allow of listed actions", () => {
    const { stack } = bareStack();
    new DataAwsIamPolicyDocument(stack, "doc", {
      statement: [
        { effect: "Deny", actions: ["s3:*"], resources: ["*"] },
        { effect: "Allow", actions: ["logs:PutLogEvents"], resources: ["arn:aws:logs:*:*:log-group:/aws/sagemaker/*"] },
      ],
    });
    expect(evaluateRule(stack, "POL-IAM-*")).toEqual([]);
  });
});

describe("the constructs as the stack builds them pass every rule", () => {
  test.each<SecurityMode>([
    "efa",
    "lustre-ports",
  ])("the cluster's constructs (buckets, execution role, security groups in %s mode) pass every rule", (mode) => {
    const { stack } = clusterStack({ mode });
    expect(evaluate(stack, { securityMode: mode })).toEqual([]);
    // The execution role attaches the AWS managed cluster instance policy, which POL-IAM-MANAGED-POLICY allows.
    expect(CLUSTER_INSTANCE_POLICY_ARN).toMatch(/AmazonSageMakerClusterInstanceRolePolicy$/);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(IamRolePolicyAttachment, {
      policy_arn: CLUSTER_INSTANCE_POLICY_ARN,
    });
  });

  test("the accounting database and its secret policy pass every rule, in production with protect", () => {
    expect(evaluate(accountingStack(true), { production: true })).toEqual([]);
  });

  test("outside production the accounting database without protect passes every rule", () => {
    expect(evaluate(accountingStack(false))).toEqual([]);
  });

  test("PrivateBucket with configured lifecycle days passes every rule", () => {
    const { stack } = bareStack();
    new PrivateBucket(stack, "p", {
      bucketName: "x",
      logicalName: "p",
      noncurrentVersionExpirationDays: 90,
      abortIncompleteMultipartUploadDays: 2,
    });
    expect(evaluate(stack)).toEqual([]);
  });

  test("the stack's encryption key passes every rule", () => {
    const { stack } = bareStack();
    new EncryptionKey(stack, "key", { namePrefix: "p", account: "111122223333", region: "eu-west-1" });
    expect(evaluate(stack)).toEqual([]);
  });

  test("the flow log group passes every rule", () => {
    const { stack } = bareStack();
    new FlowLogs(stack, "flow", { namePrefix: "p", account: "111122223333" });
    expect(evaluate(stack)).toEqual([]);
  });
});

describe("a stack without a file system", () => {
  test("security groups in either mode, no file system: no finding", () => {
    for (const mode of ["efa", "lustre-ports"] as const) {
      const { stack } = bareStack();
      new SecurityGroups(stack, "security_groups", { namePrefix: "t", vpcId: "vpc-1", mode });
      expect(evaluate(stack, { securityMode: mode })).toEqual([]);
    }
  });

  test("an empty stack: no finding", () => {
    expect(evaluate(bareStack().stack)).toEqual([]);
  });
});

describe("an unrelated bucket in the stack", () => {
  test("force_destroy on a bucket that is not the data bucket is not POL-DATA-FORCE-DESTROY's business", () => {
    const { stack } = bareStack();
    rawBucket(stack, "scratch", { forceDestroy: true });
    rawBucket(stack, "data_repository");
    expect(evaluateRule(stack, "POL-DATA-FORCE-DESTROY")).toEqual([]);
    // The data bucket itself with force_destroy is flagged.
    const other = bareStack();
    rawBucket(other.stack, "data_repository", { forceDestroy: true });
    expect(evaluateRule(other.stack, "POL-DATA-FORCE-DESTROY").map((r) => r.address)).toEqual([
      "aws_s3_bucket.data_repository",
    ]);
  });

  test("an EFA-less file system next to efa-less groups is not POL-FSX-EFA-GROUPS's business", () => {
    const { stack } = bareStack();
    const groups = new SecurityGroups(stack, "security_groups", {
      namePrefix: "t",
      vpcId: "vpc-1",
      mode: "lustre-ports",
    });
    const fs = new FsxLustreFileSystem(stack, "fs", {
      storageCapacity: 1200,
      subnetIds: ["subnet-1"],
      deploymentType: "PERSISTENT_2",
      perUnitStorageThroughput: 250,
      securityGroupIds: [groups.lustre.id],
    });
    expect(evaluateRule(stack, "POL-FSX-EFA-GROUPS")).toEqual([]);
    fs.efaEnabled = true;
    expect(evaluateRule(stack, "POL-FSX-EFA-GROUPS")).toHaveLength(1);
  });
});

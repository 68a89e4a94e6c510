/** POL-KMS-ROTATION, POL-LOGS-RETENTION, POL-SG-RULE-DESCRIPTION and the key policy reading of the IAM rules. */
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { EncryptionKey } from "../../src/constructs/encryption-key";
import { FlowLogs } from "../../src/constructs/flow-logs";
import { bareStack, clusterStack, evaluateRule } from "./support";

describe("POL-KMS-ROTATION", () => {
  test("next to the stack key, a key without rotation fails; asymmetric keys are not judged", () => {
    const { stack } = bareStack();
    new EncryptionKey(stack, "key", { namePrefix: "p", account: "111122223333", region: "eu-west-1" });
    new KmsKey(stack, "plain", {}).overrideLogicalId("plain");
    new KmsKey(stack, "signing", { customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" });
    expect(evaluateRule(stack, "POL-KMS-ROTATION")).toEqual([
      expect.objectContaining({
        level: "ERROR",
        address: "aws_kms_key.plain",
        finding: "does not rotate (enable_key_rotation is not true)",
      }),
    ]);
  });
});

describe("IAM rules on key policies", () => {
  const keyWith = (statement: DataAwsIamPolicyDocumentStatement[]) => {
    const { stack } = bareStack();
    const doc = new DataAwsIamPolicyDocument(stack, "doc", { statement });
    new KmsKey(stack, "k", { enableKeyRotation: true, policy: doc.json });
    return evaluateRule(stack, "POL-IAM-WILDCARD-*");
  };
  const root = { type: "AWS", identifiers: ["arn:aws:iam::111122223333:root"] };

  test('kms:* for the account root on "*" is the default delegation, not a finding', () => {
    expect(keyWith([{ effect: "Allow", principals: [root], actions: ["kms:*"], resources: ["*"] }])).toEqual([]);
  });

  test("kms:* for any other principal is still a finding", () => {
    const rows = keyWith([
      { effect: "Allow", principals: [{ type: "AWS", identifiers: ["*"] }], actions: ["kms:*"], resources: ["*"] },
    ]);
    expect(rows.map((r) => r.rule)).toEqual(["POL-IAM-WILDCARD-ACTION"]);
  });

  test('the same statement in an identity policy is still two findings ("*" there is every resource)', () => {
    const { stack } = bareStack();
    const doc = new DataAwsIamPolicyDocument(stack, "doc", {
      statement: [{ effect: "Allow", actions: ["kms:*"], resources: ["*"] }],
    });
    new IamPolicy(stack, "p", { policy: doc.json });
    expect(evaluateRule(stack, "POL-IAM-WILDCARD-*").map((r) => r.rule)).toEqual([
      "POL-IAM-WILDCARD-ACTION",
      "POL-IAM-WILDCARD-RESOURCE",
    ]);
  });
});

describe("POL-LOGS-RETENTION", () => {
  test("next to the flow log group, a group without retention fails", () => {
    const { stack } = bareStack();
    new FlowLogs(stack, "flow", { namePrefix: "p", account: "111122223333" });
    new CloudwatchLogGroup(stack, "forever", { name: "x" }).overrideLogicalId("forever");
    expect(evaluateRule(stack, "POL-LOGS-RETENTION")).toEqual([
      expect.objectContaining({ level: "ERROR", address: "aws_cloudwatch_log_group.forever" }),
    ]);
  });

  test("FlowLogs refuses a retention CloudWatch Logs does not take", () => {
    const { stack } = bareStack();
    expect(() => new FlowLogs(stack, "flow", { namePrefix: "p", account: "1", retentionDays: 100 })).toThrow(
      "FlowLogs: retentionDays must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, got 100",
    );
  });
});

describe("POL-SG-RULE-DESCRIPTION", () => {
  test("the constructs' rules pass", () => {
    expect(evaluateRule(clusterStack().stack, "POL-SG-RULE-DESCRIPTION")).toEqual([]);
    expect(evaluateRule(clusterStack({ mode: "lustre-ports" }).stack, "POL-SG-RULE-DESCRIPTION")).toEqual([]);
  });

  test("a separate rule and an inline rule without description are WARNINGs", () => {
    const { stack } = bareStack();
    const sg = new SecurityGroup(stack, "sg", {
      name: "x",
      description: "x",
      ingress: [{ fromPort: 988, toPort: 988, protocol: "tcp", selfAttribute: true }],
    });
    sg.overrideLogicalId("sg");
    new VpcSecurityGroupIngressRule(stack, "r", {
      securityGroupId: sg.id,
      referencedSecurityGroupId: sg.id,
      ipProtocol: "-1",
    }).overrideLogicalId("r");
    expect(evaluateRule(stack, "POL-SG-RULE-DESCRIPTION").map((r) => [r.level, r.address, r.finding])).toEqual([
      ["WARNING", "aws_vpc_security_group_ingress_rule.r", "has no description"],
      ["WARNING", "aws_security_group.sg", "ingress[0] has no description"],
    ]);
  });
});

describe("POL-LOGS-RETENTION boundaries", () => {
  test.each<[string, number | undefined, string[]]>([
    ["no retention_in_days", undefined, ["has no retention_in_days (records are kept forever)"]],
    ["0 (CloudWatch Logs keeps records forever)", 0, ["has no retention_in_days (records are kept forever)"]],
    ["1 day, the shortest", 1, []],
    ["3653 days", 3653, []],
  ])("%s", (_name, retentionInDays, findings) => {
    const { stack } = bareStack();
    new CloudwatchLogGroup(stack, "g", { name: "x", retentionInDays }).overrideLogicalId("g");
    expect(evaluateRule(stack, "POL-LOGS-RETENTION").map((r) => [r.level, r.address, r.finding])).toEqual(
      findings.map((f) => ["ERROR", "aws_cloudwatch_log_group.g", f]),
    );
  });
});

describe("POL-KMS-ROTATION boundaries", () => {
  test.each<[string, Record<string, unknown>, number]>([
    ["rotation on", { enableKeyRotation: true }, 0],
    ["rotation off", { enableKeyRotation: false }, 1],
    ["SYMMETRIC_DEFAULT spelt out, no rotation", { customerMasterKeySpec: "SYMMETRIC_DEFAULT" }, 1],
    ["an HMAC key (cannot rotate)", { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" }, 0],
  ])("%s", (_name, props, count) => {
    const { stack } = bareStack();
    new KmsKey(stack, "k", props);
    expect(evaluateRule(stack, "POL-KMS-ROTATION")).toHaveLength(count);
  });
});

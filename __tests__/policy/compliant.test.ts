/**
 * Stacks built as the constructs build them pass every rule of the pack: no finding under any rule.
 *
 * These are the tests that run the whole pack on purpose (a false finding of any rule fails them),
 * gathered in one file; the rule files judge their own rule alone (`evaluateRule`), so under
 * mutation testing a mutant in one rule reruns only its own tests and these.
 */
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Testing } from "cdktf";
import { CLUSTER_INSTANCE_POLICY_ARN } from "../../src/aws/hyperpod";
import { EncryptionKey } from "../../src/constructs/encryption-key";
import { FlowLogs } from "../../src/constructs/flow-logs";
import { PrivateBucket } from "../../src/constructs/private-bucket";
import type { SecurityMode } from "../../src/constructs/security-groups";
import { accountingStack, bareStack, clusterStack, evaluate } from "./support";

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

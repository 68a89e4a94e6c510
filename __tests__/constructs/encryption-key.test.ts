import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Testing } from "cdktf";
import { EncryptionKey } from "../../src/constructs/encryption-key";

const synth = () =>
  Testing.synthScope(
    (scope) => void new EncryptionKey(scope, "key", { namePrefix: "p", account: "111122223333", region: "eu-west-1" }),
  );

describe("EncryptionKey", () => {
  test("rotated, 30-day deletion window, an alias from the prefix", () => {
    const json = synth();
    expect(json).toHaveResourceWithProperties(KmsKey, {
      enable_key_rotation: true,
      deletion_window_in_days: 30,
      policy: "${data.aws_iam_policy_document.stack_key_policy.json}",
    });
    expect(json).toHaveResourceWithProperties(KmsAlias, {
      name: "alias/p-hyperpod",
      target_key_id: "${aws_kms_key.stack.key_id}",
    });
  });

  test("the key policy: IAM delegation to the account, FSx S3 access roles through S3, CloudWatch Logs of the account", () => {
    expect(JSON.parse(synth()).data.aws_iam_policy_document.stack_key_policy.statement).toEqual([
      {
        sid: "EnableIamPolicies",
        effect: "Allow",
        principals: [{ type: "AWS", identifiers: ["arn:aws:iam::111122223333:root"] }],
        actions: ["kms:*"],
        resources: ["*"],
      },
      {
        sid: "FsxDataRepositoryThroughS3",
        effect: "Allow",
        // Any principal, narrowed by the conditions to the FSx S3 access roles of this account calling through S3.
        principals: [{ type: "AWS", identifiers: ["*"] }],
        actions: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
        resources: ["*"],
        condition: [
          {
            test: "ArnLike",
            variable: "aws:PrincipalArn",
            values: [
              "arn:aws:iam::111122223333:role/aws-service-role/s3.data-source.lustre.fsx.amazonaws.com/AWSServiceRoleForFSxS3Access_*",
            ],
          },
          { test: "StringEquals", variable: "kms:CallerAccount", values: ["111122223333"] },
          { test: "StringEquals", variable: "kms:ViaService", values: ["s3.eu-west-1.amazonaws.com"] },
        ],
      },
      {
        sid: "CloudWatchLogsOfThisAccount",
        effect: "Allow",
        principals: [{ type: "Service", identifiers: ["logs.eu-west-1.amazonaws.com"] }],
        actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        resources: ["*"],
        condition: [
          {
            test: "ArnLike",
            variable: "kms:EncryptionContext:aws:logs:arn",
            values: ["arn:aws:logs:eu-west-1:111122223333:log-group:*"],
          },
        ],
      },
    ]);
  });

  test("key, alias and key policy keep their Terraform addresses; the key is described by the prefix", () => {
    const json = JSON.parse(synth());
    expect(Object.keys(json.resource.aws_kms_key)).toEqual(["stack"]);
    expect(Object.keys(json.resource.aws_kms_alias)).toEqual(["stack"]);
    expect(Object.keys(json.data.aws_iam_policy_document)).toEqual(["stack_key_policy"]);
    expect(json.resource.aws_kms_key.stack.description).toBe("Encryption key of the p HyperPod stack");
  });

  test("another deletion window when given", () => {
    expect(
      Testing.synthScope(
        (scope) =>
          void new EncryptionKey(scope, "key", {
            namePrefix: "p",
            account: "111122223333",
            region: "eu-west-1",
            deletionWindowInDays: 7,
          }),
      ),
    ).toHaveResourceWithProperties(KmsKey, { deletion_window_in_days: 7 });
  });
});

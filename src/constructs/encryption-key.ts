import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Construct } from "constructs";
import { keyAliasName } from "../names";

export interface EncryptionKeyProps {
  /** Prefix of the alias (`alias/<prefix>-hyperpod`). */
  readonly namePrefix: string;
  /** Account id (a token is fine). */
  readonly account: string;
  /** Region name (a token is fine). */
  readonly region: string;
  /** Days KMS waits before it deletes the key once scheduled. @default 30 */
  readonly deletionWindowInDays?: number;
}

/** Service-linked role FSx for Lustre creates per file system to reach its S3 data repository. */
const FSX_S3_ROLE = "role/aws-service-role/s3.data-source.lustre.fsx.amazonaws.com/AWSServiceRoleForFSxS3Access_*";

/**
 * One customer managed KMS key for a stack, rotated yearly, with a key
 * policy that lets the services the stack uses work with it: IAM policies of
 * the account (the AWS default statement, so the execution role's own
 * policy grants it), the FSx for Lustre S3 access roles through S3 (export
 * and import of an SSE-KMS data bucket), and CloudWatch Logs for the flow
 * log group.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 * @see https://docs.aws.amazon.com/fsx/latest/LustreGuide/s3-server-side-encryption-support.html
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
export class EncryptionKey extends Construct {
  public readonly key: KmsKey;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps) {
    super(scope, id);
    const { account, region } = props;
    const policy = new DataAwsIamPolicyDocument(this, "policy", {
      statement: [
        {
          sid: "EnableIamPolicies",
          effect: "Allow",
          principals: [{ type: "AWS", identifiers: [`arn:aws:iam::${account}:root`] }],
          actions: ["kms:*"],
          resources: ["*"],
        },
        {
          sid: "FsxDataRepositoryThroughS3",
          effect: "Allow",
          principals: [{ type: "AWS", identifiers: ["*"] }],
          actions: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
          resources: ["*"],
          condition: [
            { test: "ArnLike", variable: "aws:PrincipalArn", values: [`arn:aws:iam::${account}:${FSX_S3_ROLE}`] },
            { test: "StringEquals", variable: "kms:CallerAccount", values: [account] },
            { test: "StringEquals", variable: "kms:ViaService", values: [`s3.${region}.amazonaws.com`] },
          ],
        },
        {
          sid: "CloudWatchLogsOfThisAccount",
          effect: "Allow",
          principals: [{ type: "Service", identifiers: [`logs.${region}.amazonaws.com`] }],
          actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
          resources: ["*"],
          condition: [
            {
              test: "ArnLike",
              variable: "kms:EncryptionContext:aws:logs:arn",
              values: [`arn:aws:logs:${region}:${account}:log-group:*`],
            },
          ],
        },
      ],
    });
    policy.overrideLogicalId("stack_key_policy");
    this.key = new KmsKey(this, "key", {
      description: `Encryption key of the ${props.namePrefix} HyperPod stack`,
      enableKeyRotation: true,
      deletionWindowInDays: props.deletionWindowInDays ?? 30,
      policy: policy.json,
    });
    this.key.overrideLogicalId("stack");
    new KmsAlias(this, "alias", {
      name: keyAliasName(props.namePrefix),
      targetKeyId: this.key.keyId,
    }).overrideLogicalId("stack");
  }
}

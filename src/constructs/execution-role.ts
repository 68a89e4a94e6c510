import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Construct } from "constructs";
import { CLUSTER_INSTANCE_POLICY_ARN, VPC_INTERFACE_ACTIONS } from "../aws/hyperpod";
import { SECRET_READ_ACTIONS } from "../aws/rds";
import { accountingSecretPolicyName, kmsPolicyName, roleName, s3PolicyName, vpcPolicyName } from "../names";

export interface ExecutionRoleProps {
  /** Prefix of the role and policy names. */
  readonly namePrefix: string;
  /**
   * ARNs of the buckets the nodes may read (list and get): the lifecycle
   * bucket, and the data bucket. This replaces the original's
   * AmazonS3ReadOnlyAccess, which reads every bucket of the account.
   */
  readonly readBucketArns: string[];
  /**
   * ARN of the Slurm accounting database's secret, which the controller
   * reads (`secretsmanager:GetSecretValue` on it and nothing else).
   * @default none (no secret policy)
   */
  readonly accountingSecretArn?: string;
  /**
   * Customer managed KMS key of the buckets (and volumes): the role may use
   * this key only (kms:Decrypt, kms:GenerateDataKey). @default none (AWS managed keys)
   */
  readonly kmsKeyArn?: string;
  /**
   * The key also encrypts the instance groups' EBS volumes: HyperPod creates
   * grants on it as the role (kms:CreateGrant, kms:DescribeKey). @default false
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/smcluster-cmk.html
   */
  readonly kmsForVolumes?: boolean;
}

/**
 * The role HyperPod nodes run as: the managed cluster instance policy, read
 * access to the project's buckets only, and the VPC network interface
 * permissions.
 */
export class ExecutionRole extends Construct {
  public readonly role: IamRole;
  /** Attachments the cluster must wait for (IAM is eventually consistent). */
  public readonly s3Attachment: IamRolePolicyAttachment;
  public readonly vpcAttachment: IamRolePolicyAttachment;
  /** The accounting secret policy's attachment, with `accountingSecretArn`. */
  public readonly secretAttachment?: IamRolePolicyAttachment;
  /** The KMS policy's attachment, when a key is given. */
  public readonly kmsAttachment?: IamRolePolicyAttachment;

  constructor(scope: Construct, id: string, props: ExecutionRoleProps) {
    super(scope, id);
    if (props.readBucketArns.length === 0) {
      throw new Error("ExecutionRole: readBucketArns must name at least the lifecycle script bucket");
    }
    const p = props.namePrefix;

    const trust = new DataAwsIamPolicyDocument(this, "trust", {
      statement: [
        {
          effect: "Allow",
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["sagemaker.amazonaws.com"] }],
        },
      ],
    });
    trust.overrideLogicalId("hyperpod_trust");
    this.role = new IamRole(this, "role", { name: roleName(p), assumeRolePolicy: trust.json });
    this.role.overrideLogicalId("hyperpod");

    new IamRolePolicyAttachment(this, "managed", {
      role: this.role.name,
      policyArn: CLUSTER_INSTANCE_POLICY_ARN,
    }).overrideLogicalId("hyperpod_managed");

    const s3Description = "Read access to the HyperPod lifecycle script and data buckets";
    this.s3Attachment = this.customerPolicy("s3", s3PolicyName(p), s3Description, [
      { sid: "ListProjectBuckets", effect: "Allow", actions: ["s3:ListBucket"], resources: props.readBucketArns },
      {
        sid: "ReadProjectObjects",
        effect: "Allow",
        actions: ["s3:GetObject"],
        resources: props.readBucketArns.map((arn) => `${arn}/*`),
      },
    ]);
    const vpcDescription = "IAM policy for SageMaker HyperPod VPC";
    this.vpcAttachment = this.customerPolicy("vpc", vpcPolicyName(p), vpcDescription, [
      { effect: "Allow", actions: VPC_INTERFACE_ACTIONS, resources: ["*"] },
      { effect: "Allow", actions: ["ec2:CreateTags"], resources: ["arn:aws:ec2:*:*:network-interface/*"] },
    ]);

    if (props.kmsKeyArn) {
      const actions = ["kms:Decrypt", "kms:GenerateDataKey"];
      if (props.kmsForVolumes) actions.push("kms:CreateGrant", "kms:DescribeKey");
      this.kmsAttachment = this.customerPolicy("kms", kmsPolicyName(p), "Use of the HyperPod stack's KMS key", [
        { sid: "UseStackKey", effect: "Allow", actions, resources: [props.kmsKeyArn] },
      ]);
    }
    if (props.accountingSecretArn !== undefined) {
      const secretDescription = "Read the Slurm accounting database secret";
      this.secretAttachment = this.customerPolicy(
        "accounting_secret",
        accountingSecretPolicyName(p),
        secretDescription,
        [
          {
            sid: "ReadAccountingSecret",
            effect: "Allow",
            actions: SECRET_READ_ACTIONS,
            resources: [props.accountingSecretArn],
          },
        ],
      );
    }
  }

  /**
   * A customer managed policy attached to the role; its document, policy and
   * attachment are all named `hyperpod_<key>` in Terraform.
   */
  private customerPolicy(
    key: string,
    name: string,
    description: string,
    statement: DataAwsIamPolicyDocumentStatement[],
  ): IamRolePolicyAttachment {
    const logicalName = `hyperpod_${key}`;
    const document = new DataAwsIamPolicyDocument(this, `${key}_document`, { statement });
    document.overrideLogicalId(logicalName);
    const policy = new IamPolicy(this, `${key}_policy`, { name, description, policy: document.json });
    policy.overrideLogicalId(logicalName);
    const attachment = new IamRolePolicyAttachment(this, key, { role: this.role.name, policyArn: policy.arn });
    attachment.overrideLogicalId(logicalName);
    return attachment;
  }
}

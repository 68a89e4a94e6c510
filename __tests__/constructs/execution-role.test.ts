import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Testing } from "cdktf";
import { ExecutionRole, type ExecutionRoleProps } from "../../src/constructs/execution-role";

const synth = (arns: string[], more: Partial<ExecutionRoleProps> = {}) =>
  Testing.synthScope(
    (scope) => void new ExecutionRole(scope, "role", { namePrefix: "p", readBucketArns: arns, ...more }),
  );
/** The synthesized JSON of a role that reads one bucket, with `more` props. */
const synthJson = (more: Partial<ExecutionRoleProps>) => JSON.parse(synth(["arn:aws:s3:::a"], more));

describe("ExecutionRole", () => {
  test("role and policies are named from the prefix", () => {
    const json = synth(["arn:aws:s3:::a"]);
    expect(json).toHaveResourceWithProperties(IamRole, { name: "p-hyperpod-role" });
    expect(json).toHaveResourceWithProperties(IamPolicy, { name: "p-hyperpod-vpc-policy" });
    expect(json).toHaveResourceWithProperties(IamPolicy, { name: "p-hyperpod-s3-policy" });
    expect(json).toHaveResourceWithProperties(IamRolePolicyAttachment, {
      policy_arn: "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy",
    });
  });

  test("S3 read is limited to the given buckets, instead of AmazonS3ReadOnlyAccess", () => {
    const json = synth(["arn:aws:s3:::a", "arn:aws:s3:::b"]);
    expect(json).not.toContain("AmazonS3ReadOnlyAccess");
    expect(JSON.parse(json).data.aws_iam_policy_document.hyperpod_s3.statement).toEqual([
      {
        sid: "ListProjectBuckets",
        effect: "Allow",
        actions: ["s3:ListBucket"],
        resources: ["arn:aws:s3:::a", "arn:aws:s3:::b"],
      },
      {
        sid: "ReadProjectObjects",
        effect: "Allow",
        actions: ["s3:GetObject"],
        resources: ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"],
      },
    ]);
  });

  test("a KMS key: its own policy, on that key only; grants for volumes only when asked; none without a key", () => {
    const key = "arn:aws:kms:r:111122223333:key/k";
    const withKey = (kmsForVolumes?: boolean) => synthJson({ kmsKeyArn: key, kmsForVolumes });
    const s3Only = withKey();
    expect(s3Only.resource.aws_iam_policy.hyperpod_kms.name).toBe("p-hyperpod-kms-policy");
    expect(s3Only.data.aws_iam_policy_document.hyperpod_kms.statement).toEqual([
      { sid: "UseStackKey", effect: "Allow", actions: ["kms:Decrypt", "kms:GenerateDataKey"], resources: [key] },
    ]);
    expect(withKey(true).data.aws_iam_policy_document.hyperpod_kms.statement[0].actions).toEqual([
      "kms:Decrypt",
      "kms:GenerateDataKey",
      "kms:CreateGrant",
      "kms:DescribeKey",
    ]);
    expect(JSON.parse(synth(["arn:aws:s3:::a"])).resource.aws_iam_policy.hyperpod_kms).toBeUndefined();
  });

  test("the role trusts SageMaker only; role, trust and managed attachment keep their Terraform addresses", () => {
    const json = JSON.parse(synth(["arn:aws:s3:::a"]));
    expect(json.data.aws_iam_policy_document.hyperpod_trust.statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["sagemaker.amazonaws.com"] }],
      },
    ]);
    expect(json.resource.aws_iam_role).toEqual({
      hyperpod: {
        name: "p-hyperpod-role",
        assume_role_policy: "${data.aws_iam_policy_document.hyperpod_trust.json}",
      },
    });
    expect(json.resource.aws_iam_role_policy_attachment.hyperpod_managed).toEqual({
      role: "${aws_iam_role.hyperpod.name}",
      policy_arn: "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy",
    });
  });

  test("the VPC policy: the network interface actions HyperPod documents, tags on network interfaces only", () => {
    const json = JSON.parse(synth(["arn:aws:s3:::a"]));
    expect(json.data.aws_iam_policy_document.hyperpod_vpc.statement).toEqual([
      {
        effect: "Allow",
        actions: [
          "ec2:CreateNetworkInterface",
          "ec2:CreateNetworkInterfacePermission",
          "ec2:DeleteNetworkInterface",
          "ec2:DeleteNetworkInterfacePermission",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DescribeVpcs",
          "ec2:DescribeDhcpOptions",
          "ec2:DescribeSubnets",
          "ec2:DescribeSecurityGroups",
          "ec2:DetachNetworkInterface",
        ],
        resources: ["*"],
      },
      { effect: "Allow", actions: ["ec2:CreateTags"], resources: ["arn:aws:ec2:*:*:network-interface/*"] },
    ]);
  });

  test("each customer policy: document, policy and attachment named hyperpod_<key>, attached to the role", () => {
    const json = JSON.parse(synth(["arn:aws:s3:::a"]));
    expect(json.resource.aws_iam_policy).toEqual({
      hyperpod_s3: {
        name: "p-hyperpod-s3-policy",
        description: "Read access to the HyperPod lifecycle script and data buckets",
        policy: "${data.aws_iam_policy_document.hyperpod_s3.json}",
      },
      hyperpod_vpc: {
        name: "p-hyperpod-vpc-policy",
        description: "IAM policy for SageMaker HyperPod VPC",
        policy: "${data.aws_iam_policy_document.hyperpod_vpc.json}",
      },
    });
    expect(json.resource.aws_iam_role_policy_attachment).toEqual({
      hyperpod_managed: expect.anything(),
      hyperpod_s3: { role: "${aws_iam_role.hyperpod.name}", policy_arn: "${aws_iam_policy.hyperpod_s3.arn}" },
      hyperpod_vpc: { role: "${aws_iam_role.hyperpod.name}", policy_arn: "${aws_iam_policy.hyperpod_vpc.arn}" },
    });
  });

  test("the KMS policy is described as the use of the stack's key", () => {
    const json = synthJson({ kmsKeyArn: "arn:aws:kms:r:111122223333:key/k" });
    expect(json.resource.aws_iam_policy.hyperpod_kms.description).toBe("Use of the HyperPod stack's KMS key");
  });

  test("an accounting secret: GetSecretValue on that secret only, in its own attached policy; none without one", () => {
    const secret = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:p-accounting-AbCdEf";
    const json = synthJson({ accountingSecretArn: secret });
    expect(json.data.aws_iam_policy_document.hyperpod_accounting_secret.statement).toEqual([
      { sid: "ReadAccountingSecret", effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: [secret] },
    ]);
    expect(json.resource.aws_iam_policy.hyperpod_accounting_secret).toEqual({
      name: "p-hyperpod-accounting-secret-policy",
      description: "Read the Slurm accounting database secret",
      policy: "${data.aws_iam_policy_document.hyperpod_accounting_secret.json}",
    });
    expect(json.resource.aws_iam_role_policy_attachment.hyperpod_accounting_secret).toEqual({
      role: "${aws_iam_role.hyperpod.name}",
      policy_arn: "${aws_iam_policy.hyperpod_accounting_secret.arn}",
    });
    const without = JSON.parse(synth(["arn:aws:s3:::a"]));
    expect(without.data.aws_iam_policy_document.hyperpod_accounting_secret).toBeUndefined();
    expect(without.resource.aws_iam_policy.hyperpod_accounting_secret).toBeUndefined();
  });

  test("needs at least one bucket", () => {
    expect(() => synth([])).toThrow("ExecutionRole: readBucketArns must name at least the lifecycle script bucket");
  });
});

import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Testing } from "cdktf";
import { ExecutionRole } from "../../src/constructs/execution-role";

const synth = (arns: string[]) =>
  Testing.synthScope((scope) => void new ExecutionRole(scope, "role", { namePrefix: "p", readBucketArns: arns }));

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
    const withKey = (kmsForVolumes?: boolean) =>
      JSON.parse(
        Testing.synthScope(
          (scope) =>
            void new ExecutionRole(scope, "role", {
              namePrefix: "p",
              readBucketArns: ["arn:aws:s3:::a"],
              kmsKeyArn: key,
              kmsForVolumes,
            }),
        ),
      );
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

  test("needs at least one bucket", () => {
    expect(() => synth([])).toThrow("ExecutionRole: readBucketArns must name at least the lifecycle script bucket");
  });
});

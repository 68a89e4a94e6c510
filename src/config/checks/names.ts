/**
 * Names: the cluster and instance group names the SageMaker API accepts,
 * and the S3, IAM and security group names this app makes from namePrefix.
 */

import { s3BucketNameProblems } from "../../aws/s3-bucket-names";
import {
  accessLogBucketName,
  accountingSecretPolicyName,
  clusterSecurityGroupName,
  dataBucketName,
  flowLogRoleName,
  kmsPolicyName,
  lifecycleBucketName,
  lustreSecurityGroupName,
  roleName,
  s3PolicyName,
  vpcPolicyName,
} from "../../names";
import { type Check, type CheckCode, duplicates, error, type Finding, show } from "../findings";
import type { ResolvedCluster } from "../resolve";

export const CODES: CheckCode[] = [
  {
    code: "CLUSTER_NAME",
    level: "ERROR",
    summary:
      "Cluster name (default <namePrefix>-cluster) is not 1-63 letters, digits or hyphens starting and ending with a letter or digit",
  },
  {
    code: "GROUP_NAME",
    level: "ERROR",
    summary: "Instance group name is not 1-63 letters, digits or hyphens starting and ending with a letter or digit",
  },
  {
    code: "GROUP_NAME_DUPLICATE",
    level: "ERROR",
    summary: "Two instance groups share a name (also a group listed in two roles)",
  },
  {
    code: "BUCKET_NAME",
    level: "ERROR",
    summary: "namePrefix makes an invalid S3 bucket name (<namePrefix>-hyperpod-lifecycle/-data-<account id>)",
  },
  {
    code: "EXISTING_BUCKET_NAME",
    level: "ERROR",
    summary: "fsx.dataRepository.existingBucket is not a valid S3 bucket name",
  },
  {
    code: "IAM_NAME",
    level: "ERROR",
    summary:
      "namePrefix makes an IAM role name over 64 or a policy name over 128 characters, or uses characters IAM does not allow",
  },
  {
    code: "SECURITY_GROUP_NAME",
    level: "ERROR",
    summary:
      "namePrefix makes an invalid security group name (over 255 characters, sg- prefix or disallowed characters)",
  },
];

/**
 * SageMaker ClusterName: 1-63 chars, `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`.
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html
 */
const CLUSTER_NAME_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/**
 * SageMaker InstanceGroupName: 1-63 chars, `^[a-zA-Z0-9](-*[a-zA-Z0-9])*$`.
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterInstanceGroupSpecification.html
 */
const GROUP_NAME_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/;
const NAME_RULE = "1-63 letters, digits or hyphens, starting and ending with a letter or digit";

function sageMakerNameMessage(name: string): string {
  const length = name.length > 63 ? ` (${name.length} characters)` : "";
  return `must be ${NAME_RULE}, got ${show(name)}${length}`;
}

export const clusterName: Check = (c) => {
  // The pattern bounds the letters and digits, not the hyphens between them, so the length is a rule of its own.
  if (c.clusterName.length <= 63 && CLUSTER_NAME_PATTERN.test(c.clusterName)) return [];
  return [error("CLUSTER_NAME", "clusterName", sageMakerNameMessage(c.clusterName))];
};

export const groupNames: Check = (c) =>
  c.instanceGroups.flatMap((g, i) =>
    g.name.length <= 63 && GROUP_NAME_PATTERN.test(g.name)
      ? []
      : [error("GROUP_NAME", `instanceGroups[${i}].name`, sageMakerNameMessage(g.name))],
  );

/** Names are unique across groups; one name used by a controller and a worker is one group in two roles. */
export const groupNameDuplicates: Check = (c) =>
  duplicates(c.instanceGroups, (g) => g.name).map(({ index, first }) => {
    const a = c.instanceGroups[first];
    const b = c.instanceGroups[index];
    const roles = a.role === b.role ? "" : ` (as ${a.role} there and ${b.role} here: a group cannot have two roles)`;
    return error(
      "GROUP_NAME_DUPLICATE",
      `instanceGroups[${index}].name`,
      `must be unique, got ${show(b.name)}, also the name of instanceGroups[${first}]${roles}`,
    );
  });

/** Whether this app creates the data bucket (and so derives its name). */
export function createsDataBucket(c: ResolvedCluster): boolean {
  return c.fsx.dataRepository.enabled && c.fsx.dataRepository.existingBucket === undefined;
}

/**
 * Every bucket the prefix produces must be a valid S3 name once the 12-digit
 * account id is appended. Reported on namePrefix, one finding per bad name.
 */
export const bucketNames: Check = (c) => {
  const names = [
    lifecycleBucketName,
    ...(createsDataBucket(c) ? [dataBucketName] : []),
    ...(c.buckets.accessLogs.enabled && c.buckets.accessLogs.targetBucket === undefined ? [accessLogBucketName] : []),
  ];
  return names.flatMap((make) => {
    const problems = s3BucketNameProblems(make(c.namePrefix), {
      allowDots: false,
      lengthNote: " with the 12-digit account id",
    });
    if (problems.length === 0) return [];
    return [
      error(
        "BUCKET_NAME",
        "namePrefix",
        `must make valid S3 bucket names, got ${show(c.namePrefix)}: "${make(c.namePrefix, "<account id>")}" ${problems.join(", ")}`,
      ),
    ];
  });
};

export const existingBucketName: Check = (c) => {
  const dr = c.fsx.dataRepository;
  if (!dr.enabled || dr.existingBucket === undefined) return [];
  const problems = s3BucketNameProblems(dr.existingBucket, { allowDots: true });
  if (problems.length === 0) return [];
  return [
    error(
      "EXISTING_BUCKET_NAME",
      "fsx.dataRepository.existingBucket",
      `must be a valid S3 bucket name, got ${show(dr.existingBucket)}, which ${problems.join(", ")}`,
    ),
  ];
};

/** IAM role names are at most 64 characters, policy names 128; both take `[\w+=,.@-]`. */
export const iamNames: Check = (c) => {
  const findings: Finding[] = [];
  if (!/^[\w+=,.@-]*$/.test(c.namePrefix)) {
    findings.push(
      error(
        "IAM_NAME",
        "namePrefix",
        `must only hold letters, digits and + = , . @ _ - (IAM names), got ${show(c.namePrefix)}`,
      ),
    );
  }
  const limits: [string, string, number][] = [
    ["role", roleName(c.namePrefix), 64],
    ["policy", vpcPolicyName(c.namePrefix), 128],
    ["policy", s3PolicyName(c.namePrefix), 128],
  ];
  // Names of optional parts only count when the part exists.
  if (c.encryption.kmsKeyArn !== undefined || c.encryption.createKey) {
    limits.push(["policy", kmsPolicyName(c.namePrefix), 128]);
  }
  if (c.accounting.mode !== "none") limits.push(["policy", accountingSecretPolicyName(c.namePrefix), 128]);
  if (c.network.mode === "create" && c.network.flowLogs.enabled) {
    limits.push(["role", flowLogRoleName(c.namePrefix), 64]);
  }
  for (const [kind, name, max] of limits) {
    if (name.length > max) {
      findings.push(
        error(
          "IAM_NAME",
          "namePrefix",
          `must make IAM ${kind} names of at most ${max} characters, got ${show(c.namePrefix)}: "${name}" is ${name.length}`,
        ),
      );
    }
  }
  return findings;
};

/**
 * VPC security group names: at most 255 characters, not starting with sg-,
 * letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* (EC2 CreateSecurityGroup).
 */
export const securityGroupNames: Check = (c) => {
  const findings: Finding[] = [];
  if (c.namePrefix.toLowerCase().startsWith("sg-")) {
    findings.push(
      error(
        "SECURITY_GROUP_NAME",
        "namePrefix",
        `must not start with sg- (security group names cannot), got ${show(c.namePrefix)}`,
      ),
    );
  }
  if (!/^[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]*$/.test(c.namePrefix)) {
    findings.push(
      error(
        "SECURITY_GROUP_NAME",
        "namePrefix",
        `must only hold letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* (security group names), got ${show(c.namePrefix)}`,
      ),
    );
  }
  for (const name of [clusterSecurityGroupName(c.namePrefix), lustreSecurityGroupName(c.namePrefix)]) {
    if (name.length > 255) {
      findings.push(
        error(
          "SECURITY_GROUP_NAME",
          "namePrefix",
          `must make security group names of at most 255 characters, got a namePrefix of ${c.namePrefix.length} characters (${name.replace(c.namePrefix, "<namePrefix>")} is ${name.length})`,
        ),
      );
    }
  }
  return findings;
};

export const CHECKS: Check[] = [
  clusterName,
  groupNames,
  groupNameDuplicates,
  bucketNames,
  existingBucketName,
  iamNames,
  securityGroupNames,
];

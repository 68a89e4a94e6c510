/**
 * Every name the app derives from `namePrefix`, in one place: the stack and
 * its constructs create resources with them, and the configuration checks
 * validate the very same names before anything is synthesized.
 */

import { BUCKET_NAME_MAX } from "./aws/s3-bucket-names";

/** Stands in for the account id when a check builds a bucket name (the real one is known only at apply time). */
export const ACCOUNT_ID_PLACEHOLDER = "000000000000";

export const dataBucketName = (prefix: string, account = ACCOUNT_ID_PLACEHOLDER) =>
  `${prefix}-hyperpod-data-${account}`;
export const lifecycleBucketName = (prefix: string, account = ACCOUNT_ID_PLACEHOLDER) =>
  `${prefix}-hyperpod-lifecycle-${account}`;
export const roleName = (prefix: string) => `${prefix}-hyperpod-role`;
export const vpcPolicyName = (prefix: string) => `${prefix}-hyperpod-vpc-policy`;
export const s3PolicyName = (prefix: string) => `${prefix}-hyperpod-s3-policy`;
export const clusterSecurityGroupName = (prefix: string) => `${prefix}-hyperpod-sg`;
export const lustreSecurityGroupName = (prefix: string) => `${prefix}-lustre-sg`;
export const defaultClusterName = (prefix: string) => `${prefix}-cluster`;
export const accountingIdentifier = (prefix: string) => `${prefix}-slurm-accounting`;
export const accountingSecretPolicyName = (prefix: string) => `${prefix}-hyperpod-accounting-secret-policy`;
export const accessLogBucketName = (prefix: string, account = ACCOUNT_ID_PLACEHOLDER) =>
  `${prefix}-hyperpod-logs-${account}`;
export const flowLogRoleName = (prefix: string) => `${prefix}-hyperpod-flow-logs`;
export const keyAliasName = (prefix: string) => `alias/${prefix}-hyperpod`;
export const kmsPolicyName = (prefix: string) => `${prefix}-hyperpod-kms-policy`;

/** The longest namePrefix whose bucket names (with a 12-digit account id) stay within S3's limit. */
export const MAX_NAME_PREFIX_LENGTH =
  BUCKET_NAME_MAX - Math.max(dataBucketName("").length, lifecycleBucketName("").length);

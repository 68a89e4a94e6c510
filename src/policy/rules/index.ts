/** Every rule of the policy pack, in the order their findings are reported (and documented). */
import type { PolicyRule } from "../rule";
import { dataForceDestroy } from "./data-force-destroy";
import { dbDeletionProtection } from "./db-deletion-protection";
import { dbEncrypted } from "./db-encrypted";
import { dbNotPublic } from "./db-not-public";
import { fsxEfaGroups } from "./fsx-efa-groups";
import { iamManagedPolicy } from "./iam-managed-policy";
import { iamPolicyUnchecked } from "./iam-policy-unchecked";
import { iamS3Scope } from "./iam-s3-scope";
import { iamWildcardAction } from "./iam-wildcard-action";
import { iamWildcardResource } from "./iam-wildcard-resource";
import { kmsRotation } from "./kms-rotation";
import { logsRetention } from "./logs-retention";
import { s3AccessLogSelf } from "./s3-access-log-self";
import { s3Encryption } from "./s3-encryption";
import { s3LifecycleRule } from "./s3-lifecycle-rule";
import { s3Ownership } from "./s3-ownership";
import { s3PublicAccess } from "./s3-public-access";
import { s3TlsOnly } from "./s3-tls-only";
import { s3Versioning } from "./s3-versioning";
import { secretReadScope } from "./secret-read-scope";
import { sgEfaSelf } from "./sg-efa-self";
import { sgInternetIngress } from "./sg-internet-ingress";
import { sgLustrePorts } from "./sg-lustre-ports";
import { sgRuleDescription } from "./sg-rule-description";
import { suppressionReason } from "./suppression-reason";
import { suppressionUnknown } from "./suppression-unknown";
import { tagsRequired } from "./tags-required";

export const POLICY_RULES: readonly PolicyRule[] = [
  s3PublicAccess,
  s3Encryption,
  s3TlsOnly,
  s3Ownership,
  s3Versioning,
  s3LifecycleRule,
  s3AccessLogSelf,
  dataForceDestroy,
  iamWildcardAction,
  iamWildcardResource,
  iamS3Scope,
  iamManagedPolicy,
  iamPolicyUnchecked,
  sgInternetIngress,
  sgEfaSelf,
  sgLustrePorts,
  sgRuleDescription,
  fsxEfaGroups,
  dbNotPublic,
  dbEncrypted,
  dbDeletionProtection,
  secretReadScope,
  kmsRotation,
  logsRetention,
  tagsRequired,
  suppressionReason,
  suppressionUnknown,
];

/** Findings of these rules cannot be suppressed (they are about suppressions). */
export const UNSUPPRESSIBLE_RULES: readonly string[] = [suppressionReason.id, suppressionUnknown.id];

export {
  dataForceDestroy,
  dbDeletionProtection,
  dbEncrypted,
  dbNotPublic,
  fsxEfaGroups,
  iamManagedPolicy,
  iamPolicyUnchecked,
  iamS3Scope,
  iamWildcardAction,
  iamWildcardResource,
  s3Encryption,
  kmsRotation,
  logsRetention,
  s3AccessLogSelf,
  s3LifecycleRule,
  s3Ownership,
  s3Versioning,
  sgRuleDescription,
  s3PublicAccess,
  s3TlsOnly,
  secretReadScope,
  sgEfaSelf,
  sgInternetIngress,
  sgLustrePorts,
  suppressionReason,
  suppressionUnknown,
  tagsRequired,
};

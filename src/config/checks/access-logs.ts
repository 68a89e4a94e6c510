/**
 * S3 server access logging (`buckets.accessLogs`): a target bucket that is a
 * valid name and never one of the buckets whose logs it receives.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
 */
import { s3BucketNameProblems } from "../../aws/s3-bucket-names";
import { dataBucketName, lifecycleBucketName } from "../../names";
import { escapeRegExp } from "../../text";
import { type Check, type CheckCode, error, show, warning } from "../findings";

export const CODES: CheckCode[] = [
  {
    code: "ACCESS_LOGS_TARGET_NAME",
    level: "ERROR",
    summary: "buckets.accessLogs.targetBucket is not a valid S3 bucket name",
  },
  {
    code: "ACCESS_LOGS_SELF",
    level: "ERROR",
    summary: "buckets.accessLogs.targetBucket is one of the buckets whose logs it would receive",
  },
  {
    code: "ACCESS_LOGS_IGNORED",
    level: "WARNING",
    summary: "buckets.accessLogs.targetBucket set while accessLogs.enabled is false",
  },
];

export const targetName: Check = (c) => {
  const t = c.buckets.accessLogs.targetBucket;
  if (t === undefined) return [];
  const problems = s3BucketNameProblems(t, { allowDots: true });
  return problems.length
    ? [
        error(
          "ACCESS_LOGS_TARGET_NAME",
          "buckets.accessLogs.targetBucket",
          `must be a valid S3 bucket name, got ${show(t)}, which ${problems.join(", ")}`,
        ),
      ]
    : [];
};

/** The names of the buckets this app creates, with any 12-digit account id. */
function createdBucketPattern(prefix: string): RegExp {
  const names = [dataBucketName, lifecycleBucketName].map((make) =>
    escapeRegExp(make(prefix, "ACCOUNT")).replace("ACCOUNT", "\\d{12}"),
  );
  return new RegExp(`^(?:${names.join("|")})$`);
}

export const self: Check = (c) => {
  const t = c.buckets.accessLogs.targetBucket;
  if (!c.buckets.accessLogs.enabled || t === undefined || !createdBucketPattern(c.namePrefix).test(t)) return [];
  return [
    error(
      "ACCESS_LOGS_SELF",
      "buckets.accessLogs.targetBucket",
      `must be a bucket other than the ones this stack creates (a bucket must not log into itself), got ${show(t)}`,
    ),
  ];
};

export const ignored: Check = (c) =>
  !c.buckets.accessLogs.enabled && c.buckets.accessLogs.targetBucket !== undefined
    ? [
        warning(
          "ACCESS_LOGS_IGNORED",
          "buckets.accessLogs.targetBucket",
          `is ignored while buckets.accessLogs.enabled is false, got ${show(c.buckets.accessLogs.targetBucket)}`,
        ),
      ]
    : [];

export const CHECKS: Check[] = [targetName, self, ignored];

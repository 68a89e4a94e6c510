/**
 * VPC flow logs (`network.flowLogs`): on with `production`, only for a VPC
 * this app creates, with a retention CloudWatch Logs accepts or an S3 bucket.
 *
 * @see https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
 * @see https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
 */
import { CLOUDWATCH_RETENTION_DAYS } from "../../aws/cloudwatch-logs";
import { type Check, type CheckCode, error, oneOf, show, warning } from "../findings";

export const CODES: CheckCode[] = [
  {
    code: "FLOW_LOGS_OFF_PRODUCTION",
    level: "WARNING",
    summary: "production with network.flowLogs.enabled false on a created VPC",
  },
  {
    code: "FLOW_LOGS_EXISTING_VPC",
    level: "WARNING",
    summary:
      "network.flowLogs.enabled with an existing VPC, where it is not applied (the VPC's owner manages its logs)",
  },
  {
    code: "FLOW_LOGS_S3_BUCKET",
    level: "ERROR",
    summary: "destination s3 without a bucket ARN (arn:aws:s3:::<bucket>), or a bucket ARN with cloud-watch-logs",
  },
  { code: "FLOW_LOGS_RETENTION", level: "ERROR", summary: "retentionDays is not a value CloudWatch Logs accepts" },
];

const S3_BUCKET_ARN = /^arn:aws(?:-[a-z]+)*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?:\/.*)?$/;

export const offInProduction: Check = (c) =>
  c.production && c.network.mode === "create" && !c.network.flowLogs.enabled
    ? [
        warning(
          "FLOW_LOGS_OFF_PRODUCTION",
          "network.flowLogs.enabled",
          "should be true in production (a record of who talked to the nodes is what an incident review needs first), got false",
        ),
      ]
    : [];

export const existingVpc: Check = (c) =>
  c.network.mode === "existing" && c.network.flowLogs.enabledSet && c.network.flowLogs.enabled
    ? [
        warning(
          "FLOW_LOGS_EXISTING_VPC",
          "network.flowLogs.enabled",
          "is ignored with network.existingVpc (flow logs belong to the VPC and are its owner's to configure), got true",
        ),
      ]
    : [];

export const s3Bucket: Check = (c) => {
  const f = c.network.flowLogs;
  if (!f.enabled || c.network.mode !== "create") return [];
  if (f.destination === "s3" && (f.s3BucketArn === undefined || !S3_BUCKET_ARN.test(f.s3BucketArn))) {
    return [
      error(
        "FLOW_LOGS_S3_BUCKET",
        "network.flowLogs.s3BucketArn",
        `must be the ARN of an existing bucket (arn:aws:s3:::<bucket>) with destination s3, got ${show(f.s3BucketArn)}`,
      ),
    ];
  }
  if (f.destination !== "s3" && f.s3BucketArn !== undefined) {
    return [
      error(
        "FLOW_LOGS_S3_BUCKET",
        "network.flowLogs.s3BucketArn",
        `only applies with destination s3 (destination is ${f.destination}), got ${show(f.s3BucketArn)}`,
      ),
    ];
  }
  return [];
};

export const retention: Check = (c) => {
  const f = c.network.flowLogs;
  if (!f.enabled || f.destination !== "cloud-watch-logs") return [];
  return (CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(f.retentionDays)
    ? []
    : [
        error(
          "FLOW_LOGS_RETENTION",
          "network.flowLogs.retentionDays",
          `must be ${oneOf(CLOUDWATCH_RETENTION_DAYS)} days, got ${f.retentionDays}`,
        ),
      ];
};

export const CHECKS: Check[] = [offInProduction, existingVpc, s3Bucket, retention];

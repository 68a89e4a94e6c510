/** Region: the name every other setting (AZs, endpoints, ARNs) is built from. */
import { type Check, type CheckCode, error, show } from "../findings";

export const CODES: CheckCode[] = [
  { code: "REGION", level: "ERROR", summary: "region is not an AWS region name like ap-northeast-1" },
];

/** us-east-1, ap-northeast-1, us-gov-west-1, eu-central-2 … */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;

export const region: Check = (c) =>
  REGION_PATTERN.test(c.region)
    ? []
    : [error("REGION", "region", `must be an AWS region name like ap-northeast-1, got ${show(c.region)}`)];

export const CHECKS: Check[] = [region];

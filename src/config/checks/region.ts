/** Region: the name every other setting (AZs, endpoints, ARNs) is built from. */
import { REGION_PATTERN, REGIONS, REGIONS_AS_OF } from "../../aws/regions";
import { didYouMean } from "../../text";
import { type Check, type CheckCode, error, show, warning } from "../findings";

export const CODES: CheckCode[] = [
  { code: "REGION", level: "ERROR", summary: "region is not an AWS region name like ap-northeast-1" },
  { code: "REGION_UNKNOWN", level: "WARNING", summary: `region is not in the list of AWS Regions (${REGIONS_AS_OF})` },
];

export const region: Check = (c) => {
  const hint = didYouMean(c.region, REGIONS);
  if (!REGION_PATTERN.test(c.region)) {
    return [error("REGION", "region", `must be an AWS region name like ap-northeast-1, got ${show(c.region)}${hint}`)];
  }
  if ((REGIONS as readonly string[]).includes(c.region)) return [];
  return [
    warning(
      "REGION_UNKNOWN",
      "region",
      `is not among the AWS Regions known on ${REGIONS_AS_OF}, got ${show(c.region)}${hint || "; if it is a new Region, suppress REGION_UNKNOWN"}`,
    ),
  ];
};

export const CHECKS: Check[] = [region];

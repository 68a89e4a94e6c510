import { REGIONS } from "../../../src/aws/regions";
import { evaluate } from "../../../src/config/load";
import { err, findingsWith, type Row, warn } from "./helpers";

describe("REGION and REGION_UNKNOWN", () => {
  test.each<Row>([
    ["default ap-northeast-1", {}, []],
    ["us-east-1", { region: "us-east-1" }, []],
    ["GovCloud", { region: "us-gov-west-1" }, []],
    ["eu-central-2", { region: "eu-central-2" }, []],
    ["Mexico, a 2025 Region", { region: "mx-central-1" }, []],
    [
      "a city",
      { region: "tokyo" },
      [err("REGION", "region", 'must be an AWS region name like ap-northeast-1, got "tokyo"')],
    ],
    [
      "an AZ name",
      { region: "ap-northeast-1a" },
      [
        err(
          "REGION",
          "region",
          'must be an AWS region name like ap-northeast-1, got "ap-northeast-1a"; did you mean ap-northeast-1?',
        ),
      ],
    ],
    [
      "upper case",
      { region: "US-EAST-1" },
      [
        err(
          "REGION",
          "region",
          'must be an AWS region name like ap-northeast-1, got "US-EAST-1"; did you mean us-east-1?',
        ),
      ],
    ],
    ["empty", { region: "" }, [err("REGION", "region", 'must be an AWS region name like ap-northeast-1, got ""')]],
    [
      "a missing letter",
      { region: "ap-northest-1" },
      [
        warn(
          "REGION_UNKNOWN",
          "region",
          'is not among the AWS Regions known on 2026-11, got "ap-northest-1"; did you mean ap-northeast-1?',
        ),
      ],
    ],
    [
      "a Region newer than the list: a warning that says how to go on",
      { region: "eusc-de-east-1" },
      [
        warn(
          "REGION_UNKNOWN",
          "region",
          'is not among the AWS Regions known on 2026-11, got "eusc-de-east-1"; if it is a new Region, suppress REGION_UNKNOWN',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "REGION", "REGION_UNKNOWN")).toEqual(expected);
  });

  test("every listed Region passes both checks, and the list has no duplicates", () => {
    expect(new Set(REGIONS).size).toBe(REGIONS.length);
    for (const region of REGIONS) expect(findingsWith({ region }, "REGION", "REGION_UNKNOWN")).toEqual([]);
  });

  test("a new Region is let through by suppressing REGION_UNKNOWN with a reason", () => {
    const settings = {
      region: "eusc-de-east-1",
      suppressions: [{ id: "REGION_UNKNOWN", reason: "the European Sovereign Cloud region is newer than the list" }],
    };
    const [finding] = evaluate(settings).findings.filter((f) => f.code === "REGION_UNKNOWN");
    expect(finding.suppressedBy).toBe("the European Sovereign Cloud region is newer than the list");
  });
});

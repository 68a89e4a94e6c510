import { err, findingsWith, type Row } from "./helpers";

describe("REGION", () => {
  test.each<Row>([
    ["default ap-northeast-1", {}, []],
    ["us-east-1", { region: "us-east-1" }, []],
    ["GovCloud", { region: "us-gov-west-1" }, []],
    ["eu-central-2", { region: "eu-central-2" }, []],
    [
      "a city",
      { region: "tokyo" },
      [err("REGION", "region", 'must be an AWS region name like ap-northeast-1, got "tokyo"')],
    ],
    [
      "an AZ name",
      { region: "ap-northeast-1a" },
      [err("REGION", "region", 'must be an AWS region name like ap-northeast-1, got "ap-northeast-1a"')],
    ],
    [
      "upper case",
      { region: "US-EAST-1" },
      [err("REGION", "region", 'must be an AWS region name like ap-northeast-1, got "US-EAST-1"')],
    ],
    ["empty", { region: "" }, [err("REGION", "region", 'must be an AWS region name like ap-northeast-1, got ""')]],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "REGION")).toEqual(expected);
  });
});

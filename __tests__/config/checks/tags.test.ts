import { err, findingsWith, type Row } from "./helpers";

const tagsOf = (n: number, extra: Record<string, string> = {}) => ({
  tags: { ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`Key${i}`, "v"])), ...extra },
});

describe("TAG_KEY", () => {
  test.each<Row>([
    ["default tags", {}, []],
    ["one character", { tags: { k: "v" } }, []],
    ["128 characters", { tags: { ["k".repeat(128)]: "v" } }, []],
    [
      "129 characters",
      { tags: { ["k".repeat(129)]: "v" } },
      [err("TAG_KEY", `tags.${"k".repeat(129)}`, "must be 1-128 characters long, got 129")],
    ],
    ["empty key", { tags: { "": "v" } }, [err("TAG_KEY", 'tags[""]', "must be 1-128 characters long, got 0")]],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "TAG_KEY")).toEqual(expected);
  });
});

describe("TAG_VALUE", () => {
  test.each<Row>([
    ["empty value", { tags: { Team: "" } }, []],
    ["256 characters", { tags: { Team: "v".repeat(256) } }, []],
    [
      "257 characters",
      { tags: { Team: "v".repeat(257) } },
      [err("TAG_VALUE", "tags.Team", "must be at most 256 characters long, got 257")],
    ],
    [
      "key with a space in the path",
      { tags: { "Cost Center": "v".repeat(300) } },
      [err("TAG_VALUE", 'tags["Cost Center"]', "must be at most 256 characters long, got 300")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "TAG_VALUE")).toEqual(expected);
  });
});

describe("TAG_RESERVED", () => {
  test.each<Row>([
    ["aws inside the key", { tags: { "my-aws:key": "v" } }, []],
    ["awsome", { tags: { awsome: "v" } }, []],
    [
      "aws: prefix",
      { tags: { "aws:team": "v" } },
      [err("TAG_RESERVED", 'tags["aws:team"]', 'must not start with aws: (reserved for AWS), got "aws:team"')],
    ],
    [
      "AWS: in any case",
      { tags: { "AWS:Team": "v" } },
      [err("TAG_RESERVED", 'tags["AWS:Team"]', 'must not start with aws: (reserved for AWS), got "AWS:Team"')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "TAG_RESERVED")).toEqual(expected);
  });
});

describe("TAG_COUNT", () => {
  const tooMany = (n: number) =>
    err(
      "TAG_COUNT",
      "tags",
      `must hold at most 49 tags besides Name (AWS allows 50 per resource and the stack adds Name), got ${n}`,
    );
  test.each<Row>([
    ["49 tags", tagsOf(49), []],
    ["49 tags plus Name", tagsOf(49, { Name: "x" }), []],
    ["50 tags", tagsOf(50), [tooMany(50)]],
    ["60 tags", tagsOf(60), [tooMany(60)]],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "TAG_COUNT")).toEqual(expected);
  });
});

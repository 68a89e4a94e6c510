import { allOf, duplicates, keyPath, oneOf, show } from "../../src/config/findings";

describe("message pieces", () => {
  test.each<[unknown, string]>([
    ["x", '"x"'],
    [300, "300"],
    [true, "true"],
    [undefined, "nothing"],
    [null, "null"],
  ])("show(%j) is %s", (value, text) => {
    expect(show(value)).toBe(text);
  });

  test.each<[string[], string, string]>([
    [[], "", ""],
    [["a"], "a", "a"],
    [["a", "b"], "a and b", "a or b"],
    [["a", "b", "c"], "a, b and c", "a, b or c"],
  ])("allOf / oneOf %j", (values, all, one) => {
    expect(allOf(values)).toBe(all);
    expect(oneOf(values)).toBe(one);
  });

  test.each([
    ["tags", "Project", "tags.Project"],
    ["tags", "my key", 'tags["my key"]'],
  ])("keyPath(%s, %s) is %s", (parent, key, path) => {
    expect(keyPath(parent, key)).toBe(path);
  });
});

describe("duplicates", () => {
  test("reports each later occurrence with the first index", () => {
    expect(duplicates(["a", "b", "a", "c", "b", "a"], (x) => x)).toEqual([
      { index: 2, first: 0 },
      { index: 4, first: 1 },
      { index: 5, first: 0 },
    ]);
  });
});

import {
  allOf,
  duplicates,
  error,
  formatFinding,
  keyPath,
  oneOf,
  type ReportedFinding,
  show,
  warning,
} from "../../src/config/findings";

describe("message pieces", () => {
  test.each<[unknown, string]>([
    ["x", '"x"'],
    [300, "300"],
    [true, "true"],
    [undefined, "nothing"],
    [null, "null"],
    // Numbers are left alone, also those JSON would write as null.
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NaN, "NaN"],
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

describe("formatFinding", () => {
  const f = error("FSX_THROUGHPUT", "fsx.perUnitStorageThroughput", "must be 125, 250, 500 or 1000, got 300");
  const head = "ERROR FSX_THROUGHPUT `fsx.perUnitStorageThroughput` must be 125, 250, 500 or 1000, got 300";
  test.each<[string, ReportedFinding, string]>([
    ["no notes", f, head],
    [
      "a warning",
      warning("REGION_UNKNOWN", "region", 'is not a known AWS Region, got "xx-east-9"'),
      'WARNING REGION_UNKNOWN `region` is not a known AWS Region, got "xx-east-9"',
    ],
    ["one cluster", { ...f, clusters: ["dev"] }, `${head} (affects cluster dev)`],
    ["three clusters", { ...f, clusters: ["dev", "stage", "prod"] }, `${head} (affects clusters dev, stage and prod)`],
    [
      "every note, in order",
      { ...f, fromDefault: true, clusters: ["dev", "prod"], suppressedBy: "benchmarking an older tier" },
      `${head} (\`fsx.perUnitStorageThroughput\` is not in the file, so this is its default; write it to choose another value; affects clusters dev and prod; suppressed: benchmarking an older tier)`,
    ],
  ])("%s", (_title, finding, text) => {
    expect(formatFinding(finding)).toBe(text);
  });
});

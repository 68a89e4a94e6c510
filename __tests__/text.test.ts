import { closest, didYouMean, editDistance } from "../src/text";

test.each([
  ["", "", 0],
  ["abc", "", 3],
  ["kitten", "sitting", 3],
  ["ap-northest-1", "ap-northeast-1", 1],
  ["us-east-1", "us-east-2", 1],
])("editDistance(%j, %j) = %i", (a, b, d) => {
  expect(editDistance(a, b)).toBe(d);
  expect(editDistance(b, a)).toBe(d);
});

test("closest: within the bound, case-insensitive, the first of equals", () => {
  expect(closest("FSX_THROUGPUT", ["FSX_CAPACITY", "FSX_THROUGHPUT"])).toBe("FSX_THROUGHPUT");
  expect(closest("us-east-3", ["us-east-1", "us-east-2"])).toBe("us-east-1");
  expect(closest("completely-different", ["us-east-1"])).toBeUndefined();
  expect(closest("abcd", ["abxy"], 1)).toBeUndefined();
  expect(closest("abcd", ["abxy"], 2)).toBe("abxy");
});

test("didYouMean: a hint only for a close, different candidate", () => {
  expect(didYouMean("ap-northest-1", ["ap-northeast-1"])).toBe("; did you mean ap-northeast-1?");
  expect(didYouMean("ap-northeast-1", ["ap-northeast-1"])).toBe("");
  expect(didYouMean("x", ["ap-northeast-1"])).toBe("");
  expect(didYouMean("POL-S3-TLS", ["POL-S3-ENCRYPTION", "POL-S3-TLS-ONLY"])).toBe("; did you mean POL-S3-TLS-ONLY?");
  expect(didYouMean("ap", ["ap-northeast-1"])).toBe("");
});

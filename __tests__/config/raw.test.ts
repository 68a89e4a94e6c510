/** Reading the parsed YAML document before the schema types it (src/config/raw.ts). */
import { describeValue, hasPath, isPlainObject, parsePath, valueAt, withoutNulls } from "../../src/config/raw";

test.each<[unknown, string]>([
  [[1, "a"], 'a list ([1,"a"])'],
  [{ a: 1 }, "a map"],
  [{}, "a map"],
  [null, "null"],
  ["x", '"x"'],
  [3, "3"],
  [undefined, "nothing"],
])("describeValue(%j) is %s", (value, expected) => {
  expect(describeValue(value)).toBe(expected);
});

const doc = { a: { b: [10, { c: null }] }, s: "text", n: null };

test.each<[PropertyKey[], unknown, boolean]>([
  [["a", "b", 0], 10, true],
  [["a", "b", 1, "c"], null, true],
  [["a", "x"], undefined, false],
  [["s", "length"], undefined, false], // a string is not walked into
  [["n", "x"], undefined, false], // nor is null
  [["a", "b", 5], undefined, false],
  [[], doc, true],
])("at %j: valueAt gives %j, hasPath %s", (path, value, has) => {
  expect(valueAt(doc, path)).toEqual(value);
  expect(hasPath(doc, path)).toBe(has);
});

test.each<[unknown, boolean]>([
  [{}, true],
  [{ a: 1 }, true],
  [[], false],
  [null, false],
  ["map", false],
])("isPlainObject(%j) is %s", (value, expected) => {
  expect(isPlainObject(value)).toBe(expected);
});

test.each<[string, (string | number)[]]>([
  ["instanceGroups[1].instanceType", ["instanceGroups", 1, "instanceType"]],
  ["instanceGroups[12]", ["instanceGroups", 12]],
  ['tags["my key"].x', ["tags", "my key", "x"]],
  ['tags["say \\"hi\\""]', ["tags", 'say "hi"']],
  ['tags["a.b"]', ["tags", "a.b"]],
  ["", []],
])("parsePath(%j)", (path, expected) => {
  expect(parsePath(path)).toEqual(expected);
});

test("withoutNulls drops null values at every depth of maps, and leaves lists alone", () => {
  const raw = { a: null, b: { c: null, d: 1, e: { f: null } }, g: [null, 1], h: "x" };
  expect(withoutNulls(raw)).toEqual({ b: { d: 1, e: {} }, g: [null, 1], h: "x" });
  expect(raw.b.c).toBeNull(); // a copy: the document itself is unchanged
});

import { s3BucketNameProblems } from "../../src/aws/s3-bucket-names";

describe("s3BucketNameProblems", () => {
  test.each([
    ["abc", true, []],
    ["my.bucket-1", true, []],
    ["my.bucket-1", false, ["has characters other than lowercase letters, digits and hyphens"]],
    [".abc", true, ["does not start with a letter or digit"]],
    ["sthree-x", true, ["starts with the reserved prefix sthree-"]],
    ["amzn-s3-demo-x", true, ["starts with the reserved prefix amzn-s3-demo-"]],
    ["x--ol-s3", true, ["ends with the reserved suffix --ol-s3"]],
    ["x.mrap", true, ["ends with the reserved suffix .mrap"]],
    ["x--x-s3", true, ["ends with the reserved suffix --x-s3"]],
    ["x--table-s3", true, ["ends with the reserved suffix --table-s3"]],
    ["", true, ["is 0 characters long (3-63 allowed)"]],
  ])("%j (dots allowed: %s)", (name, allowDots, problems) => {
    expect(s3BucketNameProblems(name, { allowDots })).toEqual(problems);
  });
});

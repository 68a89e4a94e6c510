import { efaSupport, INSTANCE_TYPES, isKnownInstanceType } from "../../src/aws/instance-types";

describe("instance types", () => {
  test.each([
    ["ml.t3.medium", false],
    ["ml.c5.24xlarge", false],
    ["ml.c5n.4xlarge", false],
    ["ml.c5n.9xlarge", true],
    ["ml.g5.4xlarge", false],
    ["ml.g5.8xlarge", true],
    ["ml.g6.4xlarge", false],
    ["ml.g6e.12xlarge", true],
    ["ml.c6i.32xlarge", true],
    ["ml.c6i.24xlarge", false],
    ["ml.p4d.24xlarge", true],
    ["ml.p4de.24xlarge", true],
    ["ml.p5.48xlarge", true],
    ["ml.p5e.48xlarge", true],
    ["ml.p5en.48xlarge", true],
    ["ml.p6-b200.48xlarge", true],
    ["ml.trn1.32xlarge", true],
    ["ml.trn1n.32xlarge", true],
    ["ml.trn2.48xlarge", true],
    ["ml.m7i.48xlarge", undefined],
    ["ml.p5.4xlarge", undefined],
  ])("%s: EFA %s", (type, efa) => {
    expect(isKnownInstanceType(type)).toBe(true);
    expect(efaSupport(type)).toBe(efa);
  });

  test("unknown types", () => {
    expect(isKnownInstanceType("ml.c5n.xlarge")).toBe(false);
    expect(isKnownInstanceType("p5.48xlarge")).toBe(false);
    expect(efaSupport("ml.x9.huge")).toBeUndefined();
  });

  test("every entry is an ml.<family>.<size> name", () => {
    for (const type of INSTANCE_TYPES.keys()) expect(type).toMatch(/^ml\.[a-z0-9-]+\.(medium|large|\d*xlarge)$/);
    expect(INSTANCE_TYPES.size).toBeGreaterThan(90);
  });
});

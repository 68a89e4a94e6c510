import { efaSupport, INSTANCE_TYPES, isKnownInstanceType } from "../../../src/aws/instance-types";
import {
  cidrContains,
  cidrOverlaps,
  duplicates,
  formatCidr,
  parseCidr,
  s3BucketNameProblems,
  usableAddresses,
} from "../../../src/config/checks/rules";

const cidr = (text: string) => {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(p.problem);
  return p.cidr;
};

describe("parseCidr", () => {
  test.each([
    ["10.0.0.0/16", "10.0.0.0/16", 65536],
    ["0.0.0.0/0", "0.0.0.0/0", 2 ** 32],
    ["255.255.255.255/32", "255.255.255.255/32", 1],
    ["192.168.10.128/25", "192.168.10.128/25", 128],
  ])("%s", (text, formatted, size) => {
    expect(formatCidr(cidr(text))).toBe(formatted);
    expect(cidr(text).size).toBe(size);
  });

  test.each([
    ["10.0.0.0/33", "an IPv4 CIDR block like 10.0.0.0/16"],
    ["10.0.0.256/24", "an IPv4 CIDR block like 10.0.0.0/16"],
    ["10.0.0.0/016", "an IPv4 CIDR block like 10.0.0.0/16"],
    [" 10.0.0.0/16", "an IPv4 CIDR block like 10.0.0.0/16"],
    ["10.0.3.0/22", "a network address (10.0.0.0/22)"],
    ["172.31.255.255/12", "a network address (172.16.0.0/12)"],
  ])("%s is refused", (text, problem) => {
    expect(parseCidr(text)).toEqual({ ok: false, problem });
  });

  test("containment, overlap and usable addresses", () => {
    expect(cidrContains(cidr("10.0.0.0/16"), cidr("10.0.255.0/24"))).toBe(true);
    expect(cidrContains(cidr("10.0.0.0/16"), cidr("10.1.0.0/24"))).toBe(false);
    expect(cidrContains(cidr("10.0.0.0/24"), cidr("10.0.0.0/16"))).toBe(false);
    expect(cidrOverlaps(cidr("10.0.0.0/24"), cidr("10.0.0.255/32"))).toBe(true);
    expect(cidrOverlaps(cidr("10.0.0.0/24"), cidr("10.0.1.0/24"))).toBe(false);
    expect(usableAddresses(cidr("10.0.1.0/24"))).toBe(251);
    expect(usableAddresses(cidr("10.0.1.0/28"))).toBe(11);
  });
});

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

describe("duplicates", () => {
  test("reports each later occurrence with the first index", () => {
    expect(duplicates(["a", "b", "a", "c", "b", "a"], (x) => x)).toEqual([
      { index: 2, first: 0 },
      { index: 4, first: 1 },
      { index: 5, first: 0 },
    ]);
  });
});

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

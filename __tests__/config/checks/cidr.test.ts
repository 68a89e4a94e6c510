import { cidrContains, cidrOverlaps, formatCidr, parseCidr, usableAddresses } from "../../../src/config/checks/cidr";

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

  test.each([
    ["10.0.0.0/16", "10.0.255.0/24", true],
    ["10.0.0.0/16", "10.0.0.0/16", true],
    ["10.0.0.0/16", "10.1.0.0/24", false],
    ["10.1.0.0/16", "10.0.0.0/24", false],
    ["10.0.0.0/24", "10.0.0.0/16", false],
  ])("%s contains %s: %s", (outer, inner, contains) => {
    expect(cidrContains(cidr(outer), cidr(inner))).toBe(contains);
  });

  test.each([
    ["10.0.0.0/24", "10.0.0.255/32", true],
    ["10.0.0.255/32", "10.0.0.0/24", true],
    ["10.0.0.0/24", "10.0.1.0/24", false],
    ["10.0.1.0/24", "10.0.0.0/24", false],
  ])("%s overlaps %s: %s", (a, b, overlaps) => {
    expect(cidrOverlaps(cidr(a), cidr(b))).toBe(overlaps);
  });

  test("usable addresses", () => {
    expect(usableAddresses(cidr("10.0.1.0/24"))).toBe(251);
    expect(usableAddresses(cidr("10.0.1.0/28"))).toBe(11);
  });
});

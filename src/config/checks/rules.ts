/**
 * Helpers shared by the checks: IPv4 CIDR arithmetic, the S3 bucket name
 * rules, duplicate detection and message pieces. Everything here is pure.
 */
import type { Level } from "../findings";

/** One row of the code table (README). */
export interface CheckCode {
  readonly code: string;
  readonly level: Level;
  readonly summary: string;
}

// ---------------------------------------------------------------- messages

/** Quotes strings, leaves numbers alone: what "got …" shows. */
export function show(v: unknown): string {
  if (v === undefined) return "nothing";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** "a", "a and b", "a, b and c". */
export function allOf(values: readonly string[]): string {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} and ${values[values.length - 1]}`;
}

/** Path of a map key: tags.Project, or tags["my key"] when the key is not a plain word. */
export function keyPath(parent: string, key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------- lists

/** Each later occurrence of a repeated key, with the index of the first one. */
export function duplicates<T>(items: readonly T[], key: (item: T) => unknown): { index: number; first: number }[] {
  const seen = new Map<unknown, number>();
  const out: { index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else out.push({ index, first });
  });
  return out;
}

// ---------------------------------------------------------------- IPv4 CIDR

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  readonly network: number;
  readonly prefix: number;
  /** Number of addresses in the block. */
  readonly size: number;
}

export type CidrParse = { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly problem: string };

const OCTET = "(0|[1-9]\\d{0,2})";
const CIDR_PATTERN = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}/(\\d{1,2})$`);

/**
 * Parses "a.b.c.d/n" strictly (no leading zeros, octets ≤ 255, n ≤ 32, no
 * host bits set, as the AWS provider's CIDR network address validation
 * requires). `problem` completes "must be …".
 */
export function parseCidr(text: string): CidrParse {
  const m = CIDR_PATTERN.exec(text);
  if (!m) return { ok: false, problem: "an IPv4 CIDR block like 10.0.0.0/16" };
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return { ok: false, problem: "an IPv4 CIDR block like 10.0.0.0/16" };
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  if (network !== address) {
    return { ok: false, problem: `a network address (${formatIpv4(network)}/${prefix})` };
  }
  return { ok: true, cidr: { network, prefix, size } };
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

export function formatCidr(c: Cidr): string {
  return `${formatIpv4(c.network)}/${c.prefix}`;
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.network >= outer.network && inner.network + inner.size <= outer.network + outer.size;
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return a.network < b.network + b.size && b.network < a.network + a.size;
}

/** AWS reserves the first four and the last address of every subnet. */
export function usableAddresses(c: Cidr): number {
  return Math.max(0, c.size - 5);
}

// ---------------------------------------------------------------- S3 bucket names

/**
 * Problems of a general purpose bucket name under the S3 naming rules
 * (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html):
 * 3-63 characters; lowercase letters, digits, hyphens and dots; starts and
 * ends with a letter or digit; no two adjacent dots; not an IP address; none
 * of the reserved prefixes and suffixes. Names this app makes from namePrefix
 * never need dots, so with `allowDots: false` a dot is a problem too.
 * Each problem reads after "it ": "is 70 characters long (3-63 allowed)".
 */
export function s3BucketNameProblems(
  name: string,
  options: { readonly allowDots: boolean; readonly lengthNote?: string },
): string[] {
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) {
    problems.push(`is ${name.length} characters long${options.lengthNote ?? ""} (3-63 allowed)`);
  }
  const charset = options.allowDots ? /^[a-z0-9.-]*$/ : /^[a-z0-9-]*$/;
  if (!charset.test(name)) {
    problems.push(
      options.allowDots
        ? "has characters other than lowercase letters, digits, hyphens and dots"
        : "has characters other than lowercase letters, digits and hyphens",
    );
  }
  // Case is the charset's business: "My" only breaks the charset rule.
  if (name.length > 0 && !/^[A-Za-z0-9]/.test(name)) problems.push("does not start with a letter or digit");
  if (name.length > 0 && !/[A-Za-z0-9]$/.test(name)) problems.push("does not end with a letter or digit");
  if (name.includes("..")) problems.push("has two adjacent dots");
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)) problems.push("is formatted as an IP address");
  const prefix = ["xn--", "sthree-", "amzn-s3-demo-"].find((p) => name.startsWith(p));
  if (prefix) problems.push(`starts with the reserved prefix ${prefix}`);
  const suffix = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].find((s) => name.endsWith(s));
  if (suffix) problems.push(`ends with the reserved suffix ${suffix}`);
  return problems;
}

/** IPv4 CIDR arithmetic for the network checks. Everything here is pure. */

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

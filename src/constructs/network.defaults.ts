/**
 * The defaults and choices of `network.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
import type { CreateVpcProps } from "./network";

/** How many NAT gateways the created VPC gets (see `CreateVpcProps.natGateways`). */
export const NAT_GATEWAY_MODES = ["per-private-subnet", "single", "one-per-az", "none"] as const;
export type NatGatewayMode = (typeof NAT_GATEWAY_MODES)[number];

/** The original's VPC: what a created VPC takes when a setting is left out (AZs come from the region). */
export const VPC_DEFAULTS: Omit<CreateVpcProps, "azs"> = {
  name: "sagemaker-hyperpod",
  cidr: "10.0.0.0/16",
  privateSubnets: ["10.0.1.0/24"],
  publicSubnets: ["10.0.101.0/24"],
  natGateways: "per-private-subnet",
};

/** The default AZs of a created VPC: `<region>a` and `<region>c`, as the original. */
export function defaultAzs(region: string): string[] {
  return [`${region}a`, `${region}c`];
}

/** What the placement settings default to when left out. */
export const NETWORK_DEFAULTS = { s3Endpoint: true, subnetIndex: 0 } as const;

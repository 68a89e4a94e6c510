/**
 * The defaults and choices of `flow-logs.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
/** Where flow logs go (the VPC module's `flow_log_destination_type`). */
export const FLOW_LOG_DESTINATIONS = ["cloud-watch-logs", "s3"] as const;
export type FlowLogDestinationType = (typeof FLOW_LOG_DESTINATIONS)[number];

/** Which packets are logged (the VPC module's `flow_log_traffic_type`). */
export const FLOW_LOG_TRAFFIC_TYPES = ["ALL", "ACCEPT", "REJECT"] as const;

/** What the flow log settings default to when left out. */
export const FLOW_LOG_DEFAULTS = {
  destination: "cloud-watch-logs" as FlowLogDestinationType,
  /** A year: what security reviews commonly ask of network logs. */
  retentionDays: 365,
  trafficType: "ALL" as (typeof FLOW_LOG_TRAFFIC_TYPES)[number],
} as const;

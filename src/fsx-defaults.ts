/**
 * What FSx for Lustre settings default to when left out, per deployment
 * type: the resolved configuration (which the checks see) and the
 * LustreStorage construct use the same values.
 */

/** MB/s/TiB: 250 on PERSISTENT_2 (the original's value); none otherwise (PERSISTENT_1 must set it, scratch must not). */
export function defaultThroughput(deploymentType: string): number | undefined {
  return deploymentType === "PERSISTENT_2" ? 250 : undefined;
}

/** Metadata configuration: AUTOMATIC on PERSISTENT_2, the only type that takes one. */
export function defaultMetadata(deploymentType: string): { mode: "AUTOMATIC"; iops?: number } | undefined {
  return deploymentType === "PERSISTENT_2" ? { mode: "AUTOMATIC" } : undefined;
}

/**
 * The defaults and choices of `lustre-storage.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
import { REPOSITORY_EVENTS } from "../aws/fsx-lustre";
import { BUCKET_DEFAULTS } from "./private-bucket.defaults";

/**
 * What the file system settings default to when left out (the original's
 * values). The configuration schema and the README read them from here.
 */
export const LUSTRE_DEFAULTS = {
  deploymentType: "PERSISTENT_2",
  storageType: "SSD",
  storageCapacity: 1200,
  dataCompression: "LZ4",
  lustreVersion: "2.15",
  efaEnabled: false,
} as const;

/** What the data repository settings default to when left out. */
export const DATA_REPOSITORY_DEFAULTS = {
  s3Prefix: "",
  fileSystemPath: "/",
  importEvents: REPOSITORY_EVENTS,
  exportEvents: REPOSITORY_EVENTS,
  forceDestroy: false,
  /** Same as every bucket of the app. */
  versioning: BUCKET_DEFAULTS.versioning,
  demoObject: true,
} as const;

/** MB/s/TiB: 250 on PERSISTENT_2 (the original's value); none otherwise (PERSISTENT_1 must set it, scratch must not). */
export function defaultThroughput(deploymentType: string): number | undefined {
  return deploymentType === "PERSISTENT_2" ? 250 : undefined;
}

/** Metadata configuration: AUTOMATIC on PERSISTENT_2, the only type that takes one. */
export function defaultMetadata(deploymentType: string): { mode: "AUTOMATIC"; iops?: number } | undefined {
  return deploymentType === "PERSISTENT_2" ? { mode: "AUTOMATIC" } : undefined;
}

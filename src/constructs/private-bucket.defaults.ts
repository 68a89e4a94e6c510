/**
 * The defaults and choices of `private-bucket.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
/** Object ownership settings a bucket of this app may take (both keep objects owned by the bucket owner). */
export const OBJECT_OWNERSHIPS = ["BucketOwnerEnforced", "BucketOwnerPreferred"] as const;
export type ObjectOwnership = (typeof OBJECT_OWNERSHIPS)[number];

/**
 * What every bucket of the app takes when a setting is left out. The
 * configuration schema (`buckets.*`) and the README read them from here.
 */
export const BUCKET_DEFAULTS = {
  versioning: true,
  /** Days a version stays after it stopped being current (overwritten or deleted). */
  noncurrentVersionExpirationDays: 30,
  /** Days after which S3 removes the parts of an unfinished multipart upload. */
  abortIncompleteMultipartUploadDays: 7,
  objectOwnership: "BucketOwnerEnforced" as ObjectOwnership,
} as const;

/** Id of the lifecycle rule every bucket gets. */
export const LIFECYCLE_RULE_ID = "expire-noncurrent-versions-and-abort-incomplete-uploads";

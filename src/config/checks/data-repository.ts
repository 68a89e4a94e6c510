/**
 * The data repository association between the file system and S3
 * (fsx.dataRepository), checked only when it is enabled, against the
 * CreateDataRepositoryAssociation rules. The existing bucket's name is
 * checked with the S3 rules in names.ts (EXISTING_BUCKET_NAME).
 *
 * Choice: a non-empty s3Prefix without a trailing / only warns (S3 accepts
 * it, but "data" also matches "data-old/…").
 *
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateDataRepositoryAssociation.html
 */
import { type Check, type CheckCode, duplicates, error, type Finding, show, warning } from "../findings";
import type { ResolvedCluster } from "../resolve";

export const CODES: CheckCode[] = [
  { code: "DRA_DEPLOYMENT_TYPE", level: "ERROR", summary: "Data repository association on SCRATCH_1" },
  { code: "DRA_LUSTRE_VERSION", level: "ERROR", summary: "Data repository association on Lustre 2.10" },
  {
    code: "DRA_FILE_SYSTEM_PATH",
    level: "ERROR",
    summary: "fileSystemPath does not start with / or is over 4096 characters",
  },
  { code: "DRA_S3_PREFIX", level: "ERROR", summary: "s3Prefix starts with /" },
  { code: "DRA_S3_PREFIX_SLASH", level: "WARNING", summary: "Non-empty s3Prefix does not end with /" },
  { code: "DRA_EVENTS", level: "ERROR", summary: "An import or export event is listed twice" },
  { code: "DRA_CHUNK_SIZE", level: "ERROR", summary: "importedFileChunkSize outside 1-512000 MiB" },
  {
    code: "DRA_BUCKET_OPTIONS_IGNORED",
    level: "WARNING",
    summary: "forceDestroy or versioning set with existingBucket, where they are ignored",
  },
];

export const MAX_CHUNK_MIB = 512000;
const MAX_PATH = 4096;

/** Runs `check` only when the association is enabled. */
const whenEnabled =
  (check: (dr: ResolvedCluster["fsx"]["dataRepository"], c: ResolvedCluster) => Finding[]): Check =>
  (c) =>
    c.fsx.dataRepository.enabled ? check(c.fsx.dataRepository, c) : [];

export const deploymentType: Check = whenEnabled((_dr, c) =>
  c.fsx.deploymentType === "SCRATCH_1"
    ? [
        error(
          "DRA_DEPLOYMENT_TYPE",
          "fsx.dataRepository.enabled",
          "must be false for SCRATCH_1 (it takes no data repository association), got true",
        ),
      ]
    : [],
);

export const lustreVersion: Check = whenEnabled((_dr, c) =>
  c.fsx.lustreVersion === "2.10"
    ? [
        error(
          "DRA_LUSTRE_VERSION",
          "fsx.dataRepository.enabled",
          'must be false with lustreVersion "2.10" (associations need 2.12 or 2.15), got true',
        ),
      ]
    : [],
);

export const fileSystemPath: Check = whenEnabled((dr) => {
  const path = "fsx.dataRepository.fileSystemPath";
  if (!dr.fileSystemPath.startsWith("/")) {
    return [
      error(
        "DRA_FILE_SYSTEM_PATH",
        path,
        `must start with / (a directory of the file system), got ${show(dr.fileSystemPath)}`,
      ),
    ];
  }
  if (dr.fileSystemPath.length > MAX_PATH) {
    return [
      error(
        "DRA_FILE_SYSTEM_PATH",
        path,
        `must be at most ${MAX_PATH} characters long, got ${dr.fileSystemPath.length}`,
      ),
    ];
  }
  return [];
});

export const s3Prefix: Check = whenEnabled((dr) =>
  dr.s3Prefix.startsWith("/")
    ? [
        error(
          "DRA_S3_PREFIX",
          "fsx.dataRepository.s3Prefix",
          `must not start with / (it follows s3://<bucket>/), got ${show(dr.s3Prefix)}`,
        ),
      ]
    : [],
);

export const s3PrefixSlash: Check = whenEnabled((dr) =>
  dr.s3Prefix !== "" && !dr.s3Prefix.endsWith("/")
    ? [
        warning(
          "DRA_S3_PREFIX_SLASH",
          "fsx.dataRepository.s3Prefix",
          `should end with / so that it names one folder, got ${show(dr.s3Prefix)}`,
        ),
      ]
    : [],
);

export const events: Check = whenEnabled((dr) =>
  (["importEvents", "exportEvents"] as const).flatMap((key) =>
    duplicates(dr[key], (e) => e).map(({ index, first }) =>
      error(
        "DRA_EVENTS",
        `fsx.dataRepository.${key}[${index}]`,
        `must be unique, got ${show(dr[key][index])} again (also ${key}[${first}])`,
      ),
    ),
  ),
);

export const chunkSize: Check = whenEnabled((dr) =>
  dr.importedFileChunkSize === undefined || (dr.importedFileChunkSize >= 1 && dr.importedFileChunkSize <= MAX_CHUNK_MIB)
    ? []
    : [
        error(
          "DRA_CHUNK_SIZE",
          "fsx.dataRepository.importedFileChunkSize",
          `must be 1-${MAX_CHUNK_MIB} MiB, got ${dr.importedFileChunkSize}`,
        ),
      ],
);

/** forceDestroy, versioning and demoObject only affect a bucket this app creates. */
export const bucketOptionsIgnored: Check = whenEnabled((dr) =>
  dr.existingBucket === undefined
    ? []
    : (["forceDestroy", "versioning", "demoObject"] as const).flatMap((key) =>
        // versioning defaults to true, so setting it either way is a choice that does not apply here.
        (key === "versioning" ? dr[key] !== undefined : dr[key])
          ? [
              warning(
                "DRA_BUCKET_OPTIONS_IGNORED",
                `fsx.dataRepository.${key}`,
                `is ignored with existingBucket (it only applies to a data bucket this app creates), got ${show(dr[key])}`,
              ),
            ]
          : [],
      ),
);

export const CHECKS: Check[] = [
  deploymentType,
  lustreVersion,
  fileSystemPath,
  s3Prefix,
  s3PrefixSlash,
  events,
  chunkSize,
  bucketOptionsIgnored,
];

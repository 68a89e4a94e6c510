/**
 * What AWS defines for FSx for Lustre, independent of how this app uses it:
 * the values of the CreateFileSystem enums and the TCP ports Lustre needs.
 * The schema, the constructs, the checks and the policy rules all read them
 * from here.
 *
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystem.html
 */

/** `DeploymentType` of a Lustre file system. */
export const DEPLOYMENT_TYPES = ["SCRATCH_1", "SCRATCH_2", "PERSISTENT_1", "PERSISTENT_2"] as const;
export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

/** `StorageType`: HDD only with PERSISTENT_1. */
export const STORAGE_TYPES = ["SSD", "HDD"] as const;

/** `DataCompressionType`. */
export const DATA_COMPRESSION_TYPES = ["NONE", "LZ4"] as const;

/** `FileSystemTypeVersion` values of Lustre. */
export const LUSTRE_VERSIONS = ["2.10", "2.12", "2.15"] as const;

/** `MetadataConfiguration.Mode` (PERSISTENT_2 only). */
export const METADATA_MODES = ["AUTOMATIC", "USER_PROVISIONED"] as const;

/**
 * Events of a data repository association's automatic import and export policies.
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_AutoImportPolicy.html
 */
export const REPOSITORY_EVENTS = ["NEW", "CHANGED", "DELETED"] as const;
export type RepositoryEvent = (typeof REPOSITORY_EVENTS)[number];

/**
 * GiB steps in which an EFA-enabled file system's capacity grows, per throughput (MB/s/TiB).
 * @see https://docs.aws.amazon.com/fsx/latest/LustreGuide/increase-storage-capacity.html
 */
export const EFA_CAPACITY_STEP: Readonly<Record<number, number>> = { 125: 38400, 250: 19200, 500: 9600, 1000: 4800 };

/**
 * TCP ports FSx for Lustre needs between file system and clients (LNET 988, 1018-1023).
 * @see https://docs.aws.amazon.com/fsx/latest/LustreGuide/limit-access-security-groups.html
 */
export const LUSTRE_PORT_RANGES: readonly { readonly from: number; readonly to: number }[] = [
  { from: 988, to: 988 },
  { from: 1018, to: 1023 },
];

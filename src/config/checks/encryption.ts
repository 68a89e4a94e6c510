/**
 * Customer managed KMS key (`encryption`): where the key comes from, that it
 * lives in the cluster's region, and the two uses that are creation-time
 * choices (the file system's `kms_key_id` replaces a deployed file system;
 * HyperPod cannot move an instance group to another key).
 *
 * @see https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystem.html
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/smcluster-cmk.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN
 */
import { type Check, type CheckCode, error, type Finding, show, warning } from "../findings";

export const CODES: CheckCode[] = [
  { code: "ENCRYPTION_KEY_CONFLICT", level: "ERROR", summary: "Both encryption.kmsKeyArn and encryption.createKey" },
  {
    code: "ENCRYPTION_KEY_ARN",
    level: "ERROR",
    summary: "encryption.kmsKeyArn is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>)",
  },
  {
    code: "ENCRYPTION_KEY_REGION",
    level: "ERROR",
    summary: "encryption.kmsKeyArn is in another region than the cluster",
  },
  {
    code: "ENCRYPTION_NO_KEY",
    level: "ERROR",
    summary: "encryption.fileSystem or clusterVolumes without kmsKeyArn or createKey",
  },
  {
    code: "ENCRYPTION_FILE_SYSTEM_SCRATCH",
    level: "ERROR",
    summary: "encryption.fileSystem on a scratch file system (scratch types only use FSx managed keys)",
  },
  {
    code: "ENCRYPTION_CREATION_TIME",
    level: "WARNING",
    summary:
      "encryption.fileSystem or clusterVolumes is on: a creation-time choice (on a deployed stack the file system is replaced with its data; a group cannot change its key)",
  },
  {
    code: "ENCRYPTION_VOLUMES_NONE",
    level: "WARNING",
    summary: "encryption.clusterVolumes without any instance group with ebsVolumeSizeGb (nothing to encrypt)",
  },
];

/** `arn:<partition>:kms:<region>:<account>:key/<id>`; the region is group 1. */
export const KMS_KEY_ARN = /^arn:aws(?:-[a-z]+)*:kms:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:key\/[A-Za-z0-9-]+$/;

export const keySource: Check = (c) =>
  c.encryption.kmsKeyArn !== undefined && c.encryption.createKey
    ? [
        error(
          "ENCRYPTION_KEY_CONFLICT",
          "encryption.createKey",
          "must be false when encryption.kmsKeyArn names a key (one key per stack), got true",
        ),
      ]
    : [];

export const keyArn: Check = (c) => {
  const arn = c.encryption.kmsKeyArn;
  if (arn === undefined) return [];
  const m = KMS_KEY_ARN.exec(arn);
  if (!m) {
    return [
      error(
        "ENCRYPTION_KEY_ARN",
        "encryption.kmsKeyArn",
        `must be a KMS key ARN like arn:aws:kms:${c.region}:111122223333:key/<key id> (not an alias), got ${show(arn)}`,
      ),
    ];
  }
  return m[1] === c.region
    ? []
    : [
        error(
          "ENCRYPTION_KEY_REGION",
          "encryption.kmsKeyArn",
          `must be a key in the cluster's region ${c.region} (S3, FSx and EBS use keys of their own region), got one in ${m[1]}`,
        ),
      ];
};

const USES = ["fileSystem", "clusterVolumes"] as const;

export const keyNeeded: Check = (c) =>
  c.encryption.kmsKeyArn !== undefined || c.encryption.createKey
    ? []
    : USES.filter((u) => c.encryption[u]).map((u) =>
        error(
          "ENCRYPTION_NO_KEY",
          `encryption.${u}`,
          "needs a key: set encryption.kmsKeyArn or encryption.createKey: true, got true without either",
        ),
      );

export const fileSystemScratch: Check = (c) =>
  c.encryption.fileSystem && c.fsx.deploymentType.startsWith("SCRATCH")
    ? [
        error(
          "ENCRYPTION_FILE_SYSTEM_SCRATCH",
          "encryption.fileSystem",
          `must be false with ${c.fsx.deploymentType} (scratch file systems only use FSx managed keys), got true`,
        ),
      ]
    : [];

export const creationTime: Check = (c) => {
  const findings: Finding[] = [];
  if (c.encryption.fileSystem) {
    findings.push(
      warning(
        "ENCRYPTION_CREATION_TIME",
        "encryption.fileSystem",
        "is a creation-time choice: on a deployed stack, setting (or changing) it REPLACES the file system and every file not yet exported to S3; suppress this once the stack was created with it",
      ),
    );
  }
  if (c.encryption.clusterVolumes) {
    findings.push(
      warning(
        "ENCRYPTION_CREATION_TIME",
        "encryption.clusterVolumes",
        "is a creation-time choice: HyperPod cannot move an instance group to another key and needs the continuous node provisioning mode; on a deployed cluster create new groups instead; suppress this once the cluster was created with it",
      ),
    );
  }
  return findings;
};

export const volumesNone: Check = (c) =>
  c.encryption.clusterVolumes && !c.instanceGroups.some((g) => g.ebsVolumeSizeGb !== undefined)
    ? [
        warning(
          "ENCRYPTION_VOLUMES_NONE",
          "encryption.clusterVolumes",
          "has nothing to encrypt: no instance group sets ebsVolumeSizeGb (the key applies to the extra EBS volume), got true",
        ),
      ]
    : [];

export const CHECKS: Check[] = [keySource, keyArn, keyNeeded, fileSystemScratch, creationTime, volumesNone];

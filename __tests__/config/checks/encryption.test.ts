import { err, findingsWith, type Row, warn } from "./helpers";

const KEY = "arn:aws:kms:ap-northeast-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const CREATION_FS =
  "is a creation-time choice: on a deployed stack, setting (or changing) it REPLACES the file system and every file not yet exported to S3; suppress this once the stack was created with it";

describe("ENCRYPTION_KEY_CONFLICT", () => {
  test.each<Row>([
    ["a given key", { encryption: { kmsKeyArn: KEY } }, []],
    ["a created key", { encryption: { createKey: true } }, []],
    [
      "both",
      { encryption: { kmsKeyArn: KEY, createKey: true } },
      [
        err(
          "ENCRYPTION_KEY_CONFLICT",
          "encryption.createKey",
          "must be false when encryption.kmsKeyArn names a key (one key per stack), got true",
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "ENCRYPTION_KEY_CONFLICT")).toEqual(expected);
  });
});

describe("ENCRYPTION_KEY_ARN and ENCRYPTION_KEY_REGION", () => {
  test.each<Row>([
    ["a key ARN in the region", { encryption: { kmsKeyArn: KEY } }, []],
    [
      "a GovCloud partition key in its region",
      {
        region: "us-gov-west-1",
        encryption: { kmsKeyArn: KEY.replace("aws:kms:ap-northeast-1", "aws-us-gov:kms:us-gov-west-1") },
      },
      [],
    ],
    [
      "an alias ARN",
      { encryption: { kmsKeyArn: "arn:aws:kms:ap-northeast-1:111122223333:alias/mine" } },
      [
        err(
          "ENCRYPTION_KEY_ARN",
          "encryption.kmsKeyArn",
          'must be a KMS key ARN like arn:aws:kms:ap-northeast-1:111122223333:key/<key id> (not an alias), got "arn:aws:kms:ap-northeast-1:111122223333:alias/mine"',
        ),
      ],
    ],
    ...[`x${KEY}`, `${KEY}/x`].map(
      (arn): Row => [
        `junk around a key ARN: ${arn}`,
        { encryption: { kmsKeyArn: arn } },
        [
          err(
            "ENCRYPTION_KEY_ARN",
            "encryption.kmsKeyArn",
            `must be a KMS key ARN like arn:aws:kms:ap-northeast-1:111122223333:key/<key id> (not an alias), got "${arn}"`,
          ),
        ],
      ],
    ),
    [
      "a key id only",
      { encryption: { kmsKeyArn: "1234abcd" } },
      [
        err(
          "ENCRYPTION_KEY_ARN",
          "encryption.kmsKeyArn",
          'must be a KMS key ARN like arn:aws:kms:ap-northeast-1:111122223333:key/<key id> (not an alias), got "1234abcd"',
        ),
      ],
    ],
    [
      "a key of another region",
      { encryption: { kmsKeyArn: KEY.replace("ap-northeast-1", "us-east-1") } },
      [
        err(
          "ENCRYPTION_KEY_REGION",
          "encryption.kmsKeyArn",
          "must be a key in the cluster's region ap-northeast-1 (S3, FSx and EBS use keys of their own region), got one in us-east-1",
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "ENCRYPTION_KEY_ARN", "ENCRYPTION_KEY_REGION")).toEqual(expected);
  });
});

describe("ENCRYPTION_NO_KEY, ENCRYPTION_FILE_SYSTEM_SCRATCH", () => {
  test.each<Row>([
    ["file system with a created key", { encryption: { createKey: true, fileSystem: true } }, []],
    [
      "file system and volumes with a given key",
      { encryption: { kmsKeyArn: KEY, fileSystem: true, clusterVolumes: true } },
      [],
    ],
    [
      "file system and volumes without a key",
      { encryption: { fileSystem: true, clusterVolumes: true } },
      ["fileSystem", "clusterVolumes"].map((u) =>
        err(
          "ENCRYPTION_NO_KEY",
          `encryption.${u}`,
          "needs a key: set encryption.kmsKeyArn or encryption.createKey: true, got true without either",
        ),
      ),
    ],
    [
      "a scratch file system",
      {
        fsx: { deploymentType: "SCRATCH_2", dataRepository: { enabled: true } },
        encryption: { createKey: true, fileSystem: true },
      },
      [
        err(
          "ENCRYPTION_FILE_SYSTEM_SCRATCH",
          "encryption.fileSystem",
          "must be false with SCRATCH_2 (scratch file systems only use FSx managed keys), got true",
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "ENCRYPTION_NO_KEY", "ENCRYPTION_FILE_SYSTEM_SCRATCH")).toEqual(expected);
  });
});

describe("ENCRYPTION_CREATION_TIME, ENCRYPTION_VOLUMES_NONE", () => {
  const withEbs = [
    { name: "controller-group", role: "controller", instanceType: "ml.t3.medium", ebsVolumeSizeGb: 100 },
  ];
  test.each<Row>([
    ["S3 only (in place on a deployed stack)", { encryption: { createKey: true } }, []],
    [
      "the file system",
      { encryption: { createKey: true, fileSystem: true } },
      [warn("ENCRYPTION_CREATION_TIME", "encryption.fileSystem", CREATION_FS)],
    ],
    [
      "volumes, but no group has an extra volume",
      { encryption: { createKey: true, clusterVolumes: true } },
      [
        warn(
          "ENCRYPTION_CREATION_TIME",
          "encryption.clusterVolumes",
          "is a creation-time choice: HyperPod cannot move an instance group to another key and needs the continuous node provisioning mode; on a deployed cluster create new groups instead; suppress this once the cluster was created with it",
        ),
        warn(
          "ENCRYPTION_VOLUMES_NONE",
          "encryption.clusterVolumes",
          "has nothing to encrypt: no instance group sets ebsVolumeSizeGb (the key applies to the extra EBS volume), got true",
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "ENCRYPTION_CREATION_TIME", "ENCRYPTION_VOLUMES_NONE")).toEqual(expected);
  });

  test("volumes with an extra volume on one group of two: only the creation-time warning, which a suppression with a reason silences", () => {
    const instanceGroups = [...withEbs, { name: "workers", role: "worker", instanceType: "ml.c5.xlarge" }];
    const settings = { instanceGroups, encryption: { createKey: true, clusterVolumes: true } };
    expect(findingsWith(settings, "ENCRYPTION_VOLUMES_NONE")).toEqual([]);
    expect(findingsWith(settings, "ENCRYPTION_CREATION_TIME")).toHaveLength(1);
  });
});

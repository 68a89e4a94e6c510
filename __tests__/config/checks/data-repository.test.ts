import { err, findingsWith, type Row, warn } from "./helpers";

const dra = (dataRepository: Record<string, unknown>, fsx: Record<string, unknown> = {}) => ({
  fsx: { ...fsx, dataRepository },
});

describe("DRA_DEPLOYMENT_TYPE", () => {
  test.each<Row>([
    ["default PERSISTENT_2", {}, []],
    ["SCRATCH_2", dra({}, { deploymentType: "SCRATCH_2" }), []],
    ["SCRATCH_1 with the association off", dra({ enabled: false }, { deploymentType: "SCRATCH_1" }), []],
    [
      "SCRATCH_1",
      dra({}, { deploymentType: "SCRATCH_1" }),
      [
        err(
          "DRA_DEPLOYMENT_TYPE",
          "fsx.dataRepository.enabled",
          "must be false for SCRATCH_1 (it takes no data repository association), got true",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_DEPLOYMENT_TYPE")).toEqual(expected);
  });
});

describe("DRA_LUSTRE_VERSION", () => {
  test.each<Row>([
    ["2.15", {}, []],
    ["SCRATCH_2 on 2.12", dra({}, { deploymentType: "SCRATCH_2", lustreVersion: "2.12" }), []],
    [
      "2.10 with the association off",
      dra({ enabled: false }, { deploymentType: "SCRATCH_2", lustreVersion: "2.10" }),
      [],
    ],
    [
      "SCRATCH_2 on 2.10",
      dra({}, { deploymentType: "SCRATCH_2", lustreVersion: "2.10" }),
      [
        err(
          "DRA_LUSTRE_VERSION",
          "fsx.dataRepository.enabled",
          'must be false with lustreVersion "2.10" (associations need 2.12 or 2.15), got true',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_LUSTRE_VERSION")).toEqual(expected);
  });
});

describe("DRA_FILE_SYSTEM_PATH", () => {
  const path = "fsx.dataRepository.fileSystemPath";
  test.each<Row>([
    ["default /", {}, []],
    ["a directory", dra({ fileSystemPath: "/datasets" }), []],
    ["4096 characters", dra({ fileSystemPath: `/${"a".repeat(4095)}` }), []],
    ["off: not checked", dra({ enabled: false, fileSystemPath: "data" }), []],
    [
      "relative",
      dra({ fileSystemPath: "datasets" }),
      [err("DRA_FILE_SYSTEM_PATH", path, 'must start with / (a directory of the file system), got "datasets"')],
    ],
    [
      "empty",
      dra({ fileSystemPath: "" }),
      [err("DRA_FILE_SYSTEM_PATH", path, 'must start with / (a directory of the file system), got ""')],
    ],
    [
      "4097 characters",
      dra({ fileSystemPath: `/${"a".repeat(4096)}` }),
      [err("DRA_FILE_SYSTEM_PATH", path, "must be at most 4096 characters long, got 4097")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_FILE_SYSTEM_PATH")).toEqual(expected);
  });
});

describe("DRA_S3_PREFIX / DRA_S3_PREFIX_SLASH", () => {
  const path = "fsx.dataRepository.s3Prefix";
  test.each<Row>([
    ["default: the whole bucket", {}, []],
    ["folder with a trailing slash", dra({ s3Prefix: "datasets/imagenet/" }), []],
    ["off: not checked", dra({ enabled: false, s3Prefix: "/x" }), []],
    [
      "leading slash",
      dra({ s3Prefix: "/datasets/" }),
      [err("DRA_S3_PREFIX", path, 'must not start with / (it follows s3://<bucket>/), got "/datasets/"')],
    ],
    [
      "no trailing slash",
      dra({ s3Prefix: "datasets" }),
      [warn("DRA_S3_PREFIX_SLASH", path, 'should end with / so that it names one folder, got "datasets"')],
    ],
    [
      "both",
      dra({ s3Prefix: "/datasets" }),
      [
        err("DRA_S3_PREFIX", path, 'must not start with / (it follows s3://<bucket>/), got "/datasets"'),
        warn("DRA_S3_PREFIX_SLASH", path, 'should end with / so that it names one folder, got "/datasets"'),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_S3_PREFIX", "DRA_S3_PREFIX_SLASH")).toEqual(expected);
  });
});

describe("DRA_EVENTS", () => {
  test.each<Row>([
    ["defaults: all three once", {}, []],
    ["subset", dra({ importEvents: ["NEW"], exportEvents: [] }), []],
    [
      "NEW twice in importEvents",
      dra({ importEvents: ["NEW", "CHANGED", "NEW"] }),
      [
        err(
          "DRA_EVENTS",
          "fsx.dataRepository.importEvents[2]",
          'must be unique, got "NEW" again (also importEvents[0])',
        ),
      ],
    ],
    [
      "DELETED twice in exportEvents",
      dra({ exportEvents: ["DELETED", "DELETED"] }),
      [
        err(
          "DRA_EVENTS",
          "fsx.dataRepository.exportEvents[1]",
          'must be unique, got "DELETED" again (also exportEvents[0])',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_EVENTS")).toEqual(expected);
  });
});

describe("DRA_CHUNK_SIZE", () => {
  const path = "fsx.dataRepository.importedFileChunkSize";
  test.each<Row>([
    ["not set (AWS default 1024)", {}, []],
    ["1", dra({ importedFileChunkSize: 1 }), []],
    ["512000", dra({ importedFileChunkSize: 512000 }), []],
    ["0", dra({ importedFileChunkSize: 0 }), [err("DRA_CHUNK_SIZE", path, "must be 1-512000 MiB, got 0")]],
    [
      "512001",
      dra({ importedFileChunkSize: 512001 }),
      [err("DRA_CHUNK_SIZE", path, "must be 1-512000 MiB, got 512001")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_CHUNK_SIZE")).toEqual(expected);
  });
});

describe("DRA_BUCKET_OPTIONS_IGNORED", () => {
  const ignored = (key: string, got = "true") =>
    warn(
      "DRA_BUCKET_OPTIONS_IGNORED",
      `fsx.dataRepository.${key}`,
      `is ignored with existingBucket (it only applies to a data bucket this app creates), got ${got}`,
    );
  test.each<Row>([
    ["created bucket with forceDestroy and versioning", dra({ forceDestroy: true, versioning: true }), []],
    ["existing bucket, defaults", dra({ existingBucket: "my-data" }), []],
    ["existing bucket, demoObject", dra({ existingBucket: "my-data", demoObject: true }), [ignored("demoObject")]],
    ["existing bucket, demoObject false", dra({ existingBucket: "my-data", demoObject: false }), []],
    [
      "existing bucket, forceDestroy",
      dra({ existingBucket: "my-data", forceDestroy: true }),
      [ignored("forceDestroy")],
    ],
    [
      "existing bucket, forceDestroy and versioning",
      dra({ existingBucket: "my-data", forceDestroy: true, versioning: true }),
      [ignored("forceDestroy"), ignored("versioning")],
    ],
    [
      "existing bucket, versioning false",
      dra({ existingBucket: "my-data", versioning: false }),
      [ignored("versioning", "false")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "DRA_BUCKET_OPTIONS_IGNORED")).toEqual(expected);
  });
});

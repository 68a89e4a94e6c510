import { lustreVersions } from "../../../src/config/checks/fsx";
import { err, findingsWith, type Row, resolved, warn } from "./helpers";

const fsx = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ fsx: settings, ...extra });
const P1 = { deploymentType: "PERSISTENT_1" };
const P1_HDD = { deploymentType: "PERSISTENT_1", storageType: "HDD" };

describe("FSX_STORAGE_CAPACITY", () => {
  const bad = (allowed: string, got: number) =>
    err("FSX_STORAGE_CAPACITY", "fsx.storageCapacity", `must be ${allowed}, got ${got}`);
  const SSD = (type: string) => `1200, 2400 or a multiple of 2400 for ${type}`;
  test.each<Row>([
    ["default PERSISTENT_2 1200", {}, []],
    ["PERSISTENT_2 2400", fsx({ storageCapacity: 2400 }), []],
    ["PERSISTENT_2 4800", fsx({ storageCapacity: 4800 }), []],
    ["PERSISTENT_2 3600", fsx({ storageCapacity: 3600 }), [bad(SSD("PERSISTENT_2"), 3600)]],
    [
      "PERSISTENT_2 600 (the API model's other minimum; 1200 is the safe side)",
      fsx({ storageCapacity: 600 }),
      [bad(SSD("PERSISTENT_2"), 600)],
    ],
    ["PERSISTENT_2 0", fsx({ storageCapacity: 0 }), [bad(SSD("PERSISTENT_2"), 0)]],
    ["SCRATCH_2 1200", fsx({ deploymentType: "SCRATCH_2" }), []],
    ["SCRATCH_2 1800", fsx({ deploymentType: "SCRATCH_2", storageCapacity: 1800 }), [bad(SSD("SCRATCH_2"), 1800)]],
    ["PERSISTENT_1 SSD 2400", fsx({ ...P1, perUnitStorageThroughput: 50, storageCapacity: 2400 }), []],
    [
      "PERSISTENT_1 SSD 2000",
      fsx({ ...P1, perUnitStorageThroughput: 50, storageCapacity: 2000 }),
      [bad(SSD("PERSISTENT_1 SSD"), 2000)],
    ],
    ["SCRATCH_1 2400", fsx({ deploymentType: "SCRATCH_1", storageCapacity: 2400 }), []],
    ["SCRATCH_1 7200", fsx({ deploymentType: "SCRATCH_1", storageCapacity: 7200 }), []],
    [
      "SCRATCH_1 4800",
      fsx({ deploymentType: "SCRATCH_1", storageCapacity: 4800 }),
      [bad("1200, 2400 or a multiple of 3600 for SCRATCH_1", 4800)],
    ],
    ["PERSISTENT_1 HDD 6000 at 12", fsx({ ...P1_HDD, perUnitStorageThroughput: 12, storageCapacity: 6000 }), []],
    [
      "PERSISTENT_1 HDD 1800 at 12",
      fsx({ ...P1_HDD, perUnitStorageThroughput: 12, storageCapacity: 1800 }),
      [bad("a multiple of 6000 for PERSISTENT_1 HDD at 12 MB/s/TiB", 1800)],
    ],
    ["PERSISTENT_1 HDD 3600 at 40", fsx({ ...P1_HDD, perUnitStorageThroughput: 40, storageCapacity: 3600 }), []],
    [
      "PERSISTENT_1 HDD 6000 at 40",
      fsx({ ...P1_HDD, perUnitStorageThroughput: 40, storageCapacity: 6000 }),
      [bad("a multiple of 1800 for PERSISTENT_1 HDD at 40 MB/s/TiB", 6000)],
    ],
    ["PERSISTENT_1 HDD 6000 without a throughput", fsx({ ...P1_HDD, storageCapacity: 6000 }), []],
    ["PERSISTENT_1 HDD 1800 without a throughput", fsx({ ...P1_HDD, storageCapacity: 1800 }), []],
    ["HDD on PERSISTENT_2 is FSX_STORAGE_TYPE's: SSD sizes", fsx({ storageType: "HDD", storageCapacity: 2400 }), []],
    [
      "PERSISTENT_1 HDD 1000 without a valid throughput",
      fsx({ ...P1_HDD, storageCapacity: 1000 }),
      [bad("a multiple of 6000 (at 12 MB/s/TiB) or of 1800 (at 40 MB/s/TiB) for PERSISTENT_1 HDD", 1000)],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_STORAGE_CAPACITY")).toEqual(expected);
  });
});

describe("FSX_STORAGE_TYPE", () => {
  test.each<Row>([
    ["default SSD", {}, []],
    ["HDD on PERSISTENT_1", fsx({ ...P1_HDD, perUnitStorageThroughput: 12, storageCapacity: 6000 }), []],
    [
      "HDD on PERSISTENT_2",
      fsx({ storageType: "HDD" }),
      [
        err(
          "FSX_STORAGE_TYPE",
          "fsx.storageType",
          'must be SSD for PERSISTENT_2 (HDD is only for PERSISTENT_1), got "HDD"',
        ),
      ],
    ],
    [
      "HDD on SCRATCH_1",
      fsx({ deploymentType: "SCRATCH_1", storageType: "HDD" }),
      [
        err(
          "FSX_STORAGE_TYPE",
          "fsx.storageType",
          'must be SSD for SCRATCH_1 (HDD is only for PERSISTENT_1), got "HDD"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_STORAGE_TYPE")).toEqual(expected);
  });
});

describe("FSX_THROUGHPUT", () => {
  const path = "fsx.perUnitStorageThroughput";
  test.each<Row>([
    ["default PERSISTENT_2: 250", {}, []],
    ["PERSISTENT_2 1000", fsx({ perUnitStorageThroughput: 1000 }), []],
    ["PERSISTENT_1 SSD 200", fsx({ ...P1, perUnitStorageThroughput: 200 }), []],
    ["PERSISTENT_1 HDD 40", fsx({ ...P1_HDD, perUnitStorageThroughput: 40, storageCapacity: 1800 }), []],
    ["SCRATCH_2 without", fsx({ deploymentType: "SCRATCH_2" }), []],
    [
      "PERSISTENT_2 300",
      fsx({ perUnitStorageThroughput: 300 }),
      [err("FSX_THROUGHPUT", path, "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300")],
    ],
    [
      "PERSISTENT_1 SSD missing",
      fsx(P1),
      [err("FSX_THROUGHPUT", path, "must be 50, 100 or 200 for PERSISTENT_1 SSD, got nothing")],
    ],
    [
      "PERSISTENT_1 SSD 125",
      fsx({ ...P1, perUnitStorageThroughput: 125 }),
      [err("FSX_THROUGHPUT", path, "must be 50, 100 or 200 for PERSISTENT_1 SSD, got 125")],
    ],
    [
      "PERSISTENT_1 HDD 50",
      fsx({ ...P1_HDD, perUnitStorageThroughput: 50, storageCapacity: 6000 }),
      [err("FSX_THROUGHPUT", path, "must be 12 or 40 for PERSISTENT_1 HDD, got 50")],
    ],
    [
      "SCRATCH_2 with 200",
      fsx({ deploymentType: "SCRATCH_2", perUnitStorageThroughput: 200 }),
      [err("FSX_THROUGHPUT", path, "must not be set for SCRATCH_2 (only persistent file systems take it), got 200")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_THROUGHPUT")).toEqual(expected);
  });
});

describe("FSX_METADATA", () => {
  test.each<Row>([
    ["default PERSISTENT_2: AUTOMATIC", {}, []],
    ["SCRATCH_2 without", fsx({ deploymentType: "SCRATCH_2" }), []],
    [
      "on PERSISTENT_1",
      fsx({ ...P1, perUnitStorageThroughput: 50, metadata: { mode: "AUTOMATIC" } }),
      [
        err(
          "FSX_METADATA",
          "fsx.metadata",
          "must not be set for PERSISTENT_1 (only PERSISTENT_2 takes a metadata configuration), got mode AUTOMATIC",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_METADATA")).toEqual(expected);
  });
});

describe("FSX_METADATA_IOPS", () => {
  const path = "fsx.metadata.iops";
  const ALLOWED = "1500, 3000, 6000, 12000 or a multiple of 12000 up to 192000";
  const user = (iops?: number) =>
    fsx({ metadata: { mode: "USER_PROVISIONED", ...(iops === undefined ? {} : { iops }) } });
  test.each<Row>([
    ["AUTOMATIC without iops", fsx({ metadata: { mode: "AUTOMATIC" } }), []],
    ["USER_PROVISIONED 1500", user(1500), []],
    ["USER_PROVISIONED 36000", user(36000), []],
    ["USER_PROVISIONED 192000", user(192000), []],
    [
      "AUTOMATIC with iops",
      fsx({ metadata: { mode: "AUTOMATIC", iops: 3000 } }),
      [err("FSX_METADATA_IOPS", path, "must not be set with mode AUTOMATIC (FSx sizes it), got 3000")],
    ],
    [
      "USER_PROVISIONED without iops",
      user(),
      [err("FSX_METADATA_IOPS", path, `must be ${ALLOWED} with mode USER_PROVISIONED, got nothing`)],
    ],
    [
      "USER_PROVISIONED 9000",
      user(9000),
      [err("FSX_METADATA_IOPS", path, `must be ${ALLOWED} with mode USER_PROVISIONED, got 9000`)],
    ],
    [
      "USER_PROVISIONED 204000",
      user(204000),
      [err("FSX_METADATA_IOPS", path, `must be ${ALLOWED} with mode USER_PROVISIONED, got 204000`)],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_METADATA_IOPS")).toEqual(expected);
  });
});

describe("FSX_LUSTRE_VERSION", () => {
  const path = "fsx.lustreVersion";
  test.each<Row>([
    ["default PERSISTENT_2 2.15", {}, []],
    [
      "SCRATCH_1 2.10",
      fsx({ deploymentType: "SCRATCH_1", lustreVersion: "2.10", dataRepository: { enabled: false } }),
      [],
    ],
    ["PERSISTENT_1 2.12", fsx({ ...P1, perUnitStorageThroughput: 50, lustreVersion: "2.12" }), []],
    [
      "PERSISTENT_2 (with its metadata) on 2.12",
      fsx({ lustreVersion: "2.12" }),
      [err("FSX_LUSTRE_VERSION", path, 'must be 2.15 for PERSISTENT_2 with a metadata configuration, got "2.12"')],
    ],
    [
      "PERSISTENT_2 on 2.10",
      fsx({ lustreVersion: "2.10" }),
      [err("FSX_LUSTRE_VERSION", path, 'must be 2.15 for PERSISTENT_2 with a metadata configuration, got "2.10"')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_LUSTRE_VERSION")).toEqual(expected);
  });

  test("PERSISTENT_2 without a metadata configuration allows 2.12 and 2.15 (resolve always adds one today)", () => {
    const c = resolved({});
    expect(lustreVersions({ ...c.fsx, metadata: undefined })).toEqual({
      versions: ["2.12", "2.15"],
      what: "PERSISTENT_2",
    });
  });
});

describe("FSX_EFA", () => {
  const path = "fsx.efaEnabled";
  test.each<Row>([
    ["off (default)", {}, []],
    ["off on SCRATCH_2", fsx({ deploymentType: "SCRATCH_2" }), []],
    ["PERSISTENT_2 + AUTOMATIC metadata + efa mode", fsx({ efaEnabled: true, storageCapacity: 19200 }), []],
    [
      "lustre-ports mode",
      fsx({ efaEnabled: true }, { securityMode: "lustre-ports" }),
      [err("FSX_EFA", path, "needs securityMode efa (got lustre-ports)")],
    ],
    [
      "everything missing",
      fsx({ efaEnabled: true, deploymentType: "SCRATCH_2" }, { securityMode: "lustre-ports" }),
      [
        err(
          "FSX_EFA",
          path,
          "needs deploymentType PERSISTENT_2 (got SCRATCH_2), a metadata configuration (fsx.metadata) and securityMode efa (got lustre-ports)",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_EFA")).toEqual(expected);
  });
});

describe("FSX_EFA_CAPACITY", () => {
  const step = (size: number, t: number, got: number) =>
    warn(
      "FSX_EFA_CAPACITY",
      "fsx.storageCapacity",
      `should be a multiple of ${size} for an EFA-enabled file system at ${t} MB/s/TiB (its growth step; FSx may refuse other sizes), got ${got}`,
    );
  test.each<Row>([
    ["not EFA", fsx({ storageCapacity: 1200 }), []],
    ["250 MB/s/TiB, 19200", fsx({ efaEnabled: true, storageCapacity: 19200 }), []],
    ["1000 MB/s/TiB, 9600", fsx({ efaEnabled: true, perUnitStorageThroughput: 1000, storageCapacity: 9600 }), []],
    ["250 MB/s/TiB, 1200", fsx({ efaEnabled: true }), [step(19200, 250, 1200)]],
    [
      "125 MB/s/TiB, 19200",
      fsx({ efaEnabled: true, perUnitStorageThroughput: 125, storageCapacity: 19200 }),
      [step(38400, 125, 19200)],
    ],
    ["invalid throughput is FSX_THROUGHPUT's", fsx({ efaEnabled: true, perUnitStorageThroughput: 300 }), []],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_EFA_CAPACITY")).toEqual(expected);
  });
});

describe("FSX_MOUNT_POINT", () => {
  const bad = (must: string, got: string) =>
    err("FSX_MOUNT_POINT", "fsx.mountPoint", `must ${must}, got ${JSON.stringify(got)}`);
  test.each<Row>([
    ["default /fsx", {}, []],
    ["nested", fsx({ mountPoint: "/mnt/fsx-lustre" }), []],
    ["relative", fsx({ mountPoint: "fsx" }), [bad("be an absolute path like /fsx", "fsx")]],
    ["root", fsx({ mountPoint: "/" }), [bad("not be / itself", "/")]],
    ["trailing slash", fsx({ mountPoint: "/fsx/" }), [bad("not end with /", "/fsx/")]],
    ["space", fsx({ mountPoint: "/my fsx" }), [bad("not contain spaces", "/my fsx")]],
    ["double slash", fsx({ mountPoint: "/mnt//fsx" }), [bad("not contain empty, . or .. segments", "/mnt//fsx")]],
    ["dot", fsx({ mountPoint: "/mnt/./fsx" }), [bad("not contain empty, . or .. segments", "/mnt/./fsx")]],
    ["dot-dot", fsx({ mountPoint: "/mnt/../fsx" }), [bad("not contain empty, . or .. segments", "/mnt/../fsx")]],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "FSX_MOUNT_POINT")).toEqual(expected);
  });
});

/**
 * Valid configurations give no finding at all, under any code: a check that
 * starts flagging a setup AWS accepts (a false finding under another code, a
 * valid value rejected) fails here even when the tests of its own code pass.
 * Every deployment and storage type with each allowed capacity, throughput
 * and Lustre version; metadata modes; EFA; networks; several clusters.
 */
import { EFA_CAPACITY_STEP } from "../../../src/aws/fsx-lustre";
import { evaluate } from "../../../src/config/load";
import type { Settings } from "./helpers";

/** The file is accepted as it is: no finding, one resolved cluster per entry, the settings kept. */
function expectValid(settings: Settings) {
  const loaded = evaluate(settings);
  expect(loaded.findings).toEqual([]);
  expect(loaded.clusters.length).toBeGreaterThan(0);
  return loaded.clusters;
}

type Fsx = Record<string, unknown>;
const cases = (rows: Fsx[]): [string, Fsx][] => rows.map((fsx) => [JSON.stringify(fsx), fsx]);

/** A Lustre 2.10 file system takes no data repository association, nor does SCRATCH_1. */
const repository = (deploymentType: string, version: string) =>
  deploymentType === "SCRATCH_1" || version === "2.10" ? { dataRepository: { enabled: false } } : {};

const SCRATCH = [
  ...[1200, 2400, 3600, 7200, 10800].flatMap((storageCapacity) =>
    ["2.10", "2.12", "2.15"].map((lustreVersion) => ({ deploymentType: "SCRATCH_1", storageCapacity, lustreVersion })),
  ),
  ...[1200, 2400, 4800, 7200].flatMap((storageCapacity) =>
    ["2.10", "2.12", "2.15"].map((lustreVersion) => ({ deploymentType: "SCRATCH_2", storageCapacity, lustreVersion })),
  ),
].map((f) => ({ ...f, ...repository(f.deploymentType, f.lustreVersion) }));

const PERSISTENT_1 = [
  ...[50, 100, 200].flatMap((perUnitStorageThroughput) =>
    [1200, 2400, 4800].flatMap((storageCapacity) =>
      ["2.10", "2.12", "2.15"].map((lustreVersion) => ({
        deploymentType: "PERSISTENT_1",
        storageType: "SSD",
        perUnitStorageThroughput,
        storageCapacity,
        lustreVersion,
        ...repository("PERSISTENT_1", lustreVersion),
      })),
    ),
  ),
  ...[
    [12, 6000],
    [12, 12000],
    [40, 1800],
    [40, 3600],
    [40, 5400],
  ].flatMap(([perUnitStorageThroughput, storageCapacity]) =>
    ["2.12", "2.15"].map((lustreVersion) => ({
      deploymentType: "PERSISTENT_1",
      storageType: "HDD",
      perUnitStorageThroughput,
      storageCapacity,
      lustreVersion,
    })),
  ),
];

const PERSISTENT_2 = [
  ...[125, 250, 500, 1000].flatMap((perUnitStorageThroughput) =>
    [1200, 2400, 4800, 9600].map((storageCapacity) => ({
      deploymentType: "PERSISTENT_2",
      perUnitStorageThroughput,
      storageCapacity,
      lustreVersion: "2.15",
    })),
  ),
  { deploymentType: "PERSISTENT_2", metadata: { mode: "AUTOMATIC" } },
  ...[1500, 3000, 6000, 12000, 24000, 96000, 192000].map((iops) => ({
    deploymentType: "PERSISTENT_2",
    metadata: { mode: "USER_PROVISIONED", iops },
  })),
  ...["NONE", "LZ4"].map((dataCompression) => ({ deploymentType: "PERSISTENT_2", dataCompression })),
];

const EFA = Object.entries(EFA_CAPACITY_STEP).flatMap(([throughput, step]) =>
  [1, 2].map((n) => ({
    deploymentType: "PERSISTENT_2",
    perUnitStorageThroughput: Number(throughput),
    storageCapacity: step * n,
    efaEnabled: true,
    metadata: { mode: "AUTOMATIC" },
  })),
);

describe("valid file systems give no finding", () => {
  test.each(cases(SCRATCH))("scratch %s", (_t, fsx) => {
    const [c] = expectValid({ fsx });
    expect(c.fsx).toMatchObject(fsx);
    expect(c.fsx.perUnitStorageThroughput).toBeUndefined();
    expect(c.fsx.metadata).toBeUndefined();
  });

  test.each(cases(PERSISTENT_1))("PERSISTENT_1 %s", (_t, fsx) => {
    const [c] = expectValid({ fsx });
    expect(c.fsx).toMatchObject(fsx);
  });

  test.each(cases(PERSISTENT_2))("PERSISTENT_2 %s", (_t, fsx) => {
    const [c] = expectValid({ fsx });
    expect(c.fsx).toMatchObject(fsx);
  });

  test.each(cases(EFA))("EFA-enabled %s", (_t, fsx) => {
    const [c] = expectValid({ fsx, securityMode: "efa" });
    expect(c.fsx).toMatchObject(fsx);
  });

  test("SCRATCH_1 at its smallest size", () => {
    const [c] = expectValid({
      fsx: { deploymentType: "SCRATCH_1", storageCapacity: 1200, dataRepository: { enabled: false } },
    });
    expect(c.fsx.storageCapacity).toBe(1200);
    expect(c.fsx.dataRepository.enabled).toBe(false);
  });

  test("the default file system (PERSISTENT_2, 1200 GiB, 250 MB/s/TiB, Lustre 2.15) written out", () => {
    const [c] = expectValid({
      fsx: {
        deploymentType: "PERSISTENT_2",
        storageType: "SSD",
        storageCapacity: 1200,
        perUnitStorageThroughput: 250,
        lustreVersion: "2.15",
      },
    });
    expect(c.fsx.metadata).toEqual({ mode: "AUTOMATIC" });
  });

  test.each([
    ["an existing bucket with a prefix", { existingBucket: "my-datasets", s3Prefix: "datasets/" }],
    ["a sub-directory of the file system", { fileSystemPath: "/data", s3Prefix: "" }],
    ["no automatic events", { importEvents: [], exportEvents: [] }],
    ["every event once", { importEvents: ["NEW", "CHANGED", "DELETED"], exportEvents: ["NEW", "CHANGED", "DELETED"] }],
    ["chunk size at both ends", { importedFileChunkSize: 1 }],
    ["chunk size at its largest", { importedFileChunkSize: 512000 }],
    ["a created bucket kept on destroy, versioned", { forceDestroy: false, versioning: true, demoObject: false }],
  ])("a data repository association with %s", (_t, dataRepository) => {
    const [c] = expectValid({ fsx: { dataRepository } });
    expect(c.fsx.dataRepository).toMatchObject(dataRepository);
  });
});

describe("valid networks give no finding", () => {
  test("an existing VPC without its optional lists (no S3 endpoint asked for)", () => {
    const existingVpc = { vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0123456789abcdef0"] };
    const [c] = expectValid({ network: { existingVpc, s3Endpoint: false } });
    expect(c.network).toMatchObject({ mode: "existing", ...existingVpc, s3Endpoint: false, subnetIndex: 0 });
    expect(c.network).not.toHaveProperty("availabilityZones");
    expect(c.network).not.toHaveProperty("routeTableIds");
  });

  test("an existing VPC with zones and route tables, the file system in the second subnet", () => {
    expectValid({
      region: "us-east-1",
      network: {
        existingVpc: {
          vpcId: "vpc-01234567",
          privateSubnetIds: ["subnet-01234567", "subnet-89abcdef"],
          availabilityZones: ["us-east-1a", "us-east-1b"],
          routeTableIds: ["rtb-01234567"],
        },
        subnetIndex: 1,
      },
    });
  });

  test.each(["per-private-subnet", "single", "one-per-az"])("a created VPC with natGateways %s", (natGateways) => {
    const [c] = expectValid({
      region: "eu-west-1",
      network: {
        vpc: {
          cidr: "10.1.0.0/16",
          azs: ["eu-west-1a", "eu-west-1b"],
          privateSubnets: ["10.1.0.0/20", "10.1.16.0/20"],
          publicSubnets: ["10.1.128.0/24", "10.1.129.0/24"],
          natGateways,
        },
      },
    });
    expect(c.network).toMatchObject({ mode: "create", natGateways, azs: ["eu-west-1a", "eu-west-1b"] });
  });

  test.each(["efa", "lustre-ports"])("securityMode %s with a file system without EFA", (securityMode) => {
    expectValid({ securityMode, fsx: { efaEnabled: false } });
  });
});

describe("several valid clusters give no finding", () => {
  test("shared settings, one cluster overriding the file system, each its own name", () => {
    const clusters = expectValid({
      region: "us-west-2",
      fsx: { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: 500 },
      clusters: {
        dev: { namePrefix: "dev", fsx: { deploymentType: "SCRATCH_2", perUnitStorageThroughput: null } },
        prod: { namePrefix: "prod", production: true, fsx: { storageCapacity: 2400 } },
      },
    });
    expect(clusters.map((c) => [c.stackName, c.fsx.deploymentType, c.fsx.storageCapacity])).toEqual([
      ["dev", "SCRATCH_2", 1200],
      ["prod", "PERSISTENT_2", 2400],
    ]);
  });
});

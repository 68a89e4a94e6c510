/**
 * resolveCluster on its own: each value the file leaves out becomes the
 * default it stands for, and each value the file gives wins over it.
 */
import { resolveCluster } from "../../src/config/resolve";
import { clusterSettingsSchema } from "../../src/config/schema";

const resolve = (raw: Record<string, unknown>, stackName = "hyperpod", prefix = "") =>
  resolveCluster(stackName, prefix, clusterSettingsSchema.parse(raw));

describe("protect", () => {
  test.each<[boolean | undefined, boolean | undefined, boolean]>([
    [undefined, undefined, false],
    [undefined, true, true],
    [undefined, false, false],
    [false, true, false],
    [true, false, true],
    [true, undefined, true],
  ])("protect %j with production %j is %j", (protect, production, expected) => {
    expect(resolve({ protect, production }).protect).toBe(expected);
  });
});

describe("flow logs", () => {
  test.each<[boolean | undefined, boolean | undefined, boolean, boolean]>([
    [undefined, undefined, false, false],
    [undefined, true, true, false],
    [false, true, false, true],
    [true, false, true, true],
  ])("enabled %j with production %j: enabled %j, set by the file %j", (enabled, production, on, set) => {
    const flowLogs = resolve({
      production,
      network: { flowLogs: { enabled } },
    }).network.flowLogs;
    expect(flowLogs).toMatchObject({
      enabled: on,
      enabledSet: set,
      destination: "cloud-watch-logs",
    });
  });
});

test("names: the cluster name follows the prefix unless given; the stack name and path prefix pass through", () => {
  expect(resolve({ namePrefix: "team-a" }, "prod", "clusters.prod.")).toMatchObject({
    clusterName: "team-a-cluster",
    stackName: "prod",
    pathPrefix: "clusters.prod.",
  });
  expect(resolve({ namePrefix: "team-a", clusterName: "mine" }).clusterName).toBe("mine");
});

test("tags default to the project and the tool, and a given map replaces them whole", () => {
  expect(resolve({ namePrefix: "team-a" }).tags).toEqual({
    Project: "team-a",
    ManagedBy: "cdktf",
  });
  expect(resolve({ namePrefix: "team-a", tags: { Owner: "ml" } }).tags).toEqual({ Owner: "ml" });
});

describe("backend", () => {
  test("local is kept as given", () => {
    expect(resolve({}).backend).toEqual({ type: "local" });
    expect(resolve({ backend: { type: "local", path: "s.tfstate" } }).backend).toEqual({
      type: "local",
      path: "s.tfstate",
    });
  });

  test("s3: the key follows the stack and the region the cluster's, unless given", () => {
    expect(resolve({ region: "us-west-2", backend: { type: "s3", bucket: "b" } }, "prod").backend).toEqual({
      type: "s3",
      bucket: "b",
      key: "hyperpod/prod/terraform.tfstate",
      region: "us-west-2",
      encrypt: true,
      useLockfile: true,
    });
    expect(
      resolve({
        region: "us-west-2",
        backend: { type: "s3", bucket: "b", key: "k", region: "eu-west-1" },
      }).backend,
    ).toMatchObject({ key: "k", region: "eu-west-1" });
  });

  test("cloud: the workspace follows the prefix and the stack, unless given or selected by tags", () => {
    const cloud = { type: "cloud", organization: "org" };
    expect(resolve({ namePrefix: "team-a", backend: cloud }, "prod").backend).toEqual({
      ...cloud,
      workspace: "team-a-prod",
    });
    expect(resolve({ backend: { ...cloud, workspace: "w" } }).backend).toEqual({
      ...cloud,
      workspace: "w",
    });
    expect(resolve({ backend: { ...cloud, workspaceTags: ["hyperpod"] } }).backend).toEqual({
      ...cloud,
      workspaceTags: ["hyperpod"],
    });
  });
});

describe("network", () => {
  test("a created VPC: the module defaults, AZs from the region", () => {
    const network = resolve({ region: "us-east-2" }).network;
    expect(network).toMatchObject({
      mode: "create",
      azs: ["us-east-2a", "us-east-2c"],
      s3Endpoint: true,
      subnetIndex: 0,
    });
    expect(
      resolve({
        network: { vpc: { azs: ["x"] }, s3Endpoint: false, subnetIndex: 1 },
      }).network,
    ).toMatchObject({
      mode: "create",
      azs: ["x"],
      s3Endpoint: false,
      subnetIndex: 1,
    });
  });

  test("an existing VPC keeps its ids and the placement settings", () => {
    const network = resolve({
      network: {
        existingVpc: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"] },
        subnetIndex: 0,
        s3Endpoint: false,
      },
    }).network;
    expect(network).toMatchObject({
      mode: "existing",
      vpcId: "vpc-1",
      privateSubnetIds: ["subnet-1"],
      s3Endpoint: false,
    });
    expect(network).not.toHaveProperty("azs");
  });

  test.each<[Record<string, unknown>, boolean]>([
    [{}, false],
    [{ vpc: {} }, false],
    [{ existingVpc: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"] } }, false],
    [
      {
        vpc: {},
        existingVpc: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"] },
      },
      true,
    ],
  ])("network %j: both given is %j", (network, conflict) => {
    expect(resolve({ network }).networkConflict).toBe(conflict);
  });
});

test("fsx: PERSISTENT_2 gets 250 MB/s/TiB and automatic metadata unless given; other types get neither", () => {
  expect(resolve({}).fsx).toMatchObject({
    perUnitStorageThroughput: 250,
    metadata: { mode: "AUTOMATIC" },
  });
  const given = resolve({
    fsx: {
      perUnitStorageThroughput: 500,
      metadata: { mode: "USER_PROVISIONED", iops: 1500 },
    },
  });
  expect(given.fsx).toMatchObject({
    perUnitStorageThroughput: 500,
    metadata: { mode: "USER_PROVISIONED", iops: 1500 },
  });
  const scratch = resolve({ fsx: { deploymentType: "SCRATCH_2" } }).fsx;
  expect(scratch.perUnitStorageThroughput).toBeUndefined();
  expect(scratch.metadata).toBeUndefined();
});

test("instance groups: a worker's partition is its name unless given; other roles get none", () => {
  const groups = resolve({
    instanceGroups: [
      { name: "controller", role: "controller", instanceType: "ml.c5.xlarge" },
      { name: "login", role: "login", instanceType: "ml.c5.xlarge" },
      { name: "gpu", role: "worker", instanceType: "ml.g5.xlarge" },
      {
        name: "cpu",
        role: "worker",
        instanceType: "ml.c5.xlarge",
        partition: "batch",
      },
    ],
  }).instanceGroups;
  expect(groups.map((g) => [g.name, g.partition])).toEqual([
    ["controller", undefined],
    ["login", undefined],
    ["gpu", "gpu"],
    ["cpu", "batch"],
  ]);
  expect(groups[0]).not.toHaveProperty("partition");
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { provisioningParameters } from "../src/provisioning-parameters";
import { ROOT, resolveConfig } from "./support/synth";

const fsx = { dnsName: "fs-1.fsx.example", mountName: "abcdefgh" };

describe("provisioningParameters", () => {
  test("the default equals the original's file", () => {
    const [c] = resolveConfig({});
    expect(provisioningParameters(c, fsx)).toEqual({
      version: "1.0.0",
      workload_manager: "slurm",
      controller_group: "controller-group",
      worker_groups: [],
      fsx_dns_name: fsx.dnsName,
      fsx_mountname: fsx.mountName,
    });
  });

  test("controller, login and worker groups come from the instance groups, partitions defaulting to the name", () => {
    const [c] = resolveConfig({
      instanceGroups: [
        { name: "head", role: "controller", instanceType: "ml.m5.xlarge" },
        { name: "login", role: "login", instanceType: "ml.m5.large" },
        { name: "gpu-p5", role: "worker", instanceType: "ml.p5.48xlarge", count: 2, partition: "p5" },
        { name: "cpu", role: "worker", instanceType: "ml.c5.4xlarge", count: 4 },
      ],
    });
    const p = provisioningParameters(c, fsx);
    expect(p.controller_group).toBe("head");
    expect(p.login_group).toBe("login");
    expect(p.worker_groups).toEqual([
      { instance_group_name: "gpu-p5", partition_name: "p5" },
      { instance_group_name: "cpu", partition_name: "cpu" },
    ]);
  });

  test("script options are written only when they differ from the scripts' defaults", () => {
    const [c] = resolveConfig({
      fsx: { mountPoint: "/lustre" },
      lifecycle: { defaultUser: "admin", containerRuntime: true, users: [{ name: "alice", uid: 2001 }] },
    });
    expect(provisioningParameters(c, fsx)).toMatchObject({
      fsx_mount_point: "/lustre",
      default_user: "admin",
      container_runtime: true,
      users: [{ name: "alice", uid: 2001 }],
    });
  });

  test("features that are on by default are written only when turned off", () => {
    const [on] = resolveConfig({});
    const onKeys = Object.keys(provisioningParameters(on, fsx));
    for (const key of ["ssh_keys", "local_container_storage", "slurm_log_rotation", "fsx_efa"]) {
      expect(onKeys).not.toContain(key);
    }
    const [off] = resolveConfig({
      lifecycle: { sshKeys: false, localContainerStorage: false, slurmLogRotation: false },
    });
    expect(provisioningParameters(off, fsx)).toMatchObject({
      ssh_keys: false,
      local_container_storage: false,
      slurm_log_rotation: false,
    });
  });

  test("fsx_efa follows fsx.efaEnabled (one setting, not two)", () => {
    const example = parse(readFileSync(join(ROOT, "examples", "gpu-training.yaml"), "utf8")) as Record<string, any>;
    expect(example.fsx.efaEnabled).toBe(true);
    const [c] = resolveConfig(example);
    expect(provisioningParameters(c, fsx).fsx_efa).toBe(true);
    expect(provisioningParameters(c)).not.toHaveProperty("fsx_efa"); // no file system, nothing to mount
  });

  test("without a file system there are no fsx keys", () => {
    const [c] = resolveConfig({});
    expect(Object.keys(provisioningParameters(c))).toEqual([
      "version",
      "workload_manager",
      "controller_group",
      "worker_groups",
    ]);
  });
});

test("the linked bucket, its prefix and the file system path are carried for verify_cluster.py", () => {
  const [c] = resolveConfig({ fsx: { dataRepository: { s3Prefix: "datasets/", fileSystemPath: "/data" } } });
  expect(provisioningParameters(c, { ...fsx, dataBucket: "team-data" }).data_repository).toEqual({
    bucket: "team-data",
    s3_prefix: "datasets/",
    file_system_path: "/data",
  });
  expect(provisioningParameters(c, fsx).data_repository).toBeUndefined();
});

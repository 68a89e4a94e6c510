/**
 * The inputs: resource_config.json, provisioning_parameters.json, the
 * environment, and the wait for slurm.conf.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expectFailure, expectSuccess, FULL, fixtureText, type Json, only, sandbox } from "./sandbox";

const RC = "/opt/ml/config/resource_config.json";
const RESOURCE_CHECK =
  "Check: that HyperPod wrote resource_config.json for this cluster (SAGEMAKER_RESOURCE_CONFIG_PATH, normally " +
  "/opt/ml/config/resource_config.json)";
const PARAMS_CHECK =
  "Check: fix provisioning_parameters.json in the lifecycle-script S3 folder (keys: docs/lifecycle-scripts.md)";
const NO_ROLE_CHECK = "Check: add it to controller_group, login_group or worker_groups in provisioning_parameters.json";

function dropWorkerGroup(name: string): (params: Json) => void {
  return (params) => {
    params.worker_groups = (params.worker_groups as Json[]).filter((g) => g.instance_group_name !== name);
  };
}

describe("resource_config.json", () => {
  test("missing: clear error, nothing done", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write(`${RC}.moved`, box.read(RC));
    fs.rmSync(box.host(RC));
    const result = box.run();
    expectFailure(box, result, `FAILED [config] resource_config.json not found at ${box.host(RC)}. ${RESOURCE_CHECK}`);
    expect(only(result.calls, "mount", "systemctl", "usermod")).toEqual([]);
  });

  test("not JSON: clear error with the position", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write(RC, '{"InstanceGroups": [\n');
    expectFailure(
      box,
      box.run(),
      `FAILED [config] resource_config.json at ${box.host(RC)} is not valid JSON (Expecting value: line 2 column 1 ` +
        `(char 21)). ${RESOURCE_CHECK}`,
    );
  });

  test("JSON of the wrong shape: clear error naming the entry", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write(
      RC,
      JSON.stringify({ InstanceGroups: [{ Name: "controller-group", Instances: [{ InstanceName: "x" }] }] }),
    );
    expectFailure(
      box,
      box.run(),
      `FAILED [config] resource_config.json at ${box.host(RC)}: InstanceGroups[0].Instances[0] has no ` +
        `CustomerIpAddress. ${RESOURCE_CHECK}`,
    );
  });

  test("this node's address is not in it: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: "10.0.9.9" });
    const result = box.run();
    expectFailure(
      box,
      result,
      `FAILED [config] this node (IPv4 10.0.9.9) is not in resource_config.json at ${box.host(RC)}. ` +
        `Check: that ${box.host(RC)} describes this cluster`,
    );
    expect(only(result.calls, "mount", "systemctl")).toEqual([]);
  });

  test("the default path is used when SAGEMAKER_RESOURCE_CONFIG_PATH is unset", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    const result = box.run({ SAGEMAKER_RESOURCE_CONFIG_PATH: undefined });
    expectSuccess(result);
    expect(result.stdout).toContain(`resource config ${box.host(RC)}`);
  });

  test("SAGEMAKER_RESOURCE_CONFIG_PATH points elsewhere", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/somewhere/else.json", box.read(RC));
    fs.rmSync(box.host(RC));
    expectSuccess(box.run({ SAGEMAKER_RESOURCE_CONFIG_PATH: box.host("/somewhere/else.json") }));
  });
});

describe("provisioning_parameters.json", () => {
  test("missing from the working directory: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    fs.rmSync(path.join(box.work, "provisioning_parameters.json"));
    expectFailure(
      box,
      box.run(),
      `FAILED [config] provisioning_parameters.json not found at ${box.work}/provisioning_parameters.json. ` +
        "Check: upload provisioning_parameters.json next to on_create.sh in the lifecycle-script S3 folder",
    );
  });

  test("not JSON: clear error with the position", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    fs.writeFileSync(path.join(box.work, "provisioning_parameters.json"), '{"version": "1.0.0" "x": 1}');
    expectFailure(
      box,
      box.run(),
      `FAILED [config] provisioning_parameters.json at ${box.work}/provisioning_parameters.json is not valid JSON ` +
        "(Expecting ',' delimiter: line 1 column 21 (char 20)). " +
        "Check: upload provisioning_parameters.json next to on_create.sh in the lifecycle-script S3 folder",
    );
  });

  test("a JSON list instead of an object: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, params: [] as unknown as Json });
    expect(box.run().stderr).toBe(
      `FAILED [config] provisioning_parameters.json at ${box.work}/provisioning_parameters.json must hold a JSON ` +
        "object. Check: upload provisioning_parameters.json next to on_create.sh in the lifecycle-script S3 folder\n",
    );
  });

  test("HYPERPOD_PROVISIONING_PARAMETERS reads the file from elsewhere", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    const elsewhere = path.join(box.base, "params.json");
    fs.renameSync(path.join(box.work, "provisioning_parameters.json"), elsewhere);
    expectSuccess(box.run({ HYPERPOD_PROVISIONING_PARAMETERS: elsewhere }));
  });

  test("this node's instance group is in no role: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: dropWorkerGroup("gpu-g5") });
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [config] this node's instance group 'gpu-g5' has no role: it is not controller_group, login_group " +
        `or in worker_groups. ${NO_ROLE_CHECK}`,
    );
    expect(only(result.calls, "mount", "systemctl")).toEqual([]);
  });

  test("another instance group in no role stops every node, with the group's name", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller, editParams: dropWorkerGroup("gpu-g5") });
    expectFailure(
      box,
      box.run(),
      "FAILED [config] instance group 'gpu-g5' has no role: it is not controller_group, login_group or in " +
        `worker_groups. ${NO_ROLE_CHECK}`,
    );
  });

  test("a group name that is not an instance group of the cluster: clear error", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => (p.login_group = "login-nodes"),
    });
    expectFailure(
      box,
      box.run(),
      "FAILED [config] provisioning_parameters.json: login_group names instance group 'login-nodes', which is not " +
        "in resource_config.json (instance groups: controller-group, login-group, gpu-p5, gpu-g5). Check: that the " +
        "group names in provisioning_parameters.json match the cluster's instance groups exactly",
    );
  });

  test("a worker group name that is not an instance group: clear error naming the entry", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => (p.worker_groups as Json[]).push({ instance_group_name: "gpu-p4", partition_name: "p4" }),
    });
    expect(box.run().stderr).toContain(
      "FAILED [config] provisioning_parameters.json: worker_groups[2] names instance group 'gpu-p4', which is not in resource_config.json",
    );
  });

  test("one group in two roles: clear error", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => (p.worker_groups as Json[]).push({ instance_group_name: "login-group", partition_name: "x" }),
    });
    expectFailure(
      box,
      box.run(),
      "FAILED [config] provisioning_parameters.json: instance group 'login-group' has two roles (login and worker). " +
        "Check: every instance group must be exactly one of controller_group, login_group or a worker group",
    );
  });

  test.each([
    ["controller_group (the controller's instance group name) is missing", (p: Json) => delete p.controller_group],
    ["worker_groups must be a list", (p: Json) => (p.worker_groups = "gpu-p5")],
    [
      "worker_groups[0].partition_name is missing",
      (p: Json) => (p.worker_groups = [{ instance_group_name: "gpu-p5" }]),
    ],
    ["workload_manager must be 'slurm', got 'kubernetes'", (p: Json) => (p.workload_manager = "kubernetes")],
    ["container_runtime must be true or false", (p: Json) => (p.container_runtime = "yes")],
    ["default_user 'Not A User' is not a user name", (p: Json) => (p.default_user = "Not A User")],
    ["fsx_dns_name must be a string", (p: Json) => (p.fsx_dns_name = 42)],
  ])("invalid parameters are named: %s", (message, edit) => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: edit });
    expectFailure(box, box.run(), `FAILED [config] provisioning_parameters.json: ${message}. ${PARAMS_CHECK}`);
  });

  test("unknown keys and another version only warn", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => {
        p.version = "2.0.0";
        p.slurm_configurations = {};
      },
    });
    const result = box.run();
    expectSuccess(result);
    expect(result.stdout).toContain(
      "WARNING [config] provisioning_parameters.json: ignoring unknown key 'slurm_configurations'",
    );
    expect(result.stdout).toContain(
      "WARNING [config] provisioning_parameters.json: version is '2.0.0', these scripts expect '1.0.0'",
    );
  });
});

describe("environment variables", () => {
  test.each([
    ["HYPERPOD_MOUNT_RETRIES", "abc", "a whole number >= 1"],
    ["HYPERPOD_MOUNT_RETRIES", "0", "a whole number >= 1"],
    ["HYPERPOD_MOUNT_RETRY_PAUSE", "-1", "a number >= 0"],
    ["HYPERPOD_SLURM_CONF_TIMEOUT", "soon", "a number >= 0"],
    ["HYPERPOD_SLURM_CONF_POLL", "0", "a number >= 0.01"],
  ])("%s=%s is refused", (name, value, kind) => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { [name]: value } });
    expectFailure(
      box,
      box.run(),
      `FAILED [config] environment variable ${name} must be ${kind}, got '${value}'. Check: unset ${name} or give it a valid value`,
    );
  });
});

describe("the controller address and slurm.conf", () => {
  const NO_CONTROLLER =
    "FAILED [slurm] /opt/slurm/etc/slurm.conf names no controller (SlurmctldHost) after waiting 1 s. Check: the " +
    "HyperPod agent on this node, which writes slurm.conf, and that provisioning_parameters.json matches the " +
    "cluster's instance groups";
  const SHORT_WAIT = { HYPERPOD_SLURM_CONF_TIMEOUT: "1", HYPERPOD_SLURM_CONF_POLL: "0.2" };

  test.each([
    ["worker", FULL.workerP5],
    ["login", FULL.login],
  ])("a %s node whose image has no slurm.conf takes the controller from resource_config.json and does not wait", (_role, ip) => {
    const box = sandbox({ fixture: "full-cluster", ip, slurmConf: null, env: SHORT_WAIT });
    const result = box.run();

    expectSuccess(result);
    expect(result.stdout).not.toContain("waiting up to");
    expect(result.stdout).toContain(
      "controller address from resource_config.json (instance group controller-group): 10.0.1.20",
    );
    expect(result.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);
    expect(box.exists("/opt/slurm/etc/slurm.conf")).toBe(false);
  });

  test("a worker ignores a slurm.conf that names another controller: resource_config.json decides", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerG5,
      slurmConf: "SlurmctldHost=ip-10-9-9-9(10.9.9.9)\n",
    });
    const result = box.run();
    expectSuccess(result);
    expect(result.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);
  });

  test("a controller group with two instances: slurmd gets both, the first listed as primary", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    const rc = JSON.parse(box.read(RC)) as { InstanceGroups: { Name: string; Instances: Json[] }[] };
    rc.InstanceGroups[0].Instances.push({
      InstanceName: "controller-group-2",
      AgentIpAddress: "172.16.0.19",
      CustomerIpAddress: "10.0.1.22",
      InstanceId: "i-0aaa000000000009",
    });
    box.write(RC, JSON.stringify(rc));
    const result = box.run();

    expectSuccess(result);
    expect(result.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20,10.0.1.22"]);
    expect(result.stdout).toContain(
      "controller addresses from resource_config.json (instance group controller-group): 10.0.1.20, 10.0.1.22 " +
        "(the first is the primary)",
    );
  });

  test("a controller group without instances in resource_config.json: clear error before anything is done", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    const rc = JSON.parse(box.read(RC)) as { InstanceGroups: { Instances: Json[] }[] };
    rc.InstanceGroups[0].Instances = [];
    box.write(RC, JSON.stringify(rc));
    const result = box.run();
    expectFailure(
      box,
      result,
      `FAILED [config] controller_group 'controller-group' has no instances in resource_config.json at ${box.host(RC)}, ` +
        "so there is no controller address. Check: that controller_group in provisioning_parameters.json names the " +
        "cluster's controller instance group",
    );
    expect(only(result.calls, "mount", "systemctl")).toEqual([]);
  });

  test("the controller: a slurm.conf that never names a controller: bounded wait, clear error, no daemon", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.controller,
      slurmConf: "ClusterName=ml-research-cluster\n#SlurmctldHost=ip-10-0-1-20(10.0.1.20)\nSlurmctldHost=\n",
      env: SHORT_WAIT,
    });
    const started = Date.now();
    const result = box.run();
    const took = Date.now() - started;

    expectFailure(box, result, NO_CONTROLLER);
    expect(took).toBeGreaterThanOrEqual(1000);
    expect(took).toBeLessThan(5000);
    expect(result.events).toEqual([]);
    expect(result.stdout).toContain(
      "waiting up to 1 s for the HyperPod agent to name this controller (10.0.1.20) in /opt/slurm/etc/slurm.conf",
    );
  });

  test("the controller: no slurm.conf at all: the same bounded wait", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller, slurmConf: null, env: SHORT_WAIT });
    expectFailure(box, box.run(), NO_CONTROLLER);
  });

  test("the controller: a slurm.conf naming another controller is waited out and reported", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.controller,
      slurmConf: "SlurmctldHost=ip-10-0-1-99(10.0.1.99)\n",
      env: SHORT_WAIT,
    });
    expectFailure(
      box,
      box.run(),
      "FAILED [slurm] /opt/slurm/etc/slurm.conf names the controller 10.0.1.99, which is not an address of the " +
        "controller group in resource_config.json (10.0.1.20), after waiting 1 s. Check: that controller_group in " +
        "provisioning_parameters.json is the cluster's controller instance group",
    );
  });

  test("the controller: a slurm.conf written while the script waits is picked up", async () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller, slurmConf: null });
    // Written once the script says it waits (polled), not after a fixed time.
    let poll: NodeJS.Timeout | undefined;
    const result = await box.runAsync(0, () => {
      poll = setInterval(() => {
        if (!box.log().includes("waiting up to")) return;
        clearInterval(poll);
        box.write("/opt/slurm/etc/slurm.conf", fixtureText("full-cluster", "slurm.conf"));
      }, 50);
    });
    clearInterval(poll);
    expectSuccess(result);
    expect(result.stdout).toContain("waiting up to 5 s for the HyperPod agent");
    expect(result.events).toEqual(["start slurmctld"]);
  });

  test.each([
    "SlurmctldHost=ip-10-0-1-20\nSlurmctldAddr=10.0.1.20\n",
    "SlurmctldHost = ip-10-0-1-20(10.0.1.20) # primary\nSlurmctldHost=ip-10-0-1-22(10.0.1.22)\n",
    "slurmctldhost=ip-10-0-1-20\n",
    "ControlMachine=ip-10-0-1-20\nControlAddr=10.0.1.20\n",
  ])("the controller recognises itself in %j", (conf) => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller, slurmConf: `ClusterName=c\n${conf}` });
    const result = box.run();
    expectSuccess(result);
    expect(result.events).toEqual(["start slurmctld"]);
  });
});

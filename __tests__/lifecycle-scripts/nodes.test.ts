/**
 * The real lifecycle scripts on each kind of node of the two fixtures, and
 * what a second run does.
 */
import { expectFailure, expectSuccess, FSTAB_OPTIONS, FULL, fixtureText, only, SMALL, sandbox } from "./sandbox";

const DROP_IN = "/etc/systemd/system/slurmd.service.d/hyperpod-configless.conf";

function mountCalls(source: string, mountPoint = "/fsx"): string[] {
  return [
    "modprobe lnet",
    "modprobe lustre",
    "lctl network up",
    `mount -t lustre -o relatime,flock ${source} ${mountPoint}`,
  ];
}

function dropIn(controller: string): string {
  return (
    "# Written by the HyperPod lifecycle scripts (lifecycle-scripts/hp_slurm.py) on every run.\n" +
    "# slurmd fetches its configuration from the controller (configless mode).\n" +
    "[Service]\n" +
    `Environment="SLURMD_OPTIONS=--conf-server ${controller}"\n`
  );
}

describe("controller-only fixture", () => {
  test("its controller mounts FSx, moves the shared home and runs slurmctld only", () => {
    const box = sandbox({ fixture: "controller-only", ip: SMALL.controller });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "modprobe", "lctl", "mount")).toEqual(mountCalls(SMALL.source));
    expect(box.fstabEntries("/fsx")).toEqual([`${SMALL.source} /fsx lustre ${FSTAB_OPTIONS} 0 0`]);
    expect(box.fstabEntries("/")).toHaveLength(1); // the image's own line is kept
    expect(result.events).toEqual(["start slurmctld"]);
    expect(box.unit("slurmctld")).toEqual({ enabled: true, active: true });
    expect(box.unit("slurmd")).toEqual({ enabled: false, active: false });
    expect(box.exists(DROP_IN)).toBe(false);
    expect(box.passwd("ubuntu")?.home).toBe("/fsx/ubuntu");
    expect(box.read("/fsx/ubuntu/.bashrc")).toBe("# ubuntu's bashrc\n");
    expect(box.read("/opt/slurm/etc/slurm.conf")).toBe(fixtureText("controller-only", "slurm.conf"));
    expect(result.stdout).toContain(
      "this node: 10.0.1.20 (controller-group-1, i-02cb085c72ba19ca6) in instance group controller-group, role controller",
    );
  });
});

describe("full-cluster fixture", () => {
  test("the controller runs slurmctld and keeps slurmd off", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "modprobe", "lctl", "mount")).toEqual(mountCalls(FULL.source));
    expect(result.events).toEqual(["start slurmctld"]);
    expect(result.calls).toContain("systemctl enable --now slurmctld");
    expect(result.calls.filter((c) => c.startsWith("systemctl") && c.includes("slurmd") && !c.includes("is-"))).toEqual(
      [],
    );
    expect(box.unit("slurmd")).toEqual({ enabled: false, active: false });
    expect(box.exists(DROP_IN)).toBe(false);
  });

  test("a controller whose image started slurmd stops and disables it", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
    box.setUnit("slurmd", { enabled: true, active: true });
    const result = box.run();

    expectSuccess(result);
    expect(result.events).toEqual(["stop slurmd", "start slurmctld"]);
    expect(only(result.calls, "systemctl").filter((c) => !c.includes(" is-"))).toEqual([
      "systemctl daemon-reload", // for the new fstab line
      "systemctl stop slurmd",
      "systemctl disable slurmd",
      "systemctl enable --now slurmctld",
    ]);
    expect(box.unit("slurmd")).toEqual({ enabled: false, active: false });
  });

  test("the login node runs slurmd in configless mode against the controller", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount")).toEqual([`mount -t lustre -o relatime,flock ${FULL.source} /fsx`]);
    expect(box.read(DROP_IN)).toBe(dropIn("10.0.1.20"));
    expect(result.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);
    expect(box.unit("slurmctld")).toEqual({ enabled: false, active: false });
    expect(result.stdout).toContain("in instance group login-group, role login");
  });

  test.each([
    ["gpu-p5", FULL.workerP5],
    ["gpu-g5", FULL.workerG5],
  ])("a %s worker (%s) runs slurmd with --conf-server and never slurmctld", (group, ip) => {
    const box = sandbox({ fixture: "full-cluster", ip });
    box.setUnit("slurmctld", { enabled: true, active: true });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "modprobe", "lctl", "mount")).toEqual(mountCalls(FULL.source));
    // daemon-reload loads the drop-in before slurmd starts.
    expect(only(result.calls, "systemctl").filter((c) => !c.includes(" is-"))).toEqual([
      "systemctl daemon-reload", // for the new fstab line
      "systemctl stop slurmctld",
      "systemctl disable slurmctld",
      "systemctl daemon-reload",
      "systemctl enable --now slurmd",
    ]);
    expect(result.events).toEqual(["stop slurmctld", "start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);
    expect(box.unit("slurmctld")).toEqual({ enabled: false, active: false });
    expect(box.unit("slurmd")).toEqual({ enabled: true, active: true });
    expect(result.stdout).toContain(`in instance group ${group}, role worker`);
    expect(box.read("/opt/slurm/etc/slurm.conf")).toBe(fixtureText("full-cluster", "slurm.conf"));
  });

  test("the node is found by its VPC address even when it has others (the agent's)", () => {
    const box = sandbox({ fixture: "full-cluster", ip: "172.16.0.12 10.0.1.30" });
    const result = box.run();
    expectSuccess(result);
    expect(result.stdout).toContain(
      "this node: 10.0.1.30 (gpu-p5-1, i-0aaa000000000003) in instance group gpu-p5, role worker",
    );
  });

  test("without hostname -I the address comes from ip", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, env: { FAKE_FAIL_HOSTNAME: "always" } });
    const result = box.run();
    expectSuccess(result);
    expect(result.calls.slice(0, 2)).toEqual(["hostname -I", "ip -o -4 addr show"]);
    expect(result.stdout).toContain("in instance group gpu-g5, role worker");
  });

  test("slurmd that will not start fails the node with the unit to check", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_SYSTEMCTL_START: "slurmd" } });
    expectFailure(
      box,
      box.run(),
      "FAILED [slurm] systemctl enable --now slurmd failed (exit 1: Job for slurmd.service failed because the control " +
        "process exited with error code.). Check: journalctl -u slurmd, and that the controller 10.0.1.20 accepts " +
        "connections on TCP 6817",
    );
  });
});

describe("a second run on the same node", () => {
  test.each([
    ["controller", FULL.controller],
    ["login", FULL.login],
    ["worker", FULL.workerP5],
  ])("on the %s changes nothing, restarts nothing and succeeds", (_role, ip) => {
    const box = sandbox({ fixture: "full-cluster", ip });
    expectSuccess(box.run());
    const before = box.snapshot();

    const second = box.run();
    expectSuccess(second);
    expect(box.snapshot()).toEqual(before);
    expect(box.fstabEntries("/fsx")).toHaveLength(1);
    expect(second.events).toEqual([]);
    expect(only(second.calls, "mount", "modprobe", "lctl", "usermod", "useradd", "groupadd")).toEqual([]);
    for (const call of only(second.calls, "systemctl")) {
      expect(call).toMatch(/^systemctl (is-active|is-enabled) \S+$|^systemctl enable --now (slurmd|slurmctld)$/);
    }
    expect(box.allEvents().filter((e) => e.startsWith("start") || e.startsWith("restart"))).toHaveLength(1);
    expect(second.stdout).toContain("is already mounted on /fsx");
    expect(second.stdout).toContain("home of ubuntu is already /fsx/ubuntu: nothing to do");
  });

  test("restarts slurmd once when the controller address in resource_config.json changed, then no more", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5 });
    expectSuccess(box.run());
    const rc = "/opt/ml/config/resource_config.json";
    box.write(rc, box.read(rc).replace('"CustomerIpAddress": "10.0.1.20"', '"CustomerIpAddress": "10.0.1.25"'));

    const second = box.run();
    expectSuccess(second);
    expect(box.read(DROP_IN)).toBe(dropIn("10.0.1.25"));
    expect(second.events).toEqual(["restart slurmd SLURMD_OPTIONS=--conf-server 10.0.1.25"]);

    const third = box.run();
    expectSuccess(third);
    expect(third.events).toEqual([]);
  });
});

/** FSx for Lustre: mounting, retries, fstab, EFA, and what is already there. */
import * as fs from "node:fs";
import * as path from "node:path";
import { expectFailure, expectSuccess, FSTAB_OPTIONS, FULL, type Json, only, sandbox } from "./sandbox";

const FSTAB_LINE = `${FULL.source} /fsx lustre ${FSTAB_OPTIONS} 0 0`;
const MOUNT = `mount -t lustre -o relatime,flock ${FULL.source} /fsx`;
const MOUNT_CHECK =
  "Check: that the file system is AVAILABLE, that its security group allows TCP 988 and 1018-1023 from the " +
  "cluster's security group, and that its DNS name resolves on this node";

function withoutFsx(params: Json): void {
  delete params.fsx_dns_name;
  delete params.fsx_mountname;
}

describe("already mounted", () => {
  test("from the same file system (DNS name): nothing is mounted again, the fstab line is added once", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/proc/mounts", `/dev/root / ext4 rw 0 0\n${FULL.source} /fsx lustre rw,relatime,flock 0 0\n`);
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount", "modprobe", "lctl")).toEqual([]);
    expect(box.fstabEntries("/fsx")).toEqual([FSTAB_LINE]);
    expect(result.stdout).toContain(`${FULL.source} is already mounted on /fsx`);
  });

  test("from the same file system shown by IP address (as the kernel does): nothing to do", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/etc/hosts", `127.0.0.1 localhost\n10.0.1.99 ${FULL.dns}\n`);
    box.write("/proc/mounts", "10.0.1.99@tcp:/abcdefgh /fsx lustre rw,relatime,flock 0 0\n");
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount")).toEqual([]);
    expect(result.calls).toContain(`getent ahostsv4 ${FULL.dns}`);
    expect(box.fstabEntries("/fsx")).toEqual([FSTAB_LINE]);
  });

  test("from another file system: clear error, nothing changed, Slurm not started", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/proc/mounts", "10.0.9.9@tcp:/zzzzzzzz /fsx lustre rw,relatime 0 0\n");
    const fstab = box.read("/etc/fstab");
    const result = box.run();

    expectFailure(
      box,
      result,
      `FAILED [fsx] /fsx is already mounted from 10.0.9.9@tcp:/zzzzzzzz (lustre), not from ${FULL.source}. ` +
        "Check: unmount it, or set fsx_mount_point to a free directory",
    );
    expect(only(result.calls, "mount")).toEqual([]);
    expect(box.read("/etc/fstab")).toBe(fstab);
    expect(result.events).toEqual([]);
  });

  test("with the same mount name at an address the DNS name does not resolve to: another file system", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/etc/hosts", `10.0.1.99 ${FULL.dns}\n`);
    box.write("/proc/mounts", "10.0.7.7@tcp:/abcdefgh /fsx lustre rw 0 0\n");
    expectFailure(
      box,
      box.run(),
      `FAILED [fsx] /fsx is already mounted from 10.0.7.7@tcp:/abcdefgh (lustre), not from ${FULL.source}. ` +
        "Check: unmount it, or set fsx_mount_point to a free directory",
    );
  });

  test("from something that is not Lustre: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/proc/mounts", "/dev/nvme1n1 /fsx ext4 rw 0 0\n");
    expectFailure(
      box,
      box.run(),
      `FAILED [fsx] /fsx is already mounted from /dev/nvme1n1 (ext4), not from ${FULL.source}. ` +
        "Check: unmount it, or set fsx_mount_point to a free directory",
    );
  });
});

describe("after a reboot (x-systemd.automount)", () => {
  const PLACEHOLDER =
    "systemd-1 /fsx autofs rw,relatime,fd=60,pgrp=1,timeout=0,minproto=5,maxproto=5,direct,pipe_ino=17113 0 0\n";

  test.each([
    ["controller", FULL.controller],
    ["login", FULL.login],
    ["worker", FULL.workerP5],
  ])("a second run on a rebooted %s takes the autofs placeholder of our fstab line as ours", (_role, ip) => {
    const box = sandbox({ fixture: "full-cluster", ip });
    expectSuccess(box.run());
    // The reboot: the kernel forgets the Lustre mount, systemd puts its automount placeholder there.
    box.write("/proc/mounts", `/dev/root / ext4 rw,relatime,discard 0 0\n${PLACEHOLDER}`);
    const fstab = box.read("/etc/fstab");

    const second = box.run();
    expectSuccess(second);
    expect(only(second.calls, "mount", "modprobe", "lctl")).toEqual([]);
    expect(box.read("/etc/fstab")).toBe(fstab);
    expect(second.stdout).toContain(
      "/fsx is the automount placeholder (systemd-1 autofs) of our fstab line; the file system is mounted on first access",
    );
  });

  test("the placeholder with the real mount on top (after the first access) is the mounted file system", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5 });
    box.write("/etc/fstab", `${FSTAB_LINE}\n`);
    box.write("/proc/mounts", `${PLACEHOLDER}${FULL.source} /fsx lustre rw,relatime,flock 0 0\n`);
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "mount")).toEqual([]);
    expect(result.stdout).toContain(`${FULL.source} is already mounted on /fsx`);
  });

  test("an autofs mount without our fstab line is someone else's: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5 });
    box.write("/proc/mounts", PLACEHOLDER);
    const result = box.run();
    expectFailure(
      box,
      result,
      `FAILED [fsx] /fsx is already mounted from systemd-1 (autofs), not from ${FULL.source}. ` +
        "Check: unmount it, or set fsx_mount_point to a free directory",
    );
    expect(only(result.calls, "mount")).toEqual([]);
  });
});

describe("mount retries", () => {
  test("three failures then success: 4 mount calls, exit 0", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_MOUNT: "3" } });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount")).toEqual([MOUNT, MOUNT, MOUNT, MOUNT]);
    expect(box.fstabEntries("/fsx")).toEqual([FSTAB_LINE]);
    expect(result.stdout.match(/WARNING \[fsx\] mount failed; trying again in 0 s/g)).toHaveLength(3);
    expect(result.stdout).toContain("(attempt 4 of 5)");
    expect(result.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);
  });

  test("always failing: error after exactly 5 tries (the default), no fstab line, Slurm not started", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_MOUNT: "always" } });
    const result = box.run();

    expectFailure(
      box,
      result,
      `FAILED [fsx] mounting ${FULL.source} on /fsx failed 5 times (last: exit 5: mount.lustre: mount ${FULL.source} ` +
        `at /fsx failed: Input/output error / Is the MGS running?). ${MOUNT_CHECK}`,
    );
    expect(only(result.calls, "mount")).toHaveLength(5);
    expect(result.calls).toContain("lctl list_nids");
    expect(box.fstabEntries("/fsx")).toEqual([]);
    expect(result.events).toEqual([]);
  });

  test("HYPERPOD_MOUNT_RETRIES and HYPERPOD_MOUNT_RETRY_PAUSE set the count and the pause", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      env: { FAKE_FAIL_MOUNT: "always", HYPERPOD_MOUNT_RETRIES: "2", HYPERPOD_MOUNT_RETRY_PAUSE: "0.4" },
    });
    const started = Date.now();
    const result = box.run();

    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(result.stderr).toContain(" on /fsx failed 2 times ");
    expect(only(result.calls, "mount")).toHaveLength(2);
    expect(result.stdout).toContain("mount failed; trying again in 0.4 s");
  });

  test("a Lustre client that will not load stops before any mount", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_MODPROBE: "always" } });
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [fsx] modprobe lnet failed (exit 1: modprobe: fake failure (lnet)). " +
        "Check: that the Lustre client for this kernel is installed (lustre-client-modules-$(uname -r))",
    );
    expect(only(result.calls, "mount")).toEqual([]);
  });

  test("lctl network up failing is reported", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_LCTL: "always" } });
    expectFailure(
      box,
      box.run(),
      "FAILED [fsx] lctl network up failed (exit 1: lctl: fake failure (network up)). " +
        "Check: the LNet configuration (lctl list_nids, /etc/modprobe.d/lnet.conf)",
    );
  });
});

describe("fstab", () => {
  test("a line written before (by an earlier run) is not written again", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login });
    box.write("/etc/fstab", `LABEL=cloudimg-rootfs / ext4 defaults 0 1\n${FSTAB_LINE}\n`);
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount")).toEqual([MOUNT]);
    expect(box.read("/etc/fstab")).toBe(`LABEL=cloudimg-rootfs / ext4 defaults 0 1\n${FSTAB_LINE}\n`);
  });

  test("a file without a final newline gets our line on a line of its own", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login });
    box.write("/etc/fstab", "LABEL=cloudimg-rootfs / ext4 defaults 0 1");
    expectSuccess(box.run());
    expect(box.read("/etc/fstab")).toBe(`LABEL=cloudimg-rootfs / ext4 defaults 0 1\n${FSTAB_LINE}\n`);
  });

  test("another entry for the mount point: clear error before mounting", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login });
    box.write("/etc/fstab", "nfs.example:/export /fsx nfs defaults 0 0\n");
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [fsx] /etc/fstab already has a different entry for /fsx: 'nfs.example:/export /fsx nfs defaults 0 0'. " +
        "Check: remove that line from /etc/fstab or set fsx_mount_point to another directory",
    );
    expect(only(result.calls, "mount", "modprobe")).toEqual([]);
  });
});

describe("parameters", () => {
  test("no file system in the parameters: mount skipped (logged), home stays, Slurm still started", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: withoutFsx });
    const fstab = box.read("/etc/fstab");
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount", "modprobe", "lctl", "usermod")).toEqual([]);
    expect(result.stdout).toContain(
      "INFO [fsx] no fsx_dns_name/fsx_mountname in provisioning_parameters.json: no FSx for Lustre mount (skipped)",
    );
    expect(result.stdout).toContain("no shared file system: the home of ubuntu stays where it is");
    expect(box.read("/etc/fstab")).toBe(fstab);
    expect(box.passwd("ubuntu")?.home).toBe("/home/ubuntu");
    expect(result.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);
  });

  test("fsx_mount_point moves the mount, the fstab line and the shared home", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.controller,
      editParams: (p) => (p.fsx_mount_point = "/shared/"),
    });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "mount")).toEqual([`mount -t lustre -o relatime,flock ${FULL.source} /shared`]);
    expect(box.fstabEntries("/shared")).toEqual([`${FULL.source} /shared lustre ${FSTAB_OPTIONS} 0 0`]);
    expect(box.fstabEntries("/fsx")).toEqual([]);
    expect(box.passwd("ubuntu")?.home).toBe("/shared/ubuntu");
  });

  test("only one of fsx_dns_name and fsx_mountname: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => delete p.fsx_mountname });
    expectFailure(
      box,
      box.run(),
      "FAILED [config] provisioning_parameters.json: fsx_dns_name is set but fsx_mountname is missing; give both " +
        "or neither. Check: fix provisioning_parameters.json in the lifecycle-script S3 folder (keys: docs/lifecycle-scripts.md)",
    );
  });

  test("a relative fsx_mount_point: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => (p.fsx_mount_point = "fsx") });
    expect(box.run().stderr).toBe(
      "FAILED [config] provisioning_parameters.json: fsx_mount_point 'fsx' is not an absolute directory path other than /. " +
        "Check: fix provisioning_parameters.json in the lifecycle-script S3 folder (keys: docs/lifecycle-scripts.md)\n",
    );
  });
});

describe("EFA-enabled file system (fsx_efa)", () => {
  const efa = (p: Json): void => {
    p.fsx_efa = true;
  };
  const TCP_CALLS = ["modprobe lnet", "modprobe lustre", "lctl network up", MOUNT];
  const efaSetup = (devices: string[]): string[] => [
    "modprobe lnet",
    "modprobe kefalnd ipif_name=ens2",
    "modprobe ksocklnd",
    "lnetctl lnet configure",
    "lnetctl net del --net tcp",
    "lnetctl net add --net tcp --if ens2",
    ...devices.map((d) => `lnetctl net add --net efa --if ${d} --peer-credits 32`),
    "lnetctl set discovery 1",
    "lnetctl udsp add --src efa --priority 0",
  ];
  const loadAndMount = (calls: string[]): string[] =>
    only(calls, "modprobe", "lnetctl", "mount", "lctl").filter((c) => c !== "lctl list_nids");

  test("a p5.48xlarge worker with 32 EFA devices: LNet gets 8 of them (every 4th), an EFA NID shows, the mount stays @tcp", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: efa });
    const devices = box.addEfaDevices(32, 1);
    const result = box.run();

    expectSuccess(result);
    const every4th = devices.filter((_d, i) => i % 4 === 0);
    expect(every4th).toHaveLength(8);
    expect(loadAndMount(result.calls)).toEqual([...efaSetup(every4th), ...TCP_CALLS]);
    expect(result.stdout).toContain(
      `configuring the Lustre client for EFA: 8 of 32 EFA devices (${every4th.join(", ")}) for ml.p5.48xlarge, TCP on ens2`,
    );
    expect(result.stdout).toMatch(/INFO \[fsx\] LNet has EFA NIDs: 10\.0\.200\.1@efa, .*10\.0\.200\.8@efa\n/);
    expect(result.stdout).not.toContain("WARNING");
    expect(box.fstabEntries("/fsx")).toEqual([FSTAB_LINE]);
  });

  test("another type with several EFA devices gets the first and the last; with one, that one", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: efa });
    const devices = box.addEfaDevices(4);
    expect(loadAndMount(box.run().calls).filter((c) => c.includes("--net efa"))).toEqual([
      `lnetctl net add --net efa --if ${devices[0]} --peer-credits 32`,
      `lnetctl net add --net efa --if ${devices[3]} --peer-credits 32`,
    ]);

    const single = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: efa });
    const [only1] = single.addEfaDevices(1);
    expect(loadAndMount(single.run().calls).filter((c) => c.includes("--net efa"))).toEqual([
      `lnetctl net add --net efa --if ${only1} --peer-credits 32`,
    ]);
  });

  test("a node without EFA devices (the controller) mounts over TCP with a WARNING", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller, editParams: efa });
    box.addEfaDevices(0, 2); // RDMA devices of another driver do not count
    const result = box.run();

    expectSuccess(result);
    expect(loadAndMount(result.calls)).toEqual(TCP_CALLS);
    expect(result.stdout).toContain(
      "WARNING [fsx] the file system is EFA-enabled but this node has no EFA device (/sys/class/infiniband): " +
        "the Lustre client uses TCP",
    );
  });

  test("a Lustre client without EFA support (no kefalnd) falls back to TCP with a WARNING", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: efa,
      env: { FAKE_MODPROBE_MISSING: "kefalnd" },
    });
    box.addEfaDevices(4);
    const result = box.run();

    expectSuccess(result);
    expect(loadAndMount(result.calls)).toEqual(["modprobe lnet", "modprobe kefalnd ipif_name=ens2", ...TCP_CALLS]);
    expect(result.stdout).toContain(
      "WARNING [fsx] the Lustre client has no EFA support (modprobe kefalnd: exit 1: modprobe: FATAL: Module " +
        "kefalnd not found in directory /lib/modules/5.15.0-1071-aws); EFA clients need Ubuntu 22.04 or newer with " +
        "kernel 6.8+, the EFA driver and the Lustre EFA module (kefalnd): the Lustre client uses TCP",
    );
  });

  test("EFA configured but no EFA NID in lctl list_nids: WARNING, TCP", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: efa,
      env: { FAKE_EFA_NIDS: "none" },
    });
    box.addEfaDevices(2);
    const result = box.run();
    expectSuccess(result);
    expect(result.stdout).toContain(
      "WARNING [fsx] lctl list_nids shows no EFA NID after configuring EFA: the Lustre client uses TCP",
    );
    expect(only(result.calls, "mount")).toEqual([MOUNT]);
  });

  test("without fsx_efa EFA devices are left alone", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.addEfaDevices(4);
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "lnetctl")).toEqual([]);
    expect(loadAndMount(result.calls)).toEqual(TCP_CALLS);
  });

  test("a second run configures nothing; after a reboot EFA is configured again before the first access", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: efa });
    box.addEfaDevices(2);
    expectSuccess(box.run());

    const second = box.run();
    expectSuccess(second);
    expect(loadAndMount(second.calls)).toEqual([]);
    expect(second.stdout).not.toContain("WARNING");

    // Reboot: LNet's runtime configuration is gone, /fsx is the automount placeholder again.
    fs.rmSync(path.join(box.state, "lnet-efa"));
    box.write("/proc/mounts", "systemd-1 /fsx autofs rw,relatime,fd=60,pgrp=1,direct 0 0\n");
    const third = box.run();
    expectSuccess(third);
    expect(only(third.calls, "mount")).toEqual([]);
    expect(only(third.calls, "lnetctl").filter((c) => c.includes("--net efa"))).toHaveLength(2);
    expect(third.stdout).toContain("LNet has EFA NIDs: 10.0.200.1@efa, 10.0.200.2@efa");
  });

  test("mounted over TCP before EFA was configured: a WARNING says so", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: efa });
    box.addEfaDevices(2);
    box.write("/etc/fstab", `${FSTAB_LINE}\n`);
    box.write("/proc/mounts", `${FULL.source} /fsx lustre rw,relatime,flock 0 0\n`);
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "lnetctl", "mount")).toEqual([]);
    expect(result.stdout).toContain(
      "WARNING [fsx] /fsx was mounted before LNet had EFA interfaces: it is reached over TCP until it is mounted again",
    );
  });
});

/** Shared home, users, container runtime and hooks. */
import * as fs from "node:fs";
import * as path from "node:path";
import { expectFailure, expectSuccess, FULL, type Json, only, PASSWD, sandbox } from "./sandbox";

const USERS_CHECK = "Check: pick another name or uid in users[] of provisioning_parameters.json";

function withoutFsx(params: Json): void {
  delete params.fsx_dns_name;
  delete params.fsx_mountname;
}

describe("shared home", () => {
  test("the default user's home moves to the shared mount once, with its files", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
    const first = box.run();
    expectSuccess(first);
    expect(only(first.calls, "usermod")).toEqual(["usermod -m -d /fsx/ubuntu ubuntu"]);
    expect(box.passwd("ubuntu")).toEqual({ uid: 1000, gid: 1000, home: "/fsx/ubuntu", shell: "/bin/bash" });
    // The key that was there moved with the home; the cluster key pair's line was added after it.
    expect(box.read("/fsx/ubuntu/.ssh/authorized_keys")).toMatch(
      /^ssh-ed25519 AAAA\.\.\. ubuntu\nssh-ed25519 \S+ ubuntu@ml-research-cluster\n$/,
    );
    expect(box.exists("/home/ubuntu")).toBe(false);

    const second = box.run();
    expectSuccess(second);
    expect(only(second.calls, "usermod")).toEqual([]);
  });

  test("a home another node already moved to the shared mount is used as it is", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/fsx/ubuntu/.bashrc", "# shared bashrc\n");
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "usermod")).toEqual(["usermod -d /fsx/ubuntu ubuntu"]);
    expect(box.passwd("ubuntu")?.home).toBe("/fsx/ubuntu");
    expect(box.read("/fsx/ubuntu/.bashrc")).toBe("# shared bashrc\n");
    expect(box.read("/home/ubuntu/.bashrc")).toBe("# ubuntu's bashrc\n");
  });

  test("another node moving the home at the same moment: the shared copy is used, the node does not fail", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_USERMOD_RACE: "1" } });
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "usermod")).toEqual([
      "usermod -m -d /fsx/ubuntu ubuntu",
      "usermod -d /fsx/ubuntu ubuntu",
    ]);
    expect(box.passwd("ubuntu")?.home).toBe("/fsx/ubuntu");
    expect(box.read("/fsx/ubuntu/.bashrc")).toBe("# made by another node\n");
    expect(result.stdout).toContain("another node created /fsx/ubuntu at the same moment; pointing ubuntu at it");
  });

  test("default_user names another user", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login, editParams: (p) => (p.default_user = "ml") });
    box.write("/etc/passwd", `${PASSWD}ml:x:1001:1001::/home/ml:/bin/bash\n`);
    box.write("/home/ml/.profile", "# ml\n");
    const result = box.run();

    expectSuccess(result);
    expect(only(result.calls, "usermod")).toEqual(["usermod -m -d /fsx/ml ml"]);
    expect(box.passwd("ml")?.home).toBe("/fsx/ml");
    expect(box.passwd("ubuntu")?.home).toBe("/home/ubuntu");
  });

  test("a default_user that does not exist: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login, editParams: (p) => (p.default_user = "ec2-user") });
    expectFailure(
      box,
      box.run(),
      "FAILED [home] default user 'ec2-user' does not exist on this node, so its home cannot move to " +
        "/fsx/ec2-user. Check: default_user in provisioning_parameters.json (default: ubuntu)",
    );
  });

  test("usermod failing (user logged in): clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login, env: { FAKE_FAIL_USERMOD: "always" } });
    expectFailure(
      box,
      box.run(),
      "FAILED [home] usermod -m -d /fsx/ubuntu ubuntu failed (exit 8: usermod: user ubuntu is currently used by " +
        "process 4242). Check: that /fsx is writable and that no process of ubuntu is running",
    );
  });
});

describe("users", () => {
  const USERS = [
    { name: "alice", uid: 2001 },
    { name: "bob", uid: 2002, gid: 3000, shell: "/bin/zsh" },
  ];

  test("off by default: no user is created", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "useradd", "groupadd")).toEqual([]);
    expect(result.stdout).toContain("no users in provisioning_parameters.json: nothing to create");
  });

  test("each user is created with its fixed uid and gid, home on the shared mount; a second run creates nothing", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => (p.users = USERS) });
    const first = box.run();

    expectSuccess(first);
    expect(only(first.calls, "useradd", "groupadd")).toEqual([
      "groupadd -g 2001 alice",
      "useradd -u 2001 -g 2001 -s /bin/bash -d /fsx/alice -m alice",
      "groupadd -g 3000 bob",
      "useradd -u 2002 -g 3000 -s /bin/zsh -d /fsx/bob -m bob",
    ]);
    expect(box.passwd("alice")).toEqual({ uid: 2001, gid: 2001, home: "/fsx/alice", shell: "/bin/bash" });
    expect(box.passwd("bob")).toEqual({ uid: 2002, gid: 3000, home: "/fsx/bob", shell: "/bin/zsh" });
    expect(box.exists("/fsx/alice/.profile")).toBe(true);

    const before = box.snapshot();
    const second = box.run();
    expectSuccess(second);
    expect(only(second.calls, "useradd", "groupadd")).toEqual([]);
    expect(box.snapshot()).toEqual(before);
  });

  test("on a node where another node already made the shared home, the home is not created again", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: (p) => (p.users = [USERS[0]]) });
    box.write("/fsx/alice/notes.txt", "alice's\n");
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "useradd")).toEqual(["useradd -u 2001 -g 2001 -s /bin/bash -d /fsx/alice -M alice"]);
    expect(box.read("/fsx/alice/notes.txt")).toBe("alice's\n");
  });

  test("without a shared mount homes go to /home", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => {
        withoutFsx(p);
        p.users = [USERS[0]];
      },
    });
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "useradd")).toEqual(["useradd -u 2001 -g 2001 -s /bin/bash -d /home/alice -m alice"]);
  });

  test("a gid that exists is used as the primary group without creating one", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => (p.users = [{ name: "carol", uid: 2003, gid: 1000 }]),
    });
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "useradd", "groupadd")).toEqual([
      "useradd -u 2003 -g 1000 -s /bin/bash -d /fsx/carol -m carol",
    ]);
  });

  test("a uid outside the regular range only warns", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => (p.users = [{ name: "svc", uid: 900 }]),
    });
    const result = box.run();
    expectSuccess(result);
    expect(result.stdout).toContain(
      "WARNING [config] provisioning_parameters.json: users[0].uid 900 is outside 1000-60000, the range of regular users",
    );
    expect(result.stdout.match(/is outside 1000-60000/g)).toHaveLength(1); // not again for the gid it defaults to
    expect(only(result.calls, "useradd")).toEqual(["useradd -u 900 -g 900 -s /bin/bash -d /fsx/svc -m svc"]);
  });

  test("an existing user with the same uid is left alone", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => (p.users = [USERS[0]]) });
    box.write("/etc/passwd", `${PASSWD}alice:x:2001:2001::/home/alice:/bin/bash\n`);
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "useradd", "groupadd", "usermod").filter((c) => c.includes("alice"))).toEqual([]);
    expect(result.stdout).toContain("user alice exists with uid 2001: nothing to do");
  });

  test("an existing user with another uid: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => (p.users = [USERS[0]]) });
    box.write("/etc/passwd", `${PASSWD}alice:x:1500:1500::/home/alice:/bin/bash\n`);
    expectFailure(
      box,
      box.run(),
      `FAILED [users] user alice exists with uid 1500, but provisioning_parameters.json asks for uid 2001. ${USERS_CHECK}`,
    );
  });

  test("a uid that belongs to someone else: clear error", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) => (p.users = [{ name: "dave", uid: 1000 }]),
    });
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [users] uid 1000 for user dave already belongs to user ubuntu. " +
        "Check: pick another uid in users[] of provisioning_parameters.json",
    );
    expect(only(result.calls, "useradd")).toEqual([]);
  });

  test.each([
    ["users must be a list of {name, uid} objects", { users: "alice" }],
    [
      "users[0].uid must be a whole number from 1 to 4294967294 (0 is root)",
      { users: [{ name: "alice", uid: "2001" }] },
    ],
    ["users[0].uid must be a whole number from 1 to 4294967294 (0 is root)", { users: [{ name: "alice", uid: 0 }] }],
    [
      "users[0].gid must be a whole number from 1 to 4294967294 (0 is root)",
      { users: [{ name: "alice", uid: 2001, gid: 2.5 }] },
    ],
    [
      "users[0].shell must be an absolute path like /bin/bash",
      { users: [{ name: "alice", uid: 2001, shell: "bash" }] },
    ],
    [
      "users[0].name must be a user name (lower case letters, digits, _ and -)",
      { users: [{ name: "Alice", uid: 2001 }] },
    ],
    ["users[1] has unknown keys: groups", { users: [USERS[0], { name: "bob", uid: 2002, groups: ["x"] }] }],
    ["uid 2001 is listed twice", { users: [USERS[0], { name: "bob", uid: 2001 }] }],
  ])("invalid users are refused: %s", (message, extra) => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => Object.assign(p, extra) });
    expectFailure(
      box,
      box.run(),
      `FAILED [config] provisioning_parameters.json: ${message}. Check: fix provisioning_parameters.json in the ` +
        "lifecycle-script S3 folder (keys: docs/lifecycle-scripts.md)",
    );
  });
});

describe("container runtime", () => {
  const MARKER = "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_containers.py).";
  const PYXIS_CONF = "/opt/slurm/etc/plugstack.conf.d/pyxis.conf";
  const PLUGSTACK = "/opt/slurm/etc/plugstack.conf";
  const NVME = "/opt/dlami/nvme";
  const on = (p: Json): void => {
    p.container_runtime = true;
  };
  const enrootConf = (base: string): string =>
    `${MARKER}\n` +
    `ENROOT_RUNTIME_PATH ${base}/runtime/user-$(id -u)\n` +
    `ENROOT_CACHE_PATH ${base}/cache/group-$(id -g)\n` +
    `ENROOT_DATA_PATH ${base}/data/user-$(id -u)\n`;

  test("off by default: enroot and pyxis are not touched", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.mountVolume(NVME);
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "enroot")).toEqual([]);
    expect(box.exists("/etc/enroot/enroot.conf")).toBe(false);
    expect(box.exists(PYXIS_CONF)).toBe(false);
    expect(box.exists(PLUGSTACK)).toBe(false);
  });

  test("on: enroot's data, cache and runtime on local NVMe, pyxis loaded by Slurm; a second run changes nothing", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.mountVolume(NVME);
    const first = box.run();

    expectSuccess(first);
    expect(box.read("/etc/enroot/enroot.conf")).toBe(enrootConf("/opt/dlami/nvme/enroot"));
    for (const dir of ["enroot", "enroot/runtime", "enroot/cache", "enroot/data"]) {
      expect(box.mode(`${NVME}/${dir}`)).toBe(0o1777);
    }
    expect(box.exists("/fsx/enroot")).toBe(false); // unpacked containers never go to the shared file system
    expect(box.read(PYXIS_CONF)).toBe(`${MARKER}\nrequired /usr/local/lib/slurm/spank_pyxis.so\n`);
    expect(box.read(PLUGSTACK)).toBe(`include ${PYXIS_CONF}\n`);
    // Configured before slurmd starts, so no restart is needed.
    expect(first.events).toEqual(["start slurmd SLURMD_OPTIONS=--conf-server 10.0.1.20"]);

    const before = box.snapshot();
    const second = box.run();
    expectSuccess(second);
    expect(box.snapshot()).toEqual(before);
    expect(second.events).toEqual([]);
  });

  test("without NVMe the /opt/sagemaker volume is used; with both, NVMe", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: on });
    box.mountVolume("/opt/sagemaker", "/dev/nvme2n1");
    expectSuccess(box.run());
    expect(box.read("/etc/enroot/enroot.conf")).toBe(enrootConf("/opt/sagemaker/enroot"));

    const both = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, editParams: on });
    both.mountVolume("/opt/sagemaker", "/dev/nvme2n1");
    both.mountVolume(NVME);
    expectSuccess(both.run());
    expect(both.read("/etc/enroot/enroot.conf")).toBe(enrootConf("/opt/dlami/nvme/enroot"));
  });

  test("a worker without a local volume refuses the root volume: clear error, Slurm not started", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.write(`${NVME}/README`, "a folder on the root volume, not a mount point\n");
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [containers] container_runtime is true but neither local NVMe (/opt/dlami/nvme) nor an " +
        "/opt/sagemaker volume is mounted on this worker: containers would fill the root volume. Check: give the " +
        "instance group an extra EBS volume (instanceGroups[].ebsVolumeSizeGb, mounted at /opt/sagemaker) or use " +
        "an instance type with local NVMe, or set lifecycle.localContainerStorage to false",
    );
    expect(box.exists("/etc/enroot/enroot.conf")).toBe(false);
    expect(result.events).toEqual([]);
  });

  test("a login node without a local volume warns, leaves enroot's paths alone and still loads pyxis", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login, editParams: on });
    const result = box.run();
    expectSuccess(result);
    expect(result.stdout).toContain(
      "WARNING [containers] neither local NVMe (/opt/dlami/nvme) nor an /opt/sagemaker volume is mounted: enroot " +
        "storage is left as the image has it (on the root volume); do not run containers on this login node",
    );
    expect(box.exists("/etc/enroot/enroot.conf")).toBe(false);
    expect(box.exists(PYXIS_CONF)).toBe(true);
  });

  test("turned on later: the running daemon is restarted once to load pyxis", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
    expectSuccess(box.run());
    const params = JSON.parse(fs.readFileSync(path.join(box.work, "provisioning_parameters.json"), "utf8")) as Json;
    on(params);
    box.setParams(params);

    const second = box.run();
    expectSuccess(second);
    expect(second.events).toEqual(["restart slurmctld"]);
    expect(box.run().events).toEqual([]);
  });

  test("an existing enroot.conf keeps its other settings; our keys are set in place", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.mountVolume(NVME);
    box.write(
      "/etc/enroot/enroot.conf",
      "#ENROOT_LIBRARY_PATH /usr/lib/enroot\nENROOT_CACHE_PATH /fsx/enroot\nENROOT_SQUASH_OPTIONS -comp lzo\n" +
        "ENROOT_CACHE_PATH /duplicate\n",
    );
    expectSuccess(box.run());
    expect(box.read("/etc/enroot/enroot.conf")).toBe(
      "#ENROOT_LIBRARY_PATH /usr/lib/enroot\n" +
        "ENROOT_CACHE_PATH /opt/dlami/nvme/enroot/cache/group-$(id -g)\n" +
        "ENROOT_SQUASH_OPTIONS -comp lzo\n" +
        `${MARKER}\n` +
        "ENROOT_RUNTIME_PATH /opt/dlami/nvme/enroot/runtime/user-$(id -u)\n" +
        "ENROOT_DATA_PATH /opt/dlami/nvme/enroot/data/user-$(id -u)\n",
    );
  });

  test("local_container_storage: false leaves enroot's and Docker's paths as the image has them", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      docker: true,
      editParams: (p) => {
        on(p);
        p.local_container_storage = false;
      },
    });
    box.mountVolume(NVME);
    const result = box.run();
    expectSuccess(result);
    expect(box.exists("/etc/enroot/enroot.conf")).toBe(false);
    expect(box.exists("/etc/docker/daemon.json")).toBe(false);
    expect(box.exists(PYXIS_CONF)).toBe(true);
    expect(result.stdout).toContain(
      "local_container_storage is off: enroot's and Docker's storage paths are left as the image has them",
    );
  });

  test("a plugstack.conf that already includes the folder is left as it is", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.mountVolume(NVME);
    box.write(PLUGSTACK, "include /opt/slurm/etc/plugstack.conf.d/*\n");
    expectSuccess(box.run());
    expect(box.read(PLUGSTACK)).toBe("include /opt/slurm/etc/plugstack.conf.d/*\n");
    expect(box.exists(PYXIS_CONF)).toBe(true);
  });

  test("pyxis configured by the image is not configured a second time", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.mountVolume(NVME);
    box.write(PLUGSTACK, "required /usr/local/lib/slurm/spank_pyxis.so\n");
    const result = box.run();
    expectSuccess(result);
    expect(box.exists(PYXIS_CONF)).toBe(false);
    expect(result.stdout).toContain("pyxis is already configured in /opt/slurm/etc/plugstack.conf by the image");
  });

  test("enroot not installed: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.mountVolume(NVME);
    box.removeCommand("enroot");
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [containers] container_runtime is true but enroot is not installed (no enroot on PATH). " +
        "Check: use an image with enroot and pyxis installed, or set container_runtime to false",
    );
    expect(result.events).toEqual([]);
  });

  test("pyxis not installed: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: on });
    box.mountVolume(NVME);
    fs.rmSync(box.host("/usr/local/lib/slurm/spank_pyxis.so"));
    expectFailure(
      box,
      box.run(),
      "FAILED [containers] container_runtime is true but the pyxis Slurm plugin is not installed (looked for " +
        "/usr/local/lib/slurm/spank_pyxis.so and /opt/slurm/lib/slurm/spank_pyxis.so). " +
        "Check: use an image with enroot and pyxis installed, or set container_runtime to false",
    );
  });
});

describe("Docker's data root", () => {
  const DAEMON_JSON = "/etc/docker/daemon.json";

  test("moves to local NVMe; a running Docker is restarted once; other daemon.json keys are kept", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, docker: true });
    box.mountVolume("/opt/dlami/nvme");
    box.write(DAEMON_JSON, '{"log-driver": "json-file", "data-root": "/var/lib/docker"}\n');
    box.setUnit("docker", { enabled: true, active: true });
    const first = box.run();

    expectSuccess(first);
    expect(JSON.parse(box.read(DAEMON_JSON))).toEqual({
      "log-driver": "json-file",
      "data-root": "/opt/dlami/nvme/docker/data-root",
    });
    expect(first.events).toContain("restart docker");

    const second = box.run();
    expectSuccess(second);
    expect(second.events).toEqual([]);
    expect(second.stdout).toContain(
      "Docker's data root is already on /opt/dlami/nvme (/opt/dlami/nvme/docker/data-root)",
    );
  });

  test("a stopped Docker is not started; without daemon.json one is written", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, docker: true });
    box.mountVolume("/opt/sagemaker");
    const result = box.run();
    expectSuccess(result);
    expect(JSON.parse(box.read(DAEMON_JSON))).toEqual({ "data-root": "/opt/sagemaker/docker/data-root" });
    expect(result.events.filter((e) => e.includes("docker"))).toEqual([]);
  });

  test("without a local volume Docker is left alone, with a WARNING", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller, docker: true });
    const result = box.run();
    expectSuccess(result);
    expect(box.exists(DAEMON_JSON)).toBe(false);
    expect(result.stdout).toContain(
      "WARNING [containers] neither local NVMe (/opt/dlami/nvme) nor an /opt/sagemaker volume is mounted: Docker " +
        "storage is left as the image has it (on the root volume); do not run containers on this controller node",
    );
  });

  test("a daemon.json that is not a JSON object: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, docker: true });
    box.mountVolume("/opt/dlami/nvme");
    box.write(DAEMON_JSON, "[1, 2]\n");
    expectFailure(
      box,
      box.run(),
      "FAILED [containers] /etc/docker/daemon.json is not a JSON object (not an object). Check: fix or remove " +
        "/etc/docker/daemon.json, or set lifecycle.localContainerStorage to false",
    );
  });
});

describe("hooks.d", () => {
  function addHook(box: { work: string }, name: string, body: string): void {
    fs.mkdirSync(path.join(box.work, "hooks.d"), { recursive: true });
    fs.writeFileSync(path.join(box.work, "hooks.d", name), body); // not executable, as after an S3 copy
  }

  test("hooks run last, in name order, with the node's facts in the environment", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5 });
    addHook(box, "20-second.sh", 'echo "second"\n');
    addHook(
      box,
      "10-first.sh",
      'echo "first: $HYPERPOD_NODE_ROLE $HYPERPOD_INSTANCE_GROUP $HYPERPOD_INSTANCE_ID $HYPERPOD_NODE_IP ' +
        '$HYPERPOD_CONTROLLER_IP $HYPERPOD_SHARED_DIR $HYPERPOD_CLUSTER_NAME"\n',
    );
    addHook(box, "README.txt", "not a hook\n");
    const result = box.run();

    expectSuccess(result);
    const hookLines = result.stdout.split("\n").filter((l) => l.includes("[hooks]"));
    expect(hookLines.map((l) => l.replace(/^\S+ /, ""))).toEqual([
      "INFO [hooks] running hook hooks.d/10-first.sh",
      `INFO [hooks] run: bash ${box.work}/hooks.d/10-first.sh`,
      "INFO [hooks]   | first: worker gpu-g5 i-0aaa000000000005 10.0.1.40 10.0.1.20 /fsx ml-research-cluster",
      "INFO [hooks] running hook hooks.d/20-second.sh",
      `INFO [hooks] run: bash ${box.work}/hooks.d/20-second.sh`,
      "INFO [hooks]   | second",
    ]);
  });

  test("a failing hook fails the node, naming the hook", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5 });
    addHook(box, "10-broken.sh", 'echo "about to fail" >&2\nexit 3\n');
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [hooks] hook hooks.d/10-broken.sh exited with status 3. Check: the hook's output just above this line in the log",
    );
    expect(box.log()).toContain("INFO [hooks]   | about to fail");
  });
});

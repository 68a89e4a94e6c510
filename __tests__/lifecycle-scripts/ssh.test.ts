/** Passwordless SSH between nodes: one key pair per user in the shared home, created once. */
import * as fs from "node:fs";
import { expectFailure, expectSuccess, FULL, type Json, only, type Sandbox, sandbox } from "./sandbox";

const CLIENT_CONF = "/etc/ssh/ssh_config.d/hyperpod-cluster.conf";
const KEY = "/fsx/ubuntu/.ssh/id_ed25519";

/** The public key line kept inside the stand-in's private key (what `ssh-keygen -y` prints). */
function publicOf(box: Sandbox, privateKey: string): string {
  const line = box
    .read(privateKey)
    .split("\n")
    .find((l) => l.startsWith("PUBLIC "));
  if (!line) throw new Error(`${privateKey} is not a key of the stand-in`);
  return line.slice("PUBLIC ".length);
}

function keygens(calls: string[]): string[] {
  return only(calls, "ssh-keygen").filter((c) => c.includes(" -t ed25519"));
}

describe("key pairs", () => {
  test("the default user gets one key pair in the shared home, allowed in its authorized_keys", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
    const result = box.run();

    expectSuccess(result);
    const pub = publicOf(box, KEY);
    expect(pub).toMatch(/^ssh-ed25519 \S+ ubuntu@ml-research-cluster$/);
    expect(box.read(`${KEY}.pub`)).toBe(`${pub}\n`);
    expect(box.mode(KEY)).toBe(0o600);
    expect(box.mode("/fsx/ubuntu/.ssh")).toBe(0o700);
    expect(box.mode("/fsx/ubuntu/.ssh/authorized_keys")).toBe(0o600);
    expect(box.read("/fsx/ubuntu/.ssh/authorized_keys")).toBe(`ssh-ed25519 AAAA... ubuntu\n${pub}\n`);
    expect(keygens(result.calls)).toHaveLength(1);
    expect(only(result.calls, "chown")).toEqual([
      "chown 1000:1000 /fsx/ubuntu/.ssh /fsx/ubuntu/.ssh/id_ed25519 /fsx/ubuntu/.ssh/id_ed25519.pub " +
        "/fsx/ubuntu/.ssh/authorized_keys",
    ]);
    expect(fs.readdirSync(box.host("/fsx/ubuntu/.ssh")).sort()).toEqual([
      "authorized_keys",
      "id_ed25519",
      "id_ed25519.pub",
    ]);
    expect(result.stdout).toContain(`created the key pair of ubuntu (${KEY})`);
  });

  test("every configured user gets its own key pair, owned by its uid and gid", () => {
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerP5,
      editParams: (p) =>
        (p.users = [
          { name: "alice", uid: 2001 },
          { name: "bob", uid: 2002, gid: 3000 },
        ]),
    });
    const result = box.run();

    expectSuccess(result);
    const alice = publicOf(box, "/fsx/alice/.ssh/id_ed25519");
    const bob = publicOf(box, "/fsx/bob/.ssh/id_ed25519");
    expect(alice).not.toBe(bob);
    expect(box.read("/fsx/alice/.ssh/authorized_keys")).toBe(`${alice}\n`);
    expect(box.read("/fsx/bob/.ssh/authorized_keys")).toBe(`${bob}\n`);
    expect(only(result.calls, "chown").map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual([
      "chown 1000:1000 /fsx/ubuntu/.ssh",
      "chown 2001:2001 /fsx/alice/.ssh",
      "chown 2002:3000 /fsx/bob/.ssh",
    ]);
  });

  test("a second run keeps the key pair and adds no second authorized_keys line", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.login });
    expectSuccess(box.run());
    const before = box.snapshot();

    const second = box.run();
    expectSuccess(second);
    expect(keygens(second.calls)).toEqual([]);
    expect(box.snapshot()).toEqual(before);
    expect(second.stdout).toContain(`ubuntu already has a key pair (${KEY})`);
    expect(second.stdout).toContain("/fsx/ubuntu/.ssh/authorized_keys already allows the key of ubuntu");
  });

  test("a node that finds the pair another node made uses it as it is", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerG5 });
    const theirs = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAItheirs ubuntu@ml-research-cluster";
    box.write("/fsx/ubuntu/.bashrc", "# shared\n");
    box.write(KEY, `-----BEGIN OPENSSH PRIVATE KEY-----\nPUBLIC ${theirs}\n-----END OPENSSH PRIVATE KEY-----\n`);
    box.write("/fsx/ubuntu/.ssh/authorized_keys", `${theirs}\n`);
    const result = box.run();

    expectSuccess(result);
    expect(keygens(result.calls)).toEqual([]);
    expect(box.read(`${KEY}.pub`)).toBe(`${theirs}\n`);
    expect(box.read("/fsx/ubuntu/.ssh/authorized_keys")).toBe(`${theirs}\n`);
  });

  test("two nodes creating the same user's key pair at the same moment end up with one pair", async () => {
    const first = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_KEYGEN_DELAY: "2" } });
    const second = sandbox({ fixture: "full-cluster", ip: FULL.workerG5, env: { FAKE_KEYGEN_DELAY: "2" } });
    // One shared file system: the second node's /fsx is the first node's. The home is already there.
    first.write("/fsx/ubuntu/.bashrc", "# shared\n");
    fs.symlinkSync(first.host("/fsx"), second.host("/fsx"));

    const [a, b] = await Promise.all([first.runAsync(0, () => {}), second.runAsync(0, () => {})]);
    expectSuccess(a);
    expectSuccess(b);
    // Both generated a candidate; exactly one was linked into place.
    expect(keygens(a.calls)).toHaveLength(1);
    expect(keygens(b.calls)).toHaveLength(1);
    const outputs = [a.stdout, b.stdout];
    expect(outputs.filter((o) => o.includes("INFO [ssh] created the key pair of ubuntu"))).toHaveLength(1);
    expect(
      outputs.filter((o) => o.includes("another node created the key pair of ubuntu at the same moment")),
    ).toHaveLength(1);

    const pub = publicOf(first, KEY);
    expect(first.read(`${KEY}.pub`)).toBe(`${pub}\n`);
    expect(first.read("/fsx/ubuntu/.ssh/authorized_keys")).toBe(`${pub}\n`);
    expect(fs.readdirSync(first.host("/fsx/ubuntu/.ssh")).sort()).toEqual([
      "authorized_keys",
      "id_ed25519",
      "id_ed25519.pub",
    ]);
  });
});

describe("ssh client settings", () => {
  test("host-key prompts are off for the cluster's own hosts, on every node", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    expectSuccess(box.run());
    expect(box.read(CLIENT_CONF)).toBe(
      "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_ssh.py).\n" +
        "# Nodes of cluster ml-research-cluster reach each other without host-key prompts: HyperPod gives\n" +
        "# a replaced node a new host key under the same address.\n" +
        "Host ip-10-0-* 10.0.*\n" +
        "    StrictHostKeyChecking no\n" +
        "    UserKnownHostsFile /dev/null\n" +
        "    LogLevel ERROR\n",
    );
  });

  test("an ssh_config that does not include ssh_config.d gets a WARNING", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.write("/etc/ssh/ssh_config", "Host *\n    SendEnv LANG LC_*\n");
    const result = box.run();
    expectSuccess(result);
    expect(result.stdout).toContain(
      "WARNING [ssh] /etc/ssh/ssh_config does not include /etc/ssh/ssh_config.d/*.conf: " +
        `${CLIENT_CONF} has no effect until it does`,
    );
  });
});

describe("turned off or not possible", () => {
  const withoutFsx = (p: Json): void => {
    delete p.fsx_dns_name;
    delete p.fsx_mountname;
  };

  test.each([
    ["ssh_keys: false", (p: Json) => (p.ssh_keys = false), "ssh_keys is off: no SSH key pairs or ssh client settings"],
    [
      "no shared file system",
      withoutFsx,
      "no shared file system: no shared SSH key pairs (each node would have its own)",
    ],
  ])("%s: no keys, no client settings", (_name, edit, message) => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: edit });
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "ssh-keygen", "chown")).toEqual([]);
    expect(box.exists(CLIENT_CONF)).toBe(false);
    expect(result.stdout).toContain(`INFO [ssh] ${message}`);
  });

  test("ssh-keygen missing: clear error", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
    box.removeCommand("ssh-keygen");
    expectFailure(
      box,
      box.run(),
      "FAILED [ssh] ssh_keys is on but ssh-keygen is not installed (no ssh-keygen on PATH). " +
        "Check: the node image (openssh-client), or set lifecycle.sshKeys to false",
    );
  });

  test("ssh-keygen failing: clear error, no half-made key left behind", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_SSH_KEYGEN: "always" } });
    const result = box.run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^FAILED \[ssh\] ssh-keygen -q -t ed25519 -N -C ubuntu@ml-research-cluster -f \/fsx\/ubuntu\/\.ssh\/\.keygen-\S+\/id_ed25519 failed \(exit 1: ssh-keygen: fake failure\)\. Check: that the shared home is writable and that ssh-keygen works on this node\n$/,
    );
    expect(fs.readdirSync(box.host("/fsx/ubuntu/.ssh")).sort()).toEqual(["authorized_keys"]);
  });

  test("ssh_keys must be true or false", () => {
    const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, editParams: (p) => (p.ssh_keys = "yes") });
    expect(box.run().stderr).toContain("FAILED [config] provisioning_parameters.json: ssh_keys must be true or false.");
  });
});

/**
 * `npm run connect`: the SSM target HyperPod gives each node, the choice of
 * stack, group and node, the ssh client configuration, and clear messages
 * when a tool is missing. Unit tests use stand-ins for the processes; one
 * test runs the real entry point with a stand-in `aws` on PATH.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ConnectCluster,
  type ConnectIo,
  connect,
  EXIT_USAGE,
  INSTALL_AWS_CLI,
  INSTALL_SSM_PLUGIN,
  parseConnectArgs,
} from "../src/connect";
import { ROOT } from "./support/synth";

const ARN = "arn:aws:sagemaker:ap-northeast-1:123456789012:cluster/abc123def456";
const NODES = {
  ClusterNodeSummaries: [
    { InstanceGroupName: "worker-group", InstanceId: "i-0bbb", LaunchTime: "2026-11-01T10:00:00Z" },
    { InstanceGroupName: "controller-group", InstanceId: "i-0ccc", LaunchTime: "2026-11-01T09:00:00Z" },
    { InstanceGroupName: "worker-group", InstanceId: "i-0aaa", LaunchTime: "2026-11-01T09:30:00Z" },
    { InstanceGroupName: "worker-group-2", InstanceId: "i-0ddd", LaunchTime: "2026-11-01T09:00:00Z" },
  ],
};

const cluster = (stackName: string, clusterName = `${stackName}-cluster`): ConnectCluster => ({
  stackName,
  clusterName,
  region: "ap-northeast-1",
  instanceGroups: [
    { name: "controller-group", role: "controller" },
    { name: "worker-group", role: "worker" },
    { name: "worker-group-2", role: "worker" },
  ],
  lifecycle: { defaultUser: "ubuntu" },
});

function fakeIo(missing: string[] = []) {
  const calls: string[][] = [];
  const attached: string[][] = [];
  let out = "";
  let err = "";
  const io: ConnectIo = {
    run: (cmd, args) => {
      calls.push([cmd, ...args]);
      if (args[1] === "describe-cluster") return { status: 0, stdout: `${ARN}\n`, stderr: "" };
      if (args[1] === "list-cluster-nodes") return { status: 0, stdout: JSON.stringify(NODES), stderr: "" };
      return { status: 1, stdout: "", stderr: "unexpected" };
    },
    attach: (cmd, args) => {
      attached.push([cmd, ...args]);
      return 0;
    },
    has: (cmd) => !missing.includes(cmd),
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  };
  return { io, calls, attached, out: () => out, err: () => err };
}

describe("arguments", () => {
  test.each([
    [[], { stack: undefined, group: undefined, index: undefined, sshConfig: false }],
    [["2"], { stack: undefined, group: undefined, index: 2, sshConfig: false }],
    [["prod", "workers", "1"], { stack: "prod", group: "workers", index: 1, sshConfig: false }],
    [["prod", "--ssh-config"], { stack: "prod", group: undefined, index: undefined, sshConfig: true }],
  ])("%j", (argv, expected) => {
    expect(parseConnectArgs(argv)).toEqual(expected);
  });

  test.each([
    [["--shell"], "unknown option --shell"],
    [["a", "b", "c"], "too many arguments (a b c)"],
  ])("%j is a usage error", (argv, message) => {
    const f = fakeIo();
    expect(connect(argv, [cluster("hyperpod")], f.io)).toBe(EXIT_USAGE);
    expect(f.err()).toContain(message);
    expect(f.err()).toContain("usage: npm run connect -- [stack] [group] [index] [--ssh-config]");
    expect(f.calls).toEqual([]);
  });
});

describe("a shell on a node", () => {
  test("by default: the only stack, its controller group, the first node", () => {
    const f = fakeIo();
    expect(connect([], [cluster("hyperpod")], f.io)).toBe(0);
    expect(f.calls[0]).toEqual([
      "aws",
      "sagemaker",
      "describe-cluster",
      "--cluster-name",
      "hyperpod-cluster",
      "--region",
      "ap-northeast-1",
      "--query",
      "ClusterArn",
      "--output",
      "text",
    ]);
    expect(f.attached).toEqual([
      [
        "aws",
        "ssm",
        "start-session",
        "--target",
        "sagemaker-cluster:abc123def456_controller-group-i-0ccc",
        "--region",
        "ap-northeast-1",
      ],
    ]);
  });

  test("nodes of a group are counted oldest first, and only that group's (not a group whose name contains it)", () => {
    const f = fakeIo();
    expect(connect(["hyperpod", "worker-group", "1"], [cluster("hyperpod")], f.io)).toBe(0);
    expect(f.attached[0][4]).toBe("sagemaker-cluster:abc123def456_worker-group-i-0bbb");
    const g = fakeIo();
    expect(connect(["hyperpod", "worker-group", "0"], [cluster("hyperpod")], g.io)).toBe(0);
    expect(g.attached[0][4]).toBe("sagemaker-cluster:abc123def456_worker-group-i-0aaa");
  });

  test.each([
    [
      ["hyperpod", "worker-group", "2"],
      [cluster("hyperpod")],
      "instance group worker-group has 2 node(s), index 0 to 1; got 2",
    ],
    [["nope"], [cluster("hyperpod")], 'no stack named "nope"; known: hyperpod'],
    [
      ["hyperpod", "gpu"],
      [cluster("hyperpod")],
      'no instance group named "gpu"; known: controller-group, worker-group, worker-group-2',
    ],
    [[], [cluster("dev"), cluster("prod")], "name the stack: one of dev, prod"],
  ])("%j: %s", (argv, clusters, message) => {
    const f = fakeIo();
    expect(connect(argv, clusters, f.io)).toBe(EXIT_USAGE);
    expect(f.err()).toContain(message);
    expect(f.attached).toEqual([]);
  });

  test("a missing AWS CLI and Session Manager plugin are both named, with where to get them, before any call", () => {
    const f = fakeIo(["aws", "session-manager-plugin"]);
    expect(connect([], [cluster("hyperpod")], f.io)).toBe(EXIT_USAGE);
    expect(f.err()).toContain(INSTALL_AWS_CLI);
    expect(f.err()).toContain(INSTALL_SSM_PLUGIN);
    expect(f.calls).toEqual([]);
  });

  test("a failing AWS call says what was being done and what aws said", () => {
    const f = fakeIo();
    const io: ConnectIo = {
      ...f.io,
      run: () => ({ status: 254, stdout: "", stderr: "An error occurred (ResourceNotFound): Cluster not found\n" }),
    };
    expect(connect([], [cluster("hyperpod")], io)).toBe(EXIT_USAGE);
    expect(f.err()).toContain(
      "looking up cluster hyperpod-cluster in ap-northeast-1 failed (aws sagemaker describe-cluster --cluster-name hyperpod-cluster",
    );
    expect(f.err()).toContain("Cluster not found");
  });
});

describe("--ssh-config", () => {
  test("one Host block per node, through AWS-StartSSHSession", () => {
    const f = fakeIo();
    expect(connect(["hyperpod", "worker-group", "--ssh-config"], [cluster("hyperpod")], f.io)).toBe(0);
    expect(f.out()).toBe(
      [
        "# hyperpod-cluster (ap-northeast-1): ssh through SSM; add to ~/.ssh/config",
        "Host hyperpod-cluster-worker-group-0",
        "  HostName sagemaker-cluster:abc123def456_worker-group-i-0aaa",
        "  User ubuntu",
        "  ProxyCommand aws ssm start-session --region ap-northeast-1 --target %h --document-name AWS-StartSSHSession --parameters portNumber=%p",
        "",
        "Host hyperpod-cluster-worker-group-1",
        "  HostName sagemaker-cluster:abc123def456_worker-group-i-0bbb",
        "  User ubuntu",
        "  ProxyCommand aws ssm start-session --region ap-northeast-1 --target %h --document-name AWS-StartSSHSession --parameters portNumber=%p",
        "",
      ].join("\n"),
    );
    expect(f.attached).toEqual([]);
  });

  test("without a group: every group's nodes", () => {
    const f = fakeIo();
    expect(connect(["--ssh-config"], [cluster("hyperpod")], f.io)).toBe(0);
    expect(f.out().match(/^Host .*/gm)).toEqual([
      "Host hyperpod-cluster-controller-group-0",
      "Host hyperpod-cluster-worker-group-0",
      "Host hyperpod-cluster-worker-group-1",
      "Host hyperpod-cluster-worker-group-2-0",
    ]);
  });
});

test("npm run connect end to end: the configuration's cluster, a stand-in aws on PATH", () => {
  const bin = mkdtempSync(join(tmpdir(), "connect-bin-"));
  const log = join(bin, "calls.log");
  const nodes = JSON.stringify(NODES).replace(/'/g, "");
  writeFileSync(
    join(bin, "aws"),
    `#!/bin/bash\necho "$*" >> "${log}"\ncase "$2" in\n  describe-cluster) echo "${ARN}";;\n` +
      `  list-cluster-nodes) echo '${nodes}';;\n  start-session) exit 0;;\n  *) exit 9;;\nesac\n`,
  );
  writeFileSync(join(bin, "session-manager-plugin"), "#!/bin/bash\nexit 0\n");
  chmodSync(join(bin, "aws"), 0o755);
  chmodSync(join(bin, "session-manager-plugin"), 0o755);
  const config = join(bin, "hyperpod.config.yaml");
  writeFileSync(config, "namePrefix: demo\nregion: us-west-2\n");
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "connect.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${bin}:/usr/bin:/bin`, HYPERPOD_CONFIG: config },
    encoding: "utf8",
  });
  expect(r.stderr).toContain("connect: demo-cluster controller-group[0] i-0ccc");
  expect(r.status).toBe(0);
  expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
    "sagemaker describe-cluster --cluster-name demo-cluster --region us-west-2 --query ClusterArn --output text",
    "sagemaker list-cluster-nodes --cluster-name demo-cluster --region us-west-2 --output json",
    "ssm start-session --target sagemaker-cluster:abc123def456_controller-group-i-0ccc --region us-west-2",
  ]);

  const noAws = spawnSync(process.execPath, [join(ROOT, "scripts", "connect.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PATH: "/nonexistent", HYPERPOD_CONFIG: config },
    encoding: "utf8",
  });
  expect(noAws.status).toBe(EXIT_USAGE);
  expect(noAws.stderr).toContain(INSTALL_AWS_CLI);
});

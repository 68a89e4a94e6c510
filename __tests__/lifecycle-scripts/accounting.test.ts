/**
 * Slurm accounting on the controller (hp_accounting.py): slurmdbd configured
 * from the database secret, started and answering before slurmctld starts,
 * the cluster registered, and nothing changed by a second run.
 */
import { expectFailure, expectSuccess, FULL, fixtureText, type Json, only, PASSWD, sandbox } from "./sandbox";

const SECRET = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:rds!db-0a1b2c3d-AbCdEf";
const ACCOUNTING = {
  endpoint: "hyprpd-lustre-slurm-accounting.abcdefghijkl.ap-northeast-1.rds.amazonaws.com",
  port: 3306,
  secret_arn: SECRET,
  region: "ap-northeast-1",
};
// A password with the two characters slurmdbd.conf needs escaped.
const PASSWORD = "p#ss\\w0rd-Xy";
const SECRET_STRING = JSON.stringify({ username: "slurmadmin", password: PASSWORD });
const PARAMS_CHECK =
  "Check: fix provisioning_parameters.json in the lifecycle-script S3 folder (keys: docs/lifecycle-scripts.md)";
const INCLUDE = "include /opt/slurm/etc/accounting.conf";
const FIXTURE_CONF = fixtureText("full-cluster", "slurm.conf");

function controller(options: { slurmConf?: string; env?: Record<string, string>; accounting?: Json } = {}) {
  const box = sandbox({
    fixture: "full-cluster",
    ip: FULL.controller,
    editParams: (p) => (p.accounting = options.accounting ?? ACCOUNTING),
    slurmConf: options.slurmConf,
    env: { FAKE_SECRET_STRING: SECRET_STRING, HYPERPOD_ACCOUNTING_POLL: "0.05", ...options.env },
  });
  // The HyperPod image has a slurm user (uid and gid 401 here).
  box.write("/etc/passwd", `${PASSWD}slurm:x:401:401::/nonexistent:/usr/sbin/nologin\n`);
  return box;
}

describe("first run on the controller", () => {
  test("slurmdbd is configured, started and answering, and the cluster registered, before slurmctld starts", () => {
    const box = controller();
    const result = box.run();
    expectSuccess(result);

    expect(box.read("/opt/slurm/etc/slurmdbd.conf")).toBe(
      [
        "# Written by the HyperPod lifecycle scripts (lifecycle-scripts/hp_accounting.py) on every run.",
        "# It holds the database password: owner slurm, mode 0600.",
        "AuthType=auth/munge",
        "DbdHost=ip-10-0-1-20",
        "DbdPort=6819",
        "SlurmUser=slurm",
        "LogFile=/var/log/slurm/slurmdbd.log",
        "PidFile=/var/run/slurmdbd.pid",
        "StorageType=accounting_storage/mysql",
        `StorageHost=${ACCOUNTING.endpoint}`,
        "StoragePort=3306",
        "StorageUser=slurmadmin",
        "StoragePass=p\\#ss\\\\w0rd-Xy",
        "StorageLoc=slurm_acct_db",
        "",
      ].join("\n"),
    );
    expect(box.mode("/opt/slurm/etc/slurmdbd.conf")).toBe(0o600);
    expect(only(result.calls, "chown").filter((c) => c.includes("slurm/etc"))).toEqual([
      "chown 401:401 /opt/slurm/etc/slurmdbd.conf",
    ]);

    expect(box.read("/opt/slurm/etc/accounting.conf")).toBe(
      [
        "# Written by the HyperPod lifecycle scripts (lifecycle-scripts/hp_accounting.py) on every run.",
        "# Included by slurm.conf; slurmdbd runs on the controller.",
        "AccountingStorageType=accounting_storage/slurmdbd",
        "AccountingStorageHost=10.0.1.20",
        "AccountingStoragePort=6819",
        "JobAcctGatherType=jobacct_gather/linux",
        "JobAcctGatherFrequency=30",
        "",
      ].join("\n"),
    );
    // The agent's lines stay as they were; only the include is appended.
    expect(box.read("/opt/slurm/etc/slurm.conf")).toBe(`${FIXTURE_CONF}${INCLUDE}\n`);

    expect(only(result.calls, "aws")).toEqual([
      `aws secretsmanager get-secret-value --secret-id ${SECRET} --region ap-northeast-1 --query SecretString --output text`,
    ]);
    const order = only(result.calls, "sacctmgr", "systemctl").filter(
      (c) => !/is-(active|enabled)|daemon-reload/.test(c),
    );
    expect(order).toEqual([
      "systemctl enable --now slurmdbd",
      "sacctmgr -n -P list cluster format=cluster",
      "sacctmgr -i add cluster ml-research-cluster",
      "systemctl enable --now slurmctld",
    ]);
    expect(result.events).toEqual(["start slurmdbd", "start slurmctld"]);
    expect(box.unit("slurmdbd")).toEqual({ enabled: true, active: true });
    expect(box.log()).not.toContain("p#ss");
    expect(result.stdout).not.toContain("p#ss");
  });

  test("a slurm.conf that includes accounting.conf already is left exactly as it is", () => {
    const conf = `${FIXTURE_CONF}include accounting.conf\nJobAcctGatherType=jobacct_gather/cgroup\n`;
    const box = controller({ slurmConf: conf });
    expectSuccess(box.run());
    expect(box.read("/opt/slurm/etc/slurm.conf")).toBe(conf);
    // slurm.conf sets JobAcctGatherType itself: accounting.conf does not set it a second time.
    expect(box.read("/opt/slurm/etc/accounting.conf")).not.toContain("JobAcctGatherType");
    expect(box.read("/opt/slurm/etc/accounting.conf")).toContain("JobAcctGatherFrequency=30\n");
  });

  test("slurmdbd that needs a few tries to answer is waited for", () => {
    const box = controller({ env: { FAKE_FAIL_SACCTMGR: "3" } });
    const result = box.run();
    expectSuccess(result);
    expect(only(result.calls, "sacctmgr").filter((c) => c.includes("list"))).toHaveLength(4);
    expect(result.events).toEqual(["start slurmdbd", "start slurmctld"]);
  });
});

test("a second run changes nothing: no file, no daemon, no registration", () => {
  const box = controller();
  expectSuccess(box.run());
  const before = box.snapshot();
  const second = box.run();
  expectSuccess(second);
  expect(box.snapshot()).toEqual(before);
  expect(second.events).toEqual([]);
  expect(only(second.calls, "chown").filter((c) => c.includes("slurm/etc"))).toEqual([]);
  expect(only(second.calls, "sacctmgr")).toEqual(["sacctmgr -n -P list cluster format=cluster"]);
  expect(second.stdout).toContain("cluster ml-research-cluster is registered in the accounting database");
});

test("a rotated password rewrites slurmdbd.conf and restarts slurmdbd, not slurmctld's configuration", () => {
  const box = controller();
  expectSuccess(box.run());
  const rotated = JSON.stringify({ username: "slurmadmin", password: "n3w-Passw0rd" });
  const second = box.run({ FAKE_SECRET_STRING: rotated });
  expectSuccess(second);
  expect(box.read("/opt/slurm/etc/slurmdbd.conf")).toContain("StoragePass=n3w-Passw0rd\n");
  expect(box.mode("/opt/slurm/etc/slurmdbd.conf")).toBe(0o600);
  // slurmctld is stopped while slurmdbd restarts with the new password, then started again.
  expect(second.events).toEqual(["stop slurmctld", "restart slurmdbd", "start slurmctld"]);
});

test("slurmctld already running (started without accounting) is stopped first, and its saved cluster id dropped", () => {
  const box = controller();
  box.setUnit("slurmctld", { enabled: true, active: true });
  box.write("/var/spool/slurmctld/clustername", "4018\n");
  box.write("/var/spool/slurmctld/job_state", "jobs\n");
  const result = box.run();
  expectSuccess(result);
  expect(result.events).toEqual(["stop slurmctld", "start slurmdbd", "start slurmctld"]);
  expect(box.exists("/var/spool/slurmctld/clustername")).toBe(false);
  expect(box.read("/var/spool/slurmctld/job_state")).toBe("jobs\n");
});

test("the saved cluster id is looked for in slurm.conf's StateSaveLocation", () => {
  const box = controller({ slurmConf: `${FIXTURE_CONF}StateSaveLocation=/var/spool/slurm.state\n` });
  box.write("/var/spool/slurm.state/clustername", "4018\n");
  expectSuccess(box.run());
  expect(box.exists("/var/spool/slurm.state/clustername")).toBe(false);
});

test("a cluster registered before (a replaced controller) is not added again and keeps its saved id", () => {
  const box = controller();
  box.write("/var/spool/slurmctld/clustername", "3073\n");
  const first = box.run({ FAKE_SECRET_STRING: SECRET_STRING });
  expectSuccess(first);
  box.setUnit("slurmctld", { enabled: true, active: false });
  box.write("/var/spool/slurmctld/clustername", "3073\n");
  const again = box.run();
  expectSuccess(again);
  expect(only(again.calls, "sacctmgr")).toEqual(["sacctmgr -n -P list cluster format=cluster"]);
  expect(box.read("/var/spool/slurmctld/clustername")).toBe("3073\n");
});

describe("failures", () => {
  test("a secret the role may not read: one line naming the secret and the permission; slurmctld does not start", () => {
    const box = controller({ env: { FAKE_FAIL_AWS: "always" } });
    const result = box.run();
    expectFailure(
      box,
      result,
      `FAILED [accounting] cannot read the accounting database secret ${SECRET} (aws exited with status 254: ` +
        "AccessDeniedException). Check: that the cluster's execution role allows " +
        `secretsmanager:GetSecretValue on ${SECRET}, and that this node reaches Secrets Manager in ap-northeast-1 ` +
        "(NAT gateway or a secretsmanager VPC endpoint)",
    );
    expect(result.events).toEqual([]);
    expect(box.exists("/opt/slurm/etc/slurmdbd.conf")).toBe(false);
  });

  test("a database that does not answer within the bound: one line; slurmctld never starts", () => {
    const box = controller({ env: { FAKE_FAIL_SACCTMGR: "always", HYPERPOD_ACCOUNTING_TIMEOUT: "0.5" } });
    const result = box.run();
    expectFailure(
      box,
      result,
      "FAILED [accounting] slurmdbd did not answer within 0.5 s (last: exit 1: sacctmgr: error: Problem talking " +
        `to the database: Connection timed out). Check: that the database ${ACCOUNTING.endpoint}:3306 is available ` +
        "and admits TCP 3306 from the cluster's security group, and /var/log/slurm/slurmdbd.log on this node",
    );
    expect(result.events).toEqual(["start slurmdbd"]);
    expect(box.unit("slurmctld").active).toBe(false);
  });

  test("a secret without a password: one line, and the secret's value is not shown", () => {
    const box = controller({ env: { FAKE_SECRET_STRING: JSON.stringify({ username: "admin", pass: "hunter2" }) } });
    const result = box.run();
    expectFailure(
      box,
      result,
      `FAILED [accounting] the accounting database secret ${SECRET} does not hold JSON with username and password. ` +
        'Check: the secret\'s value: {"username": ..., "password": ...} (RDS-managed secrets have this shape)',
    );
    expect(box.log()).not.toContain("hunter2");
  });

  test.each([
    [
      "a secret name instead of an ARN",
      { secret_arn: "slurm-db" },
      "accounting.secret_arn must be a Secrets Manager secret ARN",
    ],
    ["no endpoint", { endpoint: undefined }, "accounting.endpoint (the database host name) is missing"],
    ["port 0", { port: 0 }, "accounting.port must be a whole number from 1 to 65535"],
    [
      "a region zone",
      { region: "ap-northeast-1a" },
      "accounting.region must be an AWS region name like ap-northeast-1",
    ],
    ["an unknown key", { password: "x" }, "accounting has unknown keys: password"],
  ])("parameters with %s: FAILED [config] on every node", (_title, change, message) => {
    const accounting: Json = { ...ACCOUNTING, ...change };
    for (const key of Object.keys(accounting)) if (accounting[key] === undefined) delete accounting[key];
    const box = sandbox({
      fixture: "full-cluster",
      ip: FULL.workerG5,
      editParams: (p) => (p.accounting = accounting),
    });
    expectFailure(box, box.run(), `FAILED [config] provisioning_parameters.json: ${message}. ${PARAMS_CHECK}`);
  });
});

test.each([
  ["login", FULL.login],
  ["worker", FULL.workerP5],
])("a %s node does nothing for accounting", (_role, ip) => {
  const box = sandbox({ fixture: "full-cluster", ip, editParams: (p) => (p.accounting = ACCOUNTING) });
  const result = box.run();
  expectSuccess(result);
  expect(only(result.calls, "aws", "sacctmgr")).toEqual([]);
  expect(box.exists("/opt/slurm/etc/slurmdbd.conf")).toBe(false);
  expect(result.stdout).toContain("slurmdbd runs on the controller: nothing to do on a");
  expect(result.stdout).not.toContain("unknown key");
});

test("without accounting in the parameters nothing is configured", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
  const result = box.run();
  expectSuccess(result);
  expect(only(result.calls, "aws", "sacctmgr")).toEqual([]);
  expect(result.events).toEqual(["start slurmctld"]);
  expect(result.stdout).toContain("no accounting in provisioning_parameters.json: nothing to set up");
});

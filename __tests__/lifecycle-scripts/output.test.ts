/** What a user sees: the log file (shipped to CloudWatch), stdout, and the one failure line. */
import * as fs from "node:fs";
import * as path from "node:path";
import { expectFailure, expectSuccess, FULL, makeToolsDir, sandbox, TIMESTAMP } from "./sandbox";

const LOG = "/var/log/provision/provisioning.log";
const LINE = new RegExp(`^${TIMESTAMP} (INFO|WARNING|ERROR) \\[[a-z_]+\\] \\S`);

test("every step is logged with a timestamp to provisioning.log and to stdout", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  const result = box.run();
  expectSuccess(result);

  const logged = box.read(LOG).trimEnd().split("\n");
  for (const line of logged) expect(line).toMatch(LINE);
  for (const step of ["on_create", "main", "config", "fsx", "home", "users", "ssh", "containers", "slurm", "hooks"]) {
    expect(logged.some((line) => line.includes(` [${step}] `))).toBe(true);
  }
  expect(result.stdout.trimEnd().split("\n")).toEqual(logged);
  expect(logged[logged.length - 1]).toMatch(/ INFO \[on_create\] lifecycle scripts finished$/);
});

test("a second run appends to the log", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  box.run();
  box.run();
  expect(box.read(LOG).match(/\[on_create\] lifecycle scripts start/g)).toHaveLength(2);
});

test("a failure prints one line naming the step and what to check; the log ends with it", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5, env: { FAKE_FAIL_MOUNT: "always" } });
  const result = box.run();

  expect(result.status).toBe(1);
  expect(result.stderr.split("\n")).toHaveLength(2); // one line and its newline
  expect(result.stderr).toMatch(/^FAILED \[fsx\] mounting .+ failed 5 times .+\. Check: .+\n$/);
  const logged = box.read(LOG).trimEnd().split("\n");
  expect(logged[logged.length - 1]).toBe(
    `${logged[logged.length - 1].slice(0, 20)} ERROR [fsx] ${result.stderr.trimEnd()}`,
  );
  expect(logged.filter((line) => line.includes("WARNING [fsx] mount failed"))).toHaveLength(4);
});

test("a crash of provision.py is still reported in one line by on_create.sh", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  fs.writeFileSync(path.join(box.work, "provision.py"), "import sys\nsys.exit(7)\n");
  expectFailure(
    box,
    box.run(),
    `FAILED [on_create] provision.py stopped with exit status 7 before it could say why. Check: the lines above in ${box.host(LOG)}`,
  );
});

test("an unexpected error (a bug) is one line too, with the traceback in the log", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.controller });
  // Break one module on purpose: slurm.conf (read on the controller) is a directory.
  fs.rmSync(box.host("/opt/slurm/etc/slurm.conf"));
  fs.mkdirSync(box.host("/opt/slurm/etc/slurm.conf"));
  const result = box.run();
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    `FAILED [slurm] unexpected error IsADirectoryError: [Errno 21] Is a directory: '${box.host("/opt/slurm/etc/slurm.conf")}'. ` +
      "Check: the traceback in /var/log/provision/provisioning.log\n",
  );
  expect(box.read(LOG)).toContain("Traceback (most recent call last):");
  expect(result.stdout).not.toContain("Traceback");
});

test("no python3 on the node: one line from on_create.sh", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  const noPython = makeToolsDir(path.join(box.base, "tools-without-python"), ["python3"]);
  expectFailure(
    box,
    box.run({ PATH: `${box.bin}:${noPython}` }),
    "FAILED [on_create] python3 is not installed. Check: the node image (HyperPod's Ubuntu image ships python3)",
  );
});

test("a log folder that cannot be created: one line, exit 1", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  fs.mkdirSync(box.host("/var/log"), { recursive: true });
  fs.writeFileSync(box.host("/var/log/provision"), "a file where the folder should be");
  const result = box.run();
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    `FAILED [on_create] cannot write the log file ${box.host(LOG)}. Check: that the script runs as root\n`,
  );
});

/** Slurm log rotation: one logrotate file, written once. */
import { expectSuccess, FULL, lines, sandbox } from "./sandbox";

const CONF = "/etc/logrotate.d/hyperpod-slurm";
const TEXT =
  "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_slurm.py); rewritten whole on every run.\n" +
  "/var/log/slurm/*.log {\n" +
  "    size 50M\n" +
  "    rotate 5\n" +
  "    copytruncate\n" +
  "    compress\n" +
  "    delaycompress\n" +
  "    missingok\n" +
  "    notifempty\n" +
  "    nomail\n" +
  "}\n";

test.each([
  ["controller", FULL.controller],
  ["login", FULL.login],
  ["worker", FULL.workerG5],
])("the %s rotates /var/log/slurm/*.log; a second run leaves exactly one entry", (_role, ip) => {
  const box = sandbox({ fixture: "full-cluster", ip });
  const first = box.run();
  expectSuccess(first);
  expect(box.read(CONF)).toBe(TEXT);
  expect(first.stdout).toContain(`INFO [slurm] wrote ${CONF}`);

  const second = box.run();
  expectSuccess(second);
  expect(box.read(CONF)).toBe(TEXT);
  expect(lines(box.read(CONF)).filter((l) => l.includes("/var/log/slurm"))).toHaveLength(1);
  expect(second.stdout).toContain(`INFO [slurm] ${CONF} is up to date`);
});

test("a file changed by hand is put back whole, not appended to", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  box.write(CONF, `${TEXT}/var/log/slurm/*.log {\n    rotate 99\n}\n`);
  expectSuccess(box.run());
  expect(box.read(CONF)).toBe(TEXT);
});

test("the image's own Slurm logrotate file wins: none of ours (logrotate refuses a log named twice)", () => {
  const box = sandbox({ fixture: "full-cluster", ip: FULL.workerP5 });
  box.write("/etc/logrotate.d/slurm", "/var/log/slurm/slurmd.log {\n    weekly\n}\n");
  box.write("/etc/logrotate.d/rsyslog", "/var/log/syslog {\n    daily\n}\n");
  box.write(CONF, TEXT); // from an earlier run
  const result = box.run();
  expectSuccess(result);
  expect(box.exists(CONF)).toBe(false);
  expect(result.stdout).toContain(
    "the Slurm logs are already rotated by /etc/logrotate.d/slurm: no second configuration",
  );
});

test("slurm_log_rotation: false writes nothing", () => {
  const box = sandbox({
    fixture: "full-cluster",
    ip: FULL.workerP5,
    editParams: (p) => (p.slurm_log_rotation = false),
  });
  const result = box.run();
  expectSuccess(result);
  expect(box.exists(CONF)).toBe(false);
  expect(result.stdout).toContain("slurm_log_rotation is off: no logrotate configuration for the Slurm logs");
});

/**
 * verify_cluster.py, the post-deploy check run on the controller, against
 * stand-ins for sinfo, srun and aws: a fake root (HYPERPOD_ROOT) holds
 * /proc/mounts and the mount point, and the aws stand-in plays the data
 * repository association (export: a file on the mount becomes an object;
 * import: a put object becomes a file), each of which a test can turn off.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURES, pythonBinary, SCRIPTS } from "./sandbox";

const RESOURCE_CONFIG = path.join(FIXTURES, "full-cluster", "resource_config.json");
const PARAMS = {
  version: "1.0.0",
  workload_manager: "slurm",
  controller_group: "controller-group",
  login_group: "login-group",
  worker_groups: [
    { instance_group_name: "gpu-p5", partition_name: "ml.p5.48xlarge" },
    { instance_group_name: "gpu-g5", partition_name: "ml.g5.8xlarge" },
  ],
  fsx_dns_name: "fs-0fedcba9876543210.fsx.ap-northeast-1.amazonaws.com",
  fsx_mountname: "abcdefgh",
  data_repository: { bucket: "demo-data", s3_prefix: "datasets/", file_system_path: "/" },
};
const SINFO_OK = "ml.p5.48xlarge 2\nml.g5.8xlarge 1\n";

const STANDINS: Record<string, string> = {
  sinfo: `#!/bin/bash\necho "sinfo $*" >> "$FAKE_STATE/calls.log"\n[[ -n "$FAKE_SINFO_FAIL" ]] && { echo "slurm_load_partitions: Unable to contact slurm controller" >&2; exit 1; }\nprintf '%b' "$FAKE_SINFO"\n`,
  // Prints one "host type" line per node; FAKE_SRUN_BAD names a node whose mount is not Lustre.
  srun: `#!/bin/bash
echo "srun $*" >> "$FAKE_STATE/calls.log"
nodes=1; part=""
for a in "$@"; do case "$a" in --nodes=*) nodes=\${a#--nodes=};; --partition=*) part=\${a#--partition=};; esac; done
for ((i = 0; i < nodes; i++)); do
  name="$part-node$i"
  if [[ "$name" == "$FAKE_SRUN_BAD" ]]; then echo "$name nfs"; else echo "$name lustre"; fi
done
`,
  // head-object: the object exists once the file is on the mount (export) unless FAKE_NO_EXPORT;
  // put-object: the file appears on the mount (import) unless FAKE_NO_IMPORT; FAKE_PUT_DENIED refuses it.
  aws: `#!/bin/bash
echo "aws $*" >> "$FAKE_STATE/calls.log"
op=""; key=""; body=""
while (($#)); do case "$1" in head-object|put-object) op=$1; shift;; --key) key=$2; shift 2;; --body) body=$2; shift 2;; *) shift;; esac; done
rel=\${key#datasets/}
case "$op" in
  head-object) [[ -z "$FAKE_NO_EXPORT" && -f "$HYPERPOD_ROOT/fsx/$rel" ]] && exit 0; echo "An error occurred (404) when calling the HeadObject operation: Not Found" >&2; exit 254;;
  put-object)
    if [[ -n "$FAKE_PUT_DENIED" ]]; then echo "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied" >&2; exit 254; fi
    [[ -z "$FAKE_NO_IMPORT" ]] && cp "$body" "$HYPERPOD_ROOT/fsx/$rel"; exit 0;;
esac
exit 9
`,
};

interface Run {
  status: number | null;
  stdout: string;
  lines: string[];
  calls: string[];
  root: string;
}

function verify(opts: { env?: Record<string, string>; params?: object; mounts?: string; args?: string[] } = {}): Run {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "verify-root-"));
  const state = fs.mkdtempSync(path.join(os.tmpdir(), "verify-state-"));
  const bin = path.join(state, "bin");
  fs.mkdirSync(bin);
  for (const [name, text] of Object.entries(STANDINS)) fs.writeFileSync(path.join(bin, name), text, { mode: 0o755 });
  for (const tool of ["bash", "cp", "cat"]) {
    const where = spawnSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
    fs.symlinkSync(where, path.join(bin, tool));
  }
  fs.mkdirSync(path.join(root, "proc"));
  fs.mkdirSync(path.join(root, "tmp"));
  fs.mkdirSync(path.join(root, "fsx"));
  fs.writeFileSync(
    path.join(root, "proc", "mounts"),
    opts.mounts ?? `${PARAMS.fsx_dns_name}@tcp:/abcdefgh /fsx lustre rw,relatime,flock 0 0\n`,
  );
  const params = path.join(state, "provisioning_parameters.json");
  fs.writeFileSync(params, JSON.stringify(opts.params ?? PARAMS));
  const r = spawnSync(
    pythonBinary(),
    [
      path.join(SCRIPTS, "verify_cluster.py"),
      "--params",
      params,
      "--resource-config",
      RESOURCE_CONFIG,
      "--timeout",
      "1",
      "--interval",
      "0.1",
      ...(opts.args ?? []),
    ],
    {
      // The script imports hp_common from lifecycle-scripts/, which must stay free of compiled files.
      env: {
        PATH: bin,
        HYPERPOD_ROOT: root,
        FAKE_STATE: state,
        FAKE_SINFO: SINFO_OK,
        PYTHONDONTWRITEBYTECODE: "1",
        ...opts.env,
      },
      encoding: "utf8",
    },
  );
  const log = path.join(state, "calls.log");
  return {
    status: r.status,
    stdout: r.stdout + r.stderr,
    lines: r.stdout.trim().split("\n"),
    calls: fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : [],
    root,
  };
}

test("a healthy cluster: every check passes, exit 0, and the test files are cleaned up", () => {
  const r = verify();
  expect(r.lines).toEqual([
    "OK [mount] /fsx is a Lustre mount on this node",
    "OK [partitions] Slurm has the configured partitions and node counts (ml.g5.8xlarge=1, ml.p5.48xlarge=2)",
    "OK [mount-nodes] all 1 node(s) of partition ml.g5.8xlarge have /fsx mounted",
    "OK [mount-nodes] all 2 node(s) of partition ml.p5.48xlarge have /fsx mounted",
    expect.stringMatching(
      /^OK \[s3-export\] export-.*\.txt appeared in s3:\/\/demo-data\/datasets\/\.hyperpod-verify\/$/,
    ),
    expect.stringMatching(/^OK \[s3-import\] import-.*\.txt appeared in \/fsx\/\.hyperpod-verify$/),
    "6 passed, 0 failed",
  ]);
  expect(r.status).toBe(0);
  expect(r.calls).toContain(
    "srun --partition=ml.p5.48xlarge --nodes=2 --ntasks-per-node=1 sh -c " +
      'ls /fsx >/dev/null 2>&1; echo "$(hostname) $(stat -f -c %T /fsx)"',
  );
  expect(
    r.calls.some((c) =>
      c.startsWith(
        "aws --region ap-northeast-1 s3api head-object --bucket demo-data --key datasets/.hyperpod-verify/export-",
      ),
    ),
  ).toBe(true);
  expect(fs.readdirSync(path.join(r.root, "fsx", ".hyperpod-verify"))).toEqual([]);
  expect(fs.readdirSync(path.join(r.root, "tmp"))).toEqual([]);
});

test.each([
  [
    "the file system is not mounted on the controller",
    { mounts: "" },
    "FAILED [mount] /fsx is not mounted on this node. Check: /var/log/provision/provisioning.log of this node ([fsx] lines) and `sudo mount -a`",
  ],
  [
    "an NFS mount at the mount point",
    { mounts: "server:/export /fsx nfs4 rw 0 0\n" },
    "FAILED [mount] /fsx is a nfs4 mount, not Lustre on this node",
  ],
  [
    "Slurm has fewer nodes than configured",
    { env: { FAKE_SINFO: "ml.p5.48xlarge 1\nml.g5.8xlarge 1\n" } },
    'FAILED [partitions] Slurm has {"ml.g5.8xlarge": 1, "ml.p5.48xlarge": 1}, the configuration {"ml.g5.8xlarge": 1, "ml.p5.48xlarge": 2}',
  ],
  [
    "slurmctld does not answer",
    { env: { FAKE_SINFO_FAIL: "1" } },
    "FAILED [partitions] sinfo failed: slurm_load_partitions: Unable to contact slurm controller. Check: that slurmctld runs",
  ],
  [
    "a worker without the Lustre mount",
    { env: { FAKE_SRUN_BAD: "ml.p5.48xlarge-node1" } },
    "FAILED [mount-nodes] srun on partition ml.p5.48xlarge: 2 of 2 node(s) answered; without a Lustre /fsx: ml.p5.48xlarge-node1",
  ],
  ["export does not happen", { env: { FAKE_NO_EXPORT: "1" } }, "FAILED [s3-export] export-"],
  [
    "import does not happen",
    { env: { FAKE_NO_IMPORT: "1" } },
    "FAILED [s3-import] s3://demo-data/datasets/.hyperpod-verify/import-",
  ],
  [
    "the node's role may not write to the bucket",
    { env: { FAKE_PUT_DENIED: "1" } },
    "Access Denied. Check: the node's role may only read the data bucket: run with credentials that may write to s3://demo-data/datasets/.hyperpod-verify/ (AWS_PROFILE=...), or pass --skip-s3-import",
  ],
])("%s: one FAILED line, exit 1", (_name, opts, expected) => {
  const r = verify(opts);
  expect(r.status).toBe(1);
  const failed = r.lines.filter((l) => l.startsWith("FAILED"));
  expect(failed).toHaveLength(1);
  expect(failed[0]).toContain(expected);
  expect(r.lines[r.lines.length - 1]).toMatch(/^\d+ passed, 1 failed$/);
});

test("without a data repository, or with --skip-s3, the S3 checks are skipped and say why", () => {
  const { data_repository: _none, ...withoutRepo } = PARAMS;
  const r = verify({ params: withoutRepo });
  expect(r.status).toBe(0);
  expect(r.lines).toContain("SKIPPED [s3-export] no data repository is linked to the file system");
  expect(r.calls.some((c) => c.startsWith("aws"))).toBe(false);
  const s = verify({ args: ["--skip-s3"] });
  expect(s.lines).toContain("SKIPPED [s3-import] --skip-s3 given");
  expect(s.status).toBe(0);
});

test("an unreadable resource config: one FAILED line naming the file, exit 2", () => {
  const r = verify({ args: ["--resource-config", "/nonexistent/resource_config.json"] });
  expect(r.status).toBe(2);
  expect(r.stdout).toContain("FAILED [inputs] cannot read resource config /nonexistent/resource_config.json");
});

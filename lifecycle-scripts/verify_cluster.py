#!/usr/bin/env python3
"""Checks a running cluster from its controller node, after `cdktf deploy`.

What the original article checks by hand, and more:
  mount         the file system is mounted here, at the configured mount point
  partitions    Slurm's partitions and their node counts equal the configuration's
  mount-nodes   every node of every partition has the file system mounted (through srun)
  s3-export     a file written on the file system appears in the data bucket
  s3-import     an object put in the data bucket appears on the file system

Each check prints one line, `OK [check] ...`, `SKIPPED [check] ...` or
`FAILED [check] what. Check: what to look at`; the exit status is 1 when any
check failed. Run it as the default user on the controller:

    python3 verify_cluster.py [--timeout SECONDS] [--skip-s3]

It reads provisioning_parameters.json (next to this script, or --params) and
HyperPod's resource_config.json ($SAGEMAKER_RESOURCE_CONFIG_PATH or
/opt/ml/config/resource_config.json). Python 3.8, standard library only.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import time

from hp_common import PARAMETERS_FILE, Settings

VERIFY_DIR = ".hyperpod-verify"
HERE = os.path.dirname(os.path.abspath(__file__))
# Paths and inputs as the lifecycle scripts resolve them ($HYPERPOD_ROOT in tests).
SETTINGS = Settings(os.environ, os.getcwd(), HERE)
host = SETTINGS.host


class Report:
    def __init__(self):
        self.failed = 0
        self.passed = 0

    def ok(self, check, text):
        self.passed += 1
        print("OK [%s] %s" % (check, text))

    def skipped(self, check, text):
        print("SKIPPED [%s] %s" % (check, text))

    def fail(self, check, what, look):
        self.failed += 1
        print("FAILED [%s] %s. Check: %s" % (check, what, look))


def run(args, timeout):
    """(exit status, stdout, stderr); a missing command or a timeout is a failed run, not a crash."""
    try:
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except FileNotFoundError:
        return 127, "", "%s: command not found" % args[0]
    except subprocess.TimeoutExpired:
        return 124, "", "%s did not finish within %s s" % (" ".join(args), timeout)


def mounted_type(mount_point):
    """The file system type at mount_point in /proc/mounts (the last mount wins), or None."""
    found = None
    with open(host("/proc/mounts")) as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 3 and fields[1] == mount_point:
                found = fields[2]
    return found


def expected_partitions(params, resource_config):
    """{partition: node count} from the worker groups and the instances HyperPod created for them."""
    counts = {}
    for group in resource_config.get("InstanceGroups", []):
        counts[group.get("Name")] = len(group.get("Instances", []))
    wanted = {}
    for g in params.get("worker_groups", []):
        name = g["instance_group_name"]
        part = g.get("partition_name") or name
        wanted[part] = wanted.get(part, 0) + counts.get(name, 0)
    return wanted


def check_mount(report, mount_point):
    try:
        os.listdir(host(mount_point))  # an automount placeholder mounts on first access
    except OSError:
        pass
    kind = mounted_type(mount_point)
    if kind == "lustre":
        report.ok("mount", "%s is a Lustre mount on this node" % mount_point)
        return True
    report.fail(
        "mount",
        "%s is %s on this node" % (mount_point, "not mounted" if kind is None else "a %s mount, not Lustre" % kind),
        "/var/log/provision/provisioning.log of this node ([fsx] lines) and `sudo mount -a`",
    )
    return False


def check_partitions(report, wanted, timeout):
    status, out, err = run(["sinfo", "--noheader", "--format=%R %D"], timeout)
    if status != 0:
        report.fail("partitions", "sinfo failed: %s" % err.strip(), "that slurmctld runs: `systemctl status slurmctld`")
        return None
    got = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 2 and fields[1].isdigit():
            got[fields[0]] = got.get(fields[0], 0) + int(fields[1])
    if got == wanted:
        listed = ", ".join("%s=%d" % kv for kv in sorted(wanted.items())) or "none"
        report.ok("partitions", "Slurm has the configured partitions and node counts (%s)" % listed)
    else:
        report.fail(
            "partitions",
            "Slurm has %s, the configuration %s" % (json.dumps(got, sort_keys=True), json.dumps(wanted, sort_keys=True)),
            "`sinfo` and the worker groups of provisioning_parameters.json; a missing node may still be starting",
        )
    return got


def check_nodes_mount(report, wanted, mount_point, timeout):
    if not wanted:
        report.skipped("mount-nodes", "the cluster has no worker partition")
        return
    probe = 'ls %s >/dev/null 2>&1; echo "$(hostname) $(stat -f -c %%T %s)"' % (mount_point, mount_point)
    for partition, count in sorted(wanted.items()):
        if count == 0:
            report.skipped("mount-nodes", "partition %s has no node" % partition)
            continue
        args = ["srun", "--partition=%s" % partition, "--nodes=%d" % count, "--ntasks-per-node=1", "sh", "-c", probe]
        status, out, err = run(args, timeout)
        lines = [line.split() for line in out.splitlines() if line.strip()]
        missing = sorted(fields[0] for fields in lines if len(fields) < 2 or fields[1] != "lustre")
        if status != 0 or len(lines) != count or missing:
            what = "srun on partition %s: %d of %d node(s) answered" % (partition, len(lines), count)
            if missing:
                what += "; without a Lustre %s: %s" % (mount_point, ", ".join(missing))
            if status != 0:
                what += "; srun: %s" % (err.strip() or "exit %d" % status)
            report.fail("mount-nodes", what, "`sinfo -N -p %s` and the provisioning log of those nodes" % partition)
        else:
            report.ok("mount-nodes", "all %d node(s) of partition %s have %s mounted" % (count, partition, mount_point))


def wait_for(predicate, timeout, interval):
    deadline = time.time() + timeout
    while True:
        if predicate():
            return True
        if time.time() >= deadline:
            return False
        time.sleep(min(interval, max(0.0, deadline - time.time())))


def check_s3(report, repo, mount_point, region, timeout, interval, skip_import):
    bucket = repo["bucket"]
    prefix = repo.get("s3_prefix", "")
    fs_dir = os.path.normpath(os.path.join(mount_point, repo.get("file_system_path", "/").lstrip("/")))
    local_dir = host(os.path.join(fs_dir, VERIFY_DIR))
    stamp = "%s-%d" % (socket.gethostname(), int(time.time()))
    aws = ["aws", "--region", region, "s3api"] if region else ["aws", "s3api"]
    where = "s3://%s/%s%s/" % (bucket, prefix, VERIFY_DIR)

    try:
        os.makedirs(local_dir, exist_ok=True)
        export_name = "export-%s.txt" % stamp
        with open(os.path.join(local_dir, export_name), "w") as f:
            f.write("written on %s by verify_cluster.py\n" % socket.gethostname())
    except OSError as e:
        report.fail("s3-export", "cannot write %s: %s" % (local_dir, e), "the mount and the permissions of %s" % fs_dir)
        return
    key = "%s%s/%s" % (prefix, VERIFY_DIR, export_name)

    def exported():
        return run(aws + ["head-object", "--bucket", bucket, "--key", key], 30)[0] == 0

    if wait_for(exported, timeout, interval):
        report.ok("s3-export", "%s appeared in %s" % (export_name, where))
    else:
        report.fail(
            "s3-export",
            "%s did not appear as s3://%s/%s within %d s" % (export_name, bucket, key, timeout),
            "the data repository association's export policy (aws fsx describe-data-repository-associations)",
        )
    os.remove(os.path.join(local_dir, export_name))  # exported as a deletion: the object goes too

    if skip_import:
        report.skipped("s3-import", "--skip-s3-import given")
        return
    import_name = "import-%s.txt" % stamp
    body = host("/tmp/%s" % import_name)
    with open(body, "w") as f:
        f.write("put in S3 by verify_cluster.py\n")
    import_key = "%s%s/%s" % (prefix, VERIFY_DIR, import_name)
    status, _, err = run(aws + ["put-object", "--bucket", bucket, "--key", import_key, "--body", body], 60)
    os.remove(body)
    if status != 0:
        report.fail(
            "s3-import",
            "cannot put s3://%s/%s: %s" % (bucket, import_key, err.strip()),
            "the node's role may only read the data bucket: run with credentials that may write to %s "
            "(AWS_PROFILE=...), or pass --skip-s3-import" % where,
        )
        return
    target = os.path.join(local_dir, import_name)
    if wait_for(lambda: os.path.exists(target), timeout, interval):
        report.ok("s3-import", "%s appeared in %s/%s" % (import_name, fs_dir, VERIFY_DIR))
        os.remove(target)
    else:
        report.fail(
            "s3-import",
            "s3://%s/%s did not appear at %s within %d s" % (bucket, import_key, target, timeout),
            "the data repository association's import policy (aws fsx describe-data-repository-associations)",
        )


def load_json(path, what):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        print("FAILED [inputs] cannot read %s %s: %s. Check: the path, or pass it as an option" % (what, path, e))
        sys.exit(2)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Check a running HyperPod cluster from its controller.")
    parser.add_argument("--params", default=os.path.join(HERE, PARAMETERS_FILE))
    parser.add_argument("--resource-config", default=SETTINGS.resource_config)
    parser.add_argument("--timeout", type=int, default=300, help="seconds to wait for each S3 check (default 300)")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between S3 polls (default 5)")
    parser.add_argument("--skip-s3", action="store_true", help="skip both S3 checks")
    parser.add_argument("--skip-s3-import", action="store_true", help="skip the check that needs S3 write access")
    args = parser.parse_args(argv)

    params = load_json(args.params, "provisioning parameters")
    resource_config = load_json(args.resource_config, "resource config")
    arn = resource_config.get("ClusterConfig", {}).get("ClusterArn", "")
    region = arn.split(":")[3] if arn.count(":") >= 5 else ""
    mount_point = params.get("fsx_mount_point", "/fsx")

    report = Report()
    check_mount(report, mount_point)
    wanted = expected_partitions(params, resource_config)
    check_partitions(report, wanted, 60)
    check_nodes_mount(report, wanted, mount_point, 300)
    repo = params.get("data_repository")
    if args.skip_s3:
        report.skipped("s3-export", "--skip-s3 given")
        report.skipped("s3-import", "--skip-s3 given")
    elif not repo:
        report.skipped("s3-export", "no data repository is linked to the file system")
        report.skipped("s3-import", "no data repository is linked to the file system")
    else:
        check_s3(report, repo, mount_point, region, args.timeout, args.interval, args.skip_s3_import)
    print("%d passed, %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Slurm accounting on the controller: slurmdbd in front of the database
named in provisioning_parameters.json, set up before slurmctld starts.

Order (each part only when something is missing or different, so a second
run changes nothing):
1. wait for the HyperPod agent's slurm.conf (as the slurm step does) and read
   the cluster name, the controller address and StateSaveLocation from it;
2. read the database user name and password from Secrets Manager (AWS CLI);
3. if the accounting configuration is about to change while slurmctld runs,
   stop slurmctld, so that it never runs against an unconfigured database;
4. write slurmdbd.conf (owner slurm, mode 0600: it holds the password) and
   accounting.conf, the file slurm.conf includes for these settings (the
   agent owns slurm.conf; an include line is only appended when the image's
   slurm.conf has none, and no existing line is ever changed);
5. start slurmdbd and wait, bounded, until it answers sacctmgr;
6. register the cluster in the database when it is not there yet, and then
   drop a cluster id slurmctld may have saved without accounting
   (StateSaveLocation/clustername), which would otherwise stop slurmctld with
   CLUSTER ID MISMATCH.
The slurm step then (re)starts slurmctld against the ready database.

Login and worker nodes need nothing from this step.
"""

import json
import os
import re
import time

from hp_common import ProvisionError, _number, log, read_text, run, run_checked, write_if_changed
from hp_config import CONTROLLER

SLURM_ETC = "/opt/slurm/etc"
SLURM_CONF = SLURM_ETC + "/slurm.conf"
SLURMDBD_CONF = SLURM_ETC + "/slurmdbd.conf"
ACCOUNTING_CONF = SLURM_ETC + "/accounting.conf"
INCLUDE_LINE = "include " + ACCOUNTING_CONF
DBD_PORT = 6819
DATABASE = "slurm_acct_db"
SLURM_USER = "slurm"
DEFAULT_STATE_SAVE = "/var/spool/slurmctld"
SLURMDBD_LOG = "/var/log/slurm/slurmdbd.log"
HEADER = "# Written by the HyperPod lifecycle scripts (lifecycle-scripts/hp_accounting.py) on every run.\n"


def slurm_conf_value(text, key):
    """The first value of `key` in slurm.conf text (keys are case-insensitive), or None."""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        name, value = line.split("=", 1)
        if name.strip().lower() == key.lower() and value.strip():
            return value.strip().split()[0]
    return None


def includes_accounting(text):
    """Whether slurm.conf text includes accounting.conf (by absolute or relative name)."""
    for raw in text.splitlines():
        words = raw.split("#", 1)[0].split()
        if len(words) == 2 and words[0].lower() == "include" and os.path.basename(words[1]) == "accounting.conf":
            return True
    return False


def _escape(value):
    """A value as Slurm's configuration parser reads it back: \\ and # escaped."""
    return value.replace("\\", "\\\\").replace("#", "\\#")


def slurmdbd_conf_text(accounting, user, password, dbd_host):
    return (
        HEADER
        + "# It holds the database password: owner slurm, mode 0600.\n"
        "AuthType=auth/munge\n"
        "DbdHost=%s\n"
        "DbdPort=%d\n"
        "SlurmUser=%s\n"
        "LogFile=%s\n"
        "PidFile=/var/run/slurmdbd.pid\n"
        "StorageType=accounting_storage/mysql\n"
        "StorageHost=%s\n"
        "StoragePort=%d\n"
        "StorageUser=%s\n"
        "StoragePass=%s\n"
        "StorageLoc=%s\n"
    ) % (
        dbd_host,
        DBD_PORT,
        SLURM_USER,
        SLURMDBD_LOG,
        accounting.endpoint,
        accounting.port,
        _escape(user),
        _escape(password),
        DATABASE,
    )


def accounting_conf_text(controller, slurm_conf):
    """Accounting settings for slurm.conf; job accounting gather settings only
    when slurm.conf does not set them itself (a key set twice is an error)."""
    lines = [
        HEADER.rstrip("\n"),
        "# Included by slurm.conf; slurmdbd runs on the controller.",
        "AccountingStorageType=accounting_storage/slurmdbd",
        "AccountingStorageHost=%s" % controller,
        "AccountingStoragePort=%d" % DBD_PORT,
    ]
    if slurm_conf_value(slurm_conf, "JobAcctGatherType") is None:
        lines.append("JobAcctGatherType=jobacct_gather/linux")
    if slurm_conf_value(slurm_conf, "JobAcctGatherFrequency") is None:
        lines.append("JobAcctGatherFrequency=30")
    return "\n".join(lines) + "\n"


def read_secret(accounting, logger):
    """(user name, password) from the secret; its value is never logged."""
    args = [
        "aws",
        "secretsmanager",
        "get-secret-value",
        "--secret-id",
        accounting.secret_arn,
        "--region",
        accounting.region,
        "--query",
        "SecretString",
        "--output",
        "text",
    ]
    logger.info("run: %s (its output holds the password and is not logged)", " ".join(args))
    result = run(args, logger, quiet=True)
    check = (
        "that the cluster's execution role allows secretsmanager:GetSecretValue on %s, and that this node reaches "
        "Secrets Manager in %s (NAT gateway or a secretsmanager VPC endpoint)" % (accounting.secret_arn, accounting.region)
    )
    if not result.ok:
        # The AWS CLI names the error code in parentheses ("An error occurred (AccessDeniedException) when ...").
        code = re.search(r"An error occurred \((\w+)\)", result.output)
        why = "aws exited with status %d: %s" % (result.status, code.group(1)) if code else result.summary()
        raise ProvisionError("cannot read the accounting database secret %s (%s)" % (accounting.secret_arn, why), check)
    try:
        value = json.loads(result.output)
    except ValueError:
        value = None
    user = value.get("username") if isinstance(value, dict) else None
    password = value.get("password") if isinstance(value, dict) else None
    if not isinstance(user, str) or not user or not isinstance(password, str) or not password:
        raise ProvisionError(
            "the accounting database secret %s does not hold JSON with username and password" % accounting.secret_arn,
            "the secret's value: {\"username\": ..., \"password\": ...} (RDS-managed secrets have this shape)",
        )
    if any(c.isspace() or c == '"' for c in user + password):
        raise ProvisionError(
            "the user name or password in %s holds white space or a double quote, which slurmdbd.conf cannot carry"
            % accounting.secret_arn,
            "the secret's value; set a password without spaces and double quotes",
        )
    logger.info("read user name and password from %s", accounting.secret_arn)
    return user, password


def write_private(path, content, logger, shown):
    """Like write_if_changed, but the file is never readable by others, not even
    half-written: created with mode 0600 before anything is written to it."""
    if read_text(path) == content:
        if os.stat(path).st_mode & 0o7777 != 0o600:
            os.chmod(path, 0o600)
            logger.info("set mode 600 on %s", shown)
        logger.info("%s is up to date", shown)
        return False
    directory = os.path.dirname(path)
    if not os.path.isdir(directory):
        os.makedirs(directory, 0o755)
    temporary = "%s.tmp-%d" % (path, os.getpid())
    handle = os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8")
    with handle:
        handle.write(content)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    logger.info("wrote %s (mode 600)", shown)
    return True


def _is_active(unit, logger):
    return run(["systemctl", "is-active", unit], logger, quiet=True).ok


def wait_for_slurmdbd(settings, accounting, logger, timeout, poll):
    """The cluster names slurmdbd knows, once it answers; bounded by `timeout` seconds."""
    deadline = time.monotonic() + timeout
    args = ["sacctmgr", "-n", "-P", "list", "cluster", "format=cluster"]
    announced = False
    while True:
        result = run(args, logger, quiet=True)
        if result.ok:
            logger.info("slurmdbd answers")
            return [line.strip() for line in result.output.splitlines() if line.strip()]
        now = time.monotonic()
        if now >= deadline:
            raise ProvisionError(
                "slurmdbd did not answer within %g s (last: %s)" % (timeout, result.summary()),
                "that the database %s:%d is available and admits TCP %d from the cluster's security group, and %s "
                "on this node" % (accounting.endpoint, accounting.port, accounting.port, SLURMDBD_LOG),
            )
        if not announced:
            logger.info("waiting up to %g s for slurmdbd to answer (%s)", timeout, result.summary())
            announced = True
        time.sleep(min(poll, max(deadline - now, 0.0)))


def setup(settings, params, node):
    """Returns True when the accounting configuration changed (slurmctld must then restart)."""
    import hp_slurm
    import hp_users

    logger = log("accounting")
    accounting = params.accounting
    if accounting is None:
        logger.info("no accounting in provisioning_parameters.json: nothing to set up")
        return False
    if node.role != CONTROLLER:
        logger.info("slurmdbd runs on the controller: nothing to do on a %s node", node.role)
        return False
    timeout = _number(settings.environ, "HYPERPOD_ACCOUNTING_TIMEOUT", 300.0, 0, False)
    poll = _number(settings.environ, "HYPERPOD_ACCOUNTING_POLL", 5.0, 0.01, False)

    hp_slurm.wait_for_slurm_conf(settings, node.controllers, logger)
    slurm_conf_path = settings.host(SLURM_CONF)
    slurm_conf = read_text(slurm_conf_path) or ""
    cluster = slurm_conf_value(slurm_conf, "ClusterName")
    if not cluster:
        raise ProvisionError(
            "%s names no ClusterName, which accounting registers the cluster under" % SLURM_CONF,
            "the HyperPod agent on this node, which writes slurm.conf",
        )
    state_dir = slurm_conf_value(slurm_conf, "StateSaveLocation") or DEFAULT_STATE_SAVE

    slurm = hp_users.account(SLURM_USER, logger)
    if slurm is None:
        raise ProvisionError(
            "user %s, who runs slurmdbd and must own %s, does not exist on this node" % (SLURM_USER, SLURMDBD_CONF),
            "the node image (HyperPod's Slurm image has the slurm user)",
        )
    user, password = read_secret(accounting, logger)
    hostname = run(["hostname", "-s"], logger, quiet=True)
    dbd_host = hostname.output.strip() if hostname.ok and hostname.output.strip() else "localhost"
    dbd_text = slurmdbd_conf_text(accounting, user, password, dbd_host)
    # This node is the controller: login nodes reach slurmdbd (sacct, sreport) at its address.
    accounting_text = accounting_conf_text(node.ip, slurm_conf)
    dbd_path = settings.host(SLURMDBD_CONF)
    accounting_path = settings.host(ACCOUNTING_CONF)
    include_missing = not includes_accounting(slurm_conf)
    dbd_changes = read_text(dbd_path) != dbd_text
    conf_changes = read_text(accounting_path) != accounting_text or include_missing

    if (dbd_changes or conf_changes) and _is_active("slurmctld", logger):
        logger.info("stopping slurmctld until its accounting database is configured and answers")
        run_checked(["systemctl", "stop", "slurmctld"], logger, "systemctl status slurmctld")

    if write_private(dbd_path, dbd_text, logger, SLURMDBD_CONF):
        run_checked(["chown", "%d:%d" % (slurm.uid, slurm.gid), SLURMDBD_CONF], logger, "the owner of " + SLURMDBD_CONF)
    write_if_changed(accounting_path, accounting_text, logger, shown=ACCOUNTING_CONF)
    if include_missing:
        logger.warning("%s does not include accounting.conf: appending '%s' (no other line changes)", SLURM_CONF, INCLUDE_LINE)
        separator = "" if slurm_conf.endswith("\n") or not slurm_conf else "\n"
        write_if_changed(slurm_conf_path, slurm_conf + separator + INCLUDE_LINE + "\n", logger, shown=SLURM_CONF)

    hp_slurm.start("slurmdbd", dbd_changes, "journalctl -u slurmdbd and %s on this node" % SLURMDBD_LOG, logger)
    known = wait_for_slurmdbd(settings, accounting, logger, timeout, poll)

    registered = False
    if cluster in known:
        logger.info("cluster %s is registered in the accounting database", cluster)
    else:
        if _is_active("slurmctld", logger):
            logger.info("stopping slurmctld while cluster %s is registered", cluster)
            run_checked(["systemctl", "stop", "slurmctld"], logger, "systemctl status slurmctld")
        run_checked(
            ["sacctmgr", "-i", "add", "cluster", cluster],
            logger,
            "%s on this node, and that the database user may create tables in %s" % (SLURMDBD_LOG, DATABASE),
        )
        registered = True
        saved_id = settings.host(os.path.join(state_dir, "clustername"))
        if os.path.exists(saved_id):
            os.remove(saved_id)
            logger.info(
                "removed %s/clustername: slurmctld saved that cluster id without accounting, and it would not match "
                "the database's (CLUSTER ID MISMATCH)",
                state_dir,
            )
    return dbd_changes or conf_changes or registered

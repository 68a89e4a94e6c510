"""Starts the right Slurm daemon for the node's role.

The controller's address comes from resource_config.json (the instances of
controller_group), never from slurm.conf: on login and worker nodes
slurm.conf may not exist at all. slurm.conf belongs to the HyperPod agent;
only the controller reads it (and waits for it), and nothing writes it.
Workers and login nodes run slurmd in configless mode; the controller
address reaches slurmd through a systemd drop-in that sets SLURMD_OPTIONS,
which the image's slurmd unit passes to slurmd; with several controllers
`--conf-server` gets them all, comma-separated, the primary first.

@see https://manpages.ubuntu.com/manpages/jammy/man8/slurmd.8.html
"""

import os
import re
import time

from hp_common import ProvisionError, log, read_text, run, run_checked, write_if_changed
from hp_config import CONTROLLER

SLURM_CONF = "/opt/slurm/etc/slurm.conf"
DROP_IN = "/etc/systemd/system/slurmd.service.d/hyperpod-configless.conf"
LOGROTATE_DIR = "/etc/logrotate.d"
LOGROTATE_CONF = LOGROTATE_DIR + "/hyperpod-slurm"
SLURM_LOGS = "/var/log/slurm/*.log"
LOGROTATE_MARKER = "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_slurm.py); rewritten whole on every run."
# copytruncate: the daemons keep writing to the same file, so no signal or
# file ownership has to be right for rotation to work.
LOGROTATE_TEXT = """%s
%s {
    size 50M
    rotate 5
    copytruncate
    compress
    delaycompress
    missingok
    notifempty
    nomail
}
""" % (LOGROTATE_MARKER, SLURM_LOGS)

_HOST = re.compile(r"^([^\s(]+)\s*(?:\(([^)\s]+)\))?")


def controller_address(text):
    """The primary controller's address in slurm.conf text, or None.

    Accepts `SlurmctldHost=name(address)`, `SlurmctldHost=name` with an
    optional `SlurmctldAddr=address`, and the older ControlMachine/ControlAddr.
    A name without an address is returned as is (slurmd resolves it).
    """
    host = None
    address = None
    extra_address = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        key, value = line.split("=", 1)
        key = key.strip().lower()
        value = value.strip()
        if not value:
            continue
        if key in ("slurmctldhost", "controlmachine") and host is None:
            match = _HOST.match(value)
            if match:
                host = match.group(1)
                address = match.group(2)
        elif key in ("slurmctldaddr", "controladdr") and extra_address is None:
            extra_address = value.split()[0]
    if host is None:
        return None
    return address or extra_address or host


def names_controller(named, controllers):
    """True if `named` (what slurm.conf gives) is one of the controller
    addresses, or HyperPod's host name for one (`ip-10-0-1-20`)."""
    if named in controllers:
        return True
    return named.startswith("ip-") and named[3:].replace("-", ".") in controllers


def wait_for_slurm_conf(settings, controllers, logger):
    """On the controller only: waits (bounded) until the HyperPod agent has
    written a slurm.conf that names one of the controller addresses."""
    path = settings.host(SLURM_CONF)
    deadline = time.monotonic() + settings.slurm_conf_timeout
    announced = False
    while True:
        named = controller_address(read_text(path) or "")
        if named and names_controller(named, controllers):
            logger.info("%s names this controller (%s)", SLURM_CONF, named)
            return
        now = time.monotonic()
        if now >= deadline:
            if named:
                raise ProvisionError(
                    "%s names the controller %s, which is not an address of the controller group in "
                    "resource_config.json (%s), after waiting %g s"
                    % (SLURM_CONF, named, ", ".join(controllers), settings.slurm_conf_timeout),
                    "that controller_group in provisioning_parameters.json is the cluster's controller instance group",
                )
            raise ProvisionError(
                "%s names no controller (SlurmctldHost) after waiting %g s" % (SLURM_CONF, settings.slurm_conf_timeout),
                "the HyperPod agent on this node, which writes slurm.conf, and that provisioning_parameters.json "
                "matches the cluster's instance groups",
            )
        if not announced:
            logger.info(
                "waiting up to %g s for the HyperPod agent to name this controller (%s) in %s",
                settings.slurm_conf_timeout,
                ", ".join(controllers),
                SLURM_CONF,
            )
            announced = True
        time.sleep(min(settings.slurm_conf_poll, max(deadline - now, 0.0)))


def _is_active(unit, logger):
    return run(["systemctl", "is-active", unit], logger, quiet=True).ok


def _is_enabled(unit, logger):
    result = run(["systemctl", "is-enabled", unit], logger, quiet=True)
    return result.output.strip() == "enabled"


def keep_off(unit, role, logger):
    """Stops and disables `unit`. (Not masked: on HyperPod the unit file lives
    in /etc/systemd/system, where `systemctl mask` cannot put its link.)"""
    check = "systemctl status %s" % unit
    changed = False
    if _is_active(unit, logger):
        run_checked(["systemctl", "stop", unit], logger, check)
        changed = True
    if _is_enabled(unit, logger):
        run_checked(["systemctl", "disable", unit], logger, check)
        changed = True
    if changed:
        logger.info("%s stopped and disabled: it must not run on a %s node", unit, role)
    else:
        logger.info("%s is off, as it should be on a %s node", unit, role)


def start(unit, restart, check, logger):
    """Enables and starts `unit`; restarts it only if its configuration
    changed while it was running."""
    if restart and _is_active(unit, logger):
        logger.info("configuration of %s changed: restarting it", unit)
        run_checked(["systemctl", "restart", unit], logger, check)
    run_checked(["systemctl", "enable", "--now", unit], logger, check)
    logger.info("%s is enabled and running", unit)


def drop_in_text(servers):
    return (
        "# Written by the HyperPod lifecycle scripts (lifecycle-scripts/hp_slurm.py) on every run.\n"
        "# slurmd fetches its configuration from the controller (configless mode).\n"
        "[Service]\n"
        'Environment="SLURMD_OPTIONS=--conf-server %s"\n' % servers
    )


def log_rotation(settings, params):
    """The logrotate configuration for the Slurm logs: one file, written
    whole (never appended to), so a second run leaves it as it is. When
    another file in /etc/logrotate.d already rotates the Slurm logs, none is
    written: logrotate refuses a log that two entries name."""
    logger = log("slurm")
    ours = settings.host(LOGROTATE_CONF)
    if not params.slurm_log_rotation:
        logger.info("slurm_log_rotation is off: no logrotate configuration for the Slurm logs")
        return
    directory = settings.host(LOGROTATE_DIR)
    others = []
    if os.path.isdir(directory):
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if path == ours or not os.path.isfile(path):
                continue
            if "/var/log/slurm" in (read_text(path) or ""):
                others.append("%s/%s" % (LOGROTATE_DIR, name))
    if others:
        logger.info("the Slurm logs are already rotated by %s: no second configuration", ", ".join(others))
        if os.path.exists(ours):
            os.remove(ours)
            logger.info("removed %s (it would name the same logs twice)", LOGROTATE_CONF)
        return
    write_if_changed(ours, LOGROTATE_TEXT, logger, shown=LOGROTATE_CONF)


def setup(settings, node, plugins_changed):
    """Starts slurmctld on the controller, slurmd everywhere else. The
    controller address comes from resource_config.json (node.controllers);
    slurm.conf is only waited for on the controller, because on login and
    worker nodes it may not exist at all."""
    logger = log("slurm")
    if node.role == CONTROLLER:
        wait_for_slurm_conf(settings, node.controllers, logger)
        keep_off("slurmd", node.role, logger)
        start(
            "slurmctld",
            plugins_changed,
            "journalctl -u slurmctld and /var/log/slurm/slurmctld.log on this node",
            logger,
        )
        return
    servers = ",".join(node.controllers)
    logger.info("slurmd fetches its configuration from %s (resource_config.json); slurm.conf is not needed here", servers)
    keep_off("slurmctld", node.role, logger)
    changed = write_if_changed(settings.host(DROP_IN), drop_in_text(servers), logger, shown=DROP_IN)
    if changed:
        run_checked(["systemctl", "daemon-reload"], logger, "systemctl status slurmd")
    start(
        "slurmd",
        changed or plugins_changed,
        "journalctl -u slurmd, and that the controller %s accepts connections on TCP 6817" % servers,
        logger,
    )

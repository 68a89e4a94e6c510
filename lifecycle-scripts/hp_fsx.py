"""Mounts the FSx for Lustre file system and records it in /etc/fstab."""

import os
import re
import time

from hp_common import ProvisionError, log, read_text, run, run_checked, write_if_changed

FSTAB = "/etc/fstab"
PROC_MOUNTS = "/proc/mounts"
MOUNT_OPTIONS = "relatime,flock"
FSTAB_OPTIONS = "defaults,relatime,flock,_netdev,x-systemd.automount,x-systemd.requires=network-online.target"

CLIENT_CHECK = "that the Lustre client for this kernel is installed (lustre-client-modules-$(uname -r))"
MOUNT_CHECK = (
    "that the file system is AVAILABLE, that its security group allows TCP 988 and 1018-1023 "
    "from the cluster's security group, and that its DNS name resolves on this node"
)


def _unescape(field):
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match.group(1), 8)), field)


def mounted_at(settings, mount_point):
    """(source, fstype) of what is mounted on mount_point now, or None."""
    text = read_text(settings.host(PROC_MOUNTS)) or ""
    found = None
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3 and _unescape(fields[1]) == mount_point:
            found = (_unescape(fields[0]), fields[2])  # the last one is on top
    return found


def is_automount_placeholder(current):
    """True for what systemd's automount shows before the first access:
    `systemd-1 /fsx autofs ...` in /proc/mounts."""
    return current[1] == "autofs"


def _resolve(dns_name, logger):
    result = run(["getent", "ahostsv4", dns_name], logger, quiet=True)
    if not result.ok:
        return []
    return sorted(set(line.split()[0] for line in result.output.splitlines() if line.split()))


def is_same_file_system(source, fstype, dns_name, mount_name, logger):
    """True if `source` (as /proc/mounts shows it) is our file system.

    The kernel usually shows the file server's IP address rather than the DNS
    name (`10.0.1.5@tcp:/abcdefgh`), so an IP source is compared with what the
    DNS name resolves to.
    """
    if fstype != "lustre" or ":/" not in source:
        return False
    nids, name = source.rsplit(":/", 1)
    if name != mount_name:
        return False
    hosts = [nid.split("@")[0] for nid in nids.split(":") if nid]
    if dns_name in hosts:
        return True
    addresses = _resolve(dns_name, logger)
    if not addresses:
        logger.warning(
            "cannot resolve %s to compare it with %s; the mount name matches, so it is taken as the same file system",
            dns_name,
            source,
        )
        return True
    return bool(set(hosts) & set(addresses))


def _fstab_entries(text):
    for line in text.splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#") and len(fields) >= 2:
            yield line, fields


def _check_fstab(settings, source, mount_point):
    """True if fstab already has our line; a different entry for the mount
    point stops the node (we never write a second one)."""
    text = read_text(settings.host(FSTAB)) or ""
    for line, fields in _fstab_entries(text):
        if _unescape(fields[1]).rstrip("/") == mount_point:
            if fields[0] == source:
                return True
            raise ProvisionError(
                "%s already has a different entry for %s: '%s'" % (FSTAB, mount_point, line.strip()),
                "remove that line from %s or set fsx_mount_point to another directory" % FSTAB,
            )
    return False


def _add_to_fstab(settings, source, mount_point, logger):
    path = settings.host(FSTAB)
    text = read_text(path) or ""
    if text and not text.endswith("\n"):
        text += "\n"
    text += "%s %s lustre %s 0 0\n" % (source, mount_point, FSTAB_OPTIONS)
    write_if_changed(path, text, logger, shown=FSTAB)
    # Let systemd regenerate its mount units from the new fstab line.
    run(["systemctl", "daemon-reload"], logger)


def _mount(settings, source, mount_point, logger):
    for args in (["modprobe", "lnet"], ["modprobe", "lustre"]):
        run_checked(args, logger, CLIENT_CHECK)
    run_checked(["lctl", "network", "up"], logger, "the LNet configuration (lctl list_nids, /etc/modprobe.d/lnet.conf)")

    directory = settings.host(mount_point)
    if os.path.exists(directory) and not os.path.isdir(directory):
        raise ProvisionError(
            "mount point %s exists and is not a directory" % mount_point,
            "remove it or set fsx_mount_point to another directory",
        )
    if not os.path.isdir(directory):
        os.makedirs(directory, 0o755)
        logger.info("created mount point %s", mount_point)

    tries = settings.mount_retries
    last = None
    for attempt in range(1, tries + 1):
        logger.info("mounting %s on %s (attempt %d of %d)", source, mount_point, attempt, tries)
        last = run(["mount", "-t", "lustre", "-o", MOUNT_OPTIONS, source, mount_point], logger)
        if last.ok:
            return
        if attempt < tries:
            logger.warning("mount failed; trying again in %g s", settings.mount_retry_pause)
            time.sleep(settings.mount_retry_pause)
    run(["lctl", "list_nids"], logger)  # for the log: is LNet up at all?
    raise ProvisionError(
        "mounting %s on %s failed %d times (last: %s)" % (source, mount_point, tries, last.summary()),
        MOUNT_CHECK,
    )


def setup(settings, params):
    """Returns the mount point when the shared file system is mounted, else None."""
    logger = log("fsx")
    if not params.has_fsx:
        logger.info("no fsx_dns_name/fsx_mountname in provisioning_parameters.json: no FSx for Lustre mount (skipped)")
        return None

    source = "%s@tcp:/%s" % (params.fsx_dns_name, params.fsx_mountname)
    mount_point = params.fsx_mount_point
    in_fstab = _check_fstab(settings, source, mount_point)

    current = mounted_at(settings, mount_point)
    if current is not None and is_automount_placeholder(current) and in_fstab:
        # After a reboot x-systemd.automount shows the mount point as autofs
        # until the first access; it is our own fstab line, so it is ours.
        logger.info(
            "%s is the automount placeholder (%s %s) of our fstab line; the file system is mounted on first access",
            mount_point,
            current[0],
            current[1],
        )
    elif current is None:
        _mount(settings, source, mount_point, logger)
        logger.info("mounted %s on %s", source, mount_point)
    elif is_same_file_system(current[0], current[1], params.fsx_dns_name, params.fsx_mountname, logger):
        logger.info("%s is already mounted on %s (as %s): nothing to do", source, mount_point, current[0])
    else:
        raise ProvisionError(
            "%s is already mounted from %s (%s), not from %s" % (mount_point, current[0], current[1], source),
            "unmount it, or set fsx_mount_point to a free directory",
        )

    if in_fstab:
        logger.info("%s already has the entry for %s", FSTAB, mount_point)
    else:
        _add_to_fstab(settings, source, mount_point, logger)
    return mount_point

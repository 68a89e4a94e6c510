"""Mounts the FSx for Lustre file system and records it in /etc/fstab.

With an EFA-enabled file system (fsx_efa) and EFA devices on the node, the
Lustre client is configured for EFA first, the way AWS documents it; without
EFA on the node, or without EFA support in the client, it stays on TCP with a
WARNING in the log. The mount source stays `<dns>@tcp:/<mountname>` either
way: LNet discovery then prefers the EFA interfaces.

@see https://docs.aws.amazon.com/fsx/latest/LustreGuide/configure-efa-clients.html
@see https://docs.aws.amazon.com/fsx/latest/LustreGuide/efa-file-systems.html
@see https://docs.aws.amazon.com/eks/latest/userguide/fsx-csi-tuning-efa.html
"""

import os
import re
import time

from hp_common import ProvisionError, log, read_text, run, run_checked, write_if_changed

FSTAB = "/etc/fstab"
PROC_MOUNTS = "/proc/mounts"
MOUNT_OPTIONS = "relatime,flock"
FSTAB_OPTIONS = "defaults,relatime,flock,_netdev,x-systemd.automount,x-systemd.requires=network-online.target"

EFA_DEVICES = "/sys/class/infiniband"
# Instance types that AWS's EFA client setup gives 8 EFA interfaces; other
# types get 2 (several network cards) or 1.
# @see https://docs.aws.amazon.com/fsx/latest/LustreGuide/configure-efa-clients.html
EIGHT_EFA_INTERFACES = (
    "p5.48xlarge",
    "p5e.48xlarge",
    "p5en.48xlarge",
    "p6-b200.48xlarge",
    "p6e-gb200.36xlarge",
)
EFA_PEER_CREDITS = "32"
EFA_CLIENT_NEEDS = "EFA clients need Ubuntu 22.04 or newer with kernel 6.8+, the EFA driver and the Lustre EFA module (kefalnd)"

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


def efa_devices(settings):
    """The node's EFA devices: entries of /sys/class/infiniband whose driver is efa."""
    base = settings.host(EFA_DEVICES)
    if not os.path.isdir(base):
        return []
    found = []
    for name in sorted(os.listdir(base)):
        driver = os.path.join(base, name, "device", "driver")
        if os.path.exists(driver) and os.path.basename(os.path.realpath(driver)) == "efa":
            found.append(name)
    return found


def pick_efa_devices(devices, instance_type):
    """The EFA devices LNet gets: 8 spread evenly over all devices (one per
    PCI switch on p5.48xlarge, every 4th of 32) on the types AWS lists with 8,
    else the first and the last, or the only one."""
    kind = instance_type[3:] if instance_type.startswith("ml.") else instance_type
    if kind in EIGHT_EFA_INTERFACES:
        if len(devices) <= 8:
            return list(devices)
        return devices[:: len(devices) // 8][:8]
    if len(devices) > 1:
        return [devices[0], devices[-1]]
    return list(devices)


def _interface_of(address, logger):
    """The network interface that holds `address` (the node's VPC address)."""
    result = run(["ip", "-o", "-4", "addr", "show"], logger, quiet=True)
    if not result.ok:
        return None
    for line in result.output.splitlines():
        match = re.match(r"^\d+:\s+(\S+)\s+inet (\d+\.\d+\.\d+\.\d+)/", line)
        if match and match.group(2) == address:
            return match.group(1)
    return None


def _nids(logger):
    """LNet's NIDs now (`lctl list_nids`); empty while LNet is down."""
    result = run(["lctl", "list_nids"], logger, quiet=True)
    if not result.ok:
        return []
    return [line.strip() for line in result.output.splitlines() if "@" in line]


def _efa_nids(logger):
    return [nid for nid in _nids(logger) if nid.endswith("@efa")]


def configure_efa(settings, node, logger):
    """Configures LNet for EFA as AWS's EFA client setup does. Returns True
    when `lctl list_nids` shows an EFA NID afterwards; False (with a WARNING)
    when the node or its Lustre client cannot use EFA, and the mount goes over
    TCP instead."""
    already = _efa_nids(logger)
    if already:
        logger.info("LNet already has EFA NIDs (%s): nothing to configure", ", ".join(already))
        return True
    devices = efa_devices(settings)
    if not devices:
        logger.warning(
            "the file system is EFA-enabled but this node has no EFA device (%s): the Lustre client uses TCP",
            EFA_DEVICES,
        )
        return False
    interface = _interface_of(node.ip, logger)
    if interface is None:
        logger.warning("cannot find the network interface of %s: the Lustre client uses TCP", node.ip)
        return False
    chosen = pick_efa_devices(devices, node.instance_type)
    logger.info(
        "configuring the Lustre client for EFA: %d of %d EFA devices (%s) for %s, TCP on %s",
        len(chosen),
        len(devices),
        ", ".join(chosen),
        node.instance_type or "this instance type",
        interface,
    )
    run_checked(["modprobe", "lnet"], logger, CLIENT_CHECK)
    loaded = run(["modprobe", "kefalnd", "ipif_name=%s" % interface], logger)
    if not loaded.ok:
        logger.warning(
            "the Lustre client has no EFA support (modprobe kefalnd: %s); %s: the Lustre client uses TCP",
            loaded.summary(),
            EFA_CLIENT_NEEDS,
        )
        return False
    for args in (["modprobe", "ksocklnd"], ["lnetctl", "lnet", "configure"]):
        if not run(args, logger).ok:
            logger.warning("%s failed: the Lustre client uses TCP", " ".join(args))
            return False
    run(["lnetctl", "net", "del", "--net", "tcp"], logger)  # fails harmlessly when there is none
    run_checked(["lnetctl", "net", "add", "--net", "tcp", "--if", interface], logger, "lnetctl net show")
    for device in chosen:
        added = run(["lnetctl", "net", "add", "--net", "efa", "--if", device, "--peer-credits", EFA_PEER_CREDITS], logger)
        if not added.ok:
            logger.warning("adding EFA device %s to LNet failed (%s)", device, added.summary())
    for args in (["lnetctl", "set", "discovery", "1"], ["lnetctl", "udsp", "add", "--src", "efa", "--priority", "0"]):
        if not run(args, logger).ok:
            logger.warning("%s failed: LNet may not prefer EFA", " ".join(args))
    nids = _efa_nids(logger)
    if not nids:
        logger.warning("lctl list_nids shows no EFA NID after configuring EFA: the Lustre client uses TCP")
        return False
    logger.info("LNet has EFA NIDs: %s", ", ".join(nids))
    return True


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


def setup(settings, params, node):
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
        if params.fsx_efa:
            configure_efa(settings, node, logger)  # before the first access mounts it
        logger.info(
            "%s is the automount placeholder (%s %s) of our fstab line; the file system is mounted on first access",
            mount_point,
            current[0],
            current[1],
        )
    elif current is None:
        if params.fsx_efa:
            configure_efa(settings, node, logger)
        _mount(settings, source, mount_point, logger)
        logger.info("mounted %s on %s", source, mount_point)
    elif is_same_file_system(current[0], current[1], params.fsx_dns_name, params.fsx_mountname, logger):
        logger.info("%s is already mounted on %s (as %s): nothing to do", source, mount_point, current[0])
        if params.fsx_efa and efa_devices(settings) and not _efa_nids(logger):
            logger.warning(
                "%s was mounted before LNet had EFA interfaces: it is reached over TCP until it is mounted again",
                mount_point,
            )
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

"""Container storage and runtime.

local_container_storage (on by default): enroot's data, cache and runtime
paths and Docker's data root (where Docker is installed) go to the node's
local NVMe (/opt/dlami/nvme, when it is mounted), else to the /opt/sagemaker
volume; never to the root volume, and unpacked containers never to the
shared file system. Root volumes filling up ("No space left on device") is
what happens otherwise.

container_runtime: configures enroot (container images) and the pyxis Slurm
plugin (`srun --container-image=...`). Both must already be installed; this
only writes their configuration.

@see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterEbsVolumeConfig.html
"""

import fnmatch
import json
import os
import shutil

from hp_common import ProvisionError, ensure_dir, log, read_text, run, run_checked, write_if_changed
from hp_config import WORKER
from hp_fsx import mounted_at

ENROOT_CONF = "/etc/enroot/enroot.conf"
SLURM_ETC = "/opt/slurm/etc"
PLUGSTACK = SLURM_ETC + "/plugstack.conf"
PYXIS_CONF = SLURM_ETC + "/plugstack.conf.d/pyxis.conf"
PYXIS_PLUGINS = ("/usr/local/lib/slurm/spank_pyxis.so", "/opt/slurm/lib/slurm/spank_pyxis.so")
# Where local container storage goes, in order of preference: the instance's
# NVMe (mounted there by the HyperPod image when the type has instance
# storage), then the extra EBS volume HyperPod mounts at /opt/sagemaker.
LOCAL_VOLUMES = ("/opt/dlami/nvme", "/opt/sagemaker")
DOCKER_DAEMON_JSON = "/etc/docker/daemon.json"
NO_VOLUME_CHECK = (
    "give the instance group an extra EBS volume (instanceGroups[].ebsVolumeSizeGb, mounted at /opt/sagemaker) "
    "or use an instance type with local NVMe, or set lifecycle.localContainerStorage to false"
)
MARKER = "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_containers.py)."


def local_volume(settings):
    """The first of LOCAL_VOLUMES that is a mount point now, or None."""
    for volume in LOCAL_VOLUMES:
        if mounted_at(settings, volume) is not None:
            return volume
    return None


def enroot_settings(base):
    """enroot.conf entries under `base` (<volume>/enroot). enroot evaluates
    $(...) in its configuration for the user who runs it."""
    return [
        ("ENROOT_RUNTIME_PATH", "%s/runtime/user-$(id -u)" % base),
        ("ENROOT_CACHE_PATH", "%s/cache/group-$(id -g)" % base),
        ("ENROOT_DATA_PATH", "%s/data/user-$(id -u)" % base),
    ]


def merge_settings(text, entries):
    """`text` with each KEY line set to its value; other lines unchanged."""
    values = dict(entries)
    seen = set()
    lines = []
    for line in text.splitlines():
        words = line.split()
        if words and not words[0].startswith("#") and words[0] in values:
            key = words[0]
            if key not in seen:
                lines.append("%s %s" % (key, values[key]))
                seen.add(key)
            continue  # a repeated key is dropped
        lines.append(line)
    missing = [(key, value) for key, value in entries if key not in seen]
    if missing:
        lines.append(MARKER)
        lines.extend("%s %s" % (key, value) for key, value in missing)
    return "\n".join(lines) + "\n"


def _configure_enroot(settings, volume, logger):
    if shutil.which("enroot") is None:
        raise ProvisionError(
            "container_runtime is true but enroot is not installed (no enroot on PATH)",
            "use an image with enroot and pyxis installed, or set container_runtime to false",
        )
    run(["enroot", "version"], logger)
    if volume is None:
        return
    base = "%s/enroot" % volume
    # World-writable with the sticky bit, like /tmp: every user makes their own subdirectory.
    for directory in (base, base + "/runtime", base + "/cache", base + "/data"):
        ensure_dir(settings.host(directory), 0o1777, logger, shown=directory)
    path = settings.host(ENROOT_CONF)
    text = read_text(path) or ""
    write_if_changed(path, merge_settings(text, enroot_settings(base)), logger, shown=ENROOT_CONF)


def _configure_docker(settings, volume, logger):
    """Docker's data root on `volume` (other daemon.json keys are kept); a
    running Docker is restarted once to use it."""
    path = settings.host(DOCKER_DAEMON_JSON)
    text = read_text(path)
    data = {}
    reason = "not an object"
    if text is not None and text.strip():
        try:
            data = json.loads(text)
        except ValueError as error:
            data = None
            reason = str(error)
        if not isinstance(data, dict):
            raise ProvisionError(
                "%s is not a JSON object (%s)" % (DOCKER_DAEMON_JSON, reason),
                "fix or remove %s, or set lifecycle.localContainerStorage to false" % DOCKER_DAEMON_JSON,
            )
    current = data.get("data-root")
    if isinstance(current, str) and current.startswith(volume + "/"):
        logger.info("Docker's data root is already on %s (%s)", volume, current)
        return
    data["data-root"] = "%s/docker/data-root" % volume
    write_if_changed(path, json.dumps(data, indent=2) + "\n", logger, shown=DOCKER_DAEMON_JSON)
    if run(["systemctl", "is-active", "docker"], logger, quiet=True).ok:
        logger.info("Docker is running: restarting it to use %s", data["data-root"])
        run_checked(["systemctl", "restart", "docker"], logger, "journalctl -u docker")


def _storage(settings, params, node, logger):
    """Points container storage at a local volume. Returns the volume for
    enroot, or None to leave enroot's paths alone."""
    if not params.local_container_storage:
        logger.info("local_container_storage is off: enroot's and Docker's storage paths are left as the image has them")
        return None
    docker = shutil.which("docker") is not None
    volume = local_volume(settings)
    if volume is None:
        users = (["enroot"] if params.container_runtime else []) + (["Docker"] if docker else [])
        if not users:
            logger.info("no local NVMe or /opt/sagemaker volume, and no container runtime to configure")
            return None
        if params.container_runtime and node.role == WORKER:
            raise ProvisionError(
                "container_runtime is true but neither local NVMe (/opt/dlami/nvme) nor an /opt/sagemaker volume "
                "is mounted on this worker: containers would fill the root volume",
                NO_VOLUME_CHECK,
            )
        logger.warning(
            "neither local NVMe (/opt/dlami/nvme) nor an /opt/sagemaker volume is mounted: %s storage is left as "
            "the image has it (on the root volume); do not run containers on this %s node",
            " and ".join(users),
            node.role,
        )
        return None
    logger.info("container storage goes to the local volume %s", volume)
    if docker:
        _configure_docker(settings, volume, logger)
    else:
        logger.info("Docker is not installed: no data root to move")
    return volume


def _plugin_lines(text):
    for line in text.splitlines():
        words = line.split()
        if words and not words[0].startswith("#"):
            yield words


def _configure_pyxis(settings, logger):
    """Returns True if the Slurm plugin configuration changed."""
    plugin = None
    for candidate in PYXIS_PLUGINS:
        if os.path.isfile(settings.host(candidate)):
            plugin = candidate
            break
    if plugin is None:
        raise ProvisionError(
            "container_runtime is true but the pyxis Slurm plugin is not installed (looked for %s)"
            % " and ".join(PYXIS_PLUGINS),
            "use an image with enroot and pyxis installed, or set container_runtime to false",
        )

    plugstack = read_text(settings.host(PLUGSTACK)) or ""
    ours = read_text(settings.host(PYXIS_CONF))
    elsewhere = [PLUGSTACK] if any("spank_pyxis.so" in " ".join(w) for w in _plugin_lines(plugstack)) else []
    if ours is not None and MARKER not in ours and "spank_pyxis.so" in ours:
        elsewhere.append(PYXIS_CONF)
    if elsewhere:
        logger.info("pyxis is already configured in %s by the image: left as it is", ", ".join(elsewhere))
        return False

    changed = write_if_changed(
        settings.host(PYXIS_CONF), "%s\nrequired %s\n" % (MARKER, plugin), logger, shown=PYXIS_CONF
    )
    # An explicit include: configless Slurm does not follow wildcard includes.
    included = any(
        words[0].lower() == "include" and len(words) > 1 and fnmatch.fnmatch(PYXIS_CONF, words[1])
        for words in _plugin_lines(plugstack)
    )
    if included:
        logger.info("%s already includes %s", PLUGSTACK, PYXIS_CONF)
    else:
        text = plugstack
        if text and not text.endswith("\n"):
            text += "\n"
        text += "include %s\n" % PYXIS_CONF
        changed = write_if_changed(settings.host(PLUGSTACK), text, logger, shown=PLUGSTACK) or changed
    return changed


def setup(settings, params, node):
    """Returns True if the Slurm plugin configuration changed (daemons that
    are already running then need a restart)."""
    logger = log("containers")
    volume = _storage(settings, params, node, logger)
    if not params.container_runtime:
        logger.info("container_runtime is off: enroot and pyxis are not configured")
        return False
    _configure_enroot(settings, volume, logger)
    return _configure_pyxis(settings, logger)

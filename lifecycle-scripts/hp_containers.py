"""container_runtime: configures enroot (container images) and the pyxis
Slurm plugin (`srun --container-image=...`). Both must already be installed;
this only writes their configuration."""

import fnmatch
import os
import shutil

from hp_common import ProvisionError, ensure_dir, log, read_text, run, write_if_changed

ENROOT_CONF = "/etc/enroot/enroot.conf"
SLURM_ETC = "/opt/slurm/etc"
PLUGSTACK = SLURM_ETC + "/plugstack.conf"
PYXIS_CONF = SLURM_ETC + "/plugstack.conf.d/pyxis.conf"
PYXIS_PLUGINS = ("/usr/local/lib/slurm/spank_pyxis.so", "/opt/slurm/lib/slurm/spank_pyxis.so")
LOCAL_ENROOT_DIR = "/opt/enroot"
MARKER = "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_containers.py)."


def enroot_settings(base):
    """enroot.conf entries. enroot evaluates $(...) in its configuration for
    the user who runs it. Images (cache) and unpacked containers (data) go to
    `base`; the runtime directory stays on local disk."""
    return [
        ("ENROOT_RUNTIME_PATH", "/tmp/enroot-user-$(id -u)/runtime"),
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


def _configure_enroot(settings, shared_dir, logger):
    if shutil.which("enroot") is None:
        raise ProvisionError(
            "container_runtime is true but enroot is not installed (no enroot on PATH)",
            "use an image with enroot and pyxis installed, or set container_runtime to false",
        )
    run(["enroot", "version"], logger)
    base = "%s/enroot" % shared_dir if shared_dir else LOCAL_ENROOT_DIR
    if not shared_dir:
        logger.info("no shared file system: enroot images stay on local disk under %s", base)
    # World-writable with the sticky bit, like /tmp: every user makes their own subdirectory.
    for directory in (base, base + "/cache", base + "/data"):
        ensure_dir(settings.host(directory), 0o1777, logger, shown=directory)
    path = settings.host(ENROOT_CONF)
    text = read_text(path) or ""
    write_if_changed(path, merge_settings(text, enroot_settings(base)), logger, shown=ENROOT_CONF)


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


def setup(settings, params, shared_dir):
    """Returns True if the Slurm plugin configuration changed (daemons that
    are already running then need a restart)."""
    logger = log("containers")
    if not params.container_runtime:
        logger.info("container_runtime is off: enroot and pyxis are not configured")
        return False
    _configure_enroot(settings, shared_dir, logger)
    return _configure_pyxis(settings, logger)

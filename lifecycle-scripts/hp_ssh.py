"""Passwordless SSH between the nodes (MPI, pdsh, DeepSpeed launchers,
debugging) for the default user and every configured user.

Each user gets one key pair in the shared home (~/.ssh/id_ed25519), created
once even when many nodes start at the same moment: every node generates a
candidate in a private temporary folder next to it and hard-links it into
place; link() fails when the file exists, so exactly one candidate wins and
the others are thrown away. The public key is always derived from the
winning private key (`ssh-keygen -y`), so it can never belong to a losing
candidate. The public key goes into the user's authorized_keys once; a
system-wide ssh client configuration on every node stops host-key prompts
for the cluster's own hosts (HyperPod gives a replaced node a new host key).
"""

import os
import shutil
import socket

from hp_common import ProvisionError, log, read_text, run, run_checked, write_if_changed
from hp_users import account

KEY_NAME = "id_ed25519"
SSH_CLIENT_CONF = "/etc/ssh/ssh_config.d/hyperpod-cluster.conf"
SSH_CONFIG = "/etc/ssh/ssh_config"
MARKER = "# Managed by the HyperPod lifecycle scripts (lifecycle-scripts/hp_ssh.py)."
KEYGEN_CHECK = "that the shared home is writable and that ssh-keygen works on this node"


def host_patterns(addresses):
    """ssh Host patterns for the cluster's hosts: the /16 of every node
    address, as an address (`10.0.*`) and as HyperPod's host name (`ip-10-0-*`)."""
    prefixes = []
    for address in addresses:
        parts = address.split(".")
        if len(parts) == 4 and ".".join(parts[:2]) not in prefixes:
            prefixes.append(".".join(parts[:2]))
    patterns = []
    for prefix in sorted(prefixes):
        patterns.append("ip-%s-*" % prefix.replace(".", "-"))
        patterns.append("%s.*" % prefix)
    return patterns


def client_config_text(node):
    return (
        "%s\n"
        "# Nodes of cluster %s reach each other without host-key prompts: HyperPod gives\n"
        "# a replaced node a new host key under the same address.\n"
        "Host %s\n"
        "    StrictHostKeyChecking no\n"
        "    UserKnownHostsFile /dev/null\n"
        "    LogLevel ERROR\n" % (MARKER, node.cluster_name, " ".join(host_patterns(node.cluster_addresses)))
    )


def _key_body(line):
    """The base64 part of a public key line, or None."""
    fields = line.split()
    for index, field in enumerate(fields[:-1]):
        if field.startswith(("ssh-", "ecdsa-", "sk-")):
            return fields[index + 1]
    return None


def ensure_key_pair(settings, user, private_key, comment, logger):
    """Creates `private_key` (a real path) for `user` unless it exists; safe
    when several nodes do it at the same moment. Returns True if this node
    created it."""
    final = settings.host(private_key)
    if os.path.exists(final):
        logger.info("%s already has a key pair (%s)", user, private_key)
        return False
    ssh_dir = os.path.dirname(private_key)
    candidate_dir = "%s/.keygen-%s-%d" % (ssh_dir, socket.gethostname(), os.getpid())
    os.mkdir(settings.host(candidate_dir), 0o700)
    try:
        candidate = "%s/%s" % (candidate_dir, KEY_NAME)
        run_checked(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", candidate], logger, KEYGEN_CHECK)
        try:
            os.link(settings.host(candidate), final)
        except FileExistsError:
            logger.info("another node created the key pair of %s at the same moment: using that one", user)
            return False
        logger.info("created the key pair of %s (%s)", user, private_key)
        return True
    finally:
        shutil.rmtree(settings.host(candidate_dir), ignore_errors=True)


def _user_keys(settings, name, node, shared_dir, logger):
    found = account(name, logger)
    if found is None:
        raise ProvisionError(
            "user %s does not exist, so it cannot get an SSH key pair" % name,
            "default_user and users[] in provisioning_parameters.json",
        )
    home = found.home.rstrip("/")
    if not home.startswith(shared_dir + "/"):
        logger.warning(
            "the home of %s is %s, not on the shared file system %s: no shared key pair for it", name, home, shared_dir
        )
        return
    ssh_dir = home + "/.ssh"
    if not os.path.isdir(settings.host(ssh_dir)):
        os.makedirs(settings.host(ssh_dir), 0o700, exist_ok=True)  # another node may be at it too
        logger.info("created %s", ssh_dir)
    os.chmod(settings.host(ssh_dir), 0o700)
    private_key = "%s/%s" % (ssh_dir, KEY_NAME)
    ensure_key_pair(settings, name, private_key, "%s@%s" % (name, node.cluster_name), logger)

    derived = run(["ssh-keygen", "-y", "-f", private_key], logger, quiet=True)
    public = derived.output.strip().splitlines()[0] if derived.ok and derived.output.strip() else ""
    body = _key_body(public)
    if body is None:
        raise ProvisionError(
            "ssh-keygen -y -f %s gave no public key (%s)" % (private_key, derived.summary()),
            "the private key %s (delete it to have a new pair made)" % private_key,
        )
    logger.info("public key of %s: %s", name, public)
    write_if_changed(settings.host(private_key + ".pub"), public + "\n", logger, mode=0o644, shown=private_key + ".pub")

    authorized = ssh_dir + "/authorized_keys"
    text = read_text(settings.host(authorized)) or ""
    if any(_key_body(line) == body for line in text.splitlines()):
        logger.info("%s already allows the key of %s", authorized, name)
    else:
        if text and not text.endswith("\n"):
            text += "\n"
        write_if_changed(settings.host(authorized), text + public + "\n", logger, mode=0o600, shown=authorized)
    if os.path.exists(settings.host(authorized)):
        os.chmod(settings.host(authorized), 0o600)
    run_checked(
        ["chown", "%d:%d" % (found.uid, found.gid), ssh_dir, private_key, private_key + ".pub", authorized],
        logger,
        "the ownership of %s" % ssh_dir,
    )


def setup(settings, params, node, shared_dir):
    logger = log("ssh")
    if not params.ssh_keys:
        logger.info("ssh_keys is off: no SSH key pairs or ssh client settings")
        return
    if not shared_dir:
        logger.info("no shared file system: no shared SSH key pairs (each node would have its own)")
        return
    if shutil.which("ssh-keygen") is None:
        raise ProvisionError(
            "ssh_keys is on but ssh-keygen is not installed (no ssh-keygen on PATH)",
            "the node image (openssh-client), or set lifecycle.sshKeys to false",
        )
    for name in [params.default_user] + [user.name for user in params.users]:
        _user_keys(settings, name, node, shared_dir, logger)

    write_if_changed(settings.host(SSH_CLIENT_CONF), client_config_text(node), logger, shown=SSH_CLIENT_CONF)
    system = read_text(settings.host(SSH_CONFIG))
    includes = system is not None and any(
        line.split()[:1] == ["Include"] and "ssh_config.d" in line for line in system.splitlines()
    )
    if not includes:
        logger.warning(
            "%s does not include /etc/ssh/ssh_config.d/*.conf: %s has no effect until it does",
            SSH_CONFIG,
            SSH_CLIENT_CONF,
        )

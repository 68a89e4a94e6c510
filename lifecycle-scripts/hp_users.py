"""Home directories on the shared file system, and cluster users with fixed
uids so that every node agrees on who owns a file."""

import os

from hp_common import ProvisionError, log, run, run_checked


class Account(object):
    def __init__(self, fields):
        self.name = fields[0]
        self.uid = int(fields[2])
        self.gid = int(fields[3])
        self.home = fields[5]


def lookup(database, key, logger):
    """An entry of `getent passwd|group <key>` as a list of fields, or None."""
    result = run(["getent", database, str(key)], logger, quiet=True)
    if result.status == 2:  # getent: key not found
        return None
    if not result.ok:
        raise ProvisionError(
            "getent %s %s failed (%s)" % (database, key, result.summary()),
            "the name service configuration (/etc/nsswitch.conf)",
        )
    lines = result.output.strip().splitlines()
    if not lines:
        return None
    return lines[0].split(":")


def account(key, logger):
    fields = lookup("passwd", key, logger)
    if fields is None or len(fields) < 7:
        return None
    return Account(fields)


def shared_home(settings, params, shared_dir):
    """Moves the default user's home to <shared_dir>/<user>, once."""
    logger = log("home")
    user = params.default_user
    if not shared_dir:
        logger.info("no shared file system: the home of %s stays where it is", user)
        return
    target = "%s/%s" % (shared_dir, user)
    found = account(user, logger)
    if found is None:
        raise ProvisionError(
            "default user '%s' does not exist on this node, so its home cannot move to %s" % (user, target),
            "default_user in provisioning_parameters.json (default: ubuntu)",
        )
    if found.home.rstrip("/") == target:
        logger.info("home of %s is already %s: nothing to do", user, target)
        return
    check = "that %s is writable and that no process of %s is running" % (shared_dir, user)
    if os.path.exists(settings.host(target)):
        # Another node moved it already: use the shared copy, keep the local one.
        logger.info("%s already exists on the shared file system; pointing %s at it", target, user)
        run_checked(["usermod", "-d", target, user], logger, check)
    else:
        logger.info("moving the home of %s from %s to %s", user, found.home, target)
        moved = run(["usermod", "-m", "-d", target, user], logger)
        if not moved.ok:
            if not os.path.exists(settings.host(target)):
                raise ProvisionError("usermod -m -d %s %s failed (%s)" % (target, user, moved.summary()), check)
            # Another node moved its copy there between our look and usermod: use the shared one.
            logger.info("another node created %s at the same moment; pointing %s at it", target, user)
            run_checked(["usermod", "-d", target, user], logger, check)


def _group_for(user, logger):
    """The primary group for `user`: the group with its gid if one exists,
    otherwise a new group named after the user."""
    group = lookup("group", user.gid, logger)
    if group is not None:
        logger.info("gid %d exists (group %s): using it as %s's primary group", user.gid, group[0], user.name)
        return
    if lookup("group", user.name, logger) is not None:
        raise ProvisionError(
            "group '%s' exists with another gid, so user %s cannot get primary group gid %d"
            % (user.name, user.name, user.gid),
            "set users[].gid for %s to that group's gid, or remove the group" % user.name,
        )
    run_checked(["groupadd", "-g", str(user.gid), user.name], logger, "the groups on this node (getent group)")


def create_users(settings, params, shared_dir):
    logger = log("users")
    if not params.users:
        logger.info("no users in provisioning_parameters.json: nothing to create")
        return
    for user in params.users:
        existing = account(user.name, logger)
        if existing is not None:
            if existing.uid != user.uid:
                raise ProvisionError(
                    "user %s exists with uid %d, but provisioning_parameters.json asks for uid %d"
                    % (user.name, existing.uid, user.uid),
                    "pick another name or uid in users[] of provisioning_parameters.json",
                )
            logger.info("user %s exists with uid %d: nothing to do", user.name, user.uid)
            continue
        owner = account(user.uid, logger)
        if owner is not None:
            raise ProvisionError(
                "uid %d for user %s already belongs to user %s" % (user.uid, user.name, owner.name),
                "pick another uid in users[] of provisioning_parameters.json",
            )
        _group_for(user, logger)
        home = "%s/%s" % (shared_dir, user.name) if shared_dir else "/home/%s" % user.name
        # On a shared home another node may have created the directory already.
        create_home = "-M" if os.path.exists(settings.host(home)) else "-m"
        run_checked(
            ["useradd", "-u", str(user.uid), "-g", str(user.gid), "-s", user.shell, "-d", home, create_home, user.name],
            logger,
            "the users on this node (getent passwd)",
        )
        logger.info("created user %s (uid %d, gid %d, home %s)", user.name, user.uid, user.gid, home)

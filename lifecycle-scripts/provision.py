"""Provisions one HyperPod Slurm node. Started by on_create.sh; see
docs/lifecycle-scripts.md for what it does and how to test it.

Exit status: 0 done; 3 failed, and the reason was printed as one line on
stderr and logged. Anything else means it crashed before it could say why.
"""

import logging
import os
import sys
import traceback

REPORTED_FAILURE = 3


def _hooks(settings, node, shared_dir):
    """Runs hooks.d/*.sh (your own additions) in name order, with bash."""
    from hp_common import ProvisionError, log, run

    logger = log("hooks")
    if not os.path.isdir(settings.hooks_dir):
        logger.info("no hooks.d folder: no hooks to run")
        return
    names = sorted(n for n in os.listdir(settings.hooks_dir) if n.endswith(".sh"))
    if not names:
        logger.info("hooks.d holds no *.sh: no hooks to run")
        return
    env = dict(os.environ)
    env.update(
        {
            "HYPERPOD_NODE_ROLE": node.role,
            "HYPERPOD_INSTANCE_GROUP": node.group,
            "HYPERPOD_INSTANCE_ID": node.instance_id,
            "HYPERPOD_NODE_IP": node.ip,
            "HYPERPOD_CLUSTER_NAME": node.cluster_name,
            "HYPERPOD_CONTROLLER_IP": node.controller,
            "HYPERPOD_CONTROLLER_IPS": ",".join(node.controllers),
            "HYPERPOD_SHARED_DIR": shared_dir or "",
        }
    )
    for name in names:
        logger.info("running hook hooks.d/%s", name)
        result = run(["bash", os.path.join(settings.hooks_dir, name)], logger, env=env, cwd=settings.cwd)
        if not result.ok:
            raise ProvisionError(
                "hook hooks.d/%s exited with status %d" % (name, result.status),
                "the hook's output just above this line in the log",
            )


def provision(settings, state):
    import hp_accounting
    import hp_config
    import hp_containers
    import hp_fsx
    import hp_slurm
    import hp_ssh
    import hp_users

    state["step"] = "config"
    settings.read_numbers()
    params, node = hp_config.load(settings)

    state["step"] = "fsx"
    shared_dir = hp_fsx.setup(settings, params, node)

    state["step"] = "home"
    hp_users.shared_home(settings, params, shared_dir)

    state["step"] = "users"
    hp_users.create_users(settings, params, shared_dir)

    state["step"] = "ssh"
    hp_ssh.setup(settings, params, node, shared_dir)

    state["step"] = "containers"
    plugins_changed = hp_containers.setup(settings, params, node)

    state["step"] = "accounting"
    accounting_changed = hp_accounting.setup(settings, params, node)

    state["step"] = "slurm"
    hp_slurm.log_rotation(settings, params)
    hp_slurm.setup(settings, node, plugins_changed or accounting_changed)

    state["step"] = "hooks"
    _hooks(settings, node, shared_dir)
    return node


def main():
    script_dir = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, script_dir)
    from hp_common import ProvisionError, Settings, log, one_line, setup_logging

    settings = Settings(os.environ, os.getcwd(), script_dir)
    setup_logging(settings.log_file)
    logger = log("main")
    state = {"step": "setup"}
    try:
        if os.geteuid() != 0 and not settings.root:
            raise ProvisionError("must run as root", "run on_create.sh as root (HyperPod does)")
        logger.info(
            "provisioning starts: parameters %s, resource config %s%s",
            settings.parameters,
            settings.resource_config,
            ", root prefix %s" % settings.root if settings.root else "",
        )
        node = provision(settings, state)
    except ProvisionError as error:
        line = "FAILED [%s] %s. Check: %s" % (state["step"], one_line(error.what), one_line(error.check))
    except Exception as error:  # a bug: say so in one line, keep the traceback in the log
        logging.getLogger("provision.%s" % state["step"]).error(traceback.format_exc().rstrip())
        line = "FAILED [%s] unexpected error %s: %s. Check: the traceback in %s" % (
            state["step"],
            type(error).__name__,
            one_line(error),
            "/var/log/provision/provisioning.log",
        )
    else:
        logger.info("provisioning finished: %s node %s (%s) is ready", node.role, node.ip, node.group)
        return 0
    log(state["step"]).error(line)
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
    return REPORTED_FAILURE


if __name__ == "__main__":
    sys.exit(main())

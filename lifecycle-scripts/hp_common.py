"""Shared pieces of the HyperPod lifecycle scripts: settings, logging, errors,
running commands and writing files.

Runs on Python 3.8 (the HyperPod Ubuntu image): standard library only, no
3.9+ syntax or APIs.

Every path the scripts read or write directly goes through Settings.host(),
so a test can point HYPERPOD_ROOT at a temporary directory. Paths handed to
system commands (mount, usermod, ...) and written into configuration files
stay the real ones; the test stand-ins for those commands apply the same
prefix themselves.
"""

import logging
import os
import shlex
import socket
import subprocess
import sys
import time

LOGGER_NAME = "provision"
LOG_FILE = "/var/log/provision/provisioning.log"
DEFAULT_RESOURCE_CONFIG = "/opt/ml/config/resource_config.json"
PARAMETERS_FILE = "provisioning_parameters.json"
COMMAND_TIMEOUT = 600  # seconds; no single command should take longer


class ProvisionError(Exception):
    """A problem the node cannot recover from.

    `what` says what failed, `check` what the operator should look at. The
    step name is added by the caller; the three become the single line that
    is printed on failure.
    """

    def __init__(self, what, check):
        Exception.__init__(self, what)
        self.what = what
        self.check = check


def log(step):
    """The logger of one step; its name shows up as [step] in every line."""
    return logging.getLogger(LOGGER_NAME + "." + step)


def _number(environ, name, default, minimum, integer):
    raw = environ.get(name, "")
    if raw.strip() == "":
        return default
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        kind = "a whole number" if integer else "a number"
        raise ProvisionError(
            "environment variable %s must be %s >= %s, got '%s'" % (name, kind, minimum, raw),
            "unset %s or give it a valid value" % name,
        )
    return value


class Settings(object):
    """Everything the environment can change. On a real node none of the
    variables is set and the defaults apply."""

    def __init__(self, environ, cwd, script_dir):
        self.root = environ.get("HYPERPOD_ROOT", "").rstrip("/")
        self.script_dir = script_dir
        self.cwd = cwd
        self.log_file = self.host(LOG_FILE)
        self.resource_config = environ.get("SAGEMAKER_RESOURCE_CONFIG_PATH") or self.host(
            DEFAULT_RESOURCE_CONFIG
        )
        self.parameters = environ.get("HYPERPOD_PROVISIONING_PARAMETERS") or os.path.join(
            cwd, PARAMETERS_FILE
        )
        self.hooks_dir = os.path.join(script_dir, "hooks.d")
        self.environ = environ
        self.slurm_conf_timeout = None
        self.slurm_conf_poll = None
        self.mount_retries = None
        self.mount_retry_pause = None

    def read_numbers(self):
        """Parsed separately so that a bad value is reported in the log."""
        env = self.environ
        self.slurm_conf_timeout = _number(env, "HYPERPOD_SLURM_CONF_TIMEOUT", 300.0, 0, False)
        self.slurm_conf_poll = _number(env, "HYPERPOD_SLURM_CONF_POLL", 5.0, 0.01, False)
        self.mount_retries = _number(env, "HYPERPOD_MOUNT_RETRIES", 5, 1, True)
        self.mount_retry_pause = _number(env, "HYPERPOD_MOUNT_RETRY_PAUSE", 10.0, 0, False)

    def host(self, path):
        """Where the node path `path` (absolute) is on this machine."""
        if not self.root:
            return path
        return self.root + path


class _Formatter(logging.Formatter):
    converter = time.gmtime

    def format(self, record):
        name = record.name
        record.step = name[len(LOGGER_NAME) + 1:] if name.startswith(LOGGER_NAME + ".") else name
        return logging.Formatter.format(self, record)


class _BelowError(logging.Filter):
    def filter(self, record):
        return record.levelno < logging.ERROR


def setup_logging(log_file):
    """Every line goes to the log file (shipped to CloudWatch) with a UTC
    timestamp; the same lines go to stdout, except the final ERROR, which
    main() prints once to stderr instead."""
    formatter = _Formatter("%(asctime)s %(levelname)s [%(step)s] %(message)s", "%Y-%m-%dT%H:%M:%SZ")
    root = logging.getLogger(LOGGER_NAME)
    root.setLevel(logging.INFO)
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
    directory = os.path.dirname(log_file)
    if not os.path.isdir(directory):
        os.makedirs(directory, 0o755)
    to_file = logging.FileHandler(log_file, mode="a", encoding="utf-8")
    to_file.setFormatter(formatter)
    root.addHandler(to_file)
    to_stdout = logging.StreamHandler(sys.stdout)
    to_stdout.setFormatter(formatter)
    to_stdout.addFilter(_BelowError())
    root.addHandler(to_stdout)


class Result(object):
    def __init__(self, status, output):
        self.status = status
        self.output = output

    @property
    def ok(self):
        return self.status == 0

    def summary(self):
        """The command's output as one short line, for error messages."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        text = " / ".join(lines[-3:]) if lines else "no output"
        if len(text) > 300:
            text = text[:297] + "..."
        return "exit %d: %s" % (self.status, text)


def run(args, logger, quiet=False, env=None, cwd=None):
    """Run a command found on PATH; its output is logged line by line.

    Never raises for a failing command: callers decide what a failure means.
    `quiet` logs nothing (used for status queries such as is-active).
    """
    if not quiet:
        logger.info("run: %s", " ".join(shlex.quote(a) for a in args))
    try:
        proc = subprocess.run(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            universal_newlines=True,
            timeout=COMMAND_TIMEOUT,
            env=env,
            cwd=cwd,
        )
        result = Result(proc.returncode, proc.stdout or "")
    except FileNotFoundError:
        result = Result(127, "%s: command not found" % args[0])
    except subprocess.TimeoutExpired:
        result = Result(124, "%s: no answer after %d s" % (args[0], COMMAND_TIMEOUT))
    if not quiet:
        for line in result.output.splitlines():
            if line.strip():
                logger.info("  | %s", line.rstrip())
        if not result.ok:
            logger.warning("  %s exited with status %d", args[0], result.status)
    return result


def run_checked(args, logger, check):
    """Run a command that must succeed; a failure stops the node."""
    result = run(args, logger)
    if not result.ok:
        raise ProvisionError("%s failed (%s)" % (" ".join(args), result.summary()), check)
    return result


def read_text(path):
    """The file's text, or None if it does not exist."""
    try:
        with open(path, "r", encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def write_if_changed(path, content, logger, mode=0o644, shown=None):
    """Write `content` to `path` (a host path) unless it is already there.

    Written to a temporary file first and renamed, so a reader never sees
    half a file. Returns True if the file changed.
    """
    shown = shown or path
    if read_text(path) == content:
        logger.info("%s is up to date", shown)
        return False
    directory = os.path.dirname(path)
    if not os.path.isdir(directory):
        os.makedirs(directory, 0o755)
    if os.path.exists(path):
        mode = os.stat(path).st_mode & 0o7777
    # Host name and pid: on the shared file system several nodes may write at once.
    temporary = "%s.tmp-%s-%d" % (path, socket.gethostname(), os.getpid())
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.chmod(temporary, mode)
    os.replace(temporary, path)
    logger.info("wrote %s", shown)
    return True


def ensure_dir(path, mode, logger, shown=None):
    """Create directory `path` (host path) with `mode`; fix the mode if needed.
    Returns True if anything changed."""
    shown = shown or path
    changed = False
    if not os.path.isdir(path):
        os.makedirs(path)
        logger.info("created directory %s", shown)
        changed = True
    if os.stat(path).st_mode & 0o7777 != mode:
        os.chmod(path, mode)
        logger.info("set mode %o on %s", mode, shown)
        changed = True
    return changed


def one_line(text):
    return " ".join(str(text).split())

"""Reads provisioning_parameters.json and resource_config.json and works out
which node this is: its instance group and its role (controller, login or
worker)."""

import json
import re

from hp_common import ProvisionError, log, run

CONTROLLER = "controller"
LOGIN = "login"
WORKER = "worker"

DEFAULT_MOUNT_POINT = "/fsx"
DEFAULT_USER = "ubuntu"

KNOWN_KEYS = (
    "version",
    "workload_manager",
    "controller_group",
    "login_group",
    "worker_groups",
    "fsx_dns_name",
    "fsx_mountname",
    "fsx_mount_point",
    "default_user",
    "container_runtime",
    "users",
    "fsx_efa",
    "ssh_keys",
    "local_container_storage",
    "slurm_log_rotation",
    "data_repository",  # read by verify_cluster.py
    "accounting",
)

USER_NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
DNS_NAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")
MOUNT_NAME = re.compile(r"^[A-Za-z0-9_]+$")
MOUNT_POINT = re.compile(r"^(/(?!\.\.?(/|$))[^/\s]+)+/?$")
SHELL = re.compile(r"^/\S+$")
MAX_ID = 4294967294  # the largest uid/gid Linux allows
REGULAR_IDS = (1000, 60000)  # Ubuntu's UID_MIN..UID_MAX
IPV4 = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")
SECRET_ARN = re.compile(r"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$")
REGION = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d$")
ACCOUNTING_KEYS = ("endpoint", "port", "secret_arn", "region")

PARAMS_CHECK = "fix provisioning_parameters.json in the lifecycle-script S3 folder (keys: docs/lifecycle-scripts.md)"
RESOURCE_CHECK = (
    "that HyperPod wrote resource_config.json for this cluster (SAGEMAKER_RESOURCE_CONFIG_PATH, "
    "normally /opt/ml/config/resource_config.json)"
)


class User(object):
    def __init__(self, name, uid, gid, shell):
        self.name = name
        self.uid = uid
        self.gid = gid
        self.shell = shell


class Accounting(object):
    """Where slurmdbd finds its database, and the secret with its user name and password."""

    def __init__(self, endpoint, port, secret_arn, region):
        self.endpoint = endpoint
        self.port = port
        self.secret_arn = secret_arn
        self.region = region


class Parameters(object):
    """provisioning_parameters.json, checked."""

    def __init__(self):
        self.controller_group = ""
        self.login_group = None
        self.worker_groups = []  # list of (instance_group_name, partition_name)
        self.fsx_dns_name = None
        self.fsx_mountname = None
        self.fsx_mount_point = DEFAULT_MOUNT_POINT
        self.default_user = DEFAULT_USER
        self.container_runtime = False
        self.users = []
        self.fsx_efa = False  # the file system is EFA-enabled: use EFA where the node has it
        self.ssh_keys = True
        self.local_container_storage = True
        self.slurm_log_rotation = True
        self.accounting = None  # an Accounting, when Slurm accounting is on

    @property
    def has_fsx(self):
        return bool(self.fsx_dns_name)


class Node(object):
    """This node as resource_config.json describes it."""

    def __init__(self, ip, group, role, instance_name, instance_id, cluster_name):
        self.ip = ip
        self.group = group
        self.role = role
        self.instance_name = instance_name
        self.instance_id = instance_id
        self.cluster_name = cluster_name
        self.instance_type = ""  # e.g. ml.p5.48xlarge
        # CustomerIpAddress of every instance of controller_group, in the order
        # resource_config.json lists them; the first is the primary controller.
        self.controllers = []
        # Every instance address of the cluster (for the ssh client configuration).
        self.cluster_addresses = []

    @property
    def controller(self):
        """The primary controller's address."""
        return self.controllers[0] if self.controllers else ""


def load_json(path, label, check):
    try:
        with open(path, "r", encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise ProvisionError("%s not found at %s" % (label, path), check)
    except (OSError, UnicodeDecodeError) as error:
        raise ProvisionError("cannot read %s at %s (%s)" % (label, path, error), check)
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ProvisionError("%s at %s is not valid JSON (%s)" % (label, path, error), check)
    if not isinstance(data, dict):
        raise ProvisionError("%s at %s must hold a JSON object" % (label, path), check)
    return data


def _bad(message):
    return ProvisionError("provisioning_parameters.json: " + message, PARAMS_CHECK)


def _optional_string(data, key, pattern=None, what=None):
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _bad("%s must be a string" % key)
    if pattern is not None and not pattern.match(value):
        raise _bad("%s '%s' is not %s" % (key, value, what))
    return value


def _whole_number(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _user_id(entry, key, default, where, logger):
    value = entry.get(key, default)
    if not _whole_number(value) or value < 1 or value > MAX_ID:
        raise _bad("%s.%s must be a whole number from 1 to %d (0 is root)" % (where, key, MAX_ID))
    if key in entry and not REGULAR_IDS[0] <= value <= REGULAR_IDS[1]:
        logger.warning(
            "provisioning_parameters.json: %s.%s %d is outside %d-%d, the range of regular users",
            where,
            key,
            value,
            REGULAR_IDS[0],
            REGULAR_IDS[1],
        )
    return value


def _parse_users(raw, logger):
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _bad("users must be a list of {name, uid} objects")
    users = []
    names = set()
    uids = set()
    for index, entry in enumerate(raw):
        where = "users[%d]" % index
        if not isinstance(entry, dict):
            raise _bad("%s must be an object with name and uid" % where)
        name = entry.get("name")
        if not isinstance(name, str) or not USER_NAME.match(name):
            raise _bad("%s.name must be a user name (lower case letters, digits, _ and -)" % where)
        uid = _user_id(entry, "uid", None, where, logger)
        gid = _user_id(entry, "gid", uid, where, logger)
        shell = entry.get("shell", "/bin/bash")
        if not isinstance(shell, str) or not SHELL.match(shell):
            raise _bad("%s.shell must be an absolute path like /bin/bash" % where)
        unknown = sorted(set(entry) - set(["name", "uid", "gid", "shell"]))
        if unknown:
            raise _bad("%s has unknown keys: %s" % (where, ", ".join(unknown)))
        if name in names:
            raise _bad("user %s is listed twice" % name)
        if uid in uids:
            raise _bad("uid %d is listed twice" % uid)
        names.add(name)
        uids.add(uid)
        users.append(User(name, uid, gid, shell))
    return users


def _parse_accounting(raw):
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _bad("accounting must be an object with endpoint, port, secret_arn and region")
    unknown = sorted(set(raw) - set(ACCOUNTING_KEYS))
    if unknown:
        raise _bad("accounting has unknown keys: %s" % ", ".join(unknown))
    endpoint = _optional_string(raw, "endpoint", DNS_NAME, "a host name")
    if not endpoint:
        raise _bad("accounting.endpoint (the database host name) is missing")
    port = raw.get("port", 3306)
    if not _whole_number(port) or port < 1 or port > 65535:
        raise _bad("accounting.port must be a whole number from 1 to 65535")
    secret_arn = raw.get("secret_arn")
    if not isinstance(secret_arn, str) or not SECRET_ARN.match(secret_arn):
        raise _bad("accounting.secret_arn must be a Secrets Manager secret ARN")
    region = raw.get("region")
    if not isinstance(region, str) or not REGION.match(region):
        raise _bad("accounting.region must be an AWS region name like ap-northeast-1")
    return Accounting(endpoint, port, secret_arn, region)


def parse_parameters(data):
    """Check the parameters and turn them into a Parameters object."""
    logger = log("config")
    params = Parameters()

    for key in sorted(data):
        if key not in KNOWN_KEYS:
            logger.warning("provisioning_parameters.json: ignoring unknown key '%s'", key)

    version = data.get("version")
    if version is not None and version != "1.0.0":
        logger.warning("provisioning_parameters.json: version is '%s', these scripts expect '1.0.0'", version)
    manager = data.get("workload_manager", "slurm")
    if manager != "slurm":
        raise _bad("workload_manager must be 'slurm', got '%s'" % manager)

    controller = data.get("controller_group")
    if not isinstance(controller, str) or not controller:
        raise _bad("controller_group (the controller's instance group name) is missing")
    params.controller_group = controller
    params.login_group = _optional_string(data, "login_group")

    workers = data.get("worker_groups", [])
    if workers is None:
        workers = []
    if not isinstance(workers, list):
        raise _bad("worker_groups must be a list")
    for index, entry in enumerate(workers):
        if not isinstance(entry, dict):
            raise _bad("worker_groups[%d] must be an object" % index)
        group = entry.get("instance_group_name")
        partition = entry.get("partition_name")
        if not isinstance(group, str) or not group:
            raise _bad("worker_groups[%d].instance_group_name is missing" % index)
        if not isinstance(partition, str) or not partition:
            raise _bad("worker_groups[%d].partition_name is missing" % index)
        params.worker_groups.append((group, partition))

    params.fsx_dns_name = _optional_string(data, "fsx_dns_name", DNS_NAME, "a DNS name")
    params.fsx_mountname = _optional_string(data, "fsx_mountname", MOUNT_NAME, "a Lustre mount name")
    if bool(params.fsx_dns_name) != bool(params.fsx_mountname):
        present, missing = ("fsx_dns_name", "fsx_mountname")
        if params.fsx_mountname:
            present, missing = missing, present
        raise _bad("%s is set but %s is missing; give both or neither" % (present, missing))
    mount_point = _optional_string(data, "fsx_mount_point", MOUNT_POINT, "an absolute directory path other than /")
    if mount_point:
        params.fsx_mount_point = mount_point.rstrip("/")
    user = _optional_string(data, "default_user", USER_NAME, "a user name")
    if user:
        params.default_user = user

    params.container_runtime = _flag(data, "container_runtime", False)
    params.fsx_efa = _flag(data, "fsx_efa", False)
    params.ssh_keys = _flag(data, "ssh_keys", True)
    params.local_container_storage = _flag(data, "local_container_storage", True)
    params.slurm_log_rotation = _flag(data, "slurm_log_rotation", True)
    params.users = _parse_users(data.get("users"), logger)
    params.accounting = _parse_accounting(data.get("accounting"))
    return params


def _flag(data, key, default):
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _bad("%s must be true or false" % key)
    return value


def _check_resource_config(data, path):
    def bad(message):
        return ProvisionError("resource_config.json at %s: %s" % (path, message), RESOURCE_CHECK)

    groups = data.get("InstanceGroups")
    if not isinstance(groups, list) or not groups:
        raise bad("InstanceGroups is missing or empty")
    for g_index, group in enumerate(groups):
        where = "InstanceGroups[%d]" % g_index
        if not isinstance(group, dict) or not isinstance(group.get("Name"), str) or not group.get("Name"):
            raise bad("%s has no Name" % where)
        instances = group.get("Instances", [])
        if not isinstance(instances, list):
            raise bad("%s.Instances must be a list" % where)
        for i_index, instance in enumerate(instances):
            if not isinstance(instance, dict) or not isinstance(instance.get("CustomerIpAddress"), str):
                raise bad("%s.Instances[%d] has no CustomerIpAddress" % (where, i_index))
    return groups


def local_addresses():
    """This node's IPv4 addresses: `hostname -I`, or `ip` if that fails."""
    logger = log("config")
    result = run(["hostname", "-I"], logger, quiet=True)
    addresses = []
    if result.ok:
        addresses = [a for a in result.output.split() if IPV4.match(a)]
    if not addresses:
        logger.info("hostname -I gave no IPv4 address (%s); asking ip instead", result.summary())
        result = run(["ip", "-o", "-4", "addr", "show"], logger, quiet=True)
        if result.ok:
            addresses = re.findall(r"\binet (\d+\.\d+\.\d+\.\d+)/", result.output)
    addresses = [a for a in addresses if not a.startswith("127.")]
    if not addresses:
        raise ProvisionError(
            "cannot find this node's IPv4 address (hostname -I and ip -o -4 addr show gave none)",
            "the node's network interfaces",
        )
    return addresses


def find_node(settings, params):
    """Match this node with resource_config.json and give it its role."""
    logger = log("config")
    data = load_json(settings.resource_config, "resource_config.json", RESOURCE_CHECK)
    groups = _check_resource_config(data, settings.resource_config)
    names = [group["Name"] for group in groups]
    cluster = data.get("ClusterConfig") if isinstance(data.get("ClusterConfig"), dict) else {}
    cluster_name = cluster.get("ClusterName") or "unknown"
    logger.info("cluster %s; instance groups: %s", cluster_name, ", ".join(names))

    roles = {}

    def assign(group, role, key):
        if group not in names:
            raise ProvisionError(
                "provisioning_parameters.json: %s names instance group '%s', which is not in "
                "resource_config.json (instance groups: %s)" % (key, group, ", ".join(names)),
                "that the group names in provisioning_parameters.json match the cluster's instance groups exactly",
            )
        if group in roles:
            raise ProvisionError(
                "provisioning_parameters.json: instance group '%s' has two roles (%s and %s)"
                % (group, roles[group], role),
                "every instance group must be exactly one of controller_group, login_group or a worker group",
            )
        roles[group] = role

    assign(params.controller_group, CONTROLLER, "controller_group")
    if params.login_group:
        assign(params.login_group, LOGIN, "login_group")
    for index, (group, _partition) in enumerate(params.worker_groups):
        assign(group, WORKER, "worker_groups[%d]" % index)

    addresses = local_addresses()
    matches = []
    for group in groups:
        for instance in group.get("Instances", []):
            if instance["CustomerIpAddress"] in addresses:
                matches.append((group["Name"], instance))
    if not matches:
        raise ProvisionError(
            "this node (IPv4 %s) is not in resource_config.json at %s" % (", ".join(addresses), settings.resource_config),
            "that %s describes this cluster" % settings.resource_config,
        )
    if len(matches) > 1:
        raise ProvisionError(
            "this node (IPv4 %s) matches %d instances in resource_config.json" % (", ".join(addresses), len(matches)),
            "the CustomerIpAddress entries in " + settings.resource_config,
        )
    group, instance = matches[0]
    controllers = [
        i["CustomerIpAddress"]
        for g in groups
        if g["Name"] == params.controller_group
        for i in g.get("Instances", [])
    ]
    if not controllers:
        raise ProvisionError(
            "controller_group '%s' has no instances in resource_config.json at %s, so there is no controller address"
            % (params.controller_group, settings.resource_config),
            "that controller_group in provisioning_parameters.json names the cluster's controller instance group",
        )

    no_role_check = "add it to controller_group, login_group or worker_groups in provisioning_parameters.json"
    if group not in roles:
        raise ProvisionError(
            "this node's instance group '%s' has no role: it is not controller_group, login_group or in worker_groups"
            % group,
            no_role_check,
        )
    for name in names:
        if name not in roles:
            raise ProvisionError(
                "instance group '%s' has no role: it is not controller_group, login_group or in worker_groups" % name,
                no_role_check,
            )

    node = Node(
        instance["CustomerIpAddress"],
        group,
        roles[group],
        instance.get("InstanceName", ""),
        instance.get("InstanceId", ""),
        cluster_name,
    )
    node.controllers = controllers
    node.cluster_addresses = [i["CustomerIpAddress"] for g in groups for i in g.get("Instances", [])]
    for g in groups:
        if g["Name"] == group and isinstance(g.get("InstanceType"), str):
            node.instance_type = g["InstanceType"]
    logger.info(
        "this node: %s (%s, %s) in instance group %s, role %s",
        node.ip,
        node.instance_name or "?",
        node.instance_id or "?",
        node.group,
        node.role,
    )
    logger.info(
        "controller address%s from resource_config.json (instance group %s): %s%s",
        "es" if len(controllers) > 1 else "",
        params.controller_group,
        ", ".join(controllers),
        " (the first is the primary)" if len(controllers) > 1 else "",
    )
    return node


def load(settings):
    params = parse_parameters(
        load_json(
            settings.parameters,
            "provisioning_parameters.json",
            "upload provisioning_parameters.json next to on_create.sh in the lifecycle-script S3 folder",
        )
    )
    return params, find_node(settings, params)

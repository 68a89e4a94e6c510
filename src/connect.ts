/**
 * `npm run connect`: a shell on a cluster node through AWS Systems Manager,
 * or an ssh client configuration that goes through it.
 *
 * HyperPod registers every node as an SSM target named
 * `sagemaker-cluster:<cluster-id>_<instance-group>-<instance-id>`, where the
 * cluster id is the last segment of the cluster ARN.
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-run-jobs-slurm-access-nodes.html
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-getting-started-enable-ssh-connections.html
 */

/** The part of a resolved cluster this tool needs. */
export interface ConnectCluster {
  readonly stackName: string;
  readonly clusterName: string;
  readonly region: string;
  readonly instanceGroups: readonly { readonly name: string; readonly role: string }[];
  readonly lifecycle: { readonly defaultUser: string };
}

export interface ConnectArgs {
  readonly stack?: string;
  readonly group?: string;
  readonly index?: number;
  readonly sshConfig: boolean;
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What the tool needs from the outside world; tests pass stand-ins. */
export interface ConnectIo {
  /** Runs a command and captures its output. */
  readonly run: (cmd: string, args: readonly string[]) => RunResult;
  /** Runs a command attached to this terminal; returns its exit status. */
  readonly attach: (cmd: string, args: readonly string[]) => number;
  /** Whether a command is on PATH. */
  readonly has: (cmd: string) => boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const USAGE = "usage: npm run connect -- [stack] [group] [index] [--ssh-config]";

/** Exit status of a usage error or a failed lookup. */
export const EXIT_USAGE = 2;

export const INSTALL_AWS_CLI =
  "the AWS CLI (aws) is not on PATH: install AWS CLI v2, see https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html";
export const INSTALL_SSM_PLUGIN =
  "the Session Manager plugin (session-manager-plugin) is not on PATH: install it, see " +
  "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-install-plugin.html";

/** Parses `[stack] [group] [index] [--ssh-config]`; a lone number is the index. */
export function parseConnectArgs(argv: readonly string[]): ConnectArgs | { error: string } {
  const words = argv.filter((a) => a !== "--ssh-config");
  const unknown = words.filter((a) => a.startsWith("-"));
  if (unknown.length > 0) return { error: `unknown option ${unknown.join(", ")}; ${USAGE}` };
  const last = words[words.length - 1];
  const hasIndex = last !== undefined && /^\d+$/.test(last);
  const names = hasIndex ? words.slice(0, -1) : words;
  if (names.length > 2) return { error: `too many arguments (${argv.join(" ")}); ${USAGE}` };
  return {
    stack: names[0],
    group: names[1],
    index: hasIndex ? Number(last) : undefined,
    sshConfig: argv.includes("--ssh-config"),
  };
}

export interface ClusterNode {
  readonly group: string;
  readonly instanceId: string;
  readonly launchTime: string;
}

/** The SSM target of one node. */
export function ssmTarget(clusterArn: string, node: ClusterNode): string {
  const clusterId = clusterArn.split("/").pop();
  return `sagemaker-cluster:${clusterId}_${node.group}-${node.instanceId}`;
}

/** The nodes of a group in a stable order: oldest first, then by instance id. */
export function nodesOf(listOutput: string, group: string): ClusterNode[] {
  const parsed = JSON.parse(listOutput) as {
    ClusterNodeSummaries?: { InstanceGroupName: string; InstanceId: string; LaunchTime?: string }[];
  };
  return (parsed.ClusterNodeSummaries ?? [])
    .filter((n) => n.InstanceGroupName === group)
    .map((n) => ({ group: n.InstanceGroupName, instanceId: n.InstanceId, launchTime: String(n.LaunchTime ?? "") }))
    .sort((a, b) => a.launchTime.localeCompare(b.launchTime) || a.instanceId.localeCompare(b.instanceId));
}

/** One `Host` block of an ssh client configuration. */
export function sshConfigBlock(alias: string, target: string, user: string, region: string): string {
  return [
    `Host ${alias}`,
    `  HostName ${target}`,
    `  User ${user}`,
    `  ProxyCommand aws ssm start-session --region ${region} --target %h --document-name AWS-StartSSHSession --parameters portNumber=%p`,
    "",
  ].join("\n");
}

class ConnectError extends Error {}

function pick<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  wanted: string | undefined,
  what: string,
  fallback: (items: readonly T[]) => T | undefined,
): T {
  const found = wanted === undefined ? fallback(items) : items.find((i) => nameOf(i) === wanted);
  if (found) return found;
  const names = items.map(nameOf).join(", ");
  throw new ConnectError(
    wanted === undefined ? `name the ${what}: one of ${names}` : `no ${what} named "${wanted}"; known: ${names}`,
  );
}

function aws(io: ConnectIo, args: readonly string[], doing: string): string {
  const r = io.run("aws", args);
  if (r.status !== 0) throw new ConnectError(`${doing} failed (aws ${args.join(" ")}): ${r.stderr.trim()}`);
  return r.stdout;
}

/** Runs the tool; returns the exit status. */
export function connect(argv: readonly string[], clusters: readonly ConnectCluster[], io: ConnectIo): number {
  const args = parseConnectArgs(argv);
  if ("error" in args) {
    io.err(`connect: ${args.error}\n`);
    return EXIT_USAGE;
  }
  try {
    const cluster = pick(
      clusters,
      (c) => c.stackName,
      args.stack,
      "stack",
      (cs) => (cs.length === 1 ? cs[0] : undefined),
    );
    const missing = [
      io.has("aws") ? undefined : INSTALL_AWS_CLI,
      io.has("session-manager-plugin") ? undefined : INSTALL_SSM_PLUGIN,
    ];
    const tools = missing.filter((m): m is string => m !== undefined);
    if (tools.length > 0) throw new ConnectError(tools.join("\n  "));

    const region = ["--region", cluster.region];
    const arn = aws(
      io,
      [
        "sagemaker",
        "describe-cluster",
        "--cluster-name",
        cluster.clusterName,
        ...region,
        "--query",
        "ClusterArn",
        "--output",
        "text",
      ],
      `looking up cluster ${cluster.clusterName} in ${cluster.region}`,
    ).trim();
    const listed = aws(
      io,
      ["sagemaker", "list-cluster-nodes", "--cluster-name", cluster.clusterName, ...region, "--output", "json"],
      `listing the nodes of ${cluster.clusterName}`,
    );

    if (args.sshConfig) {
      const groups =
        args.group === undefined
          ? cluster.instanceGroups
          : [
              pick(
                cluster.instanceGroups,
                (g) => g.name,
                args.group,
                "instance group",
                () => undefined,
              ),
            ];
      const blocks = groups.flatMap((g) =>
        nodesOf(listed, g.name)
          .map((node, i) => ({ node, i }))
          .filter(({ i }) => args.index === undefined || i === args.index)
          .map(({ node, i }) =>
            sshConfigBlock(
              `${cluster.clusterName}-${g.name}-${i}`,
              ssmTarget(arn, node),
              cluster.lifecycle.defaultUser,
              cluster.region,
            ),
          ),
      );
      if (blocks.length === 0) throw new ConnectError(`${cluster.clusterName} has no running node to list`);
      io.out(
        `# ${cluster.clusterName} (${cluster.region}): ssh through SSM; add to ~/.ssh/config\n${blocks.join("\n")}`,
      );
      return 0;
    }

    const group = pick(
      cluster.instanceGroups,
      (g) => g.name,
      args.group,
      "instance group",
      (gs) => gs.find((g) => g.role === "controller"),
    );
    const nodes = nodesOf(listed, group.name);
    const index = args.index ?? 0;
    if (index >= nodes.length) {
      throw new ConnectError(
        nodes.length === 0
          ? `instance group ${group.name} of ${cluster.clusterName} has no running node`
          : `instance group ${group.name} has ${nodes.length} node(s), index 0 to ${nodes.length - 1}; got ${index}`,
      );
    }
    const target = ssmTarget(arn, nodes[index]);
    io.err(`connect: ${cluster.clusterName} ${group.name}[${index}] ${nodes[index].instanceId} (${target})\n`);
    return io.attach("aws", ["ssm", "start-session", "--target", target, ...region]);
  } catch (e) {
    if (!(e instanceof ConnectError)) throw e;
    io.err(`connect: ${e.message}\n`);
    return EXIT_USAGE;
  }
}

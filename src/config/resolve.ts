/**
 * Turns parsed settings into the resolved configuration the stacks use: every
 * value the file left out is filled with the default it stands for, and the
 * values derived from others (cluster name, AZs, Slurm partitions) are worked
 * out here, once.
 */
import type { CreateVpcProps, ExistingVpcProps } from "../constructs/network";
import type { BackendSettings, ClusterSettings, InstanceGroupSettings } from "./schema";

/** Placement settings both network modes share. */
interface Placement {
  readonly s3Endpoint: boolean;
  readonly subnetIndex: number;
}

export interface CreatedVpc extends CreateVpcProps, Placement {
  readonly mode: "create";
}

export interface ExistingVpc extends ExistingVpcProps, Placement {
  readonly mode: "existing";
  /** AZ of each private subnet, when the file says (for checks only). */
  readonly availabilityZones?: string[];
}

export type ResolvedNetwork = CreatedVpc | ExistingVpc;

export interface ResolvedInstanceGroup extends InstanceGroupSettings {
  /** Slurm partition (workers only): the configured one or the group name. */
  readonly partition?: string;
}

export type ResolvedFsx = ClusterSettings["fsx"];

export interface ResolvedCluster
  extends Omit<ClusterSettings, "network" | "instanceGroups" | "clusterName" | "protect" | "tags" | "backend"> {
  /** Stack id (the key under `clusters`, or `hyperpod` for a file without `clusters`). */
  readonly stackName: string;
  /** Prefix of every path in findings: "" or "clusters.<name>.". */
  readonly pathPrefix: string;
  readonly clusterName: string;
  readonly protect: boolean;
  readonly tags: Record<string, string>;
  readonly backend: BackendSettings;
  readonly network: ResolvedNetwork;
  readonly instanceGroups: ResolvedInstanceGroup[];
  /** Whether `network.vpc` and `network.existingVpc` were both given (a check reports it). */
  readonly networkConflict: boolean;
}

export const DEFAULT_STACK_NAME = "hyperpod";

export function resolveCluster(stackName: string, pathPrefix: string, s: ClusterSettings): ResolvedCluster {
  const { network, instanceGroups, clusterName, protect, tags, backend, fsx, ...rest } = s;
  const resolvedNetwork: ResolvedNetwork = network.existingVpc
    ? {
        mode: "existing",
        ...network.existingVpc,
        s3Endpoint: network.s3Endpoint,
        subnetIndex: network.subnetIndex,
      }
    : {
        mode: "create",
        name: network.vpc?.name ?? "sagemaker-hyperpod",
        cidr: network.vpc?.cidr ?? "10.0.0.0/16",
        azs: network.vpc?.azs ?? [`${s.region}a`, `${s.region}c`],
        privateSubnets: network.vpc?.privateSubnets ?? ["10.0.1.0/24"],
        publicSubnets: network.vpc?.publicSubnets ?? ["10.0.101.0/24"],
        natGateways: network.vpc?.natGateways ?? "per-private-subnet",
        s3Endpoint: network.s3Endpoint,
        subnetIndex: network.subnetIndex,
      };
  const isPersistent2 = fsx.deploymentType === "PERSISTENT_2";
  return {
    ...rest,
    stackName,
    pathPrefix,
    clusterName: clusterName ?? `${s.namePrefix}-cluster`,
    protect: protect ?? s.production,
    tags: tags ?? { Project: s.namePrefix, ManagedBy: "cdktf" },
    backend: resolveBackend(stackName, s.namePrefix, s.region, backend),
    network: resolvedNetwork,
    networkConflict: network.vpc !== undefined && network.existingVpc !== undefined,
    fsx: {
      ...fsx,
      perUnitStorageThroughput: fsx.perUnitStorageThroughput ?? (isPersistent2 ? 250 : undefined),
      metadata: fsx.metadata ?? (isPersistent2 ? { mode: "AUTOMATIC" } : undefined),
    },
    instanceGroups: instanceGroups.map((g) =>
      g.role === "worker" ? { ...g, partition: g.partition ?? g.name } : { ...g },
    ),
  };
}

function resolveBackend(stackName: string, prefix: string, region: string, b: BackendSettings): BackendSettings {
  switch (b.type) {
    case "s3":
      return { ...b, key: b.key ?? `hyperpod/${stackName}/terraform.tfstate`, region: b.region ?? region };
    case "cloud":
      return b.workspaceTags ? b : { ...b, workspace: b.workspace ?? `${prefix}-${stackName}` };
    default:
      return b;
  }
}

/** The groups of one role, in file order. */
export function groupsOf(c: ResolvedCluster, role: InstanceGroupSettings["role"]): ResolvedInstanceGroup[] {
  return c.instanceGroups.filter((g) => g.role === role);
}

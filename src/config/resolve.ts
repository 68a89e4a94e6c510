/**
 * Turns parsed settings into the resolved configuration the stacks use: every
 * value the file left out is filled with the default it stands for, and the
 * values derived from others (cluster name, AZs, Slurm partitions) are worked
 * out here, once.
 */
import { defaultMetadata, defaultThroughput } from "../constructs/lustre-storage.defaults";
import type { CreateVpcProps, ExistingVpcProps } from "../constructs/network";
import { defaultAzs, VPC_DEFAULTS } from "../constructs/network.defaults";
import { defaultClusterName } from "../names";
import type { BackendSettings, ClusterSettings, InstanceGroupSettings } from "./schema";

/** Flow log settings with `enabled` worked out (default: production). */
export type ResolvedFlowLogs = Omit<ClusterSettings["network"]["flowLogs"], "enabled"> & {
  readonly enabled: boolean;
  /** Whether the file set `enabled` (a check tells an explicit choice from the default). */
  readonly enabledSet: boolean;
};

/** Placement settings both network modes share. */
interface Placement {
  readonly s3Endpoint: boolean;
  readonly subnetIndex: number;
  readonly flowLogs: ResolvedFlowLogs;
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
  const flowLogs: ResolvedFlowLogs = {
    ...network.flowLogs,
    enabled: network.flowLogs.enabled ?? s.production,
    enabledSet: network.flowLogs.enabled !== undefined,
  };
  const resolvedNetwork: ResolvedNetwork = network.existingVpc
    ? {
        mode: "existing",
        ...network.existingVpc,
        s3Endpoint: network.s3Endpoint,
        subnetIndex: network.subnetIndex,
        flowLogs,
      }
    : {
        mode: "create",
        ...(network.vpc ?? VPC_DEFAULTS),
        azs: network.vpc?.azs ?? defaultAzs(s.region),
        s3Endpoint: network.s3Endpoint,
        subnetIndex: network.subnetIndex,
        flowLogs,
      };
  return {
    ...rest,
    stackName,
    pathPrefix,
    clusterName: clusterName ?? defaultClusterName(s.namePrefix),
    protect: protect ?? s.production,
    tags: tags ?? { Project: s.namePrefix, ManagedBy: "cdktf" },
    backend: resolveBackend(stackName, s.namePrefix, s.region, backend),
    network: resolvedNetwork,
    networkConflict: network.vpc !== undefined && network.existingVpc !== undefined,
    fsx: {
      ...fsx,
      perUnitStorageThroughput: fsx.perUnitStorageThroughput ?? defaultThroughput(fsx.deploymentType),
      metadata: fsx.metadata ?? defaultMetadata(fsx.deploymentType),
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

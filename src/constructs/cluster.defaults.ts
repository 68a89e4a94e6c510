/**
 * The defaults and choices of `cluster.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
/** What the cluster settings default to when left out. */
export const CLUSTER_DEFAULTS = {
  /** Instances per group. */
  instanceCount: 1,
} as const;

/** The original's one group: what `instanceGroups` stands for when left out. */
export const DEFAULT_INSTANCE_GROUPS = [
  {
    name: "controller-group",
    role: "controller" as const,
    instanceType: "ml.t3.medium",
    count: CLUSTER_DEFAULTS.instanceCount,
  },
];

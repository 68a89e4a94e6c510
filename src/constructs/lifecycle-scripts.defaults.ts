/**
 * The defaults and choices of `lifecycle-scripts.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
export const PROVISIONING_PARAMETERS_FILE = "provisioning_parameters.json";

/**
 * What the lifecycle scripts assume when provisioning_parameters.json leaves
 * a key out (lifecycle-scripts/hp_config.py holds the same values), and the
 * entry script HyperPod runs.
 */
export const LIFECYCLE_DEFAULTS = {
  /** Entry script of the lifecycle configuration. */
  onCreate: "on_create.sh",
  /** Where nodes mount the file system. */
  mountPoint: "/fsx",
  /** User whose home moves to the shared mount. */
  defaultUser: "ubuntu",
  /** Key prefix of the scripts in their bucket. */
  prefix: "config/",
} as const;

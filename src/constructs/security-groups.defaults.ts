/**
 * The defaults and choices of `security-groups.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
/** How the two groups let traffic through (see `SecurityGroupsProps.mode`). */
export const SECURITY_MODES = ["efa", "lustre-ports"] as const;
export type SecurityMode = (typeof SECURITY_MODES)[number];

/** The mode when none is given: the original's. */
export const DEFAULT_SECURITY_MODE: SecurityMode = "efa";

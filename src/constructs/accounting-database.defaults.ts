/**
 * The defaults and choices of `accounting-database.ts`, which re-exports them. They live in
 * a file of their own, free of cdktf and provider classes, so the configuration
 * schema and loader read them without loading the construct library.
 */
import type { AccountingEngine } from "../aws/rds";

/** Where the Slurm accounting database comes from (see the `accounting.mode` setting). */
export const ACCOUNTING_MODES = ["none", "rds", "external"] as const;
export type AccountingMode = (typeof ACCOUNTING_MODES)[number];

/**
 * What a created accounting database takes when a setting is left out: a
 * small MariaDB instance (Slurm's accounting load is a few writes per job).
 * MariaDB rather than MySQL: Slurm documents both, and the MariaDB server is
 * what AWS's own HyperPod reference scripts set up for accounting, so the
 * image's slurmdbd is known to work with it; it also avoids MySQL 8.4's
 * caching_sha2_password default, which older MySQL client libraries cannot use.
 */
export const ACCOUNTING_DEFAULTS = {
  mode: "none" as AccountingMode,
  engine: "mariadb" as AccountingEngine,
  engineVersion: { mariadb: "10.11", mysql: "8.0" } as Record<AccountingEngine, string>,
  instanceClass: "db.t4g.micro",
  allocatedStorageGib: 20,
  backupRetentionDays: 7,
  multiAz: false,
  /** The database slurmdbd creates its tables in (slurmdbd's own default name). */
  databaseName: "slurm_acct_db",
  masterUsername: "slurmadmin",
};

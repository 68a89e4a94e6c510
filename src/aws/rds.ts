/**
 * What AWS defines for the Amazon RDS database behind Slurm accounting: the
 * engines Slurm's accounting_storage/mysql plugin can talk to, their major
 * versions on RDS, their port, and the shapes of names and ARNs. No app
 * choices here (the defaults live next to AccountingDatabase).
 */

/**
 * Engines slurmdbd can use (it speaks the MySQL protocol), with the major
 * versions RDS offers and the port the engine listens on.
 * @see https://slurm.schedmd.com/accounting.html
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/MariaDBReleaseNotes/Welcome.html
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/MySQLReleaseNotes/Welcome.html
 */
export const ACCOUNTING_ENGINES = {
  mariadb: { versions: ["10.6", "10.11", "11.4"], port: 3306 },
  mysql: { versions: ["8.0", "8.4"], port: 3306 },
} as const;
export type AccountingEngine = keyof typeof ACCOUNTING_ENGINES;
export const ACCOUNTING_ENGINE_NAMES = Object.keys(ACCOUNTING_ENGINES) as AccountingEngine[];

/**
 * A DB instance class: `db.<family>.<size>` (db.t4g.micro, db.m7g.large).
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Types.html
 */
export const DB_INSTANCE_CLASS = /^db\.[a-z][a-z0-9-]*\.[a-z0-9]+$/;

/**
 * gp3 storage of MariaDB and MySQL instances: 20-65536 GiB.
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html
 */
export const GP3_STORAGE_GIB = { min: 20, max: 65536 } as const;

/**
 * Automated backups are kept 1-35 days (0 turns them off).
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
 */
export const BACKUP_RETENTION_DAYS = { min: 1, max: 35 } as const;

/**
 * A DB instance identifier: 1-63 letters, digits or hyphens, a letter first,
 * no hyphen at the end and no two hyphens in a row (RDS stores it in lower case).
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints
 */
export const DB_INSTANCE_IDENTIFIER = /^[a-z](?!.*--)[a-z0-9-]{0,62}(?<!-)$/;

/**
 * A Secrets Manager secret ARN: arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>.
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#iam-resources
 */
export const SECRET_ARN =
  /^arn:aws[a-z-]*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):secret:[A-Za-z0-9/_+=.@!-]+$/;

/** The region of a Secrets Manager secret ARN, or undefined when it is not one. */
export function secretRegion(arn: string): string | undefined {
  return SECRET_ARN.exec(arn)?.[1];
}

/** The only permission a reader of a secret needs (the AWS managed key of Secrets Manager needs no grant). */
export const SECRET_READ_ACTIONS = ["secretsmanager:GetSecretValue"];

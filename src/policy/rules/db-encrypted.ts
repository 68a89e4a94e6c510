import { makeFinding, type PolicyRule } from "../rule";
import { isTrue } from "../terraform-index";

/**
 * Database storage encrypted at rest (it can only be chosen at creation).
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
 */
export const dbEncrypted: PolicyRule = {
  id: "POL-DB-ENCRYPTED",
  level: "ERROR",
  summary: "Every RDS instance has storage_encrypted = true",
  explanation:
    "Encryption at rest covers the instance's storage, its automated backups and snapshots, and cannot be turned on " +
    "later without a restore from a copied snapshot (a new instance). Set storage_encrypted = true.",
  check: (ctx) =>
    ctx.index
      .resources("aws_db_instance")
      .filter((db) => !isTrue(db.body.storage_encrypted))
      .map((db) => makeFinding(dbEncrypted, db, "does not set storage_encrypted = true")),
};

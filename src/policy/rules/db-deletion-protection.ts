import { makeFinding, type PolicyRule } from "../rule";
import { isTrue } from "../terraform-index";

/**
 * In production a database cannot be deleted by accident, and a deliberate delete leaves a final snapshot.
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html
 */
export const dbDeletionProtection: PolicyRule = {
  id: "POL-DB-DELETION-PROTECTION",
  level: "ERROR",
  summary:
    "In production (production: true) every RDS instance has deletion_protection = true and takes a final snapshot (skip_final_snapshot is not true)",
  explanation:
    "Deleting or replacing the accounting database loses every job record sacct and sreport show. With protect on " +
    "(the default in production) the stack sets deletion_protection and a final_snapshot_identifier; turning " +
    "protect off in production needs a suppression with a reason.",
  check: (ctx) =>
    !ctx.production
      ? []
      : ctx.index.resources("aws_db_instance").flatMap((db) => {
          const missing = [
            ...(isTrue(db.body.deletion_protection) ? [] : ["deletion_protection = true"]),
            ...(isTrue(db.body.skip_final_snapshot) || db.body.skip_final_snapshot === undefined
              ? ["skip_final_snapshot = false"]
              : []),
          ];
          return missing.length
            ? [
                makeFinding(
                  dbDeletionProtection,
                  db,
                  `is in a production stack but does not set ${missing.join(" and ")}`,
                ),
              ]
            : [];
        }),
};

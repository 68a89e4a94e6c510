import { makeFinding, type PolicyRule } from "../rule";
import { isTrue } from "../terraform-index";

/**
 * No database reachable from the internet.
 * @see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
 */
export const dbNotPublic: PolicyRule = {
  id: "POL-DB-PUBLIC",
  level: "ERROR",
  summary: "No RDS instance is publicly_accessible",
  explanation:
    "A publicly accessible instance gets a public DNS name and address; the accounting database holds every user's " +
    "job history and only slurmdbd on the controller needs it. Set publicly_accessible = false.",
  check: (ctx) =>
    ctx.index
      .resources("aws_db_instance")
      .filter((db) => isTrue(db.body.publicly_accessible))
      .map((db) => makeFinding(dbNotPublic, db, "has publicly_accessible = true")),
};

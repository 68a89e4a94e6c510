import { SECRET_READ_ACTIONS } from "../../aws/rds";
import { escapeRegExp } from "../../text";
import { policySources, statementLabel } from "../readers/iam";
import { makeFinding, type PolicyContext, type PolicyRule } from "../rule";
import { NAME } from "../terraform-index";

/** IAM action names match case-insensitively. */
const READ_ACTIONS = SECRET_READ_ACTIONS.map((a) => a.toLowerCase());

const MANAGED_SECRET = new RegExp(`^\\$\\{aws_db_instance\\.(${NAME})\\.master_user_secret\\[0\\]\\.secret_arn\\}$`);

/** Whether `resource` is the managed secret of a database in the stack or a configured accounting secret. */
export function isAccountingSecret(ctx: PolicyContext, resource: string): boolean {
  const ref = MANAGED_SECRET.exec(resource);
  if (ref) return ctx.index.get(`aws_db_instance.${ref[1]}`) !== undefined;
  return ctx.accountingSecretArns.some((arn) => new RegExp(`^${escapeRegExp(arn)}$`).test(resource));
}

/**
 * Secrets Manager: read access to the accounting database's secret, and nothing else.
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_iam-policies.html
 */
export const secretReadScope: PolicyRule = {
  id: "POL-SECRET-READ-SCOPE",
  level: "ERROR",
  summary:
    "Secrets Manager is Allowed only as secretsmanager:GetSecretValue on the accounting database's secret (the RDS-managed secret of the stack's database or accounting.secretArn)",
  explanation:
    "The controller reads the database password once per run; no node needs to list, change or read any other " +
    "secret. Grant secretsmanager:GetSecretValue on ${aws_db_instance.<name>.master_user_secret[0].secret_arn} " +
    "or on the configured accounting.secretArn, and nothing more.",
  check: (ctx) =>
    policySources(ctx.index).flatMap((source) =>
      (source.statements ?? []).flatMap((s, i) => {
        if (s.effect !== "Allow") return [];
        const where = statementLabel(source, i);
        if (s.notAction) return [];
        const secrets = s.actions.filter((a) => a.toLowerCase().startsWith("secretsmanager:") || a === "*");
        if (secrets.length === 0) return [];
        const findings = [];
        const extra = secrets.filter((a) => !READ_ACTIONS.includes(a.toLowerCase()));
        if (extra.length) {
          findings.push(makeFinding(secretReadScope, source.block, `${where} Allows ${extra.join(", ")}`));
        }
        // A statement without Resource (a trust policy) names no secret.
        const resources = s.resources ?? [];
        const outside = s.notResource ? resources : resources.filter((r) => !isAccountingSecret(ctx, r));
        if (outside.length) {
          const what = s.notResource ? "NotResource" : "on";
          findings.push(
            makeFinding(
              secretReadScope,
              source.block,
              `${where} Allows ${secrets.join(", ")} ${what} ${outside.map((r) => JSON.stringify(r)).join(", ")}, not the accounting database's secret`,
            ),
          );
        }
        return findings;
      }),
    ),
};

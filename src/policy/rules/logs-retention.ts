import { makeFinding, type PolicyRule } from "../rule";

/**
 * Every CloudWatch Logs group the stack creates has a retention, so that
 * records are neither kept (and billed) forever nor dropped unnoticed.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
 */
export const logsRetention: PolicyRule = {
  id: "POL-LOGS-RETENTION",
  level: "ERROR",
  summary: "Every CloudWatch Logs group (aws_cloudwatch_log_group) sets retention_in_days",
  explanation:
    "Without retention_in_days a log group keeps every record forever. Set it (network.flowLogs.retentionDays " +
    "for the flow log group).",
  check: (ctx) =>
    ctx.index
      .resources("aws_cloudwatch_log_group")
      .filter((g) => !(Number(g.body.retention_in_days) > 0))
      .map((g) => makeFinding(logsRetention, g, "has no retention_in_days (records are kept forever)")),
};

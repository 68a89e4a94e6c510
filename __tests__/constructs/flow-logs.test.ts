import { TerraformOutput, Testing } from "cdktf";
import { FLOW_LOG_DEFAULTS, FlowLogs, type FlowLogsProps } from "../../src/constructs/flow-logs";

/** The synthesized stack of one FlowLogs, with its VPC module inputs as the output `inputs`. */
const synth = (props: Partial<FlowLogsProps> = {}) =>
  JSON.parse(
    Testing.synthScope((scope) => {
      const flowLogs = new FlowLogs(scope, "flow_logs", { namePrefix: "p", account: "111122223333", ...props });
      new TerraformOutput(scope, "inputs", { value: flowLogs.moduleInputs });
    }),
  );

describe("FlowLogs", () => {
  test("FLOW_LOG_DEFAULTS, written out", () => {
    expect(FLOW_LOG_DEFAULTS).toEqual({ destination: "cloud-watch-logs", retentionDays: 365, trafficType: "ALL" });
  });

  test("CloudWatch Logs (default): the module gets our log group and role, and creates neither itself", () => {
    expect(synth().output.inputs.value).toEqual({
      enableFlowLog: true,
      flowLogDestinationType: "cloud-watch-logs",
      flowLogDestinationArn: "${aws_cloudwatch_log_group.flow_logs.arn}",
      flowLogTrafficType: "ALL",
      createFlowLogCloudwatchLogGroup: false,
      createFlowLogCloudwatchIamRole: false,
      flowLogCloudwatchIamRoleArn: "${aws_iam_role.flow_logs.arn}",
    });
  });

  test("the log group: named from the prefix, kept a year by default, with the given key", () => {
    expect(synth().resource.aws_cloudwatch_log_group).toEqual({
      flow_logs: { name: "/aws/vpc-flow-log/p", retention_in_days: 365 },
    });
    const key = "arn:aws:kms:eu-west-1:111122223333:key/k";
    expect(synth({ kmsKeyArn: key, retentionDays: 30 }).resource.aws_cloudwatch_log_group.flow_logs).toEqual({
      name: "/aws/vpc-flow-log/p",
      retention_in_days: 30,
      kms_key_id: key,
    });
  });

  test("the role trusts VPC Flow Logs of this account only (confused deputy)", () => {
    const json = synth();
    expect(json.data.aws_iam_policy_document.flow_logs_trust.statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["vpc-flow-logs.amazonaws.com"] }],
        condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["111122223333"] }],
      },
    ]);
    expect(json.resource.aws_iam_role).toEqual({
      flow_logs: {
        name: "p-hyperpod-flow-logs",
        assume_role_policy: "${data.aws_iam_policy_document.flow_logs_trust.json}",
      },
    });
  });

  test("the role's inline policy writes to its own log group and nothing else", () => {
    const json = synth();
    expect(json.data.aws_iam_policy_document.flow_logs_write.statement).toEqual([
      {
        sid: "WriteFlowLogGroup",
        effect: "Allow",
        actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
        resources: ["${aws_cloudwatch_log_group.flow_logs.arn}", "${aws_cloudwatch_log_group.flow_logs.arn}:*"],
      },
    ]);
    expect(json.resource.aws_iam_role_policy).toEqual({
      flow_logs: {
        name: "write-flow-log-group",
        role: "${aws_iam_role.flow_logs.id}",
        policy: "${data.aws_iam_policy_document.flow_logs_write.json}",
      },
    });
  });

  test("another traffic type reaches the module", () => {
    expect(synth({ trafficType: "REJECT" }).output.inputs.value.flowLogTrafficType).toBe("REJECT");
  });

  test("S3: the bucket ARN and traffic type go to the module; no log group, no role, no retention check", () => {
    const json = synth({
      destination: "s3",
      s3BucketArn: "arn:aws:s3:::flow-logs",
      trafficType: "ACCEPT",
      retentionDays: 100,
    });
    expect(json.output.inputs.value).toEqual({
      enableFlowLog: true,
      flowLogDestinationType: "s3",
      flowLogDestinationArn: "arn:aws:s3:::flow-logs",
      flowLogTrafficType: "ACCEPT",
      createFlowLogCloudwatchLogGroup: false,
      createFlowLogCloudwatchIamRole: false,
    });
    expect(json.resource).toBeUndefined();
    expect(json.data).toBeUndefined();
  });

  test("S3 without a bucket ARN is refused", () => {
    expect(() => synth({ destination: "s3" })).toThrow("FlowLogs: destination s3 needs s3BucketArn");
  });

  test.each([1, 3653])("retentionDays %p, a CloudWatch Logs retention, is accepted", (days) => {
    expect(synth({ retentionDays: days }).resource.aws_cloudwatch_log_group.flow_logs.retention_in_days).toBe(days);
  });

  test.each([0, 100, 366, 3654])("retentionDays %p is refused with the allowed values", (days) => {
    expect(() => synth({ retentionDays: days })).toThrow(
      "FlowLogs: retentionDays must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, " +
        `1096, 1827, 2192, 2557, 2922, 3288, 3653, got ${days}`,
    );
  });
});

import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { Construct } from "constructs";
import { CLOUDWATCH_RETENTION_DAYS } from "../aws/cloudwatch-logs";
import { flowLogRoleName } from "../names";

import { FLOW_LOG_DEFAULTS, type FlowLogDestinationType } from "./flow-logs.defaults";

export * from "./flow-logs.defaults";

export interface FlowLogsProps {
  /** Prefix of the log group (`/aws/vpc-flow-log/<prefix>`) and the role (`<prefix>-vpc-flow-logs`). */
  readonly namePrefix: string;
  /** Account id (a token is fine), for the role's confused-deputy condition. */
  readonly account: string;
  /** @default "cloud-watch-logs" */
  readonly destination?: FlowLogDestinationType;
  /** Days CloudWatch Logs keeps the records (one of CLOUDWATCH_RETENTION_DAYS). @default 365 */
  readonly retentionDays?: number;
  /** ARN of an existing bucket (`arn:aws:s3:::name`) with destination s3. */
  readonly s3BucketArn?: string;
  /** KMS key of the log group. @default the CloudWatch Logs service key */
  readonly kmsKeyArn?: string;
  /** @default "ALL" */
  readonly trafficType?: string;
}

/**
 * The destination of the VPC's flow logs and the inputs that make
 * terraform-aws-modules/vpc create the flow log itself: a log group with a
 * retention and a role that may only write to that group (the module's own
 * role may write to any log group), or an existing S3 bucket.
 *
 * @see https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html
 * @see https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3.html
 */
export class FlowLogs extends Construct {
  /** Inputs of the VPC module (`enable_flow_log`, `flow_log_*`). */
  public readonly moduleInputs: {
    enableFlowLog: true;
    flowLogDestinationType: string;
    flowLogDestinationArn: string;
    flowLogTrafficType: string;
    createFlowLogCloudwatchLogGroup: false;
    createFlowLogCloudwatchIamRole: false;
    flowLogCloudwatchIamRoleArn?: string;
  };
  public readonly logGroup?: CloudwatchLogGroup;
  public readonly role?: IamRole;

  constructor(scope: Construct, id: string, props: FlowLogsProps) {
    super(scope, id);
    const d = FLOW_LOG_DEFAULTS;
    const destination = props.destination ?? d.destination;
    const trafficType = props.trafficType ?? d.trafficType;
    if (destination === "s3") {
      if (!props.s3BucketArn) throw new Error("FlowLogs: destination s3 needs s3BucketArn");
      this.moduleInputs = {
        enableFlowLog: true,
        flowLogDestinationType: "s3",
        flowLogDestinationArn: props.s3BucketArn,
        flowLogTrafficType: trafficType,
        createFlowLogCloudwatchLogGroup: false,
        createFlowLogCloudwatchIamRole: false,
      };
      return;
    }
    const retention = props.retentionDays ?? d.retentionDays;
    if (!(CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(retention)) {
      throw new Error(
        `FlowLogs: retentionDays must be one of ${CLOUDWATCH_RETENTION_DAYS.join(", ")}, got ${retention}`,
      );
    }
    this.logGroup = new CloudwatchLogGroup(this, "log_group", {
      name: `/aws/vpc-flow-log/${props.namePrefix}`,
      retentionInDays: retention,
      kmsKeyId: props.kmsKeyArn,
    });
    this.logGroup.overrideLogicalId("flow_logs");

    const trust = new DataAwsIamPolicyDocument(this, "trust", {
      statement: [
        {
          effect: "Allow",
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["vpc-flow-logs.amazonaws.com"] }],
          // Only flow logs of this account may use the role (confused deputy).
          condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: [props.account] }],
        },
      ],
    });
    trust.overrideLogicalId("flow_logs_trust");
    this.role = new IamRole(this, "role", {
      name: flowLogRoleName(props.namePrefix),
      assumeRolePolicy: trust.json,
    });
    this.role.overrideLogicalId("flow_logs");
    const write = new DataAwsIamPolicyDocument(this, "write", {
      statement: [
        {
          sid: "WriteFlowLogGroup",
          effect: "Allow",
          actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
          resources: [this.logGroup.arn, `${this.logGroup.arn}:*`],
        },
      ],
    });
    write.overrideLogicalId("flow_logs_write");
    new IamRolePolicy(this, "policy", {
      name: "write-flow-log-group",
      role: this.role.id,
      policy: write.json,
    }).overrideLogicalId("flow_logs");

    this.moduleInputs = {
      enableFlowLog: true,
      flowLogDestinationType: "cloud-watch-logs",
      flowLogDestinationArn: this.logGroup.arn,
      flowLogTrafficType: trafficType,
      createFlowLogCloudwatchLogGroup: false,
      createFlowLogCloudwatchIamRole: false,
      flowLogCloudwatchIamRoleArn: this.role.arn,
    };
  }
}

import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { VpcEndpoint } from "@cdktf/provider-aws/lib/vpc-endpoint";
import { Testing } from "cdktf";
import { type CreateVpcProps, defaultAzs, Network } from "../../src/constructs/network";

const create: CreateVpcProps = {
  name: "sagemaker-hyperpod",
  cidr: "10.0.0.0/16",
  azs: ["ap-northeast-1a", "ap-northeast-1c"],
  privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"],
  publicSubnets: ["10.0.101.0/24"],
  natGateways: "per-private-subnet",
};

const moduleOf = (synth: string) => JSON.parse(synth).module.vpc;

describe("Network", () => {
  test.each([
    ["per-private-subnet", { enable_nat_gateway: true }, ["single_nat_gateway", "one_nat_gateway_per_az"]],
    ["single", { enable_nat_gateway: true, single_nat_gateway: true }, ["one_nat_gateway_per_az"]],
    ["one-per-az", { enable_nat_gateway: true, one_nat_gateway_per_az: true }, ["single_nat_gateway"]],
    ["none", { enable_nat_gateway: false }, ["single_nat_gateway", "one_nat_gateway_per_az"]],
  ] as const)("natGateways %s sets the module inputs %j", (mode, inputs, absent) => {
    const synth = Testing.synthScope((scope) => {
      new Network(scope, "net", { region: "ap-northeast-1", create: { ...create, natGateways: mode } });
    });
    const vpc = moduleOf(synth);
    expect(vpc).toMatchObject(inputs);
    for (const key of absent) expect(vpc).not.toHaveProperty(key);
  });

  test("the placement subnet is the private subnet at subnetIndex", () => {
    const synth = JSON.parse(
      Testing.synthScope((scope) => {
        const n = new Network(scope, "n", { region: "r", create, subnetIndex: 1 });
        new VpcEndpoint(scope, "probe", { vpcId: n.vpcId, serviceName: "x", subnetIds: [n.placementSubnetId] });
      }),
    );
    expect(synth.resource.aws_vpc_endpoint.probe.subnet_ids).toEqual(["${element(module.vpc.private_subnets, 1)}"]);
  });

  test("an existing VPC creates no module, and the endpoint goes on the given route tables", () => {
    const synth = Testing.synthScope((scope) => {
      new Network(scope, "net", {
        region: "eu-west-1",
        existing: { vpcId: "vpc-0abc1234", privateSubnetIds: ["subnet-0abc1234"], routeTableIds: ["rtb-0abc1234"] },
      });
    });
    expect(JSON.parse(synth).module).toBeUndefined();
    expect(synth).toHaveResourceWithProperties(VpcEndpoint, {
      vpc_id: "vpc-0abc1234",
      service_name: "com.amazonaws.eu-west-1.s3",
      route_table_ids: ["rtb-0abc1234"],
    });
  });

  test("flow logs: the module's own inputs, our log group with a retention and a role that writes only there", () => {
    const synth = Testing.synthScope((scope) => {
      new Network(scope, "net", {
        region: "r",
        create,
        flowLogs: { namePrefix: "p", account: "111122223333", retentionDays: 90 },
      });
    });
    expect(moduleOf(synth)).toMatchObject({
      enable_flow_log: true,
      flow_log_destination_type: "cloud-watch-logs",
      flow_log_destination_arn: "${aws_cloudwatch_log_group.flow_logs.arn}",
      flow_log_cloudwatch_iam_role_arn: "${aws_iam_role.flow_logs.arn}",
      create_flow_log_cloudwatch_log_group: false,
      create_flow_log_cloudwatch_iam_role: false,
      flow_log_traffic_type: "ALL",
    });
    expect(synth).toHaveResourceWithProperties(CloudwatchLogGroup, {
      name: "/aws/vpc-flow-log/p",
      retention_in_days: 90,
    });
    const docs = JSON.parse(synth).data.aws_iam_policy_document;
    expect(docs.flow_logs_write.statement[0].resources).toEqual([
      "${aws_cloudwatch_log_group.flow_logs.arn}",
      "${aws_cloudwatch_log_group.flow_logs.arn}:*",
    ]);
    expect(docs.flow_logs_trust.statement[0]).toMatchObject({
      principals: [{ type: "Service", identifiers: ["vpc-flow-logs.amazonaws.com"] }],
      condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["111122223333"] }],
    });
  });

  test("flow logs to S3: the bucket ARN, no log group and no role", () => {
    const synth = Testing.synthScope((scope) => {
      new Network(scope, "net", {
        region: "r",
        create,
        flowLogs: { namePrefix: "p", account: "1", destination: "s3", s3BucketArn: "arn:aws:s3:::logs" },
      });
    });
    expect(moduleOf(synth)).toMatchObject({
      flow_log_destination_type: "s3",
      flow_log_destination_arn: "arn:aws:s3:::logs",
    });
    expect(moduleOf(synth).flow_log_cloudwatch_iam_role_arn).toBeUndefined();
    expect(synth).not.toHaveResource(CloudwatchLogGroup);
  });

  test("no flow logs unless asked; never on an existing VPC", () => {
    const plain = moduleOf(Testing.synthScope((scope) => void new Network(scope, "net", { region: "r", create })));
    expect(Object.keys(plain).filter((k) => k.includes("flow_log"))).toEqual([]);
    expect(() =>
      Testing.synthScope(
        (scope) =>
          void new Network(scope, "net", {
            region: "r",
            existing: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"], routeTableIds: ["rtb-1"] },
            flowLogs: { namePrefix: "p", account: "1" },
          }),
      ),
    ).toThrow("Network: flowLogs apply to a created VPC only");
  });

  test("defaultAzs: the region's a and c zones, as the original", () => {
    expect(defaultAzs("ap-northeast-1")).toEqual(["ap-northeast-1a", "ap-northeast-1c"]);
  });

  test("the S3 endpoint (on by default) keeps its Terraform address, on the module's private route tables", () => {
    const synth = JSON.parse(Testing.synthScope((scope) => void new Network(scope, "net", { region: "r", create })));
    expect(synth.resource.aws_vpc_endpoint).toEqual({
      s3: {
        vpc_id: "${module.vpc.vpc_id}",
        service_name: "com.amazonaws.r.s3",
        route_table_ids: "${module.vpc.private_route_table_ids}",
      },
    });
    expect(Object.keys(synth.module)).toEqual(["vpc"]);
  });

  test("s3Endpoint false creates no endpoint", () => {
    const synth = Testing.synthScope((scope) => {
      new Network(scope, "net", { region: "r", create, s3Endpoint: false });
    });
    expect(synth).not.toHaveResource(VpcEndpoint);
  });

  test.each([
    ["neither", {}, "Network: give exactly one of `create` and `existing`"],
    [
      "both",
      { create, existing: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"] } },
      "Network: give exactly one of `create` and `existing`",
    ],
    [
      "an endpoint without route tables",
      { existing: { vpcId: "vpc-1", privateSubnetIds: ["subnet-1"] } },
      "Network: the S3 endpoint needs `existing.routeTableIds`",
    ],
  ])("rejects %s", (_name, props, message) => {
    expect(() => Testing.synthScope((scope) => void new Network(scope, "net", { region: "r", ...props }))).toThrow(
      message,
    );
  });
});

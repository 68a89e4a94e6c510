import { VpcEndpoint } from "@cdktf/provider-aws/lib/vpc-endpoint";
import { Testing } from "cdktf";
import { type CreateVpcProps, Network } from "../../src/constructs/network";

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

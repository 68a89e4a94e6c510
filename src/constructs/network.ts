import { VpcEndpoint } from "@cdktf/provider-aws/lib/vpc-endpoint";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { Vpc } from "../../.gen/modules/vpc";
import { FlowLogs, type FlowLogsProps } from "./flow-logs";

import { type NatGatewayMode, NETWORK_DEFAULTS } from "./network.defaults";

export * from "./network.defaults";

/** A VPC created through terraform-aws-modules/vpc. */
export interface CreateVpcProps {
  /** Module input `name`. @default "sagemaker-hyperpod" */
  readonly name: string;
  /** VPC CIDR. @default "10.0.0.0/16" */
  readonly cidr: string;
  /** Availability zone names. @default ["<region>a", "<region>c"] */
  readonly azs: string[];
  /** Private subnet CIDRs (nodes and file system). @default ["10.0.1.0/24"] */
  readonly privateSubnets: string[];
  /** Public subnet CIDRs (NAT gateways). @default ["10.0.101.0/24"] */
  readonly publicSubnets: string[];
  /**
   * NAT gateways: `per-private-subnet` is the module's behaviour with only
   * `enable_nat_gateway` set (the original); `single`, `one-per-az`, `none`.
   * @default "per-private-subnet"
   */
  readonly natGateways: NatGatewayMode;
}

/** A VPC that exists already. */
export interface ExistingVpcProps {
  readonly vpcId: string;
  readonly privateSubnetIds: string[];
  /** Route tables the S3 gateway endpoint is added to. @default none (required with the endpoint) */
  readonly routeTableIds?: string[];
}

export interface NetworkProps {
  /** Create a VPC. Exactly one of `create` and `existing`. */
  readonly create?: CreateVpcProps;
  /** Use an existing VPC. Exactly one of `create` and `existing`. */
  readonly existing?: ExistingVpcProps;
  /** Region name (a token is fine), for the endpoint's service name. */
  readonly region: string;
  /** Create an S3 gateway endpoint on the private route tables. @default true */
  readonly s3Endpoint?: boolean;
  /** Index of the private subnet that holds the file system and the cluster. @default 0 */
  readonly subnetIndex?: number;
  /**
   * VPC flow logs of a created VPC, through the module's own inputs. An
   * existing VPC's flow logs are its owner's business. @default none
   */
  readonly flowLogs?: FlowLogsProps;
}

/**
 * The network of the cluster: the VPC (module `vpc`, or an existing one) and
 * the S3 gateway endpoint that lets nodes fetch lifecycle scripts without
 * the NAT gateway.
 */
export class Network extends Construct {
  public readonly vpcId: string;
  /** The private subnet that holds the file system and the cluster. */
  public readonly placementSubnetId: string;
  /** The S3 gateway endpoint, when created. */
  public readonly s3Endpoint?: VpcEndpoint;
  /** The VPC module, when the VPC is created. */
  public readonly vpc?: Vpc;
  /** The flow log destination, when flow logs are on. */
  public readonly flowLogs?: FlowLogs;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    if ((props.create === undefined) === (props.existing === undefined)) {
      throw new Error("Network: give exactly one of `create` and `existing`");
    }
    if (props.flowLogs && !props.create) {
      throw new Error("Network: flowLogs apply to a created VPC only");
    }
    const index = props.subnetIndex ?? NETWORK_DEFAULTS.subnetIndex;
    let routeTableIds: string[] | undefined;

    if (props.create) {
      const c = props.create;
      this.flowLogs = props.flowLogs ? new FlowLogs(this, "flow_logs", props.flowLogs) : undefined;
      this.vpc = new Vpc(this, "vpc", {
        ...this.flowLogs?.moduleInputs,
        name: c.name,
        cidr: c.cidr,
        azs: c.azs,
        privateSubnets: c.privateSubnets,
        publicSubnets: c.publicSubnets,
        enableNatGateway: c.natGateways !== "none",
        singleNatGateway: c.natGateways === "single" ? true : undefined,
        oneNatGatewayPerAz: c.natGateways === "one-per-az" ? true : undefined,
      });
      this.vpc.overrideLogicalId("vpc");
      this.vpcId = this.vpc.vpcIdOutput;
      this.placementSubnetId = Fn.element(this.vpc.privateSubnetsOutput, index);
      routeTableIds = Token.asList(this.vpc.privateRouteTableIdsOutput);
    } else {
      const e = props.existing!;
      this.vpcId = e.vpcId;
      this.placementSubnetId = e.privateSubnetIds[index];
      routeTableIds = e.routeTableIds;
    }

    if (props.s3Endpoint ?? NETWORK_DEFAULTS.s3Endpoint) {
      if (!routeTableIds) {
        throw new Error("Network: the S3 endpoint needs `existing.routeTableIds`");
      }
      this.s3Endpoint = new VpcEndpoint(this, "s3", {
        vpcId: this.vpcId,
        serviceName: `com.amazonaws.${props.region}.s3`,
        routeTableIds,
      });
      this.s3Endpoint.overrideLogicalId("s3");
    }
  }
}

/**
 * What AWS defines for SageMaker HyperPod clusters, independent of how this
 * app uses it: the managed instance policy, the network-interface actions a
 * cluster in a customer VPC needs, and the values of the cluster API enums.
 * The constructs, the schema and the policy rules all read them from here.
 */

/**
 * AWS managed policy for the instances of a HyperPod cluster.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSageMakerClusterInstanceRolePolicy.html
 */
export const CLUSTER_INSTANCE_POLICY_ARN = "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy";

/**
 * Network interface actions HyperPod needs in a customer VPC; they take no resource ARN, hence `*`.
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-prerequisites-iam.html
 */
export const VPC_INTERFACE_ACTIONS = [
  "ec2:CreateNetworkInterface",
  "ec2:CreateNetworkInterfacePermission",
  "ec2:DeleteNetworkInterface",
  "ec2:DeleteNetworkInterfacePermission",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeVpcs",
  "ec2:DescribeDhcpOptions",
  "ec2:DescribeSubnets",
  "ec2:DescribeSecurityGroups",
  "ec2:DetachNetworkInterface",
];

/**
 * `OnStartDeepHealthChecks` values of an instance group.
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterInstanceGroupSpecification.html
 */
export const DEEP_HEALTH_CHECKS = ["InstanceStress", "InstanceConnectivity"] as const;

/**
 * `NodeRecovery` values of a cluster.
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html
 */
export const NODE_RECOVERY_MODES = ["Automatic", "None"] as const;

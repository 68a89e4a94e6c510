import { asList, asStrings, isTrue, makeFinding, type PolicyRule } from "../rule";

/** The file system and the cluster share a subnet, so an AZ. */
export const placementSubnet: PolicyRule = {
  id: "POL-PLACEMENT-SUBNET",
  level: "ERROR",
  summary:
    "The file system's subnet (subnet_ids[0]) and the cluster's subnets are the same reference: ERROR with EFA, else WARNING",
  explanation:
    "A file system in another AZ than the nodes costs cross-AZ latency and transfer charges on every read; EFA " +
    "does not cross AZs at all, so an EFA-enabled file system must share the nodes' AZ. Give both " +
    "network.placementSubnetId (the same subnet).",
  check: (ctx) => {
    const clusters = ctx.index.resources("awscc_sagemaker_cluster");
    return ctx.index.resources("aws_fsx_lustre_file_system").flatMap((fs) => {
      const subnet = asStrings(fs.body.subnet_ids)[0];
      if (subnet === undefined) return [];
      const level = isTrue(fs.body.efa_enabled) ? "ERROR" : "WARNING";
      return clusters.flatMap((cluster) => {
        const subnets = asList(cluster.body.vpc_config).flatMap((v) => asStrings(v.subnets));
        const other = subnets.filter((s) => s !== subnet);
        return other.length
          ? [
              makeFinding(
                placementSubnet,
                fs,
                `is in subnet ${JSON.stringify(subnet)}, but ${cluster.address} uses ${other
                  .map((s) => JSON.stringify(s))
                  .join(", ")}; they may be in different AZs`,
                level,
              ),
            ]
          : [];
      });
    });
  },
};

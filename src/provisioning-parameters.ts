import type { ResolvedCluster } from "./config/resolve";
import { LIFECYCLE_DEFAULTS } from "./constructs/lifecycle-scripts";

/** The file system as the nodes mount it (Terraform references in a stack). */
export interface MountTarget {
  readonly dnsName: string;
  readonly mountName: string;
  /** The bucket linked by the data repository association, when there is one (read by verify_cluster.py). */
  readonly dataBucket?: string;
}

/** The Slurm accounting database as the controller reaches it (Terraform references or configured values). */
export interface AccountingTarget {
  readonly endpoint: string;
  readonly port: number | string;
  readonly secretArn: string;
  /** Region of the secret (Secrets Manager is asked there). */
  readonly region: string;
}

/**
 * The content of `provisioning_parameters.json`, derived from the instance
 * groups so that group names and partitions are never written twice. Keys
 * beyond the standard ones are only written when they differ from what the
 * lifecycle scripts assume without them, so the default equals the original.
 */
export function provisioningParameters(
  c: ResolvedCluster,
  fsx?: MountTarget,
  accounting?: AccountingTarget,
): Record<string, unknown> {
  const controller = c.instanceGroups.find((g) => g.role === "controller");
  const login = c.instanceGroups.find((g) => g.role === "login");
  const params: Record<string, unknown> = {
    version: "1.0.0",
    workload_manager: "slurm",
    controller_group: controller?.name,
  };
  if (login) params.login_group = login.name;
  params.worker_groups = c.instanceGroups
    .filter((g) => g.role === "worker")
    .map((g) => ({ instance_group_name: g.name, partition_name: g.partition }));
  if (fsx) {
    params.fsx_dns_name = fsx.dnsName;
    params.fsx_mountname = fsx.mountName;
    if (c.fsx.mountPoint !== LIFECYCLE_DEFAULTS.mountPoint) params.fsx_mount_point = c.fsx.mountPoint;
    // Derived, not a setting of its own: nodes configure the Lustre client for EFA.
    if (c.fsx.efaEnabled) params.fsx_efa = true;
    if (fsx.dataBucket !== undefined) {
      const repo = c.fsx.dataRepository;
      params.data_repository = {
        bucket: fsx.dataBucket,
        s3_prefix: repo.s3Prefix,
        file_system_path: repo.fileSystemPath,
      };
    }
  }
  if (c.lifecycle.defaultUser !== LIFECYCLE_DEFAULTS.defaultUser) params.default_user = c.lifecycle.defaultUser;
  if (c.lifecycle.containerRuntime) params.container_runtime = true;
  if (c.lifecycle.users.length > 0) params.users = c.lifecycle.users;
  if (!c.lifecycle.sshKeys) params.ssh_keys = false;
  if (!c.lifecycle.localContainerStorage) params.local_container_storage = false;
  if (!c.lifecycle.slurmLogRotation) params.slurm_log_rotation = false;
  if (accounting) {
    params.accounting = {
      endpoint: accounting.endpoint,
      port: accounting.port,
      secret_arn: accounting.secretArn,
      region: accounting.region,
    };
  }
  return params;
}

import { isAbsolute, posix } from "node:path";
import {
  CloudBackend,
  LocalBackend,
  NamedCloudWorkspace,
  S3Backend,
  TaggedCloudWorkspaces,
  type TerraformStack,
} from "cdktf";
import type { BackendSettings } from "./config/schema";

/**
 * Puts the stack's state where the configuration says: local (default), S3
 * with S3-native locking, or HCP Terraform / Terraform Enterprise.
 */
export function configureBackend(stack: TerraformStack, settings: BackendSettings): void {
  switch (settings.type) {
    case "local":
      new LocalBackend(stack, { path: localStatePath(stack.node.id, settings.path) });
      return;
    case "s3": {
      const backend = new S3Backend(stack, {
        bucket: settings.bucket,
        key: settings.key!,
        region: settings.region,
        encrypt: settings.encrypt,
        dynamodbTable: settings.dynamodbTable,
      });
      // cdktf 0.21's S3BackendConfig has no use_lockfile (Terraform >= 1.10);
      // backend overrides are merged into the backend block.
      if (settings.useLockfile) backend.addOverride("use_lockfile", true);
      return;
    }
    case "cloud":
      new CloudBackend(stack, {
        organization: settings.organization,
        hostname: settings.hostname,
        workspaces: settings.workspaceTags
          ? new TaggedCloudWorkspaces(settings.workspaceTags, settings.project)
          : new NamedCloudWorkspace(settings.workspace!, settings.project),
      });
      return;
  }
}

/**
 * Terraform runs in cdktf.out/stacks/<stack>/, three levels below the project.
 * cdktf's own default is an absolute path, which would put the author's home
 * folder into every reviewed synth; a path relative to the project keeps the
 * output the same on every machine and the state out of cdktf.out.
 */
export function localStatePath(stackName: string, configured?: string): string {
  if (configured && isAbsolute(configured)) return configured;
  return posix.join("..", "..", "..", configured ?? `terraform.${stackName}.tfstate`);
}

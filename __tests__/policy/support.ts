/** Small stacks for the policy tests: a compliant baseline built from the constructs, and raw resources. */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { SecurityGroup, type SecurityGroupConfig } from "@cdktf/provider-aws/lib/security-group";
import { type App, TerraformStack, Testing } from "cdktf";
import type { Construct } from "constructs";
import { AwsccProvider } from "../../.gen/providers/awscc/provider";
import { AccountingDatabase } from "../../src/constructs/accounting-database";
import { HyperPodCluster } from "../../src/constructs/cluster";
import { ExecutionRole } from "../../src/constructs/execution-role";
import { LustreStorage } from "../../src/constructs/lustre-storage";
import { PrivateBucket } from "../../src/constructs/private-bucket";
import { SecurityGroups, type SecurityMode } from "../../src/constructs/security-groups";
import { PolicyPack, type PolicyPackProps, type PolicyReportRow } from "../../src/policy/pack";
import type { PolicyRule } from "../../src/policy/rule";
import { POLICY_RULES } from "../../src/policy/rules";

export const TAGS = { Project: "policy-test", ManagedBy: "cdktf" };

/** An app with one stack and both providers (the aws one with default tags, none for null). */
export function bareStack(defaultTags: Record<string, string> | null = TAGS): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new AwsProvider(stack, "aws", {
    region: "ap-northeast-1",
    defaultTags: defaultTags ? [{ tags: defaultTags }] : undefined,
  });
  new AwsccProvider(stack, "awscc", { region: "ap-northeast-1" });
  return { app, stack };
}

export interface ClusterStackOptions {
  readonly mode?: SecurityMode;
  readonly efa?: boolean;
  readonly forceDestroy?: boolean;
  readonly clusterTags?: Record<string, string>;
}

/** The cluster's pieces, as HyperPodStack wires them, without the VPC module and the script upload. */
export function clusterStack(o: ClusterStackOptions = {}) {
  const { app, stack } = bareStack();
  const groups = new SecurityGroups(stack, "security_groups", {
    namePrefix: "t",
    vpcId: "vpc-1",
    mode: o.mode ?? "efa",
  });
  const storage = new LustreStorage(stack, "storage", {
    subnetId: "subnet-a",
    securityGroupIds: [groups.lustre.id],
    efaEnabled: o.efa,
    dataRepository: { createBucket: "t-data", forceDestroy: o.forceDestroy },
  });
  const scripts = new PrivateBucket(stack, "lifecycle", {
    bucketName: "t-lifecycle",
    logicalName: "life_cycle_scripts",
    versioning: true,
  });
  const role = new ExecutionRole(stack, "execution_role", {
    namePrefix: "t",
    readBucketArns: [scripts.bucket.arn, storage.dataBucket!.bucket.arn],
  });
  const cluster = new HyperPodCluster(stack, "cluster", {
    clusterName: "t",
    instanceGroups: [{ name: "controller", instanceType: "ml.t3.medium" }],
    executionRoleArn: role.role.arn,
    sourceS3Uri: `s3://${scripts.bucket.id}/config/`,
    securityGroupIds: [groups.cluster.id],
    subnetIds: ["subnet-a"],
    tags: o.clusterTags ?? TAGS,
  });
  return { app, stack, groups, storage, scripts, role, cluster };
}

/** The accounting database and a role that reads its secret, as the stack wires them. */
export function accountingStack(protect = false): TerraformStack {
  const { stack } = bareStack();
  const db = new AccountingDatabase(stack, "accounting", {
    identifier: "t-slurm-accounting",
    vpcId: "vpc-1",
    subnetIds: ["subnet-a", "subnet-b"],
    clusterSecurityGroupId: "sg-1",
    protect,
  });
  new ExecutionRole(stack, "execution_role", {
    namePrefix: "t",
    readBucketArns: [rawBucket(stack, "lifecycle").arn],
    accountingSecretArn: db.secretArn,
  });
  return stack;
}

export interface RawBucketOptions {
  /** Flags of the public access block (all true by default); null for none. */
  readonly publicAccess?: Partial<
    Record<"blockPublicAcls" | "blockPublicPolicy" | "ignorePublicAcls" | "restrictPublicBuckets", boolean>
  > | null;
  /** sse_algorithm; null for no encryption configuration. @default AES256 */
  readonly encryption?: string | null;
  /** Bucket policy: the JSON (a function of the bucket) or null for none. @default a TLS-only JSON policy */
  readonly policy?: ((b: S3Bucket) => string) | null;
  /** object_ownership; null for no ownership controls. @default BucketOwnerEnforced */
  readonly ownership?: string | null;
  /** Versioning status; null for none. @default Enabled */
  readonly versioning?: string | null;
  /** The lifecycle rule's days (and status); null for no lifecycle configuration. @default 30 / 7, Enabled */
  readonly lifecycle?: { noncurrentDays?: number; abortDays?: number; status?: string; prefix?: string } | null;
  readonly forceDestroy?: boolean;
  /** Companions reference the bucket by `.id` instead of `.bucket`. */
  readonly byId?: boolean;
}

/** A security group of raw resources whose Terraform name is `name`. */
export function rawGroup(stack: Construct, name: string, config: SecurityGroupConfig): SecurityGroup {
  const sg = new SecurityGroup(stack, name, config);
  sg.overrideLogicalId(name);
  return sg;
}

/** The TLS-only policy as literal JSON. */
export const tlsJson = (b: S3Bucket, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [b.arn, `${b.arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
        ...overrides,
      },
    ],
  });

/** A bucket of raw resources (Terraform name = `name`), compliant unless told otherwise. */
export function rawBucket(stack: Construct, name: string, o: RawBucketOptions = {}): S3Bucket {
  const bucket = new S3Bucket(stack, name, { bucket: `t-${name}`, forceDestroy: o.forceDestroy });
  bucket.overrideLogicalId(name);
  const ref = o.byId ? bucket.id : bucket.bucket;
  if (o.publicAccess !== null) {
    const f = {
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
      ...o.publicAccess,
    };
    new S3BucketPublicAccessBlock(stack, `${name}_pab`, { bucket: ref, ...f });
  }
  if (o.encryption !== null) {
    new S3BucketServerSideEncryptionConfigurationA(stack, `${name}_sse`, {
      bucket: ref,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: o.encryption ?? "AES256" } }],
    });
  }
  if (o.policy !== null) {
    new S3BucketPolicy(stack, `${name}_policy`, { bucket: ref, policy: (o.policy ?? tlsJson)(bucket) });
  }
  if (o.ownership !== null) {
    new S3BucketOwnershipControls(stack, `${name}_ownership`, {
      bucket: ref,
      rule: { objectOwnership: o.ownership ?? "BucketOwnerEnforced" },
    });
  }
  if (o.versioning !== null) {
    new S3BucketVersioningA(stack, `${name}_versioning`, {
      bucket: ref,
      versioningConfiguration: { status: o.versioning ?? "Enabled" },
    });
  }
  if (o.lifecycle !== null) {
    const l = o.lifecycle ?? {};
    new S3BucketLifecycleConfiguration(stack, `${name}_lifecycle`, {
      bucket: ref,
      rule: [
        {
          id: "r",
          status: l.status ?? "Enabled",
          filter: [l.prefix ? { prefix: l.prefix } : {}],
          noncurrentVersionExpiration:
            l.noncurrentDays === 0 ? undefined : [{ noncurrentDays: l.noncurrentDays ?? 30 }],
          abortIncompleteMultipartUpload: l.abortDays === 0 ? undefined : [{ daysAfterInitiation: l.abortDays ?? 7 }],
        },
      ],
    });
  }
  return bucket;
}

/** The report rows of the whole pack on `stack` (no annotation, no file): for tests about every rule at once. */
export function evaluate(stack: TerraformStack, props: PolicyPackProps = {}): PolicyReportRow[] {
  return [...new PolicyPack({ requiredTags: TAGS, ...props }).evaluate(stack).rows];
}

/**
 * The rules of the pack with these ids, in the pack's order; an unknown id throws.
 * A string ending in `*` stands for every rule whose id starts with what precedes it.
 */
export function rulesNamed(ids: readonly string[]): PolicyRule[] {
  const wanted = ids.flatMap((id) => {
    const found = id.endsWith("*")
      ? POLICY_RULES.filter((r) => r.id.startsWith(id.slice(0, -1)))
      : POLICY_RULES.filter((r) => r.id === id);
    if (found.length === 0)
      throw new Error(`no policy rule ${id}; rules are ${POLICY_RULES.map((r) => r.id).join(", ")}`);
    return found;
  });
  return POLICY_RULES.filter((r) => wanted.includes(r));
}

/**
 * The report rows of the pack run with only the rule `ruleId` (or the rules listed) on `stack`.
 * A test that judges one rule uses this rather than filtering `evaluate(stack)`: its result is
 * the same, but the other rules do not run, so mutation testing's per-test coverage charges the
 * test to its own rule only (a mutant in another rule does not rerun it).
 */
export function evaluateRule(
  stack: TerraformStack,
  ruleId: string | readonly string[],
  props: PolicyPackProps = {},
): PolicyReportRow[] {
  const rules = rulesNamed(typeof ruleId === "string" ? [ruleId] : ruleId);
  return [...new PolicyPack({ requiredTags: TAGS, ...props, rules }).evaluate(stack).rows];
}

/** Annotations of the stack's constructs: [path, level, message]. */
export function annotations(stack: TerraformStack): { path: string; level: string; message: string }[] {
  return stack.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => ["@cdktf/error", "@cdktf/warn", "@cdktf/info"].includes(m.type))
        .map((m) => ({ path: c.node.path, level: m.type, message: String(m.data) })),
    );
}

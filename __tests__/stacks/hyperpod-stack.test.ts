/**
 * The default configuration synthesizes the original infrastructure, block
 * by block, and its aws part
 * passes a real `terraform validate`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkClusterBlock } from "../support/awscc-schema";
import { resources, synthConfig, type TfJson } from "../support/synth";
import { terraformValidate } from "../support/terraform";

const P = "hyprpd-lustre";
const ALL = ["NEW", "CHANGED", "DELETED"];
let synth: ReturnType<typeof synthConfig>;
let stack: TfJson;

beforeAll(() => {
  synth = synthConfig({});
  stack = synth.stacks.hyperpod;
});

const strip = (r: TfJson) => {
  const { "//": _meta, ...rest } = r;
  return rest;
};

describe("providers and locals", () => {
  test("aws and awscc in ap-northeast-1, account and region from data sources", () => {
    expect(stack.provider.aws[0].region).toBe("ap-northeast-1");
    expect(stack.provider.awscc[0].region).toBe("ap-northeast-1");
    expect(stack.data.aws_caller_identity.self).toBeDefined();
    expect(stack.data.aws_region.current).toBeDefined();
    expect(stack.terraform.required_providers.aws.version).toBe("5.100.0");
    expect(stack.terraform.required_providers.awscc.source).toBe("hashicorp/awscc");
  });

  test("the local state file sits in the project folder, by a path that is the same on every machine", () => {
    expect(stack.terraform.backend.local.path).toBe("../../../terraform.hyperpod.tfstate");
  });
});

describe("network", () => {
  test("module vpc with the original inputs", () => {
    expect(strip(stack.module.vpc)).toEqual({
      source: "terraform-aws-modules/vpc/aws",
      version: "~> 5.21",
      name: "sagemaker-hyperpod",
      cidr: "10.0.0.0/16",
      azs: ["ap-northeast-1a", "ap-northeast-1c"],
      private_subnets: ["10.0.1.0/24"],
      public_subnets: ["10.0.101.0/24"],
      enable_nat_gateway: true,
    });
  });

  test("S3 gateway endpoint on the private route tables", () => {
    expect(strip(resources(stack, "aws_vpc_endpoint").s3)).toEqual({
      vpc_id: "${module.vpc.vpc_id}",
      service_name: "com.amazonaws.${data.aws_region.current.name}.s3",
      route_table_ids: "${module.vpc.private_route_table_ids}",
    });
  });
});

describe("security groups (efa mode)", () => {
  test("two groups with the original names, descriptions and Name tags", () => {
    const sg = resources(stack, "aws_security_group");
    expect(strip(sg.hyperpod)).toEqual({
      name: `${P}-hyperpod-sg`,
      description: `${P}-hyperpod-sg`,
      vpc_id: "${module.vpc.vpc_id}",
      tags: { Name: `${P}-hyperpod-sg` },
    });
    expect(strip(sg.lustre)).toEqual({
      name: `${P}-lustre-sg`,
      description: `${P}-hyperpod-sg`,
      vpc_id: "${module.vpc.vpc_id}",
      tags: { Name: `${P}-lustre-sg` },
    });
  });

  test("the nine rules, all traffic, as separate resources", () => {
    const ref = (g: string) => `\${aws_security_group.${g}.id}`;
    const rules = (type: string) =>
      Object.fromEntries(Object.entries(resources(stack, type)).map(([k, v]) => [k, strip(v)]));
    const pair = (group: string, peer: string) => ({
      security_group_id: ref(group),
      referenced_security_group_id: ref(peer),
      ip_protocol: "-1",
      description: `All traffic ${group === peer ? `within the ${group} group` : `with the ${peer} group`}: EFA and Lustre (EFA needs all protocols, self egress for health checks)`,
    });
    expect(rules("aws_vpc_security_group_ingress_rule")).toEqual({
      hyperpod_all_traffic_self: pair("hyperpod", "hyperpod"),
      hyperpod_all_traffic_lustre: pair("hyperpod", "lustre"),
      lustre_all_traffic_self: pair("lustre", "lustre"),
      lustre_all_traffic_hyperpod: pair("lustre", "hyperpod"),
    });
    expect(rules("aws_vpc_security_group_egress_rule")).toEqual({
      hyperpod_all_traffic_self: pair("hyperpod", "hyperpod"),
      hyperpod_all_traffic_lustre: pair("hyperpod", "lustre"),
      hyperpod_all_traffic_ipv4: {
        security_group_id: ref("hyperpod"),
        cidr_ipv4: "0.0.0.0/0",
        ip_protocol: "-1",
        description: "Egress to the internet through the NAT gateway: packages, container images, AWS APIs",
      },
      lustre_all_traffic_self: pair("lustre", "lustre"),
      lustre_all_traffic_hyperpod: pair("lustre", "hyperpod"),
    });
  });
});

describe("storage", () => {
  test("data bucket named with the account id, private, not force_destroy by default", () => {
    const bucket = resources(stack, "aws_s3_bucket").data_repository;
    expect(bucket.bucket).toBe(`${P}-hyperpod-data-\${data.aws_caller_identity.self.account_id}`);
    expect(bucket.force_destroy).toBeUndefined();
    expect(strip(resources(stack, "aws_s3_bucket_public_access_block").data_repository)).toEqual({
      bucket: "${aws_s3_bucket.data_repository.bucket}",
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(resources(stack, "aws_s3_bucket_ownership_controls").data_repository.rule).toEqual({
      object_ownership: "BucketOwnerPreferred",
    });
  });

  test("FSx for Lustre with the original settings in the first private subnet", () => {
    expect(strip(resources(stack, "aws_fsx_lustre_file_system").this)).toEqual({
      storage_type: "SSD",
      file_system_type_version: "2.15",
      storage_capacity: 1200,
      security_group_ids: ["${aws_security_group.lustre.id}"],
      subnet_ids: ["${element(module.vpc.private_subnets, 0)}"],
      data_compression_type: "LZ4",
      deployment_type: "PERSISTENT_2",
      per_unit_storage_throughput: 250,
      metadata_configuration: { mode: "AUTOMATIC" },
    });
  });

  test("data repository association with automatic import and export of every event", () => {
    expect(strip(resources(stack, "aws_fsx_data_repository_association").this)).toEqual({
      file_system_id: "${aws_fsx_lustre_file_system.this.id}",
      data_repository_path: "s3://${aws_s3_bucket.data_repository.bucket}",
      file_system_path: "/",
      s3: { auto_export_policy: { events: ALL }, auto_import_policy: { events: ALL } },
    });
  });

  test("the demo object, written after the association so that it is imported", () => {
    const hello = resources(stack, "aws_s3_object").hello_from_s3;
    expect(hello).toMatchObject({
      bucket: "${aws_s3_bucket.data_repository.bucket}",
      key: "hello_from_s3.txt",
      content: "hello! from S3!",
      depends_on: ["aws_fsx_data_repository_association.this"],
    });
  });
});

describe("lifecycle scripts and provisioning parameters", () => {
  test("lifecycle bucket with the account id, private", () => {
    expect(resources(stack, "aws_s3_bucket").life_cycle_scripts.bucket).toBe(
      `${P}-hyperpod-lifecycle-\${data.aws_caller_identity.self.account_id}`,
    );
    expect(resources(stack, "aws_s3_bucket_public_access_block").life_cycle_scripts.restrict_public_buckets).toBe(true);
    // ACLs off: only Terraform writes here, without ACLs (an in-place change on a deployed bucket).
    expect(resources(stack, "aws_s3_bucket_ownership_controls").life_cycle_scripts.rule.object_ownership).toBe(
      "BucketOwnerEnforced",
    );
  });

  test("every file of the folder goes to config/<path> with a content hash", () => {
    const scripts = resources(stack, "aws_s3_object").life_cycle_scripts;
    const asset = /^\$\{toset\(fileset\("(assets\/[^"]+)", "\*\*"\)\)\}$/.exec(scripts.for_each);
    expect(asset).not.toBeNull();
    const dir = asset![1];
    expect(scripts.key).toBe("config/${each.value}");
    expect(scripts.source).toBe(`${dir}/\${each.value}`);
    expect(scripts.source_hash).toBe(`\${filemd5("${dir}/\${each.value}")}`);
    // The asset folder travels with the stack and holds the entry script.
    const copied = join(synth.outdir, "stacks", "hyperpod", dir, "on_create.sh");
    expect(require("node:fs").existsSync(copied)).toBe(true);
  });

  test("provisioning_parameters.json is jsonencoded from the file system's attributes", () => {
    const params = resources(stack, "aws_s3_object").life_cycle_scripts_provisioning_parameters;
    expect(params.key).toBe("config/provisioning_parameters.json");
    expect(params.content).toBe(
      '${jsonencode({"version" = "1.0.0", "workload_manager" = "slurm", "controller_group" = "controller-group", ' +
        '"worker_groups" = [], "fsx_dns_name" = aws_fsx_lustre_file_system.this.dns_name, ' +
        '"fsx_mountname" = aws_fsx_lustre_file_system.this.mount_name, "data_repository" = ' +
        '{"bucket" = aws_s3_bucket.data_repository.bucket, "s3_prefix" = "", "file_system_path" = "/"}})}',
    );
  });
});

describe("IAM", () => {
  test("execution role trusted by SageMaker", () => {
    expect(resources(stack, "aws_iam_role").hyperpod.name).toBe(`${P}-hyperpod-role`);
    expect(stack.data.aws_iam_policy_document.hyperpod_trust.statement).toEqual([
      {
        effect: "Allow",
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["sagemaker.amazonaws.com"] }],
      },
    ]);
  });

  test("managed cluster policy, scoped S3 read and the VPC policy are attached", () => {
    const att = resources(stack, "aws_iam_role_policy_attachment");
    expect(att.hyperpod_managed.policy_arn).toBe("arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy");
    expect(att.hyperpod_s3.policy_arn).toBe("${aws_iam_policy.hyperpod_s3.arn}");
    expect(att.hyperpod_vpc.policy_arn).toBe("${aws_iam_policy.hyperpod_vpc.arn}");
    const s3 = stack.data.aws_iam_policy_document.hyperpod_s3.statement;
    expect(s3.flatMap((s: TfJson) => s.resources)).toEqual([
      "${aws_s3_bucket.life_cycle_scripts.arn}",
      "${aws_s3_bucket.data_repository.arn}",
      "${aws_s3_bucket.life_cycle_scripts.arn}/*",
      "${aws_s3_bucket.data_repository.arn}/*",
    ]);
  });

  test("the VPC policy has the original name, description and statements", () => {
    const policy = resources(stack, "aws_iam_policy").hyperpod_vpc;
    expect(policy.name).toBe(`${P}-hyperpod-vpc-policy`);
    expect(policy.description).toBe("IAM policy for SageMaker HyperPod VPC");
    expect(stack.data.aws_iam_policy_document.hyperpod_vpc.statement).toEqual([
      {
        effect: "Allow",
        resources: ["*"],
        actions: [
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
        ],
      },
      { effect: "Allow", actions: ["ec2:CreateTags"], resources: ["arn:aws:ec2:*:*:network-interface/*"] },
    ]);
  });
});

describe("the cluster", () => {
  test("controller group, VPC config and what it waits for", () => {
    const cluster = resources(stack, "awscc_sagemaker_cluster").this;
    expect(cluster.cluster_name).toBe(`${P}-cluster`);
    expect(cluster.instance_groups).toEqual([
      {
        execution_role: "${aws_iam_role.hyperpod.arn}",
        instance_count: 1,
        instance_group_name: "controller-group",
        instance_type: "ml.t3.medium",
        life_cycle_config: {
          source_s3_uri: "s3://${aws_s3_bucket.life_cycle_scripts.id}/config/",
          on_create: "on_create.sh",
        },
      },
    ]);
    expect(cluster.vpc_config).toEqual({
      security_group_ids: ["${aws_security_group.hyperpod.id}"],
      subnets: ["${element(module.vpc.private_subnets, 0)}"],
    });
    // Only what nodes read at start; the data repository association is not waited for.
    expect(cluster.depends_on).toEqual([
      "aws_iam_role_policy_attachment.hyperpod_vpc",
      "aws_iam_role_policy_attachment.hyperpod_s3",
      "aws_vpc_endpoint.s3",
      "aws_s3_object.life_cycle_scripts_provisioning_parameters",
      "aws_s3_object.life_cycle_scripts",
    ]);
    // The parameters object names the file system, so the file system is still created first.
    const params = resources(stack, "aws_s3_object").life_cycle_scripts_provisioning_parameters;
    expect(params.content).toContain("aws_fsx_lustre_file_system.this.dns_name");
  });

  test("fits the awscc 1.96 schema", () => {
    expect(checkClusterBlock(resources(stack, "awscc_sagemaker_cluster").this)).toEqual([]);
  });

  test("the schema check catches a misspelt or computed-only attribute", () => {
    const cluster = resources(stack, "awscc_sagemaker_cluster").this;
    expect(checkClusterBlock({ ...cluster, cluster_nmae: "x", cluster_arn: "arn" })).toEqual([
      "cluster_nmae: not an attribute of awscc_sagemaker_cluster",
      "cluster_arn: computed-only, cannot be set",
    ]);
    const { instance_type: _t, ...group } = cluster.instance_groups[0];
    expect(checkClusterBlock({ ...cluster, instance_groups: [group] })).toEqual([
      "instance_groups[0].instance_type: required by CloudFormation",
    ]);
  });
});

describe("terraform validate", () => {
  test("the aws part of the default stack is valid", () => {
    const result = terraformValidate(join(synth.outdir, "stacks", "hyperpod"));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("and it does catch a wrong attribute", () => {
    const broken = JSON.parse(JSON.stringify(stack));
    broken.resource.aws_fsx_lustre_file_system.this.storage_capacty = 1200;
    const dir = mkdtempSync(join(tmpdir(), "broken-stack-"));
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(broken));
    const result = terraformValidate(dir);
    expect(result.valid).toBe(false);
    expect(result.output).toContain("storage_capacty");
  });
});

describe("outputs", () => {
  test("what a user needs after deploy, each from the resource that holds it", () => {
    const values = Object.fromEntries(Object.entries(stack.output).map(([k, o]: [string, any]) => [k, o.value]));
    expect(values).toEqual({
      cluster_name: "${awscc_sagemaker_cluster.this.cluster_name}",
      cluster_arn: "${awscc_sagemaker_cluster.this.cluster_arn}",
      ssm_target_prefix: 'sagemaker-cluster:${element(split("/", awscc_sagemaker_cluster.this.cluster_arn), 1)}_',
      fsx_file_system_id: "${aws_fsx_lustre_file_system.this.id}",
      fsx_dns_name: "${aws_fsx_lustre_file_system.this.dns_name}",
      fsx_mount_name: "${aws_fsx_lustre_file_system.this.mount_name}",
      data_bucket_name: "${aws_s3_bucket.data_repository.bucket}",
      lifecycle_bucket_name: "${aws_s3_bucket.life_cycle_scripts.bucket}",
      execution_role_arn: "${aws_iam_role.hyperpod.arn}",
      vpc_id: "${module.vpc.vpc_id}",
      subnet_id: "${element(module.vpc.private_subnets, 0)}",
      cluster_security_group_id: "${aws_security_group.hyperpod.id}",
      lustre_security_group_id: "${aws_security_group.lustre.id}",
    });
    for (const o of Object.values(stack.output) as any[]) expect(o.description.length).toBeGreaterThan(10);
  });
});

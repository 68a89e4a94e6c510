/**
 * Checks a synthesized `awscc_sagemaker_cluster` block against the awscc
 * 1.96.0 provider schema (schemas/), since no awscc provider binary is
 * available for `terraform validate`: every attribute must exist, be
 * settable (not computed-only) and have the schema's type; and the fields
 * CloudFormation requires of each instance group must be set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./synth";

type Attr = {
  type?: unknown;
  nested_type?: { attributes: Record<string, Attr>; nesting_mode: string };
  optional?: boolean;
  required?: boolean;
  computed?: boolean;
};

const META = new Set(["//", "depends_on", "count", "for_each", "provider", "lifecycle", "provisioner", "connection"]);
const REQUIRED_GROUP_FIELDS = [
  "execution_role",
  "instance_count",
  "instance_group_name",
  "instance_type",
  "life_cycle_config",
];

export function clusterSchema(): Record<string, Attr> {
  const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "awscc-1.96.0.provider-schema.json"), "utf8"));
  return schema.provider_schemas["registry.terraform.io/hashicorp/awscc"].resource_schemas.awscc_sagemaker_cluster.block
    .attributes;
}

const isExpression = (v: unknown) => typeof v === "string" && v.includes("${");

function checkType(type: unknown, value: unknown, path: string, problems: string[]): void {
  if (isExpression(value)) return;
  if (type === "string") {
    if (typeof value !== "string") problems.push(`${path}: expected string, got ${JSON.stringify(value)}`);
  } else if (type === "number") {
    if (typeof value !== "number") problems.push(`${path}: expected number, got ${JSON.stringify(value)}`);
  } else if (type === "bool") {
    if (typeof value !== "boolean") problems.push(`${path}: expected bool, got ${JSON.stringify(value)}`);
  } else if (Array.isArray(type) && (type[0] === "list" || type[0] === "set")) {
    if (!Array.isArray(value)) problems.push(`${path}: expected a list, got ${JSON.stringify(value)}`);
    else
      value.forEach((v, i) => {
        checkType(type[1], v, `${path}[${i}]`, problems);
      });
  } else if (Array.isArray(type) && type[0] === "map") {
    if (typeof value !== "object" || value === null) problems.push(`${path}: expected a map`);
  }
}

function checkObject(
  attrs: Record<string, Attr>,
  value: Record<string, unknown>,
  path: string,
  problems: string[],
): void {
  for (const [key, v] of Object.entries(value)) {
    if (META.has(key)) continue;
    const attr = attrs[key];
    const here = path ? `${path}.${key}` : key;
    if (!attr) {
      problems.push(`${here}: not an attribute of awscc_sagemaker_cluster`);
      continue;
    }
    if (attr.computed && !attr.optional && !attr.required) problems.push(`${here}: computed-only, cannot be set`);
    if (attr.nested_type) {
      const nested = attr.nested_type;
      if (nested.nesting_mode === "single") {
        if (typeof v !== "object" || v === null || Array.isArray(v)) problems.push(`${here}: expected an object`);
        else checkObject(nested.attributes, v as Record<string, unknown>, here, problems);
      } else if (!Array.isArray(v)) {
        problems.push(`${here}: expected a list of objects`);
      } else {
        v.forEach((item, i) => {
          checkObject(nested.attributes, item, `${here}[${i}]`, problems);
        });
      }
    } else {
      checkType(attr.type, v, here, problems);
    }
  }
  for (const [key, attr] of Object.entries(attrs)) {
    if (attr.required && !(key in value)) problems.push(`${path ? `${path}.` : ""}${key}: required`);
  }
}

/** Problems of one synthesized cluster block; empty when it fits the schema. */
export function checkClusterBlock(block: Record<string, any>): string[] {
  const problems: string[] = [];
  checkObject(clusterSchema(), block, "", problems);
  const groups: any[] = Array.isArray(block.instance_groups) ? block.instance_groups : [];
  if (groups.length === 0) problems.push("instance_groups: at least one group is required");
  groups.forEach((g, i) => {
    for (const f of REQUIRED_GROUP_FIELDS) {
      if (g[f] === undefined) problems.push(`instance_groups[${i}].${f}: required by CloudFormation`);
    }
    if (g.life_cycle_config && (!g.life_cycle_config.on_create || !g.life_cycle_config.source_s3_uri)) {
      problems.push(`instance_groups[${i}].life_cycle_config: on_create and source_s3_uri are required`);
    }
  });
  if (typeof block.cluster_name === "string" && !/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(block.cluster_name)) {
    problems.push(`cluster_name: ${block.cluster_name} does not match the API pattern`);
  }
  const vpc = block.vpc_config;
  if (vpc) {
    if (!(vpc.security_group_ids?.length >= 1 && vpc.security_group_ids.length <= 5))
      problems.push("vpc_config.security_group_ids: 1 to 5");
    if (!(vpc.subnets?.length >= 1 && vpc.subnets.length <= 16)) problems.push("vpc_config.subnets: 1 to 16");
  }
  return problems;
}

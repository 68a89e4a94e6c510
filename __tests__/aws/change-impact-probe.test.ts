/**
 * Confirms every aws row of the impact table with the real hashicorp/aws
 * 5.100.0 provider, offline: one hand-written prior state holding every
 * example's old values, the new values as configuration, one
 * `terraform plan -refresh=false`, and `terraform show -json` for each
 * resource's actions and replace_paths. The same pairs go through the
 * classifier, which must agree with the provider resource by resource
 * (cascades included). Rows whose change the provider refuses at plan time
 * are planned one by one with -target and must fail.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IMPACT_TABLE } from "../../src/aws/change-impact";
import { reviewStack } from "../../src/review/classify";
import type { TfJson } from "../support/synth";
import { offlineEnv, requireTerraform, terraformBinary } from "../support/terraform";
import { EXAMPLES, type Example } from "./probe-examples";

const SCHEMA_VERSION: Record<string, number> = { aws_security_group: 1, aws_vpc: 1, aws_subnet: 1, aws_db_instance: 2 };
/** Provider defaults a real state holds; without them the plan would "change" them (some force a replacement). */
const STATE_DEFAULTS: Record<string, TfJson> = {
  aws_fsx_lustre_file_system: { copy_tags_to_backups: false, storage_type: "SSD", skip_final_backup: true },
  aws_vpc_endpoint: { vpc_endpoint_type: "Gateway" },
  aws_iam_role: { path: "/", max_session_duration: 3600, force_detach_policies: false },
  aws_iam_policy: { path: "/" },
  aws_vpc: { instance_tenancy: "default" },
  aws_subnet: {
    assign_ipv6_address_on_creation: false,
    enable_dns64: false,
    enable_resource_name_dns_a_record_on_launch: false,
    enable_resource_name_dns_aaaa_record_on_launch: false,
    ipv6_native: false,
    map_public_ip_on_launch: false,
  },
};
const PROBED = IMPACT_TABLE.filter((r) => r.basis === "probe");

interface Probe extends Example {
  readonly name: string;
}
const probes: Probe[] = EXAMPLES.map((e, i) => ({ ...e, name: `p${i}` }));

// A cascade: the security group's description changes; the file system, its association and a rule take its id.
const cascade = {
  before: {
    aws_security_group: { casc: { name: "casc", description: "d1", vpc_id: "vpc-0a1a1a1a1a1a1a1a1" } },
    aws_fsx_lustre_file_system: {
      casc: {
        subnet_ids: ["subnet-0a1a1a1a1a1a1a1a1"],
        security_group_ids: ["${aws_security_group.casc.id}"],
        deployment_type: "PERSISTENT_2",
        storage_type: "SSD",
        storage_capacity: 1200,
        per_unit_storage_throughput: 250,
      },
    },
    aws_fsx_data_repository_association: {
      casc: {
        file_system_id: "${aws_fsx_lustre_file_system.casc.id}",
        file_system_path: "/",
        data_repository_path: "s3://a-bucket",
      },
    },
    aws_vpc_security_group_ingress_rule: {
      casc: { security_group_id: "${aws_security_group.casc.id}", ip_protocol: "-1", cidr_ipv4: "10.0.0.0/16" },
    },
  } as TfJson,
  state: {
    "aws_security_group.casc": { id: "sg-casc" },
    "aws_fsx_lustre_file_system.casc": { id: "fs-casc", security_group_ids: ["sg-casc"] },
    "aws_fsx_data_repository_association.casc": { id: "dra-casc", file_system_id: "fs-casc" },
    "aws_vpc_security_group_ingress_rule.casc": { id: "sgr-casc", security_group_id: "sg-casc" },
  } as Record<string, TfJson>,
};
const cascadeAfter: TfJson = JSON.parse(JSON.stringify(cascade.before));
cascadeAfter.aws_security_group.casc.description = "d2";

function docs(): { before: TfJson; after: TfJson } {
  const before: TfJson = JSON.parse(JSON.stringify(cascade.before));
  const after: TfJson = JSON.parse(JSON.stringify(cascadeAfter));
  for (const p of probes) {
    before[p.type] ??= {};
    after[p.type] ??= {};
    before[p.type][p.name] = p.before;
    after[p.type][p.name] = p.after;
  }
  return { before: { resource: before }, after: { resource: after } };
}

const { before, after } = docs();
const classified = reviewStack("probe", before, after);
const actionOf = (address: string) => classified.resources.find((r) => r.address === address)?.action;

interface Planned {
  readonly actions: string[];
  readonly replacePaths: unknown[][];
}
let planned: Map<string, Planned>;
/** Output of the plan of the refused examples (it must fail, naming each of them). */
let refusedOutput = "";
let work: string;

/** A folder with the provider, the `after` blocks as configuration and the `before` blocks as prior state. */
function workFolder(dir: string, select: (type: string, name: string) => boolean): void {
  mkdirSync(dir, { recursive: true });
  const resource: TfJson = {};
  const resources: TfJson[] = [];
  for (const [type, byName] of Object.entries<TfJson>(before.resource)) {
    for (const [name, block] of Object.entries<TfJson>(byName)) {
      if (!select(type, name)) continue;
      resource[type] ??= {};
      resource[type][name] = after.resource[type][name];
      const probe = probes.find((p) => p.name === name && p.type === type);
      const attributes = {
        ...STATE_DEFAULTS[type],
        ...literal(block, cascade.state[`${type}.${name}`]),
        ...(probe?.state ?? {}),
        id: cascade.state[`${type}.${name}`]?.id ?? `${name}-id`,
      };
      resources.push({
        mode: "managed",
        type,
        name,
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [{ schema_version: SCHEMA_VERSION[type] ?? 0, attributes, sensitive_attributes: [] }],
      });
    }
  }
  const config: TfJson = {
    terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } },
    provider: {
      aws: {
        region: "us-east-1",
        access_key: "AKIAPROBEPROBEPROBE0",
        secret_key: "probe-secret-key-not-real",
        skip_credentials_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        skip_region_validation: true,
      },
    },
    resource,
  };
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config, null, 1));
  writeFileSync(
    join(dir, "terraform.tfstate"),
    JSON.stringify({ version: 4, terraform_version: "1.11.0", serial: 1, lineage: "probe", outputs: {}, resources }),
  );
}

beforeAll(() => {
  requireTerraform();
  work = mkdtempSync(join(tmpdir(), "impact-probe-"));
  const env = offlineEnv(work);
  const tf = (cwd: string, args: string[]) => spawnSync(terraformBinary(), args, { cwd, env, encoding: "utf8" });
  const isRefused = (type: string, name: string) => actionOf(`${type}.${name}`) === "cannot-apply";
  const main = join(work, "main");
  const refused = join(work, "refused");
  workFolder(main, (type, name) => !isRefused(type, name));
  workFolder(refused, isRefused);
  for (const dir of [main, refused]) {
    const init = tf(dir, ["init", "-input=false", "-no-color"]);
    if (init.status !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
  }
  const plan = tf(main, ["plan", "-refresh=false", "-input=false", "-no-color", "-lock=false", "-out=plan.bin"]);
  if (plan.status !== 0) throw new Error(`terraform plan failed:\n${plan.stdout}\n${plan.stderr}`);
  const show = tf(main, ["show", "-json", "plan.bin"]);
  planned = new Map(
    JSON.parse(show.stdout).resource_changes.map((c: TfJson) => [
      c.address,
      { actions: c.change.actions, replacePaths: c.change.replace_paths ?? [] },
    ]),
  );
  const r = tf(refused, ["plan", "-refresh=false", "-input=false", "-no-color", "-lock=false"]);
  refusedOutput = r.status === 0 ? "" : r.stderr;
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The state form of a block: references replaced by the literal ids the state holds. */
function literal(block: TfJson, state: TfJson | undefined): TfJson {
  const out: TfJson = {};
  for (const [k, v] of Object.entries(block)) out[k] = JSON.stringify(v).includes("${") ? state?.[k] : v;
  return out;
}

describe("every aws row of the impact table has a probe example for each of its attributes", () => {
  test.each(PROBED.flatMap((r) => r.attribute.split("|").map((a) => [r.id, a])))("%s: %s", (rowId, attribute) => {
    expect(EXAMPLES.some((e) => e.row === rowId && e.attribute === attribute)).toBe(true);
  });
});

describe("the classifier picks the example's row", () => {
  test.each(probes.map((p) => [`${p.row} (${p.attribute})`, p]))("%s", (_label, p) => {
    const change = classified.resources.find((r) => r.address === `${p.type}.${p.name}`);
    expect(change?.attributes.map((a) => a.rowId)).toContain(p.row);
  });
});

describe("hashicorp/aws 5.100.0 plans what the table says", () => {
  test.each(probes.map((p) => [`${p.row} (${p.attribute})`, p]))("%s", (_label, p) => {
    const address = `${p.type}.${p.name}`;
    const action = actionOf(address);
    if (action === "cannot-apply") {
      // Every refused example fails the plan with an error that names it.
      expect(refusedOutput).toMatch(new RegExp(`Error: [^\\n]+\\n\\n\\s+with ${p.type}\\.${p.name},`));
      return;
    }
    const plan = planned.get(address);
    expect(plan).toBeDefined();
    if (action === "replace") {
      expect([...plan!.actions].sort()).toEqual(["create", "delete"]);
      const top = p.attribute.split(".")[0];
      expect(plan!.replacePaths.map((path) => path[0])).toContain(top);
    } else {
      expect(action === "update" || action === "no-node-effect").toBe(true);
      expect(plan).toEqual({ actions: ["update"], replacePaths: [] });
    }
  });
});

test("a security group description change cascades exactly as the provider plans it", () => {
  const addresses = Object.entries<TfJson>(cascade.before).flatMap(([type, byName]) =>
    Object.keys(byName).map((name) => `${type}.${name}`),
  );
  const providerReplaces = addresses.filter((a) => planned.get(a)?.actions.includes("delete"));
  const classifierReplaces = addresses.filter((a) => actionOf(a) === "replace");
  expect(providerReplaces.sort()).toEqual(addresses.sort());
  expect(classifierReplaces.sort()).toEqual(providerReplaces);
  const fsx = classified.resources.find((r) => r.address === "aws_fsx_lustre_file_system.casc")!;
  expect(fsx.attributes).toEqual([
    expect.objectContaining({ path: "security_group_ids", class: "replace", via: "aws_security_group.casc" }),
  ]);
});

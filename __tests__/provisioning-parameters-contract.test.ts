/**
 * Both sides of provisioning_parameters.json: the file a real synth writes
 * (Terraform evaluates the stack's jsonencode, with the file system's
 * attributes filled in as AWS would return them) is read by the lifecycle
 * scripts' own reader (lifecycle-scripts/hp_config.py, run with python3),
 * which must accept it, warn about nothing, and see what the configuration
 * meant.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseYaml } from "../src/config/load";
import { ROOT, resources, SCRIPTS_DIR, synthConfig } from "./support/synth";
import { terraformString } from "./support/terraform";

const DNS_NAME = "fs-0123456789abcdef0.fsx.ap-northeast-1.amazonaws.com";
const MOUNT_NAME = "abcdefgh";
const DATA_BUCKET = "hyprpd-lustre-hyperpod-data-123456789012";
const DB_ADDRESS = "ml-research-slurm-accounting.abcdefghijkl.us-west-2.rds.amazonaws.com";
const DB_SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!db-0a1b2c3d-4e5f-AbCdEf";
/** Attributes known only after apply, filled in as AWS would return them. */
const APPLIED: Record<string, string | number> = {
  "aws_fsx_lustre_file_system.this.dns_name": DNS_NAME,
  "aws_fsx_lustre_file_system.this.mount_name": MOUNT_NAME,
  "aws_s3_bucket.data_repository.bucket": DATA_BUCKET,
  "aws_db_instance.accounting.address": DB_ADDRESS,
  "aws_db_instance.accounting.port": 3306,
  "aws_db_instance.accounting.master_user_secret[0].secret_arn": DB_SECRET,
  "data.aws_region.current.name": "us-west-2",
};

/** provisioning_parameters.json as Terraform would upload it for this configuration. */
function uploadedParameters(config: Record<string, unknown>): string {
  const { stacks } = synthConfig(config);
  const object = resources(Object.values(stacks)[0], "aws_s3_object").life_cycle_scripts_provisioning_parameters;
  const content: string = object.content;
  expect(content).toMatch(/^\$\{jsonencode\(.*\)\}$/s);
  const expression = Object.entries(APPLIED).reduce(
    (text, [reference, value]) => text.replaceAll(reference, JSON.stringify(value)),
    content.slice(2, -1),
  );
  return terraformString(expression);
}

const READER = `
import json, logging, sys
sys.path.insert(0, sys.argv[1])
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
import hp_config
with open(sys.argv[2], encoding="utf-8") as f:
    p = hp_config.parse_parameters(json.load(f))
print(json.dumps({
    "controller_group": p.controller_group,
    "login_group": p.login_group,
    "worker_groups": [list(g) for g in p.worker_groups],
    "fsx_dns_name": p.fsx_dns_name,
    "fsx_mountname": p.fsx_mountname,
    "fsx_mount_point": p.fsx_mount_point,
    "default_user": p.default_user,
    "container_runtime": p.container_runtime,
    "users": [{"name": u.name, "uid": u.uid} for u in p.users],
    "accounting": p.accounting and vars(p.accounting),
}))
`;

/** What hp_config.parse_parameters makes of the file, and what it logged. */
function readByScripts(json: string): { seen: Record<string, unknown> } {
  const file = join(mkdtempSync(join(tmpdir(), "params-")), "provisioning_parameters.json");
  writeFileSync(file, json);
  const r = spawnSync("python3", ["-c", READER, SCRIPTS_DIR, file], { encoding: "utf8" });
  if (r.error) throw new Error(`python3 is needed for this test: ${r.error.message}`);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return { seen: JSON.parse(r.stdout) };
}

test("the default configuration: the scripts read the original's file, and verify_cluster.py finds the bucket", () => {
  const uploaded = uploadedParameters({});
  expect(JSON.parse(uploaded).data_repository).toEqual({ bucket: DATA_BUCKET, s3_prefix: "", file_system_path: "/" });
  const { seen } = readByScripts(uploaded);
  expect(seen).toEqual({
    controller_group: "controller-group",
    login_group: null,
    worker_groups: [],
    fsx_dns_name: DNS_NAME,
    fsx_mountname: MOUNT_NAME,
    fsx_mount_point: "/fsx",
    default_user: "ubuntu",
    container_runtime: false,
    users: [],
    accounting: null,
  });
});

test("gpu-training.yaml: login node, worker partitions and every script option arrive", () => {
  const config = parseYaml(readFileSync(join(ROOT, "examples", "gpu-training.yaml"), "utf8"), "gpu-training.yaml");
  const withOptions = {
    ...config,
    fsx: { ...(config.fsx as object), mountPoint: "/lustre" },
    lifecycle: { defaultUser: "admin", containerRuntime: true, users: [{ name: "alice", uid: 2001 }] },
  };
  const { seen } = readByScripts(uploadedParameters(withOptions));
  const groups = (config.instanceGroups as { name: string; role: string; partition?: string }[]) ?? [];
  expect(seen).toMatchObject({
    controller_group: groups.find((g) => g.role === "controller")?.name,
    login_group: groups.find((g) => g.role === "login")?.name ?? null,
    worker_groups: groups.filter((g) => g.role === "worker").map((g) => [g.name, g.partition ?? g.name]),
    fsx_mount_point: "/lustre",
    default_user: "admin",
    container_runtime: true,
    users: [{ name: "alice", uid: 2001 }],
    accounting: { endpoint: DB_ADDRESS, port: 3306, secret_arn: DB_SECRET, region: "us-west-2" },
  });
  expect((seen.worker_groups as unknown[]).length).toBeGreaterThan(0);
});

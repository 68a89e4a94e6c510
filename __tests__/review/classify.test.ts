/**
 * The classifier on pairs of real synths (configuration A → B): every class,
 * the cascades, data loss, protect and acknowledgements.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { reviewStack } from "../../src/review/classify";
import { readSynth } from "../../src/review/cli";
import type { StackReview } from "../../src/review/model";
import { review } from "../../src/review/review";
import { HyperPodStack } from "../../stacks/hyperpod-stack";
import { resolveConfig, SCRIPTS_DIR, synthConfig, type TfJson } from "../support/synth";

const REASON = "planned migration, data copied to the new bucket";
const stack = (raw: Record<string, unknown> = {}, name = "hyperpod"): TfJson => synthConfig(raw).stacks[name];
const defaults = stack();
const workers = {
  instanceGroups: [
    { name: "controller-group", role: "controller", instanceType: "ml.t3.medium" },
    { name: "workers", role: "worker", instanceType: "ml.c5.xlarge", count: 2 },
  ],
};

type Short = [string, string][];
const actions = (r: Omit<StackReview, "policy" | "diagram">): Short =>
  r.resources.map((c) => [c.address, c.action] as [string, string]).sort();
const codes = (r: Omit<StackReview, "policy" | "diagram">) =>
  r.findings.map((f) => [f.code, f.address, f.blocking ? "blocking" : f.acknowledged ? "acknowledged" : "warning"]);

test("identical synths: nothing changed, every resource counted as unchanged", () => {
  const r = reviewStack("hyperpod", defaults, stack());
  expect(r.status).toBe("unchanged");
  expect(r.resources).toEqual([]);
  const resources = Object.values<TfJson>(defaults.resource).reduce((n, byName) => n + Object.keys(byName).length, 0);
  expect(r.counts.unchanged).toBe(resources + Object.keys(defaults.module).length);
  expect(r.findings).toEqual([]);
});

test("update in place: a larger file system", () => {
  const r = reviewStack("hyperpod", defaults, stack({ fsx: { storageCapacity: 2400 } }));
  expect(actions(r)).toEqual([["aws_fsx_lustre_file_system.this", "update"]]);
  expect(r.resources[0].attributes).toEqual([
    expect.objectContaining({ path: "storage_capacity", old: "1200", new: "2400", class: "in-place", dataLoss: false }),
  ]);
  expect(r.counts.update).toBe(1);
});

test("replace with data loss: a smaller file system, and the association replaced with it", () => {
  const big = stack({ fsx: { storageCapacity: 2400 } });
  const r = reviewStack("hyperpod", big, defaults);
  expect(actions(r)).toEqual([
    ["aws_fsx_data_repository_association.this", "replace"],
    ["aws_fsx_lustre_file_system.this", "replace"],
    ["aws_s3_object.life_cycle_scripts_provisioning_parameters", "no-node-effect"],
  ]);
  const fs = r.resources.find((c) => c.address === "aws_fsx_lustre_file_system.this")!;
  expect(fs.dataLoss).toBe(true);
  expect(fs.attributes[0]).toEqual(
    expect.objectContaining({ rowId: "aws_fsx_lustre_file_system.storage_capacity.decrease", class: "replace" }),
  );
  const dra = r.resources.find((c) => c.address === "aws_fsx_data_repository_association.this")!;
  expect(dra.attributes).toEqual([
    expect.objectContaining({
      path: "file_system_id",
      via: "aws_fsx_lustre_file_system.this",
      old: "${aws_fsx_lustre_file_system.this.id}",
    }),
  ]);
  // protect off: a warning, not blocking
  expect(codes(r)).toEqual([["REV-FILE-SYSTEM-LOSS", "aws_fsx_lustre_file_system.this", "warning"]]);
});

test("protect on: the same change is blocking, and an acknowledgement with a reason accepts it", () => {
  const before = stack({ production: true, fsx: { storageCapacity: 2400 } });
  const after = stack({ production: true });
  const r = reviewStack("hyperpod", before, after);
  expect(r.protect).toBe(true);
  expect(codes(r)).toEqual([["REV-FILE-SYSTEM-LOSS", "aws_fsx_lustre_file_system.this", "blocking"]]);
  expect(r.findings[0].message).toMatch(/prevent_destroy stops this plan/);
  const ack = (s: { id: string; reason: string; resource?: string }) =>
    codes(reviewStack("hyperpod", before, after, { acknowledgements: [s] }))[0][2];
  expect(ack({ id: "REV-FILE-SYSTEM-LOSS", reason: REASON, resource: "aws_fsx_lustre_file_system.this" })).toBe(
    "acknowledged",
  );
  expect(ack({ id: "REV-FILE-SYSTEM-LOSS", reason: REASON })).toBe("acknowledged");
  expect(ack({ id: "REV-FILE-SYSTEM-LOSS", reason: "ok" })).toBe("blocking");
  expect(ack({ id: "REV-FILE-SYSTEM-LOSS", reason: REASON, resource: "aws_s3_bucket.data_repository" })).toBe(
    "blocking",
  );
  expect(ack({ id: "REV-CLUSTER-LOSS", reason: REASON })).toBe("blocking");
});

test("cascade: a new name prefix replaces the security groups, and with them the file system and the cluster", () => {
  const r = reviewStack("hyperpod", defaults, stack({ namePrefix: "acme" }));
  const a = Object.fromEntries(actions(r));
  expect(a["aws_security_group.lustre"]).toBe("replace");
  expect(a["aws_fsx_lustre_file_system.this"]).toBe("replace");
  expect(a["aws_fsx_data_repository_association.this"]).toBe("replace");
  expect(a["awscc_sagemaker_cluster.this"]).toBe("replace");
  expect(a["aws_s3_bucket.data_repository"]).toBe("replace");
  expect(a["aws_iam_role.hyperpod"]).toBe("replace");
  const fs = r.resources.find((c) => c.address === "aws_fsx_lustre_file_system.this")!;
  expect(fs.attributes).toEqual([
    expect.objectContaining({
      path: "security_group_ids",
      via: "aws_security_group.lustre",
      new: '["${aws_security_group.lustre.id}"]',
    }),
  ]);
  expect(
    codes(r)
      .map((c) => c[0])
      .sort(),
  ).toEqual(["REV-CLUSTER-LOSS", "REV-DATA-BUCKET-LOSS", "REV-FILE-SYSTEM-LOSS"]);
});

test("no effect on running nodes: the parameters file when a group is appended, and force_destroy", () => {
  const r = reviewStack("hyperpod", defaults, stack(workers));
  expect(actions(r)).toEqual([
    ["aws_s3_object.life_cycle_scripts_provisioning_parameters", "no-node-effect"],
    ["awscc_sagemaker_cluster.this", "update"],
  ]);
  expect(r.findings).toEqual([]);
  const fd = reviewStack("hyperpod", defaults, stack({ fsx: { dataRepository: { forceDestroy: true } } }));
  expect(actions(fd)).toEqual([["aws_s3_bucket.data_repository", "no-node-effect"]]);
});

test("a lifecycle script edit is no effect on running nodes, whatever it uploads", () => {
  const text = JSON.stringify(defaults);
  // The scripts folder's asset hash, whatever the scripts hold today.
  const hash = /assets\/[^/"]+\/([0-9A-F]{32})/.exec(text)?.[1];
  expect(hash).toBeDefined();
  const edited: TfJson = JSON.parse(text.replaceAll(hash as string, "0000FFFF"));
  const r = reviewStack("hyperpod", defaults, edited);
  expect(actions(r)).toEqual([["aws_s3_object.life_cycle_scripts", "no-node-effect"]]);
  expect(r.resources[0].consequence).toMatch(/running nodes do not see it/);
});

test("cannot apply: a group's instance type; blocking with protect, a warning-free in-place elsewhere", () => {
  const other = {
    instanceGroups: [workers.instanceGroups[0], { ...workers.instanceGroups[1], instanceType: "ml.c5.2xlarge" }],
  };
  const r = reviewStack("hyperpod", stack(workers), stack(other));
  expect(Object.fromEntries(actions(r))["awscc_sagemaker_cluster.this"]).toBe("cannot-apply");
  expect(codes(r)).toEqual([["REV-CANNOT-APPLY", "awscc_sagemaker_cluster.this", "warning"]]);
  const p = reviewStack("hyperpod", stack({ ...workers, production: true }), stack({ ...other, production: true }));
  expect(codes(p)).toEqual([["REV-CANNOT-APPLY", "awscc_sagemaker_cluster.this", "blocking"]]);
});

test("count change in place; count down warns that nodes are terminated", () => {
  const more = { instanceGroups: [workers.instanceGroups[0], { ...workers.instanceGroups[1], count: 1 }] };
  const r = reviewStack("hyperpod", stack(workers), stack(more));
  expect(Object.fromEntries(actions(r))["awscc_sagemaker_cluster.this"]).toBe("update");
  expect(codes(r)).toEqual([["REV-NODES-TERMINATED", "awscc_sagemaker_cluster.this", "warning"]]);
});

test("a renamed group is blocking even without protect", () => {
  const renamed = { instanceGroups: [workers.instanceGroups[0], { ...workers.instanceGroups[1], name: "cpu" }] };
  const r = reviewStack("hyperpod", stack(workers), stack(renamed));
  expect(codes(r)).toEqual([["REV-GROUP-RENAME", "awscc_sagemaker_cluster.this", "blocking"]]);
});

test("a stack added or removed is created or destroyed as a whole", () => {
  const two = synthConfig({ clusters: { hyperpod: {}, dev: { namePrefix: "dev", production: true } } }).stacks;
  const one = { hyperpod: two.hyperpod };
  const created = review({ stacks: one, label: "a" }, { stacks: two, label: "b" });
  const dev = created.stacks.find((s) => s.name === "dev")!;
  expect(dev.status).toBe("created");
  expect(dev.resources.every((c) => c.action === "create")).toBe(true);
  expect(dev.counts.create).toBe(dev.resources.length);
  expect(created.exitCode).toBe(0);

  const destroyed = review({ stacks: two, label: "b" }, { stacks: one, label: "a" });
  const gone = destroyed.stacks.find((s) => s.name === "dev")!;
  expect(gone.status).toBe("destroyed");
  expect(gone.protect).toBe(true);
  expect(gone.findings.map((f) => f.code).sort()).toEqual([
    "REV-CLUSTER-LOSS",
    "REV-DATA-BUCKET-LOSS",
    "REV-FILE-SYSTEM-LOSS",
  ]);
  expect(destroyed.summary.blocking).toBe(3);
  expect(destroyed.exitCode).toBe(3);
});

test("a module input: a private subnet replaced cascades to the file system and the cluster that take element 0", () => {
  const net = (priv: string[]) => ({
    network: { vpc: { privateSubnets: priv, publicSubnets: ["10.0.101.0/24", "10.0.102.0/24"] } },
  });
  const a = stack(net(["10.0.1.0/24", "10.0.2.0/24"]));
  const second = reviewStack("hyperpod", a, stack(net(["10.0.1.0/24", "10.0.3.0/24"])));
  expect(Object.fromEntries(actions(second))["aws_fsx_lustre_file_system.this"]).toBeUndefined();
  const first = reviewStack("hyperpod", a, stack(net(["10.0.5.0/24", "10.0.2.0/24"])));
  const f = Object.fromEntries(actions(first));
  expect(f["module.vpc"]).toBe("replace");
  expect(f["aws_fsx_lustre_file_system.this"]).toBe("replace");
  expect(f["awscc_sagemaker_cluster.this"]).toBe("replace");
  const appended = reviewStack("hyperpod", a, stack(net(["10.0.1.0/24", "10.0.2.0/24", "10.0.4.0/24"])));
  expect(actions(appended)).toEqual([["module.vpc", "update"]]);
});

test("policy findings and configuration warnings are compared with the base", () => {
  const row = { rule: "POL-TAGS-REQUIRED", resource: "hyperpod/x", address: "aws_s3_bucket.x", level: "WARNING" };
  const r = review(
    {
      stacks: { hyperpod: defaults },
      policy: { hyperpod: [{ ...row, finding: "old" }] },
      configFindings: ["WARNING A x"],
      label: "a",
    },
    {
      stacks: { hyperpod: defaults },
      policy: {
        hyperpod: [
          { ...row, finding: "new" },
          { ...row, finding: "hidden", suppressed: "reason" },
        ],
      },
      configFindings: ["WARNING B y"],
      label: "b",
    },
  );
  expect(r.stacks[0].policy).toEqual({
    new: ["WARNING POL-TAGS-REQUIRED aws_s3_bucket.x: new"],
    resolved: ["WARNING POL-TAGS-REQUIRED aws_s3_bucket.x: old"],
  });
  expect(r.configWarnings).toEqual({ new: ["WARNING B y"], resolved: ["WARNING A x"] });
});

test("a lifecycle script edit names the files that change, and stays no effect on running nodes", () => {
  const scripts = mkdtempSync(join(tmpdir(), "scripts-"));
  cpSync(SCRIPTS_DIR, scripts, { recursive: true });
  appendFileSync(join(scripts, "on_create.sh"), "\n# edited\n");
  writeFileSync(join(scripts, "extra.sh"), "#!/bin/bash\n");
  const outdir = mkdtempSync(join(tmpdir(), "hyperpod-synth-"));
  const app = new App({ outdir });
  for (const cluster of resolveConfig({})) new HyperPodStack(app, cluster.stackName, { cluster, scriptsDir: scripts });
  app.synth();
  const r = review(readSynth(synthConfig().outdir, "a"), readSynth(outdir, "b"));
  const change = r.stacks[0].resources;
  expect(change.map((c) => [c.address, c.action])).toEqual([["aws_s3_object.life_cycle_scripts", "no-node-effect"]]);
  expect(change[0].attributes.filter((a) => a.path.startsWith("file "))).toEqual([
    expect.objectContaining({ path: "file extra.sh", old: undefined, new: expect.stringMatching(/^sha256:/) }),
    expect.objectContaining({
      path: "file on_create.sh",
      class: "no-node-effect",
      old: expect.stringMatching(/^sha256:/),
    }),
  ]);
  rmSync(scripts, { recursive: true, force: true });
});

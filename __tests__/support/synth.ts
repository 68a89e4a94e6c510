/** Synthesizes the app in-process for tests, from a configuration object. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { evaluate } from "../../src/config/load";
import type { ResolvedCluster } from "../../src/config/resolve";
import { HyperPodStack } from "../../stacks/hyperpod-stack";

export const ROOT = join(__dirname, "..", "..");
export const SCRIPTS_DIR = join(ROOT, "lifecycle-scripts");

export type TfJson = Record<string, any>;

/** Resolves a configuration object exactly as the app does, failing on any ERROR. */
export function resolveConfig(raw: Record<string, unknown> = {}): ResolvedCluster[] {
  const loaded = evaluate(raw);
  const errors = loaded.findings.filter((f) => f.level === "ERROR" && !f.suppressedBy);
  if (errors.length > 0) throw new Error(`config has errors: ${JSON.stringify(errors, null, 2)}`);
  return loaded.clusters;
}

export interface Synthesized {
  readonly outdir: string;
  readonly stacks: Record<string, TfJson>;
}

/** Full app synth into a fresh folder (assets included), like `cdktf synth`. */
export function synthConfig(raw: Record<string, unknown> = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), "hyperpod-synth-"));
  const app = new App({ outdir });
  const clusters = resolveConfig(raw);
  for (const cluster of clusters) new HyperPodStack(app, cluster.stackName, { cluster, scriptsDir: SCRIPTS_DIR });
  app.synth();
  const stacks: Record<string, TfJson> = {};
  for (const c of clusters) {
    stacks[c.stackName] = JSON.parse(readFileSync(join(outdir, "stacks", c.stackName, "cdk.tf.json"), "utf8"));
  }
  return { outdir, stacks };
}

/** The resources of one type in a synthesized stack, by Terraform name. */
export function resources(stack: TfJson, type: string): Record<string, TfJson> {
  return stack.resource?.[type] ?? {};
}

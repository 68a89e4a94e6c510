/**
 * The CDKTF app: reads hyperpod.config.yaml (or $HYPERPOD_CONFIG) and creates
 * one stack per cluster. Run through `cdktf synth` / `cdktf deploy`.
 */
import { join } from "node:path";
import { annotateFindings, loadConfigOrExit, synthAtomically } from "./src/cli";
import { HyperPodStack } from "./stacks/hyperpod-stack";

const config = loadConfigOrExit();
const scriptsDir = join(process.cwd(), "lifecycle-scripts");

synthAtomically((app) => {
  const stacks = config.clusters.map((cluster) => new HyperPodStack(app, cluster.stackName, { cluster, scriptsDir }));
  annotateFindings(stacks, config);
});

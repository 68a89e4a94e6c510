// Part of `npm run bench`: how long the change review takes on two finished
// synths (`--base-dir` + `--head-dir`, so no synth is timed), for the default
// stack and for a 20-cluster configuration.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A configuration with `n` clusters, each its own stack; `capacity` is the shared file system size. */
function clusters(n, capacity) {
  const lines = [`fsx:\n  storageCapacity: ${capacity}\nclusters:`];
  for (let i = 1; i <= n; i++) lines.push(`  c${String(i).padStart(2, "0")}: { namePrefix: hp-c${i} }`);
  return `${lines.join("\n")}\n`;
}

function synth(root, scratch, name, yaml) {
  const config = join(scratch, `${name}.yaml`);
  writeFileSync(config, yaml);
  const outdir = join(scratch, name);
  const r = spawnSync("node", ["scripts/run-app.mjs"], {
    cwd: root,
    env: { ...process.env, HYPERPOD_CONFIG: config, CDKTF_OUTDIR: outdir },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`bench: synth of ${name} failed:\n${r.stderr}`);
  return outdir;
}

/** Runs the series; `series(label, fn)` and `measure(cmd, args, cwd)` are bench.mjs's. */
export function benchReview(root, scratch, series, measure) {
  mkdirSync(scratch, { recursive: true });
  const results = {};
  for (const [label, n] of [
    ["default stack", 0],
    ["20 clusters", 20],
  ]) {
    // A realistic, non-blocking change: the file system grows.
    const base = synth(root, scratch, `base${n}`, n ? clusters(n, 1200) : "");
    const head = synth(root, scratch, `head${n}`, n ? clusters(n, 2400) : "fsx:\n  storageCapacity: 2400\n");
    const out = join(scratch, `review${n}`);
    results[label] = series(`review, two finished synths (${label})`, () =>
      measure("node", ["scripts/review.mjs", "--base-dir", base, "--head-dir", head, "--out", out], root),
    );
  }
  return results;
}

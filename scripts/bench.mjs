#!/usr/bin/env node
// `npm run bench`: how long the app takes to synthesize and how much memory
// it needs, next to bare `require('cdktf')` and the cdktf CLI's own floor (a
// synth of an empty stack), all measured in this run on this machine.
// Wall time and peak RSS come from GNU time (Debian package `time`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchReview } from "./bench-review.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 7);
const gnuTime = "/usr/bin/time";
const cdktf = join(root, "node_modules", ".bin", "cdktf");
const env = { ...process.env, HYPERPOD_CONFIG: "", CHECKPOINT_DISABLE: "1", CI: "1" };

if (!existsSync(gnuTime)) {
  console.error("bench: /usr/bin/time is missing; install it with `apt-get install time` (it measures peak memory)");
  process.exit(1);
}

function measure(cmd, args, cwd, extraEnv = {}) {
  const r = spawnSync(gnuTime, ["-f", "BENCH %e %M", cmd, ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
  });
  const line = r.stderr.split("\n").find((l) => l.startsWith("BENCH "));
  if (r.status !== 0 || !line) {
    throw new Error(`bench: ${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  const [, seconds, kb] = line.split(" ");
  return { seconds: Number(seconds), mb: Number(kb) / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function series(label, fn) {
  const samples = [];
  fn(); // warm the file cache
  for (let i = 0; i < runs; i++) samples.push(fn());
  const result = {
    label,
    seconds: median(samples.map((s) => s.seconds)),
    mb: median(samples.map((s) => s.mb)),
    maxMb: Math.max(...samples.map((s) => s.mb)),
  };
  console.log(
    `${label.padEnd(44)} median ${result.seconds.toFixed(2)} s   peak RSS median ${result.mb.toFixed(0)} MB (max ${result.maxMb.toFixed(0)} MB)`,
  );
  return result;
}

const scratch = mkdtempSync(join(tmpdir(), "hyperpod-bench-"));
const floorProject = join(scratch, "floor");
spawnSync("mkdir", ["-p", floorProject]);
writeFileSync(join(floorProject, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node floor.js" }));
writeFileSync(
  join(floorProject, "floor.js"),
  `const { App, TerraformStack } = require(${JSON.stringify(join(root, "node_modules", "cdktf"))});\n` +
    `const app = new App(); new TerraformStack(app, "empty"); app.synth();\n`,
);

console.log(`bench: ${runs} runs each, after one warm-up run\n`);
const bare = series("node -e \"require('cdktf')\"", () => measure("node", ["-e", "require('cdktf')"], root));
const app = series("app synth (node scripts/run-app.mjs)", () =>
  measure("node", ["scripts/run-app.mjs"], root, { CDKTF_OUTDIR: join(scratch, "app.out") }),
);
const prebuilt = series("app synth, already built (node dist/app.js)", () =>
  measure("node", ["dist/app.js"], root, { CDKTF_OUTDIR: join(scratch, "prebuilt.out") }),
);
const floor = series("cdktf synth, empty stack (CLI floor)", () =>
  measure(cdktf, ["synth", "--output", join(scratch, "floor.out")], floorProject),
);
const whole = series("cdktf synth (this app)", () =>
  measure(cdktf, ["synth", "--output", join(scratch, "cli.out")], root),
);
const reviews = benchReview(root, join(scratch, "review"), series, measure);
rmSync(scratch, { recursive: true, force: true });

const verdict = (ok) => (ok ? "meets" : "MISSES");
console.log(`
targets:
  app synth median ${app.seconds.toFixed(2)} s <= 0.60 s: ${verdict(app.seconds <= 0.6)}
  app synth peak ${app.maxMb.toFixed(0)} MB <= 150 MB: ${verdict(app.maxMb <= 150)}
  cdktf synth ${whole.seconds.toFixed(2)} s - CLI floor ${floor.seconds.toFixed(2)} s = ${(whole.seconds - floor.seconds).toFixed(2)} s <= 1 s: ${verdict(whole.seconds - floor.seconds <= 1)}
  review of two finished synths, default stack ${reviews["default stack"].seconds.toFixed(2)} s <= 1 s: ${verdict(reviews["default stack"].seconds <= 1)}; 20 clusters ${reviews["20 clusters"].seconds.toFixed(2)} s
  (bare require('cdktf'): ${bare.seconds.toFixed(2)} s, ${bare.mb.toFixed(0)} MB; app without the transpile step: ${prebuilt.seconds.toFixed(2)} s)`);

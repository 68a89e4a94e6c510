/** Entry point of `npm run connect` (scripts/connect.mjs runs it): real processes and the loaded configuration. */
import { spawnSync } from "node:child_process";
import { loadConfigOrExit } from "./cli";
import { connect } from "./connect";

const onPath = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

const status = connect(process.argv.slice(2), loadConfigOrExit().clusters, {
  run: (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: "utf8" });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
  },
  attach: (cmd, args) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1,
  has: onPath,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exit(status);

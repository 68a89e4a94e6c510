/**
 * A fake HyperPod node for running the real lifecycle scripts without a
 * cluster: a temporary root for every path (HYPERPOD_ROOT), the stand-ins
 * from ./fakebin for every system command, and a PATH that holds nothing
 * else but a few harmless real tools. A command the scripts call that has no
 * stand-in is therefore "not found" instead of touching this machine.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
export const SCRIPTS = path.join(REPO, "lifecycle-scripts");
export const FAKEBIN = path.join(__dirname, "fakebin");
export const FIXTURES = path.join(REPO, "__tests__", "fixtures", "hyperpod");

/** Real tools used by on_create.sh and by the stand-ins (nothing that changes the system). */
const REAL_TOOLS = ["bash", "cat", "date", "dirname", "env", "mkdir", "mv", "rm", "sleep", "tee", "touch", "tr"];

export type Fixture = "controller-only" | "full-cluster";
export type Json = Record<string, unknown>;

export const FSTAB_OPTIONS =
  "defaults,relatime,flock,_netdev,x-systemd.automount,x-systemd.requires=network-online.target";
export const FULL = {
  dns: "fs-0fedcba9876543210.fsx.ap-northeast-1.amazonaws.com",
  mountName: "abcdefgh",
  source: "fs-0fedcba9876543210.fsx.ap-northeast-1.amazonaws.com@tcp:/abcdefgh",
  controller: "10.0.1.20",
  login: "10.0.1.21",
  workerP5: "10.0.1.30",
  workerG5: "10.0.1.40",
};
export const SMALL = {
  dns: "fs-0123456789abcdef0.fsx.ap-northeast-1.amazonaws.com",
  mountName: "vtmdtbev",
  source: "fs-0123456789abcdef0.fsx.ap-northeast-1.amazonaws.com@tcp:/vtmdtbev",
  controller: "10.0.1.20",
};

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Stand-in calls made during this run, "name arg arg". */
  calls: string[];
  /** systemd start/stop/restart events during this run. */
  events: string[];
}

export interface SandboxOptions {
  fixture: Fixture;
  /** The node's addresses, as `hostname -I` prints them. */
  ip: string;
  /** Replaces the fixture's provisioning_parameters.json. */
  params?: Json;
  /** Changes a copy of the fixture's parameters. */
  editParams?: (params: Json) => void;
  /** slurm.conf text; null: no slurm.conf at all. Default: the fixture's. */
  slurmConf?: string | null;
  /** Extra environment for every run. */
  env?: Record<string, string>;
  /** Docker installed on the node (the `docker` stand-in on PATH). Default: false. */
  docker?: boolean;
}

const made: Sandbox[] = [];
let realTools: Map<string, string> | undefined;

function which(names: string[]): Map<string, string> {
  const script = 'for t in "$@"; do printf "%s=%s\\n" "$t" "$(command -v "$t")"; done';
  const out = spawnSync("bash", ["-c", script, "which", ...names], { encoding: "utf8" }).stdout;
  const found = new Map<string, string>();
  for (const line of out.split("\n")) {
    const [name, where] = line.split("=");
    if (name && where) found.set(name, where);
  }
  return found;
}

/** The Python that runs the scripts: $HYPERPOD_TEST_PYTHON or python3 (resolved to the real binary). */
export function pythonBinary(): string {
  const wanted = process.env.HYPERPOD_TEST_PYTHON || "python3";
  const out = spawnSync(wanted, ["-c", "import os, sys; print(os.path.realpath(sys.executable))"], {
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`cannot run ${wanted}: ${out.stderr || out.error}`);
  return out.stdout.trim();
}

/** Where the few real tools the sandbox may use are (looked up once). */
function realToolPaths(): Map<string, string> {
  if (!realTools) {
    const found = which(REAL_TOOLS);
    for (const name of REAL_TOOLS) {
      if (!found.get(name)) throw new Error(`the tests need ${name} on PATH`);
    }
    found.set("python3", pythonBinary());
    realTools = found;
  }
  return realTools;
}

/** A folder of symlinks to the real tools, without those in `leaveOut`. */
export function makeToolsDir(dir: string, leaveOut: string[] = []): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, where] of realToolPaths()) {
    if (!leaveOut.includes(name)) fs.symlinkSync(where, path.join(dir, name));
  }
  return dir;
}

export function fixtureText(fixture: Fixture, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, fixture, file), "utf8");
}

export function fixtureJson(fixture: Fixture, file: string): Json {
  return JSON.parse(fixtureText(fixture, file)) as Json;
}

export const PASSWD = "root:x:0:0:root:/root:/bin/bash\nubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n";

export class Sandbox {
  readonly base: string;
  readonly root: string;
  readonly state: string;
  readonly bin: string;
  readonly work: string;
  readonly tools: string;
  readonly env: Record<string, string>;
  private seenCalls = 0;
  private seenEvents = 0;

  constructor(options: SandboxOptions) {
    this.base = fs.mkdtempSync(path.join(os.tmpdir(), "hp-lc-"));
    this.root = path.join(this.base, "root");
    this.state = path.join(this.base, "state");
    this.bin = path.join(this.base, "bin");
    this.work = path.join(this.base, "work");
    this.tools = makeToolsDir(path.join(this.base, "tools"));
    fs.mkdirSync(this.state, { recursive: true });
    fs.writeFileSync(path.join(this.state, "calls.log"), "");

    // The stand-ins, copied so that their mode does not depend on the checkout.
    fs.mkdirSync(this.bin);
    for (const name of fs.readdirSync(FAKEBIN)) {
      fs.copyFileSync(path.join(FAKEBIN, name), path.join(this.bin, name));
      fs.chmodSync(path.join(this.bin, name), 0o755);
    }
    if (!options.docker) fs.rmSync(path.join(this.bin, "docker"));

    // The uploaded folder as HyperPod copies it: the scripts plus the parameters.
    fs.cpSync(SCRIPTS, this.work, { recursive: true });
    let params = options.params ?? fixtureJson(options.fixture, "provisioning_parameters.json");
    params = JSON.parse(JSON.stringify(params)) as Json;
    options.editParams?.(params);
    fs.writeFileSync(path.join(this.work, "provisioning_parameters.json"), JSON.stringify(params, null, 2));

    // A node as the HyperPod image leaves it.
    this.write("/etc/passwd", PASSWD);
    this.write("/etc/group", "root:x:0:\nubuntu:x:1000:\n");
    this.write("/etc/hosts", "127.0.0.1 localhost\n");
    this.write("/etc/fstab", "LABEL=cloudimg-rootfs\t/\text4\tdiscard,errors=remount-ro\t0 1\n");
    this.write("/proc/mounts", "/dev/root / ext4 rw,relatime,discard 0 0\n");
    this.write("/home/ubuntu/.bashrc", "# ubuntu's bashrc\n");
    this.write("/home/ubuntu/.ssh/authorized_keys", "ssh-ed25519 AAAA... ubuntu\n");
    this.write("/opt/ml/config/resource_config.json", fixtureText(options.fixture, "resource_config.json"));
    const slurmConf = options.slurmConf === undefined ? fixtureText(options.fixture, "slurm.conf") : options.slurmConf;
    if (slurmConf !== null) this.write("/opt/slurm/etc/slurm.conf", slurmConf);
    this.write("/usr/local/lib/slurm/spank_pyxis.so", "not really a plugin\n");
    this.write("/etc/ssh/ssh_config", "Include /etc/ssh/ssh_config.d/*.conf\n\nHost *\n    SendEnv LANG LC_*\n");

    this.env = {
      PATH: `${this.bin}:${this.tools}`,
      HOME: this.base,
      LANG: "C.UTF-8",
      HYPERPOD_ROOT: this.root,
      FAKE_STATE: this.state,
      FAKE_NODE_IPS: options.ip,
      SAGEMAKER_RESOURCE_CONFIG_PATH: this.host("/opt/ml/config/resource_config.json"),
      HYPERPOD_MOUNT_RETRY_PAUSE: "0",
      HYPERPOD_SLURM_CONF_TIMEOUT: "5",
      HYPERPOD_SLURM_CONF_POLL: "0.1",
      ...options.env,
    };
  }

  /** Where the node path `p` is in the sandbox. */
  host(p: string): string {
    return path.join(this.root, p);
  }

  write(p: string, content: string): void {
    fs.mkdirSync(path.dirname(this.host(p)), { recursive: true });
    fs.writeFileSync(this.host(p), content);
  }

  read(p: string): string {
    return fs.readFileSync(this.host(p), "utf8");
  }

  exists(p: string): boolean {
    return fs.existsSync(this.host(p));
  }

  mode(p: string): number {
    return fs.statSync(this.host(p)).mode & 0o7777;
  }

  /** The environment of a run: the sandbox's plus `extra` (undefined removes a variable). */
  private runEnv(extra: Record<string, string | undefined>): Record<string, string> {
    const env: Record<string, string> = { ...this.env };
    for (const [key, value] of Object.entries(extra)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    return env;
  }

  private finish(status: number | null, stdout: string, stderr: string): RunResult {
    const calls = this.allCalls();
    const events = this.allEvents();
    const result = {
      status,
      stdout,
      stderr,
      calls: calls.slice(this.seenCalls),
      events: events.slice(this.seenEvents),
    };
    this.seenCalls = calls.length;
    this.seenEvents = events.length;
    return result;
  }

  /** Runs `bash on_create.sh` in the uploaded folder, as HyperPod does. */
  run(extra: Record<string, string | undefined> = {}): RunResult {
    const out = spawnSync("bash", ["on_create.sh"], {
      cwd: this.work,
      env: this.runEnv(extra),
      encoding: "utf8",
      timeout: 60000,
    });
    return this.finish(out.status, out.stdout, out.stderr);
  }

  /** Like run(), but returns at once; `whileRunning` is called after `delayMs`. */
  runAsync(
    delayMs: number,
    whileRunning: () => void,
    extra: Record<string, string | undefined> = {},
  ): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn("bash", ["on_create.sh"], { cwd: this.work, env: this.runEnv(extra) });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(whileRunning, delayMs);
      child.on("error", reject);
      child.on("close", (status: number | null) => {
        clearTimeout(timer);
        resolve(this.finish(status, stdout, stderr));
      });
    });
  }

  allCalls(): string[] {
    return lines(fs.readFileSync(path.join(this.state, "calls.log"), "utf8"));
  }

  allEvents(): string[] {
    const file = path.join(this.state, "systemd-events.log");
    return fs.existsSync(file) ? lines(fs.readFileSync(file, "utf8")) : [];
  }

  /** What the fake systemd knows about a unit. */
  unit(name: string): { enabled: boolean; active: boolean } {
    const dir = path.join(this.state, "systemd");
    return {
      enabled: fs.existsSync(path.join(dir, `${name}.enabled`)),
      active: fs.existsSync(path.join(dir, `${name}.active`)),
    };
  }

  /** Puts a unit into a state before the run (as the image might leave it). */
  setUnit(name: string, state: { enabled: boolean; active: boolean }): void {
    const dir = path.join(this.state, "systemd");
    fs.mkdirSync(dir, { recursive: true });
    for (const kind of ["enabled", "active"] as const) {
      const file = path.join(dir, `${name}.${kind}`);
      if (state[kind]) fs.writeFileSync(file, "");
      else fs.rmSync(file, { force: true });
    }
  }

  /** fstab lines (not comments) whose mount point is `mountPoint`. */
  fstabEntries(mountPoint: string): string[] {
    return lines(this.read("/etc/fstab")).filter((line) => line.split(/\s+/)[1] === mountPoint);
  }

  passwd(name: string): { uid: number; gid: number; home: string; shell: string } | undefined {
    for (const line of lines(this.read("/etc/passwd"))) {
      const f = line.split(":");
      if (f[0] === name) return { uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] };
    }
    return undefined;
  }

  log(): string {
    return this.exists("/var/log/provision/provisioning.log") ? this.read("/var/log/provision/provisioning.log") : "";
  }

  /** Every file and directory under the root with its mode and content (the log left out). */
  snapshot(): Map<string, string> {
    const result = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        const rel = path.relative(this.root, full);
        if (rel === path.join("var", "log", "provision", "provisioning.log")) continue;
        const mode = (fs.lstatSync(full).mode & 0o7777).toString(8);
        if (entry.isSymbolicLink()) {
          result.set(rel, `-> ${fs.readlinkSync(full)}`);
        } else if (entry.isDirectory()) {
          result.set(`${rel}/`, mode);
          walk(full);
        } else {
          result.set(rel, `${mode} ${fs.readFileSync(full, "utf8")}`);
        }
      }
    };
    walk(this.root);
    return result;
  }

  /** Mounts a local volume (`/opt/dlami/nvme` or `/opt/sagemaker`) as the image would. */
  mountVolume(mountPoint: string, device = "/dev/nvme1n1"): void {
    fs.mkdirSync(this.host(mountPoint), { recursive: true });
    fs.appendFileSync(this.host("/proc/mounts"), `${device} ${mountPoint} ext4 rw,relatime 0 0\n`);
  }

  /** Gives the node `count` EFA devices in /sys/class/infiniband (driver efa), plus `others` of another driver. */
  addEfaDevices(count: number, others = 0): string[] {
    const names: string[] = [];
    const add = (name: string, driver: string): void => {
      const driverDir = this.host(`/sys/bus/pci/drivers/${driver}`);
      fs.mkdirSync(driverDir, { recursive: true });
      fs.mkdirSync(this.host(`/sys/class/infiniband/${name}/device`), { recursive: true });
      fs.symlinkSync(driverDir, this.host(`/sys/class/infiniband/${name}/device/driver`));
    };
    for (let i = 0; i < count; i++) {
      const name = `rdmap${String(i).padStart(2, "0")}s0`;
      add(name, "efa");
      names.push(name);
    }
    for (let i = 0; i < others; i++) add(`mlx5_${i}`, "mlx5_core");
    return names;
  }

  /** Takes a stand-in off PATH, as if the command were not installed. */
  removeCommand(name: string): void {
    fs.rmSync(path.join(this.bin, name));
  }

  /** Rewrites the uploaded provisioning_parameters.json (for a later run). */
  setParams(params: Json): void {
    fs.writeFileSync(path.join(this.work, "provisioning_parameters.json"), JSON.stringify(params, null, 2));
  }

  cleanup(): void {
    fs.rmSync(this.base, { recursive: true, force: true });
  }
}

/** A sandbox that is deleted after the current test. */
export function sandbox(options: SandboxOptions): Sandbox {
  const box = new Sandbox(options);
  made.push(box);
  return box;
}

afterEach(() => {
  for (const box of made.splice(0)) box.cleanup();
});

/** The exact failure contract: status 1, one line on stderr, the same line last in the log. */
export function expectFailure(box: Sandbox, result: RunResult, line: string): void {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 1, stderr: `${line}\n` });
  expect(result.stdout).not.toContain("FAILED");
  const logLines = box.log().trimEnd().split("\n");
  expect(logLines[logLines.length - 1]).toMatch(new RegExp(`^${TIMESTAMP} ERROR \\[[a-z_]+\\] `));
  expect(logLines[logLines.length - 1].endsWith(` ${line}`)).toBe(true);
}

/** How every log line starts. */
export const TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

export function expectSuccess(result: RunResult): void {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
}

export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
}

/** Calls of the given commands only, in order. */
export function only(calls: string[], ...commands: string[]): string[] {
  return calls.filter((call) => commands.includes(call.split(" ")[0]));
}

/**
 * Checks on the files themselves (the shell linter runs in `npm run lint`): Python
 * that compiles and stays within Python 3.8 (HyperPod's Ubuntu image), and a
 * lifecycle-scripts folder that holds only what runs on nodes.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FAKEBIN, pythonBinary, SCRIPTS } from "./sandbox";

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const scriptFiles = filesUnder(SCRIPTS);
const shellScripts = [
  ...scriptFiles.filter((f) => f.endsWith(".sh")),
  ...filesUnder(FAKEBIN), // the stand-ins are bash scripts without an extension
];
const pythonFiles = scriptFiles.filter((f) => f.endsWith(".py"));

test("lifecycle-scripts/ holds only the entry point and the Python modules (it is uploaded as is)", () => {
  const names = scriptFiles.map((f) => path.relative(SCRIPTS, f)).sort();
  expect(names).toContain("on_create.sh");
  expect(names).toContain("provision.py");
  for (const name of names) expect(name).toMatch(/^(on_create\.sh|hooks\.d\/[^/]+\.sh|[a-z_]+\.py)$/);
});

test("the stand-ins and on_create.sh start with a bash shebang", () => {
  for (const file of shellScripts.filter((f) => !f.endsWith("_lib.sh"))) {
    expect(fs.readFileSync(file, "utf8").split("\n")[0]).toBe("#!/bin/bash");
  }
});

test("python3 -m py_compile accepts every module", () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "hp-lc-pycache-"));
  try {
    // PYTHONPYCACHEPREFIX keeps __pycache__ out of the uploaded folder.
    const result = spawnSync(pythonBinary(), ["-m", "py_compile", ...pythonFiles], {
      encoding: "utf8",
      env: { ...process.env, PYTHONPYCACHEPREFIX: cache },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
  expect(fs.readdirSync(SCRIPTS)).not.toContain("__pycache__");
});

test("the modules stay within Python 3.8 syntax and APIs", () => {
  // ast.parse with feature_version=(3, 8) rejects newer syntax (match, parenthesised
  // context managers, ...); the list below catches common 3.9+ APIs and annotations.
  const checker = [
    "import ast, re, sys",
    "bad = []",
    "newer = re.compile(r'\\.removeprefix\\(|\\.removesuffix\\(|\\bzoneinfo\\b|\\bgraphlib\\b|functools\\.cache\\b|" +
      "math\\.lcm|\\bdict\\[|\\blist\\[|\\btuple\\[|\\bset\\[|:\\s*\\w+\\s*\\|\\s*None|->\\s*\\w+\\s*\\|')",
    "for name in sys.argv[1:]:",
    "    text = open(name, encoding='utf-8').read()",
    "    try:",
    "        ast.parse(text, name, feature_version=(3, 8))",
    "    except SyntaxError as error:",
    "        bad.append('%s: %s' % (name, error))",
    "    for number, line in enumerate(text.splitlines(), 1):",
    "        if newer.search(line.split('#')[0]):",
    "            bad.append('%s:%d: %s' % (name, number, line.strip()))",
    "print('\\n'.join(bad))",
  ].join("\n");
  const result = spawnSync(pythonBinary(), ["-c", checker, ...pythonFiles], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.stdout.trim()).toBe("");
});

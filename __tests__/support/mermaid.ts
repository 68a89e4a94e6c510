/**
 * Parses Mermaid text with mermaid's own parser (the npm package, offline,
 * no browser): mermaid is ESM-only, so it runs in a child Node process. It
 * sanitizes labels with DOMPurify, which needs a DOM: jsdom provides one.
 */
import { spawnSync } from "node:child_process";
import { ROOT } from "./synth";

const SCRIPT = `
const { JSDOM } = await import("jsdom");
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
const texts = JSON.parse(await new Promise((ok) => { let s = ""; process.stdin.on("data", (d) => (s += d)); process.stdin.on("end", () => ok(s)); }));
const out = [];
for (const t of texts) {
  try { const r = await mermaid.parse(t); out.push({ ok: true, type: r.diagramType }); }
  catch (e) { out.push({ ok: false, error: String(e.message ?? e).split("\\n").slice(0, 4).join("\\n") }); }
}
process.stdout.write(JSON.stringify(out));
`;

export type ParseResult = { ok: true; type: string } | { ok: false; error: string };

/** One result per text, in order. */
export function parseMermaid(texts: string[]): ParseResult[] {
  const r = spawnSync("node", ["--input-type=module", "-e", SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(texts),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`mermaid parser failed to run: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

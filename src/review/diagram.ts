/**
 * A Mermaid flowchart of one synthesized stack: resources grouped by the
 * construct that holds them, solid arrows for references (through data
 * sources), dotted arrows for `depends_on`.
 *
 * @see https://mermaid.js.org/syntax/flowchart.html
 */
import type { Action, TfJson } from "./model";
import { refsOf } from "./refs";

interface Node {
  readonly id: string;
  readonly address: string;
  readonly group: string;
  readonly block: TfJson;
}

const STYLE: Partial<Record<Action, string>> = {
  create: "fill:#dff5e1,stroke:#2e7d32",
  destroy: "fill:#fde0e0,stroke:#c62828",
  replace: "fill:#fde0e0,stroke:#c62828,stroke-width:3px",
  "cannot-apply": "fill:#fff1cc,stroke:#b26a00,stroke-width:3px",
  update: "fill:#e3ecfb,stroke:#1f5fbf",
  "no-node-effect": "fill:#f0f0f0,stroke:#777",
};

const safeId = (s: string) => `n_${s.replace(/[^A-Za-z0-9_]/g, "_")}`;
const label = (s: string) => s.replace(/"/g, "#quot;");

/** The construct that holds a resource: its path without the stack and the resource's own id. */
function groupOf(path: string | undefined): string {
  if (!path) return "stack";
  const parts = path.split("/").slice(1, -1);
  return parts.length ? parts.join("/") : "stack";
}

/**
 * Mermaid text of the stack. `actions` (address → action) colours changed
 * resources; without it the diagram is the plain architecture.
 */
export function stackDiagram(doc: TfJson, actions: ReadonlyMap<string, Action> = new Map()): string {
  const nodes = new Map<string, Node>();
  for (const [type, byName] of Object.entries<TfJson>(doc.resource ?? {})) {
    for (const [name, block] of Object.entries<TfJson>(byName)) {
      const address = `${type}.${name}`;
      nodes.set(address, { id: safeId(address), address, group: groupOf(block?.["//"]?.metadata?.path), block });
    }
  }
  for (const [name, block] of Object.entries<TfJson>(doc.module ?? {})) {
    const address = `module.${name}`;
    nodes.set(address, { id: safeId(address), address, group: groupOf(block?.["//"]?.metadata?.path), block });
  }
  const data = new Map<string, TfJson>();
  for (const [type, byName] of Object.entries<TfJson>(doc.data ?? {})) {
    for (const [name, block] of Object.entries<TfJson>(byName)) data.set(`data.${type}.${name}`, block);
  }
  // What a value points at, looking through data sources (they are not drawn).
  const targets = (value: unknown, seen = new Set<string>()): Set<string> => {
    const out = new Set<string>();
    const refs = refsOf(value);
    for (const a of refs.addresses) {
      if (nodes.has(a)) out.add(a);
      else if (data.has(a) && !seen.has(a)) {
        seen.add(a);
        for (const t of targets(data.get(a), seen)) out.add(t);
      }
    }
    for (const m of refs.modules) if (nodes.has(`module.${m.module}`)) out.add(`module.${m.module}`);
    return out;
  };

  const lines = ["flowchart LR"];
  const groups = [...new Set([...nodes.values()].map((n) => n.group))].sort();
  for (const g of groups) {
    lines.push(`  subgraph ${safeId(`g_${g}`)}["${label(g)}"]`);
    for (const n of [...nodes.values()]
      .filter((x) => x.group === g)
      .sort((a, b) => a.address.localeCompare(b.address))) {
      lines.push(`    ${n.id}["${label(n.address)}"]`);
    }
    lines.push("  end");
  }
  const edges = new Set<string>();
  for (const n of [...nodes.values()].sort((a, b) => a.address.localeCompare(b.address))) {
    const { depends_on, ...rest } = n.block;
    for (const t of [...targets(rest)].sort()) if (t !== n.address) edges.add(`  ${n.id} --> ${nodes.get(t)!.id}`);
    for (const d of [...(Array.isArray(depends_on) ? depends_on : [])].sort()) {
      const t = String(d).replace(/^\$\{(.*)\}$/, "$1");
      if (nodes.has(t)) edges.add(`  ${n.id} -.-> ${nodes.get(t)!.id}`);
    }
  }
  lines.push(...edges);
  const used = new Set<Action>();
  for (const [address, action] of [...actions].sort()) {
    const n = nodes.get(address);
    if (!n || !STYLE[action]) continue;
    used.add(action);
    lines.push(`  class ${n.id} ${action.replace(/-/g, "_")}`);
  }
  for (const a of [...used].sort()) lines.push(`  classDef ${a.replace(/-/g, "_")} ${STYLE[a]}`);
  return `${lines.join("\n")}\n`;
}

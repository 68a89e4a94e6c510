/** review.md (ready to paste as a pull-request comment) and the short console summary. */
import { ACTION_LABEL, ACTIONS, type Review, type ReviewFinding, type StackReview } from "./model";

const cell = (s: string | undefined) => (s === undefined ? "—" : `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``);
const text = (s: string) => s.replace(/\|/g, "\\|");

function finding(f: ReviewFinding): string {
  const mark = f.blocking ? "⛔ **BLOCKING**" : f.acknowledged ? "✅ acknowledged" : "⚠️ warning";
  const lines = [`- ${mark} \`${f.code}\` ${text(f.message)}`];
  if (f.acknowledged) lines.push(`  - reason: ${f.acknowledged}`);
  if (f.howTo) lines.push(`  - safe way: ${f.howTo}`);
  if (f.blocking) {
    lines.push(
      `  - to accept it: \`suppressions: [{ id: ${f.code}, reason: "<why, 10+ characters>"${f.address ? `, resource: ${f.address}` : ""} }]\``,
    );
  }
  return lines.join("\n");
}

function stack(s: StackReview): string {
  const out: string[] = [];
  const status = s.status === "changed" ? "" : ` (${s.status})`;
  out.push(`### Stack \`${s.name}\`${status} · protect ${s.protect ? "on" : "off"}`, "");
  out.push(`| ${ACTIONS.map((a) => ACTION_LABEL[a]).join(" | ")} | unchanged |`);
  out.push(`|${" --- |".repeat(ACTIONS.length + 1)}`);
  out.push(`| ${ACTIONS.map((a) => s.counts[a]).join(" | ")} | ${s.counts.unchanged} |`, "");
  if (s.findings.length) out.push(...s.findings.map(finding), "");
  for (const r of s.resources) {
    const where = r.constructPath ? ` (${r.constructPath})` : "";
    const loss = r.dataLoss ? " · **DATA LOSS**" : "";
    out.push(`#### ${ACTION_LABEL[r.action]}: \`${r.address}\`${where}${loss}`, "", r.consequence, "");
    if (r.attributes.length) {
      out.push("| attribute | old | new | class | what happens |", "| --- | --- | --- | --- | --- |");
      for (const a of r.attributes) {
        const via = a.via ? ` (references \`${a.via}\`)` : "";
        out.push(`| \`${a.path}\`${via} | ${cell(a.old)} | ${cell(a.new)} | ${a.class} | ${text(a.consequence)} |`);
      }
      out.push("");
    }
  }
  if (s.policy.new.length || s.policy.resolved.length) {
    out.push("**Policy pack**", "");
    for (const p of s.policy.new) out.push(`- new: ${text(p)}`);
    for (const p of s.policy.resolved) out.push(`- resolved: ${text(p)}`);
    out.push("");
  }
  out.push(
    "<details><summary>Architecture after the change</summary>",
    "",
    "```mermaid",
    s.diagram.trimEnd(),
    "```",
    "",
    "</details>",
    "",
  );
  return out.join("\n");
}

export function renderMarkdown(r: Review): string {
  const out: string[] = [];
  out.push(`## Change review: \`${r.base.label}\` → \`${r.head.label}\``, "");
  if (!r.summary.changed) {
    out.push("No changes: both revisions synthesize the same resources.", "");
  } else {
    const b = r.summary.blocking;
    out.push(
      b > 0
        ? `**⛔ ${b} blocking change(s) not acknowledged.** Fix them, or acknowledge each in \`suppressions\` with a reason.`
        : "**Nothing blocking.**",
      "",
    );
    out.push(
      `${r.stacks.length} stack(s); ${r.summary.acknowledged} acknowledged, ${r.summary.warnings} warning(s). ` +
        "Unchanged resources are counted, not listed. This is a synth-level review: the Terraform plan stays the provider-level truth.",
      "",
    );
  }
  if (r.configWarnings.new.length || r.configWarnings.resolved.length) {
    out.push("**Configuration findings**", "");
    for (const w of r.configWarnings.new) out.push(`- new: ${text(w)}`);
    for (const w of r.configWarnings.resolved) out.push(`- resolved: ${text(w)}`);
    out.push("");
  }
  for (const s of r.stacks) if (s.status !== "unchanged" || s.policy.new.length) out.push(stack(s));
  const same = r.stacks.filter((s) => s.status === "unchanged").map((s) => `\`${s.name}\``);
  if (same.length && r.summary.changed) out.push(`Unchanged stacks: ${same.join(", ")}.`, "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** A few lines for the terminal. */
export function renderSummary(r: Review, files: string[]): string {
  const lines = [`review: ${r.base.label} → ${r.head.label}`];
  for (const s of r.stacks) {
    const counts = ACTIONS.filter((a) => s.counts[a] > 0)
      .map((a) => `${s.counts[a]} ${ACTION_LABEL[a]}`)
      .join(", ");
    lines.push(`  ${s.name}: ${s.status}${counts ? ` (${counts})` : ""}, ${s.counts.unchanged} unchanged`);
    for (const f of s.findings) {
      lines.push(
        `    ${f.blocking ? "BLOCKING" : f.acknowledged ? "acknowledged" : "warning"} ${f.code} ${f.address ?? ""}`,
      );
    }
  }
  lines.push(
    r.summary.changed
      ? `${r.summary.blocking} blocking, ${r.summary.acknowledged} acknowledged, ${r.summary.warnings} warning(s)`
      : "no changes",
  );
  lines.push(`written: ${files.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

/**
 * The README's settings table, generated from the zod schema that validates
 * the file (the way terraform-docs writes a module's inputs table): one row
 * per setting with its default and its description. `npm run schema` writes
 * it between the markers below; a test fails when the README is stale.
 *
 * A description may end in "Default: <text>" for a default the schema cannot
 * state as a value (one derived from other settings); that text goes to the
 * default column.
 */
import { oneOf } from "./findings";
import { clusterSettingsSchema } from "./schema";
import { WRAPPER_TYPES } from "./zod-issues";

export const SETTINGS_START = "<!-- settings:start -->";
export const SETTINGS_END = "<!-- settings:end -->";

export interface Row {
  readonly setting: string;
  readonly default: string;
  readonly what: string;
}

type Schema = any;

/** The description of a schema, looked up through its wrappers (outermost first). */
function descriptionOf(s: Schema): string | undefined {
  for (let cur = s; cur; cur = cur._zod.def.innerType) if (cur.description) return cur.description;
  return undefined;
}

function unwrap(s: Schema): {
  inner: Schema;
  defaultValue?: unknown;
  hasDefault: boolean;
} {
  let cur = s;
  let defaultValue: unknown;
  let hasDefault = false;
  while (WRAPPER_TYPES.includes(cur._zod.def.type)) {
    if (cur._zod.def.type === "default" && !hasDefault) {
      hasDefault = true;
      defaultValue = cur._zod.def.defaultValue;
    }
    cur = cur._zod.def.innerType;
  }
  return { inner: cur, defaultValue, hasDefault };
}

const code = (text: string) => `\`${text}\``;

/** A default as the table shows it: lists of scalars as `[a, b]`, maps and other lists as JSON without quotes. */
function valueText(v: unknown): string {
  if (v === "") return code('""');
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return code(`[${v.join(", ")}]`);
  if (typeof v === "object") return code(JSON.stringify(v).replace(/"/g, ""));
  return code(String(v));
}

/** "`a`, `b` or `c`" for an enum or a list of enum values. */
function enumValues(s: Schema): string[] | undefined {
  const def = s._zod.def;
  if (def.type === "enum") return Object.values(def.entries).map(String);
  if (def.type === "array") return enumValues(unwrap(def.element).inner);
  return undefined;
}

const allowed = (values: readonly string[]) => oneOf(values.map(code));

function row(path: string, s: Schema, note = ""): Row {
  const { inner, defaultValue, hasDefault } = unwrap(s);
  let what = descriptionOf(s) ?? "";
  const optional = hasDefault || s._zod.def.type !== inner._zod.def.type;
  let dflt = hasDefault ? valueText(defaultValue) : optional ? "none" : "required";
  const stated = /^(.*?)\s*Default: (.+)$/.exec(what);
  if (stated) {
    what = stated[1].replace(/[.;,]$/, "");
    dflt = stated[2].replace(/\.$/, "");
  }
  const values = enumValues(inner);
  const parts = [note, what, values ? `one of ${allowed(values)}` : ""].filter(Boolean);
  return { setting: code(path), default: dflt, what: parts.join("; ") };
}

function walk(path: string, s: Schema, rows: Row[]): void {
  const { inner, defaultValue, hasDefault } = unwrap(s);
  const def = inner._zod.def;
  if (def.type === "object") {
    if (descriptionOf(s)) rows.push(hasDefault ? { ...row(path, s), default: "see below" } : row(path, s));
    for (const [key, child] of Object.entries(def.shape)) walk(`${path}.${key}`, child, rows);
    return;
  }
  if (def.type === "array" && unwrap(def.element).inner._zod.def.type === "object") {
    rows.push(row(path, s));
    for (const [key, child] of Object.entries(unwrap(def.element).inner._zod.def.shape)) {
      walk(`${path}[].${key}`, child, rows);
    }
    return;
  }
  // Only a discriminated union has a discriminator; any other union is one row.
  if (def.discriminator) {
    const options: Schema[] = def.options;
    const types = options.map((o) => String(unwrap(o._zod.def.shape[def.discriminator]).inner._zod.def.values[0]));
    rows.push({
      setting: code(`${path}.${def.discriminator}`),
      default: hasDefault ? valueText((defaultValue as Record<string, unknown>)[def.discriminator]) : "none",
      what: `${descriptionOf(s) ?? ""}; one of ${allowed(types)}`,
    });
    options.forEach((o, i) => {
      for (const [key, child] of Object.entries(o._zod.def.shape)) {
        if (key === def.discriminator) continue;
        rows.push(row(`${path}.${key}`, child, `with \`type: ${types[i]}\``));
      }
    });
    return;
  }
  rows.push(row(path, s));
}

/** The rows of every setting of one cluster (or of another object schema), in schema order. */
export function settingsRows(schema: Schema = clusterSettingsSchema): Row[] {
  const rows: Row[] = [];
  for (const [key, child] of Object.entries(schema._zod.def.shape)) walk(key, child, rows);
  return rows;
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The settings table as Markdown. */
export function settingsTable(rows: readonly Row[] = settingsRows()): string {
  const lines = ["| setting | default | what |", "| --- | --- | --- |"];
  for (const r of rows) lines.push(`| ${r.setting} | ${escapeCell(r.default)} | ${escapeCell(r.what)} |`);
  return `${lines.join("\n")}\n`;
}

/** `readme` with the text between the settings markers replaced by `table`. */
export function withSettingsTable(readme: string, table: string = settingsTable()): string {
  const start = readme.indexOf(SETTINGS_START);
  const end = readme.indexOf(SETTINGS_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md: the settings markers ${SETTINGS_START} ... ${SETTINGS_END} are missing`);
  }
  return `${readme.slice(0, start + SETTINGS_START.length)}\n${table}${readme.slice(end)}`;
}

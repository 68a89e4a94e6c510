/** The README's settings table is the schema's: generated, complete, and never stale. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import {
  SETTINGS_END,
  SETTINGS_START,
  settingsRows,
  settingsTable,
  withSettingsTable,
} from "../../src/config/settings-table";
import { DATA_REPOSITORY_DEFAULTS, LUSTRE_DEFAULTS } from "../../src/constructs/lustre-storage";
import { VPC_DEFAULTS } from "../../src/constructs/network";
import { DEFAULT_SECURITY_MODE, SECURITY_MODES } from "../../src/constructs/security-groups";
import { ROOT } from "../support/synth";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const row = (setting: string) => settingsRows().find((r) => r.setting === `\`${setting}\``);

test("the README holds exactly the generated table between the markers (run npm run docs when this fails)", () => {
  const start = readme.indexOf(SETTINGS_START) + SETTINGS_START.length;
  expect(readme.slice(start, readme.indexOf(SETTINGS_END))).toBe(`\n${settingsTable()}`);
});

test.each<[string, string]>([
  ["fsx.storageCapacity", `\`${LUSTRE_DEFAULTS.storageCapacity}\``],
  ["fsx.deploymentType", `\`${LUSTRE_DEFAULTS.deploymentType}\``],
  ["fsx.dataRepository.fileSystemPath", `\`${DATA_REPOSITORY_DEFAULTS.fileSystemPath}\``],
  ["fsx.dataRepository.demoObject", String(DATA_REPOSITORY_DEFAULTS.demoObject)],
  ["network.vpc.cidr", `\`${VPC_DEFAULTS.cidr}\``],
  ["securityMode", `\`${DEFAULT_SECURITY_MODE}\``],
  ["clusterName", "<namePrefix>-cluster"],
  ["backend.bucket", "required"],
  ["fsx.dataRepository.importedFileChunkSize", "none"],
])("%s defaults to %s, from the constant the constructs use", (setting, dflt) => {
  expect(row(setting)?.default).toBe(dflt);
});

test("enums list their values", () => {
  expect(row("securityMode")?.what).toContain(`one of ${SECURITY_MODES.map((m) => `\`${m}\``).join(" or ")}`);
});

test("every leaf setting of the JSON Schema has a row", () => {
  const schema = JSON.parse(readFileSync(join(ROOT, "hyperpod.config.schema.json"), "utf8"));
  const settings = settingsRows().map((r) => r.setting.replace(/`/g, ""));
  for (const key of Object.keys(schema.$defs.clusterSettings.properties)) {
    expect(settings.some((s) => s === key || s.startsWith(`${key}.`) || s.startsWith(`${key}[]`))).toBe(true);
  }
  expect(new Set(settings).size).toBe(settings.length);
});

test("withSettingsTable replaces only what is between the markers, and needs them", () => {
  const doc = `intro\n${SETTINGS_START}\nold table\n${SETTINGS_END}\noutro\n`;
  expect(withSettingsTable(doc, "| new |\n")).toBe(`intro\n${SETTINGS_START}\n| new |\n${SETTINGS_END}\noutro\n`);
  expect(() => withSettingsTable("no markers here")).toThrow(/settings markers/);
});

describe("rows of a small schema show each kind of setting", () => {
  const rowsOf = (shape: Record<string, z.ZodType>) => settingsRows(z.strictObject(shape));

  test.each<[string, z.ZodType, string]>([
    ["a string", z.string().default("x"), "`x`"],
    ["an empty string", z.string().default(""), '`""`'],
    ["a string with quotes", z.string().default('say "hi"'), '`say "hi"`'],
    ["a number", z.number().default(3), "`3`"],
    ["a boolean", z.boolean().default(false), "`false`"],
    ["a list of scalars", z.array(z.string()).default(["a", "b"]), "`[a, b]`"],
    ["an empty list", z.array(z.string()).default([]), "`[]`"],
    ["a list of maps", z.array(z.any()).default([{ a: "b" }]), "`[{a:b}]`"],
    ["a list mixing scalars and maps", z.array(z.any()).default([1, { a: "b" }]), "`[1,{a:b}]`"],
    ["a map", z.record(z.string(), z.string()).default({ k: "v" }), "`{k:v}`"],
    ["no default, optional", z.string().optional(), "none"],
    ["no default, required", z.string(), "required"],
    ["a default inside optional", z.string().default("in").optional(), "`in`"],
    ["the outer of two defaults", z.string().default("inner").default("outer"), "`outer`"],
  ])("default of %s", (_, schema, dflt) => {
    expect(rowsOf({ s: schema })).toEqual([{ setting: "`s`", default: dflt, what: "" }]);
  });

  test.each<[string, string, string]>([
    ["Where it goes. Default: the cluster's region", "Where it goes", "the cluster's region"],
    ["Where it goes; Default: x.", "Where it goes", "x"],
    ["Where it goes,Default: x", "Where it goes", "x"],
    ["Default: derived", "", "derived"],
    ["No default stated", "No default stated", "`v`"],
    ["Two lines\nDefault: x", "Two lines", "x"],
    ["Two lines\nthe second Default: x", "Two lines\nthe second Default: x", "`v`"],
    ["Default: x\nsecond line", "Default: x\nsecond line", "`v`"],
  ])("a description %j that states a default", (description, what, dflt) => {
    expect(rowsOf({ s: z.string().default("v").describe(description) })).toEqual([
      { setting: "`s`", default: dflt, what },
    ]);
  });

  test("a description is found through the wrappers, outermost first", () => {
    expect(
      rowsOf({
        a: z.string().describe("inner").optional(),
        b: z.string().describe("inner").optional().describe("outer"),
      }),
    ).toEqual([
      { setting: "`a`", default: "none", what: "inner" },
      { setting: "`b`", default: "none", what: "outer" },
    ]);
  });

  test("enums and lists of enums list their values", () => {
    expect(
      rowsOf({
        one: z.enum(["a"]),
        two: z.array(z.enum(["a", "b"]).optional()).optional(),
        three: z.enum(["a", "b", "c"]).describe("Pick"),
      }),
    ).toEqual([
      { setting: "`one`", default: "required", what: "one of `a`" },
      { setting: "`two`", default: "none", what: "one of `a` or `b`" },
      {
        setting: "`three`",
        default: "required",
        what: "Pick; one of `a`, `b` or `c`",
      },
    ]);
  });

  test("maps: a described map has its own row, then one row per key", () => {
    expect(
      rowsOf({
        m: z
          .strictObject({ k: z.number().default(1) })
          .default({ k: 1 })
          .describe("A map"),
        n: z.strictObject({ k: z.string() }),
      }),
    ).toEqual([
      { setting: "`m`", default: "see below", what: "A map" },
      { setting: "`m.k`", default: "`1`", what: "" },
      { setting: "`n.k`", default: "required", what: "" },
    ]);
  });

  test("a list of maps has its own row, then one row per key of an item", () => {
    expect(
      rowsOf({
        l: z.array(z.strictObject({ k: z.string().optional() }).optional()).describe("Items"),
      }),
    ).toEqual([
      { setting: "`l`", default: "required", what: "Items" },
      { setting: "`l[].k`", default: "none", what: "" },
    ]);
  });

  test("a union by type: a row for the type, then each option's keys with the type they belong to", () => {
    const a = z.strictObject({ type: z.literal("a"), x: z.string() });
    const b = z.strictObject({
      type: z.literal("b"),
      y: z.number().default(2),
    });
    expect(
      rowsOf({
        u: z.discriminatedUnion("type", [a, b]).default({ type: "b", y: 2 }).describe("Kind"),
        w: z.discriminatedUnion("type", [a, b]),
      }),
    ).toEqual([
      { setting: "`u.type`", default: "`b`", what: "Kind; one of `a` or `b`" },
      { setting: "`u.x`", default: "required", what: "with `type: a`" },
      { setting: "`u.y`", default: "`2`", what: "with `type: b`" },
      { setting: "`w.type`", default: "none", what: "; one of `a` or `b`" },
      { setting: "`w.x`", default: "required", what: "with `type: a`" },
      { setting: "`w.y`", default: "`2`", what: "with `type: b`" },
    ]);
  });

  test("a union without a discriminator is one row", () => {
    expect(rowsOf({ u: z.union([z.string(), z.number()]).optional() })).toEqual([
      { setting: "`u`", default: "none", what: "" },
    ]);
  });
});

test("table cells escape pipes and line breaks, so a row stays one row", () => {
  expect(settingsTable([{ setting: "`a|b`", default: "x|y", what: "one\ntwo | three" }])).toBe(
    "| setting | default | what |\n| --- | --- | --- |\n| `a|b` | x\\|y | one two \\| three |\n",
  );
});

test.each<[string, string]>([
  ["only the end marker", `text\n${SETTINGS_END}\n`],
  ["only the start marker", `${SETTINGS_START}\ntext\n`],
  ["the end before the start", `${SETTINGS_END}\n${SETTINGS_START}\n`],
])("withSettingsTable refuses a README with %s", (_, doc) => {
  expect(() => withSettingsTable(doc, "t\n")).toThrow(
    `README.md: the settings markers ${SETTINGS_START} ... ${SETTINGS_END} are missing`,
  );
});

test("withSettingsTable accepts markers at the very start of the README", () => {
  expect(withSettingsTable(`${SETTINGS_START}${SETTINGS_END}`, "t\n")).toBe(`${SETTINGS_START}\nt\n${SETTINGS_END}`);
});

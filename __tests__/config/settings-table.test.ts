/** The README's settings table is the schema's: generated, complete, and never stale. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

/**
 * Turns zod's issues into findings that name the setting, what was given
 * and what is allowed. With `settings-table.ts`, which walks the schema for
 * the README, the only module that reads zod's internals (`_zod.def`); both
 * look through the wrappers of `WRAPPER_TYPES`, so a zod upgrade touches
 * these two files alone.
 */
import type { z } from "zod";
import { error, type Finding, oneOf } from "./findings";
import { describeValue, isPlainObject, valueAt } from "./raw";
import { clusterSettingsSchema } from "./schema";

export function issueFindings(issue: z.core.$ZodIssue, root: unknown, prefix: string): Finding[] {
  const path = prefix + formatPath(issue.path);
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const allowed = allowedKeys(issue.path, valueAt(root, issue.path));
        const hint = allowed.length ? `; allowed here: ${allowed.join(", ")}` : "";
        return error("CONFIG_UNKNOWN_KEY", joinPath(path, key), `is not a known setting${hint}`);
      });
    case "invalid_type":
      return [
        got === undefined
          ? error("CONFIG_REQUIRED", path, `is required (${expected(issue.expected)})`)
          : error("CONFIG_TYPE", path, `must be ${expected(issue.expected)}, got ${describeValue(got)}`),
      ];
    case "invalid_value":
      return [error("CONFIG_VALUE", path, `must be ${oneOf(issue.values.map(String))}, got ${describeValue(got)}`)];
    case "invalid_union": {
      const disc = (issue as { discriminator?: string }).discriminator;
      const allowed = disc ? allowedDiscriminators(issue.path.slice(0, -1)) : [];
      if (allowed.length) return [error("CONFIG_VALUE", path, `must be ${oneOf(allowed)}, got ${describeValue(got)}`)];
      return [error("CONFIG_INVALID", path, `is not valid, got ${describeValue(got)}`)];
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? "at least" : "at most";
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const what =
        issue.origin === "array"
          ? `a list of ${bound} ${limit} item(s)`
          : issue.origin === "string"
            ? `${bound} ${limit} character(s) long`
            : `${bound} ${limit}`;
      return [error("CONFIG_RANGE", path, `must be ${what}, got ${describeValue(got)}`)];
    }
    default:
      return [error("CONFIG_INVALID", path, `${issue.message}, got ${describeValue(got)}`)];
  }
}

function expected(t: string): string {
  const words: Record<string, string> = {
    int: "a whole number",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    array: "a list",
    object: "a map",
    record: "a map",
  };
  return words[t] ?? t;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    "",
  );
}

function joinPath(path: string, key: string): string {
  return path && !path.endsWith(".") ? `${path}.${key}` : `${path}${key}`;
}

/**
 * The wrappers the settings schema uses around a setting's own schema. A test
 * walks the schema and fails if it gains another (`nullable`, `prefault`…).
 */
export const WRAPPER_TYPES: readonly string[] = ["default", "optional"];

/**
 * Walks the schema along a path, through wrappers and lists. Anything else
 * (a union, a record of strings, a scalar) ends the walk: only object
 * schemas have keys to suggest.
 */
function schemaAt(path: readonly PropertyKey[]): any {
  let s: any = clusterSettingsSchema;
  const unwrap = () => {
    while (s && WRAPPER_TYPES.includes(s._zod.def.type)) s = s._zod.def.innerType;
  };
  for (const p of path) {
    unwrap();
    if (!s) return undefined;
    const def = s._zod.def;
    // A list's items; any other schema has no element, and the undefined ends the walk.
    s = def.type === "object" ? def.shape[p as string] : def.element;
  }
  unwrap();
  return s;
}

/** Keys of the object schema at `path`; for a union, of the option whose `type` the value names. */
function allowedKeys(path: readonly PropertyKey[], value: unknown): string[] {
  let s = schemaAt(path);
  if (s?._zod.def.type === "union" && isPlainObject(value)) {
    s = s._zod.def.options.find((o: any) => discriminatorOf(o) === value.type);
  }
  if (s?._zod.def.type === "object") return Object.keys(s._zod.def.shape);
  return [];
}

function allowedDiscriminators(path: readonly PropertyKey[]): string[] {
  const s = schemaAt(path);
  if (s?._zod.def.type !== "union") return [];
  return s._zod.def.options.map(discriminatorOf);
}

/** The `type` literal of one option of a discriminated union (the only unions of the schema). */
function discriminatorOf(option: any): string {
  return option._zod.def.shape.type._zod.def.values[0];
}

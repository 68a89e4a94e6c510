/**
 * evaluate() end to end: how findings of the checks are placed in a file
 * with several clusters, suppressed, and how load.ts reports shape errors.
 * Also keeps CHECK_CODES in step with the codes the sources emit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_CODES, CHECKS, checksFor, FILE_CHECKS } from "../../../src/config/checks";
import { formatFinding, type ReportedFinding } from "../../../src/config/findings";
import { evaluate } from "../../../src/config/load";
import { fsxSchema } from "../../../src/config/schema";
import { err } from "./helpers";

const plain = (f: ReportedFinding) => ({ code: f.code, level: f.level, path: f.path, message: f.message });

describe("evaluate()", () => {
  test("the defaults (an empty file) raise nothing", () => {
    expect(evaluate({}).findings).toEqual([]);
  });

  test("findings of one cluster carry its clusters.<name>. prefix", () => {
    const { findings } = evaluate({
      clusters: { dev: { namePrefix: "dev" }, prod: { namePrefix: "prod", fsx: { perUnitStorageThroughput: 300 } } },
    });
    expect(findings.map(plain)).toEqual([
      err(
        "FSX_THROUGHPUT",
        "clusters.prod.fsx.perUnitStorageThroughput",
        "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300",
      ),
    ]);
    expect(formatFinding(findings[0])).toBe(
      "ERROR FSX_THROUGHPUT `clusters.prod.fsx.perUnitStorageThroughput` must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300",
    );
  });

  test("a shared setting that breaks a rule is reported once, where it is written, naming the clusters", () => {
    const { findings } = evaluate({
      fsx: { storageCapacity: 1000 },
      clusters: { dev: { namePrefix: "dev" }, prod: { namePrefix: "prod" }, big: { fsx: { storageCapacity: 1100 } } },
    });
    expect(findings.map((f) => [f.code, f.path, f.clusters])).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", ["dev", "prod"]],
      ["FSX_STORAGE_CAPACITY", "clusters.big.fsx.storageCapacity", undefined],
    ]);
    expect(formatFinding(findings[0])).toMatch(
      /^ERROR FSX_STORAGE_CAPACITY `fsx.storageCapacity` .* \(affects clusters dev and prod\)$/,
    );
  });

  test("a shape error in a shared setting is reported once, naming the clusters", () => {
    const { findings } = evaluate({
      fsx: { storageCapacity: "big" },
      clusters: { dev: {}, prod: {} },
    });
    expect(findings.map((f) => [f.code, f.path, f.clusters])).toEqual([
      ["CONFIG_TYPE", "fsx.storageCapacity", ["dev", "prod"]],
    ]);
  });

  test("a finding about a setting the file does not write says it is the default and how to change it", () => {
    const { findings } = evaluate({
      fsx: { deploymentType: "SCRATCH_1", storageCapacity: 1200 },
    });
    const dra = findings.find((f) => f.code === "DRA_DEPLOYMENT_TYPE");
    expect(dra).toMatchObject({ path: "fsx.dataRepository.enabled", fromDefault: true });
    expect(formatFinding(dra!)).toContain(
      "(`fsx.dataRepository.enabled` is not in the file, so this is its default; write it to choose another value)",
    );
    const written = evaluate({ fsx: { deploymentType: "SCRATCH_1", dataRepository: { enabled: true } } }).findings;
    expect(written.find((f) => f.code === "DRA_DEPLOYMENT_TYPE")?.fromDefault).toBeUndefined();
  });

  test("a suppression with a reason keeps the finding and marks it", () => {
    const reason = "benchmarking an older throughput tier";
    const { findings } = evaluate({
      fsx: { perUnitStorageThroughput: 300 },
      suppressions: [{ id: "FSX_THROUGHPUT", reason }],
    });
    expect(findings).toEqual([
      {
        ...err(
          "FSX_THROUGHPUT",
          "fsx.perUnitStorageThroughput",
          "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300",
        ),
        suppressedBy: reason,
      },
    ]);
    expect(formatFinding(findings[0])).toMatch(/\(suppressed: benchmarking an older throughput tier\)$/);
  });

  test("a suppression limited to another resource does not apply", () => {
    const { findings } = evaluate({
      fsx: { perUnitStorageThroughput: 300 },
      suppressions: [{ id: "FSX_THROUGHPUT", reason: "only for the other setting", resource: "fsx.storageCapacity" }],
    });
    expect(findings[0].suppressedBy).toBeUndefined();
  });

  test("a finding over several clusters is suppressed by the cluster it is reported on", () => {
    const shared = { region: "eu-west-1", clusterName: "same" };
    const base = { clusters: { dev: { ...shared, namePrefix: "a" }, prod: { ...shared, namePrefix: "b" } } };
    const unsuppressed = evaluate(base).findings.filter((f) => f.code === "CLUSTER_NAME_CONFLICT");
    expect(unsuppressed.map((f) => [f.path, f.suppressedBy])).toEqual([["clusters.prod.clusterName", undefined]]);
    const suppressed = evaluate({
      clusters: {
        dev: base.clusters.dev,
        prod: {
          ...base.clusters.prod,
          suppressions: [{ id: "CLUSTER_NAME_CONFLICT", reason: "the two live in separate accounts" }],
        },
      },
    }).findings.filter((f) => f.code === "CLUSTER_NAME_CONFLICT");
    expect(suppressed.map((f) => [f.path, f.suppressedBy])).toEqual([
      ["clusters.prod.clusterName", "the two live in separate accounts"],
    ]);
  });

  test("a suppression in one cluster does not reach another", () => {
    const { findings } = evaluate({
      fsx: { perUnitStorageThroughput: 300 },
      clusters: {
        dev: {
          namePrefix: "dev",
          suppressions: [{ id: "FSX_THROUGHPUT", reason: "dev runs the old tier on purpose" }],
        },
        prod: { namePrefix: "prod" },
      },
    });
    expect(findings.map((f) => [f.path, f.clusters, f.suppressedBy])).toEqual([
      ["fsx.perUnitStorageThroughput", ["dev"], "dev runs the old tier on purpose"],
      ["fsx.perUnitStorageThroughput", ["prod"], undefined],
    ]);
  });

  test.each([
    [
      "shorter than 10 characters",
      "because",
      'must explain why FSX_THROUGHPUT is suppressed in at least 10 characters, got "because"',
    ],
    [
      "blank",
      "          ",
      'must explain why FSX_THROUGHPUT is suppressed in at least 10 characters, got "          "',
    ],
  ])("a suppression whose reason is %s is an error and suppresses nothing", (_title, reason, message) => {
    const { findings } = evaluate({
      fsx: { perUnitStorageThroughput: 300 },
      suppressions: [{ id: "FSX_THROUGHPUT", reason }],
    });
    expect(findings).toEqual([
      err("CONFIG_SUPPRESSION_REASON", "suppressions[0].reason", message),
      err("FSX_THROUGHPUT", "fsx.perUnitStorageThroughput", "must be 125, 250, 500 or 1000 for PERSISTENT_2, got 300"),
    ]);
  });

  test.each([
    [
      "unknown key",
      { fsx: { throughput: 250 } },
      err(
        "CONFIG_UNKNOWN_KEY",
        "fsx.throughput",
        `is not a known setting; allowed here: ${Object.keys(fsxSchema.shape).join(", ")}`,
      ),
    ],
    [
      "wrong type",
      { fsx: { storageCapacity: "big" } },
      err("CONFIG_TYPE", "fsx.storageCapacity", 'must be a number, got "big"'),
    ],
    [
      "not a whole number",
      { fsx: { storageCapacity: 1.5 } },
      err("CONFIG_TYPE", "fsx.storageCapacity", "must be a whole number, got 1.5"),
    ],
    [
      "bad enum value",
      { fsx: { deploymentType: "SCRATCH_3" } },
      err(
        "CONFIG_VALUE",
        "fsx.deploymentType",
        'must be SCRATCH_1, SCRATCH_2, PERSISTENT_1 or PERSISTENT_2, got "SCRATCH_3"',
      ),
    ],
    [
      "bad backend type",
      { backend: { type: "gcs" } },
      err("CONFIG_VALUE", "backend.type", 'must be local, s3 or cloud, got "gcs"'),
    ],
    [
      "unknown key in an s3 backend",
      { backend: { type: "s3", bucket: "b", buckt: "c" } },
      err(
        "CONFIG_UNKNOWN_KEY",
        "backend.buckt",
        "is not a known setting; allowed here: type, bucket, key, region, encrypt, useLockfile, dynamodbTable",
      ),
    ],
    [
      "an empty clusters map",
      { clusters: {} },
      err("CONFIG_RANGE", "clusters", "must name at least one cluster (or leave clusters out), got an empty map"),
    ],
    [
      "a cluster that is not a map",
      { clusters: { dev: 5 } },
      err("CONFIG_TYPE", "clusters.dev", "must be a map of settings, got 5"),
    ],
    [
      "unknown key inside a cluster",
      { clusters: { prod: { fsx: { foo: 1 } } } },
      err(
        "CONFIG_UNKNOWN_KEY",
        "clusters.prod.fsx.foo",
        `is not a known setting; allowed here: ${Object.keys(fsxSchema.shape).join(", ")}`,
      ),
    ],
  ])("shape error: %s", (_title, settings, expected) => {
    const result = evaluate(settings);
    expect(result.findings).toEqual([expected]);
    // With shape errors no cluster is resolved and no check runs.
    expect(result.clusters).toEqual([]);
  });
});

describe("CHECK_CODES", () => {
  const SRC = join(__dirname, "../../../src/config");
  const sources = [
    ...["load.ts", "suppressions.ts", "zod-issues.ts"].map((f) => join(SRC, f)),
    ...readdirSync(join(SRC, "checks")).map((f) => join(SRC, "checks", f)),
  ];
  /** Codes emitted in the sources: error("CODE", …) / warning("CODE", …). */
  const emitted = new Map<string, string>();
  for (const file of sources) {
    // Under mutation testing the sources are instrumented:
    // `error(stryMutAct_…("10") ? "" : (stryCov_…("10"), "CODE"), …)`.
    for (const m of readFileSync(file, "utf8").matchAll(
      /\b(error|warning)\(\s*(?:stryMutAct_\w+\("\d+"\)\s*\?\s*""\s*:\s*\(stryCov_\w+\("\d+"\),\s*)?"([A-Z0-9_]+)"/g,
    )) {
      emitted.set(m[2], m[1] === "error" ? "ERROR" : "WARNING");
    }
  }

  test("codes are unique UPPER_SNAKE with a level and a summary", () => {
    const codes = CHECK_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CHECK_CODES) {
      expect(c.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(["ERROR", "WARNING"]).toContain(c.level);
      expect(c.summary.length).toBeGreaterThan(10);
    }
  });

  test("lists exactly the codes the sources emit, with the same level", () => {
    const table = Object.fromEntries(CHECK_CODES.map((c) => [c.code, c.level]));
    expect(table).toEqual(Object.fromEntries(emitted));
  });

  test("every check is registered once", () => {
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
    expect(new Set(FILE_CHECKS).size).toBe(FILE_CHECKS.length);
    expect(CHECKS.length).toBeGreaterThan(60);
  });
});

describe("CONFIG_SUPPRESSION_UNKNOWN", () => {
  test.each([
    [
      "a misspelt check code, with the close one",
      "FSX_THROUGPUT",
      'names no check code, got "FSX_THROUGPUT", so it suppresses nothing; did you mean FSX_THROUGHPUT?',
    ],
    [
      "nothing close",
      "SOMETHING_ELSE",
      'names no check code, got "SOMETHING_ELSE", so it suppresses nothing; policy rule ids start with POL-, change review codes with REV-',
    ],
  ])("%s", (_title, id, message) => {
    const { findings } = evaluate({ suppressions: [{ id, reason: "a reason long enough" }] });
    expect(findings.filter((f) => f.code === "CONFIG_SUPPRESSION_UNKNOWN")).toEqual([
      { code: "CONFIG_SUPPRESSION_UNKNOWN", level: "WARNING", path: "suppressions[0].id", message },
    ]);
  });

  test("check codes, policy rule ids and review codes are the config's, the pack's and the review's to judge", () => {
    const { findings } = evaluate({
      suppressions: [
        { id: "FSX_THROUGHPUT", reason: "a reason long enough" },
        { id: "POL-S3-TLS-ONLY", reason: "a reason long enough" },
        { id: "REV-FILE-SYSTEM-LOSS", reason: "a reason long enough" },
        { id: "POL-NOT-A-RULE", reason: "a reason long enough" },
      ],
    });
    expect(findings.filter((f) => f.code === "CONFIG_SUPPRESSION_UNKNOWN")).toEqual([]);
  });

  test("a shared unknown suppression is reported once, at the top level", () => {
    const { findings } = evaluate({
      suppressions: [{ id: "FSX_THROUGPUT", reason: "a reason long enough" }],
      clusters: { dev: { namePrefix: "dev" }, prod: { namePrefix: "prod" } },
    });
    expect(findings.filter((f) => f.code === "CONFIG_SUPPRESSION_UNKNOWN").map((f) => f.path)).toEqual([
      "suppressions[0].id",
    ]);
  });
});

describe("checksFor(): the checks a test of one concern runs", () => {
  // A reserved tag key (tags) and two clusters in one region with one name (state, a file check).
  const file = {
    tags: { "aws:owner": "x" },
    clusters: { a: { clusterName: "same" }, b: { clusterName: "same" } },
  };
  const codes = (selection?: Parameters<typeof evaluate>[2]) =>
    [...new Set(evaluate(file, undefined, selection).findings.map((f) => f.code))].sort();

  test("every check runs by default", () => {
    expect(codes()).toEqual(expect.arrayContaining(["CLUSTER_NAME_CONFLICT", "TAG_RESERVED"]));
  });

  test("one concern's codes run that concern alone, its file checks included", () => {
    expect(codes(checksFor(["TAG_RESERVED"]))).toEqual(["TAG_RESERVED"]);
    // The state concern (both clusters share the default name prefix too), without the tags one.
    expect(codes(checksFor(["CLUSTER_NAME_CONFLICT"]))).toEqual(["CLUSTER_NAME_CONFLICT", "NAME_PREFIX_CONFLICT"]);
    expect(checksFor(["TAG_KEY"]).fileChecks).toEqual([]);
    expect(checksFor(["STATE_NO_LOCK"]).fileChecks).toEqual(FILE_CHECKS);
  });

  test("the loader's own codes select no check and are still reported", () => {
    expect(checksFor(["CONFIG_TYPE"])).toEqual({ checks: [], fileChecks: [] });
    expect(evaluate({ tags: 3 }, undefined, checksFor(["CONFIG_TYPE"])).findings.map((f) => f.code)).toEqual([
      "CONFIG_TYPE",
    ]);
  });

  test("a code no check reports is refused, naming it", () => {
    expect(() => checksFor(["TAG_RESERVED", "NO_SUCH_CODE", "OTHER"])).toThrow(
      "checksFor: no check reports NO_SUCH_CODE, OTHER",
    );
  });

  test("together the concerns hold every check", () => {
    const all = CHECK_CODES.map((c) => c.code);
    expect(checksFor(all).checks).toEqual(CHECKS);
  });
});

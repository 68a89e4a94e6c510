/**
 * Suppressions silence only what they name: the code, the setting (exactly,
 * a child of it, an item of it) and the cluster they are written for.
 */
import { type Finding, warning } from "../../src/config/findings";
import { evaluate } from "../../src/config/load";
import type { ResolvedCluster } from "../../src/config/resolve";
import {
  applySuppressions,
  hasValidReason,
  MIN_REASON_LENGTH,
  suppressionFindings,
  unknownSuppressionFindings,
} from "../../src/config/suppressions";
import { err } from "./checks/helpers";

const REASON = "reviewed with the storage team";
const cluster = (suppressions: { id: string; reason: string; resource?: string }[]) =>
  ({ suppressions }) as unknown as ResolvedCluster;
const suppressed = (findings: Finding[], ...suppressions: { id: string; reason?: string; resource?: string }[]) =>
  applySuppressions(cluster(suppressions.map((s) => ({ reason: REASON, ...s }))), findings).map((f) => [
    f.code,
    f.path,
    f.suppressedBy,
  ]);

describe("applySuppressions", () => {
  const capacity = err("FSX_STORAGE_CAPACITY", "fsx.storageCapacity", "must be …, got 1000");
  const efa = warning("FSX_EFA_CAPACITY", "fsx.storageCapacity", "should be …, got 1000");

  test("two findings on one path, one code suppressed: the other stays", () => {
    expect(suppressed([capacity, efa], { id: "FSX_EFA_CAPACITY" })).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", undefined],
      ["FSX_EFA_CAPACITY", "fsx.storageCapacity", REASON],
    ]);
  });

  test("the finding keeps its code, level, path and message", () => {
    const [f] = applySuppressions(cluster([{ id: "FSX_EFA_CAPACITY", reason: REASON }]), [efa]);
    expect(f).toEqual({ ...efa, suppressedBy: REASON });
  });

  test.each<[string, string, string, boolean]>([
    ["the exact setting", "fsx.storageCapacity", "fsx.storageCapacity", true],
    ["a child of the named map", "fsx", "fsx.storageCapacity", true],
    ["a deeper child", "fsx", "fsx.dataRepository.s3Prefix", true],
    ["an item of the named list", "instanceGroups", "instanceGroups[1].count", true],
    ["a child of the named item", "instanceGroups[1]", "instanceGroups[1].count", true],
    ["another item of the list", "instanceGroups[1]", "instanceGroups[2].count", false],
    ["an item whose index starts the same", "instanceGroups[1]", "instanceGroups[10].count", false],
    ["a sibling whose name starts the same", "fsx.storage", "fsx.storageCapacity", false],
    ["a sibling whose name starts the same, as a list", "instanceGroup", "instanceGroups[0].name", false],
    ["the parent of the named setting", "fsx.storageCapacity", "fsx", false],
    ["another setting", "fsx.lustreVersion", "fsx.storageCapacity", false],
  ])("resource limited to %s (%s on %s): applies %s", (_t, resource, path, applies) => {
    const f = err("X_CODE", path, "…");
    expect(suppressed([f], { id: "X_CODE", resource })).toEqual([["X_CODE", path, applies ? REASON : undefined]]);
  });

  test("another code on the named resource is not suppressed", () => {
    expect(suppressed([capacity], { id: "FSX_THROUGHPUT", resource: "fsx.storageCapacity" })).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", undefined],
    ]);
  });

  test("a code is matched whole and case-sensitively", () => {
    expect(suppressed([capacity], { id: "FSX_STORAGE" }, { id: "fsx_storage_capacity" })).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", undefined],
    ]);
  });

  test("the first suppression that matches gives the reason; one with too short a reason is skipped", () => {
    const f = suppressed(
      [capacity],
      { id: "FSX_STORAGE_CAPACITY", reason: "too short" },
      { id: "FSX_STORAGE_CAPACITY", resource: "fsx.lustreVersion", reason: "not this setting" },
      { id: "FSX_STORAGE_CAPACITY", resource: "fsx", reason: "the fsx block is reviewed" },
      { id: "FSX_STORAGE_CAPACITY", reason: "never reached, the one above matched" },
    );
    expect(f).toEqual([["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", "the fsx block is reviewed"]]);
  });

  test("no suppressions: the findings come back unchanged", () => {
    expect(applySuppressions(cluster([]), [capacity, efa])).toEqual([capacity, efa]);
  });
});

describe("reasons", () => {
  test.each<[string, boolean]>([
    ["x".repeat(MIN_REASON_LENGTH), true],
    ["x".repeat(MIN_REASON_LENGTH - 1), false],
    [`  ${"x".repeat(MIN_REASON_LENGTH - 1)}  `, false],
    [`  ${"x".repeat(MIN_REASON_LENGTH)}  `, true],
    ["", false],
  ])("hasValidReason(%j) is %s", (reason, ok) => {
    expect(MIN_REASON_LENGTH).toBe(10);
    expect(hasValidReason({ reason })).toBe(ok);
  });

  test("suppressionFindings names each short reason by its index, under the prefix", () => {
    const c = cluster([
      { id: "A_CODE", reason: REASON },
      { id: "B_CODE", reason: "short" },
    ]);
    expect(suppressionFindings(c, "clusters.dev.")).toEqual([
      err(
        "CONFIG_SUPPRESSION_REASON",
        "clusters.dev.suppressions[1].reason",
        'must explain why B_CODE is suppressed in at least 10 characters, got "short"',
      ),
    ]);
    expect(suppressionFindings(cluster([{ id: "A_CODE", reason: REASON }]), "")).toEqual([]);
  });
});

describe("unknownSuppressionFindings", () => {
  const unknown = (id: string) =>
    warning(
      "CONFIG_SUPPRESSION_UNKNOWN",
      "clusters.dev.suppressions[0].id",
      `names no check code, got ${JSON.stringify(id)}, so it suppresses nothing; policy rule ids start with POL-, change review codes with REV-`,
    );
  test.each<[string, Finding[]]>([
    ["FSX_THROUGHPUT", []],
    ["POL-S3-TLS-ONLY", []],
    ["REV-FILE-SYSTEM-LOSS", []],
    ["XPOL-S3-TLS-ONLY", [unknown("XPOL-S3-TLS-ONLY")]],
    ["MY-REV-CODE", [unknown("MY-REV-CODE")]],
  ])("%s", (id, expected) => {
    expect(unknownSuppressionFindings(cluster([{ id, reason: REASON }]), "clusters.dev.", ["FSX_THROUGHPUT"])).toEqual(
      expected,
    );
  });
});

describe("through the loader", () => {
  /** EFA on at 250 MB/s/TiB with 1000 GiB: FSX_STORAGE_CAPACITY and FSX_EFA_CAPACITY on fsx.storageCapacity. */
  const efaAt1000 = { fsx: { efaEnabled: true, storageCapacity: 1000 } };
  const rows = (settings: Record<string, unknown>) =>
    evaluate(settings).findings.map((f) => [f.code, f.path, f.clusters, f.suppressedBy]);

  test("two findings on one path, one suppressed", () => {
    expect(rows(efaAt1000)).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", undefined, undefined],
      ["FSX_EFA_CAPACITY", "fsx.storageCapacity", undefined, undefined],
    ]);
    expect(rows({ ...efaAt1000, suppressions: [{ id: "FSX_EFA_CAPACITY", reason: REASON }] })).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", undefined, undefined],
      ["FSX_EFA_CAPACITY", "fsx.storageCapacity", undefined, REASON],
    ]);
  });

  test("resource paths are relative to the cluster: an indexed group is matched, the others are not", () => {
    const bad = { name: "w", role: "worker", instanceType: "ml.c5.xlarge", count: -1 };
    const settings = {
      clusters: {
        dev: {
          instanceGroups: [{ name: "c", role: "controller", instanceType: "ml.t3.medium" }, bad, { ...bad, name: "v" }],
          suppressions: [{ id: "GROUP_COUNT", reason: REASON, resource: "instanceGroups[1]" }],
        },
      },
    };
    expect(rows(settings).filter(([code]) => code === "GROUP_COUNT")).toEqual([
      ["GROUP_COUNT", "clusters.dev.instanceGroups[1].count", undefined, REASON],
      ["GROUP_COUNT", "clusters.dev.instanceGroups[2].count", undefined, undefined],
    ]);
  });

  test("a top-level suppression applies in every cluster; a cluster's own only in that cluster", () => {
    const settings = {
      ...efaAt1000,
      suppressions: [{ id: "FSX_EFA_CAPACITY", reason: REASON }],
      clusters: {
        dev: { namePrefix: "dev" },
        prod: {
          namePrefix: "prod",
          suppressions: [{ id: "FSX_STORAGE_CAPACITY", reason: "prod's size is agreed with AWS" }],
        },
      },
    };
    // A cluster's suppressions replace the shared list (lists are replaced, not merged).
    expect(rows(settings)).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", ["dev"], undefined],
      ["FSX_EFA_CAPACITY", "fsx.storageCapacity", ["dev"], REASON],
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", ["prod"], "prod's size is agreed with AWS"],
      ["FSX_EFA_CAPACITY", "fsx.storageCapacity", ["prod"], undefined],
    ]);
  });

  test("a top-level suppression shared by two clusters: one finding per setting, both clusters named", () => {
    const settings = {
      ...efaAt1000,
      suppressions: [{ id: "FSX_EFA_CAPACITY", reason: REASON }],
      clusters: { dev: { namePrefix: "dev" }, prod: { namePrefix: "prod" } },
    };
    expect(rows(settings)).toEqual([
      ["FSX_STORAGE_CAPACITY", "fsx.storageCapacity", ["dev", "prod"], undefined],
      ["FSX_EFA_CAPACITY", "fsx.storageCapacity", ["dev", "prod"], REASON],
    ]);
  });

  test("a short reason at the top level is reported once, at the top-level path", () => {
    const settings = {
      suppressions: [{ id: "FSX_EFA_CAPACITY", reason: "short" }],
      clusters: { dev: { namePrefix: "dev" }, prod: { namePrefix: "prod" } },
    };
    expect(rows(settings)).toEqual([["CONFIG_SUPPRESSION_REASON", "suppressions[0].reason", undefined, undefined]]);
  });

  test("a short reason in a cluster is reported at that cluster's path", () => {
    const settings = {
      clusters: { dev: { namePrefix: "dev", suppressions: [{ id: "FSX_EFA_CAPACITY", reason: "short" }] } },
    };
    expect(rows(settings)).toEqual([
      ["CONFIG_SUPPRESSION_REASON", "clusters.dev.suppressions[0].reason", undefined, undefined],
    ]);
  });

  test("a finding over several clusters: the owner's suppression applies, another cluster's does not", () => {
    const shared = { region: "eu-west-1", clusterName: "same" };
    const conflict = (dev: Record<string, unknown>, prod: Record<string, unknown>) =>
      rows({
        clusters: { dev: { ...shared, namePrefix: "a", ...dev }, prod: { ...shared, namePrefix: "b", ...prod } },
      }).filter(([code]) => code === "CLUSTER_NAME_CONFLICT");
    const s = [{ id: "CLUSTER_NAME_CONFLICT", reason: REASON }];
    expect(conflict({ suppressions: s }, {})).toEqual([
      ["CLUSTER_NAME_CONFLICT", "clusters.prod.clusterName", undefined, undefined],
    ]);
    expect(conflict({}, { suppressions: [{ ...s[0], resource: "clusterName" }] })).toEqual([
      ["CLUSTER_NAME_CONFLICT", "clusters.prod.clusterName", undefined, REASON],
    ]);
    expect(conflict({}, { suppressions: [{ ...s[0], resource: "namePrefix" }] })).toEqual([
      ["CLUSTER_NAME_CONFLICT", "clusters.prod.clusterName", undefined, undefined],
    ]);
  });
});

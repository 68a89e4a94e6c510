/** Review codes in the configuration: accepted by the loader, held to its reason rule, read per stack. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate } from "../../src/config/load";
import { acknowledgements } from "../../src/review/cli";
import { isReviewCode, REVIEW_CODES } from "../../src/review/codes";

const REASON = "exported to S3 before the merge";

test.each(REVIEW_CODES.map((c) => [c.code]))("the configuration loader accepts a suppression of %s", (code) => {
  expect(
    evaluate({ suppressions: [{ id: code, reason: REASON, resource: "aws_fsx_lustre_file_system.this" }] }).findings,
  ).toEqual([]);
});

test("a review code with a short reason is the loader's CONFIG_SUPPRESSION_REASON error", () => {
  expect(evaluate({ suppressions: [{ id: "REV-CLUSTER-LOSS", reason: "ok" }] }).findings).toEqual([
    expect.objectContaining({ code: "CONFIG_SUPPRESSION_REASON", level: "ERROR", path: "suppressions[0].reason" }),
  ]);
});

test("isReviewCode knows the codes and nothing else", () => {
  expect(REVIEW_CODES.every((c) => isReviewCode(c.code))).toBe(true);
  expect(isReviewCode("REV-FILESYSTEM-LOSS")).toBe(false);
  expect(isReviewCode("POL-S3-ENCRYPTION")).toBe(false);
});

test("acknowledgements per stack: a cluster's own list replaces the shared one", () => {
  const dir = mkdtempSync(join(tmpdir(), "acks-"));
  writeFileSync(
    join(dir, "hyperpod.config.yaml"),
    `suppressions:\n  - { id: REV-CLUSTER-LOSS, reason: "${REASON}" }\n` +
      `clusters:\n  dev: {}\n  prod:\n    suppressions:\n      - { id: REV-FILE-SYSTEM-LOSS, reason: "${REASON}", resource: aws_fsx_lustre_file_system.this }\n`,
  );
  expect(acknowledgements(dir, {}, ["dev", "prod"])).toEqual({
    dev: [{ id: "REV-CLUSTER-LOSS", reason: REASON, resource: undefined }],
    prod: [{ id: "REV-FILE-SYSTEM-LOSS", reason: REASON, resource: "aws_fsx_lustre_file_system.this" }],
  });
  expect(acknowledgements(dir, { HYPERPOD_CONFIG: "missing.yaml" }, ["dev"])).toEqual({});
  rmSync(dir, { recursive: true, force: true });
});

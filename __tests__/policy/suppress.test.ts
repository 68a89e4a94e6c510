/** Suppressions in code and in the configuration, with and without a reason. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { PolicyPack, type PolicyPackProps } from "../../src/policy/pack";
import { type ConfigSuppression, codeSuppressions, suppressPolicy } from "../../src/policy/suppress";
import { annotations, bareStack, evaluate, evaluateRule, rawBucket, TAGS } from "./support";

const TLS = "POL-S3-TLS-ONLY";
const REASON = "served only through the VPC endpoint policy";

/** Two buckets without a TLS-only policy: test/b and test/bb. */
function twoBuckets() {
  const { app, stack } = bareStack();
  const b = rawBucket(stack, "b", { policy: null });
  const bb = rawBucket(stack, "bb", { policy: null });
  return { app, stack, b, bb };
}

const summary = (rows: { rule: string; address: string | null; suppressed: string | null }[]) =>
  rows.map((r) => [r.rule, r.address, r.suppressed]);

describe("in code", () => {
  test("on a resource: that resource only", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, TLS, REASON);
    expect(summary(evaluate(stack))).toEqual([
      [TLS, "aws_s3_bucket.b", REASON],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
  });

  test("on the stack: every resource of the stack", () => {
    const { stack } = twoBuckets();
    suppressPolicy(stack, TLS, REASON);
    expect(summary(evaluate(stack))).toEqual([
      [TLS, "aws_s3_bucket.b", REASON],
      [TLS, "aws_s3_bucket.bb", REASON],
    ]);
  });

  test("on a scope: everything below it", () => {
    const { stack } = bareStack();
    const scope = new Construct(stack, "scope");
    rawBucket(stack, "outside", { policy: null });
    const inside = rawBucket(scope, "inside", { policy: null });
    suppressPolicy(scope, TLS, REASON);
    expect(inside.node.path).toBe("test/scope/inside");
    expect(summary(evaluate(stack))).toEqual([
      [TLS, "aws_s3_bucket.inside", REASON],
      [TLS, "aws_s3_bucket.outside", null],
    ]);
  });

  test("another rule's suppression does not apply", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, "POL-S3-OWNERSHIP", REASON);
    expect(summary(evaluate(stack))).toEqual([
      [TLS, "aws_s3_bucket.b", null],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
  });

  test.each([
    "",
    "  because  ",
    "temporary",
  ])("a reason shorter than 10 characters (%j) is an ERROR and suppresses nothing", (reason) => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, TLS, reason);
    expect(evaluate(stack)).toEqual([
      expect.objectContaining({ rule: TLS, address: "aws_s3_bucket.b", suppressed: null }),
      expect.objectContaining({ rule: TLS, address: "aws_s3_bucket.bb", suppressed: null }),
      {
        rule: "POL-SUPPRESSION-REASON",
        level: "ERROR",
        resource: "test/b",
        address: null,
        finding: `suppressPolicy(${TLS}) on test/b needs a reason of at least 10 characters, got ${JSON.stringify(reason)}; it suppresses nothing`,
        suppressed: null,
      },
    ]);
  });
});

describe("in the configuration", () => {
  const withConfig = (suppressions: ConfigSuppression[], extra: PolicyPackProps = {}) => {
    const { stack } = twoBuckets();
    return evaluate(stack, { suppressions, ...extra });
  };

  test("without resource: the whole stack", () => {
    expect(summary(withConfig([{ id: TLS, reason: REASON }]))).toEqual([
      [TLS, "aws_s3_bucket.b", REASON],
      [TLS, "aws_s3_bucket.bb", REASON],
    ]);
  });

  test.each([
    ["a Terraform address", "aws_s3_bucket.b"],
    ["a construct path", "test/b"],
    ["a construct path relative to the stack", "b"],
  ])("with resource as %s: that resource only (test/b does not cover test/bb)", (_name, resource) => {
    expect(summary(withConfig([{ id: TLS, reason: REASON, resource }]))).toEqual([
      [TLS, "aws_s3_bucket.b", REASON],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
  });

  test("a resource that matches nothing suppresses nothing", () => {
    expect(summary(withConfig([{ id: TLS, reason: REASON, resource: "aws_s3_bucket.elsewhere" }]))).toEqual([
      [TLS, "aws_s3_bucket.b", null],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
  });

  test("a short reason suppresses nothing and is left to the configuration loader (CONFIG_SUPPRESSION_REASON)", () => {
    expect(withConfig([{ id: TLS, reason: "ok", resource: "aws_s3_bucket.b" }])).toEqual([
      expect.objectContaining({ rule: TLS, suppressed: null }),
      expect.objectContaining({ rule: TLS, suppressed: null }),
    ]);
  });

  test("suppressions of configuration checks (not policy rules) are left to the configuration loader", () => {
    expect(summary(withConfig([{ id: "FSX_THROUGHPUT", reason: "x" }]))).toEqual([
      [TLS, "aws_s3_bucket.b", null],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
  });

  test("a misspelt rule id is a WARNING", () => {
    const rows = withConfig([{ id: "POL-S3-TLS", reason: REASON }]);
    expect(rows.slice(2)).toEqual([
      expect.objectContaining({
        rule: "POL-SUPPRESSION-UNKNOWN",
        level: "WARNING",
        finding:
          "configuration suppressions[0] (POL-S3-TLS) names no policy rule or change review code; did you mean POL-S3-TLS-ONLY?",
      }),
    ]);
  });

  test("change review codes are left to the change review; a misspelt one is a WARNING", () => {
    expect(summary(withConfig([{ id: "REV-FILE-SYSTEM-LOSS", reason: REASON }]))).toEqual([
      [TLS, "aws_s3_bucket.b", null],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
    expect(withConfig([{ id: "REV-FILESYSTEM-LOSS", reason: REASON }]).slice(2)).toEqual([
      expect.objectContaining({
        rule: "POL-SUPPRESSION-UNKNOWN",
        finding:
          "configuration suppressions[0] (REV-FILESYSTEM-LOSS) names no policy rule or change review code; did you mean REV-FILE-SYSTEM-LOSS?",
      }),
    ]);
  });

  test("POL-SUPPRESSION-REASON itself cannot be suppressed", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, TLS, "short");
    const rows = evaluate(stack, {
      suppressions: [{ id: "POL-SUPPRESSION-REASON", reason: "we really want to hide this" }],
    });
    expect(rows.find((r) => r.rule === "POL-SUPPRESSION-REASON")?.suppressed).toBeNull();
  });
});

describe("through synth", () => {
  const report = (outdir: string) =>
    JSON.parse(readFileSync(join(outdir, "stacks", "test", "policy-report.json"), "utf8"));

  test("a suppressed ERROR is in the report with its reason, as an info annotation, and synth succeeds", () => {
    const { app, stack, b, bb } = twoBuckets();
    suppressPolicy(b, TLS, REASON);
    Aspects.of(stack).add(
      new PolicyPack({ requiredTags: TAGS, suppressions: [{ id: TLS, reason: REASON, resource: "aws_s3_bucket.bb" }] }),
    );
    app.synth();
    expect(report(app.outdir)).toEqual([
      {
        rule: TLS,
        resource: "test/b",
        address: "aws_s3_bucket.b",
        level: "ERROR",
        finding: expect.any(String),
        suppressed: REASON,
      },
      {
        rule: TLS,
        resource: "test/bb",
        address: "aws_s3_bucket.bb",
        level: "ERROR",
        finding: expect.any(String),
        suppressed: REASON,
      },
    ]);
    expect(annotations(stack).filter((a) => a.path === b.node.path || a.path === bb.node.path)).toEqual([
      {
        path: "test/b",
        level: "@cdktf/info",
        message: expect.stringMatching(/^POL-S3-TLS-ONLY aws_s3_bucket.b: .*\(suppressed: served only/),
      },
      { path: "test/bb", level: "@cdktf/info", message: expect.stringMatching(/^POL-S3-TLS-ONLY aws_s3_bucket.bb: /) },
    ]);
  });

  test("a suppression without a reason fails synth with both errors", () => {
    const { app, stack, b } = twoBuckets();
    suppressPolicy(stack, TLS, "n/a");
    Aspects.of(stack).add(new PolicyPack({ requiredTags: TAGS }));
    expect(() => app.synth()).toThrow(
      /\[test\] POL-SUPPRESSION-REASON: suppressPolicy\(POL-S3-TLS-ONLY\) on test needs a reason/,
    );
    expect(report(app.outdir).map((r: { rule: string }) => r.rule)).toEqual([TLS, TLS, "POL-SUPPRESSION-REASON"]);
    expect(b.node.path).toBe("test/b");
  });
});

describe("what a suppression covers, exactly", () => {
  test("on the app: every stack's findings", () => {
    const { app, stack } = twoBuckets();
    suppressPolicy(app, TLS, REASON);
    expect(summary(evaluateRule(stack, TLS))).toEqual([
      [TLS, "aws_s3_bucket.b", REASON],
      [TLS, "aws_s3_bucket.bb", REASON],
    ]);
  });

  test("two suppressions on one construct both count", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, "POL-S3-OWNERSHIP", REASON);
    suppressPolicy(b, TLS, `${REASON}, twice`);
    expect(summary(evaluateRule(stack, TLS))).toEqual([
      [TLS, "aws_s3_bucket.b", `${REASON}, twice`],
      [TLS, "aws_s3_bucket.bb", null],
    ]);
  });

  test("one suppression of two findings on the same resource silences only the one it names", () => {
    const { stack, b } = twoBuckets();
    stack.node.tryRemoveChild("b_ownership");
    suppressPolicy(b, "POL-S3-OWNERSHIP", REASON);
    expect(summary(evaluateRule(stack, [TLS, "POL-S3-OWNERSHIP"]))).toEqual([
      [TLS, "aws_s3_bucket.b", null],
      [TLS, "aws_s3_bucket.bb", null],
      ["POL-S3-OWNERSHIP", "aws_s3_bucket.b", REASON],
    ]);
  });

  test.each<[string, string | undefined, (string | null)[]]>([
    ["an empty resource is the whole stack", "", [REASON, REASON]],
    ["a trailing slash is ignored", "test/b/", [REASON, null]],
    ["trailing slashes are ignored", "test/b//", [REASON, null]],
    ["a path below the resource does not cover it", "test/b/x", [null, null]],
  ])("configuration: %s", (_name, resource, suppressed) => {
    const { stack } = twoBuckets();
    const rows = evaluateRule(stack, TLS, { suppressions: [{ id: TLS, reason: REASON, resource }] });
    expect(rows.map((r) => r.suppressed)).toEqual(suppressed);
  });

  test("a configuration reason that is not text suppresses nothing", () => {
    const { stack } = twoBuckets();
    const rows = evaluateRule(stack, TLS, { suppressions: [{ id: TLS, reason: 12345678901 as never }] });
    expect(rows.map((r) => r.suppressed)).toEqual([null, null]);
  });

  test("on a scope above the stack: the stack's findings", () => {
    const { app } = bareStack();
    const team = new Construct(app, "team");
    const stack = new TerraformStack(team, "deep");
    new AwsProvider(stack, "aws", {});
    rawBucket(stack, "b", { policy: null });
    suppressPolicy(team, TLS, REASON);
    expect(summary(evaluateRule(stack, TLS))).toEqual([[TLS, "aws_s3_bucket.b", REASON]]);
  });

  test("a stack inside the stack keeps its suppressions to itself", () => {
    const { stack } = twoBuckets();
    const inner = new TerraformStack(stack, "inner");
    new AwsProvider(inner, "aws", {});
    suppressPolicy(rawBucket(inner, "c", { policy: null }), "POL-S3-TSL", REASON);
    expect(evaluateRule(stack, "POL-SUPPRESSION-UNKNOWN")).toEqual([]);
    expect(evaluateRule(inner, "POL-SUPPRESSION-UNKNOWN").map((r) => r.resource)).toEqual(["test/inner/c"]);
  });

  test("in code, a construct's path is not read relative to the stack (as a configuration resource is)", () => {
    const { stack, b } = twoBuckets();
    // Scopes test/test/b, named like the stack and like bucket test/b, around another bucket.
    const nested = rawBucket(new Construct(new Construct(stack, "test"), "b"), "x", { policy: null });
    expect(nested.node.path).toBe("test/test/b/x");
    suppressPolicy(b, TLS, REASON);
    expect(summary(evaluateRule(stack, TLS))).toEqual([
      [TLS, "aws_s3_bucket.b", REASON],
      [TLS, "aws_s3_bucket.bb", null],
      [TLS, "aws_s3_bucket.x", null],
    ]);
  });

  test("suppressions are kept under the global symbol hyperpod/policy-suppressions, which any copy of the module reads", () => {
    const { stack, b } = twoBuckets();
    // What another copy (another installed version) of this module stores.
    Object.defineProperty(b, Symbol.for("hyperpod/policy-suppressions"), { value: [{ id: TLS, reason: REASON }] });
    expect(codeSuppressions(stack)).toEqual([
      { id: TLS, reason: REASON, source: "code", resource: "test/b", declaredAt: "test/b" },
    ]);
  });

  test("a reason that is not text suppresses nothing and is reported as empty", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, TLS, undefined as never);
    expect(evaluateRule(stack, [TLS, "POL-SUPPRESSION-REASON"]).map((r) => [r.rule, r.suppressed, r.finding])).toEqual([
      [TLS, null, "has no aws_s3_bucket_policy"],
      [TLS, null, "has no aws_s3_bucket_policy"],
      [
        "POL-SUPPRESSION-REASON",
        null,
        `suppressPolicy(${TLS}) on test/b needs a reason of at least 10 characters, got ""; it suppresses nothing`,
      ],
    ]);
  });
});

describe("POL-SUPPRESSION-UNKNOWN exactly", () => {
  const rule = "POL-SUPPRESSION-UNKNOWN";
  test("an unknown id in code is reported on the construct that declares it, whatever its spelling", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, "S3-TLS-ONLY", REASON);
    expect(evaluateRule(stack, rule)).toEqual([
      {
        rule,
        level: "WARNING",
        resource: "test/b",
        address: null,
        finding: "suppressPolicy(S3-TLS-ONLY) on test/b names no policy rule or change review code",
        suppressed: null,
      },
    ]);
  });

  test("a change review code in code is reported: the change review reads the configuration only", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, "REV-FILE-SYSTEM-LOSS", REASON);
    expect(evaluateRule(stack, rule).map((r) => [r.resource, r.finding])).toEqual([
      [
        "test/b",
        "suppressPolicy(REV-FILE-SYSTEM-LOSS) on test/b names a change review code, which only the configuration's suppressions acknowledge",
      ],
    ]);
  });

  test("an unknown id in the configuration is reported on the stack", () => {
    const { stack } = twoBuckets();
    expect(
      evaluateRule(stack, rule, { suppressions: [{ id: "POL-NOPE-NOTHING", reason: REASON }] }).map((r) => [
        r.resource,
        r.address,
      ]),
    ).toEqual([["test", null]]);
  });

  test("a known id is not reported, in code or in the configuration", () => {
    const { stack, b } = twoBuckets();
    suppressPolicy(b, TLS, REASON);
    expect(evaluateRule(stack, [TLS, rule], { suppressions: [{ id: TLS, reason: REASON }] })).toHaveLength(2);
  });

  test("cannot itself be suppressed", () => {
    const { stack } = twoBuckets();
    const rows = evaluateRule(stack, rule, {
      suppressions: [
        { id: "POL-S3-TSL", reason: REASON },
        { id: rule, reason: "we really want to hide this" },
      ],
    });
    expect(rows.map((r) => [r.rule, r.suppressed])).toEqual([[rule, null]]);
  });
});

/** The pack itself: the rule table, the index, annotations, the report, rules that throw. */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Aspects, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { VPC_INTERFACE_ACTIONS } from "../../src/aws/hyperpod";
import { POLICY_REPORT_FILE, PolicyPack } from "../../src/policy/pack";
import type { PolicyContext, PolicyRule } from "../../src/policy/rule";
import { POLICY_RULES, s3PublicAccess, suppressionUnknown } from "../../src/policy/rules";
import {
  asList,
  asObject,
  asStrings,
  asText,
  indexFragments,
  isExpression,
  isTrue,
  referencedName,
} from "../../src/policy/terraform-index";
import { annotations, bareStack, clusterStack, rawBucket, TAGS } from "./support";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const rulesDoc = readFileSync(join(__dirname, "..", "..", "docs", "policy-rules.md"), "utf8");

const reportOf = (outdir: string, stack = "test") =>
  JSON.parse(readFileSync(join(outdir, "stacks", stack, POLICY_REPORT_FILE), "utf8"));

describe("the rule table", () => {
  test("ids are unique and POL-*; summaries are one line; every rule explains itself", () => {
    const ids = POLICY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of POLICY_RULES) {
      expect(r.id).toMatch(/^POL-[A-Z0-9]+(-[A-Z0-9]+)+$/);
      expect(["ERROR", "WARNING"]).toContain(r.level);
      expect(r.summary).not.toMatch(/\n/);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.explanation.length).toBeGreaterThan(40);
    }
  });

  test.each(
    POLICY_RULES.map((r) => [r.id, r]),
  )("the README's rule table shows %s with its level and summary", (_id, r) => {
    expect(readme).toContain(`| \`${r.id}\` | ${r.level} | ${r.summary} |`);
  });

  test.each(
    POLICY_RULES.map((r) => [r.id, r]),
  )("docs/policy-rules.md quotes %s's summary and explanation as the rule states them", (_id, r) => {
    const section = rulesDoc.split(/^## /m).find((s) => s.startsWith(`\`${r.id}\` (${r.level})\n`));
    const quoted = /```text\n([\s\S]*?)\n```/.exec(section ?? "")?.[1] ?? "";
    expect(quoted.split("\n\n").map((p) => p.replace(/\s+/g, " "))).toEqual([r.summary, r.explanation]);
  });

  test("both levels are used", () => {
    expect(new Set(POLICY_RULES.map((r) => r.level))).toEqual(new Set(["ERROR", "WARNING"]));
  });
});

describe("the index", () => {
  test("every block once, by address, with its construct path; taggable from the class", () => {
    const { stack } = clusterStack();
    // The index does not depend on the rules: none run, so no rule's code is charged to this test.
    const { index } = new PolicyPack({ rules: [] }).evaluate(stack);
    expect(index.get("aws_s3_bucket.data_repository")).toMatchObject({
      kind: "resource",
      path: "test/storage/data/bucket",
    });
    expect(index.get("data.aws_iam_policy_document.hyperpod_s3")?.path).toBe("test/execution_role/s3_document");
    expect(index.get("provider.aws")?.body.default_tags).toEqual([{ tags: TAGS }]);
    expect(index.get("aws_security_group.hyperpod")?.taggable).toBe(true);
    expect(index.get("awscc_sagemaker_cluster.this")?.taggable).toBe(true);
    expect(index.get("aws_iam_role_policy_attachment.hyperpod_s3")?.taggable).toBe(false);
    expect(index.get("data.aws_iam_policy_document.hyperpod_s3")?.taggable).toBe(false);
    expect(index.resources("aws_s3_bucket").map((b) => b.name)).toEqual(["data_repository", "life_cycle_scripts"]);
    // References stay as Terraform expressions.
    expect(index.get("aws_s3_bucket_policy.data_repository")?.body.bucket).toBe(
      "${aws_s3_bucket.data_repository.bucket}",
    );
  });

  test("a rule's check is pure: it runs on a hand-written index", () => {
    const index = indexFragments("s", [
      { path: "s/a", taggable: true, fragment: { resource: { aws_s3_bucket: { a: { bucket: "a" } } } } },
      {
        path: "s/pab",
        taggable: false,
        fragment: {
          resource: {
            aws_s3_bucket_public_access_block: {
              pab: {
                bucket: "a",
                block_public_acls: true,
                block_public_policy: true,
                ignore_public_acls: true,
                restrict_public_buckets: false,
              },
            },
          },
        },
      },
    ]);
    const ctx = { stackPath: "s", index, suppressions: [], ruleIds: [] } as unknown as PolicyContext;
    expect(s3PublicAccess.check(ctx)).toEqual([
      {
        ruleId: "POL-S3-PUBLIC-ACCESS",
        level: "ERROR",
        resource: "s/a",
        address: "aws_s3_bucket.a",
        finding: "aws_s3_bucket_public_access_block.pab does not set restrict_public_buckets to true",
      },
    ]);
  });
});

describe("a rule's own findings, before the pack normalizes them", () => {
  test("a stack-wide finding points at the stack's path with a null address", () => {
    const index = indexFragments("s", []);
    const ctx = {
      stackPath: "s",
      index,
      ruleIds: [],
      suppressions: [
        { id: "POL-NOPE", reason: "a reason long enough", source: "config", declaredAt: "suppressions[0]" },
      ],
    } as unknown as PolicyContext;
    expect(suppressionUnknown.check(ctx)).toEqual([
      {
        ruleId: "POL-SUPPRESSION-UNKNOWN",
        level: "WARNING",
        resource: "s",
        address: null,
        finding: "configuration suppressions[0] (POL-NOPE) names no policy rule or change review code",
      },
    ]);
  });
});

describe("a rule that throws", () => {
  const throwing: PolicyRule = {
    id: "POL-TEST-THROWS",
    level: "WARNING",
    summary: "throws",
    explanation: "a rule with a bug",
    check: () => {
      throw new Error("boom");
    },
  };
  const notAList: PolicyRule = { ...throwing, id: "POL-TEST-NOT-A-LIST", check: () => undefined as never };

  test("is an ERROR finding of that rule, and the other rules still run", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", { ownership: null });
    const rows = new PolicyPack({ rules: [throwing, ...POLICY_RULES, notAList] }).evaluate(stack).rows;
    expect(rows).toEqual([
      {
        rule: "POL-TEST-THROWS",
        level: "ERROR",
        resource: "test",
        address: null,
        finding: "rule failed: boom",
        suppressed: null,
      },
      expect.objectContaining({ rule: "POL-S3-OWNERSHIP", level: "WARNING" }),
      {
        rule: "POL-TEST-NOT-A-LIST",
        level: "ERROR",
        resource: "test",
        address: null,
        finding: "rule failed: check returned undefined, not a list",
        suppressed: null,
      },
    ]);
  });

  test("fails synth through its annotation, not with the exception", () => {
    const { app, stack } = bareStack();
    Aspects.of(stack).add(new PolicyPack({ rules: [throwing] }));
    expect(() => app.synth()).toThrow(/\[test\] POL-TEST-THROWS: rule failed: boom/);
    expect(reportOf(app.outdir)).toHaveLength(1);
  });
});

describe("annotations and the report", () => {
  test("an ERROR is an error annotation on the resource's construct and fails synth; the report has one row per finding", () => {
    const { app, stack } = bareStack();
    rawBucket(stack, "b", { policy: null, ownership: null });
    rawBucket(stack, "c", { policy: null });
    Aspects.of(stack).add(new PolicyPack({ requiredTags: TAGS }));
    expect(() => app.synth()).toThrow(
      /\[test\/b\] POL-S3-TLS-ONLY aws_s3_bucket\.b: has no aws_s3_bucket_policy\. Nodes fetch/,
    );
    expect(annotations(stack)).toEqual([
      {
        path: "test/b",
        level: "@cdktf/error",
        message: expect.stringMatching(/^POL-S3-TLS-ONLY aws_s3_bucket.b: has no aws_s3_bucket_policy/),
      },
      { path: "test/b", level: "@cdktf/warn", message: expect.stringMatching(/^POL-S3-OWNERSHIP aws_s3_bucket.b: /) },
      { path: "test/c", level: "@cdktf/error", message: expect.stringMatching(/^POL-S3-TLS-ONLY aws_s3_bucket.c: /) },
    ]);
    expect(reportOf(app.outdir)).toEqual([
      {
        rule: "POL-S3-TLS-ONLY",
        resource: "test/b",
        address: "aws_s3_bucket.b",
        level: "ERROR",
        finding: "has no aws_s3_bucket_policy",
        suppressed: null,
      },
      {
        rule: "POL-S3-TLS-ONLY",
        resource: "test/c",
        address: "aws_s3_bucket.c",
        level: "ERROR",
        finding: "has no aws_s3_bucket_policy",
        suppressed: null,
      },
      {
        rule: "POL-S3-OWNERSHIP",
        resource: "test/b",
        address: "aws_s3_bucket.b",
        level: "WARNING",
        finding: "has no aws_s3_bucket_ownership_controls",
        suppressed: null,
      },
    ]);
    // Nothing of the stack itself was written.
    expect(existsSync(join(app.outdir, "stacks", "test", "cdk.tf.json"))).toBe(false);
  });

  test("a WARNING is a warning in the manifest and synth succeeds", () => {
    const { app, stack } = bareStack();
    rawBucket(stack, "b", { ownership: null });
    Aspects.of(stack).add(new PolicyPack({ requiredTags: TAGS }));
    app.synth();
    const manifest = JSON.parse(readFileSync(join(app.outdir, "manifest.json"), "utf8"));
    expect(manifest.stacks.test.annotations).toEqual([
      expect.objectContaining({
        constructPath: "test/b",
        level: "@cdktf/warn",
        message: expect.stringMatching(/^POL-S3-OWNERSHIP /),
      }),
    ]);
    expect(reportOf(app.outdir).map((r: { level: string }) => r.level)).toEqual(["WARNING"]);
    expect(existsSync(join(app.outdir, "stacks", "test", "cdk.tf.json"))).toBe(true);
  });

  test("each stack is checked once, even when synthesized twice", () => {
    const { app, stack } = bareStack();
    rawBucket(stack, "b", { ownership: null });
    Aspects.of(stack).add(new PolicyPack({ requiredTags: TAGS }));
    Testing.synth(stack);
    app.synth();
    expect(annotations(stack)).toHaveLength(1);
  });

  test("each stack has its own pack and its own report (cdktf runs aspects per stack, not from the app)", () => {
    const { app, stack } = bareStack();
    rawBucket(stack, "b", { ownership: null });
    const other = new TerraformStack(app, "other");
    new AwsProvider(other, "aws", {});
    for (const s of [stack, other]) Aspects.of(s).add(new PolicyPack());
    app.synth();
    expect(reportOf(app.outdir, "test")).toHaveLength(1);
    expect(reportOf(app.outdir, "other")).toEqual([]);
  });

  test("a report folder left by an earlier synth is written into again", () => {
    const { app, stack } = bareStack();
    rawBucket(stack, "b", { ownership: null });
    mkdirSync(join(app.outdir, "stacks", "test"), { recursive: true });
    Aspects.of(stack).add(new PolicyPack({ requiredTags: TAGS }));
    app.synth();
    expect(reportOf(app.outdir).map((r: { rule: string }) => r.rule)).toEqual(["POL-S3-OWNERSHIP"]);
  });

  test("a stack outside an app is annotated and gets no report", () => {
    const root = new Construct(undefined as never, "");
    const stack = new TerraformStack(root, "lone");
    new AwsProvider(stack, "aws", { defaultTags: [{ tags: TAGS }] });
    rawBucket(stack, "b", { ownership: null });
    new PolicyPack({ requiredTags: TAGS }).visit(stack);
    expect(annotations(stack)).toEqual([
      { path: "lone/b", level: "@cdktf/warn", message: expect.stringMatching(/^POL-S3-OWNERSHIP aws_s3_bucket.b: /) },
    ]);
  });

  test("reportFile: false writes no report", () => {
    const { app, stack } = bareStack();
    Aspects.of(stack).add(new PolicyPack({ reportFile: false }));
    app.synth();
    expect(existsSync(join(app.outdir, "stacks", "test", POLICY_REPORT_FILE))).toBe(false);
  });
});

describe("the index of hand-written fragments", () => {
  test("addresses, kinds and names of resources, data sources, providers (with and without alias) and modules", () => {
    const index = indexFragments("s", [
      {
        path: "s/a",
        taggable: true,
        fragment: {
          resource: { aws_s3_bucket: { a: { bucket: "a" } } },
          data: { aws_s3_bucket: { d: { bucket: "d" } } },
        },
      },
      { path: "s/aws", taggable: false, fragment: { provider: { aws: [{ region: "x" }, { alias: "west" }] } } },
      { path: "s/vpc", taggable: true, fragment: { module: { vpc: { source: "x" } } } },
      {
        path: "s/odd",
        taggable: true,
        fragment: { resource: { aws_s3_bucket: { n: "not a body" } }, provider: { x: 1 } },
      },
    ]);
    expect(index.blocks.map((b) => [b.kind, b.type, b.name, b.address, b.path, b.taggable])).toEqual([
      ["resource", "aws_s3_bucket", "a", "aws_s3_bucket.a", "s/a", true],
      ["data", "aws_s3_bucket", "d", "data.aws_s3_bucket.d", "s/a", false],
      ["provider", "aws", "", "provider.aws", "s/aws", false],
      ["provider", "aws", "west", "provider.aws.west", "s/aws", false],
      ["module", "module", "vpc", "module.vpc", "s/vpc", false],
      ["resource", "aws_s3_bucket", "n", "aws_s3_bucket.n", "s/odd", true],
    ]);
    expect(index.get("aws_s3_bucket.n")?.body).toEqual({});
    expect(index.resources("aws_s3_bucket").map((b) => b.address)).toEqual(["aws_s3_bucket.a", "aws_s3_bucket.n"]);
    expect(index.data("aws_s3_bucket").map((b) => b.address)).toEqual(["data.aws_s3_bucket.d"]);
    expect(index.providers("aws").map((b) => b.name)).toEqual(["", "west"]);
    expect(index.allResources().map((b) => b.address)).toEqual(["aws_s3_bucket.a", "aws_s3_bucket.n"]);
    expect([index.resources("aws_kms_key"), index.data("x"), index.providers("y")]).toEqual([[], [], []]);
  });

  test.each<[string, unknown, unknown[], string[], boolean, string]>([
    ["a string", "x", [], ["x"], false, "x"],
    ["a list", ["x", 1, { a: 1 }, null], [{ a: 1 }], ["x"], false, '["x",1,{"a":1},null]'],
    ["an object", { a: 1 }, [{ a: 1 }], [], false, '{"a":1}'],
    ["null", null, [], [], false, "null"],
    ["true as text", "true", [], ["true"], true, "true"],
    ["true", true, [], [], true, "true"],
  ])("the small readers on %s", (_name, v, list, strings, truth, text) => {
    expect([asList(v), asStrings(v), isTrue(v), asText(v)]).toEqual([list, strings, truth, text]);
  });

  test("references and expressions", () => {
    expect(referencedName("${aws_s3_bucket.b.id}", "aws_s3_bucket", ["bucket", "id"])).toBe("b");
    expect(referencedName("${aws_s3_bucket.b.arn}", "aws_s3_bucket", ["bucket", "id"])).toBeUndefined();
    expect(referencedName("x${aws_s3_bucket.b.id}", "aws_s3_bucket", ["id"])).toBeUndefined();
    expect(referencedName("${aws_s3_bucket.b.id}x", "aws_s3_bucket", ["id"])).toBeUndefined();
    expect(referencedName("${aws_s3_bucketXb.id}", "aws_s3_bucket", ["id"])).toBeUndefined();
    expect(referencedName(1, "aws_s3_bucket", ["id"])).toBeUndefined();
    expect([isExpression("a${b}"), isExpression("a"), isExpression(1)]).toEqual([true, false, false]);
    expect(asObject([1])).toEqual({});
    expect(asObject(null)).toEqual({});
    // A list holding a reference is no reference (its text would be the reference's).
    expect(referencedName(["${aws_s3_bucket.b.id}"], "aws_s3_bucket", ["id"])).toBeUndefined();
  });
});

describe("what the pack makes of a rule's findings", () => {
  const rule = (findings: unknown): PolicyRule => ({
    id: "POL-TEST-ODD",
    level: "WARNING",
    summary: "odd findings",
    explanation: "A rule that returns odd findings.",
    check: () => findings as never,
  });

  test("a bad level is the rule's, a resource that is no text the stack, an address that is no text none", () => {
    const { stack } = bareStack();
    const rows = new PolicyPack({
      rules: [
        rule([
          { level: "INFO", resource: 1, address: 2, finding: 3 },
          { level: "ERROR", resource: "x", address: "y", finding: "z" },
        ]),
      ],
    }).evaluate(stack).rows;
    expect(rows).toEqual([
      { rule: "POL-TEST-ODD", level: "WARNING", resource: "test", address: null, finding: "3", suppressed: null },
      { rule: "POL-TEST-ODD", level: "ERROR", resource: "x", address: "y", finding: "z", suppressed: null },
    ]);
  });

  test("null instead of a list is named", () => {
    const { stack } = bareStack();
    expect(new PolicyPack({ rules: [rule(null)] }).evaluate(stack).rows.map((r) => r.finding)).toEqual([
      "rule failed: check returned null, not a list",
    ]);
  });

  test("a warning carries the explanation; a finding on a path the stack lacks lands on the stack", () => {
    const { app, stack } = bareStack();
    Aspects.of(stack).add(
      new PolicyPack({
        rules: [
          rule([
            { level: "WARNING", resource: "test/nowhere", address: "aws_x.y", finding: "is odd" },
            { level: "WARNING", resource: "test", address: null, finding: "stack-wide" },
          ]),
        ],
      }),
    );
    app.synth();
    expect(annotations(stack)).toEqual([
      {
        path: "test",
        level: "@cdktf/warn",
        message: "POL-TEST-ODD aws_x.y: is odd. A rule that returns odd findings.",
      },
      { path: "test", level: "@cdktf/warn", message: "POL-TEST-ODD: stack-wide. A rule that returns odd findings." },
    ]);
  });

  test("a rule without explanation leaves no trailing space, in errors and warnings", () => {
    const { app, stack } = bareStack();
    const findings = [
      { level: "ERROR", resource: "test", address: null, finding: "bad" },
      { level: "WARNING", resource: "test", address: null, finding: "odd" },
    ];
    Aspects.of(stack).add(new PolicyPack({ rules: [{ ...rule(findings), explanation: "" }] }));
    expect(() => app.synth()).toThrow(/POL-TEST-ODD: bad/);
    expect(annotations(stack).map((a) => a.message)).toEqual(["POL-TEST-ODD: bad.", "POL-TEST-ODD: odd."]);
  });

  test("visiting a construct that is not a stack does nothing", () => {
    const { stack } = bareStack();
    const pack = new PolicyPack({
      rules: [rule([{ level: "WARNING", resource: "test", address: null, finding: "x" }])],
    });
    pack.visit(stack.node.findChild("aws"));
    expect(annotations(stack)).toEqual([]);
  });

  test("a stack inside the stack is its own: none of its elements is checked, none of its constructs annotated", () => {
    const { stack } = bareStack();
    const inner = new TerraformStack(stack, "inner");
    new AwsProvider(inner, "aws", {});
    rawBucket(inner, "b", { ownership: null });
    expect(new PolicyPack({ rules: [] }).evaluate(stack).index.get("aws_s3_bucket.b")).toBeUndefined();
    const pack = new PolicyPack({
      rules: [rule([{ level: "WARNING", resource: "test/inner/b", address: "aws_s3_bucket.b", finding: "is odd" }])],
    });
    pack.visit(stack);
    expect(annotations(stack)).toEqual([
      {
        path: "test",
        level: "@cdktf/warn",
        message: "POL-TEST-ODD aws_s3_bucket.b: is odd. A rule that returns odd findings.",
      },
    ]);
  });

  test("evaluate() changes no stack: a reference to another stack's bucket stays as written, no output is added", () => {
    const { app, stack } = bareStack();
    const other = new TerraformStack(app, "other");
    new AwsProvider(other, "aws", {});
    const shared = rawBucket(other, "shared");
    new IamPolicy(stack, "policy", {
      name: "p",
      policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: shared.arn }] }),
    }).overrideLogicalId("policy");
    const count = () => [stack, other].map((s) => s.node.findAll().length);
    const before = count();
    const { index } = new PolicyPack({ rules: [] }).evaluate(stack);
    expect(index.get("aws_iam_policy.policy")?.body.policy).toContain("${aws_s3_bucket.shared.arn}");
    expect(count()).toEqual(before);
  });

  test("the settings a pack without props gives its rules", () => {
    const { stack } = bareStack();
    const { context } = new PolicyPack().evaluate(stack);
    expect({ ...context, index: undefined }).toEqual({
      stackPath: "test",
      index: undefined,
      securityMode: "efa",
      requiredTags: {},
      allowForceDestroy: false,
      dataVersioningOptOut: false,
      existingBuckets: [],
      production: false,
      accountingSecretArns: [],
      wildcardResourceActions: VPC_INTERFACE_ACTIONS,
      suppressions: [],
      ruleIds: POLICY_RULES.map((r) => r.id),
    });
  });

  test("the default security mode is efa", () => {
    const { stack } = clusterStack({ mode: "lustre-ports" });
    const rules = POLICY_RULES.filter((r) => r.id === "POL-SG-EFA-SELF");
    expect(new PolicyPack({ rules }).evaluate(stack).rows).toHaveLength(1);
  });
});

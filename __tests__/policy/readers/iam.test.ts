/** The IAM reader on its own: the exact statements it reads from documents and JSON policies. */
import {
  documentStatements,
  effectiveStatements,
  isKeyPolicy,
  type PolicySource,
  parsePolicyJson,
  policySources,
  policyStatements,
  type Statement,
  statementLabel,
} from "../../../src/policy/readers/iam";
import { iamWildcardAction } from "../../../src/policy/rules/iam-wildcard-action";
import { contextOf, indexOf, policyDocument, resource } from "./blocks";

/** A statement as the reader returns it, with the defaults of an Allow that names nothing. */
function read(s: Partial<Statement>): Statement {
  return {
    sid: undefined,
    effect: "Allow",
    actions: [],
    notAction: false,
    resources: undefined,
    notResource: false,
    principals: undefined,
    notPrincipal: false,
    conditions: [],
    ...s,
  };
}

const ROOT = "arn:aws:iam::111122223333:root";
/** The statement the Not-form tests below read: NotAction iam:*, NotResource the bucket, NotPrincipal the account. */
const NOT_FORMS: Partial<Statement> = {
  actions: ["iam:*"],
  notAction: true,
  resources: ["arn:aws:s3:::b"],
  notResource: true,
  principals: [{ type: "AWS", identifiers: [ROOT] }],
  notPrincipal: true,
};

describe("documentStatements", () => {
  test("an identity policy statement names no principal", () => {
    const doc = policyDocument("read", {
      statement: [{ sid: "Read", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }],
    });
    expect(documentStatements(doc)).toEqual([
      read({ sid: "Read", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }),
    ]);
  });

  test("a trust policy statement has principals and no resources", () => {
    const doc = policyDocument("trust", {
      statement: [
        {
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["sagemaker.amazonaws.com"] }],
        },
      ],
    });
    expect(documentStatements(doc)).toEqual([
      read({
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["sagemaker.amazonaws.com"] }],
      }),
    ]);
  });

  test("not_actions, not_resources and not_principals read as the Not forms; effect Deny", () => {
    const doc = policyDocument("deny", {
      statement: [
        {
          effect: "Deny",
          not_actions: ["iam:*"],
          not_resources: ["arn:aws:s3:::b"],
          not_principals: [{ type: "AWS", identifiers: [ROOT] }],
        },
      ],
    });
    expect(documentStatements(doc)).toEqual([read({ effect: "Deny", ...NOT_FORMS })]);
  });

  test("an empty list or JSON null is no argument, as the provider writes the JSON: actions = [] next to not_actions is a NotAction", () => {
    const doc = policyDocument("empty", {
      statement: [
        {
          actions: [],
          not_actions: ["iam:*"],
          resources: [],
          not_resources: ["arn:aws:s3:::b"],
          principals: [],
          not_principals: [{ type: "AWS", identifiers: [ROOT] }],
        },
        {
          sid: null,
          actions: ["s3:GetObject"],
          not_actions: null,
          resources: ["arn:aws:s3:::b/*"],
          not_resources: [],
          principals: [{ type: "AWS", identifiers: [ROOT] }],
          not_principals: null,
        },
      ],
    });
    expect(documentStatements(doc)).toEqual([
      read(NOT_FORMS),
      read({
        actions: ["s3:GetObject"],
        resources: ["arn:aws:s3:::b/*"],
        principals: [{ type: "AWS", identifiers: [ROOT] }],
      }),
    ]);
  });

  test("through POL-IAM-WILDCARD-ACTION: an Allow with actions = [] next to not_actions grants every other action", () => {
    const doc = policyDocument("escape", {
      statement: [{ actions: [], not_actions: ["iam:*"], resources: ["*"] }],
    });
    const findings = iamWildcardAction.check(contextOf(indexOf(doc))).map((f) => f.finding);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain('NotAction ["iam:*"]');
  });

  test("a statement with both Action and NotAction (IAM rejects it) reads as its Not form, the wider grant", () => {
    const doc = policyDocument("both", {
      statement: [
        {
          actions: ["s3:GetObject"],
          not_actions: ["iam:*"],
          resources: ["arn:aws:s3:::b/*"],
          not_resources: ["arn:aws:s3:::b"],
          principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }],
          not_principals: [{ type: "AWS", identifiers: [ROOT] }],
        },
      ],
    });
    expect(documentStatements(doc)).toEqual([read(NOT_FORMS)]);
  });

  test("a sid Terraform converts from a number reads as its text; an empty sid stays empty", () => {
    const doc = policyDocument("sids", {
      statement: [
        { sid: 5, actions: ["s3:GetObject"] },
        { sid: "", actions: ["s3:GetObject"] },
      ],
    });
    expect(documentStatements(doc).map((s) => s.sid)).toEqual(["5", ""]);
  });

  test("conditions: a list of values, values a list expression computes (kept as one value), values Terraform converts to text", () => {
    const doc = policyDocument("conditions", {
      statement: [
        {
          effect: "Deny",
          actions: ["s3:*"],
          condition: [
            { test: "Bool", variable: "aws:SecureTransport", values: [false] },
            { test: "StringNotEquals", variable: "aws:SourceVpc", values: "${var.vpc_ids}" },
            { test: "StringEquals", variable: "aws:PrincipalTag/team", values: ["a", "b"] },
          ],
        },
      ],
    });
    expect(documentStatements(doc)[0].conditions).toEqual([
      { test: "Bool", variable: "aws:SecureTransport", values: ["false"] },
      { test: "StringNotEquals", variable: "aws:SourceVpc", values: ["${var.vpc_ids}"] },
      { test: "StringEquals", variable: "aws:PrincipalTag/team", values: ["a", "b"] },
    ]);
  });

  test("a principal or condition without its type, test or variable (terraform validate rejects it) reads them as empty text", () => {
    const doc = policyDocument("malformed", {
      statement: [
        {
          actions: ["s3:GetObject"],
          principals: [{ identifiers: ["*"] }],
          condition: [{ values: ["x"] }],
        },
      ],
    });
    expect(documentStatements(doc)).toEqual([
      read({
        actions: ["s3:GetObject"],
        principals: [{ type: "", identifiers: ["*"] }],
        conditions: [{ test: "", variable: "", values: ["x"] }],
      }),
    ]);
  });
});

describe("parsePolicyJson", () => {
  test('Principal "*" is every principal, both as type and as identifier; {"AWS": "*"} is a list of one', () => {
    const json = JSON.stringify({
      Statement: [
        { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "arn:aws:s3:::b" },
        { Effect: "Allow", Principal: { AWS: "*", Service: ["a.amazonaws.com"] }, Action: "s3:GetObject" },
      ],
    });
    expect(parsePolicyJson(json)).toEqual([
      read({
        effect: "Deny",
        principals: [{ type: "*", identifiers: ["*"] }],
        actions: ["s3:*"],
        resources: ["arn:aws:s3:::b"],
      }),
      read({
        principals: [
          { type: "AWS", identifiers: ["*"] },
          { type: "Service", identifiers: ["a.amazonaws.com"] },
        ],
        actions: ["s3:GetObject"],
      }),
    ]);
  });

  test("NotPrincipal, NotAction and NotResource read as the Not forms; a statement without them does not", () => {
    const json = JSON.stringify({
      Statement: [
        { Sid: "Others", Effect: "Deny", NotPrincipal: { AWS: ROOT }, NotAction: "kms:Decrypt", NotResource: "*" },
        { Sid: "Identity", Effect: "Allow", Action: ["s3:GetObject"], Resource: "arn:aws:s3:::b/*" },
      ],
    });
    expect(parsePolicyJson(json)).toEqual([
      read({
        sid: "Others",
        effect: "Deny",
        principals: [{ type: "AWS", identifiers: [ROOT] }],
        notPrincipal: true,
        actions: ["kms:Decrypt"],
        notAction: true,
        resources: ["*"],
        notResource: true,
      }),
      read({ sid: "Identity", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }),
    ]);
  });

  test("a trust policy (no Resource) has no resources; a single Statement object is a list of one", () => {
    const json = JSON.stringify({
      Statement: { Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" },
    });
    expect(parsePolicyJson(json)).toEqual([
      read({
        principals: [{ type: "Service", identifiers: ["sagemaker.amazonaws.com"] }],
        actions: ["sts:AssumeRole"],
      }),
    ]);
  });

  test("a condition with a single value is a list of one; booleans and numbers read as text", () => {
    const json = JSON.stringify({
      Statement: [
        {
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Condition: {
            Bool: { "aws:SecureTransport": "false" },
            NumericLessThan: { "s3:TlsVersion": 1.2 },
            StringEquals: { "aws:SourceVpc": ["vpc-1", "vpc-2"], "aws:SourceAccount": "111122223333" },
          },
        },
      ],
    });
    expect(parsePolicyJson(json)?.[0].conditions).toEqual([
      { test: "Bool", variable: "aws:SecureTransport", values: ["false"] },
      { test: "NumericLessThan", variable: "s3:TlsVersion", values: ["1.2"] },
      { test: "StringEquals", variable: "aws:SourceVpc", values: ["vpc-1", "vpc-2"] },
      { test: "StringEquals", variable: "aws:SourceAccount", values: ["111122223333"] },
    ]);
  });

  test.each([
    ["text that is not JSON", "${jsonencode(local.policy)}"],
    ["JSON without Statement", '{"Version":"2012-10-17"}'],
    ["a JSON list", "[]"],
    ["no text", undefined],
    ["an object", { Statement: [] }],
  ])("%s is no JSON policy", (_what, value) => {
    expect(parsePolicyJson(value)).toBeUndefined();
  });
});

describe("policyStatements and effectiveStatements", () => {
  const own = { sid: "Own", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] };
  const json = JSON.stringify({ Statement: [{ Sid: "Json", Effect: "Allow", Action: "s3:ListBucket" }] });

  test("a document with what it merges: source documents, then override documents, JSON, and its own statements; an expression or a missing document adds nothing", () => {
    const index = indexOf(
      policyDocument("base", { statement: [{ sid: "Base", actions: ["s3:PutObject"] }] }),
      policyDocument("over", { statement: [{ sid: "Over", effect: "Deny", actions: ["s3:DeleteObject"] }] }),
      policyDocument("main", {
        source_policy_documents: [
          "${data.aws_iam_policy_document.base.json}",
          json,
          "${aws_iam_policy.other.policy}",
          "${data.aws_iam_policy_document.missing.json}",
        ],
        override_policy_documents: ["${data.aws_iam_policy_document.over.minified_json}"],
        statement: [own],
      }),
    );
    const expected = [
      read({ sid: "Base", actions: ["s3:PutObject"] }),
      read({ sid: "Json", actions: ["s3:ListBucket"] }),
      read({ sid: "Over", effect: "Deny", actions: ["s3:DeleteObject"] }),
      read({ sid: "Own", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }),
    ];
    const main = index.get("data.aws_iam_policy_document.main")!;
    expect(effectiveStatements(index, main)).toEqual(expected);
    expect(policyStatements(index, "${data.aws_iam_policy_document.main.json}")).toEqual(expected);
  });

  test("a document merged twice (through two documents) counts once", () => {
    const index = indexOf(
      policyDocument("shared", { statement: [{ sid: "Shared", actions: ["s3:GetObject"] }] }),
      policyDocument("a", { source_policy_documents: ["${data.aws_iam_policy_document.shared.json}"] }),
      policyDocument("b", { override_policy_documents: ["${data.aws_iam_policy_document.shared.json}"] }),
      policyDocument("top", {
        source_policy_documents: ["${data.aws_iam_policy_document.a.json}", "${data.aws_iam_policy_document.b.json}"],
      }),
    );
    expect(effectiveStatements(index, index.get("data.aws_iam_policy_document.top")!)).toEqual([
      read({ sid: "Shared", actions: ["s3:GetObject"] }),
    ]);
  });

  test("literal JSON is read; an expression, a missing document or no text is not", () => {
    const index = indexOf();
    expect(policyStatements(index, json)).toEqual([read({ sid: "Json", actions: ["s3:ListBucket"] })]);
    expect(policyStatements(index, "${aws_iam_policy.other.policy}")).toBeUndefined();
    expect(policyStatements(index, "${data.aws_iam_policy_document.missing.json}")).toBeUndefined();
    expect(policyStatements(index, undefined)).toBeUndefined();
  });
});

describe("policySources", () => {
  test("each policy once, where it is: documents, the JSON and expressions they merge, resource policies; document references are the document's", () => {
    const doc = policyDocument("main", {
      statement: [{ actions: ["s3:GetObject"] }],
      source_policy_documents: ["${data.aws_iam_policy_document.other.json}", "${var.extra}"],
      override_policy_documents: ['{"Statement":[{"Effect":"Deny","Action":"s3:*"}]}'],
    });
    const role = resource("aws_iam_role", "role", {
      assume_role_policy: '{"Statement":[]}',
      inline_policy: [
        { name: "i", policy: "${data.aws_iam_policy_document.main.json}" },
        { name: "j", policy: "${var.p}" },
      ],
    });
    const sources = policySources(indexOf(doc, role)).map((s) => [
      s.block.address,
      s.attribute,
      s.statements,
      s.expression,
    ]);
    expect(sources).toEqual([
      ["data.aws_iam_policy_document.main", "statement", [read({ actions: ["s3:GetObject"] })], undefined],
      ["data.aws_iam_policy_document.main", "source_policy_documents[1]", undefined, "${var.extra}"],
      [
        "data.aws_iam_policy_document.main",
        "override_policy_documents[0]",
        [read({ effect: "Deny", actions: ["s3:*"] })],
        undefined,
      ],
      ["aws_iam_role.role", "assume_role_policy", [], undefined],
      ["aws_iam_role.role", "inline_policy[1].policy", undefined, "${var.p}"],
    ]);
  });
});

describe("statementLabel", () => {
  const block = policyDocument("d", {});
  const source = (attribute: string, statements?: Statement[]): PolicySource => ({ block, attribute, statements });

  test("the sid when there is one, else the 1-based number; a JSON policy's attribute in front", () => {
    const statements = [read({ sid: "Read" }), read({})];
    expect(statementLabel(source("statement", statements), 0)).toBe('statement "Read"');
    expect(statementLabel(source("statement", statements), 1)).toBe("statement #2");
    expect(statementLabel(source("inline_policy[0].policy", statements), 0)).toBe(
      'inline_policy[0].policy statement "Read"',
    );
  });

  test("a statement the source does not hold (a computed policy, an index past the end) is numbered", () => {
    expect(statementLabel(source("policy"), 0)).toBe("policy statement #1");
    expect(statementLabel(source("statement", [read({ sid: "Read" })]), 2)).toBe("statement #3");
  });
});

describe("isKeyPolicy", () => {
  const doc = policyDocument("key", { statement: [{ actions: ["kms:*"], resources: ["*"] }] });
  const sourceOf = (block: PolicySource["block"], attribute = "policy"): PolicySource => ({ block, attribute });

  test.each([
    "aws_kms_key",
    "aws_kms_key_policy",
    "aws_kms_replica_key",
  ])("the policy of %s is a key policy", (type) => {
    const key = resource(type, "k", { policy: '{"Statement":[]}' });
    expect(isKeyPolicy(indexOf(key), sourceOf(key))).toBe(true);
  });

  test.each(["json", "minified_json"])("a document a key's policy references (.%s) is a key policy", (attribute) => {
    const key = resource("aws_kms_key", "k", { policy: `\${data.aws_iam_policy_document.key.${attribute}}` });
    expect(isKeyPolicy(indexOf(doc, key), sourceOf(doc, "statement"))).toBe(true);
  });

  test("a document no key references is not, nor a policy named like the key's document, nor anything next to a key with its own JSON or none", () => {
    const other = policyDocument("other", { statement: [{ actions: ["s3:GetObject"] }] });
    const key = resource("aws_kms_key", "k", { policy: "${data.aws_iam_policy_document.key.json}" });
    const policy = resource("aws_iam_policy", "key", { policy: '{"Statement":[]}' });
    expect(isKeyPolicy(indexOf(doc, other, key, policy), sourceOf(other, "statement"))).toBe(false);
    expect(isKeyPolicy(indexOf(doc, other, key, policy), sourceOf(policy))).toBe(false);
    const literal = resource("aws_kms_key", "literal", { policy: '{"Statement":[]}' });
    const bare = resource("aws_kms_key", "bare", {});
    expect(isKeyPolicy(indexOf(doc, literal, bare), sourceOf(doc, "statement"))).toBe(false);
  });
});

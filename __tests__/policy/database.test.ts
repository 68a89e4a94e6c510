/** Accounting database rules: a compliant and a non-compliant case each, on the construct and on raw resources. */
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import type { TerraformStack } from "cdktf";
import { accountingStack, bareStack, evaluateRule } from "./support";

const EXTERNAL = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:slurm-db-AbCdEf";

/** A raw instance with the given attributes over compliant defaults. */
function rawDb(stack: TerraformStack, attributes: Record<string, unknown>) {
  new DbInstance(stack, "db", {
    identifier: "t",
    engine: "mariadb",
    instanceClass: "db.t4g.micro",
    allocatedStorage: 20,
    username: "admin",
    manageMasterUserPassword: true,
    storageEncrypted: true,
    publiclyAccessible: false,
    deletionProtection: true,
    skipFinalSnapshot: false,
    finalSnapshotIdentifier: "t-final",
    ...attributes,
  }).overrideLogicalId("db");
}

function rawRows(rule: string, attributes: Record<string, unknown>, production = true) {
  const { stack } = bareStack();
  rawDb(stack, attributes);
  return evaluateRule(stack, rule, { production }).map((r) => `${r.address}: ${r.finding}`);
}

test("in production without protect: POL-DB-DELETION-PROTECTION names both settings", () => {
  expect(evaluateRule(accountingStack(false), "POL-DB-DELETION-PROTECTION", { production: true })).toEqual([
    expect.objectContaining({
      level: "ERROR",
      address: "aws_db_instance.accounting",
      finding: "is in a production stack but does not set deletion_protection = true and skip_final_snapshot = false",
    }),
  ]);
});

describe.each<[string, Record<string, unknown>, string[]]>([
  ["POL-DB-PUBLIC", { publiclyAccessible: true }, ["aws_db_instance.db: has publicly_accessible = true"]],
  ["POL-DB-ENCRYPTED", { storageEncrypted: false }, ["aws_db_instance.db: does not set storage_encrypted = true"]],
  ["POL-DB-ENCRYPTED", { storageEncrypted: undefined }, ["aws_db_instance.db: does not set storage_encrypted = true"]],
  [
    "POL-DB-DELETION-PROTECTION",
    { deletionProtection: false },
    ["aws_db_instance.db: is in a production stack but does not set deletion_protection = true"],
  ],
  [
    "POL-DB-DELETION-PROTECTION",
    { skipFinalSnapshot: undefined, finalSnapshotIdentifier: undefined },
    ["aws_db_instance.db: is in a production stack but does not set skip_final_snapshot = false"],
  ],
])("%s with %j", (rule, attributes, expected) => {
  test("compliant instance: no finding", () => {
    expect(rawRows(rule, {})).toEqual([]);
  });
  test("non-compliant instance: one finding", () => {
    expect(rawRows(rule, attributes)).toEqual(expected);
  });
});

test.each<[string, Record<string, unknown>, string[]]>([
  [
    "skip_final_snapshot = true",
    { skipFinalSnapshot: true },
    ["aws_db_instance.db: is in a production stack but does not set skip_final_snapshot = false"],
  ],
  [
    "neither setting",
    { deletionProtection: undefined, skipFinalSnapshot: true },
    [
      "aws_db_instance.db: is in a production stack but does not set deletion_protection = true and skip_final_snapshot = false",
    ],
  ],
  ["both settings", {}, []],
])("POL-DB-DELETION-PROTECTION in production: %s", (_name, attributes, expected) => {
  expect(rawRows("POL-DB-DELETION-PROTECTION", attributes)).toEqual(expected);
});

test.each<[string, unknown, string[]]>([
  ["true as text", "true", []],
  ["false as text", "false", ["aws_db_instance.db: does not set storage_encrypted = true"]],
  ["another text", "yes", ["aws_db_instance.db: does not set storage_encrypted = true"]],
])("POL-DB-ENCRYPTED: storage_encrypted %s", (_name, value, expected) => {
  expect(rawRows("POL-DB-ENCRYPTED", { storageEncrypted: value })).toEqual(expected);
});

test.each<[string, Record<string, unknown>, string[]]>([
  ["publicly_accessible unset", { publiclyAccessible: undefined }, []],
  ["publicly_accessible = false", { publiclyAccessible: false }, []],
])("POL-DB-PUBLIC: %s", (_name, attributes, expected) => {
  expect(rawRows("POL-DB-PUBLIC", attributes)).toEqual(expected);
});

test("POL-DB-DELETION-PROTECTION does not apply outside production", () => {
  expect(rawRows("POL-DB-DELETION-PROTECTION", { deletionProtection: false }, false)).toEqual([]);
});

describe("POL-SECRET-READ-SCOPE", () => {
  function withPolicy(statement: Record<string, unknown>, props = {}) {
    const { stack } = bareStack();
    rawDb(stack, {});
    const doc = new DataAwsIamPolicyDocument(stack, "doc", { statement: [{ effect: "Allow", ...statement }] });
    doc.overrideLogicalId("doc");
    new IamPolicy(stack, "p", { name: "p", policy: doc.json });
    return evaluateRule(stack, "POL-SECRET-READ-SCOPE", props).map((r) => r.finding);
  }
  const managed = "${aws_db_instance.db.master_user_secret[0].secret_arn}";

  test.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    [
      "GetSecretValue on the managed secret",
      { actions: ["secretsmanager:GetSecretValue"], resources: [managed] },
      {},
      [],
    ],
    [
      "GetSecretValue on the configured external secret",
      { actions: ["secretsmanager:GetSecretValue"], resources: [EXTERNAL] },
      { accountingSecretArns: [EXTERNAL] },
      [],
    ],
    [
      "every secret of the account",
      { actions: ["secretsmanager:GetSecretValue"], resources: ["*"] },
      {},
      ['statement #1 Allows secretsmanager:GetSecretValue on "*", not the accounting database\'s secret'],
    ],
    [
      "an external secret that is not configured",
      { actions: ["secretsmanager:GetSecretValue"], resources: [EXTERNAL] },
      {},
      [`statement #1 Allows secretsmanager:GetSecretValue on "${EXTERNAL}", not the accounting database's secret`],
    ],
    [
      "the secret of a database that is not in the stack",
      {
        actions: ["secretsmanager:GetSecretValue"],
        resources: ["${aws_db_instance.other.master_user_secret[0].secret_arn}"],
      },
      {},
      [
        'statement #1 Allows secretsmanager:GetSecretValue on "${aws_db_instance.other.master_user_secret[0].secret_arn}", not the accounting database\'s secret',
      ],
    ],
    [
      "more than reading",
      { actions: ["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"], resources: [managed] },
      {},
      ["statement #1 Allows secretsmanager:PutSecretValue"],
    ],
    [
      "more than reading, twice, in another case",
      {
        actions: ["SECRETSMANAGER:GETSECRETVALUE", "secretsmanager:PutSecretValue", "secretsmanager:DeleteSecret"],
        resources: [managed],
      },
      {},
      ["statement #1 Allows secretsmanager:PutSecretValue, secretsmanager:DeleteSecret"],
    ],
    [
      "a statement without resources names no secret; its actions are still judged",
      { actions: ["secretsmanager:ListSecrets"] },
      {},
      ["statement #1 Allows secretsmanager:ListSecrets"],
    ],
    [
      "secretsmanager:*",
      { actions: ["secretsmanager:*"], resources: [managed] },
      {},
      ["statement #1 Allows secretsmanager:*"],
    ],
    ["no Secrets Manager action", { actions: ["s3:GetObject"], resources: ["arn:aws:s3:::t-lifecycle/*"] }, {}, []],
    ["a Deny of everything", { effect: "Deny", actions: ["secretsmanager:*"], resources: ["*"] }, {}, []],
    [
      "NotAction (POL-IAM-WILDCARD-ACTION's business)",
      { notActions: ["secretsmanager:GetSecretValue"], resources: ["*"] },
      {},
      [],
    ],
    ['action "*" counts as Secrets Manager', { actions: ["*"], resources: [managed] }, {}, ["statement #1 Allows *"]],
    [
      "the service prefix in another case",
      { actions: ["SecretsManager:GetSecretValue"], resources: ["*"] },
      {},
      ['statement #1 Allows SecretsManager:GetSecretValue on "*", not the accounting database\'s secret'],
    ],
    [
      "NotResource, even of the managed secret",
      { actions: ["secretsmanager:GetSecretValue"], notResources: [managed] },
      {},
      [
        `statement #1 Allows secretsmanager:GetSecretValue NotResource "${managed}", not the accounting database's secret`,
      ],
    ],
    [
      "both findings, only the resources outside named",
      {
        sid: "Read",
        actions: ["secretsmanager:ListSecrets", "secretsmanager:GetSecretValue"],
        resources: [managed, "*"],
      },
      {},
      [
        'statement "Read" Allows secretsmanager:ListSecrets',
        'statement "Read" Allows secretsmanager:ListSecrets, secretsmanager:GetSecretValue on "*", not the accounting database\'s secret',
      ],
    ],
    [
      "text before the managed secret reference",
      { actions: ["secretsmanager:GetSecretValue"], resources: [`x${managed}`] },
      {},
      [`statement #1 Allows secretsmanager:GetSecretValue on "x${managed}", not the accounting database's secret`],
    ],
    [
      "text after the managed secret reference",
      { actions: ["secretsmanager:GetSecretValue"], resources: [`${managed}x`] },
      {},
      [`statement #1 Allows secretsmanager:GetSecretValue on "${managed}x", not the accounting database's secret`],
    ],
    [
      "a secret whose ARN starts with the configured one",
      { actions: ["secretsmanager:GetSecretValue"], resources: [`${EXTERNAL}-other`, `x${EXTERNAL}`] },
      { accountingSecretArns: [EXTERNAL] },
      [
        `statement #1 Allows secretsmanager:GetSecretValue on "${EXTERNAL}-other", "x${EXTERNAL}", not the accounting database's secret`,
      ],
    ],
  ])("%s", (_title, statement, props, expected) => {
    expect(withPolicy(statement, props)).toEqual(expected);
  });
});

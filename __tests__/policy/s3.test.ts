/** S3 and data rules: a compliant and a non-compliant case each. */
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { FsxDataRepositoryAssociation } from "@cdktf/provider-aws/lib/fsx-data-repository-association";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import type { TerraformStack } from "cdktf";
import { LustreStorage } from "../../src/constructs/lustre-storage";
import { bareStack, evaluate, evaluateRule, type RawBucketOptions, rawBucket, tlsJson } from "./support";

/** Rows of `rule` for one raw bucket named `b`. */
function check(rule: string, o: RawBucketOptions, name = "b") {
  const { stack } = bareStack();
  rawBucket(stack, name, o);
  return evaluateRule(stack, rule);
}

describe.each<[string, string, RawBucketOptions, RawBucketOptions, string]>([
  [
    "POL-S3-PUBLIC-ACCESS",
    "block present / missing",
    {},
    { publicAccess: null },
    "has no aws_s3_bucket_public_access_block",
  ],
  [
    "POL-S3-PUBLIC-ACCESS",
    "all four flags (bucket by .id) / two flags off",
    { byId: true },
    { publicAccess: { restrictPublicBuckets: false, ignorePublicAcls: false } },
    "aws_s3_bucket_public_access_block.b_pab does not set ignore_public_acls, restrict_public_buckets to true",
  ],
  [
    "POL-S3-ENCRYPTION",
    "configuration present / missing",
    {},
    { encryption: null },
    "has no aws_s3_bucket_server_side_encryption_configuration",
  ],
  [
    "POL-S3-ENCRYPTION",
    "aws:kms / unknown algorithm",
    { encryption: "aws:kms" },
    { encryption: "ROT13" },
    'with sse_algorithm AES256, aws:kms, aws:kms:dsse (got ["ROT13"])',
  ],
  ["POL-S3-TLS-ONLY", "JSON policy / no policy", {}, { policy: null }, "has no aws_s3_bucket_policy"],
  [
    "POL-S3-TLS-ONLY",
    "boolean false in JSON / SecureTransport true",
    { policy: (b) => tlsJson(b, { Condition: { Bool: { "aws:SecureTransport": false } } }) },
    { policy: (b) => tlsJson(b, { Condition: { Bool: { "aws:SecureTransport": "true" } } }) },
    "no statement of aws_s3_bucket_policy.b_policy denies s3:* when aws:SecureTransport is false",
  ],
  [
    "POL-S3-TLS-ONLY",
    'action "*" for AWS "*" / an Allow',
    { policy: (b) => tlsJson(b, { Action: ["*"], Principal: { AWS: "*" } }) },
    { policy: (b) => tlsJson(b, { Effect: "Allow" }) },
    "denies s3:* when aws:SecureTransport is false",
  ],
  [
    "POL-S3-TLS-ONLY",
    "s3:* / one action only",
    {},
    { policy: (b) => tlsJson(b, { Action: "s3:GetObject" }) },
    "denies s3:*",
  ],
  [
    "POL-S3-TLS-ONLY",
    "every principal / one principal only",
    {},
    { policy: (b) => tlsJson(b, { Principal: { AWS: "arn:aws:iam::123456789012:root" } }) },
    "denies s3:* when aws:SecureTransport is false",
  ],
  [
    "POL-S3-TLS-ONLY",
    "BoolIfExists false / narrowed by aws:SourceVpc",
    { policy: (b) => tlsJson(b, { Condition: { BoolIfExists: { "aws:SecureTransport": "false" } } }) },
    {
      policy: (b) =>
        tlsJson(b, {
          Condition: { Bool: { "aws:SecureTransport": "false" }, StringEquals: { "aws:SourceVpc": "vpc-0abc" } },
        }),
    },
    "no statement of aws_s3_bucket_policy.b_policy denies s3:* when aws:SecureTransport is false",
  ],
  [
    "POL-S3-TLS-ONLY",
    "every resource / NotResource",
    {},
    { policy: (b) => tlsJson(b, { Resource: undefined, NotResource: `${b.arn}/public/*` }) },
    "denies s3:* when aws:SecureTransport is false",
  ],
  [
    "POL-S3-TLS-ONLY",
    "SecureTransport false / false or true in one test",
    {},
    { policy: (b) => tlsJson(b, { Condition: { Bool: { "aws:SecureTransport": ["false", "true"] } } }) },
    "denies s3:* when aws:SecureTransport is false",
  ],
  [
    "POL-S3-TLS-ONLY",
    "literal policy / computed policy",
    {},
    { policy: () => '${file("policy.json")}' },
    "is computed by Terraform and cannot be checked",
  ],
  [
    "POL-S3-OWNERSHIP",
    "BucketOwnerPreferred / no controls",
    { ownership: "BucketOwnerPreferred" },
    { ownership: null },
    "has no aws_s3_bucket_ownership_controls",
  ],
  [
    "POL-S3-OWNERSHIP",
    "BucketOwnerEnforced / ObjectWriter",
    {},
    { ownership: "ObjectWriter" },
    'object_ownership is ["ObjectWriter"]',
  ],
])("%s: %s", (rule, _label, good, bad, expected) => {
  test("compliant", () => {
    expect(check(rule, good)).toEqual([]);
  });
  test("non-compliant", () => {
    expect(check(rule, bad)).toEqual([
      {
        rule,
        resource: "test/b",
        address: "aws_s3_bucket.b",
        level: expect.any(String),
        finding: expect.stringContaining(expected),
        suppressed: null,
      },
    ]);
  });
});

test("levels: public access, encryption and TLS are ERROR; ownership is a WARNING", () => {
  const { stack } = bareStack();
  rawBucket(stack, "b", { publicAccess: null, encryption: null, policy: null, ownership: null });
  expect(evaluate(stack).map((r) => [r.rule, r.level])).toEqual([
    ["POL-S3-PUBLIC-ACCESS", "ERROR"],
    ["POL-S3-ENCRYPTION", "ERROR"],
    ["POL-S3-TLS-ONLY", "ERROR"],
    ["POL-S3-OWNERSHIP", "WARNING"],
  ]);
});

test("companions are matched to their own bucket, not to any bucket", () => {
  const { stack } = bareStack();
  const a = rawBucket(stack, "a");
  rawBucket(stack, "b", { publicAccess: null, policy: null });
  // A second TLS policy on bucket a does not count for b.
  new S3BucketPolicy(stack, "a_policy2", {
    bucket: a.bucket,
    policy: tlsJson(a),
  });
  expect(evaluate(stack).map((r) => [r.rule, r.address])).toEqual([
    ["POL-S3-PUBLIC-ACCESS", "aws_s3_bucket.b"],
    ["POL-S3-TLS-ONLY", "aws_s3_bucket.b"],
  ]);
});

describe("POL-S3-TLS-ONLY through a policy document", () => {
  const withDocument = (condition: { test: string; variable: string; values: string[] }) => {
    const { stack } = bareStack();
    let doc: DataAwsIamPolicyDocument | undefined;
    rawBucket(stack, "b", {
      policy: (b: S3Bucket) => {
        doc = new DataAwsIamPolicyDocument(stack, "tls", {
          statement: [
            {
              effect: "Deny",
              actions: ["s3:*"],
              resources: [b.arn, `${b.arn}/*`],
              principals: [{ type: "*", identifiers: ["*"] }],
              condition: [condition],
            },
          ],
        });
        return doc.json;
      },
    });
    return evaluateRule(stack, "POL-S3-TLS-ONLY");
  };

  test("a Deny on aws:SecureTransport = false passes", () => {
    expect(withDocument({ test: "Bool", variable: "aws:SecureTransport", values: ["false"] })).toEqual([]);
  });

  test("a Deny on another condition fails", () => {
    expect(withDocument({ test: "Bool", variable: "aws:ViaAWSService", values: ["false"] })).toHaveLength(1);
  });

  test("a document merged through source_policy_documents counts", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", {
      policy: (b) => {
        const inner = new DataAwsIamPolicyDocument(stack, "inner", {
          statement: [
            {
              effect: "Deny",
              actions: ["s3:*"],
              resources: [b.arn],
              principals: [{ type: "AWS", identifiers: ["*"] }],
              condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
            },
          ],
        });
        return new DataAwsIamPolicyDocument(stack, "outer", { sourcePolicyDocuments: [inner.json] }).json;
      },
    });
    expect(evaluateRule(stack, "POL-S3-TLS-ONLY")).toEqual([]);
  });

  test.each<[string, string, number]>([
    ["override_json", "override_json", 0],
    ["source_json", "source_json", 0],
    ["an argument that merges nothing", "version", 1],
  ])("the TLS statement as JSON merged through %s", (_name, key, count) => {
    const { stack } = bareStack();
    rawBucket(stack, "b", {
      policy: (b) => {
        const doc = new DataAwsIamPolicyDocument(stack, "outer", {});
        doc.addOverride(key, tlsJson(b));
        return doc.json;
      },
    });
    expect(evaluateRule(stack, "POL-S3-TLS-ONLY")).toHaveLength(count);
  });

  test("documents that merge each other are read once each, without end", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", {
      policy: (b) => {
        const a = new DataAwsIamPolicyDocument(stack, "a", {
          sourcePolicyDocuments: ["${data.aws_iam_policy_document.c.json}"],
        });
        new DataAwsIamPolicyDocument(stack, "c", {
          sourcePolicyDocuments: [a.json, tlsJson(b)],
        });
        return a.json;
      },
    });
    expect(evaluateRule(stack, "POL-S3-TLS-ONLY")).toEqual([]);
  });
});

describe("POL-DATA-FORCE-DESTROY", () => {
  const storage = (stack: TerraformStack, forceDestroy: boolean) =>
    new LustreStorage(stack, "storage", {
      subnetId: "subnet-a",
      securityGroupIds: ["sg-1"],
      dataRepository: { createBucket: "t-data", forceDestroy },
    });

  test.each<[string, boolean, boolean, string[]]>([
    ["no force_destroy passes", false, false, []],
    ["force_destroy with allowForceDestroy passes", true, true, []],
    ["force_destroy without allowForceDestroy fails", true, false, ["ERROR"]],
  ])("%s", (_name, forceDestroy, allowForceDestroy, levels) => {
    const { stack } = bareStack();
    storage(stack, forceDestroy);
    const rows = evaluateRule(stack, "POL-DATA-FORCE-DESTROY", { allowForceDestroy });
    expect(rows.map((r) => r.level)).toEqual(levels);
    if (levels.length)
      expect(rows[0]).toMatchObject({ resource: "test/storage/data/bucket", address: "aws_s3_bucket.data_repository" });
  });

  test("a bucket linked by a data repository association is a data bucket whatever its name", () => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "datasets", { forceDestroy: true });
    new FsxDataRepositoryAssociation(stack, "dra", {
      fileSystemId: "fs-1",
      dataRepositoryPath: `s3://${b.bucket}/prefix`,
      fileSystemPath: "/",
    });
    rawBucket(stack, "scratch", { forceDestroy: true });
    expect(evaluateRule(stack, "POL-DATA-FORCE-DESTROY").map((r) => r.address)).toEqual(["aws_s3_bucket.datasets"]);
  });
});

describe("exact findings of the bucket rules", () => {
  test.each<[string, string, RawBucketOptions, string[]]>([
    [
      "POL-S3-OWNERSHIP",
      "ObjectWriter",
      { ownership: "ObjectWriter" },
      ['object_ownership is ["ObjectWriter"], not BucketOwnerEnforced or BucketOwnerPreferred'],
    ],
    [
      "POL-S3-ENCRYPTION",
      "an unknown algorithm",
      { encryption: "ROT13" },
      ['has no default encryption rule with sse_algorithm AES256, aws:kms, aws:kms:dsse (got ["ROT13"])'],
    ],
    ["POL-S3-ENCRYPTION", "aws:kms:dsse", { encryption: "aws:kms:dsse" }, []],
    ["POL-S3-ENCRYPTION", "an algorithm Terraform computes", { encryption: "${var.sse}" }, []],
  ])("%s: %s", (rule, _name, o, findings) => {
    expect(check(rule, o).map((r) => r.finding)).toEqual(findings);
  });

  test("POL-S3-ENCRYPTION: the deprecated inline block of aws_s3_bucket counts", () => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "b", { encryption: null });
    b.addOverride("server_side_encryption_configuration", {
      rule: { apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms" } },
    });
    expect(evaluateRule(stack, "POL-S3-ENCRYPTION")).toEqual([]);
    b.addOverride(
      "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm",
      "X",
    );
    expect(evaluateRule(stack, "POL-S3-ENCRYPTION").map((r) => r.finding)).toEqual([
      'has no default encryption rule with sse_algorithm AES256, aws:kms, aws:kms:dsse (got ["X"])',
    ]);
  });
});

describe("more exact findings of the bucket rules", () => {
  test("POL-S3-ENCRYPTION: a configuration whose rule sets no algorithm", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", { encryption: null });
    new S3BucketServerSideEncryptionConfigurationA(stack, "b_sse", {
      bucket: "t-b",
      rule: [{ bucketKeyEnabled: true }],
    });
    expect(evaluateRule(stack, "POL-S3-ENCRYPTION").map((r) => r.finding)).toEqual([
      "has no default encryption rule with sse_algorithm AES256, aws:kms, aws:kms:dsse (got [])",
    ]);
  });

  test.each<[string, string | null, string[]]>([
    ["two controls that keep the owner owning", "BucketOwnerPreferred", []],
    [
      "a second control that hands objects to their writers",
      "ObjectWriter",
      ['object_ownership is ["BucketOwnerEnforced","ObjectWriter"], not BucketOwnerEnforced or BucketOwnerPreferred'],
    ],
    ["a lone control without rule", null, ["object_ownership is [], not BucketOwnerEnforced or BucketOwnerPreferred"]],
  ])("POL-S3-OWNERSHIP: %s", (_name, second, findings) => {
    const { stack } = bareStack();
    rawBucket(stack, "b", second === null ? { ownership: null } : {});
    const extra = new S3BucketOwnershipControls(stack, "b_ownership2", {
      bucket: "${aws_s3_bucket.b.bucket}",
      rule: { objectOwnership: second ?? "BucketOwnerEnforced" },
    });
    if (second === null) extra.addOverride("rule", null);
    expect(evaluateRule(stack, "POL-S3-OWNERSHIP").map((r) => r.finding)).toEqual(findings);
  });

  test("POL-S3-TLS-ONLY: a Deny whose principals include every AWS principal denies everyone", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", {
      policy: (b) => tlsJson(b, { Principal: { AWS: "*", Service: "logging.s3.amazonaws.com" } }),
    });
    expect(evaluateRule(stack, "POL-S3-TLS-ONLY")).toEqual([]);
  });
});

describe("POL-S3-PUBLIC-ACCESS and companions, boundaries", () => {
  const rule = "POL-S3-PUBLIC-ACCESS";
  const flags = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
  test("one complete block among incomplete ones is enough; the first block is the one named", () => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "b", { publicAccess: { blockPublicAcls: false } });
    expect(evaluateRule(stack, rule).map((r) => r.finding)).toEqual([
      "aws_s3_bucket_public_access_block.b_pab does not set block_public_acls to true",
    ]);
    new S3BucketPublicAccessBlock(stack, "b_pab2", { bucket: b.bucket, ...flags });
    expect(evaluateRule(stack, rule)).toEqual([]);
  });

  test("flags as text count; a companion naming the bucket's literal name counts; a computed name matches nothing", () => {
    const { stack } = bareStack();
    rawBucket(stack, "b", { publicAccess: null });
    new S3BucketPublicAccessBlock(stack, "lit", {
      bucket: "t-b",
      ...flags,
      blockPublicPolicy: "true" as never,
    });
    const computed = new S3Bucket(stack, "c", { bucket: "${var.name}" });
    computed.overrideLogicalId("c");
    new S3BucketPublicAccessBlock(stack, "c_pab", { bucket: "${var.name}", ...flags });
    expect(evaluateRule(stack, rule).map((r) => [r.address, r.finding])).toEqual([
      ["aws_s3_bucket.c", "has no aws_s3_bucket_public_access_block"],
    ]);
  });
});

describe("POL-DATA-FORCE-DESTROY exactly", () => {
  const rule = "POL-DATA-FORCE-DESTROY";
  test.each<[string, string, string[]]>([
    ["linked by .id, no prefix", "s3://${aws_s3_bucket.datasets.id}", ["aws_s3_bucket.datasets"]],
    ["linked by .bucket with a prefix", "s3://${aws_s3_bucket.datasets.bucket}/a/b", ["aws_s3_bucket.datasets"]],
    ["text after the reference", "s3://${aws_s3_bucket.datasets.bucket}x", []],
    ["text before the URL", "xs3://${aws_s3_bucket.datasets.bucket}", []],
    ["another attribute", "s3://${aws_s3_bucket.datasets.arn}", []],
  ])("an association path %s", (_name, path, addresses) => {
    const { stack } = bareStack();
    rawBucket(stack, "datasets", { forceDestroy: true });
    new FsxDataRepositoryAssociation(stack, "dra", {
      fileSystemId: "fs-1",
      dataRepositoryPath: path,
      fileSystemPath: "/",
    });
    expect(evaluateRule(stack, rule).map((r) => r.address)).toEqual(addresses);
  });

  test("the finding, and force_destroy as text", () => {
    const { stack } = bareStack();
    const b = rawBucket(stack, "data_repository");
    b.addOverride("force_destroy", "true");
    expect(evaluateRule(stack, rule)).toEqual([
      expect.objectContaining({
        level: "ERROR",
        address: "aws_s3_bucket.data_repository",
        finding: "has force_destroy = true, but the configuration does not set fsx.dataRepository.forceDestroy: true",
      }),
    ]);
  });
});

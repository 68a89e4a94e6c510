/** The S3 reader on its own: which companion resources belong to which bucket. */
import { bucketNameOf, companionsOf } from "../../../src/policy/readers/s3";
import type { TfBlock } from "../../../src/policy/terraform-index";
import { indexOf, resource } from "./blocks";

const PAB = "aws_s3_bucket_public_access_block";
const pab = (name: string, bucket: unknown) => resource(PAB, name, { bucket, block_public_acls: true });
const addresses = (blocks: TfBlock[]) => blocks.map((b) => b.address);

describe("companionsOf", () => {
  test("a companion belongs to the bucket it references by .bucket or .id, not by another attribute or another bucket", () => {
    const data = resource("aws_s3_bucket", "data", { bucket: "t-data" });
    const index = indexOf(
      data,
      resource("aws_s3_bucket", "logs", { bucket: "t-logs" }),
      pab("by_bucket", "${aws_s3_bucket.data.bucket}"),
      pab("by_id", "${aws_s3_bucket.data.id}"),
      pab("by_arn", "${aws_s3_bucket.data.arn}"),
      pab("other", "${aws_s3_bucket.logs.id}"),
    );
    expect(addresses(companionsOf(index, data, PAB))).toEqual([`${PAB}.by_bucket`, `${PAB}.by_id`]);
  });

  test("a companion that repeats the bucket's literal name belongs to it; one of another name does not", () => {
    const data = resource("aws_s3_bucket", "data", { bucket: "t-data" });
    const index = indexOf(data, pab("literal", "t-data"), pab("other", "t-logs"));
    expect(addresses(companionsOf(index, data, PAB))).toEqual([`${PAB}.literal`]);
  });

  test("a bucket without a name of its own (bucket_prefix) or with a computed one has only the companions that reference it", () => {
    const prefixed = resource("aws_s3_bucket", "prefixed", { bucket_prefix: "t-" });
    const computed = resource("aws_s3_bucket", "computed", { bucket: "${var.name}" });
    const index = indexOf(
      prefixed,
      computed,
      pab("prefixed", "${aws_s3_bucket.prefixed.id}"),
      pab("other", "${aws_s3_bucket.other.id}"),
      pab("same_expression", "${var.name}"),
    );
    expect(addresses(companionsOf(index, prefixed, PAB))).toEqual([`${PAB}.prefixed`]);
    expect(addresses(companionsOf(index, computed, PAB))).toEqual([]);
  });

  test('a bucket without a name (absent or JSON null) does not take the companions of buckets named "undefined" or "null"', () => {
    const prefixed = resource("aws_s3_bucket", "prefixed", { bucket_prefix: "t-" });
    const unset = resource("aws_s3_bucket", "unset", { bucket: null });
    const index = indexOf(
      prefixed,
      unset,
      resource("aws_s3_bucket", "u", { bucket: "undefined" }),
      resource("aws_s3_bucket", "n", { bucket: "null" }),
      pab("u", "undefined"),
      pab("n", "null"),
    );
    expect(addresses(companionsOf(index, prefixed, PAB))).toEqual([]);
    expect(addresses(companionsOf(index, unset, PAB))).toEqual([]);
  });

  test.each<[string, unknown, unknown]>([
    ["a number name and its text", 123, "123"],
    ["a text name and a number", "123", 123],
    ["a boolean name and its text", true, "true"],
  ])("Terraform converts a name to text: %s are one bucket", (_what, name, ref) => {
    const bucket = resource("aws_s3_bucket", "b", { bucket: name });
    const index = indexOf(bucket, pab("p", ref), pab("other", "t-other"));
    expect(addresses(companionsOf(index, bucket, PAB))).toEqual([`${PAB}.p`]);
  });

  test("only companions of the type asked for", () => {
    const data = resource("aws_s3_bucket", "data", { bucket: "t-data" });
    const policy = resource("aws_s3_bucket_policy", "policy", { bucket: "${aws_s3_bucket.data.id}", policy: "{}" });
    const index = indexOf(data, policy, pab("pab", "${aws_s3_bucket.data.id}"));
    expect(companionsOf(index, data, "aws_s3_bucket_policy")).toEqual([policy]);
  });
});

describe("bucketNameOf", () => {
  const index = () =>
    indexOf(
      resource("aws_s3_bucket", "data", { bucket: "t-data" }),
      resource("aws_s3_bucket", "numbered", { bucket: 42 }),
      resource("aws_s3_bucket", "computed", { bucket: "${var.name}" }),
    );

  test.each<[string, unknown, string | undefined]>([
    ["a reference by .bucket", "${aws_s3_bucket.data.bucket}", "data"],
    ["a reference by .id", "${aws_s3_bucket.data.id}", "data"],
    ["a reference to a bucket the stack does not have", "${aws_s3_bucket.gone.id}", "gone"],
    ["a reference by .arn", "${aws_s3_bucket.data.arn}", undefined],
    ["a bucket's literal name", "t-data", "data"],
    ["a number Terraform converts to a bucket's name", "42", "numbered"],
    ["a name no bucket of the stack has", "t-other", undefined],
    ["an expression, even one a bucket repeats", "${var.name}", undefined],
    ["no value", undefined, undefined],
  ])("%s", (_name, value, name) => {
    expect(bucketNameOf(index(), value)).toBe(name);
  });
});

/**
 * Terraform blocks for the reader tests, written as `cdktf synth` (or a user's
 * raw JSON or escape hatch) puts them into cdk.tf.json: no construct and no
 * cdktf, so these tests load fast.
 */
import type { PolicyContext } from "../../../src/policy/rule";
import { type Json, TerraformIndex, type TfBlock } from "../../../src/policy/terraform-index";

/** A managed resource `<type>.<name>`. */
export function resource(type: string, name: string, body: Json): TfBlock {
  return { kind: "resource", type, name, address: `${type}.${name}`, path: `test/${name}`, body, taggable: true };
}

/** A data source `data.<type>.<name>`. */
export function data(type: string, name: string, body: Json): TfBlock {
  return { kind: "data", type, name, address: `data.${type}.${name}`, path: `test/${name}`, body, taggable: false };
}

/** `data.aws_iam_policy_document.<name>`. */
export function policyDocument(name: string, body: Json): TfBlock {
  return data("aws_iam_policy_document", name, body);
}

/** The index of a stack holding these blocks. */
export function indexOf(...blocks: TfBlock[]): TerraformIndex {
  return new TerraformIndex("test", blocks);
}

/** What a rule sees of a stack holding these blocks, with the pack's settings at their plainest. */
export function contextOf(index: TerraformIndex): PolicyContext {
  return {
    stackPath: "test",
    index,
    securityMode: "efa",
    requiredTags: {},
    allowForceDestroy: false,
    production: false,
    accountingSecretArns: [],
    dataVersioningOptOut: false,
    existingBuckets: [],
    wildcardResourceActions: [],
    suppressions: [],
    ruleIds: [],
  };
}

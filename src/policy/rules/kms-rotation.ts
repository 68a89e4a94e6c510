import { makeFinding, type PolicyRule } from "../rule";
import { isTrue } from "../terraform-index";

/**
 * Every symmetric encryption key the stack creates rotates its key material
 * (Checkov CKV_AWS_7).
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
export const kmsRotation: PolicyRule = {
  id: "POL-KMS-ROTATION",
  level: "ERROR",
  summary: "Every symmetric KMS key (aws_kms_key) has enable_key_rotation = true",
  explanation:
    "Automatic rotation gives the key new material every year (or rotation_period_in_days) while old data stays " +
    "readable; without it one key material protects everything for the key's whole life. Set enable_key_rotation.",
  check: (ctx) =>
    ctx.index
      .resources("aws_kms_key")
      .filter((k) => (k.body.customer_master_key_spec ?? "SYMMETRIC_DEFAULT") === "SYMMETRIC_DEFAULT")
      .filter((k) => !isTrue(k.body.enable_key_rotation))
      .map((k) => makeFinding(kmsRotation, k, "does not rotate (enable_key_rotation is not true)")),
};

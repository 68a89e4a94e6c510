import { makeFinding, type PolicyRule } from "../rule";
import { isTrue, type TerraformIndex, type TfBlock } from "../terraform-index";

/** Terraform name of the data repository bucket. */
export const DATA_BUCKET = "data_repository";

const LINKED = /^s3:\/\/\$\{aws_s3_bucket\.([A-Za-z_][A-Za-z0-9_-]*)\.(?:bucket|id)\}(?:\/.*)?$/;

/** The data bucket and every bucket a data repository association links. */
export function dataBuckets(index: TerraformIndex): TfBlock[] {
  const names = new Set<string>([DATA_BUCKET]);
  for (const a of index.resources("aws_fsx_data_repository_association")) {
    const m = LINKED.exec(String(a.body.data_repository_path));
    if (m) names.add(m[1]);
  }
  return [...names].map((n) => index.get(`aws_s3_bucket.${n}`)).filter((b): b is TfBlock => b !== undefined);
}

/** `force_destroy` on the data bucket only when the configuration asks for it. */
export const dataForceDestroy: PolicyRule = {
  id: "POL-DATA-FORCE-DESTROY",
  level: "ERROR",
  summary:
    "The data repository bucket has no force_destroy unless the configuration sets fsx.dataRepository.forceDestroy",
  explanation:
    "force_destroy lets `terraform destroy` (or a replacement) delete the bucket with every dataset and every result " +
    "exported from the file system. Remove it, or set fsx.dataRepository.forceDestroy: true in the configuration " +
    "for a throw-away environment.",
  check: (ctx) =>
    ctx.allowForceDestroy
      ? []
      : dataBuckets(ctx.index)
          .filter((b) => isTrue(b.body.force_destroy))
          .map((b) =>
            makeFinding(
              dataForceDestroy,
              b,
              "has force_destroy = true, but the configuration does not set fsx.dataRepository.forceDestroy: true",
            ),
          ),
};

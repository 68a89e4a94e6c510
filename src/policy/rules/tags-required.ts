import { makeFinding, type PolicyContext, type PolicyRule } from "../rule";
import { asList, asObject, type TfBlock } from "../terraform-index";

/** Tags as a map, from a map or a `[{key, value}]` list; undefined when Terraform computes them. */
function tagMap(v: unknown): Record<string, string> | undefined {
  if (typeof v === "string") return undefined;
  if (Array.isArray(v)) {
    return Object.fromEntries(
      asList(v)
        .filter((t) => typeof t.key === "string")
        .map((t) => [t.key as string, String(t.value)]),
    );
  }
  return Object.fromEntries(Object.entries(asObject(v)).map(([k, val]) => [k, String(val)]));
}

/** `default_tags` of the aws provider configuration the resource uses. */
function defaultTags(ctx: PolicyContext, block: TfBlock): Record<string, string> {
  if (!block.type.startsWith("aws_")) return {};
  const ref = typeof block.body.provider === "string" ? block.body.provider : "aws";
  const [name, alias = ""] = ref.split(".");
  const provider = ctx.index.providers(name).find((p) => p.name === alias);
  return tagMap(asList(provider?.body.default_tags)[0]?.tags) ?? {};
}

/** Every taggable resource carries the configured tags. */
export const tagsRequired: PolicyRule = {
  id: "POL-TAGS-REQUIRED",
  level: "WARNING",
  summary:
    "Every taggable resource carries the configured tags (aws: provider default_tags or own tags; awscc: own tags list)",
  explanation:
    "Cost allocation, ownership and cleanup go by tags. aws resources get them from the aws provider's " +
    "default_tags (set from the configuration's tags); awscc has no default tags, so awscc resources such as " +
    "awscc_sagemaker_cluster need them in their own tags list. Taggable means the resource class has tags.",
  check: (ctx) => {
    const required = Object.entries(ctx.requiredTags);
    return ctx.index
      .allResources()
      .filter((b) => b.taggable)
      .flatMap((block) => {
        const own = tagMap(block.body.tags);
        const tags = { ...defaultTags(ctx, block), ...own };
        const problems = required.flatMap(([key, value]) =>
          tags[key] === undefined
            ? [`${key} is missing`]
            : tags[key] !== value
              ? [`${key} is ${JSON.stringify(tags[key])}, not ${JSON.stringify(value)}`]
              : [],
        );
        if (problems.length === 0) return [];
        const computed = own === undefined ? " (its tags are computed by Terraform)" : "";
        return [makeFinding(tagsRequired, block, `tag ${problems.join(", ")}${computed}`)];
      });
  },
};

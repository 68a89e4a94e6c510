/**
 * HyperPod (`ml.*`) instance types this app knows, and whether the EC2 type
 * behind each one has EFA.
 *
 * Types: the families of the SageMaker API enum `ClusterInstanceType`, with
 * the sizes that enum lists. Note that it lists no ml.c5n.xlarge (the EC2
 * type exists; HyperPod does not offer it). AWS adds types often, so an
 * unknown type is only a warning (GROUP_INSTANCE_TYPE_UNKNOWN).
 *
 * EFA: p4d, p4de, p5.48xlarge, p5e, p5en, p6-b200, trn1/trn1n.32xlarge,
 * trn2.48xlarge, g5/g6/g6e 8xlarge and larger, c5n.9xlarge/18xlarge and
 * c6i.32xlarge have EFA; t3, m5, c5 and the smaller g5/g6/g6e sizes do not.
 * `undefined` means "not established here": no EFA finding is raised for
 * such a type either way.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterInstanceGroupSpecification.html
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html#efa-instance-types
 */

export interface InstanceTypeInfo {
  /** true: has EFA; false: has none; undefined: not verified. */
  readonly efa: boolean | undefined;
}

type EfaSizes = readonly string[] | "all" | "none" | "unverified";

const GPU_SIZES = ["xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"];
const GPU_EFA_SIZES = ["8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"];
const GEN6_SIZES = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"];
const GEN7_SIZES = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"];

const FAMILIES: readonly (readonly [family: string, sizes: readonly string[], efa: EfaSizes])[] = [
  // CPU, usual controller / login types.
  ["t3", ["medium", "large", "xlarge", "2xlarge"], "none"],
  ["m5", ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"], "none"],
  ["c5", ["large", "xlarge", "2xlarge", "4xlarge", "9xlarge", "12xlarge", "18xlarge", "24xlarge"], "none"],
  ["c5n", ["large", "2xlarge", "4xlarge", "9xlarge", "18xlarge"], ["9xlarge", "18xlarge"]],
  ["c6i", GEN6_SIZES, ["32xlarge"]],
  // m6i/r6i.32xlarge and m7i/r7i.48xlarge are listed as EFA types in the EC2 guide;
  // which of their sizes HyperPod offers with EFA is not established, so left undecided.
  ["m6i", GEN6_SIZES, "unverified"],
  ["r6i", GEN6_SIZES, "unverified"],
  ["m7i", GEN7_SIZES, "unverified"],
  ["r7i", GEN7_SIZES, "unverified"],
  // GPU.
  ["g5", GPU_SIZES, GPU_EFA_SIZES],
  ["g6", GPU_SIZES, GPU_EFA_SIZES],
  ["g6e", GPU_SIZES, GPU_EFA_SIZES],
  ["p4d", ["24xlarge"], "all"],
  ["p4de", ["24xlarge"], "all"],
  ["p5", ["48xlarge"], "all"],
  // ml.p5.4xlarge is in the API enum; its EFA support is not established.
  ["p5", ["4xlarge"], "unverified"],
  ["p5e", ["48xlarge"], "all"],
  ["p5en", ["48xlarge"], "all"],
  ["p6-b200", ["48xlarge"], "all"],
  // Trainium.
  ["trn1", ["32xlarge"], "all"],
  ["trn1n", ["32xlarge"], "all"],
  ["trn2", ["48xlarge"], "all"],
  // ml.trn2.3xlarge is in the API enum; its EFA support is not established.
  ["trn2", ["3xlarge"], "unverified"],
];

function efaOf(size: string, efa: EfaSizes): boolean | undefined {
  if (efa === "all") return true;
  if (efa === "none") return false;
  if (efa === "unverified") return undefined;
  return efa.includes(size);
}

export const INSTANCE_TYPES: ReadonlyMap<string, InstanceTypeInfo> = new Map(
  FAMILIES.flatMap(([family, sizes, efa]) =>
    sizes.map((size) => [`ml.${family}.${size}`, { efa: efaOf(size, efa) }] as const),
  ),
);

export function isKnownInstanceType(type: string): boolean {
  return INSTANCE_TYPES.has(type);
}

/** Whether the type has EFA; undefined for unknown or unverified types. */
export function efaSupport(type: string): boolean | undefined {
  return INSTANCE_TYPES.get(type)?.efa;
}

/**
 * Codes of the change review. They are acknowledged like check codes and
 * policy rules: a `suppressions` entry with the code as `id`, a reason of at
 * least 10 characters and, optionally, the Terraform address as `resource`.
 */
export interface ReviewCode {
  readonly code: string;
  /** `protect`: blocking when the stack is protected; `always`: blocking in every stack; `never`: a warning. */
  readonly blocking: "protect" | "always" | "never";
  readonly summary: string;
}

export const REVIEW_CODES: readonly ReviewCode[] = [
  {
    code: "REV-FILE-SYSTEM-LOSS",
    blocking: "protect",
    summary: "The FSx for Lustre file system is replaced or destroyed (its files are lost)",
  },
  {
    code: "REV-DATA-BUCKET-LOSS",
    blocking: "protect",
    summary: "The data repository bucket is replaced or destroyed (its objects are lost)",
  },
  {
    code: "REV-CLUSTER-LOSS",
    blocking: "protect",
    summary: "The HyperPod cluster is replaced or destroyed (every node terminated, running jobs lost)",
  },
  {
    code: "REV-CANNOT-APPLY",
    blocking: "protect",
    summary: "A change the plan fails on, or that the API is expected to refuse at apply",
  },
  {
    code: "REV-GROUP-POSITION",
    blocking: "always",
    summary: "An instance group is inserted, removed or moved anywhere but at the end of the list",
  },
  {
    code: "REV-GROUP-RENAME",
    blocking: "always",
    summary: "An instance group is renamed",
  },
  {
    code: "REV-NODES-TERMINATED",
    blocking: "never",
    summary: "Nodes are terminated: a group's count goes down or the last group is removed",
  },
  {
    code: "REV-UNCLASSIFIED",
    blocking: "never",
    summary: "An attribute change the impact table has no row for (check the Terraform plan)",
  },
];

export const REVIEW_CODE_IDS: readonly string[] = REVIEW_CODES.map((c) => c.code);

/** Whether `id` is a code of the change review (not a check code or policy rule). */
export function isReviewCode(id: string): boolean {
  return REVIEW_CODE_IDS.includes(id);
}

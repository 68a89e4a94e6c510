/**
 * Instance groups of `awscc_sagemaker_cluster`, matched by name.
 *
 * awscc plans `instance_groups` by list position (JSON Patch on
 * `/InstanceGroups/<index>`), while HyperPod knows a group by its name, and
 * the name, type, role and threads of a group are fixed at creation. So a
 * group appended at the end is fine, but one inserted, removed or moved
 * anywhere else, or renamed, shifts create-only fields between positions and
 * the apply is expected to fail or change the wrong group.
 *
 * @see https://github.com/hashicorp/terraform-provider-awscc/issues/3110
 * @see https://github.com/hashicorp/terraform-provider-awscc/issues/3025
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateCluster.html
 */
import { classifyAttribute } from "../aws/change-impact";
import type { AttributeChange, TfJson } from "./model";
import { canonical, show, showPair } from "./refs";

const TYPE = "awscc_sagemaker_cluster";
const FIELDS_UNORDERED = new Set(["on_start_deep_health_checks", "instance_storage_configs"]);

export interface GroupFinding {
  readonly code: "REV-GROUP-POSITION" | "REV-GROUP-RENAME" | "REV-NODES-TERMINATED" | "REV-CANNOT-APPLY";
  readonly message: string;
  readonly howTo?: string;
}

export interface GroupDiff {
  readonly attributes: AttributeChange[];
  readonly findings: GroupFinding[];
}

const nameOf = (g: TfJson) => String(g?.instance_group_name ?? "");
const list = (names: string[]) => `[${names.join(", ")}]`;

const SAFE_ORDER =
  "Keep the existing groups in their order and add new groups only at the end. To retire a group that is not " +
  "last, first set its count to 0 (or move its work away) and leave it in place; remove groups only from the end.";
const SAFE_RENAME =
  "Add a group with the new name at the end of the list, move the work to it, then remove the old group (when it is last) in a later change.";

/**
 * Compares the groups of one cluster. `affected(value)` names what a value
 * references that is itself replaced (e.g. the execution role), so that an
 * unchanged `${aws_iam_role.hyperpod.arn}` still counts as a change.
 */
export function diffGroups(
  before: readonly TfJson[],
  after: readonly TfJson[],
  affected: (value: unknown) => string | undefined,
): GroupDiff {
  const attributes: AttributeChange[] = [];
  const findings: GroupFinding[] = [];
  const oldNames = before.map(nameOf);
  const newNames = after.map(nameOf);

  // Positions both lists have: a different name at the same index is a rename or a shift.
  const renamed: string[] = [];
  const shifted: string[] = [];
  for (let i = 0; i < Math.min(before.length, after.length); i++) {
    if (oldNames[i] === newNames[i]) continue;
    if (!newNames.includes(oldNames[i]) && !oldNames.includes(newNames[i]))
      renamed.push(`${oldNames[i]} → ${newNames[i]}`);
    else shifted.push(`position ${i}: ${oldNames[i]} → ${newNames[i]}`);
  }
  for (const r of renamed) {
    findings.push({
      code: "REV-GROUP-RENAME",
      message: `instance group renamed (${r}): the name is fixed at creation, and the plan patches the group at that position`,
      howTo: SAFE_RENAME,
    });
  }
  if (shifted.length > 0) {
    findings.push({
      code: "REV-GROUP-POSITION",
      message:
        `instance groups ${list(oldNames)} → ${list(newNames)}: a group is inserted, removed or moved before the end, so ` +
        `awscc patches other groups' create-only fields by position (${shifted.join("; ")})`,
      howTo: SAFE_ORDER,
    });
  }
  if (renamed.length > 0 || shifted.length > 0) {
    attributes.push({
      path: "instance_groups",
      old: show(list(oldNames)),
      new: show(list(newNames)),
      class: "not-allowed",
      rowId: `${TYPE}.instance_groups[].instance_group_name`,
      dataLoss: false,
      consequence:
        "Groups are planned by list position: the apply is expected to fail on create-only fields, or to change the wrong group.",
    });
  }

  // Groups by name: added, removed, changed.
  for (let i = 0; i < after.length; i++) {
    const g = after[i];
    const name = nameOf(g);
    const prior = before.find((b) => nameOf(b) === name);
    if (!prior) {
      attributes.push({
        path: `instance_groups[${name}]`,
        new: show(`${g.instance_type} × ${g.instance_count ?? 1}`),
        class: "in-place",
        dataLoss: false,
        consequence: `HyperPod adds group ${name} with ${g.instance_count ?? 1} node(s); they run the lifecycle scripts as they start.`,
      });
      continue;
    }
    for (const field of new Set([...Object.keys(prior), ...Object.keys(g)])) {
      const o = prior[field];
      const n = g[field];
      const differs = canonical(o, FIELDS_UNORDERED.has(field)) !== canonical(n, FIELDS_UNORDERED.has(field));
      const via = differs ? undefined : affected(n);
      if (!differs && !via) continue;
      const r = classifyAttribute(TYPE, `instance_groups[].${field}`, { old: o, new: n, before: prior, after: g });
      const [shownOld, shownNew] = showPair(o, n);
      attributes.push({
        path: `instance_groups[${name}].${field}`,
        old: shownOld,
        new: shownNew,
        class: r?.class ?? "in-place",
        rowId: r?.id,
        dataLoss: r?.dataLoss ?? false,
        consequence: r?.consequence ?? "Not in the impact table: check the Terraform plan.",
        via,
      });
      if (r?.class === "not-allowed") {
        findings.push({
          code: "REV-CANNOT-APPLY",
          message: `instance group ${name}: ${field} ${show(o, 40)} → ${show(n, 40)}${via ? ` (via ${via})` : ""} is fixed at creation`,
          howTo: SAFE_RENAME.replace("with the new name", `with the new ${field.replace(/_/g, " ")}`),
        });
      }
      if (r?.dataLoss && field === "instance_count") {
        findings.push({
          code: "REV-NODES-TERMINATED",
          message: `instance group ${name}: count ${o} → ${n} terminates ${Number(o) - Number(n)} node(s)`,
        });
      }
    }
  }
  for (let i = 0; i < before.length; i++) {
    const g = before[i];
    const name = nameOf(g);
    if (newNames.includes(name)) continue;
    attributes.push({
      path: `instance_groups[${name}]`,
      old: show(`${g.instance_type} × ${g.instance_count ?? 1}`),
      class: "in-place",
      dataLoss: true,
      consequence: `HyperPod removes group ${name} and terminates its node(s); whether Cloud Control sends it as InstanceGroupsToDelete is unverified.`,
    });
    if (i >= after.length) {
      findings.push({
        code: "REV-NODES-TERMINATED",
        message: `instance group ${name} is removed from the end: its ${g.instance_count ?? 1} node(s) are terminated`,
      });
    }
  }
  return { attributes, findings };
}

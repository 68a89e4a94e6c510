/**
 * Terraform state and what clusters of one file must not share.
 *
 * File checks see every cluster; their findings carry the full path
 * (clusters.<name>.…) and are reported on the later cluster of a pair,
 * naming the earlier one. They cannot be suppressed (load.ts applies
 * suppressions per cluster only).
 *
 * Local state paths: equal paths (after normalizing) count as shared. A
 * relative path is taken as relative to one folder for all stacks (the safe
 * side: if the stack code hands it to Terraform unchanged, each stack would
 * resolve it in its own folder and they would not collide).
 */
import { normalize } from "node:path";
import { type Check, type CheckCode, error, type FileCheck, type Finding, show, warning } from "../findings";
import type { ResolvedCluster } from "../resolve";

export const CODES: CheckCode[] = [
  {
    code: "STATE_NO_LOCK",
    level: "WARNING",
    summary: "s3 backend with useLockfile false and no dynamodbTable: the state is not locked",
  },
  {
    code: "STATE_SHARED",
    level: "ERROR",
    summary: "Two clusters use the same state (s3 bucket and key, local path, or cloud workspace/tags)",
  },
  { code: "CLUSTER_NAME_CONFLICT", level: "ERROR", summary: "Two clusters in one region have the same clusterName" },
  {
    code: "NAME_PREFIX_CONFLICT",
    level: "ERROR",
    summary: "Two clusters in one region have the same namePrefix (bucket, role and security group names collide)",
  },
  {
    code: "NAME_PREFIX_GLOBAL",
    level: "WARNING",
    summary: "Two clusters in different regions have the same namePrefix (IAM and S3 names collide in one account)",
  },
];

export const stateLocking: Check = (c) =>
  c.backend.type === "s3" && !c.backend.useLockfile && c.backend.dynamodbTable === undefined
    ? [
        warning(
          "STATE_NO_LOCK",
          "backend.useLockfile",
          "is false and no dynamodbTable is set: nothing locks the state against two runs at once",
        ),
      ]
    : [];

/**
 * Where a cluster's state lives, as a comparable key and a readable description; undefined when unique by
 * construction. The key is the kind of backend and the JSON of the parts that decide the location, so no part can
 * run into the next.
 */
export function stateLocation(c: ResolvedCluster): { key: string; text: string } | undefined {
  const b = c.backend;
  switch (b.type) {
    case "s3":
      return { key: `s3 ${JSON.stringify([b.bucket, b.key])}`, text: `s3://${b.bucket}/${b.key}` };
    case "local":
      // Without a path cdktf uses terraform.<stack>.tfstate: one per stack.
      return b.path === undefined
        ? undefined
        : { key: `local ${JSON.stringify(normalize(b.path))}`, text: `local file ${b.path}` };
    case "cloud": {
      const host = b.hostname ?? "app.terraform.io";
      if (b.workspaceTags) {
        const tags = [...new Set(b.workspaceTags)].sort();
        const project = b.project === undefined ? "" : ` in project ${b.project}`;
        return {
          key: `tags ${JSON.stringify([host, b.organization, b.project, tags])}`,
          text: `the workspaces of ${b.organization} tagged ${tags.join(", ")}${project}`,
        };
      }
      // resolveCluster names the workspace whenever no workspaceTags are given.
      return {
        key: `workspace ${JSON.stringify([host, b.organization, b.workspace])}`,
        text: `workspace ${b.organization}/${b.workspace}`,
      };
    }
  }
}

const clusterLabel = (c: ResolvedCluster) => (c.pathPrefix ? c.pathPrefix.slice(0, -1) : c.stackName);

/** For each cluster, the first earlier cluster with the same key, if any. */
function pairs<K>(
  clusters: readonly ResolvedCluster[],
  key: (c: ResolvedCluster) => K | undefined,
  same: (a: K, b: K) => boolean,
): { earlier: ResolvedCluster; later: ResolvedCluster; key: K }[] {
  return clusters.flatMap((later, j) => {
    const k = key(later);
    if (k === undefined) return [];
    const earlier = clusters.slice(0, j).find((o) => {
      const ok = key(o);
      return ok !== undefined && same(ok, k);
    });
    return earlier ? [{ earlier, later, key: k }] : [];
  });
}

export const sharedState: FileCheck = (clusters) =>
  pairs(clusters, stateLocation, (a, b) => a.key === b.key).map(({ earlier, later, key }) =>
    error(
      "STATE_SHARED",
      `${later.pathPrefix}backend`,
      `must not use the state of ${clusterLabel(earlier)}, got ${key.text} for both`,
    ),
  );

export const clusterNameConflicts: FileCheck = (clusters) =>
  pairs(
    clusters,
    (c) => c,
    (a, b) => a.region === b.region && a.clusterName === b.clusterName,
  ).map(({ earlier, later }) =>
    error(
      "CLUSTER_NAME_CONFLICT",
      `${later.pathPrefix}clusterName`,
      `must differ from the clusterName of ${clusterLabel(earlier)} in the same region ${later.region}, got ${show(later.clusterName)} for both`,
    ),
  );

export const namePrefixConflicts: FileCheck = (clusters) =>
  pairs(
    clusters,
    (c) => c,
    (a, b) => a.region === b.region && a.namePrefix === b.namePrefix,
  ).map(({ earlier, later }) =>
    error(
      "NAME_PREFIX_CONFLICT",
      `${later.pathPrefix}namePrefix`,
      `must differ from the namePrefix of ${clusterLabel(earlier)} in the same region ${later.region} (bucket, role and security group names would collide), got ${show(later.namePrefix)} for both`,
    ),
  );

/** IAM names are global to an account and bucket names to the partition; the regions differ, the accounts may not. */
export const namePrefixAcrossRegions: FileCheck = (clusters) => {
  const sameRegion = new Set(namePrefixConflicts(clusters).map((f: Finding) => f.path));
  // A later cluster with an earlier one of the same prefix in its region is NAME_PREFIX_CONFLICT's; for any
  // other, every earlier cluster of the same prefix is in another region.
  return pairs(
    clusters,
    (c) => c,
    (a, b) => a.namePrefix === b.namePrefix,
  )
    .filter(({ later }) => !sameRegion.has(`${later.pathPrefix}namePrefix`))
    .map(({ earlier, later }) =>
      warning(
        "NAME_PREFIX_GLOBAL",
        `${later.pathPrefix}namePrefix`,
        `should differ from the namePrefix of ${clusterLabel(earlier)} (in ${earlier.region}) unless the two use different AWS accounts (IAM role and policy names and S3 bucket names would collide), got ${show(later.namePrefix)} for both`,
      ),
    );
};

export const CHECKS: Check[] = [stateLocking];
export const FILE_CHECKS: FileCheck[] = [
  sharedState,
  clusterNameConflicts,
  namePrefixConflicts,
  namePrefixAcrossRegions,
];

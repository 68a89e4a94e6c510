import { makeFinding, type PolicyRule } from "../rule";
import { asStrings } from "../terraform-index";

/** AWS managed policies too broad for the nodes' role. */
export const BROAD_MANAGED_POLICIES = [
  "AdministratorAccess",
  "PowerUserAccess",
  "IAMFullAccess",
  "AmazonS3FullAccess",
  "AmazonS3ReadOnlyAccess",
];

const MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([A-Za-z0-9+=,.@_-]+)$/;

/** No attachment of account-wide AWS managed policies. */
export const iamManagedPolicy: PolicyRule = {
  id: "POL-IAM-MANAGED-POLICY",
  level: "ERROR",
  summary: `No attachment of the broad AWS managed policies (${BROAD_MANAGED_POLICIES.join(", ")})`,
  explanation:
    "These policies reach every bucket (AmazonS3ReadOnlyAccess reads all data of the account) or everything. " +
    "Attach a policy scoped to the project's buckets instead (ExecutionRole does).",
  check: (ctx) =>
    ctx.index.allResources().flatMap((block) =>
      [...asStrings(block.body.policy_arn), ...asStrings(block.body.managed_policy_arns)].flatMap((arn) => {
        const m = MANAGED.exec(arn);
        return m && BROAD_MANAGED_POLICIES.includes(m[1])
          ? [makeFinding(iamManagedPolicy, block, `attaches ${arn}`)]
          : [];
      }),
    ),
};

/** Mermaid diagrams: valid for mermaid's own parser, grouped by construct, arrows for references and depends_on. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { architectureDoc } from "../../src/review/cli";
import { stackDiagram } from "../../src/review/diagram";
import { parseMermaid } from "../support/mermaid";
import { ROOT, synthConfig } from "../support/synth";

const defaults = synthConfig().stacks.hyperpod;
const plain = stackDiagram(defaults);
const coloured = stackDiagram(
  defaults,
  new Map([
    ["aws_fsx_lustre_file_system.this", "replace"],
    ["awscc_sagemaker_cluster.this", "cannot-apply"],
    ["aws_s3_object.hello_from_s3", "update"],
  ]),
);
const multi = synthConfig({ clusters: { a: {}, b: { namePrefix: "b", securityMode: "lustre-ports" } } }).stacks;

test("mermaid's parser accepts the diagrams (plain, coloured, every stack), and rejects a broken one", () => {
  const results = parseMermaid([plain, coloured, stackDiagram(multi.a), stackDiagram(multi.b), `${plain}  n_x -->\n`]);
  expect(results.slice(0, 4)).toEqual(Array(4).fill({ ok: true, type: "flowchart-v2" }));
  expect(results[4]).toEqual(expect.objectContaining({ ok: false }));
}, 60_000);

test("resources are grouped by the construct that holds them", () => {
  expect(plain).toMatch(
    /subgraph n_g_storage\["storage"\]\n {4}n_aws_fsx_data_repository_association_this\["aws_fsx_data_repository_association.this"\]\n {4}n_aws_fsx_lustre_file_system_this/,
  );
  expect(plain).toMatch(
    /subgraph n_g_network\["network"\]\n {4}n_aws_vpc_endpoint_s3\["aws_vpc_endpoint.s3"\]\n {4}n_module_vpc\["module.vpc"\]\n {2}end/,
  );
});

test("references are solid arrows (also through data sources and module outputs); depends_on is dotted", () => {
  expect(plain).toContain("n_aws_fsx_lustre_file_system_this --> n_aws_security_group_lustre");
  expect(plain).toContain("n_aws_fsx_lustre_file_system_this --> n_module_vpc");
  // the S3 policy document (a data source) names both buckets
  expect(plain).toContain("n_aws_iam_policy_hyperpod_s3 --> n_aws_s3_bucket_data_repository");
  expect(plain).toContain(
    "n_awscc_sagemaker_cluster_this -.-> n_aws_s3_object_life_cycle_scripts_provisioning_parameters",
  );
  expect(plain).not.toMatch(/data_aws/);
});

test("changed resources are coloured by their class", () => {
  expect(coloured).toContain("class n_aws_fsx_lustre_file_system_this replace");
  expect(coloured).toContain("class n_awscc_sagemaker_cluster_this cannot_apply");
  expect(coloured).toMatch(/classDef replace fill:#fde0e0/);
  expect(plain).not.toContain("classDef");
});

test("docs/architecture.md holds the default stack's current diagram (run `npm run diagram` when this fails)", () => {
  const doc = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");
  expect(architectureDoc(doc, plain)).toBe(doc);
  expect(parseMermaid([doc.split("```mermaid\n")[1].split("```")[0]])).toEqual([{ ok: true, type: "flowchart-v2" }]);
});

test("architectureDoc replaces only the block between the markers", () => {
  const doc = architectureDoc(undefined, "flowchart LR\n  a --> b\n");
  const edited = doc.replace("# Architecture", "# Architecture\n\nHand-written intro.");
  const updated = architectureDoc(edited, "flowchart LR\n  a --> c\n");
  expect(updated).toContain("Hand-written intro.");
  expect(updated).toContain("a --> c");
  expect(updated).not.toContain("a --> b");
});

import { TerraformStack, Testing } from "cdktf";
import { configureBackend, localStatePath } from "../src/backend";
import type { BackendSettings } from "../src/config/schema";

function terraformBlock(settings: BackendSettings, stackId = "dev") {
  const app = Testing.app();
  const stack = new TerraformStack(app, stackId);
  configureBackend(stack, settings);
  return JSON.parse(Testing.synth(stack)).terraform;
}

describe("configureBackend", () => {
  test("local: the state file sits in the project folder", () => {
    expect(terraformBlock({ type: "local" }).backend).toEqual({ local: { path: "../../../terraform.dev.tfstate" } });
    expect(terraformBlock({ type: "local", path: "state/dev.tfstate" }).backend.local.path).toBe(
      "../../../state/dev.tfstate",
    );
    expect(terraformBlock({ type: "local", path: "/var/tf/dev.tfstate" }).backend.local.path).toBe(
      "/var/tf/dev.tfstate",
    );
  });

  test("s3: encrypted, with S3-native locking added by an override", () => {
    expect(
      terraformBlock({
        type: "s3",
        bucket: "tf-state",
        key: "hyperpod/dev/terraform.tfstate",
        region: "eu-west-1",
        encrypt: true,
        useLockfile: true,
      }).backend,
    ).toEqual({
      s3: {
        bucket: "tf-state",
        key: "hyperpod/dev/terraform.tfstate",
        region: "eu-west-1",
        encrypt: true,
        use_lockfile: true,
      },
    });
  });

  test("s3: without the lockfile but with a DynamoDB table", () => {
    const s3 = terraformBlock({
      type: "s3",
      bucket: "b",
      key: "k",
      region: "r",
      encrypt: true,
      useLockfile: false,
      dynamodbTable: "locks",
    }).backend.s3;
    expect(s3.use_lockfile).toBeUndefined();
    expect(s3.dynamodb_table).toBe("locks");
  });

  test("cloud: a named workspace, with a hostname", () => {
    expect(
      terraformBlock({ type: "cloud", organization: "acme", workspace: "hyperpod-dev", hostname: "tfe.acme.example" })
        .cloud,
    ).toEqual({ organization: "acme", hostname: "tfe.acme.example", workspaces: { name: "hyperpod-dev" } });
  });

  test("cloud: workspaces by tags", () => {
    expect(terraformBlock({ type: "cloud", organization: "acme", workspaceTags: ["hyperpod", "dev"] }).cloud).toEqual({
      organization: "acme",
      workspaces: { tags: ["hyperpod", "dev"] },
    });
  });

  test("localStatePath keeps absolute paths", () => {
    expect(localStatePath("x", "/abs/x.tfstate")).toBe("/abs/x.tfstate");
    expect(localStatePath("x")).toBe("../../../terraform.x.tfstate");
  });
});

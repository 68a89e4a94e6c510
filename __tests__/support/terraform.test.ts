import { requireTerraform } from "./terraform";

test("without terraform the validate tests fail and say what to install", () => {
  process.env.HYPERPOD_TERRAFORM = "/nonexistent/terraform";
  try {
    expect(() => requireTerraform()).toThrow(
      "/nonexistent/terraform is not installed or not on PATH: install Terraform >= 1.10 (the tests run `terraform validate`)",
    );
  } finally {
    delete process.env.HYPERPOD_TERRAFORM;
  }
});

test("without the aws provider in the mirror they say where to put it", () => {
  jest.isolateModules(() => {
    process.env.HYPERPOD_TF_PLUGIN_DIR = "/nonexistent/mirror";
    try {
      const isolated = require("./terraform");
      expect(() => isolated.requireTerraform()).toThrow(
        "the hashicorp/aws 5.100.0 provider is not in /nonexistent/mirror/registry.terraform.io/hashicorp/aws/5.100.0",
      );
    } finally {
      delete process.env.HYPERPOD_TF_PLUGIN_DIR;
    }
  });
});

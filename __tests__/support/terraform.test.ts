import { cliConfig, DEFAULT_MIRROR, providerSource, requireTerraform } from "./terraform";

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

describe("where terraform init gets the aws provider", () => {
  const mirrorHolds = (path: string) => path === "/opt/tf-plugins/registry.terraform.io/hashicorp/aws/5.100.0";

  test("a mirror named by HYPERPOD_TF_PLUGIN_DIR wins, and serves as the plugin cache", () => {
    expect(providerSource({ HYPERPOD_TF_PLUGIN_DIR: "/srv/mirror" }, mirrorHolds)).toEqual({
      mirror: "/srv/mirror",
      cache: "/srv/mirror",
    });
  });

  test("else the machine's mirror, when it holds the provider", () => {
    expect(providerSource({}, mirrorHolds)).toEqual({ mirror: DEFAULT_MIRROR, cache: DEFAULT_MIRROR });
  });

  test("else the registry, through a plugin cache so the provider is fetched once", () => {
    expect(providerSource({ TF_PLUGIN_CACHE_DIR: "/var/cache/tf" }, () => false)).toEqual({ cache: "/var/cache/tf" });
    expect(providerSource({}, () => false).cache).toMatch(/\.terraform\.d\/plugin-cache$/);
  });

  test("the CLI configuration uses the mirror only for the aws provider, and no mirror without one", () => {
    const withMirror = cliConfig({ mirror: "/m", cache: "/m" });
    expect(withMirror).toContain(
      'filesystem_mirror {\n    path = "/m"\n    include = ["registry.terraform.io/hashicorp/aws"]',
    );
    expect(withMirror).toContain('direct {\n    exclude = ["registry.terraform.io/hashicorp/aws"]');
    const registry = cliConfig({ cache: "/c" });
    expect(registry).toBe('plugin_cache_dir = "/c"\nplugin_cache_may_break_dependency_lock_file = true\n');
  });
});

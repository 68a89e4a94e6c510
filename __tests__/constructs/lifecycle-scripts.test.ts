import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";
import { TerraformOutput, Testing } from "cdktf";
import { LifecycleScripts, type LifecycleScriptsProps } from "../../src/constructs/lifecycle-scripts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "scripts-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const synth = (props: Partial<LifecycleScriptsProps>) =>
  Testing.synthScope(
    (scope) =>
      void new LifecycleScripts(scope, "lc", {
        bucketName: "scripts-bucket",
        scriptsDir: folder({ "on_create.sh": "#!/bin/bash\n" }),
        provisioningParameters: { version: "1.0.0", worker_groups: [] },
        ...props,
      }),
  );

describe("LifecycleScripts", () => {
  test("a versioned private bucket, the folder under config/ with a hash, and the parameters", () => {
    const json = synth({});
    expect(json).toHaveResourceWithProperties(S3BucketVersioningA, { versioning_configuration: { status: "Enabled" } });
    const objects = JSON.parse(json).resource.aws_s3_object;
    expect(objects.life_cycle_scripts.key).toBe("config/${each.value}");
    expect(objects.life_cycle_scripts.source_hash).toMatch(/^\$\{filemd5\("assets\/.+\/\$\{each.value\}"\)\}$/);
    expect(json).toHaveResourceWithProperties(S3Object, {
      key: "config/provisioning_parameters.json",
      content: '${jsonencode({"version" = "1.0.0", "worker_groups" = []})}',
    });
  });

  test("the bucket: its Terraform address, ACLs off, and the options given; the folder is enumerated whole", () => {
    const json = Testing.synthScope((scope) => {
      const lc = new LifecycleScripts(scope, "lc", {
        bucketName: "scripts-bucket",
        scriptsDir: folder({ "on_create.sh": "#!/bin/bash\n" }),
        provisioningParameters: {},
        bucket: { abortIncompleteMultipartUploadDays: 3, accessLogs: { targetBucket: "logs", targetPrefix: "s3/" } },
      });
      new TerraformOutput(scope, "source_s3_uri", { value: lc.sourceS3Uri });
    });
    const res = JSON.parse(json).resource;
    expect(res.aws_s3_bucket).toEqual({ life_cycle_scripts: { bucket: "scripts-bucket" } });
    expect(res.aws_s3_bucket_ownership_controls.life_cycle_scripts.rule).toEqual({
      object_ownership: "BucketOwnerEnforced",
    });
    expect(
      res.aws_s3_bucket_lifecycle_configuration.life_cycle_scripts.rule[0].abort_incomplete_multipart_upload,
    ).toEqual([{ days_after_initiation: 3 }]);
    expect(res.aws_s3_bucket_logging.life_cycle_scripts).toMatchObject({ target_bucket: "logs", target_prefix: "s3/" });
    expect(JSON.parse(json).output.source_s3_uri.value).toBe("s3://${aws_s3_bucket.life_cycle_scripts.id}/config/");
    expect(res.aws_s3_object.life_cycle_scripts.for_each).toMatch(/^\$\{toset\(fileset\("assets\/.+", "\*\*"\)\)\}$/);
    expect(res.aws_s3_object.life_cycle_scripts.bucket).toBe("${aws_s3_bucket.life_cycle_scripts.bucket}");
  });

  test("another prefix moves every key", () => {
    const objects = JSON.parse(synth({ prefix: "scripts/v2/" })).resource.aws_s3_object;
    expect(objects.life_cycle_scripts.key).toBe("scripts/v2/${each.value}");
    expect(objects.life_cycle_scripts_provisioning_parameters.key).toBe("scripts/v2/provisioning_parameters.json");
  });

  test.each([
    [
      "a missing folder",
      { scriptsDir: "/nonexistent/scripts" },
      "LifecycleScripts: scriptsDir /nonexistent/scripts is not a folder",
    ],
    [
      "a folder without the entry script",
      { scriptsDir: folder({ "other.sh": "" }), onCreate: "on_create.sh" },
      "the entry script on_create.sh is not in",
    ],
    [
      "a folder with its own provisioning_parameters.json",
      { scriptsDir: folder({ "on_create.sh": "", "provisioning_parameters.json": "{}" }) },
      "must not hold provisioning_parameters.json; the stack writes it from the configuration",
    ],
  ])("rejects %s", (_name, props, message) => {
    expect(() => synth(props)).toThrow(message);
  });
});

import { err, findingsWith, type Row, warn } from "./helpers";

describe("ACCESS_LOGS_*", () => {
  test.each<Row>([
    ["off (default)", {}, []],
    ["on, created target", { buckets: { accessLogs: { enabled: true } } }, []],
    ["on, given target", { buckets: { accessLogs: { enabled: true, targetBucket: "acme-s3-logs" } } }, []],
    [
      "a given target with dots (an existing bucket may have them)",
      { buckets: { accessLogs: { enabled: true, targetBucket: "logs.acme.example.com" } } },
      [],
    ],
    [
      "an invalid target name",
      { buckets: { accessLogs: { enabled: true, targetBucket: "-Acme_Logs" } } },
      [
        err(
          "ACCESS_LOGS_TARGET_NAME",
          "buckets.accessLogs.targetBucket",
          'must be a valid S3 bucket name, got "-Acme_Logs", which has characters other than lowercase letters, digits, hyphens and dots, does not start with a letter or digit',
        ),
      ],
    ],
    [
      "the stack's own data bucket as target",
      { buckets: { accessLogs: { enabled: true, targetBucket: "hyprpd-lustre-hyperpod-data-111122223333" } } },
      [
        err(
          "ACCESS_LOGS_SELF",
          "buckets.accessLogs.targetBucket",
          'must be a bucket other than the ones this stack creates (a bucket must not log into itself), got "hyprpd-lustre-hyperpod-data-111122223333"',
        ),
      ],
    ],
    [
      "the stack's own lifecycle bucket as target while off: only ignored",
      { buckets: { accessLogs: { targetBucket: "hyprpd-lustre-hyperpod-lifecycle-111122223333" } } },
      [
        warn(
          "ACCESS_LOGS_IGNORED",
          "buckets.accessLogs.targetBucket",
          'is ignored while buckets.accessLogs.enabled is false, got "hyprpd-lustre-hyperpod-lifecycle-111122223333"',
        ),
      ],
    ],
    [
      "a target while off",
      { buckets: { accessLogs: { targetBucket: "acme-s3-logs" } } },
      [
        warn(
          "ACCESS_LOGS_IGNORED",
          "buckets.accessLogs.targetBucket",
          'is ignored while buckets.accessLogs.enabled is false, got "acme-s3-logs"',
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "ACCESS_LOGS_TARGET_NAME", "ACCESS_LOGS_SELF", "ACCESS_LOGS_IGNORED")).toEqual(
      expected,
    );
  });
});

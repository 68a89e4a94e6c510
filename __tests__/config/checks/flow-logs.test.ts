import { err, findingsWith, type Row, resolved, warn } from "./helpers";

const existing = {
  existingVpc: {
    vpcId: "vpc-0123456789abcdef0",
    privateSubnetIds: ["subnet-0123456789abcdef0"],
    routeTableIds: ["rtb-0123456789abcdef0"],
  },
};

test("flow logs default to production", () => {
  expect(resolved({}).network.flowLogs.enabled).toBe(false);
  expect(resolved({ production: true }).network.flowLogs.enabled).toBe(true);
  expect(resolved({ production: true, network: { flowLogs: { enabled: false } } }).network.flowLogs.enabled).toBe(
    false,
  );
});

describe("FLOW_LOGS_OFF_PRODUCTION", () => {
  test.each<Row>([
    ["production, default (on)", { production: true }, []],
    ["not production, off", {}, []],
    ["production with an existing VPC (not applicable)", { production: true, network: existing }, []],
    [
      "production with an existing VPC, turned off",
      { production: true, network: { ...existing, flowLogs: { enabled: false } } },
      [],
    ],
    [
      "production, turned off",
      { production: true, network: { flowLogs: { enabled: false } } },
      [
        warn(
          "FLOW_LOGS_OFF_PRODUCTION",
          "network.flowLogs.enabled",
          "should be true in production (a record of who talked to the nodes is what an incident review needs first), got false",
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "FLOW_LOGS_OFF_PRODUCTION")).toEqual(expected);
  });
});

describe("FLOW_LOGS_EXISTING_VPC", () => {
  test.each<Row>([
    ["existing VPC, production default", { production: true, network: existing }, []],
    ["created VPC, turned on", { network: { flowLogs: { enabled: true } } }, []],
    [
      "existing VPC, turned on",
      { network: { ...existing, flowLogs: { enabled: true } } },
      [
        warn(
          "FLOW_LOGS_EXISTING_VPC",
          "network.flowLogs.enabled",
          "is ignored with network.existingVpc (flow logs belong to the VPC and are its owner's to configure), got true",
        ),
      ],
    ],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "FLOW_LOGS_EXISTING_VPC")).toEqual(expected);
  });
});

describe("FLOW_LOGS_S3_BUCKET and FLOW_LOGS_RETENTION", () => {
  const on = (f: Record<string, unknown>) => ({ network: { flowLogs: { enabled: true, ...f } } });
  test.each<Row>([
    ["CloudWatch Logs, a year", on({}), []],
    ["s3 with a bucket ARN", on({ destination: "s3", s3BucketArn: "arn:aws:s3:::acme-flow-logs" }), []],
    [
      "s3 with a GovCloud bucket ARN and a folder",
      on({ destination: "s3", s3BucketArn: "arn:aws-us-gov:s3:::acme-flow-logs/vpc/hyperpod/" }),
      [],
    ],
    [
      "s3 with a bucket ARN, retention not applicable",
      on({ destination: "s3", s3BucketArn: "arn:aws:s3:::acme-flow-logs", retentionDays: 100 }),
      [],
    ],
    [
      "s3 without a bucket while flow logs are off",
      { network: { flowLogs: { enabled: false, destination: "s3" } } },
      [],
    ],
    [
      "s3 without a bucket on an existing VPC (not applied)",
      { network: { ...existing, flowLogs: { enabled: true, destination: "s3" } } },
      [],
    ],
    ...["xarn:aws:s3:::acme-flow-logs", "arn:aws:s3:::acme-flow-logs:x", "acme-flow-logs"].map(
      (arn): Row => [
        `s3 with ${arn}`,
        on({ destination: "s3", s3BucketArn: arn }),
        [
          err(
            "FLOW_LOGS_S3_BUCKET",
            "network.flowLogs.s3BucketArn",
            `must be the ARN of an existing bucket (arn:aws:s3:::<bucket>) with destination s3, got "${arn}"`,
          ),
        ],
      ],
    ),
    [
      "s3 without a bucket",
      on({ destination: "s3" }),
      [
        err(
          "FLOW_LOGS_S3_BUCKET",
          "network.flowLogs.s3BucketArn",
          "must be the ARN of an existing bucket (arn:aws:s3:::<bucket>) with destination s3, got nothing",
        ),
      ],
    ],
    [
      "a bucket ARN with CloudWatch Logs",
      on({ s3BucketArn: "arn:aws:s3:::acme-flow-logs" }),
      [
        err(
          "FLOW_LOGS_S3_BUCKET",
          "network.flowLogs.s3BucketArn",
          'only applies with destination s3 (destination is cloud-watch-logs), got "arn:aws:s3:::acme-flow-logs"',
        ),
      ],
    ],
    [
      "a retention CloudWatch Logs does not take",
      on({ retentionDays: 100 }),
      [
        err(
          "FLOW_LOGS_RETENTION",
          "network.flowLogs.retentionDays",
          "must be 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days, got 100",
        ),
      ],
    ],
    ["retention off while flow logs are off", { network: { flowLogs: { retentionDays: 100 } } }, []],
  ])("%s", (_t, settings, expected) => {
    expect(findingsWith(settings, "FLOW_LOGS_S3_BUCKET", "FLOW_LOGS_RETENTION")).toEqual(expected);
  });
});

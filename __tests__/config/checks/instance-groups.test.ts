import { controller, err, findingsWith, groups, login, type Row, warn, worker } from "./helpers";

describe("GROUP_CONTROLLER", () => {
  test.each<Row>([
    ["default: one controller", {}, []],
    ["controller, login and workers", groups(login("login"), worker("w1"), worker("w2")), []],
    [
      "no controller",
      { instanceGroups: [worker("w1")] },
      [err("GROUP_CONTROLLER", "instanceGroups", "must hold exactly one controller group, got none")],
    ],
    [
      "no groups at all",
      { instanceGroups: [] },
      [err("GROUP_CONTROLLER", "instanceGroups", "must hold exactly one controller group, got none")],
    ],
    [
      "two controllers",
      { instanceGroups: [controller(), worker("w"), controller({ name: "head-2" })] },
      [
        err(
          "GROUP_CONTROLLER",
          "instanceGroups",
          "must hold exactly one controller group, got 2 (instanceGroups[0], instanceGroups[2])",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_CONTROLLER")).toEqual(expected);
  });
});

describe("GROUP_CONTROLLER_COUNT", () => {
  test.each<Row>([
    ["count 1 (default)", {}, []],
    [
      "count 0",
      { instanceGroups: [controller({ count: 0 })] },
      [err("GROUP_CONTROLLER_COUNT", "instanceGroups[0].count", "must be 1 for the controller group, got 0")],
    ],
    [
      "count 2",
      { instanceGroups: [controller({ count: 2 })] },
      [err("GROUP_CONTROLLER_COUNT", "instanceGroups[0].count", "must be 1 for the controller group, got 2")],
    ],
    [
      "worker and login counts are GROUP_COUNT's",
      groups(worker("w", "ml.c5.xlarge", { count: 2 }), login("l", "ml.m5.xlarge", { count: 0 })),
      [],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_CONTROLLER_COUNT")).toEqual(expected);
  });
});

describe("GROUP_LOGIN", () => {
  test.each<Row>([
    ["no login group", {}, []],
    ["one login group", groups(login("login")), []],
    [
      "two login groups",
      groups(login("login-a"), worker("w"), login("login-b")),
      [
        err(
          "GROUP_LOGIN",
          "instanceGroups",
          "must hold at most one login group, got 2 (instanceGroups[1], instanceGroups[3])",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_LOGIN")).toEqual(expected);
  });
});

describe("GROUP_COUNT", () => {
  test.each<Row>([
    ["worker count 0 (scale later)", groups(worker("w", "ml.c5.xlarge", { count: 0 })), []],
    ["login count 0", groups(login("l", "ml.m5.xlarge", { count: 0 })), []],
    ["worker count 6758", groups(worker("w", "ml.c5.xlarge", { count: 6758 })), []],
    ["controller counts are GROUP_CONTROLLER_COUNT's", { instanceGroups: [controller({ count: 9000 })] }, []],
    [
      "worker count 6759",
      groups(worker("w", "ml.c5.xlarge", { count: 6759 })),
      [err("GROUP_COUNT", "instanceGroups[1].count", "must be 0-6758, got 6759")],
    ],
    [
      "login count -1",
      groups(login("l", "ml.m5.xlarge", { count: -1 })),
      [err("GROUP_COUNT", "instanceGroups[1].count", "must be 0-6758, got -1")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_COUNT")).toEqual(expected);
  });
});

describe("GROUP_INSTANCE_TYPE", () => {
  test.each<Row>([
    ["ml.* type", groups(worker("w", "ml.p5.48xlarge")), []],
    ["unknown ml.* type is only GROUP_INSTANCE_TYPE_UNKNOWN", groups(worker("w", "ml.x9.huge")), []],
    [
      "EC2 name of a known type",
      groups(worker("w", "p5.48xlarge")),
      [
        err(
          "GROUP_INSTANCE_TYPE",
          "instanceGroups[1].instanceType",
          'must be a SageMaker ml.* instance type, got "p5.48xlarge" (did you mean "ml.p5.48xlarge"?)',
        ),
      ],
    ],
    [
      "no hint for an unknown one",
      groups(worker("w", "x9.huge")),
      [
        err(
          "GROUP_INSTANCE_TYPE",
          "instanceGroups[1].instanceType",
          'must be a SageMaker ml.* instance type, got "x9.huge"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_INSTANCE_TYPE")).toEqual(expected);
  });
});

describe("GROUP_INSTANCE_TYPE_UNKNOWN", () => {
  test.each<Row>([
    ["default ml.t3.medium", {}, []],
    ["ml.g6e.48xlarge", groups(worker("w", "ml.g6e.48xlarge")), []],
    ["ml.trn2.48xlarge", groups(worker("w", "ml.trn2.48xlarge")), []],
    ["not ml.* is GROUP_INSTANCE_TYPE's", groups(worker("w", "c5.xlarge")), []],
    [
      "a typo",
      groups(worker("w", "ml.p5.48xlarg")),
      [
        warn(
          "GROUP_INSTANCE_TYPE_UNKNOWN",
          "instanceGroups[1].instanceType",
          'is not a HyperPod instance type this app knows, got "ml.p5.48xlarg"; check the spelling',
        ),
      ],
    ],
    [
      "ml.c5n.xlarge (EC2 has it, the HyperPod enum does not)",
      groups(worker("w", "ml.c5n.xlarge")),
      [
        warn(
          "GROUP_INSTANCE_TYPE_UNKNOWN",
          "instanceGroups[1].instanceType",
          'is not a HyperPod instance type this app knows, got "ml.c5n.xlarge"; check the spelling',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_INSTANCE_TYPE_UNKNOWN")).toEqual(expected);
  });
});

describe("GROUP_THREADS_PER_CORE", () => {
  test.each<Row>([
    ["not set", {}, []],
    ["1", groups(worker("w", "ml.c5.xlarge", { threadsPerCore: 1 })), []],
    ["2", groups(worker("w", "ml.c5.xlarge", { threadsPerCore: 2 })), []],
    [
      "0",
      groups(worker("w", "ml.c5.xlarge", { threadsPerCore: 0 })),
      [err("GROUP_THREADS_PER_CORE", "instanceGroups[1].threadsPerCore", "must be 1 or 2, got 0")],
    ],
    [
      "4",
      { instanceGroups: [controller({ threadsPerCore: 4 })] },
      [err("GROUP_THREADS_PER_CORE", "instanceGroups[0].threadsPerCore", "must be 1 or 2, got 4")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_THREADS_PER_CORE")).toEqual(expected);
  });
});

describe("GROUP_EBS_VOLUME", () => {
  test.each<Row>([
    ["not set", {}, []],
    ["1 GiB", groups(worker("w", "ml.c5.xlarge", { ebsVolumeSizeGb: 1 })), []],
    ["16384 GiB", groups(worker("w", "ml.c5.xlarge", { ebsVolumeSizeGb: 16384 })), []],
    [
      "0",
      groups(worker("w", "ml.c5.xlarge", { ebsVolumeSizeGb: 0 })),
      [err("GROUP_EBS_VOLUME", "instanceGroups[1].ebsVolumeSizeGb", "must be 1-16384 GiB, got 0")],
    ],
    [
      "16385",
      groups(worker("w", "ml.c5.xlarge", { ebsVolumeSizeGb: 16385 })),
      [err("GROUP_EBS_VOLUME", "instanceGroups[1].ebsVolumeSizeGb", "must be 1-16384 GiB, got 16385")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_EBS_VOLUME")).toEqual(expected);
  });
});

describe("GROUP_HEALTH_CHECKS", () => {
  test.each<Row>([
    [
      "both checks once",
      groups(worker("w", "ml.p5.48xlarge", { deepHealthChecks: ["InstanceStress", "InstanceConnectivity"] })),
      [],
    ],
    ["empty list", groups(worker("w", "ml.p5.48xlarge", { deepHealthChecks: [] })), []],
    [
      "one check twice",
      groups(
        worker("w", "ml.p5.48xlarge", {
          deepHealthChecks: ["InstanceStress", "InstanceConnectivity", "InstanceStress"],
        }),
      ),
      [
        err(
          "GROUP_HEALTH_CHECKS",
          "instanceGroups[1].deepHealthChecks[2]",
          'must be unique, got "InstanceStress" again (also deepHealthChecks[0])',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_HEALTH_CHECKS")).toEqual(expected);
  });
});

describe("GROUPS_MANY / GROUPS_TOO_MANY", () => {
  const workers = (n: number) => groups(...Array.from({ length: n }, (_, i) => worker(`w${i}`)));
  test.each<Row>([
    ["20 groups", workers(19), []],
    [
      "21 groups",
      workers(20),
      [
        warn(
          "GROUPS_MANY",
          "instanceGroups",
          "should hold at most 20 groups (the documented HyperPod limit; the API allows 100), got 21",
        ),
      ],
    ],
    [
      "100 groups",
      workers(99),
      [
        warn(
          "GROUPS_MANY",
          "instanceGroups",
          "should hold at most 20 groups (the documented HyperPod limit; the API allows 100), got 100",
        ),
      ],
    ],
    [
      "101 groups",
      workers(100),
      [err("GROUPS_TOO_MANY", "instanceGroups", "must hold at most 100 groups (the API limit), got 101")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUPS_MANY", "GROUPS_TOO_MANY")).toEqual(expected);
  });
});

describe("GROUP_PARTITION", () => {
  test.each<Row>([
    ["default: the group name", groups(worker("gpu")), []],
    ["dots and underscores", groups(worker("gpu", "ml.c5.xlarge", { partition: "gpu_v1.2" })), []],
    [
      "two groups in one partition",
      groups(worker("a", "ml.c5.xlarge", { partition: "p" }), worker("b", "ml.c5.xlarge", { partition: "p" })),
      [],
    ],
    [
      "space",
      groups(worker("gpu", "ml.c5.xlarge", { partition: "gpu nodes" })),
      [
        err(
          "GROUP_PARTITION",
          "instanceGroups[1].partition",
          'must be letters, digits, dots, underscores or hyphens (a Slurm partition name), got "gpu nodes"',
        ),
      ],
    ],
    [
      "a bad name on a login group or the controller is only ignored",
      {
        instanceGroups: [
          controller({ partition: "head nodes" }),
          login("login", "ml.m5.xlarge", { partition: "log in" }),
        ],
      },
      [],
    ],
    [
      "comma (a partition list in Slurm)",
      groups(worker("gpu", "ml.c5.xlarge", { partition: "a,b" })),
      [
        err(
          "GROUP_PARTITION",
          "instanceGroups[1].partition",
          'must be letters, digits, dots, underscores or hyphens (a Slurm partition name), got "a,b"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_PARTITION")).toEqual(expected);
  });
});

describe("GROUP_PARTITION_IGNORED", () => {
  test.each<Row>([
    ["on a worker", groups(worker("gpu", "ml.c5.xlarge", { partition: "gpu" })), []],
    [
      "on the controller",
      { instanceGroups: [controller({ partition: "head" })] },
      [
        warn(
          "GROUP_PARTITION_IGNORED",
          "instanceGroups[0].partition",
          'is only used for worker groups and is ignored for a controller group, got "head"',
        ),
      ],
    ],
    [
      "on a login group",
      groups(login("login", "ml.m5.xlarge", { partition: "x" })),
      [
        warn(
          "GROUP_PARTITION_IGNORED",
          "instanceGroups[1].partition",
          'is only used for worker groups and is ignored for a login group, got "x"',
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "GROUP_PARTITION_IGNORED")).toEqual(expected);
  });
});

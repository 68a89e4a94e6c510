import { findingsWith, groups, login, type Row, warn, worker } from "./helpers";

describe("EFA_WORKER_TYPE", () => {
  test.each<Row>([
    ["no workers (default)", {}, []],
    ["EFA workers", groups(worker("gpu", "ml.p5.48xlarge"), worker("trn", "ml.trn1.32xlarge")), []],
    ["a non-EFA login node is fine", groups(login("login", "ml.m5.xlarge"), worker("gpu", "ml.g5.48xlarge")), []],
    [
      "unknown or unverified types raise nothing",
      groups(worker("a", "ml.x9.huge"), worker("b", "ml.m7i.48xlarge")),
      [],
    ],
    ["lustre-ports mode is EFA_LUSTRE_PORTS' concern", { securityMode: "lustre-ports", ...groups(worker("cpu")) }, []],
    [
      "one CPU worker",
      groups(worker("cpu", "ml.c5.xlarge")),
      [
        warn(
          "EFA_WORKER_TYPE",
          "securityMode",
          "is efa, but worker instanceGroups[1] (ml.c5.xlarge) has no EFA and will use TCP only",
        ),
      ],
    ],
    [
      "small g5 next to an EFA one",
      groups(worker("big", "ml.g5.48xlarge"), worker("small", "ml.g5.4xlarge"), worker("cpu", "ml.m5.large")),
      [
        warn(
          "EFA_WORKER_TYPE",
          "securityMode",
          "is efa, but worker instanceGroups[2] (ml.g5.4xlarge) and instanceGroups[3] (ml.m5.large) have no EFA and will use TCP only",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "EFA_WORKER_TYPE")).toEqual(expected);
  });
});

describe("EFA_FSX_CLIENT", () => {
  const efaFs = { fsx: { efaEnabled: true, storageCapacity: 19200 } };
  test.each<Row>([
    ["not an EFA file system", groups(worker("cpu")), []],
    ["EFA workers", { ...efaFs, ...groups(worker("gpu", "ml.p4d.24xlarge")) }, []],
    [
      "two CPU workers",
      { ...efaFs, ...groups(worker("a", "ml.t3.xlarge"), worker("b", "ml.m5.large")) },
      [
        warn(
          "EFA_FSX_CLIENT",
          "fsx.efaEnabled",
          "is true, but worker instanceGroups[1] (ml.t3.xlarge) and instanceGroups[2] (ml.m5.large) have no EFA and will mount the file system over TCP",
        ),
      ],
    ],
    [
      "CPU worker",
      { ...efaFs, ...groups(worker("gpu", "ml.p5en.48xlarge"), worker("cpu", "ml.t3.xlarge")) },
      [
        warn(
          "EFA_FSX_CLIENT",
          "fsx.efaEnabled",
          "is true, but worker instanceGroups[2] (ml.t3.xlarge) has no EFA and will mount the file system over TCP",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "EFA_FSX_CLIENT")).toEqual(expected);
  });
});

describe("EFA_LUSTRE_PORTS", () => {
  const ports = (...more: Record<string, unknown>[]) => ({ securityMode: "lustre-ports", ...groups(...more) });
  test.each<Row>([
    ["CPU workers", ports(worker("cpu", "ml.c5.xlarge")), []],
    ["efa mode", groups(worker("gpu", "ml.p5.48xlarge")), []],
    [
      "one EFA worker",
      ports(worker("gpu", "ml.p5.48xlarge"), worker("cpu", "ml.c5.xlarge")),
      [
        warn(
          "EFA_LUSTRE_PORTS",
          "securityMode",
          "is lustre-ports, but worker instanceGroups[1] (ml.p5.48xlarge) has EFA; EFA traffic between nodes needs securityMode efa",
        ),
      ],
    ],
    [
      "EFA workers",
      ports(worker("gpu", "ml.p5.48xlarge"), worker("net", "ml.c5n.18xlarge")),
      [
        warn(
          "EFA_LUSTRE_PORTS",
          "securityMode",
          "is lustre-ports, but worker instanceGroups[1] (ml.p5.48xlarge) and instanceGroups[2] (ml.c5n.18xlarge) have EFA; EFA traffic between nodes needs securityMode efa",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "EFA_LUSTRE_PORTS")).toEqual(expected);
  });
});

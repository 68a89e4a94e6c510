import { err, findingsWith, type Row, warn } from "./helpers";

const users = (...list: Record<string, unknown>[]) => ({ lifecycle: { users: list } });
const NAME_RULE =
  "must be a Linux user name (a lowercase letter or _, then lowercase letters, digits, _ or -; at most 32 characters)";

describe("USER_NAME", () => {
  test.each<Row>([
    ["no users", {}, []],
    ["plain names", users({ name: "alice", uid: 2001 }, { name: "_svc-1", uid: 2002 }), []],
    ["32 characters", users({ name: "a".repeat(32), uid: 2001 }), []],
    [
      "upper case",
      users({ name: "Alice", uid: 2001 }),
      [err("USER_NAME", "lifecycle.users[0].name", `${NAME_RULE}, got "Alice"`)],
    ],
    [
      "a space inside",
      users({ name: "alice smith", uid: 2001 }),
      [err("USER_NAME", "lifecycle.users[0].name", `${NAME_RULE}, got "alice smith"`)],
    ],
    [
      "leading digit",
      users({ name: "1alice", uid: 2001 }),
      [err("USER_NAME", "lifecycle.users[0].name", `${NAME_RULE}, got "1alice"`)],
    ],
    [
      "33 characters",
      users({ name: "a".repeat(33), uid: 2001 }),
      [err("USER_NAME", "lifecycle.users[0].name", `${NAME_RULE}, got "${"a".repeat(33)}"`)],
    ],
    [
      "defaultUser too",
      { lifecycle: { defaultUser: "Ubuntu" } },
      [err("USER_NAME", "lifecycle.defaultUser", `${NAME_RULE}, got "Ubuntu"`)],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "USER_NAME")).toEqual(expected);
  });
});

describe("USER_NAME_DUPLICATE", () => {
  test.each<Row>([
    ["distinct", users({ name: "alice", uid: 2001 }, { name: "bob", uid: 2002 }), []],
    [
      "same name twice",
      users({ name: "alice", uid: 2001 }, { name: "bob", uid: 2002 }, { name: "alice", uid: 2003 }),
      [err("USER_NAME_DUPLICATE", "lifecycle.users[2].name", 'must be unique, got "alice", also lifecycle.users[0]')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "USER_NAME_DUPLICATE")).toEqual(expected);
  });
});

describe("USER_ID_DUPLICATE", () => {
  test.each<Row>([
    ["distinct uids", users({ name: "alice", uid: 2001 }, { name: "bob", uid: 2002 }), []],
    ["shared gid is fine", users({ name: "alice", uid: 2001, gid: 3000 }, { name: "bob", uid: 2002, gid: 3000 }), []],
    [
      "same uid twice",
      users({ name: "alice", uid: 2001 }, { name: "bob", uid: 2001 }),
      [
        err(
          "USER_ID_DUPLICATE",
          "lifecycle.users[1].uid",
          "must be unique, got 2001, also the uid of lifecycle.users[0]",
        ),
      ],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "USER_ID_DUPLICATE")).toEqual(expected);
  });
});

describe("USER_ID_INVALID", () => {
  test.each<Row>([
    ["regular ids", users({ name: "alice", uid: 2001, gid: 2001 }), []],
    ["low but valid id is USER_ID_RANGE's", users({ name: "alice", uid: 500 }), []],
    ["the smallest id, 1", users({ name: "alice", uid: 2001, gid: 1 }), []],
    ["the largest id, 4294967294", users({ name: "alice", uid: 4294967294 }), []],
    [
      "uid 0 (root)",
      users({ name: "alice", uid: 0 }),
      [err("USER_ID_INVALID", "lifecycle.users[0].uid", "must be 1-4294967294 (0 is root), got 0")],
    ],
    [
      "negative gid",
      users({ name: "alice", uid: 2001, gid: -1 }),
      [err("USER_ID_INVALID", "lifecycle.users[0].gid", "must be 1-4294967294 (0 is root), got -1")],
    ],
    [
      "uid above 32 bits",
      users({ name: "alice", uid: 4294967295 }),
      [err("USER_ID_INVALID", "lifecycle.users[0].uid", "must be 1-4294967294 (0 is root), got 4294967295")],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "USER_ID_INVALID")).toEqual(expected);
  });
});

describe("USER_ID_RANGE", () => {
  const range = (path: string, id: number) =>
    warn(
      "USER_ID_RANGE",
      path,
      `should be 1000-60000 (regular user ids; lower ones belong to system accounts), got ${id}`,
    );
  test.each<Row>([
    ["1000", users({ name: "alice", uid: 1000 }), []],
    ["60000", users({ name: "alice", uid: 60000, gid: 60000 }), []],
    ["invalid ids are USER_ID_INVALID's", users({ name: "alice", uid: 0, gid: 4294967295 }), []],
    ["4294967294", users({ name: "alice", uid: 4294967294 }), [range("lifecycle.users[0].uid", 4294967294)]],
    ["999", users({ name: "alice", uid: 999 }), [range("lifecycle.users[0].uid", 999)]],
    ["1", users({ name: "alice", uid: 1 }), [range("lifecycle.users[0].uid", 1)]],
    ["gid 60001", users({ name: "alice", uid: 2001, gid: 60001 }), [range("lifecycle.users[0].gid", 60001)]],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "USER_ID_RANGE")).toEqual(expected);
  });
});

describe("USER_SHELL", () => {
  test.each<Row>([
    ["not set", users({ name: "alice", uid: 2001 }), []],
    ["/bin/bash", users({ name: "alice", uid: 2001, shell: "/bin/bash" }), []],
    [
      "bare name",
      users({ name: "alice", uid: 2001, shell: "bash" }),
      [err("USER_SHELL", "lifecycle.users[0].shell", 'must be an absolute path like /bin/bash, got "bash"')],
    ],
    ...["bin/bash", "./bash", "/bin/bash -l"].map(
      (shell): Row => [
        shell,
        users({ name: "alice", uid: 2001, shell }),
        [err("USER_SHELL", "lifecycle.users[0].shell", `must be an absolute path like /bin/bash, got "${shell}"`)],
      ],
    ),
    [
      "empty",
      users({ name: "alice", uid: 2001, shell: "" }),
      [err("USER_SHELL", "lifecycle.users[0].shell", 'must be an absolute path like /bin/bash, got ""')],
    ],
  ])("%s", (_title, settings, expected) => {
    expect(findingsWith(settings, "USER_SHELL")).toEqual(expected);
  });
});

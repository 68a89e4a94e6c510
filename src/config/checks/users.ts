/**
 * lifecycle.users (extra users created on every node with fixed ids) and
 * lifecycle.defaultUser.
 *
 * Choices: ids outside 1000-60000 (Ubuntu's UID_MIN..UID_MAX for regular
 * users) only warn, since Linux accepts them; 0 (root), negative ids and ids
 * above 4294967294 are errors.
 */
import { type Check, type CheckCode, duplicates, error, type Finding, show, warning } from "../findings";

export const CODES: CheckCode[] = [
  {
    code: "USER_NAME",
    level: "ERROR",
    summary: "User name is not a Linux user name (lowercase letter or _ first, at most 32 characters)",
  },
  { code: "USER_NAME_DUPLICATE", level: "ERROR", summary: "Two lifecycle.users share a name" },
  { code: "USER_ID_DUPLICATE", level: "ERROR", summary: "Two lifecycle.users share a uid" },
  { code: "USER_ID_INVALID", level: "ERROR", summary: "uid or gid is 0 (root), negative or above 4294967294" },
  {
    code: "USER_ID_RANGE",
    level: "WARNING",
    summary: "uid or gid outside 1000-60000 (the regular user range on Ubuntu)",
  },
  { code: "USER_SHELL", level: "ERROR", summary: "User shell is not an absolute path" },
];

const USER_NAME_PATTERN = /^[a-z_][a-z0-9_-]*$/;
export const MIN_USER_ID = 1000;
export const MAX_USER_ID = 60000;
const MAX_LINUX_ID = 4294967294;

function nameFinding(path: string, name: string): Finding[] {
  return USER_NAME_PATTERN.test(name) && name.length <= 32
    ? []
    : [
        error(
          "USER_NAME",
          path,
          `must be a Linux user name (a lowercase letter or _, then lowercase letters, digits, _ or -; at most 32 characters), got ${show(name)}`,
        ),
      ];
}

export const userNames: Check = (c) => [
  ...nameFinding("lifecycle.defaultUser", c.lifecycle.defaultUser),
  ...c.lifecycle.users.flatMap((u, i) => nameFinding(`lifecycle.users[${i}].name`, u.name)),
];

export const userNameDuplicates: Check = (c) =>
  duplicates(c.lifecycle.users, (u) => u.name).map(({ index, first }) =>
    error(
      "USER_NAME_DUPLICATE",
      `lifecycle.users[${index}].name`,
      `must be unique, got ${show(c.lifecycle.users[index].name)}, also lifecycle.users[${first}]`,
    ),
  );

export const userIdDuplicates: Check = (c) =>
  duplicates(c.lifecycle.users, (u) => u.uid).map(({ index, first }) =>
    error(
      "USER_ID_DUPLICATE",
      `lifecycle.users[${index}].uid`,
      `must be unique, got ${c.lifecycle.users[index].uid}, also the uid of lifecycle.users[${first}]`,
    ),
  );

function ids(c: Parameters<Check>[0]): { path: string; id: number }[] {
  return c.lifecycle.users.flatMap((u, i) => [
    { path: `lifecycle.users[${i}].uid`, id: u.uid },
    ...(u.gid === undefined ? [] : [{ path: `lifecycle.users[${i}].gid`, id: u.gid }]),
  ]);
}

/** An id Linux can give a user other than root. */
const validId = (id: number) => id >= 1 && id <= MAX_LINUX_ID;

export const userIdsValid: Check = (c) =>
  ids(c).flatMap(({ path, id }) =>
    validId(id) ? [] : [error("USER_ID_INVALID", path, `must be 1-${MAX_LINUX_ID} (0 is root), got ${id}`)],
  );

/** Valid ids outside the regular range (invalid ones are USER_ID_INVALID's). */
export const userIdsRange: Check = (c) =>
  ids(c).flatMap(({ path, id }) =>
    validId(id) && (id < MIN_USER_ID || id > MAX_USER_ID)
      ? [
          warning(
            "USER_ID_RANGE",
            path,
            `should be ${MIN_USER_ID}-${MAX_USER_ID} (regular user ids; lower ones belong to system accounts), got ${id}`,
          ),
        ]
      : [],
  );

export const userShells: Check = (c) =>
  c.lifecycle.users.flatMap((u, i) =>
    u.shell === undefined || /^\/\S+$/.test(u.shell)
      ? []
      : [
          error(
            "USER_SHELL",
            `lifecycle.users[${i}].shell`,
            `must be an absolute path like /bin/bash, got ${show(u.shell)}`,
          ),
        ],
  );

export const CHECKS: Check[] = [
  userNames,
  userNameDuplicates,
  userIdDuplicates,
  userIdsValid,
  userIdsRange,
  userShells,
];

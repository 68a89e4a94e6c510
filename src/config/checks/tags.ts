/**
 * Tags on every taggable resource. AWS limits (EC2, S3, IAM, FSx, SageMaker
 * alike): keys 1-128 characters, values at most 256, the aws: prefix is
 * reserved in any case, at most 50 tags per resource.
 */
import { type Check, type CheckCode, error, keyPath, show } from "../findings";

export const CODES: CheckCode[] = [
  { code: "TAG_KEY", level: "ERROR", summary: "Tag key is not 1-128 characters" },
  { code: "TAG_VALUE", level: "ERROR", summary: "Tag value is over 256 characters" },
  { code: "TAG_RESERVED", level: "ERROR", summary: "Tag key starts with the reserved aws: prefix" },
  {
    code: "TAG_COUNT",
    level: "ERROR",
    summary: "More than 49 tags besides Name (AWS allows 50 per resource; resources also get a Name tag)",
  },
];

/** AWS allows 50 tags per resource; the stack adds a Name tag to several resources. */
export const MAX_TAGS = 50;

export const tagKeys: Check = (c) =>
  Object.keys(c.tags).flatMap((key) =>
    key.length >= 1 && key.length <= 128
      ? []
      : [error("TAG_KEY", keyPath("tags", key), `must be 1-128 characters long, got ${key.length}`)],
  );

export const tagValues: Check = (c) =>
  Object.entries(c.tags).flatMap(([key, value]) =>
    value.length <= 256
      ? []
      : [error("TAG_VALUE", keyPath("tags", key), `must be at most 256 characters long, got ${value.length}`)],
  );

export const reservedTags: Check = (c) =>
  Object.keys(c.tags).flatMap((key) =>
    key.toLowerCase().startsWith("aws:")
      ? [error("TAG_RESERVED", keyPath("tags", key), `must not start with aws: (reserved for AWS), got ${show(key)}`)]
      : [],
  );

export const tagCount: Check = (c) => {
  const others = Object.keys(c.tags).filter((k) => k !== "Name").length;
  return others <= MAX_TAGS - 1
    ? []
    : [
        error(
          "TAG_COUNT",
          "tags",
          `must hold at most ${MAX_TAGS - 1} tags besides Name (AWS allows ${MAX_TAGS} per resource and the stack adds Name), got ${others}`,
        ),
      ];
};

export const CHECKS: Check[] = [tagKeys, tagValues, reservedTags, tagCount];

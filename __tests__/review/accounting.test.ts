/** The change review on real synths of the accounting setting: what loses the accounting history. */
import { reviewStack } from "../../src/review/classify";
import { synthConfig, type TfJson } from "../support/synth";

const twoSubnets = { vpc: { privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"] } };
const stack = (raw: Record<string, unknown>): TfJson => synthConfig(raw).stacks.hyperpod;
const rds = (accounting: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  stack({ network: twoSubnets, accounting: { mode: "rds", ...accounting }, ...extra });
const change = (r: ReturnType<typeof reviewStack>, address: string) => r.resources.find((c) => c.address === address);

const base = rds();

test("turning accounting on creates the database and loses nothing", () => {
  const r = reviewStack("hyperpod", stack({ network: twoSubnets }), base);
  expect(change(r, "aws_db_instance.accounting")).toMatchObject({ action: "create", dataLoss: false });
  expect(r.resources.filter((c) => c.dataLoss)).toEqual([]);
});

test("turning accounting off destroys the database: data loss", () => {
  const r = reviewStack("hyperpod", base, stack({ network: twoSubnets }));
  expect(change(r, "aws_db_instance.accounting")).toMatchObject({ action: "destroy", dataLoss: true });
});

test("another engine replaces the database: data loss, naming the attribute", () => {
  const r = reviewStack("hyperpod", base, rds({ engine: "mysql" }));
  const db = change(r, "aws_db_instance.accounting");
  expect(db).toMatchObject({ action: "replace", dataLoss: true });
  expect(db?.attributes).toEqual(
    expect.arrayContaining([expect.objectContaining({ path: "engine", class: "replace", dataLoss: true })]),
  );
});

test("a bigger instance class or more storage is an in-place update without data loss", () => {
  const r = reviewStack("hyperpod", base, rds({ instanceClass: "db.t4g.small", allocatedStorageGib: 50 }));
  expect(change(r, "aws_db_instance.accounting")).toMatchObject({ action: "update", dataLoss: false });
});

import { TerraformOutput, Testing, Token } from "cdktf";
import {
  ACCOUNTING_DEFAULTS,
  AccountingDatabase,
  type AccountingDatabaseProps,
} from "../../src/constructs/accounting-database";

const base: AccountingDatabaseProps = {
  identifier: "p-slurm-accounting",
  vpcId: "vpc-1",
  subnetIds: ["subnet-a", "subnet-c"],
  clusterSecurityGroupId: "sg-cluster",
};

/** The synthesized stack of one AccountingDatabase, with its public attributes as outputs. */
const synth = (props: Partial<AccountingDatabaseProps> = {}) =>
  JSON.parse(
    Testing.synthScope((scope) => {
      const db = new AccountingDatabase(scope, "accounting", { ...base, ...props });
      new TerraformOutput(scope, "endpoint", { value: db.endpoint });
      new TerraformOutput(scope, "port", { value: db.port });
      new TerraformOutput(scope, "secret_arn", { value: db.secretArn });
    }),
  );
const build = (props: Partial<AccountingDatabaseProps>) => () => synth(props);

describe("AccountingDatabase", () => {
  test("ACCOUNTING_DEFAULTS, written out", () => {
    expect(ACCOUNTING_DEFAULTS).toEqual({
      mode: "none",
      engine: "mariadb",
      engineVersion: { mariadb: "10.11", mysql: "8.0" },
      instanceClass: "db.t4g.micro",
      allocatedStorageGib: 20,
      backupRetentionDays: 7,
      multiAz: false,
      databaseName: "slurm_acct_db",
      masterUsername: "slurmadmin",
    });
  });

  test("defaults: a small encrypted MariaDB 10.11 on gp3, private, backed up, RDS keeps the password, not protected", () => {
    const res = synth().resource;
    // Terraform addresses of deployed stacks: a changed logical id would replace the database.
    expect(Object.keys(res.aws_db_instance)).toEqual(["accounting"]);
    expect(res.aws_db_instance.accounting).toEqual({
      identifier: "p-slurm-accounting",
      engine: "mariadb",
      engine_version: "10.11",
      instance_class: "db.t4g.micro",
      allocated_storage: 20,
      storage_type: "gp3",
      storage_encrypted: true,
      db_name: "slurm_acct_db",
      username: "slurmadmin",
      manage_master_user_password: true,
      port: 3306,
      db_subnet_group_name: "${aws_db_subnet_group.accounting.name}",
      vpc_security_group_ids: ["${aws_security_group.accounting_db.id}"],
      publicly_accessible: false,
      multi_az: false,
      backup_retention_period: 7,
      copy_tags_to_snapshot: true,
      auto_minor_version_upgrade: true,
      deletion_protection: false,
      skip_final_snapshot: true,
    });
  });

  test("the subnet group and the security group, under their Terraform addresses", () => {
    const res = synth().resource;
    expect(res.aws_db_subnet_group).toEqual({
      accounting: {
        name: "p-slurm-accounting",
        description: "Private subnets of the Slurm accounting database",
        subnet_ids: ["subnet-a", "subnet-c"],
      },
    });
    expect(res.aws_security_group).toEqual({
      accounting_db: {
        name: "p-slurm-accounting-sg",
        description: "Slurm accounting database: the engine port from the HyperPod nodes only",
        vpc_id: "vpc-1",
        tags: { Name: "p-slurm-accounting-sg" },
      },
    });
  });

  test("one ingress rule: TCP 3306 from the cluster's security group only", () => {
    expect(synth().resource.aws_vpc_security_group_ingress_rule).toEqual({
      accounting_db_from_cluster: {
        security_group_id: "${aws_security_group.accounting_db.id}",
        referenced_security_group_id: "sg-cluster",
        ip_protocol: "tcp",
        from_port: 3306,
        to_port: 3306,
        description: "slurmdbd on the controller",
      },
    });
  });

  test("endpoint, port and secret ARN are the instance's attributes", () => {
    const out = synth().output;
    expect(out.endpoint.value).toBe("${aws_db_instance.accounting.address}");
    expect(out.port.value).toBe("${aws_db_instance.accounting.port}");
    expect(out.secret_arn.value).toBe("${aws_db_instance.accounting.master_user_secret[0].secret_arn}");
  });

  test("every setting given is passed on", () => {
    const db = synth({
      engine: "mariadb",
      engineVersion: "10.6",
      instanceClass: "db.m7g.large",
      allocatedStorageGib: 100,
      backupRetentionDays: 14,
      multiAz: true,
    }).resource.aws_db_instance.accounting;
    expect(db).toMatchObject({
      engine: "mariadb",
      engine_version: "10.6",
      instance_class: "db.m7g.large",
      allocated_storage: 100,
      backup_retention_period: 14,
      multi_az: true,
    });
  });

  test("mysql takes 8.0 and port 3306 by default", () => {
    const res = synth({ engine: "mysql" }).resource;
    expect(res.aws_db_instance.accounting).toMatchObject({ engine: "mysql", engine_version: "8.0", port: 3306 });
    expect(res.aws_vpc_security_group_ingress_rule.accounting_db_from_cluster).toMatchObject({
      from_port: 3306,
      to_port: 3306,
    });
  });

  test("protect: deletion protection, a final snapshot named after the instance, prevent_destroy", () => {
    const db = synth({ protect: true }).resource.aws_db_instance.accounting;
    expect(db).toMatchObject({
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: "p-slurm-accounting-final",
      lifecycle: { prevent_destroy: true },
    });
    const off = synth({ protect: false }).resource.aws_db_instance.accounting;
    expect(off).toMatchObject({ deletion_protection: false, skip_final_snapshot: true });
    expect(off.final_snapshot_identifier).toBeUndefined();
    expect(off.lifecycle).toBeUndefined();
  });

  test.each([
    [20, "the gp3 minimum"],
    [65536, "the gp3 maximum"],
  ])("allocatedStorageGib %p (%s) is accepted", (gib) => {
    expect(synth({ allocatedStorageGib: gib }).resource.aws_db_instance.accounting.allocated_storage).toBe(gib);
  });

  test.each<[string, Partial<AccountingDatabaseProps>, string]>([
    [
      "an unknown engine",
      { engine: "oracle" as AccountingDatabaseProps["engine"] },
      'AccountingDatabase: engine must be mariadb or mysql, got "oracle"',
    ],
    [
      "a version the engine does not have",
      { engineVersion: "8.0" },
      'AccountingDatabase: engineVersion of mariadb must be one of 10.6, 10.11, 11.4, got "8.0"',
    ],
    [
      "a mysql version that is not offered",
      { engine: "mysql", engineVersion: "5.7" },
      'AccountingDatabase: engineVersion of mysql must be one of 8.0, 8.4, got "5.7"',
    ],
    [
      "an instance class without db.",
      { instanceClass: "t4g.micro" },
      'AccountingDatabase: instanceClass must look like db.t4g.micro, got "t4g.micro"',
    ],
    [
      "storage below the gp3 minimum",
      { allocatedStorageGib: 19 },
      "AccountingDatabase: allocatedStorageGib must be 20-65536, got 19",
    ],
    [
      "storage above the gp3 maximum",
      { allocatedStorageGib: 65537 },
      "AccountingDatabase: allocatedStorageGib must be 20-65536, got 65537",
    ],
    [
      "a fraction of a GiB",
      { allocatedStorageGib: 20.5 },
      "AccountingDatabase: allocatedStorageGib must be 20-65536, got 20.5",
    ],
    [
      "one subnet",
      { subnetIds: ["subnet-a"] },
      "AccountingDatabase: subnetIds must name at least two subnets in two availability zones, got 1",
    ],
    [
      "no subnet",
      { subnetIds: [] },
      "AccountingDatabase: subnetIds must name at least two subnets in two availability zones, got 0",
    ],
  ])("rejects %s", (_name, props, message) => {
    expect(build(props)).toThrow(message);
  });

  test("a Terraform list of subnets (the VPC module's output) is left to the configuration checks", () => {
    const list = Token.asList("${module.vpc.private_subnets}");
    expect(synth({ subnetIds: list }).resource.aws_db_subnet_group.accounting.subnet_ids).toBe(
      "${module.vpc.private_subnets}",
    );
  });
});

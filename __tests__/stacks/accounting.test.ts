/**
 * Slurm accounting in a full synth, per mode: what is created, what the
 * execution role may read, what provisioning_parameters.json carries, and a
 * real `terraform validate` of each result.
 */
import { join } from "node:path";
import { resources, synthConfig, type TfJson } from "../support/synth";
import { terraformValidate } from "../support/terraform";

const twoSubnets = { vpc: { privateSubnets: ["10.0.1.0/24", "10.0.2.0/24"] } };
const SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:slurm-db-AbCdEf";
const res = (s: TfJson, type: string, name: string) => resources(s, type)[name];
const params = (s: TfJson) => res(s, "aws_s3_object", "life_cycle_scripts_provisioning_parameters").content as string;

/** The statements of the accounting secret policy document, or undefined. */
const secretStatements = (s: TfJson) => s.data?.aws_iam_policy_document?.hyperpod_accounting_secret?.statement;

describe("accounting.mode none (default)", () => {
  const { stacks } = synthConfig({});
  const s = stacks.hyperpod;

  test("creates no database, subnet group, database security group or secret policy", () => {
    expect(resources(s, "aws_db_instance")).toEqual({});
    expect(resources(s, "aws_db_subnet_group")).toEqual({});
    expect(Object.keys(resources(s, "aws_security_group")).sort()).toEqual(["hyperpod", "lustre"]);
    expect(secretStatements(s)).toBeUndefined();
    expect(params(s)).not.toContain("accounting");
    expect(Object.keys(s.output).filter((o) => o.startsWith("accounting"))).toEqual([]);
  });
});

describe("accounting.mode rds", () => {
  const { outdir, stacks } = synthConfig({ network: twoSubnets, accounting: { mode: "rds" } });
  const s = stacks.hyperpod;
  const db = res(s, "aws_db_instance", "accounting");

  test("a small encrypted MariaDB instance, not public, with backups and an RDS-managed password", () => {
    expect(db).toMatchObject({
      identifier: "hyprpd-lustre-slurm-accounting",
      engine: "mariadb",
      engine_version: "10.11",
      instance_class: "db.t4g.micro",
      allocated_storage: 20,
      storage_type: "gp3",
      storage_encrypted: true,
      publicly_accessible: false,
      manage_master_user_password: true,
      backup_retention_period: 7,
      port: 3306,
      db_subnet_group_name: "${aws_db_subnet_group.accounting.name}",
      vpc_security_group_ids: ["${aws_security_group.accounting_db.id}"],
      deletion_protection: false,
      skip_final_snapshot: true,
    });
    expect(db.password).toBeUndefined();
    expect(db.final_snapshot_identifier).toBeUndefined();
    expect(db.lifecycle).toBeUndefined();
  });

  test("the subnet group spans every private subnet of the created VPC", () => {
    expect(res(s, "aws_db_subnet_group", "accounting").subnet_ids).toBe("${module.vpc.private_subnets}");
  });

  test("the database's security group admits TCP 3306 from the cluster's group only, and nothing else", () => {
    const ingress = Object.values(resources(s, "aws_vpc_security_group_ingress_rule")).filter(
      (r) => r.security_group_id === "${aws_security_group.accounting_db.id}",
    );
    expect(ingress).toEqual([
      expect.objectContaining({
        referenced_security_group_id: "${aws_security_group.hyperpod.id}",
        ip_protocol: "tcp",
        from_port: 3306,
        to_port: 3306,
      }),
    ]);
    const egress = Object.values(resources(s, "aws_vpc_security_group_egress_rule")).filter(
      (r) => r.security_group_id === "${aws_security_group.accounting_db.id}",
    );
    expect(egress).toEqual([]);
    expect(res(s, "aws_security_group", "accounting_db").ingress).toBeUndefined();
  });

  test("the execution role may GetSecretValue on the managed secret and nothing else", () => {
    expect(secretStatements(s)).toEqual([
      {
        sid: "ReadAccountingSecret",
        effect: "Allow",
        actions: ["secretsmanager:GetSecretValue"],
        resources: ["${aws_db_instance.accounting.master_user_secret[0].secret_arn}"],
      },
    ]);
    expect(res(s, "aws_iam_role_policy_attachment", "hyperpod_accounting_secret").role).toBe(
      "${aws_iam_role.hyperpod.name}",
    );
    expect(res(s, "awscc_sagemaker_cluster", "this").depends_on).toContain(
      "aws_iam_role_policy_attachment.hyperpod_accounting_secret",
    );
  });

  test("provisioning_parameters.json takes endpoint, port and secret from the database's attributes", () => {
    const content = params(s);
    expect(content).toContain('"accounting" = {');
    expect(content).toContain('"endpoint" = aws_db_instance.accounting.address');
    expect(content).toContain('"port" = aws_db_instance.accounting.port');
    expect(content).toContain('"secret_arn" = aws_db_instance.accounting.master_user_secret[0].secret_arn');
    expect(content).toContain('"region" = data.aws_region.current.name');
  });

  test("outputs name the database and its secret", () => {
    expect(s.output.accounting_db_endpoint.value).toBe("${aws_db_instance.accounting.address}");
    expect(s.output.accounting_secret_arn.value).toBe("${aws_db_instance.accounting.master_user_secret[0].secret_arn}");
  });

  test("terraform validate accepts the stack", () => {
    const result = terraformValidate(join(outdir, "stacks", "hyperpod"));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("accounting.mode rds with protect", () => {
  const { stacks } = synthConfig({
    network: twoSubnets,
    production: true,
    accounting: {
      mode: "rds",
      engine: "mysql",
      instanceClass: "db.m7g.large",
      allocatedStorageGib: 100,
      multiAz: true,
    },
  });
  const db = res(stacks.hyperpod, "aws_db_instance", "accounting");

  test("deletion protection, a final snapshot and prevent_destroy; the configured engine and size", () => {
    expect(db).toMatchObject({
      engine: "mysql",
      engine_version: "8.0",
      instance_class: "db.m7g.large",
      allocated_storage: 100,
      multi_az: true,
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: "hyprpd-lustre-slurm-accounting-final",
      lifecycle: { prevent_destroy: true },
    });
  });
});

describe("accounting.mode rds in an existing VPC", () => {
  const { stacks } = synthConfig({
    network: {
      existingVpc: {
        vpcId: "vpc-0123456789abcdef0",
        privateSubnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
        routeTableIds: ["rtb-0123456789abcdef0"],
      },
    },
    accounting: { mode: "rds" },
  });

  test("the subnet group takes the configured private subnets", () => {
    expect(res(stacks.hyperpod, "aws_db_subnet_group", "accounting").subnet_ids).toEqual([
      "subnet-0123456789abcdef0",
      "subnet-0123456789abcdef1",
    ]);
  });
});

describe("accounting.mode external", () => {
  const { outdir, stacks } = synthConfig({
    accounting: { mode: "external", endpoint: "slurmdb.example.internal", port: 3307, secretArn: SECRET },
  });
  const s = stacks.hyperpod;

  test("creates no database; the role reads exactly the configured secret", () => {
    expect(resources(s, "aws_db_instance")).toEqual({});
    expect(resources(s, "aws_db_subnet_group")).toEqual({});
    expect(secretStatements(s)).toEqual([
      { sid: "ReadAccountingSecret", effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: [SECRET] },
    ]);
  });

  test("provisioning_parameters.json carries the configured endpoint, port, secret and the secret's region", () => {
    const content = params(s);
    expect(content).toContain('"endpoint" = "slurmdb.example.internal"');
    expect(content).toContain('"port" = 3307');
    expect(content).toContain(`"secret_arn" = "${SECRET}"`);
    expect(content).toContain('"region" = "us-west-2"');
  });

  test("terraform validate accepts the stack", () => {
    const result = terraformValidate(join(outdir, "stacks", "hyperpod"));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

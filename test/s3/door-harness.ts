/**
 * A cluster of the compiled binary (queue server with the S3 door on, three nodes) for the S3
 * door's end-to-end tests, with a client key file of one read-write and one read-only key, and
 * the configuration each real client needs (AWS CLI, rclone, s3cmd) written into a temp dir.
 * Every client runs as a process with a minimal environment: no AWS_* variable of the machine
 * leaks in (a set AWS_CA_BUNDLE makes rclone refuse a plain-HTTP endpoint).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts, LocalCluster } from "../../src/demo/local-cluster";
import { gossamerBinary } from "../helpers/gossamer-binary";
import { findBinary, portOpen, servicesRequired } from "../helpers/services";

export const readWrite = { id: "rw-key", secret: "rw-secret-0123456789abcdef" };
export const readOnly = { id: "ro-key", secret: "ro-secret-0123456789abcdef" };
/** Debian's AWS CLI: a pyenv shim named `aws` may come first on PATH. */
export const awsBinary = "/usr/bin/aws";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Whether a client's tests run: absent binaries skip, unless GOSSAMER_REQUIRE_SERVICES=1 (CI) makes that a failure. */
export function clientPresent(name: "rclone" | "s3cmd" | "aws"): boolean {
  const found = name === "aws" ? existsSync(awsBinary) : findBinary(name) !== null;
  if (found) return true;
  const reason = `${name} tests skipped: ${name} not found; install it with \`apt-get install ${name === "aws" ? "awscli" : name}\``;
  if (servicesRequired()) throw new Error(`${reason} (GOSSAMER_REQUIRE_SERVICES=1 makes this a failure)`);
  console.warn(reason);
  return false;
}

export class DoorHarness {
  private constructor(readonly dir: string, readonly cluster: LocalCluster, readonly s3Port: number) {}

  static async start(name: string): Promise<DoorHarness> {
    const binary = await gossamerBinary();
    const dir = mkdtempSync(join(tmpdir(), `gossamer-s3-${name}-`));
    const keys = join(dir, "client-keys.toml");
    await Bun.write(keys, [readWrite, readOnly].map((key, at) => `[[key]]\nid = "${key.id}"\nsecret = "${key.secret}"\nrole = "${at === 0 ? "read-write" : "read-only"}"\n`).join("\n"));
    const [s3Port] = await freePorts(1);
    if (s3Port === undefined) throw new Error("no free port");
    const cluster = await LocalCluster.start({
      dir, command: [binary], nodes: 3, chunkSize: 1 << 20, cluster: name, secret: `${name}-secret`, logLevel: "info",
      queueArgs: ["--s3-listen", `127.0.0.1:${s3Port}`, "--client-keys", keys],
    });
    const harness = new DoorHarness(dir, cluster, s3Port);
    await cluster.waitForLeader(60_000);
    const deadline = performance.now() + 30_000;
    while (!(await portOpen("127.0.0.1", s3Port))) {
      if (performance.now() > deadline) throw new Error(`the S3 door did not listen on ${s3Port}`);
      await Bun.sleep(100);
    }
    await harness.writeClientConfigs();
    return harness;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.s3Port}`;
  }

  async stop(): Promise<void> {
    await this.cluster.stop();
    if (process.env.GOSSAMER_KEEP !== "1") rmSync(this.dir, { recursive: true, force: true });
  }

  /** The queue server's log (for a failure's message). */
  async queueLog(): Promise<string> {
    return await Bun.file(join(this.dir, "logs", "queue.log")).text().catch(() => "");
  }

  private async writeClientConfigs(): Promise<void> {
    const { dir } = this;
    await Bun.write(join(dir, "aws", "config"), "[default]\nregion = us-east-1\n\n[profile ro]\nregion = us-east-1\n");
    await Bun.write(join(dir, "aws", "credentials"), `[default]\naws_access_key_id = ${readWrite.id}\naws_secret_access_key = ${readWrite.secret}\n\n`
      + `[ro]\naws_access_key_id = ${readOnly.id}\naws_secret_access_key = ${readOnly.secret}\n`);
    await Bun.write(join(dir, "rclone.conf"), `[gossamer]\ntype = s3\nprovider = Other\naccess_key_id = ${readWrite.id}\nsecret_access_key = ${readWrite.secret}\n`
      + `endpoint = ${this.endpoint}\nforce_path_style = true\nregion = us-east-1\n`);
    await Bun.write(join(dir, "s3cfg"), `[default]\naccess_key = ${readWrite.id}\nsecret_key = ${readWrite.secret}\nhost_base = 127.0.0.1:${this.s3Port}\n`
      + `host_bucket = 127.0.0.1:${this.s3Port}\nuse_https = False\nsignature_v2 = False\nbucket_location = us-east-1\n`);
  }

  /** Runs a client with only PATH and HOME from here, plus `env`. */
  async run(command: readonly string[], env: Record<string, string> = {}, timeoutMs = 300_000): Promise<Run> {
    const child = Bun.spawn([...command], {
      cwd: this.dir, stdin: "ignore", stdout: "pipe", stderr: "pipe",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: this.dir, LANG: "C.UTF-8", ...env },
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
    clearTimeout(timer);
    return { code, stdout, stderr };
  }

  async aws(args: readonly string[], profile = "default"): Promise<Run> {
    return await this.run([awsBinary, "--endpoint-url", this.endpoint, ...args], {
      AWS_CONFIG_FILE: join(this.dir, "aws", "config"), AWS_SHARED_CREDENTIALS_FILE: join(this.dir, "aws", "credentials"), AWS_PROFILE: profile,
      AWS_PAGER: "",
    });
  }

  async rclone(args: readonly string[]): Promise<Run> {
    return await this.run(["rclone", "--config", join(this.dir, "rclone.conf"), ...args]);
  }

  async s3cmd(args: readonly string[]): Promise<Run> {
    return await this.run(["s3cmd", "-c", join(this.dir, "s3cfg"), ...args], {}, 900_000);
  }
}

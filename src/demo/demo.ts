/**
 * `gossamer demo`: a queue server and three nodes on this machine with embedded storage in a
 * temp directory; writes a file, reads it back and compares, prints status, kills the leader,
 * shows the new leader, reads again, and shuts everything down (`--keep` leaves it running).
 * Every client step runs the real client verb as its own process, exactly as a user would.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExitError, exitCodes, type ExitCode } from "../cli/errors";
import type { RoleContext } from "../cli/run";
import { waitForSignal } from "../cli/signals";
import { freePorts, LocalCluster } from "./local-cluster";
import { assert } from "../lib/assert";
import { selfCommand } from "./self-command";

export const demoFileBytes = 5 * (1 << 20) + 12_345;
export const demoLeaderTimeoutMs = 20_000;

/**
 * The demo's S3 door: a client key file with one read-write key (a fresh secret each run) and
 * a free port, and what to tell a newcomer who wants to point rclone or the AWS CLI at it.
 */
async function demoS3(dir: string): Promise<{ readonly queueArgs: readonly string[]; readonly instructions: string }> {
  const [port] = await freePorts(1);
  assert(port !== undefined, "a free port for the S3 door");
  const key = { id: "demo", secret: randomBytes(18).toString("base64url") };
  const keyFile = join(dir, "client-keys.toml");
  await Bun.write(keyFile, `[[key]]\nid = "${key.id}"\nsecret = "${key.secret}"\nrole = "read-write"\n`);
  const endpoint = `http://127.0.0.1:${port}`;
  const instructions = [
    `demo: S3 endpoint ${endpoint} (path-style, region us-east-1), access key ${key.id}, secret key ${key.secret}`,
    `  AWS_ACCESS_KEY_ID=${key.id} AWS_SECRET_ACCESS_KEY=${key.secret} AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url ${endpoint} s3 cp --recursive DIR s3://demo/DIR`,
    `  rclone copy DIR ":s3,provider=Other,access_key_id=${key.id},secret_access_key=${key.secret},endpoint='${endpoint}',force_path_style=true:demo/DIR"`,
    "  (docs/s3.md: what the door supports, and s3cmd)",
  ].join("\n");
  return { queueArgs: ["--s3-listen", `127.0.0.1:${port}`, "--client-keys", keyFile], instructions };
}

export async function runDemo(context: RoleContext): Promise<ExitCode> {
  const say = (line: string): void => context.stdout(`${line}\n`);
  const dir = mkdtempSync(join(tmpdir(), "gossamer-demo-"));
  const command = selfCommand();
  say(`demo: starting a queue server and three nodes in ${dir}`);
  const s3 = await demoS3(dir);
  const cluster = await LocalCluster.start({ dir, command, nodes: 3, chunkSize: 1 << 20, http: true, queueArgs: s3.queueArgs });
  let keep = false;
  try {
    const leader = await cluster.waitForLeader(demoLeaderTimeoutMs);
    say(`demo: ${leader} was elected leader; live status page: ${cluster.statusPageUrl ?? "(off)"}`);
    const input = join(dir, "demo-input.bin");
    const bytes = new Uint8Array(demoFileBytes);
    // getRandomValues fills at most 64 KiB per call.
    for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
    await Bun.write(input, bytes);
    const digest = digestOf(bytes);
    await client(context, cluster, ["write", input, "--name", "demo/file.bin"], "write a 5 MiB file");
    await readAndCompare(context, cluster, join(dir, "read-1.bin"), digest);
    await client(context, cluster, ["status"], "status");
    say(`demo: killing the leader ${leader} (SIGKILL)`);
    await cluster.kill(cluster.node(leader));
    const next = await cluster.waitForLeader(demoLeaderTimeoutMs, leader);
    say(`demo: ${next} is the new leader`);
    await readAndCompare(context, cluster, join(dir, "read-2.bin"), digest);
    await client(context, cluster, ["status"], "status after failover");
    keep = context.args.options.keep === true;
    if (keep) {
      say(`demo: the cluster keeps running (the killed node stays down). Talk to it with:\n  ${command.join(" ")} --role client ${cluster.clientArgs().join(" ")} ls`);
      say(`demo: status page: ${cluster.statusPageUrl ?? "(off)"}`);
      for (const target of [cluster.queue, ...cluster.nodes]) {
        const down = target.process === null || target.process.exitCode !== null || target.process.killed;
        say(`  ${target.id}: http://127.0.0.1:${target.httpPort ?? 0}/metrics  /readyz  /livez${down ? "  (killed)" : ""}`);
      }
      say(s3.instructions);
      say("Press Ctrl-C to stop it.");
      await waitForSignal();
    }
    say("demo: done, everything matched");
    return exitCodes.ok;
  } finally {
    await cluster.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function readAndCompare(context: RoleContext, cluster: LocalCluster, output: string, digest: string): Promise<void> {
  await client(context, cluster, ["read", "demo/file.bin", "-o", output], "read it back");
  const read = digestOf(new Uint8Array(await Bun.file(output).arrayBuffer()));
  if (read !== digest) throw new ExitError(exitCodes.failed, `demo: the file read back differs (sha256 ${read}, expected ${digest})`);
  context.stdout(`demo: read back ${demoFileBytes} bytes, sha256 matches (${digest.slice(0, 16)}…)\n`);
}

async function client(context: RoleContext, cluster: LocalCluster, verb: string[], what: string): Promise<void> {
  const argv = [...selfCommand(), "--role", "client", ...verb, ...cluster.clientArgs()];
  context.stdout(`demo: ${what}: gossamer --role client ${verb.join(" ")}\n`);
  const child = Bun.spawn(argv, { stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
  for (const line of stdout.trimEnd().split("\n")) if (line !== "") context.stdout(`  ${line}\n`);
  if (code !== 0) throw new ExitError(exitCodes.failed, `demo: ${what} failed (exit ${code}): ${stderr.trim()}`);
}

function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

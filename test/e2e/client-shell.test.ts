/**
 * The client as a shell citizen, with the compiled binary against a real three-node cluster:
 * `read NAME -o -` into a real pipe that `head` closes early ends at once, quietly, with status
 * 141 (it used to wait forever for a drain that never comes); the whole file streams through a
 * pipe intact; a client profile and GOSSAMER_ROLE let a verb run with no flags at all.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gossamerBinary } from "../helpers/gossamer-binary";
import { ClusterHarness, randomBytes } from "./cluster-harness";

let harness: ClusterHarness;
let binary: string;
const bigBytes = randomBytes(8 << 20);

beforeAll(async () => {
  harness = await ClusterHarness.start({ chunkSize: 1 << 20 });
  binary = await gossamerBinary();
  await Bun.write(join(harness.dir, "big.in"), bigBytes);
  const written = await harness.client(["write", join(harness.dir, "big.in"), "--name", "big.bin"]);
  expect(written.code).toBe(0);
}, 180_000);

afterAll(async () => {
  await harness.stop();
});

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Runs a bash pipeline with $G set to the client command line of this cluster. */
async function shell(script: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<{ code: number; stdout: string; stderr: string }> {
  const client = [binary, "--role", "client", ...harness.cluster.clientArgs()].map((part) => `'${part}'`).join(" ");
  const child = Bun.spawn(["bash", "-c", `G=(${client}); ${script}`], { cwd: harness.dir, env: { PATH: process.env.PATH ?? "", ...env }, stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
  clearTimeout(timer);
  return { code, stdout, stderr };
}

describe("read -o - into a pipe", () => {
  test("head -c 10 closes the pipe: the read ends at once with status 141, quietly", async () => {
    const started = performance.now();
    const result = await shell(`"\${G[@]}" read big.bin -o - 2>err.txt | head -c 10 > head.out; echo "\${PIPESTATUS[0]}"; cat err.txt`);
    expect(result.code).toBe(0);
    const [status, ...stderr] = result.stdout.split("\n");
    expect(status).toBe("141");
    expect(stderr.join("\n").trim()).toBe("");
    expect<Uint8Array>(new Uint8Array(await Bun.file(join(harness.dir, "head.out")).arrayBuffer())).toEqual(bigBytes.subarray(0, 10));
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 90_000);

  test("the whole file streams through a pipe intact", async () => {
    const result = await shell(`set -o pipefail; "\${G[@]}" read big.bin -o - | sha256sum`);
    expect(result.code).toBe(0);
    expect(result.stdout.split(" ")[0]).toBe(sha256Hex(bigBytes));
  }, 90_000);
});

describe("a client profile", () => {
  test("GOSSAMER_ROLE=client and GOSSAMER_PROFILE: ls and stat with no flags", async () => {
    const profile = join(harness.dir, "client.toml");
    writeFileSync(profile, `queue = "${harness.cluster.queueAddress}"\ncluster = "${harness.cluster.cluster}"\ncluster-secret = "${harness.cluster.secret}"\n`, { mode: 0o600 });
    const env = { GOSSAMER_ROLE: "client", GOSSAMER_PROFILE: profile };
    const listed = await shell(`'${binary}' ls --json`, env);
    expect(listed.stderr).toBe("");
    expect(listed.code).toBe(0);
    const files = (JSON.parse(listed.stdout) as { files: { name: string; digest: string; version: number }[] }).files;
    expect(files.find((file) => file.name === "big.bin")?.digest).toBe(sha256Hex(bigBytes));
    const stat = await shell(`'${binary}' stat big.bin`, env);
    expect(stat.code).toBe(0);
    expect(stat.stdout).toContain(`sha256:${sha256Hex(bigBytes)}`);
  }, 60_000);
});

/**
 * The client as a shell citizen, with the compiled binary against a real three-node cluster:
 * `write -` stores a pipe of unknown length; `read NAME -o -` into a real pipe that `head` closes early ends at once, quietly, with status
 * 141 (it used to wait forever for a drain that never comes); the whole file streams through a
 * pipe intact; a tree of 300 files goes up with write -r and part of it comes back with read -r,
 * byte for byte; a client profile and GOSSAMER_ROLE let a verb run with no flags at all.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

/** The file digest the protocol defines: SHA-256 over the 1 MiB chunks' digests (docs/protocol.md). */
function fileDigestHex(bytes: Uint8Array, chunkSize = 1 << 20): string {
  const whole = createHash("sha256");
  for (let offset = 0; offset < bytes.length; offset += chunkSize) whole.update(createHash("sha256").update(bytes.subarray(offset, offset + chunkSize)).digest());
  return whole.digest("hex");
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

describe("write - and write /dev/stdin: standard input of unknown length", () => {
  test("a pipe of 5 MB (never seekable, size unknown) is stored byte for byte", async () => {
    const result = await shell(`set -o pipefail; head -c 5000000 /dev/urandom | tee piped.in | "\${G[@]}" write - --name piped.bin --json`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const expected = readFileSync(join(harness.dir, "piped.in"));
    expect(JSON.parse(result.stdout)).toMatchObject({ name: "piped.bin", size: 5_000_000, digest: fileDigestHex(expected) });
    const back = await shell(`set -o pipefail; "\${G[@]}" read piped.bin -o - | sha256sum`);
    expect(back.stdout.split(" ")[0]).toBe(sha256Hex(expected));
  }, 90_000);

  test("/dev/stdin from a redirect, an empty input, and a missing --name", async () => {
    writeFileSync(join(harness.dir, "redirected.in"), "from a redirect");
    const redirected = await shell(`"\${G[@]}" write /dev/stdin --name redirected.txt < redirected.in && "\${G[@]}" read redirected.txt -o -`);
    expect(redirected.code).toBe(0);
    expect(redirected.stdout).toContain("from a redirect");
    const empty = await shell(`"\${G[@]}" write - --name empty.txt < /dev/null && "\${G[@]}" stat empty.txt --json`);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('"size":0');
    const unnamed = await shell(`echo x | "\${G[@]}" write -`);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain("--name");
  }, 60_000);
});

describe("trees: write -r DIR and read -r PREFIX -o DIR", () => {
  test("a tree of 300 files goes up named relative to it and comes back identical", async () => {
    const tree = join(harness.dir, "tree");
    const expected = new Map<string, Uint8Array>();
    for (let i = 0; i < 300; i += 1) {
      const relative = `d${i % 7}/sub${i % 3}/file-${i}.bin`;
      const bytes = randomBytes((i * 37) % 5_000);
      mkdirSync(join(tree, relative, ".."), { recursive: true });
      writeFileSync(join(tree, relative), bytes);
      expected.set(relative, bytes);
    }
    const written = await harness.client(["write", "-r", tree, "--json"], 300_000);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
    const report = JSON.parse(written.stdout) as { count: number; files: { name: string }[]; failed: unknown[] };
    expect(report.count).toBe(300);
    expect(report.failed).toEqual([]);
    expect(report.files.map((file) => file.name).toSorted()).toEqual([...expected.keys()].toSorted());

    const back = join(harness.dir, "tree-back");
    const read = await harness.client(["read", "-r", "d3/", "-o", back], 300_000);
    expect(read.stderr).toBe("");
    expect(read.code).toBe(0);
    const under = [...expected.keys()].filter((name) => name.startsWith("d3/"));
    expect(under.length).toBeGreaterThan(40);
    for (const name of under) {
      expect<Uint8Array>(new Uint8Array(readFileSync(join(back, name.slice("d3/".length))))).toEqual(expected.get(name) as Uint8Array);
    }
    const listed = await harness.client(["ls", "d", "--json"]);
    expect((JSON.parse(listed.stdout) as { files: unknown[] }).files).toHaveLength(300);
  }, 600_000);

  test("several paths at once, and a directory without -r is refused", async () => {
    writeFileSync(join(harness.dir, "one.txt"), "one");
    writeFileSync(join(harness.dir, "two.txt"), "two");
    const both = await harness.client(["write", join(harness.dir, "one.txt"), join(harness.dir, "two.txt")]);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain("wrote one.txt");
    expect(both.stdout).toContain("wrote two.txt");
    const refused = await harness.client(["write", harness.dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("write -r");
  }, 60_000);
});

describe("progress", () => {
  test("--progress=always names each phase even without a terminal", async () => {
    const written = await harness.client(["write", join(harness.dir, "big.in"), "--name", "progress.bin", "--progress=always"]);
    expect(written.code).toBe(0);
    for (const phase of ["write progress.bin: hashing [", "write progress.bin: uploading [", "write progress.bin: waiting for the cluster to commit"]) expect(written.stderr).toContain(phase);
    const read = await harness.client(["read", "progress.bin", "-o", join(harness.dir, "progress.out"), "--progress=always"]);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain("read progress.bin: fetching [");
    expect(read.stderr).toContain("read progress.bin: verifying and syncing");
  }, 60_000);

  test("auto: drawn on a terminal, silent on a pipe", async () => {
    const onTerminal = await shell(`script -qec "\${G[*]} write big.in --name tty.bin" /dev/null`);
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stdout).toContain("write tty.bin: uploading [");
    const onPipe = await harness.client(["write", join(harness.dir, "big.in"), "--name", "pipe.bin"]);
    expect(onPipe.stderr).toBe("");
    const never = await shell(`script -qec "\${G[*]} write big.in --name never.bin --progress never" /dev/null`);
    expect(never.stdout).not.toContain("uploading");
    expect(never.stdout).toContain("wrote never.bin");
  }, 60_000);
});

describe("logs", () => {
  test("a node logs its Raft role as raftRole, beside its process role", async () => {
    const lines = readFileSync(join(harness.dir, "logs", "n1.log"), "utf8").split("\n").filter((line) => line.includes("\"raft.role\""));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const fields = JSON.parse(line) as Record<string, unknown>;
      expect(fields.role).toBe("node");
      expect(["follower", "pre-candidate", "candidate", "leader"]).toContain(fields.raftRole as string);
    }
  });
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
    expect(files.find((file) => file.name === "big.bin")?.digest).toBe(fileDigestHex(bigBytes));
    const stat = await shell(`'${binary}' stat big.bin`, env);
    expect(stat.code).toBe(0);
    expect(stat.stdout).toContain(`sha256-of-chunks:${fileDigestHex(bigBytes)}`);
  }, 60_000);
});

describe("the README's client section", () => {
  test("every command works as printed (with this cluster's address and secret)", async () => {
    const readme = readFileSync(join(import.meta.dir, "..", "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### The client, every day"));
    const block = section.slice(section.indexOf("```\n") + 4, section.indexOf("\n```", section.indexOf("```\n") + 4));
    expect(block).toContain("./gossamer write");
    const home = join(harness.dir, "readme-home");
    const work = join(home, "work");
    mkdirSync(join(work, "photos", "x"), { recursive: true });
    for (const [path, text] of [["report.pdf", "%PDF report"], ["a.txt", "a"], ["b.txt", "b"], ["photos/x/y.jpg", "jpeg"], ["photos/top.jpg", "top"]]) {
      writeFileSync(join(work, path ?? ""), text ?? "");
    }
    const script = block.replaceAll("127.0.0.1:7400", harness.cluster.queueAddress).replace('cluster = "C"', `cluster = "${harness.cluster.cluster}"`)
      .replace('cluster-secret = "S"', `cluster-secret = "${harness.cluster.secret}"`).replaceAll("./gossamer", `'${binary}'`);
    expect(script).toContain(harness.cluster.secret);
    const child = Bun.spawn(["bash", "-ec", `cd '${work}'\n${script}`], { env: { PATH: process.env.PATH ?? "", HOME: home }, stdout: "pipe", stderr: "pipe" });
    const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("wrote docs/report.pdf");
    expect(stdout).toContain("wrote x/y.jpg");
    expect(stdout).toContain("wrote photos.tar");
    expect(stdout).toContain("%PDF report".slice(0, 10));
    expect(readFileSync(join(work, "restored", "y.jpg"), "utf8")).toBe("jpeg");
    expect(stdout).toContain("would remove x/y.jpg");
    expect(stdout).toContain("removed x/y.jpg");
    expect(stdout).toMatch(/leader n\d/);
  }, 120_000);
});

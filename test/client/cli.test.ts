/**
 * What this proves: `--role client <verb>` through the real top level (src/cli/run.ts) with
 * runClient behind it, against the fake queue server and nodes: each verb's --json output is
 * one parseable JSON document with the documented keys (status exactly the shape outside tests
 * rely on), and the exit codes are the documented ones: 0 on success, 1 when the operation
 * failed (bad name, no such local file, no such file in the cluster), 2 for a missing argument,
 * 3 when no queue server answers (and the message names the addresses tried), 4 for ping.
 * Every failure is one line on stderr, never a stack trace.
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runClient } from "../../src/client/main";
import { run, type RoleRunner, type Runners } from "../../src/cli/run";
import { digestOf } from "../../src/files/sha256";
import { FakeNode, FakeQueue, storeSource, testCluster, testSecret } from "./fake-cluster";
import { fileDigestOfBytes, patternBytes, tempDir } from "./helpers";

const dir = tempDir("cli");
afterAll(() => dir.remove());
const servers: { stop(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.stop();
});

// Only the client role is under test here; the others must not be reached.
const unreachable: RoleRunner = async () => {
  throw new Error("only the client role runs in these tests");
};
const runners: Runners = { client: runClient, node: unreachable, queue: unreachable, demo: unreachable };

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function gossamer(queue: string, ...verb: string[]): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const argv = ["--role", "client", "--queue", queue, "--cluster", testCluster, "--cluster-secret", testSecret, "--chunk-size", "4096", "--log-level", "error", ...verb];
  const code = await run(argv, runners, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), env: {}, cwd: dir.path });
  return { code, stdout, stderr };
}

function startCluster(): FakeQueue {
  const queue = new FakeQueue().start();
  servers.push(queue);
  const node = new FakeNode("n1", storeSource(queue)).start();
  servers.push(node);
  queue.nodes = [{ id: "n1", address: node.address }];
  return queue;
}

function oneLineError(outcome: Outcome): void {
  expect(outcome.stderr.trim().split("\n").length).toBe(1);
  expect(outcome.stderr).not.toContain("    at ");
}

describe("verbs with --json", () => {
  test("write, read, ls, rm round trip", async () => {
    const queue = startCluster();
    const bytes = patternBytes(10_000, 21);
    const source = join(dir.path, "source.bin");
    writeFileSync(source, bytes);

    const written = await gossamer(queue.address, "write", source, "--name", "docs/a.bin", "--json");
    expect(written.code).toBe(0);
    const writeDoc = JSON.parse(written.stdout) as Record<string, unknown>;
    expect(Object.keys(writeDoc)).toEqual(["name", "size", "digest", "version", "chunks", "ms", "writeId", "repeated"]);
    expect(writeDoc).toMatchObject({ repeated: false, writeId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(writeDoc).toMatchObject({ name: "docs/a.bin", size: 10_000, digest: fileDigestOfBytes(bytes), version: 1, chunks: 3 });

    const output = join(dir.path, "copy.bin");
    const readBack = await gossamer(queue.address, "read", "docs/a.bin", "-o", output, "--json");
    expect(readBack.code).toBe(0);
    expect(JSON.parse(readBack.stdout)).toMatchObject({ name: "docs/a.bin", size: 10_000, digest: fileDigestOfBytes(bytes), version: 1, chunks: 3, output });
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);

    const listed = await gossamer(queue.address, "ls", "docs/", "--json");
    expect(listed.code).toBe(0);
    const listDoc = JSON.parse(listed.stdout) as { files: Record<string, unknown>[] };
    expect(listDoc.files).toEqual([{ name: "docs/a.bin", size: 10_000, version: 1, digest: fileDigestOfBytes(bytes), chunks: 3, created: new Date(1_700_000_000_000).toISOString() }]);

    const stat = await gossamer(queue.address, "stat", "docs/a.bin", "--json");
    expect(stat.code).toBe(0);
    expect(JSON.parse(stat.stdout)).toEqual({ name: "docs/a.bin", size: 10_000, version: 1, digest: fileDigestOfBytes(bytes), chunks: 3, chunkSize: 4096, created: new Date(1_700_000_000_000).toISOString() });
    const statText = await gossamer(queue.address, "stat", "docs/a.bin");
    expect(statText.stdout).toContain(`sha256-of-chunks:${fileDigestOfBytes(bytes)}`);
    expect(statText.stdout).toMatch(/chunks\s+3 of up to 4096 bytes/);

    const removed = await gossamer(queue.address, "rm", "docs/a.bin", "--json");
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({ removed: ["docs/a.bin"], missing: [], count: 1 });
    const again = await gossamer(queue.address, "rm", "docs/a.bin");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("no such file");
    oneLineError(again);
  });

  test("rm several names, and rm --prefix with --dry-run and --yes", async () => {
    const queue = startCluster();
    const source = join(dir.path, "small.bin");
    writeFileSync(source, "abc");
    for (const name of ["p/1", "p/2", "p/3", "q/1"]) expect((await gossamer(queue.address, "write", source, "--name", name)).code).toBe(0);
    const some = await gossamer(queue.address, "rm", "p/1", "absent", "q/1");
    expect(some.code).toBe(1);
    expect(some.stdout).toBe("removed p/1\nremoved q/1\n");
    expect(some.stderr).toContain("rm absent: no such file");
    const refused = await gossamer(queue.address, "rm", "--prefix", "p/");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("matches 2 file(s)");
    expect(refused.stderr).toContain("--yes");
    const dry = await gossamer(queue.address, "rm", "--prefix", "p/", "--dry-run", "--json");
    expect(dry.code).toBe(0);
    expect((JSON.parse(dry.stdout) as { count: number }).count).toBe(2);
    expect(queue.files.size).toBe(2);
    const done = await gossamer(queue.address, "rm", "--prefix", "p/", "--yes", "--json");
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({ removed: ["p/2", "p/3"], missing: [], count: 2 });
    expect(queue.files.size).toBe(0);
    expect((await gossamer(queue.address, "rm", "--prefix", "p/", "x")).code).toBe(2);
    expect((await gossamer(queue.address, "rm", "--prefix", "", "--yes")).code).toBe(2);
  });

  test("write -r, read -r and rm --prefix of several files each use one connection (one session per verb)", async () => {
    const queue = startCluster();
    const tree = join(dir.path, "tree");
    mkdirSync(tree, { recursive: true });
    const files = 4;
    for (let i = 0; i < files; i += 1) writeFileSync(join(tree, `f${i}`), patternBytes(5_000 + i, i));
    let handshakes = queue.handshakes;
    const written = await gossamer(queue.address, "write", "-r", tree);
    expect(written.code).toBe(0);
    expect(queue.files.size).toBe(files);
    expect(queue.handshakes - handshakes).toBe(1);
    handshakes = queue.handshakes;
    const read = await gossamer(queue.address, "read", "-r", "f", "-o", join(dir.path, "tree-copy"));
    expect(read.code).toBe(0);
    for (let i = 0; i < files; i += 1) expect(readFileSync(join(dir.path, "tree-copy", `${i}`)).length).toBe(5_000 + i);
    expect(queue.handshakes - handshakes).toBe(1);
    handshakes = queue.handshakes;
    const removed = await gossamer(queue.address, "rm", "--prefix", "f", "--yes");
    expect(removed.code).toBe(0);
    expect(queue.files.size).toBe(0);
    expect(queue.handshakes - handshakes).toBe(1);
  });

  test("errors under --json: one JSON object on stdout with a stable code", async () => {
    const queue = startCluster();
    const missing = await gossamer(queue.address, "stat", "absent", "--json");
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({ error: { code: "not-found", message: expect.stringContaining("absent") as unknown as string, exit: 1 } });
    const unreachable = await gossamer("127.0.0.1:1", "ls", "--json");
    expect(unreachable.code).toBe(3);
    expect((JSON.parse(unreachable.stdout) as { error: { code: string } }).error.code).toBe("unavailable");
    const misuse = await gossamer(queue.address, "ls", "--json", "--name", "x");
    expect(misuse.code).toBe(2);
    expect((JSON.parse(misuse.stdout) as { error: { code: string } }).error.code).toBe("usage");
    const badValue = await gossamer(queue.address, "ls", "--json", "--chunk-size", "12");
    expect((JSON.parse(badValue.stdout) as { error: { code: string } }).error.code).toBe("config");
  });

  test("status --json has exactly the documented shape", async () => {
    const queue = startCluster();
    const outcome = await gossamer(queue.address, "status", "--json");
    expect(outcome.code).toBe(0);
    const document = JSON.parse(outcome.stdout) as Record<string, unknown>;
    expect(document).toEqual({
      cluster: testCluster,
      leader: "n1",
      term: 7,
      nodes: [
        { id: "n1", address: "127.0.0.1:7401", role: "leader", term: 7, commit: 12, applied: 12, reachable: true, readsServed: 3 },
        { id: "n2", address: "127.0.0.1:7402", role: "follower", term: 7, commit: 12, applied: 11, reachable: false, readsServed: 0 },
      ],
      queues: { leader: 1, nonLeader: 2 },
      quorum: true,
    });
    const text = await gossamer(queue.address, "status");
    expect(text.stdout).toContain("leader n1");
    expect(text.stdout).toMatch(/n2\s+127\.0\.0\.1:7402\s+follower/);
  });

  test("remove-node sends the id", async () => {
    const queue = startCluster();
    const outcome = await gossamer(queue.address, "remove-node", "n3", "--json");
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({ nodeId: "n3", removed: true });
    expect(queue.removedNodes).toEqual(["n3"]);
  });
});

describe("exit codes", () => {
  test("unreachable queue: 3, naming the addresses tried", async () => {
    const outcome = await gossamer("127.0.0.1:1,127.0.0.1:2", "ls");
    expect(outcome.code).toBe(3);
    expect(outcome.stderr).toContain("127.0.0.1:1, 127.0.0.1:2");
    oneLineError(outcome);
  });

  test("a queue that accepts but never answers: 3 within --timeout", async () => {
    const silent = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data: () => undefined } });
    try {
      const started = performance.now();
      const outcome = await gossamer(`127.0.0.1:${silent.port}`, "ls", "--timeout", "300");
      expect(outcome.code).toBe(3);
      expect(outcome.stderr).toContain(`127.0.0.1:${silent.port}`);
      expect(performance.now() - started).toBeLessThan(3_000);
      oneLineError(outcome);
    } finally {
      silent.stop(true);
    }
  });

  test("missing arguments: 2", async () => {
    for (const verb of ["write", "read", "rm", "remove-node"]) {
      const outcome = await gossamer("127.0.0.1:1", verb);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toContain("missing");
      oneLineError(outcome);
    }
  });

  test("bad name, missing local file, file not in the cluster: 1", async () => {
    const queue = startCluster();
    const source = join(dir.path, "named.bin");
    writeFileSync(source, "x");
    const badName = await gossamer(queue.address, "write", source, "--name", "../escape");
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain("invalid file name");
    oneLineError(badName);
    const noFile = await gossamer(queue.address, "write", join(dir.path, "nope"));
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain("no such file");
    const notInCluster = await gossamer(queue.address, "read", "absent", "-o", join(dir.path, "absent.out"));
    expect(notInCluster.code).toBe(1);
    expect(notInCluster.stderr).toContain("not found");
    oneLineError(notInCluster);
  });

  test("ping with no queue server reachable: 3, naming the address tried", async () => {
    const outcome = await gossamer("127.0.0.1:1", "ping");
    expect(outcome.code).toBe(3);
    expect(outcome.stderr).toContain("127.0.0.1:1");
    oneLineError(outcome);
  });
});

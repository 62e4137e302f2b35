/**
 * Chunks heal, end to end with the compiled binary (three nodes and a queue server on loopback):
 * - a chunk file corrupted on the nodes that serve it first: reads answer at once from a good
 *   copy (a node answers its bad copy with an error instead of leaving the client to its
 *   timeout), `verify` names the bad copies and exits 1, and the nodes repair them from a peer;
 * - a chunk corrupted on the leader while a follower is down: the follower comes back and
 *   catches up (the leader repairs its copy from the other follower instead of failing every
 *   append), and every node ends with every chunk intact;
 * - the background scrub finds and repairs a corrupt chunk that nobody reads;
 * - it repairs a small file's rotted inline content (kept in the node's database) in place, once:
 *   no chunk file is written for it (one would be swept, and the rot found again, round after
 *   round), and the file reads back intact.
 * Each fails on the code before chunk repair: the read waits out its 30 s timeout, the follower
 * stays behind, the scrub does not exist.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Database } from "bun:sqlite";
import { sqliteFileName } from "../../src/storage/sqlite";
import { ClusterHarness, randomBytes } from "./cluster-harness";

const chunkSize = 64 << 10;
let harness: ClusterHarness | null = null;

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

function hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function chunkPath(h: ClusterHarness, nodeId: string, digest: string): string {
  return join(h.dir, nodeId, "chunks", digest);
}

/** Flips one byte of the node's copy of the chunk (bit rot). */
function corrupt(h: ClusterHarness, nodeId: string, digest: string): void {
  const path = chunkPath(h, nodeId, digest);
  const bytes = readFileSync(path);
  bytes[100] = (bytes[100] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
  expect(hex(readFileSync(path))).not.toBe(digest);
}

function intactOnDisk(h: ClusterHarness, nodeId: string, digest: string): boolean {
  const path = chunkPath(h, nodeId, digest);
  return existsSync(path) && hex(readFileSync(path)) === digest;
}

/** The node's inline content of the file, read from its database as it rests, or null. */
function inlineRow(h: ClusterHarness, nodeId: string, name: string): Uint8Array | null {
  const database = new Database(join(h.dir, nodeId, sqliteFileName), { readonly: true });
  try {
    return database.query<{ bytes: Uint8Array }, [string]>("SELECT bytes FROM inline_files WHERE name = ?").get(name)?.bytes ?? null;
  } finally {
    database.close();
  }
}

async function writeFile(h: ClusterHarness, name: string, size: number): Promise<{ readonly bytes: Uint8Array; readonly digests: string[] }> {
  const bytes = randomBytes(size);
  const input = join(h.dir, `${name.replaceAll("/", "_")}.in`);
  await Bun.write(input, bytes);
  const written = await h.client(["write", input, "--name", name]);
  expect(written.stderr).toBe("");
  expect(written.code).toBe(0);
  const digests: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) digests.push(hex(bytes.subarray(offset, offset + chunkSize)));
  return { bytes, digests };
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  // Bounded by the deadline.
  while (performance.now() < deadline) {
    if (await check()) return;
    await Bun.sleep(250);
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

describe("chunks heal", () => {
  test("a corrupt chunk on the serving nodes: reads answer at once, verify names it, the nodes repair it", async () => {
    harness = await ClusterHarness.start({ chunkSize, extraArgs: ["--scrub-bytes-per-second", "0"] });
    const h = harness;
    const { bytes, digests } = await writeFile(h, "heal/served.bin", 4 * chunkSize);
    const [first] = digests;
    if (first === undefined) throw new Error("no chunk");
    const [n1, n2] = h.cluster.nodes;
    if (n1 === undefined || n2 === undefined) throw new Error("three nodes");
    // Two of three copies rot: whichever node serves the read, chunk 0 is bad on at least one
    // node in its list before the good one.
    corrupt(h, n1.id, first);
    corrupt(h, n2.id, first);
    const checked = await h.client(["verify", "heal/served.bin", "--json"]);
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as { intact: boolean; nodes: { id: string; corrupt: number; good: number }[] };
    expect(report.intact).toBe(false);
    expect(report.nodes.filter((node) => node.corrupt === 1).map((node) => node.id).sort()).toEqual([n1.id, n2.id].sort());
    // A read with a 20 s request timeout: a node that stayed silent would cost all of it.
    const output = join(h.dir, "served.out");
    const read = await h.client(["read", "heal/served.bin", "-o", output, "--timeout", "20000"]);
    expect(read.stderr).toBe("");
    expect(read.code).toBe(0);
    expect(read.ms).toBeLessThan(15_000);
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
    await until("both bad copies repaired", 30_000, () => intactOnDisk(h, n1.id, first) && intactOnDisk(h, n2.id, first));
    const again = await h.client(["verify", "heal/served.bin"]);
    expect(again.stdout).toContain("4/4 chunks intact: ok");
    expect(again.code).toBe(0);
  }, 180_000);

  test("a corrupt chunk on the leader while a follower is down: the follower catches up", async () => {
    harness = await ClusterHarness.start({ chunkSize, extraArgs: ["--scrub-bytes-per-second", "0"] });
    const h = harness;
    const leader = await h.cluster.waitForLeader(30_000);
    const follower = h.cluster.nodes.find((node) => node.id !== leader);
    if (follower === undefined) throw new Error("a follower");
    await h.cluster.kill(follower);
    const { bytes, digests } = await writeFile(h, "heal/behind.bin", 6 * chunkSize);
    for (const digest of digests.slice(2, 4)) corrupt(h, leader, digest);
    h.cluster.spawn(follower);
    await until("the follower holds every chunk and the leader's copies are repaired", 60_000, () =>
      digests.every((digest) => intactOnDisk(h, follower.id, digest) && intactOnDisk(h, leader, digest)));
    await until("the follower applied what the leader did", 30_000, async () => {
      const status = await h.cluster.status();
      const applied = (id: string) => Number(status?.nodes?.find((node) => node.id === id)?.applied ?? -1);
      return applied(follower.id) > 0 && applied(follower.id) >= applied(leader);
    });
    const checked = await h.client(["verify", "heal/behind.bin"]);
    expect(checked.code).toBe(0);
    const output = join(h.dir, "behind.out");
    expect((await h.client(["read", "heal/behind.bin", "-o", output])).code).toBe(0);
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
  }, 180_000);

  test("the scrub repairs a corrupt chunk nobody reads", async () => {
    harness = await ClusterHarness.start({ chunkSize, extraArgs: ["--scrub-bytes-per-second", String(4 << 20)] });
    const h = harness;
    const { digests } = await writeFile(h, "heal/scrubbed.bin", 3 * chunkSize);
    const victim = h.cluster.nodes[2];
    const digest = digests[1];
    if (victim === undefined || digest === undefined) throw new Error("three nodes, three chunks");
    corrupt(h, victim.id, digest);
    // A pass rests 5 s and reads 192 KiB at 4 MiB/s: well within the bound.
    await until("the scrub repaired the chunk", 60_000, () => intactOnDisk(h, victim.id, digest));
  }, 180_000);

  test("the scrub repairs a small file's rotted inline content in place", async () => {
    harness = await ClusterHarness.start({ chunkSize, extraArgs: ["--scrub-bytes-per-second", String(4 << 20)] });
    const h = harness;
    const { bytes, digests } = await writeFile(h, "heal/small.bin", 3000);
    const victim = h.cluster.nodes[2];
    const digest = digests[0];
    if (victim === undefined || digest === undefined) throw new Error("three nodes, one chunk");
    // Behind the node's back, as rot would: the node has the file once it applied it.
    await until("the victim applied the file", 30_000, () => inlineRow(h, victim.id, "heal/small.bin") !== null);
    const database = new Database(join(h.dir, victim.id, sqliteFileName));
    try {
      const rotted = bytes.slice();
      rotted[7] = (rotted[7] ?? 0) ^ 0xff;
      database.run("UPDATE inline_files SET bytes = ? WHERE name = ?", [rotted, "heal/small.bin"]);
    } finally {
      database.close();
    }
    expect(hex(inlineRow(h, victim.id, "heal/small.bin") ?? new Uint8Array(0))).not.toBe(digest);
    await until("the scrub rewrote the inline content", 60_000, () => hex(inlineRow(h, victim.id, "heal/small.bin") ?? new Uint8Array(0)) === digest);
    // In place: no chunk file for the sweep to take (before, the good copy went there and the row stayed rotted).
    expect(existsSync(chunkPath(h, victim.id, digest))).toBe(false);
    const output = join(h.dir, "small.out");
    expect((await h.client(["read", "heal/small.bin", "-o", output])).code).toBe(0);
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
  }, 180_000);
});

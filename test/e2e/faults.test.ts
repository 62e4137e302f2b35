/**
 * The cluster under failure, with the compiled binary on loopback: SIGKILL of the leader in
 * the middle of a stream of writes, SIGKILL of the queue server mid-upload, a node killed
 * while reads run, and a majority down. The invariant throughout: a write acknowledged to the
 * client (exit 0) is readable afterwards with the right digest, from every node; nothing half
 * written is ever visible; without a majority nothing is acknowledged and the client says so
 * within a bounded time.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { ClusterHarness, randomBytes } from "./cluster-harness";

let harness: ClusterHarness | null = null;

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

async function readsBack(h: ClusterHarness, name: string, expected: Uint8Array, extra: string[] = []): Promise<boolean> {
  const output = join(h.dir, `${name.replaceAll("/", "_")}.${Math.random().toString(36).slice(2)}.out`);
  const read = await h.client(["read", name, "-o", output, ...extra]);
  if (read.code !== 0) return false;
  return Buffer.compare(sha256(new Uint8Array(await Bun.file(output).arrayBuffer())), sha256(expected)) === 0;
}

/** Chunk digests of a file as the cluster cuts it. */
function chunkDigests(bytes: Uint8Array, chunkSize: number): Uint8Array[] {
  const digests: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) digests.push(sha256(bytes.subarray(offset, offset + chunkSize)));
  return digests;
}

describe("faults", () => {
  test("SIGKILL the leader during a stream of writes: every acknowledged file survives on every node", async () => {
    const chunkSize = 64 << 10;
    harness = await ClusterHarness.start({ chunkSize });
    const h = harness;
    const acknowledged = new Map<string, Uint8Array>();
    const leader = await h.cluster.waitForLeader(30_000);
    let killed = false;
    for (let i = 0; i < 24; i += 1) {
      const name = `stream/${i}.bin`;
      const bytes = randomBytes(200_000 + i * 1000);
      const input = join(h.dir, `stream-${i}.in`);
      await Bun.write(input, bytes);
      if (i === 6) {
        await h.cluster.kill(h.cluster.node(leader));
        killed = true;
      }
      // The client retries a failed write, as a user would: same name, same bytes.
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const result = await h.client(["write", input, "--name", name, "--timeout", "15000"]);
        if (result.code === 0) {
          acknowledged.set(name, bytes);
          break;
        }
        await Bun.sleep(500);
      }
    }
    expect(killed).toBe(true);
    expect(acknowledged.size).toBe(24);
    // Bring the old leader back: it must catch up and hold every acknowledged chunk too.
    h.cluster.spawn(h.cluster.node(leader));
    await h.cluster.waitForLeader(30_000);
    for (const [name, bytes] of acknowledged) {
      expect(await readsBack(h, name, bytes)).toBe(true);
      for (const digest of chunkDigests(bytes, chunkSize)) {
        for (const node of h.cluster.nodes) {
          let present = false;
          for (let attempt = 0; attempt < 100 && !present; attempt += 1) {
            present = await h.nodeHasChunk(node.port, digest);
            if (!present) await Bun.sleep(100);
          }
          expect(present).toBe(true);
        }
      }
    }
  }, 300_000);

  test("SIGKILL the queue server mid-upload: the client fails clearly, nothing half written is visible, a retry succeeds", async () => {
    harness = await ClusterHarness.start({ chunkSize: 1 << 20 });
    const h = harness;
    const bytes = randomBytes(40 << 20);
    const input = join(h.dir, "big.in");
    await Bun.write(input, bytes);
    const writing = h.client(["write", input, "--name", "big.bin", "--timeout", "10000"]);
    await Bun.sleep(300);
    await h.cluster.kill(h.cluster.queue);
    const result = await writing;
    h.cluster.spawn(h.cluster.queue);
    await h.cluster.waitForLeader(30_000);
    if (result.code === 0) {
      // The upload finished before the kill landed: then it must be whole.
      expect(await readsBack(h, "big.bin", bytes)).toBe(true);
    } else {
      expect(result.stderr.length).toBeGreaterThan(0);
      const listing = await h.client(["ls", "--json"]);
      expect({ code: listing.code, stderr: listing.stderr }).toEqual({ code: 0, stderr: "" });
      expect(listing.stdout).not.toContain("big.bin");
    }
    const retry = await h.client(["write", input, "--name", "big.bin"]);
    expect(retry.code).toBe(0);
    expect(await readsBack(h, "big.bin", bytes)).toBe(true);
  }, 300_000);

  test("a node killed while reads run: every read still completes", async () => {
    harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
    const h = harness;
    const bytes = randomBytes(300_000);
    const input = join(h.dir, "r.in");
    await Bun.write(input, bytes);
    expect((await h.client(["write", input, "--name", "r.bin"])).code).toBe(0);
    const leader = await h.cluster.waitForLeader(30_000);
    const victim = h.cluster.nodes.find((node) => node.id !== leader);
    if (victim === undefined) throw new Error("a follower exists");
    const reads = Array.from({ length: 12 }, (_, i) => (async () => {
      await Bun.sleep(i * 40);
      return await readsBack(h, "r.bin", bytes);
    })());
    await Bun.sleep(150);
    await h.cluster.kill(victim);
    const outcomes = await Promise.all(reads);
    expect(outcomes.every(Boolean)).toBe(true);
  }, 300_000);

  test("a majority down: writes fail with a clear error within a bounded time, nothing acknowledged", async () => {
    harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
    const h = harness;
    const leader = await h.cluster.waitForLeader(30_000);
    const followers = h.cluster.nodes.filter((node) => node.id !== leader);
    for (const follower of followers) await h.cluster.kill(follower);
    const input = join(h.dir, "m.in");
    await Bun.write(input, randomBytes(100_000));
    const started = performance.now();
    const result = await h.client(["write", input, "--name", "minority.bin", "--timeout", "8000"]);
    const elapsed = performance.now() - started;
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/gossamer: .+/);
    expect(elapsed).toBeLessThan(90_000);
    for (const follower of followers) h.cluster.spawn(follower);
    await h.cluster.waitForLeader(30_000);
    const listing = await h.client(["ls", "--json"]);
    expect({ code: listing.code, stderr: listing.stderr }).toEqual({ code: 0, stderr: "" });
    // Not acknowledged; it may still have committed later (the leader kept it in its log), but
    // if it is visible it must be whole.
    if (listing.stdout.includes("minority.bin")) {
      expect(await readsBack(h, "minority.bin", new Uint8Array(await Bun.file(input).arrayBuffer()))).toBe(true);
    }
  }, 300_000);

  test("remove-node takes a dead node out through Raft; the rest keep working", async () => {
    harness = await ClusterHarness.start({ chunkSize: 64 << 10 });
    const h = harness;
    const leader = await h.cluster.waitForLeader(30_000);
    const victim = h.cluster.nodes.find((node) => node.id !== leader);
    if (victim === undefined) throw new Error("a follower exists");
    await h.cluster.kill(victim);
    const removed = await h.client(["remove-node", victim.id]);
    expect({ code: removed.code, stderr: removed.stderr }).toEqual({ code: 0, stderr: "" });
    const leaderLog = async (): Promise<string> => await Bun.file(join(h.dir, "logs", `${leader}.log`)).text();
    let log = "";
    for (let attempt = 0; attempt < 50 && !log.includes("membership.changed"); attempt += 1) {
      log = await leaderLog();
      if (!log.includes("membership.changed")) await Bun.sleep(100);
    }
    const changes = log.split("\n").filter((line) => line.includes("membership.changed"));
    const last = JSON.parse(changes.at(-1) ?? "{}") as { voters?: string[] };
    expect(last.voters).not.toContain(victim.id);
    expect(last.voters).toHaveLength(2);
    const input = join(h.dir, "after.in");
    await Bun.write(input, randomBytes(10_000));
    expect((await h.client(["write", input, "--name", "after.bin"])).code).toBe(0);
  }, 120_000);
});

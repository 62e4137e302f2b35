/**
 * Log compaction and snapshot install across processes: with a snapshot every 20 applied
 * entries, a follower that was down while the others wrote (and compacted their logs past
 * what it has) can only catch up through InstallSnapshot. After it restarts it must hold
 * every chunk of every file written meanwhile and apply as far as the leader. Small files kept
 * inline travel in the snapshot with their records: the follower serves them after the install
 * without a chunk file for any of them.
 */
import { afterEach, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ClusterHarness, randomBytes } from "./cluster-harness";

let harness: ClusterHarness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

test("a follower behind a compacted log catches up by snapshot", async () => {
  const chunkSize = 64 << 10;
  harness = await ClusterHarness.start({ chunkSize, extraArgs: ["--snapshot-entries", "20"] });
  const h = harness;
  const leader = await h.cluster.waitForLeader(30_000);
  const lagging = h.cluster.nodes.find((node) => node.id !== leader);
  if (lagging === undefined) throw new Error("a follower exists");
  await h.cluster.kill(lagging);
  const files: Uint8Array[] = [];
  for (let i = 0; i < 15; i += 1) {
    const bytes = randomBytes(100_000 + i);
    await Bun.write(join(h.dir, `s${i}.in`), bytes);
    const written = await h.client(["write", join(h.dir, `s${i}.in`), "--name", `s/${i}`]);
    expect(written.code).toBe(0);
    files.push(bytes);
  }
  h.cluster.spawn(lagging);
  const digests = files.flatMap((bytes) => {
    const out: Uint8Array[] = [];
    for (let offset = 0; offset < bytes.length; offset += chunkSize) out.push(new Uint8Array(createHash("sha256").update(bytes.subarray(offset, offset + chunkSize)).digest()));
    return out;
  });
  let caughtUp = false;
  for (let attempt = 0; attempt < 200 && !caughtUp; attempt += 1) {
    const status = await h.cluster.status();
    const leaderApplied = status?.nodes?.find((node) => node.id === leader)?.applied ?? -1;
    const laggingApplied = status?.nodes?.find((node) => node.id === lagging.id)?.applied ?? -2;
    caughtUp = laggingApplied === leaderApplied && (status?.nodes?.find((node) => node.id === lagging.id)?.reachable ?? false);
    if (!caughtUp) await Bun.sleep(200);
  }
  expect(caughtUp).toBe(true);
  for (const digest of digests) expect(await h.nodeHasChunk(lagging.port, digest)).toBe(true);
  const log = await Bun.file(join(h.dir, "logs", `${lagging.id}.log`)).text();
  expect(log).toContain("snapshot.installed");
}, 180_000);

test("small files kept inline reach a follower behind a compacted log inside the snapshot", async () => {
  harness = await ClusterHarness.start({ extraArgs: ["--snapshot-entries", "20"] });
  const h = harness;
  const leader = await h.cluster.waitForLeader(30_000);
  const lagging = h.cluster.nodes.find((node) => node.id !== leader);
  if (lagging === undefined) throw new Error("a follower exists");
  await h.cluster.kill(lagging);
  // One put-file entry each: 30 of them take the log past two snapshots.
  const digests: Uint8Array[] = [];
  for (let i = 0; i < 30; i += 1) {
    const bytes = randomBytes(200 + i * 300);
    await Bun.write(join(h.dir, `i${i}.in`), bytes);
    expect((await h.client(["write", join(h.dir, `i${i}.in`), "--name", `inline/${i}`])).code).toBe(0);
    digests.push(new Uint8Array(createHash("sha256").update(bytes).digest()));
  }
  h.cluster.spawn(lagging);
  let served = false;
  for (let attempt = 0; attempt < 200 && !served; attempt += 1) {
    served = await h.nodeHasChunk(lagging.port, digests[digests.length - 1] ?? new Uint8Array());
    if (!served) await Bun.sleep(200);
  }
  expect(served).toBe(true);
  for (const digest of digests) {
    expect(await h.nodeHasChunk(lagging.port, digest)).toBe(true);
    expect(existsSync(join(h.dir, lagging.id, "chunks", Buffer.from(digest).toString("hex")))).toBe(false);
  }
  const log = await Bun.file(join(h.dir, "logs", `${lagging.id}.log`)).text();
  expect(log).toContain("snapshot.installed");
}, 180_000);

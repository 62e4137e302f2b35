/**
 * The big snapshot case of the contract: fills a storage with `totalBytes` of chunks in files,
 * streams a snapshot from it straight into a second, empty storage, and checks the copy is
 * exact (records equal, every chunk present, a sample of chunks byte-equal) while the process's
 * peak RSS, sampled every few ms, grows by less than rssGrowthMax over where it started.
 */
import { expect } from "bun:test";
import { logIndex, nodeId, term } from "../../src/raft/types";
import type { Digest } from "../../src/files/digest";
import { digestOf } from "../../src/files/sha256";
import type { Storage } from "../../src/storage/storage";
import type { StorageHarness } from "./contract";
import { chunkBytes, put } from "./fixtures";

export const rssGrowthMax = 200 << 20;
const snapshotChunkBytes = 1 << 20;
const chunksPerFile = 64;
const rssSampleMs = 5;

async function fill(storage: Storage, totalBytes: number): Promise<Digest[][]> {
  const files: Digest[][] = [];
  const chunkCount = Math.ceil(totalBytes / snapshotChunkBytes);
  for (let seed = 0; seed < chunkCount; seed += 1) {
    const bytes = chunkBytes(seed + 1_000_000, snapshotChunkBytes);
    const digest = digestOf(bytes);
    await storage.putChunk(digest, bytes);
    if (seed % chunksPerFile === 0) files.push([]);
    files[files.length - 1]?.push(digest);
  }
  const commands = files.map((chunks, at) => put(at + 1, {
    name: `big/${String(at).padStart(4, "0")}`, size: chunks.length * snapshotChunkBytes, sha256: digestOf(new Uint8Array([at])),
    chunkBytes: snapshotChunkBytes, chunks,
  }));
  await storage.applyBatch(commands, logIndex(files.length));
  return files;
}

export async function runBigSnapshotCase(source: Storage, makeHarness: () => Promise<StorageHarness>, totalBytes: number): Promise<void> {
  const files = await fill(source, totalBytes);
  const targetHarness = await makeHarness();
  const target = await targetHarness.open();
  try {
    Bun.gc(true);
    const rssStart = process.memoryUsage().rss;
    let rssPeak = rssStart;
    const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }, rssSampleMs);
    const startedMs = performance.now();
    try {
      const snapshot = await source.writeSnapshot();
      expect(snapshot.appliedIndex).toBe(logIndex(files.length));
      await target.installSnapshot({ index: logIndex(files.length), term: term(1), confState: { voters: [nodeId("n1")], learners: [], votersOutgoing: [] } }, snapshot);
    } finally {
      clearInterval(sampler);
    }
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    const seconds = (performance.now() - startedMs) / 1000;
    console.log(`snapshot round trip: ${totalBytes >> 20} MiB in ${seconds.toFixed(1)} s, RSS growth peak ${((rssPeak - rssStart) / 2 ** 20).toFixed(0)} MiB`);
    expect(rssPeak - rssStart).toBeLessThan(rssGrowthMax);
    expect(await target.listFiles("big/", { limit: 10_000 })).toEqual(await source.listFiles("big/", { limit: 10_000 }));
    for (const chunks of files) for (const digest of chunks) expect(await target.hasChunk(digest)).toBe(true);
    const sample = [files[0]?.[0], files[files.length - 1]?.at(-1)];
    for (const digest of sample) {
      if (digest === undefined) throw new Error("no chunks");
      expect(digestOf((await target.getChunk(digest)) ?? new Uint8Array())).toBe(digest);
    }
  } finally {
    await target.close();
    await targetHarness.destroy();
  }
}

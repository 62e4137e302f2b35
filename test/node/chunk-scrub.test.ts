/**
 * The scrub reads every chunk of every file, has exactly the corrupt or missing ones repaired,
 * and paces itself by bytes: the sleeps add up to the bytes read divided by the rate, each check
 * charged at least scrubCheckBytesMin (so many small files are not checked a thousand times a
 * second). A small
 * file's rotted inline content is repaired once, in place: the next pass finds nothing. Memory
 * storage; the repair and the clock are recorded, so the test is deterministic.
 */
import { expect, test } from "bun:test";
import type { Digest } from "../../src/files/digest";
import { silentLogger } from "../../src/lib/logger";
import { MemoryStorage } from "../../src/storage/memory";
import { ChunkScrub, scrubCheckBytesMin } from "../../src/node/chunk-scrub";
import { ChunkRepair } from "../../src/node/chunk-repair";
import { digestOf } from "../../src/files/sha256";
import { logIndex, nodeId } from "../../src/raft/types";
import { chunk, chunkBytes, manifest, put, putInline } from "../storage/fixtures";

test("one pass checks every chunk, repairs the bad ones, and sleeps bytes / rate", async () => {
  const storage = new MemoryStorage();
  const pieces = [1, 2, 3, 4].map((seed) => chunk(seed));
  for (const piece of pieces) await storage.putChunk(piece.digest, piece.bytes);
  await storage.applyBatch([put(1, manifest("a", pieces.slice(0, 2))), put(2, manifest("b", pieces.slice(2)))], logIndex(2));
  const [, rotten, , lost] = pieces;
  if (rotten === undefined || lost === undefined) throw new Error("four chunks");
  const stored = storage.state.chunks.get(rotten.digest);
  if (stored !== undefined) stored[0] = (stored[0] ?? 0) ^ 0xff;
  storage.state.chunks.delete(lost.digest);
  const repaired: Digest[] = [];
  let sleptMs = 0;
  const scrub = new ChunkScrub({
    storage, logger: silentLogger, bytesPerSecond: (64 << 10) * 10,
    repair: { repair: async (digest, source) => { expect(source).toBe("scrub"); repaired.push(digest); return "repaired"; } },
    sleep: async (ms) => { sleptMs += ms; },
  });
  await scrub.pass();
  expect(repaired.sort()).toEqual([rotten.digest, lost.digest].sort());
  // Four checks (two intact chunks of 4096 bytes, a rotten one, a lost one), each charged the
  // 64 KiB floor at 655,360 bytes/s: 100 ms each.
  expect(sleptMs).toBe(400);
});

test("small files are checked at most rate / scrubCheckBytesMin times a second, not paced by their few bytes", async () => {
  const storage = new MemoryStorage();
  const files = 50;
  await storage.applyBatch(Array.from({ length: files }, (_, i) => putInline(i + 1, `small/${i}`, chunkBytes(100 + i, 256))), logIndex(files));
  let sleptMs = 0;
  let checks = 0;
  const bytesPerSecond = 8 << 20;
  const scrub = new ChunkScrub({
    storage, logger: silentLogger, bytesPerSecond, repair: { repair: async () => "repaired" },
    sleep: async (ms) => { sleptMs += ms; checks += 1; },
  });
  await scrub.pass();
  expect(checks).toBe(files);
  // 256 bytes at 8 MiB/s would be 1 ms a check (about a thousand checks a second).
  expect(sleptMs).toBe(files * Math.ceil((scrubCheckBytesMin * 1000) / bytesPerSecond));
  expect(sleptMs / files).toBeGreaterThanOrEqual(7);
});

test("rotted inline content: one repair rewrites it in place, and after the sweeps the next pass finds nothing", async () => {
  const storage = new MemoryStorage();
  const small = chunkBytes(61, 900);
  const digest = digestOf(small);
  await storage.applyBatch([putInline(1, "small", small)], logIndex(1));
  const content = storage.state.inline.get("small");
  if (content === undefined) throw new Error("kept inline");
  content.bytes[0] = (content.bytes[0] ?? 0) ^ 0xff;
  const found: Digest[] = [];
  const repair = new ChunkRepair({ self: nodeId("n1"), storage, logger: silentLogger, peers: () => [nodeId("n1"), nodeId("n2")], fetch: async () => small.slice() });
  const scrub = new ChunkScrub({
    storage, logger: silentLogger, bytesPerSecond: 1 << 30, sleep: async () => undefined,
    repair: { repair: async (bad, source) => { found.push(bad); return await repair.repair(bad, source); } },
  });
  await scrub.pass();
  expect(found).toEqual([digest]);
  expect(await storage.getChunk(digest)).toEqual(small);
  expect(await storage.readChunk(digest)).toEqual(small);
  // The good copy is not parked in the chunk store, where no file references it: two sweeps
  // (the first spares what was put since the last) take nothing, and the rot does not come back.
  expect(await storage.hasChunk(digest)).toBe(false);
  await storage.sweepChunks();
  await storage.sweepChunks();
  await scrub.pass();
  expect(found).toEqual([digest]);
  expect(repair.repaired).toBe(1);
});

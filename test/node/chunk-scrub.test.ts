/**
 * The scrub reads every chunk of every file, has exactly the corrupt or missing ones repaired,
 * and paces itself by bytes: the sleeps add up to the bytes read divided by the rate. Memory
 * storage; the repair and the clock are recorded, so the test is deterministic.
 */
import { expect, test } from "bun:test";
import type { Digest } from "../../src/files/digest";
import { silentLogger } from "../../src/lib/logger";
import { logIndex } from "../../src/raft/types";
import { MemoryStorage } from "../../src/storage/memory";
import { ChunkScrub } from "../../src/node/chunk-scrub";
import { chunk, manifest, put } from "../storage/fixtures";

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
    storage, logger: silentLogger, bytesPerSecond: 4096 * 10,
    repair: { repair: async (digest, source) => { expect(source).toBe("scrub"); repaired.push(digest); return "repaired"; } },
    sleep: async (ms) => { sleptMs += ms; },
  });
  await scrub.pass();
  expect(repaired.sort()).toEqual([rotten.digest, lost.digest].sort());
  // Two intact chunks of 4096 bytes at 40,960 bytes/s: 100 ms each.
  expect(sleptMs).toBe(200);
});

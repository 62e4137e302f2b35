/**
 * Repair fetches a good copy from the first peer that has one (a peer's bad copy is skipped),
 * replaces this node's corrupt copy, joins a repair already running for the same digest, and
 * says so when no peer has a good copy.
 */
import { expect, test } from "bun:test";
import { silentLogger } from "../../src/lib/logger";
import { nodeId, type NodeId } from "../../src/raft/types";
import { MemoryStorage } from "../../src/storage/memory";
import { ChunkRepair } from "../../src/node/chunk-repair";
import { chunk } from "../storage/fixtures";

const self = nodeId("n1");
const peers = [self, nodeId("n2"), nodeId("n3")];

test("a corrupt copy is replaced with a peer's good one; a peer's bad copy is skipped", async () => {
  const storage = new MemoryStorage();
  const item = chunk(5);
  await storage.putChunk(item.digest, item.bytes);
  const stored = storage.state.chunks.get(item.digest);
  if (stored !== undefined) stored[1] = (stored[1] ?? 0) ^ 0xff;
  const asked: NodeId[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const repair = new ChunkRepair({
    self, storage, logger: silentLogger, peers: () => peers,
    fetch: async (peer) => {
      asked.push(peer);
      await gate;
      if (peer === "n2") return new Uint8Array(item.bytes.length);
      return item.bytes.slice();
    },
  });
  const first = repair.repair(item.digest, "read");
  const second = repair.repair(item.digest, "scrub");
  release();
  expect(await first).toBe("repaired");
  expect(await second).toBe("repaired");
  expect<string[]>(asked).toEqual(["n2", "n3"]);
  expect(repair.repaired).toBe(1);
  expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
});

test("no peer with a good copy", async () => {
  const storage = new MemoryStorage();
  const repair = new ChunkRepair({ self, storage, logger: silentLogger, peers: () => peers, fetch: async () => null });
  expect(await repair.repair(chunk(6).digest, "replication")).toBe("no-good-copy");
  expect(repair.repaired).toBe(0);
});

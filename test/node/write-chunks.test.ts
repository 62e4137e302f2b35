/**
 * A write's put-file must never commit unless every chunk entry it references committed before
 * it. The leader proposes a write's chunk entries and its put-file in one term without waiting
 * for each chunk (one replication round for a small file); Log Matching makes that safe only if
 * every chunk entry was actually appended. Here a real driver loop over a real single-node core
 * and memory storage runs the real write handler, and the core refuses one chunk entry (as it
 * does when the uncommitted-bytes bound is hit): the write must fail, and no file may be
 * committed whose chunk entries are not all in the log before its put-file.
 */
import { afterEach, describe, expect, test } from "bun:test";
import type { Digest } from "../../src/files/digest";
import { chunkBytesMin } from "../../src/files/limits";
import type { Manifest } from "../../src/files/manifest";
import { digestOf, fileDigestOf } from "../../src/files/sha256";
import { monotonicClock } from "../../src/lib/clock";
import { silentLogger } from "../../src/lib/logger";
import { Prng } from "../../src/lib/prng";
import { RaftLoop } from "../../src/node/raft-loop";
import { handleWork, type QueueSource, type WorkContext } from "../../src/node/work-handlers";
import { ChunkMemory } from "../../src/node/chunk-memory";
import { ChunkBudget, chunkBudgetBytesDefault } from "../../src/node/chunk-budget";
import { decodeMessage, encodeMessage, type Envelope, type EnvelopeShape } from "../../src/wire/codec";
import type { ChannelError } from "../../src/net/channel-error";
import type { Result } from "../../src/lib/result";
import { defaultRaftConfig } from "../../src/raft/config";
import { createRaft } from "../../src/raft/raft";
import { logIndex, nodeId, type RaftCore } from "../../src/raft/types";
import { decodeFileCommand } from "../../src/storage/file-commands";
import { MemoryStorage } from "../../src/storage/memory";
import { manifestToWire } from "../../src/wire/manifest-codec";
import { pb } from "../../src/wire/proto";
import { ok } from "../../src/lib/result";
import type { Membership } from "../../src/node/membership";
import type { GlobalPresence } from "../../src/node/global-presence";

const self = nodeId("n1");
const chunkCount = 5;

function fileOf(seed: number): { readonly manifest: Manifest; readonly chunks: readonly Uint8Array[] } {
  const prng = new Prng(seed);
  const chunks = Array.from({ length: chunkCount }, () => {
    const bytes = new Uint8Array(chunkBytesMin);
    for (let i = 0; i < bytes.length; i += 4) new DataView(bytes.buffer).setUint32(i, prng.nextUint32());
    return bytes;
  });
  const digests = chunks.map(digestOf);
  return { manifest: { name: "w/file.bin", size: chunkCount * chunkBytesMin, chunkBytes: chunkBytesMin, chunks: digests, sha256: fileDigestOf(digests) }, chunks };
}

/** The core, except that it refuses the chunk entry of `refused` like a full uncommitted-bytes bound. */
function refusing(core: RaftCore, refused: Digest | null): RaftCore {
  return new Proxy(core, {
    get(target, property, receiver) {
      if (property === "propose") {
        return (data: Uint8Array) => {
          const command = decodeFileCommand(data);
          if (command.ok && command.value.kind === "chunk" && command.value.digest === refused) return { kind: "dropped", reason: "uncommitted-bytes-max" };
          return target.propose(data);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
});

async function singleNode(refused: Digest | null, storage = new MemoryStorage(), chunkBudget = new ChunkBudget(chunkBudgetBytesDefault, 16)): Promise<{ readonly storage: MemoryStorage; readonly context: WorkContext }> {
  const durable = await storage.loadDurableState();
  const core = createRaft(defaultRaftConfig(self, new Prng(7)), { ...durable, applied: logIndex(0), initialConfState: { voters: [self], learners: [], votersOutgoing: [] } });
  const loop = new RaftLoop({ core: refusing(core, refused), storage, logger: silentLogger, tickMs: 5, clock: monotonicClock, send: () => undefined }, logIndex(0));
  const running = loop.run();
  stop = async () => {
    loop.stop();
    await running;
  };
  for (let i = 0; i < 400 && loop.softState.role !== "leader"; i += 1) await Bun.sleep(5);
  expect(loop.softState.role).toBe("leader");
  const context: WorkContext = {
    self, storage, loop, logger: silentLogger, members: () => new Map([[self, "127.0.0.1:1"]]),
    membership: {} as Membership, presence: {} as GlobalPresence, now: () => Date.now(), chunkMemory: new ChunkMemory(), chunkBudget, readsServed: 0,
  };
  return { storage, context };
}

/** A reply as the node receives it: encoded and decoded by the real codec, so its payload is verified. */
function throughCodec(shape: EnvelopeShape): Result<Envelope, ChannelError> {
  const encoded = encodeMessage({ requestId: 1, ...shape });
  const decoded = decodeMessage(encoded.envelope, encoded.segments);
  if (!decoded.ok) throw decoded.error;
  return ok(decoded.value);
}

/** The queue server's side of an upload: hands the chunks over, last first, then lets the write finish. */
function queueOf(chunks: readonly Uint8Array[]): QueueSource {
  let next = chunks.length - 1;
  return {
    request: async (shape) => {
      if (shape.uploadFinish !== undefined && shape.uploadFinish !== null) return throughCodec({ ack: {} });
      const index = next;
      next -= 1;
      const data = chunks[index] ?? new Uint8Array(0);
      return throughCodec({ uploadChunk: { workId: shape.uploadPull?.workId ?? 0, chunkIndex: index, data } });
    },
  };
}

/** Every chunk of every committed file has a chunk entry before the put-file that wrote it. */
function checkChunksBeforePutFile(storage: MemoryStorage): void {
  const seen = new Set<string>();
  for (const { entry } of storage.state.log) {
    const command = decodeFileCommand(entry.data);
    if (!command.ok) continue;
    if (command.value.kind === "chunk") seen.add(command.value.digest);
    if (command.value.kind === "put-file") for (const digest of command.value.manifest.chunks) expect(seen.has(digest)).toBe(true);
  }
}

describe("a write and its chunk entries", () => {
  test("with every chunk entry accepted, the write commits after all of them", async () => {
    const { manifest, chunks } = fileOf(1);
    const { storage, context } = await singleNode(null);
    const result = await handleWork(context, pb.WorkItem.create({ workId: 1, write: { manifest: manifestToWire(manifest) } }), queueOf(chunks));
    expect(result.error ?? null).toBeNull();
    expect(result.write?.manifest?.name).toBe(manifest.name);
    expect((await storage.getFile(manifest.name))?.chunks).toEqual([...manifest.chunks]);
    checkChunksBeforePutFile(storage);
    // Committed chunks leave the leader's memory: a follower behind reads them from the store.
    expect(context.chunkMemory.bytesHeld).toBe(0);
  });

  test("a refused chunk entry fails the write: its put-file is never appended", async () => {
    const { manifest, chunks } = fileOf(2);
    const { storage, context } = await singleNode(manifest.chunks[3] ?? null);
    const result = await handleWork(context, pb.WorkItem.create({ workId: 1, write: { manifest: manifestToWire(manifest) } }), queueOf(chunks));
    expect(result.write ?? null).toBeNull();
    expect(result.error?.code).toBe(pb.ErrorCode.ERROR_BUSY);
    await Bun.sleep(50);
    expect(await storage.getFile(manifest.name)).toBeNull();
    checkChunksBeforePutFile(storage);
  });
});

/** Waits (bounded) until every grant of the budget was given back. */
async function budgetDrained(budget: ChunkBudget): Promise<void> {
  for (let i = 0; i < 400 && (budget.bytesHeld > 0 || budget.waiting > 0); i += 1) await Bun.sleep(5);
  expect(budget.waiting).toBe(0);
  expect(budget.bytesHeld).toBe(0);
}

describe("a write and the node's chunk budget", () => {
  test("a budget of one chunk, far below the write's window: the write commits, one chunk pinned at a time", async () => {
    const { manifest, chunks } = fileOf(5);
    const budget = new ChunkBudget(chunkBytesMin, 4);
    const { storage, context } = await singleNode(null, new MemoryStorage(), budget);
    const source = queueOf(chunks);
    const heldAtPull: number[] = [];
    const watched: QueueSource = {
      request: async (shape, timeoutMs) => {
        if (shape.uploadPull !== undefined && shape.uploadPull !== null) heldAtPull.push(budget.bytesHeld);
        return await source.request(shape, timeoutMs);
      },
    };
    const result = await handleWork(context, pb.WorkItem.create({ workId: 1, write: { manifest: manifestToWire(manifest) } }), watched);
    expect(result.error ?? null).toBeNull();
    expect((await storage.getFile(manifest.name))?.chunks).toEqual([...manifest.chunks]);
    expect(heldAtPull).toEqual(Array.from({ length: chunkCount }, () => chunkBytesMin));
    await budgetDrained(budget);
  });

  test("a write whose chunk entry is refused gives back every grant", async () => {
    const { manifest, chunks } = fileOf(6);
    const budget = new ChunkBudget(2 * chunkBytesMin, 4);
    const { context } = await singleNode(manifest.chunks[1] ?? null, new MemoryStorage(), budget);
    const result = await handleWork(context, pb.WorkItem.create({ workId: 1, write: { manifest: manifestToWire(manifest) } }), queueOf(chunks));
    expect(result.error?.code).toBe(pb.ErrorCode.ERROR_BUSY);
    await budgetDrained(budget);
  });

  test("a pull that fails gives its grant back, and so do the pulls waiting for one", async () => {
    const { manifest, chunks } = fileOf(7);
    const budget = new ChunkBudget(chunkBytesMin, 4);
    const { context } = await singleNode(null, new MemoryStorage(), budget);
    const source = queueOf(chunks);
    let pulls = 0;
    const failing: QueueSource = {
      request: async (shape, timeoutMs) => {
        if (shape.uploadPull !== undefined && shape.uploadPull !== null && (pulls += 1) === 2) {
          return throughCodec({ error: { code: pb.ErrorCode.ERROR_UNAVAILABLE, message: "upload gone" } });
        }
        return await source.request(shape, timeoutMs);
      },
    };
    const result = await handleWork(context, pb.WorkItem.create({ workId: 1, write: { manifest: manifestToWire(manifest) } }), failing);
    expect(result.error?.code).toBe(pb.ErrorCode.ERROR_UNAVAILABLE);
    expect(result.error?.message).toContain("upload gone");
    await budgetDrained(budget);
  });
});

/**
 * Memory storage whose getFile waits until `count` put-files were applied: a write's handler
 * reads the file back only after another writer's put-file of the same name committed too, as
 * happens when two writes of one name race.
 */
class LateReads extends MemoryStorage {
  private readonly appliedPuts: number[] = [];
  private release: (() => void) | null = null;
  private readonly released: Promise<void>;

  constructor(private readonly count: number) {
    super();
    this.released = new Promise((resolve) => { this.release = resolve; });
  }

  override async applyBatch(...args: Parameters<MemoryStorage["applyBatch"]>): Promise<void> {
    await super.applyBatch(...args);
    for (const item of args[0]) if (item.command.kind === "put-file") this.appliedPuts.push(item.index);
    if (this.appliedPuts.length >= this.count) this.release?.();
  }

  override async getFile(name: string): ReturnType<MemoryStorage["getFile"]> {
    await this.released;
    return await super.getFile(name);
  }
}

describe("two writers of one name", () => {
  test("each write is confirmed by its own commit, not by the other writer's", async () => {
    const first = fileOf(3);
    const second = fileOf(4);
    const { context } = await singleNode(null, new LateReads(2));
    const [a, b] = await Promise.all([
      handleWork(context, pb.WorkItem.create({ workId: 1, write: { manifest: manifestToWire(first.manifest) } }), queueOf(first.chunks)),
      handleWork(context, pb.WorkItem.create({ workId: 2, write: { manifest: manifestToWire(second.manifest) } }), queueOf(second.chunks)),
    ]);
    const digestOfAnswer = (result: typeof a): string => Buffer.from(result.write?.manifest?.digest ?? new Uint8Array(0)).toString("hex");
    expect(digestOfAnswer(a)).toBe(first.manifest.sha256);
    expect(digestOfAnswer(b)).toBe(second.manifest.sha256);
    // Each answer names its own put-file's index as the version, and they differ.
    expect(Number(a.write?.manifest?.version)).toBe(Number(a.write?.commitIndex));
    expect(Number(b.write?.manifest?.version)).toBe(Number(b.write?.commitIndex));
    expect(Number(a.write?.commitIndex)).not.toBe(Number(b.write?.commitIndex));
  });
});

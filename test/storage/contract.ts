/**
 * The storage contract: one suite every backend (memory, sqlite, mysql) must pass, so the
 * node and the simulator can swap them freely. It proves, against a real instance of each:
 * the log's append / read / truncate / compact semantics (Raft §5.3: an append replaces a
 * conflicting suffix), hard state and snapshot metadata, reopening after close with nothing
 * lost, idempotent apply (a batch at or below the applied index changes nothing), the chunk
 * store (digest verified, 8 MiB chunks, a second put is free), the sweep (reclaims exactly the
 * chunks no file and no live log entry references), snapshot streaming (a round trip of a
 * large snapshot with peak RSS growth bounded), and crash safety (a child process SIGKILLed in
 * the middle of appends keeps a prefix that includes every entry it reported durable), and
 * write ids (a put-file whose id was applied applies nothing and the id's record keeps the
 * first version, through reopen and snapshots; only the last writeIdsRememberedMax are kept), and
 * files kept inline (a small file's content with its record: served as its one chunk, never in
 * the chunk store, dropped with the file, carried by snapshots; rotted, repaired in place with a
 * good copy, for every file that keeps it, durably, and never into the chunk store).
 *
 * A backend gives a harness: `open()` opens (or reopens) the same durable place, and
 * `childSpec` lets a child process open it too. A case a backend cannot run says why.
 */
import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { logIndex, term, type SnapshotMeta } from "../../src/raft/types";
import { digestOf } from "../../src/files/sha256";
import type { Digest } from "../../src/files/digest";
import { isChunkCorrupt, StorageError } from "../../src/storage/errors";
import type { Storage } from "../../src/storage/storage";
import type { OpenSpec } from "../../src/storage/open";
import { chunk, chunkBytes, entry, hardState, manifest, put, putInline, range, remove, toPersist, writeIdOf } from "./fixtures";
import { writeIdsRememberedMax } from "../../src/files/write-id";
import { decodeFileCommand, encodeFileCommand, type IndexedFileCommand } from "../../src/storage/file-commands";
import { inlineBytesMax } from "../../src/files/limits";
import { runCrashCase } from "./crash-case";
import { runBigSnapshotCase } from "./snapshot-case";

export interface StorageHarness {
  /** Opens the harness's durable place; called again after close() to reopen it. */
  open(): Promise<Storage>;
  /** Removes the place (temp dir, database). */
  destroy(): Promise<void>;
  /** How a child process opens the same place; null when the backend lives in one process. */
  readonly childSpec: OpenSpec | null;
  /** Flips one byte of a stored chunk behind the storage's back (bit rot); null: not possible here, with why. */
  readonly corruptChunk: ((storage: Storage, digest: Digest) => Promise<void>) | { readonly skipReason: string };
  /** Flips one byte of the content of the file `name` kept inline, behind the storage's back (bit rot). */
  readonly corruptInline: (storage: Storage, name: string) => Promise<void>;
}

export interface ContractOptions {
  /** Bytes in the big snapshot round trip, and why when it is not 1 GiB. */
  readonly snapshotBytes: number;
  readonly snapshotNote?: string | undefined;
  /** Why the crash case cannot run (memory is not durable across processes). */
  readonly crashSkipReason?: string;
}

const meta = (index: number, snapshotTerm: number): SnapshotMeta => ({
  index: logIndex(index), term: term(snapshotTerm), confState: { voters: ["n1", "n2", "n3"] as never[], learners: [], votersOutgoing: [] },
});

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const putInlineManifest = (name: string, content: Uint8Array) => {
  const command = putInline(1, name, content).command;
  if (command.kind !== "put-file") throw new Error("fixture");
  return command.manifest;
};

export function runStorageContract(name: string, makeHarness: () => Promise<StorageHarness>, options: ContractOptions): void {
  describe(`storage contract: ${name}`, () => {
    let harness: StorageHarness;
    let storage: Storage;
    beforeEach(async () => {
      harness = await makeHarness();
      storage = await harness.open();
    });
    afterEach(async () => {
      await storage.close();
      await harness.destroy();
    });
    const reopen = async (): Promise<Storage> => {
      await storage.close();
      storage = await harness.open();
      return storage;
    };

    test("a new storage is empty", async () => {
      const state = await storage.loadDurableState();
      expect(state.hardState).toEqual(hardState(0, null, 0));
      expect(state.snapshot).toBeNull();
      expect(state.entries).toEqual([]);
      expect(await storage.firstIndex()).toBe(logIndex(1));
      expect(await storage.lastIndex()).toBe(logIndex(0));
      expect(await storage.appliedIndex()).toBe(logIndex(0));
    });

    test("append, read a range, and a byte bound that still returns one entry", async () => {
      await storage.persist(hardState(1, "n1", 0), toPersist(range(1, 10, 1)));
      expect(await storage.lastIndex()).toBe(logIndex(10));
      const middle = await storage.entries(logIndex(3), logIndex(7));
      expect(middle.map((item) => item.index)).toEqual([3, 4, 5, 6].map(logIndex));
      expect(text(middle[0]?.data ?? new Uint8Array())).toBe("e3t1");
      expect(await storage.entries(logIndex(5), logIndex(5))).toEqual([]);
      expect((await storage.entries(logIndex(1), logIndex(11), 1)).length).toBe(1);
      expect((await storage.entries(logIndex(1), logIndex(11), 8)).length).toBe(2);
      await expect(storage.entries(logIndex(1), logIndex(12))).rejects.toThrow();
    });

    test("an append replaces the conflicting suffix", async () => {
      await storage.persist(null, toPersist(range(1, 10, 1)));
      await storage.persist(hardState(2, "n2", 3), toPersist(range(6, 7, 2)));
      expect(await storage.lastIndex()).toBe(logIndex(7));
      const all = await storage.entries(logIndex(1), logIndex(8));
      expect(all.map((item) => `${item.index}/${item.term}`)).toEqual(["1/1", "2/1", "3/1", "4/1", "5/1", "6/2", "7/2"]);
      await expect(storage.persist(null, toPersist([entry(9, 2)]))).rejects.toThrow(/gap/);
    });

    test("truncate a suffix", async () => {
      await storage.persist(null, toPersist(range(1, 10, 1)));
      await storage.truncateSuffix(logIndex(4));
      expect(await storage.lastIndex()).toBe(logIndex(3));
      await storage.persist(null, toPersist(range(4, 5, 3)));
      expect((await storage.entries(logIndex(1), logIndex(6))).map((item) => item.term)).toEqual([1, 1, 1, 3, 3].map(term));
    });

    test("compact a prefix up to a snapshot", async () => {
      await storage.persist(null, toPersist(range(1, 10, 1)));
      await storage.applyBatch([], logIndex(6));
      await expect(storage.compact(meta(7, 1))).rejects.toThrow(/applied/);
      await storage.compact(meta(6, 1));
      expect(await storage.firstIndex()).toBe(logIndex(7));
      expect(await storage.lastIndex()).toBe(logIndex(10));
      expect(await storage.snapshotMeta()).toEqual(meta(6, 1));
      await expect(storage.entries(logIndex(6), logIndex(8))).rejects.toThrow(/compacted/);
      const state = await storage.loadDurableState();
      expect(state.entries.map((item) => item.index)).toEqual([7, 8, 9, 10].map(logIndex));
      expect(state.snapshot).toEqual(meta(6, 1));
      await storage.applyBatch([], logIndex(12));
      await storage.compact(meta(12, 2));
      expect(await storage.lastIndex()).toBe(logIndex(12));
      expect((await storage.loadDurableState()).entries).toEqual([]);
    });

    test("reopen after close: log, hard state, snapshot, files and chunks are all there", async () => {
      const piece = chunk(1);
      await storage.putChunk(piece.digest, piece.bytes);
      await storage.persist(hardState(3, "n3", 4), toPersist(range(1, 5, 3), [piece.digest]));
      await storage.applyBatch([put(2, manifest("a.bin", [piece]))], logIndex(2));
      await storage.compact(meta(2, 3));
      const reopened = await reopen();
      const state = await reopened.loadDurableState();
      expect(state.hardState).toEqual(hardState(3, "n3", 4));
      expect(state.snapshot).toEqual(meta(2, 3));
      expect(state.entries.map((item) => item.index)).toEqual([3, 4, 5].map(logIndex));
      expect(text(state.entries[0]?.data ?? new Uint8Array())).toBe("e3t3");
      expect(await reopened.appliedIndex()).toBe(logIndex(2));
      expect((await reopened.getFile("a.bin"))?.chunks).toEqual([piece.digest]);
      expect(await reopened.getChunk(piece.digest)).toEqual(piece.bytes);
    });

    test("apply is idempotent: an index at or below the applied one changes nothing", async () => {
      const one = chunk(1);
      const two = chunk(2);
      await storage.applyBatch([put(1, manifest("f", [one])), put(2, manifest("g", [two]))], logIndex(2));
      expect((await storage.getFile("f"))?.version).toBe(1);
      await storage.applyBatch([remove(2, "f"), put(3, manifest("f", [two]), 42)], logIndex(3));
      const file = await storage.getFile("f");
      expect(file?.version).toBe(3);
      expect(file?.createdMs).toBe(42);
      await storage.applyBatch([remove(3, "f")], logIndex(3));
      expect(await storage.getFile("f")).not.toBeNull();
      expect(await storage.appliedIndex()).toBe(logIndex(3));
      await storage.applyBatch([], logIndex(2));
      expect(await storage.appliedIndex()).toBe(logIndex(3));
      await storage.applyBatch([remove(4, "f")], logIndex(5));
      expect(await storage.getFile("f")).toBeNull();
      expect(await storage.appliedIndex()).toBe(logIndex(5));
    });

    test("a put-file whose write id was applied applies nothing; the id's record keeps the first version, through reopen and a snapshot", async () => {
      const one = chunk(1);
      const two = chunk(2);
      const first = writeIdOf(0xa);
      const second = writeIdOf(0xb);
      await storage.putChunk(one.digest, one.bytes);
      await storage.putChunk(two.digest, two.bytes);
      // Index 2 is a retry of index 1 (its answer was lost): nothing changes, not even createdMs.
      await storage.applyBatch([put(1, manifest("f", [one]), 10, first), put(2, manifest("f", [one]), 20, first)], logIndex(2));
      expect(await storage.getFile("f")).toEqual({ ...manifest("f", [one]), version: 1, createdMs: 10 });
      expect(await storage.writeRecord(first)).toEqual({ writeId: first, name: "f", sha256: manifest("f", [one]).sha256, version: 1, createdMs: 10 });
      // The id reused for other content, in a later batch: the first application stands.
      await storage.applyBatch([put(3, manifest("g", [two]), 30, first)], logIndex(3));
      expect(await storage.getFile("g")).toBeNull();
      // A new id writes a new version; a retry of it after the file was removed does not bring it back.
      await storage.applyBatch([put(4, manifest("f", [two]), 40, second), remove(5, "f"), put(6, manifest("f", [two]), 60, second)], logIndex(6));
      expect(await storage.getFile("f")).toBeNull();
      expect((await storage.writeRecord(second))?.version).toBe(4);
      // Without an id, a put-file always applies.
      await storage.applyBatch([put(7, manifest("h", [one])), put(8, manifest("h", [one]))], logIndex(8));
      expect((await storage.getFile("h"))?.version).toBe(8);
      expect(await storage.writeRecord(writeIdOf(0xc))).toBeNull();
      await reopen();
      expect((await storage.writeRecord(first))?.version).toBe(1);
      await storage.applyBatch([put(9, manifest("f", [one]), 90, first)], logIndex(9));
      expect(await storage.getFile("f")).toBeNull();
      const target = await makeHarness();
      const other = await target.open();
      try {
        await other.installSnapshot(meta(9, 1), await storage.writeSnapshot());
        expect(await other.writeRecord(first)).toEqual(await storage.writeRecord(first));
        expect(await other.writeRecord(second)).toEqual(await storage.writeRecord(second));
        await other.applyBatch([put(10, manifest("f", [one]), 100, first)], logIndex(10));
        expect(await other.getFile("f")).toBeNull();
      } finally {
        await other.close();
        await target.destroy();
      }
    });

    test(`only the last ${writeIdsRememberedMax} write ids are remembered; an older one applies again`, async () => {
      const early = writeIdOf(1);
      await storage.applyBatch([put(1, manifest("e", []), 1, early)], logIndex(1));
      const batchCommands = 1000;
      // Bounded: writeIdsRememberedMax later writes, in batches, each with an id of its own.
      for (let low = 2; low < 2 + writeIdsRememberedMax; low += batchCommands) {
        const batch: IndexedFileCommand[] = [];
        for (let index = low; index < Math.min(low + batchCommands, 2 + writeIdsRememberedMax); index += 1) {
          batch.push(put(index, manifest("e", []), index, writeIdOf(index)));
        }
        await storage.applyBatch(batch, logIndex(low + batch.length - 1));
      }
      const last = 1 + writeIdsRememberedMax;
      expect(await storage.writeRecord(early)).toBeNull();
      expect((await storage.writeRecord(writeIdOf(2)))?.version).toBe(2);
      expect((await storage.writeRecord(writeIdOf(last)))?.version).toBe(last);
      await storage.applyBatch([put(last + 1, manifest("e", []), 7, early)], logIndex(last + 1));
      expect((await storage.getFile("e"))?.version).toBe(last + 1);
      expect((await storage.writeRecord(early))?.version).toBe(last + 1);
      expect(await storage.writeRecord(writeIdOf(2))).toBeNull();
    }, 300_000);

    test("file records and listing by prefix", async () => {
      const one = chunk(1);
      await storage.applyBatch(["b/2", "a/1", "b/1", "c"].map((fileName, at) => put(at + 1, manifest(fileName, [one]))), logIndex(4));
      const record = await storage.getFile("a/1");
      expect(record).toEqual({ ...manifest("a/1", [one]), version: 2, createdMs: 1_700_000_000_000 });
      expect((await storage.listFiles("b/")).map((item) => item.name)).toEqual(["b/1", "b/2"]);
      expect((await storage.listFiles("")).map((item) => item.name)).toEqual(["a/1", "b/1", "b/2", "c"]);
      expect((await storage.listFiles("", { after: "b/1", limit: 1 })).map((item) => item.name)).toEqual(["b/2"]);
      expect(await storage.getFile("missing")).toBeNull();
    });

    test("a file named exactly the prefix is listed (an S3 listing by a whole key)", async () => {
      const one = chunk(1);
      await storage.applyBatch(["a", "a/b", "ab", "b"].map((fileName, at) => put(at + 1, manifest(fileName, [one]))), logIndex(4));
      expect((await storage.listFiles("a")).map((item) => item.name)).toEqual(["a", "a/b", "ab"]);
      expect((await storage.listFiles("a", { after: "a" })).map((item) => item.name)).toEqual(["a/b", "ab"]);
      expect((await storage.listFiles("ab")).map((item) => item.name)).toEqual(["ab"]);
    });

    test("file attributes survive apply, reopen and a snapshot; a file without them has none", async () => {
      const one = chunk(1);
      const attributes = { md5: "0123456789abcdef0123456789abcdef", etag: "fedcba9876543210fedcba9876543210-3", contentType: "text/plain; charset=utf-8",
        metadata: { "mtime": "1700000000.5", "md5chksum": "abc=" } };
      await storage.putChunk(one.digest, one.bytes);
      await storage.applyBatch([put(1, { ...manifest("with", [one]), attributes }), put(2, manifest("without", [one]))], logIndex(2));
      expect((await storage.getFile("with"))?.attributes).toEqual(attributes);
      expect(await storage.getFile("without")).not.toHaveProperty("attributes");
      await reopen();
      expect((await storage.listFiles("with"))[0]?.attributes).toEqual(attributes);
      const target = await makeHarness();
      const other = await target.open();
      try {
        await other.installSnapshot(meta(2, 1), await storage.writeSnapshot());
        expect(await other.getFile("with")).toEqual(await storage.getFile("with"));
        expect(await other.getFile("without")).not.toHaveProperty("attributes");
      } finally {
        await other.close();
        await target.destroy();
      }
    });

    test("chunks: digest verified, 8 MiB round trip, a second put is free", async () => {
      const big = chunk(7, 8 << 20);
      await storage.putChunk(big.digest, big.bytes);
      await storage.putChunk(big.digest, big.bytes);
      expect(await storage.hasChunk(big.digest)).toBe(true);
      const back = await storage.getChunk(big.digest);
      expect(back?.length).toBe(8 << 20);
      expect(digestOf(back ?? new Uint8Array())).toBe(big.digest);
      const other = chunk(8);
      await expect(storage.putChunk(other.digest, big.bytes.subarray(0, 1024))).rejects.toThrow(StorageError);
      expect(await storage.hasChunk(other.digest)).toBe(false);
      expect(await storage.getChunk(other.digest)).toBeNull();
      const empty = new Uint8Array(0);
      await storage.putChunk(digestOf(empty), empty);
      expect(await storage.getChunk(digestOf(empty))).toEqual(empty);
    });

    test("readChunk serves the stored bytes unchecked, into the caller's buffer when they fit", async () => {
      const item = chunk(21, 64 << 10);
      expect(await storage.readChunk(item.digest)).toBeNull();
      await storage.putChunk(item.digest, item.bytes);
      expect(await storage.readChunk(item.digest)).toEqual(item.bytes);
      const reused = new Uint8Array(128 << 10);
      const into = await storage.readChunk(item.digest, reused);
      expect(into).toEqual(item.bytes);
      // sqlite's BLOB placement and MySQL hand back the row's own buffer; the files read into ours.
      if (into !== null && into.buffer === reused.buffer) expect(into.byteOffset).toBe(0);
      const small = new Uint8Array(1024);
      const fresh = await storage.readChunk(item.digest, small);
      expect(fresh).toEqual(item.bytes);
      expect(fresh?.buffer).not.toBe(small.buffer);
      const corrupt = harness.corruptChunk;
      if (!("call" in corrupt)) return;
      // Unchecked: a rotted copy is served as it is (the reader's codec refuses it, the scrub repairs it).
      await corrupt(storage, item.digest);
      const rotted = await storage.readChunk(item.digest, reused);
      expect(rotted).not.toBeNull();
      expect(rotted).not.toEqual(item.bytes);
    });

    test("the sweep reclaims exactly the chunks nothing references", async () => {
      const [inFile, inLog, replaced, orphan, fresh] = [1, 2, 3, 4, 5].map((seed) => chunk(seed));
      for (const item of [inFile, inLog, replaced, orphan]) if (item) await storage.putChunk(item.digest, item.bytes);
      if (!inFile || !inLog || !replaced || !orphan || !fresh) throw new Error("fixtures");
      await storage.persist(null, [{ entry: entry(1, 1), chunks: [inLog.digest] }, { entry: entry(2, 1), chunks: [] }]);
      await storage.applyBatch([put(1, manifest("x", [replaced])), put(2, manifest("x", [inFile]))], logIndex(2));
      // First sweep: everything was put since the last sweep, so it is spared once.
      expect((await storage.sweepChunks()).removed).toBe(0);
      await storage.putChunk(fresh.digest, fresh.bytes);
      const result = await storage.sweepChunks();
      expect(result.removed).toBe(2);
      expect(await storage.hasChunk(orphan.digest)).toBe(false);
      expect(await storage.hasChunk(replaced.digest)).toBe(false);
      for (const kept of [inFile, inLog, fresh]) expect(await storage.hasChunk(kept.digest)).toBe(true);
      // Removing the file releases inFile; compacting the log does not release inLog, which no
      // file holds yet (its write's put-file may still come: Storage.compact). The hasChunk
      // calls above found them, and a chunk found is spared by one sweep (the caller may be
      // about to persist a reference to it); the sweep after that reclaims them.
      await storage.compact(meta(2, 1));
      await storage.applyBatch([remove(3, "x")], logIndex(3));
      expect((await storage.sweepChunks()).removed).toBe(0);
      expect((await storage.sweepChunks()).removed).toBe(2);
      expect(await storage.hasChunk(inLog.digest)).toBe(true);
      expect(await storage.hasChunk(inFile.digest)).toBe(false);
    });

    test("a chunk whose entry is compacted before its put-file applies is kept until a file holds it", async () => {
      const item = chunk(13);
      await storage.putChunk(item.digest, item.bytes);
      // The chunk entry (1) applies and is compacted while its write's put-file is still to come.
      await storage.persist(null, [{ entry: entry(1, 1), chunks: [item.digest] }]);
      await storage.applyBatch([], logIndex(1));
      await storage.compact(meta(1, 1));
      for (let sweep = 0; sweep < 3; sweep += 1) await storage.sweepChunks();
      expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
      // The put-file (2) applies: the file holds it, and a later compaction drops the reference.
      await storage.persist(null, toPersist([entry(2, 1)]));
      await storage.applyBatch([put(2, manifest("late", [item]))], logIndex(2));
      await storage.compact(meta(2, 1));
      for (let sweep = 0; sweep < 3; sweep += 1) await storage.sweepChunks();
      expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
      // Removed, nothing holds it any more: reclaimed.
      await storage.applyBatch([remove(3, "late")], logIndex(3));
      await storage.sweepChunks();
      await storage.sweepChunks();
      expect(await storage.hasChunk(item.digest)).toBe(false);
    });

    test("a stored chunk that rots reads as corrupt, and putting the same bytes again repairs it", async () => {
      const corrupt = harness.corruptChunk;
      if (!("call" in corrupt)) {
        console.log(`skipped: ${corrupt.skipReason}`);
        return;
      }
      const item = chunk(77);
      await storage.putChunk(item.digest, item.bytes);
      await corrupt(storage, item.digest);
      const failure = await storage.getChunk(item.digest).then(() => null, (error: unknown) => error);
      expect(isChunkCorrupt(failure)).toBe(true);
      await storage.putChunk(item.digest, item.bytes);
      expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
    });

    test("an open snapshot view pins its chunks against the sweep until it is read", async () => {
      const item = chunk(11);
      await storage.putChunk(item.digest, item.bytes);
      await storage.applyBatch([put(1, manifest("pinned", [item]))], logIndex(1));
      const source = await storage.writeSnapshot();
      await storage.applyBatch([remove(2, "pinned")], logIndex(2));
      await storage.sweepChunks();
      await storage.sweepChunks();
      expect(await storage.hasChunk(item.digest)).toBe(true);
      const target = await makeHarness();
      const other = await target.open();
      try {
        await other.installSnapshot(meta(1, 1), source);
        expect(await other.getChunk(item.digest)).toEqual(item.bytes);
      } finally {
        await other.close();
        await target.destroy();
      }
      await storage.sweepChunks();
      expect((await storage.sweepChunks()).removed).toBe(1);
      expect(await storage.hasChunk(item.digest)).toBe(false);
    });

    test("a put racing a sweep of the same chunk leaves the chunk stored", async () => {
      const item = chunk(12);
      await storage.putChunk(item.digest, item.bytes);
      await storage.sweepChunks(); // spared once: put since the previous sweep
      for (let round = 0; round < 3; round += 1) {
        const [swept] = await Promise.all([storage.sweepChunks(), storage.putChunk(item.digest, item.bytes)]);
        expect(swept.removed).toBeLessThanOrEqual(1);
        await storage.persist(null, [{ entry: entry(1, round + 1), chunks: [item.digest] }]);
        expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
        await storage.truncateSuffix(logIndex(1));
        await storage.sweepChunks();
      }
    });

    test("truncating the log releases the chunks of the removed entries", async () => {
      const item = chunk(9);
      await storage.putChunk(item.digest, item.bytes);
      await storage.persist(null, [{ entry: entry(1, 1), chunks: [] }, { entry: entry(2, 1), chunks: [item.digest] }]);
      await storage.sweepChunks();
      expect((await storage.sweepChunks()).removed).toBe(0);
      await storage.persist(null, toPersist([entry(2, 2)]));
      expect((await storage.sweepChunks()).removed).toBe(1);
      expect(await storage.hasChunk(item.digest)).toBe(false);
    });

    test("a file kept inline is served as its one chunk without the chunk store, through reopen; replacing or removing it drops the content", async () => {
      const small = chunkBytes(31, 300);
      const smallDigest = digestOf(small);
      const id = writeIdOf(0x31);
      // Index 2 retries index 1 with the same write id: applied once.
      await storage.applyBatch([putInline(1, "small", small, 10, id), putInline(2, "small", small, 20, id)], logIndex(2));
      expect(await storage.getFile("small")).toEqual({ ...putInlineManifest("small", small), version: 1, createdMs: 10 });
      expect(await storage.getChunk(smallDigest)).toEqual(small);
      expect(await storage.readChunk(smallDigest)).toEqual(small);
      // Not in the chunk store: nothing to sweep, nothing a chunked write could take as already stored.
      expect(await storage.hasChunk(smallDigest)).toBe(false);
      expect(await storage.sweepChunks()).toEqual({ removed: 0, kept: 0 });
      expect((await storage.listFiles("")).map((file) => file.name)).toEqual(["small"]);
      await reopen();
      expect(await storage.getChunk(smallDigest)).toEqual(small);
      expect((await storage.writeRecord(id))?.version).toBe(1);
      // Replaced by a chunked file: the inline content goes with the old record.
      const big = chunk(32, 4096);
      await storage.putChunk(big.digest, big.bytes);
      await storage.applyBatch([put(3, manifest("small", [big]))], logIndex(3));
      expect(await storage.getChunk(smallDigest)).toBeNull();
      expect(await storage.getChunk(big.digest)).toEqual(big.bytes);
      // Inline again, then removed: nothing left, and the chunked file's chunk is free to sweep.
      await storage.applyBatch([putInline(4, "small", small), remove(5, "small")], logIndex(5));
      expect(await storage.getFile("small")).toBeNull();
      expect(await storage.readChunk(smallDigest)).toBeNull();
      // (The first sweep spares a chunk put since the previous one: recent-chunks.ts.)
      const removed = (await storage.sweepChunks()).removed + (await storage.sweepChunks()).removed;
      expect(removed).toBe(1);
    });

    test("repairInline writes a good copy over rotted inline content in place, for every file that keeps it", async () => {
      const small = chunkBytes(51, 700);
      const smallDigest = digestOf(small);
      await storage.applyBatch([putInline(1, "p", small), putInline(2, "q", small)], logIndex(2));
      await harness.corruptInline(storage, "p");
      await harness.corruptInline(storage, "q");
      const failure = await storage.getChunk(smallDigest).then(() => null, (error: unknown) => error);
      expect(isChunkCorrupt(failure)).toBe(true);
      // Bytes that are not the content are refused, and nothing is written.
      const wrong = await storage.repairInline(smallDigest, chunkBytes(52, 700)).then(() => null, (error: unknown) => error);
      expect(wrong).toBeInstanceOf(StorageError);
      expect(await storage.repairInline(smallDigest, small)).toBe(2);
      expect(await storage.getChunk(smallDigest)).toEqual(small);
      // In place: the chunk store holds no copy for the sweep to take.
      expect(await storage.hasChunk(smallDigest)).toBe(false);
      await storage.applyBatch([remove(3, "p")], logIndex(3));
      await reopen();
      expect(await storage.getChunk(smallDigest)).toEqual(small);
      expect((await storage.listFiles("")).map((file) => file.name)).toEqual(["q"]);
      // No file keeps this chunk inline: nothing written, the caller puts it in the chunk store.
      const other = chunk(53);
      expect(await storage.repairInline(other.digest, other.bytes)).toBe(0);
      expect(await storage.getChunk(other.digest)).toBeNull();
    });

    test("a snapshot carries files kept inline with their content, and no chunk for them", async () => {
      const target = await makeHarness();
      const other = await target.open();
      try {
        const small = chunkBytes(41, 1000);
        const big = chunk(42, 4096);
        await storage.putChunk(big.digest, big.bytes);
        await storage.applyBatch([putInline(1, "a-small", small), put(2, manifest("b-big", [big]))], logIndex(2));
        await other.installSnapshot(meta(2, 1), await storage.writeSnapshot());
        expect(await other.getFile("a-small")).toEqual(await storage.getFile("a-small"));
        expect(await other.getChunk(digestOf(small))).toEqual(small);
        expect(await other.hasChunk(digestOf(small))).toBe(false);
        expect(await other.getChunk(big.digest)).toEqual(big.bytes);
        // A second install replaces the inline content too.
        await storage.applyBatch([remove(3, "a-small")], logIndex(3));
        await other.installSnapshot(meta(3, 1), await storage.writeSnapshot());
        expect(await other.getFile("a-small")).toBeNull();
        expect(await other.getChunk(digestOf(small))).toBeNull();
      } finally {
        await other.close();
        await target.destroy();
      }
    });

    test("a file of 64 KiB (inlineBytesMax) is kept inline whole: its put-file in the log, its content with the record, through reopen and a snapshot", async () => {
      expect(inlineBytesMax).toBe(64 << 10);
      const content = chunkBytes(61, inlineBytesMax);
      const digest = digestOf(content);
      const command = putInline(1, "max", content);
      const data = encodeFileCommand(command.command);
      await storage.persist(hardState(1, null, 0), toPersist([{ ...entry(1, 1), data }]));
      // Applied as the node applies it: decoded from the entry, the content a view inside it.
      const decoded = decodeFileCommand(data);
      if (!decoded.ok) throw decoded.error;
      await storage.applyBatch([{ index: logIndex(1), command: decoded.value }], logIndex(1));
      expect(await storage.getChunk(digest)).toEqual(content);
      expect(await storage.hasChunk(digest)).toBe(false);
      await reopen();
      expect(await storage.readChunk(digest)).toEqual(content);
      const [logged] = (await storage.loadDurableState()).entries;
      expect(logged === undefined ? null : decodeFileCommand(logged.data)).toEqual({ ok: true, value: command.command });
      const target = await makeHarness();
      const other = await target.open();
      try {
        await other.installSnapshot(meta(1, 1), await storage.writeSnapshot());
        expect(await other.getChunk(digest)).toEqual(content);
        expect(await other.hasChunk(digest)).toBe(false);
      } finally {
        await other.close();
        await target.destroy();
      }
    });

    test("a snapshot round trip replaces the target's state and discards its log", async () => {
      const target = await makeHarness();
      const other = await target.open();
      try {
        const pieces = [1, 2, 3].map((seed) => chunk(seed, 4096));
        for (const item of pieces) await storage.putChunk(item.digest, item.bytes);
        await storage.applyBatch([put(4, manifest("one", pieces.slice(0, 2))), put(5, manifest("two", pieces.slice(1)))], logIndex(7));
        await other.applyBatch([put(1, manifest("stale", [chunk(9)]))], logIndex(1));
        await other.persist(hardState(1, null, 1), toPersist(range(1, 3, 1)));
        const source = await storage.writeSnapshot();
        expect(source.appliedIndex).toBe(logIndex(7));
        await other.installSnapshot(meta(7, 2), source);
        expect(await other.getFile("stale")).toBeNull();
        expect(await other.getFile("two")).toEqual(await storage.getFile("two"));
        expect(await other.appliedIndex()).toBe(logIndex(7));
        expect(await other.snapshotMeta()).toEqual(meta(7, 2));
        expect(await other.lastIndex()).toBe(logIndex(7));
        for (const item of pieces) expect(await other.getChunk(item.digest)).toEqual(item.bytes);
        const wrong = await storage.writeSnapshot();
        await expect(other.installSnapshot(meta(8, 2), wrong)).rejects.toThrow(/applied index/);
        expect(await other.getFile("one")).not.toBeNull();
      } finally {
        await other.close();
        await target.destroy();
      }
    });

    test("a snapshot carries the chunks of applied chunk entries whose put-file is still to come", async () => {
      const target = await makeHarness();
      const other = await target.open();
      try {
        const [compacted, inLog, unapplied] = [21, 22, 23].map((seed) => chunk(seed, 4096));
        if (!compacted || !inLog || !unapplied) throw new Error("fixtures");
        for (const item of [compacted, inLog, unapplied]) await storage.putChunk(item.digest, item.bytes);
        // Chunk entries 1 and 2 applied (1 then compacted), 3 not yet applied; no put-file yet.
        await storage.persist(null, [{ entry: entry(1, 1), chunks: [compacted.digest] }, { entry: entry(2, 1), chunks: [inLog.digest] },
          { entry: entry(3, 1), chunks: [unapplied.digest] }]);
        await storage.applyBatch([], logIndex(2));
        await storage.compact(meta(1, 1));
        await other.installSnapshot(meta(2, 1), await storage.writeSnapshot());
        expect(await other.getChunk(compacted.digest)).toEqual(compacted.bytes);
        expect(await other.getChunk(inLog.digest)).toEqual(inLog.bytes);
        // Past the snapshot's index: it comes with its entry, not with the snapshot.
        expect(await other.hasChunk(unapplied.digest)).toBe(false);
      } finally {
        await other.close();
        await target.destroy();
      }
    });

    test("a corrupt snapshot stream is refused and leaves the state as it was", async () => {
      await storage.applyBatch([put(1, manifest("keep", [chunk(1)]))], logIndex(1));
      async function* garbage(): AsyncGenerator<Uint8Array> { yield new Uint8Array([1, 0, 0, 0, 2, 123, 125, 9, 9]); }
      await expect(storage.installSnapshot(meta(5, 1), garbage())).rejects.toThrow();
      expect(await storage.getFile("keep")).not.toBeNull();
      expect(await storage.appliedIndex()).toBe(logIndex(1));
    });

    test(`a big snapshot (${options.snapshotBytes >> 20} MiB) round trips with bounded memory${options.snapshotNote ? ` (${options.snapshotNote})` : ""}`, async () => {
      await runBigSnapshotCase(storage, makeHarness, options.snapshotBytes);
    }, 600_000);

    test.skipIf(options.crashSkipReason !== undefined)(
      `crash safety: SIGKILL during appends keeps a durable prefix${options.crashSkipReason ? ` (skipped: ${options.crashSkipReason})` : ""}`,
      async () => {
        await storage.close();
        await runCrashCase(harness);
        storage = await harness.open();
      }, 120_000);
  });
}

/**
 * The reference storage: everything in maps, nothing on disk. Tests and the simulator use it;
 * its "durable" state is the MemoryStorageState object, which outlives close() so a simulated
 * crash-and-restart reopens the same state (pass it to a new MemoryStorage).
 */
import { assert } from "../lib/assert";
import { logIndex, term, type Entry, type HardState, type LogIndex, type SnapshotMeta } from "../raft/types";
import type { Digest } from "../files/digest";
import { chunkBytesMax } from "../files/limits";
import type { FileRecord } from "../files/manifest";
import { putFileApplies, writeIdsRememberedMax, writeRecordOf, type WriteId, type WriteRecord } from "../files/write-id";
import { digestOf } from "../files/sha256";
import type { VerifiedChunk } from "../files/verified";
import { ChunkCorruptError, StorageError } from "./errors";
import type { IndexedFileCommand } from "./file-commands";
import { assertAppendable, assertCompactable, withinBytes } from "./log-rules";
import { RecentChunks } from "./recent-chunks";
import { installSnapshotInto, snapshotSource, type SnapshotFile } from "./snapshot-stream";
import { listFilesLimitDefault, listFilesLimitMax, type EntryToPersist, type SnapshotSource, type Storage,
  type StoredDurableState, type SweepResult, pendingChunkEntriesMax } from "./storage";

interface InlineContent {
  readonly digest: Digest;
  readonly bytes: Uint8Array;
}

export class MemoryStorageState {
  hardState: HardState = { term: term(0), vote: null, commit: logIndex(0) };
  snapshot: SnapshotMeta | null = null;
  /** log[i] has index snapshotIndex + 1 + i. */
  log: EntryToPersist[] = [];
  chunks = new Map<Digest, Uint8Array>();
  files = new Map<string, FileRecord>();
  /** The content of each file kept inline, by name (with its one chunk digest). */
  inline = new Map<string, InlineContent>();
  /** Chunk references of compacted entries that no file held yet, with their entry's index (Storage.compact). */
  pendingChunks = new Map<Digest, LogIndex>();
  /** Remembered write ids, in the order they applied (by version): the oldest is first. */
  writes = new Map<WriteId, WriteRecord>();
  applied: LogIndex = logIndex(0);
}

export class MemoryStorage implements Storage {
  private closed = false;
  /** Chunks put or found since the last sweep: spared once (see Storage.sweepChunks). */
  private readonly recentChunks = new RecentChunks();
  /** Snapshot views open; while any is, their chunks are pinned. */
  private readonly pinnedViews = new Set<ReadonlySet<Digest>>();

  constructor(readonly state: MemoryStorageState = new MemoryStorageState()) {}

  private live(): MemoryStorageState {
    if (this.closed) throw new StorageError("query", { cause: new Error("storage is closed") });
    return this.state;
  }

  private snapshotIndex(): number {
    return this.state.snapshot?.index ?? 0;
  }

  async persist(hardState: HardState | null, entries: readonly EntryToPersist[]): Promise<void> {
    const state = this.live();
    const snapshotIndex = this.snapshotIndex();
    assertAppendable(entries, snapshotIndex, snapshotIndex + state.log.length);
    const first = entries[0];
    if (first !== undefined) {
      state.log.splice(first.entry.index - snapshotIndex - 1);
      for (const item of entries) state.log.push({ entry: copyEntry(item.entry), chunks: [...item.chunks] });
    }
    if (hardState !== null) state.hardState = { ...hardState };
  }

  async entries(low: LogIndex, high: LogIndex, bytesMax = Number.POSITIVE_INFINITY): Promise<Entry[]> {
    const state = this.live();
    const snapshotIndex = this.snapshotIndex();
    assert(low > snapshotIndex, `entries from ${low} are compacted (snapshot at ${snapshotIndex})`);
    assert(high <= snapshotIndex + state.log.length + 1, `entries up to ${high} beyond the last index`);
    if (low >= high) return [];
    const slice = state.log.slice(low - snapshotIndex - 1, high - snapshotIndex - 1).map((item) => copyEntry(item.entry));
    return withinBytes(slice, bytesMax);
  }

  async firstIndex(): Promise<LogIndex> {
    this.live();
    return logIndex(this.snapshotIndex() + 1);
  }

  async lastIndex(): Promise<LogIndex> {
    return logIndex(this.snapshotIndex() + this.live().log.length);
  }

  async truncateSuffix(from: LogIndex): Promise<void> {
    const state = this.live();
    assert(from > this.snapshotIndex(), "truncation keeps the snapshot");
    state.log.splice(Math.max(0, from - this.snapshotIndex() - 1));
  }

  async compact(meta: SnapshotMeta): Promise<void> {
    const state = this.live();
    assertCompactable(meta, this.snapshotIndex(), state.applied);
    const drop = Math.min(state.log.length, meta.index - this.snapshotIndex());
    const held = new Set<Digest>();
    for (const digest of chunksHeld(state)) held.add(digest);
    // A reference no file holds yet stays (Storage.compact): its write's put-file may still come.
    for (const item of state.log.splice(0, drop)) {
      for (const digest of item.chunks) if (!held.has(digest)) state.pendingChunks.set(digest, item.entry.index);
    }
    for (const [digest, index] of state.pendingChunks) {
      if (held.has(digest) || index <= meta.index - pendingChunkEntriesMax) state.pendingChunks.delete(digest);
    }
    if (state.log.length === 0 || defined(state.log[0]).entry.index !== meta.index + 1) state.log = [];
    state.snapshot = meta;
  }

  async snapshotMeta(): Promise<SnapshotMeta | null> {
    return this.live().snapshot;
  }

  async loadDurableState(): Promise<StoredDurableState> {
    const state = this.live();
    return { hardState: state.hardState, snapshot: state.snapshot, entries: state.log.map((item) => copyEntry(item.entry)) };
  }

  async putChunk(digest: Digest, bytes: Uint8Array): Promise<void> {
    const state = this.live();
    if (bytes.length > chunkBytesMax) throw new StorageError("put-chunk", { cause: new Error(`chunk of ${bytes.length} bytes exceeds ${chunkBytesMax}`) });
    if (digestOf(bytes) !== digest) throw new StorageError("put-chunk", { cause: new Error(`bytes do not match digest ${digest}`) });
    this.recentChunks.note(digest);
    // A copy that no longer matches (a test flipped a byte) is replaced: writing again repairs.
    const stored = state.chunks.get(digest);
    if (stored === undefined || digestOf(stored) !== digest) state.chunks.set(digest, bytes.slice());
  }

  async putVerifiedChunk(chunk: VerifiedChunk): Promise<void> {
    const state = this.live();
    if (chunk.bytes.length > chunkBytesMax) throw new StorageError("put-chunk", { cause: new Error(`chunk of ${chunk.bytes.length} bytes exceeds ${chunkBytesMax}`) });
    this.recentChunks.note(chunk.digest);
    if (!state.chunks.has(chunk.digest)) state.chunks.set(chunk.digest, chunk.bytes.slice());
  }

  async getChunk(digest: Digest): Promise<Uint8Array | null> {
    const bytes = this.live().chunks.get(digest) ?? this.inlineContent(digest);
    if (bytes === undefined) return null;
    if (digestOf(bytes) !== digest) throw new StorageError("get-chunk", { cause: new ChunkCorruptError(`chunk ${digest} does not match its digest`) });
    return bytes.slice();
  }

  async readChunk(digest: Digest, into?: Uint8Array): Promise<Uint8Array | null> {
    const bytes = this.live().chunks.get(digest) ?? this.inlineContent(digest);
    if (bytes === undefined) return null;
    if (into === undefined || into.length < bytes.length) return bytes.slice();
    into.set(bytes);
    return into.subarray(0, bytes.length);
  }

  async repairInline(digest: Digest, bytes: Uint8Array): Promise<number> {
    const state = this.live();
    if (digestOf(bytes) !== digest) throw new StorageError("put-chunk", { cause: new Error(`bytes do not match digest ${digest}`) });
    let written = 0;
    // Bounded by the files kept inline (a scan: this backend is for tests).
    for (const [name, content] of state.inline) {
      if (content.digest !== digest) continue;
      state.inline.set(name, { digest, bytes: bytes.slice() });
      written += 1;
    }
    return written;
  }

  /** The content of a file kept inline whose one chunk is `digest` (a scan: this backend is for tests). */
  private inlineContent(digest: Digest): Uint8Array | undefined {
    for (const content of this.state.inline.values()) if (content.digest === digest) return content.bytes;
    return undefined;
  }

  async hasChunk(digest: Digest): Promise<boolean> {
    const present = this.live().chunks.has(digest);
    // A caller that finds a chunk may persist a reference to it next: spare it (recent-chunks.ts).
    if (present) this.recentChunks.note(digest);
    return present;
  }

  async sweepChunks(): Promise<SweepResult> {
    const state = this.live();
    const spared = this.recentChunks.takeForSweep();
    const referenced = new Set<Digest>();
    for (const digest of chunksHeld(state)) referenced.add(digest);
    for (const item of state.log) for (const digest of item.chunks) referenced.add(digest);
    for (const digest of state.pendingChunks.keys()) referenced.add(digest);
    for (const view of this.pinnedViews) for (const digest of view) referenced.add(digest);
    let removed = 0;
    for (const digest of [...state.chunks.keys()]) {
      if (referenced.has(digest) || spared(digest)) continue;
      state.chunks.delete(digest);
      removed += 1;
    }
    return { removed, kept: state.chunks.size };
  }

  async applyBatch(commands: readonly IndexedFileCommand[], appliedIndex: LogIndex): Promise<void> {
    const state = this.live();
    for (const { index, command } of commands) {
      assert(index <= appliedIndex, "a command is at or before the batch's applied index");
      if (index <= state.applied) continue;
      switch (command.kind) {
        case "put-file": {
          const { manifest, writeId, createdMs, inline } = command;
          if (!putFileApplies(writeId, writeId === undefined ? null : state.writes.get(writeId) ?? null)) break;
          state.files.set(manifest.name, { ...manifest, chunks: [...manifest.chunks], version: index, createdMs });
          setInline(state.inline, manifest.name, inline === undefined ? null : { digest: defined(manifest.chunks[0]), bytes: inline.slice() });
          if (writeId !== undefined) rememberWrite(state.writes, writeRecordOf(manifest, writeId, index, createdMs));
          break;
        }
        case "remove-file":
          state.files.delete(command.name);
          state.inline.delete(command.name);
          break;
        case "chunk": break;
        default: { const never: never = command; return never; }
      }
    }
    if (appliedIndex > state.applied) state.applied = appliedIndex;
  }

  async appliedIndex(): Promise<LogIndex> {
    return this.live().applied;
  }

  async getFile(name: string): Promise<FileRecord | null> {
    return this.live().files.get(name) ?? null;
  }

  async writeRecord(writeId: WriteId): Promise<WriteRecord | null> {
    return this.live().writes.get(writeId) ?? null;
  }

  async listFiles(prefix: string, options: { readonly after?: string; readonly limit?: number } = {}): Promise<FileRecord[]> {
    const limit = Math.min(options.limit ?? listFilesLimitDefault, listFilesLimitMax);
    assert(limit > 0, "a listing returns something");
    const after = options.after ?? "";
    return [...this.live().files.values()]
      .filter((record) => record.name.startsWith(prefix) && record.name > after)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, limit);
  }

  async writeSnapshot(): Promise<SnapshotSource> {
    const state = this.live();
    const files: SnapshotFile[] = [...state.files.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((record) => { const content = state.inline.get(record.name); return content === undefined ? record : { ...record, inline: content.bytes }; });
    const digests = new Set<Digest>();
    for (const record of files) if (record.inline === undefined) for (const digest of record.chunks) digests.add(digest);
    // And the chunks of applied chunk entries no file holds yet: a put-file after the snapshot's
    // index needs them on the node that installs it (Storage.writeSnapshot).
    for (const item of state.log) if (item.entry.index <= state.applied) for (const digest of item.chunks) digests.add(digest);
    for (const digest of state.pendingChunks.keys()) digests.add(digest);
    const writes = [...state.writes.values()];
    this.pinnedViews.add(digests);
    return snapshotSource({
      appliedIndex: state.applied,
      chunkDigests: async function* () { yield* [...digests].sort(); },
      files: async function* () { yield* files; },
      writeRecords: async function* () { yield* writes; },
      readChunk: async (digest) => defined(state.chunks.get(digest)),
      release: async () => { this.pinnedViews.delete(digests); },
    });
  }

  async installSnapshot(meta: SnapshotMeta, pieces: AsyncIterable<Uint8Array>): Promise<void> {
    let staged = new Map<string, FileRecord>();
    let stagedInline = new Map<string, InlineContent>();
    let stagedWrites = new Map<WriteId, WriteRecord>();
    await installSnapshotInto(meta, pieces, {
      putChunk: async (digest, bytes) => await this.putChunk(digest, bytes),
      hasChunk: async (digest) => await this.hasChunk(digest),
      stageFile: async (record, inline) => {
        staged.set(record.name, record);
        setInline(stagedInline, record.name, inline === null ? null : { digest: defined(record.chunks[0]), bytes: inline });
      },
      stageWriteRecord: async (record) => { rememberWrite(stagedWrites, record); },
      commit: async (snapshotMeta) => {
        const state = this.live();
        state.files = staged;
        state.inline = stagedInline;
        state.writes = stagedWrites;
        state.applied = snapshotMeta.index;
        state.snapshot = snapshotMeta;
        state.log = [];
        state.pendingChunks = new Map();
      },
      abort: async () => {
        staged = new Map();
        stagedInline = new Map();
        stagedWrites = new Map();
      },
    });
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** The chunk-store digests the files hold (a file kept inline holds none). */
function* chunksHeld(state: MemoryStorageState): Generator<Digest> {
  for (const record of state.files.values()) if (!state.inline.has(record.name)) yield* record.chunks;
}

/** A file's inline content after a put: its new content, or none (a chunked file replaced an inline one). */
function setInline(inline: Map<string, InlineContent>, name: string, content: InlineContent | null): void {
  if (content === null) inline.delete(name);
  else inline.set(name, content);
}

/** Adds a record (the newest so far) and forgets the oldest beyond writeIdsRememberedMax. */
function rememberWrite(writes: Map<WriteId, WriteRecord>, record: WriteRecord): void {
  assert(!writes.has(record.writeId), "a write id is remembered once");
  writes.set(record.writeId, record);
  // Bounded: the map held at most the bound before this one record was added.
  for (const oldest of writes.keys()) {
    if (writes.size <= writeIdsRememberedMax) break;
    writes.delete(oldest);
  }
  assert(writes.size <= writeIdsRememberedMax, "write records within bound");
}

function copyEntry(entry: Entry): Entry {
  return { term: entry.term, index: entry.index, type: entry.type, data: entry.data.slice() };
}

function defined<T>(value: T | undefined): T {
  assert(value !== undefined, "value present");
  return value;
}

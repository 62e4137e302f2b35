/**
 * The one storage interface of a node: the Raft log and hard state, snapshot metadata, the
 * content-addressed chunk store and the file state machine. Implementations: memory.ts (the
 * reference, for tests and simulation), sqlite.ts (bun:sqlite, the default), mysql.ts.
 * All of them pass test/storage/contract.ts.
 *
 * Every method that returns has made its effect durable ("persist before acknowledge"): when
 * `persist` resolves, the entries and hard state survive a crash; when `putChunk` resolves, the
 * chunk does. A failed operation throws StorageError; the node then stops and restarts from
 * what is durable (STYLE.md §4), so no method is retried by its caller.
 *
 * Concurrency: one caller at a time per method group is assumed (the node's driver loop owns
 * the log; the applier owns applyBatch). Snapshot reads run beside writes on their own view.
 */
import type { Entry, HardState, LogIndex, SnapshotMeta, DurableState } from "../raft/types";
import type { Digest } from "../files/digest";
import type { VerifiedChunk } from "../files/verified";
import type { IndexedFileCommand } from "./file-commands";
import type { FileRecord } from "../files/manifest";
import type { WriteId, WriteRecord } from "../files/write-id";

/**
 * An entry to persist, with the chunk digests it references. The log keeps only the digest of
 * a chunk (the bytes are in the chunk store), and the sweep must know which chunks live log
 * entries still need: the node decodes its command once and passes them here
 * (`chunkReferencesOf` in file-commands.ts), so storage never parses entry data.
 */

/**
 * How many entries a chunk reference outlives its compacted entry while no file holds the
 * chunk: longer than any write's span in the log (a write has at most chunkCountMax = 32 Ki
 * chunk entries, interleaved with other writes'); past it the write was abandoned and the sweep
 * may take the chunk.
 */
export const pendingChunkEntriesMax = 1 << 20;
export interface EntryToPersist {
  readonly entry: Entry;
  readonly chunks: readonly Digest[];
}

/** What the core needs to restart: DurableState without the configuration of a new cluster. */
export type StoredDurableState = Omit<DurableState, "initialConfState">;

/**
 * A consistent view of the state machine, streamed as bounded pieces (at most
 * snapshotPieceBytesMax each): the chunks the files reference, then the file records, then
 * the remembered write records (a retry after an install must still be recognised). The view
 * is taken when writeSnapshot resolves; the sweep spares its chunks until the stream ends or
 * close() is called. Iterate it once.
 */
export interface SnapshotSource extends AsyncIterable<Uint8Array> {
  /** The applied index the view reflects: the index of the SnapshotMeta sent with it. */
  readonly appliedIndex: LogIndex;
  /** Releases the view without reading it all (idempotent). */
  close(): Promise<void>;
}

export interface SweepResult {
  /** Chunks reclaimed. */
  readonly removed: number;
  /** Chunks kept because a file or a live log entry references them, or they were just put. */
  readonly kept: number;
}

export interface Storage {
  // ---- Raft state --------------------------------------------------------------------------
  /**
   * Persists entries (replacing any existing suffix from the first entry's index on: Raft
   * §5.3) and the hard state, in one durable transaction. Entries must be contiguous and must
   * start at most one past the last index and after the snapshot.
   */
  persist(hardState: HardState | null, entries: readonly EntryToPersist[]): Promise<void>;
  /** Entries in [low, high), in order; at most `bytesMax` of data but always at least one. */
  entries(low: LogIndex, high: LogIndex, bytesMax?: number): Promise<Entry[]>;
  /** Index of the first entry in the log (snapshot index + 1 when the log is empty). */
  firstIndex(): Promise<LogIndex>;
  /** Index of the last entry, or the snapshot index when the log is empty. */
  lastIndex(): Promise<LogIndex>;
  /** Removes entries with index >= `from` (and their chunk references). */
  truncateSuffix(from: LogIndex): Promise<void>;
  /**
   * Records the snapshot `meta` and removes entries with index <= meta.index. Requires
   * meta.index <= appliedIndex(): a snapshot describes state already applied. A removed entry's
   * chunk reference that no file holds yet is kept (a write whose chunk entries are compacted
   * before its put-file applies, a big upload across a compaction, must not lose its chunks to
   * the sweep) until a file holds the chunk or the reference is pendingChunkEntriesMax entries old.
   */
  compact(meta: SnapshotMeta): Promise<void>;
  snapshotMeta(): Promise<SnapshotMeta | null>;
  loadDurableState(): Promise<StoredDurableState>;

  // ---- Chunk store -------------------------------------------------------------------------
  /**
   * Stores bytes under their SHA-256, durably; verifies the digest (StorageError if it does not
   * match); a second put of a chunk already there writes nothing. Puts may run concurrently.
   */
  putChunk(digest: Digest, bytes: Uint8Array): Promise<void>;
  /**
   * Stores bytes this process already verified (the wire codec checked them, or they were just
   * hashed) without hashing them again, with putChunk's durability; a chunk already stored is
   * left as it is, unread (the scrub owns verifying what is at rest; putChunk repairs).
   */
  putVerifiedChunk(chunk: VerifiedChunk): Promise<void>;
  /**
   * The bytes, verified against the digest, or null when absent. A file kept inline (a put-file
   * with `inline`: src/files/limits.ts inlineBytesMax) is one chunk whose bytes live with its
   * record, not in the chunk store: getChunk and readChunk answer them too when the chunk store
   * has no such chunk, so reads, `verify`, the scrub and repairs need not tell the two apart.
   * hasChunk, putChunk and the sweep concern the chunk store alone.
   */
  getChunk(digest: Digest): Promise<Uint8Array | null>;
  /**
   * The stored bytes as they are, not checked against the digest, or null when absent: for
   * serving a reader that checks them itself (a payload travels with its digest, and the
   * receiver's codec checks it; the scrub checks what rests here), so a read costs no hash.
   * When the chunk fits in `into` (a buffer the caller reuses), the bytes are read into it and
   * a view of it is returned; otherwise a buffer the caller owns. Never mutate the result.
   * Inline content is answered too (see getChunk).
   */
  readChunk(digest: Digest, into?: Uint8Array): Promise<Uint8Array | null>;
  /**
   * Writes `bytes` (a good copy a repair fetched: src/node/chunk-repair.ts) as the content of
   * every file kept inline whose one chunk is `digest`, durably, after checking them against the
   * digest (StorageError if they do not match); returns how many files it wrote. A rotted inline
   * copy is repaired here, in place: the chunk store is no place for it (no file references the
   * chunk there, so the sweep would take that copy and the rot would show again). 0 when no file
   * keeps `digest` inline: then a good copy belongs in the chunk store (putChunk).
   */
  repairInline(digest: Digest, bytes: Uint8Array): Promise<number>;
  /** Whether the chunk is stored; a true answer also spares it from the next sweep. */
  hasChunk(digest: Digest): Promise<boolean>;
  /**
   * Reclaims chunks referenced by no file record and no live log entry. A chunk put, or found
   * by hasChunk, since the previous sweep is spared once: the node writes (or finds) a chunk
   * before it persists the entry that references it, and the sweep must not fall in between.
   * So: call putChunk or hasChunk for a chunk before persisting an entry that references it,
   * and do not run two sweeps between those two steps. While a snapshot view is open, nothing
   * its files reference is reclaimed (sqlite and mysql skip the sweep until it closes).
   */
  sweepChunks(): Promise<SweepResult>;

  // ---- File state machine ------------------------------------------------------------------
  /**
   * Applies commands and records `appliedIndex` in one transaction. Commands at an index <=
   * the applied index are skipped, so re-applying after a crash is harmless. A put-file whose
   * write id is remembered applies nothing (`putFileApplies`, src/files/write-id.ts); one that
   * applies with a write id leaves its WriteRecord, and only the writeIdsRememberedMax records
   * of the highest versions are kept (the oldest are forgotten in the same transaction). A
   * put-file with inline content keeps it with the file's record (replacing or removing the
   * file drops it).
   */
  applyBatch(commands: readonly IndexedFileCommand[], appliedIndex: LogIndex): Promise<void>;
  appliedIndex(): Promise<LogIndex>;
  getFile(name: string): Promise<FileRecord | null>;
  /** The record of the put-file that first applied `writeId`, or null: never seen, or forgotten. */
  writeRecord(writeId: WriteId): Promise<WriteRecord | null>;
  /** Files whose name starts with `prefix`, by name, at most `limit` of them after `after`. */
  listFiles(prefix: string, options?: { readonly after?: string; readonly limit?: number }): Promise<FileRecord[]>;
  /**
   * The state at the applied index as a snapshot stream: its files, write records and chunks —
   * the files' chunks and those of applied chunk entries that no file holds yet, so a node that
   * installs it and then applies a put-file after its index finds the chunks there (they arrive
   * as puts, spared by the next sweep like any put).
   */
  writeSnapshot(): Promise<SnapshotSource>;
  /**
   * Replaces the state machine with the snapshot's, sets the applied index and snapshot
   * metadata to `meta`, and discards the log (it is older than the snapshot, as in etcd's
   * ApplySnapshot). Memory stays bounded: pieces are parsed as they arrive.
   */
  installSnapshot(meta: SnapshotMeta, pieces: AsyncIterable<Uint8Array>): Promise<void>;

  close(): Promise<void>;
}

/** A page of listFiles when the caller gives no limit. */
export const listFilesLimitDefault = 1000;
/** Upper bound on one page, so a listing never loads the whole store. */
export const listFilesLimitMax = 10_000;

/**
 * The default storage: bun:sqlite in WAL mode with synchronous=FULL (a transaction is durable
 * when it returns), prepared statements, and a whole persist() in one transaction. A persist
 * is the exception to FULL: it commits without a sync and then, only when etcd's MustSync rule
 * says it must (entries, a new term or vote: log-rules.ts), awaits one fdatasync of the WAL
 * off the event loop (wal-sync.ts), so the driver loop takes messages and proposals meanwhile
 * and they go into the next persist together (group commit). Chunk bytes
 * live in content-addressed files beside the database (chunk-files.ts) by default, or as BLOBs
 * in the database (`chunkPlacement: "blobs"`); bench/storage.ts measures both.
 *
 * Layout of a data dir: `gossamer.sqlite` (+ its -wal and -shm) and `chunks/<digest>`.
 * bun:sqlite is synchronous, so every method runs start to end without interleaving except
 * around chunk-file I/O; the mutex keeps putChunk and the sweep apart there.
 */
import { Database } from "bun:sqlite";
import { mkdirSync, accessSync, constants } from "node:fs";
import { join } from "node:path";
import { AssertionError, assert, defined } from "../lib/assert";
import { logIndex, type Entry, type HardState, type LogIndex, type SnapshotMeta } from "../raft/types";
import type { Digest } from "../files/digest";
import type { VerifiedChunk } from "../files/verified";
import { chunkBytesMax } from "../files/limits";
import { storageMetrics } from "../metrics/metrics";
import type { FileRecord } from "../files/manifest";
import { putFileApplies, writeIdsRememberedMax, writeRecordOf, type WriteId, type WriteRecord } from "../files/write-id";
import { digestOfAsync } from "../files/sha256";
import { ChunkFiles } from "./chunk-files";
import { ChunkCorruptError, StorageError, StorageOpenError, errorCode, describeCause, type StorageOperation, type StorageOpenReason } from "./errors";
import type { IndexedFileCommand } from "./file-commands";
import { assertAppendable, assertCompactable, mustSync, withinBytes, type TermVote } from "./log-rules";
import { WalSync } from "./wal-sync";
import { SharedExclusiveLock } from "./shared-exclusive-lock";
import { entryFromRow, entryTypeCode, fileColumnNames, fileFromRow, fileToRow, hardStateFromJson, hardStateToJson, snapshotMetaFromJson,
  snapshotMetaToJson, writeRecordColumnNames, writeRecordFromRow, writeRecordToRow, type FileRow, type FileTables, type WriteRecordRow, liveTables, stagedTables } from "./row-codec";
import { checkSchema, migrate, sqliteSchemaReadableMin, sqliteSchemaVersion } from "./sqlite-schema";
import { RecentChunks } from "./recent-chunks";
import { installSnapshotInto, snapshotSource } from "./snapshot-stream";
import { listFilesLimitDefault, listFilesLimitMax, type EntryToPersist, type SnapshotSource, type Storage,
  type StoredDurableState, type SweepResult, pendingChunkEntriesMax } from "./storage";

export type ChunkPlacement = "files" | "blobs";

export interface SqliteStorageOptions {
  /** The node's data dir; created if absent. */
  readonly dir: string;
  readonly chunkPlacement?: ChunkPlacement;
}

export const sqliteFileName = "gossamer.sqlite";
/** Rows per page when a snapshot or a sweep walks a table: bounded memory per step. */
const pageRows = 256;

interface LogRow { idx: number; term: number; type: number; data: Uint8Array }

/** Runs `work`, wrapping what the world throws in StorageError; bugs (assertions) pass through. */
function guard<T>(operation: StorageOperation, work: () => T): T {
  try {
    return work();
  } catch (error: unknown) {
    if (error instanceof AssertionError || error instanceof StorageError) throw error;
    throw new StorageError(operation, { cause: error });
  }
}

async function guardAsync<T>(operation: StorageOperation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error: unknown) {
    if (error instanceof AssertionError || error instanceof StorageError) throw error;
    throw new StorageError(operation, { cause: error });
  }
}

function openReason(error: unknown): StorageOpenReason {
  const code = errorCode(error) ?? "";
  if (code === "EACCES" || code === "EROFS" || code === "EPERM" || code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")) return "not-writable";
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) return "corrupt";
  if (code === "ENOSPC" || code === "SQLITE_FULL") return "disk-full";
  return "other";
}

export class SqliteStorage implements Storage {
  private closed = false;
  private snapshotIndexCached: number;
  private lastIndexCached: number;
  private appliedCached: LogIndex;
  private readonly recentChunks = new RecentChunks();
  private openViews = 0;
  private readonly chunkLock = new SharedExclusiveLock();
  private readonly wal: WalSync;
  /** Term and vote as last made durable: a persist that changes neither, and appends nothing, needs no sync. */
  private termVoteSynced: TermVote;
  /**
   * A hard state whose only change was the commit index, not yet written: it rides in the next
   * transaction (an apply, a persist, a close) instead of costing one of its own per Ready. The
   * commit index is a hint a restarted node re-learns from its leader (etcd does not sync it
   * either); the one rule a restart needs, applied <= commit, holds because every apply
   * transaction writes it (its entries are at or below it).
   */
  private commitOnly: HardState | null = null;
  /** Rows in write_ids as of the last committed apply; null: unknown, counted when next needed. */
  private writeIdsCount: number | null = null;

  private constructor(private readonly db: Database, readonly path: string, private readonly chunkFiles: ChunkFiles | null) {
    this.wal = new WalSync(`${path}-wal`);
    const stored = hardStateFromJson(this.metaValue("hard_state"));
    this.termVoteSynced = { term: stored.term, vote: stored.vote };
    const snapshot = this.readSnapshotMeta();
    this.snapshotIndexCached = snapshot?.index ?? 0;
    const last = db.query<{ last: number | null }, []>("SELECT MAX(idx) AS last FROM log").get()?.last ?? null;
    this.lastIndexCached = last ?? this.snapshotIndexCached;
    this.appliedCached = logIndex(Number(this.metaValue("applied") ?? "0"));
    assert(this.lastIndexCached >= this.snapshotIndexCached, "the log does not end before the snapshot");
  }

  /** Opens (creating or migrating) the storage in `options.dir`; throws StorageOpenError. */
  static open(options: SqliteStorageOptions): SqliteStorage {
    const path = join(options.dir, sqliteFileName);
    const location = { kind: "sqlite", path } as const;
    const fail = (reason: StorageOpenReason, cause: unknown, detail?: string): StorageOpenError =>
      new StorageOpenError(location, reason, { cause, detail: detail ?? describeCause(cause) });
    let db: Database | null = null;
    try {
      mkdirSync(options.dir, { recursive: true });
      accessSync(options.dir, constants.W_OK);
      db = new Database(path, { create: true, readwrite: true, strict: true });
      db.run("PRAGMA busy_timeout = 5000");
      const check = checkSchema(db);
      if (check.kind === "foreign") throw fail("foreign", null, `not a Gossamer database (tables: ${check.tables.join(", ")})`);
      if (check.kind === "newer") {
        throw fail("newer-schema", null, `written by a newer Gossamer (schema version ${check.found}, this build reads up to ${sqliteSchemaVersion}); upgrade Gossamer`);
      }
      if (check.kind === "older") {
        throw fail("older-schema", null, `written by an older Gossamer (schema version ${check.found}) whose file digests and chunk store this build does not read (it reads ${sqliteSchemaReadableMin} and later): start this node with an empty --data-dir`);
      }
      db.run("PRAGMA journal_mode = WAL");
      db.run("PRAGMA synchronous = FULL");
      if (check.kind === "migrate") migrate(db, check.from);
      // No write probe here: a node on a full disk must still open to serve what it holds;
      // a read-only dir was refused by accessSync above (root ignores modes, not EROFS).
      const chunkFiles = (options.chunkPlacement ?? "files") === "files" ? ChunkFiles.open(join(options.dir, "chunks")) : null;
      return new SqliteStorage(db, path, chunkFiles);
    } catch (error: unknown) {
      db?.close();
      if (error instanceof StorageOpenError || error instanceof AssertionError) throw error;
      throw fail(openReason(error), error);
    }
  }

  private live(): Database {
    assert(!this.closed, "storage is open");
    return this.db;
  }

  private metaValue(key: string): string | null {
    return this.db.query<{ value: string }, [string]>("SELECT value FROM meta WHERE key = ?").get(key)?.value ?? null;
  }

  private setMeta(key: string, value: string): void {
    this.db.query("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").run(key, value);
  }

  private readSnapshotMeta(): SnapshotMeta | null {
    return snapshotMetaFromJson(this.metaValue("snapshot"));
  }

  async persist(hardState: HardState | null, entries: readonly EntryToPersist[]): Promise<void> {
    const db = this.live();
    assertAppendable(entries, this.snapshotIndexCached, this.lastIndexCached);
    const sync = mustSync(this.termVoteSynced, hardState, entries.length);
    if (!sync && entries.length === 0) {
      this.commitOnly = hardState;
      return;
    }
    // Committed without its sync on this thread; the sync, when the persist needs one, runs
    // off the event loop below (wal-sync.ts), shared with any other caller waiting for one.
    db.run("PRAGMA synchronous = NORMAL");
    try {
      guard("persist", () => this.persistTransaction(db, hardState, entries));
    } finally {
      db.run("PRAGMA synchronous = FULL");
    }
    const last = entries[entries.length - 1];
    if (last !== undefined) this.lastIndexCached = last.entry.index;
    if (!sync) return;
    await guardAsync("persist", async () => await this.wal.sync());
    if (hardState !== null) this.termVoteSynced = { term: hardState.term, vote: hardState.vote };
  }

  private persistTransaction(db: Database, hardState: HardState | null, entries: readonly EntryToPersist[]): void {
    const first = entries[0];
    db.transaction(() => {
      if (first !== undefined) {
        // Only an append at or below the last index replaces a suffix (Raft §5.3).
        if (first.entry.index <= this.lastIndexCached) {
          db.query("DELETE FROM log WHERE idx >= ?").run(first.entry.index);
          db.query("DELETE FROM log_chunks WHERE idx >= ?").run(first.entry.index);
        }
        const insert = db.query("INSERT INTO log (idx, term, type, data) VALUES (?, ?, ?, ?)");
        const insertReference = db.query("INSERT OR IGNORE INTO log_chunks (idx, digest) VALUES (?, ?)");
        for (const { entry, chunks } of entries) {
          insert.run(entry.index, entry.term, entryTypeCode(entry.type), entry.data);
          for (const digest of chunks) insertReference.run(entry.index, digest);
        }
      }
      this.writeHardState(hardState);
    }).immediate();
  }

  /** Inside a transaction: `hardState`, or else the commit-only one waiting; either way none waits after. */
  private writeHardState(hardState: HardState | null): void {
    const latest = hardState ?? this.commitOnly;
    if (latest !== null) this.setMeta("hard_state", hardStateToJson(latest));
    this.commitOnly = null;
  }

  async entries(low: LogIndex, high: LogIndex, bytesMax = Number.POSITIVE_INFINITY): Promise<Entry[]> {
    const db = this.live();
    assert(low > this.snapshotIndexCached, `entries from ${low} are compacted (snapshot at ${this.snapshotIndexCached})`);
    assert(high <= this.lastIndexCached + 1, `entries up to ${high} beyond the last index ${this.lastIndexCached}`);
    if (low >= high) return [];
    const rows = guard("read", () => db.query<LogRow, [number, number]>("SELECT idx, term, type, data FROM log WHERE idx >= ? AND idx < ? ORDER BY idx").all(low, high));
    const result = withinBytes(rows.map((row) => entryFromRow(row.idx, row.term, row.type, row.data)), bytesMax);
    assert(result.every((entry, offset) => entry.index === low + offset), "a read range is contiguous");
    return result;
  }

  async firstIndex(): Promise<LogIndex> {
    this.live();
    return logIndex(this.snapshotIndexCached + 1);
  }

  async lastIndex(): Promise<LogIndex> {
    this.live();
    return logIndex(this.lastIndexCached);
  }

  async truncateSuffix(from: LogIndex): Promise<void> {
    const db = this.live();
    assert(from > this.snapshotIndexCached, "truncation keeps the snapshot");
    guard("truncate", () => db.transaction(() => {
      db.query("DELETE FROM log WHERE idx >= ?").run(from);
      db.query("DELETE FROM log_chunks WHERE idx >= ?").run(from);
    }).immediate());
    storageMetrics.fsyncs.with({ kind: "log" }).inc();
    this.lastIndexCached = Math.min(this.lastIndexCached, from - 1);
  }

  async compact(meta: SnapshotMeta): Promise<void> {
    const db = this.live();
    assertCompactable(meta, this.snapshotIndexCached, this.appliedCached);
    guard("compact", () => db.transaction(() => {
      db.query("DELETE FROM log WHERE idx <= ?").run(meta.index);
      // A reference no file holds yet stays (Storage.compact): its write's put-file may still come.
      db.query(`DELETE FROM log_chunks WHERE idx <= ?1 AND (idx <= ?2
        OR EXISTS (SELECT 1 FROM file_chunks f WHERE f.digest = log_chunks.digest))`).run(meta.index, meta.index - pendingChunkEntriesMax);
      this.setMeta("snapshot", snapshotMetaToJson(meta));
    }).immediate());
    storageMetrics.fsyncs.with({ kind: "log" }).inc();
    this.snapshotIndexCached = meta.index;
    this.lastIndexCached = Math.max(this.lastIndexCached, meta.index);
  }

  async snapshotMeta(): Promise<SnapshotMeta | null> {
    this.live();
    return guard("read", () => this.readSnapshotMeta());
  }

  async loadDurableState(): Promise<StoredDurableState> {
    const db = this.live();
    return guard("read", () => db.transaction(() => {
      const hardState = this.commitOnly ?? hardStateFromJson(this.metaValue("hard_state"));
      const snapshot = this.readSnapshotMeta();
      const rows = db.query<LogRow, []>("SELECT idx, term, type, data FROM log ORDER BY idx").all();
      const entries = rows.map((row) => entryFromRow(row.idx, row.term, row.type, row.data));
      const first = entries[0];
      if (first !== undefined) assert(first.index === (snapshot?.index ?? 0) + 1, "the log starts right after the snapshot");
      assert(entries.every((entry, offset) => entry.index === (first?.index ?? 0) + offset), "the stored log is contiguous");
      return { hardState, snapshot, entries };
    }).deferred());
  }

  async putChunk(digest: Digest, bytes: Uint8Array): Promise<void> {
    this.live();
    if (bytes.length > chunkBytesMax) throw new StorageError("put-chunk", { cause: null, detail: `chunk of ${bytes.length} bytes exceeds ${chunkBytesMax}` });
    if ((await digestOfAsync(bytes)) !== digest) throw new StorageError("put-chunk", { cause: null, detail: `bytes do not match digest ${digest}` });
    await this.chunkLock.shared(async () => {
      this.recentChunks.note(digest);
      const files = this.chunkFiles;
      if (files !== null) await guardAsync("put-chunk", async () => await files.put(digest, bytes));
      else await this.putChunkRow(digest, bytes);
    });
  }

  async putVerifiedChunk(chunk: VerifiedChunk): Promise<void> {
    this.live();
    const { digest, bytes } = chunk;
    if (bytes.length > chunkBytesMax) throw new StorageError("put-chunk", { cause: null, detail: `chunk of ${bytes.length} bytes exceeds ${chunkBytesMax}` });
    await this.chunkLock.shared(async () => {
      this.recentChunks.note(digest);
      const files = this.chunkFiles;
      if (files !== null) await guardAsync("put-chunk", async () => await files.putNew(digest, bytes));
      else guard("put-chunk", () => this.db.query("INSERT OR IGNORE INTO chunks (digest, bytes) VALUES (?, ?)").run(digest, bytes));
    });
  }

  /** Inserts the chunk's row unless an intact one is there; a corrupt row is replaced (repair). */
  private async putChunkRow(digest: Digest, bytes: Uint8Array): Promise<void> {
    const row = guard("put-chunk", () => this.db.query<{ bytes: Uint8Array }, [string]>("SELECT bytes FROM chunks WHERE digest = ?").get(digest));
    if (row !== null && (await digestOfAsync(row.bytes)) === digest) return;
    guard("put-chunk", () => this.db.query("INSERT OR REPLACE INTO chunks (digest, bytes) VALUES (?, ?)").run(digest, bytes));
  }

  async getChunk(digest: Digest): Promise<Uint8Array | null> {
    this.live();
    const files = this.chunkFiles;
    // A small file's content first: an indexed lookup that misses cheaply, where a chunk file
    // that is not there is a failed open and a thrown ENOENT (the scrub checks every inline
    // file this way: 2% of a follower's samples went to those misses).
    const inline = this.inlineRow(digest);
    if (files !== null && inline === null) return await guardAsync("get-chunk", async () => await files.get(digest));
    const bytes = inline ?? this.chunkRow(digest);
    if (bytes === null) return null;
    if ((await digestOfAsync(bytes)) !== digest) throw new StorageError("get-chunk", { cause: new ChunkCorruptError(`chunk ${digest} does not match its digest`) });
    return bytes;
  }

  async readChunk(digest: Digest, into?: Uint8Array): Promise<Uint8Array | null> {
    this.live();
    const files = this.chunkFiles;
    const stored = files !== null ? await guardAsync("get-chunk", async () => await files.read(digest, into)) : this.chunkRow(digest);
    return stored ?? this.inlineRow(digest);
  }

  private chunkRow(digest: Digest): Uint8Array | null {
    return guard("get-chunk", () => this.db.query<{ bytes: Uint8Array }, [string]>("SELECT bytes FROM chunks WHERE digest = ?").get(digest))?.bytes ?? null;
  }

  async repairInline(digest: Digest, bytes: Uint8Array): Promise<number> {
    const db = this.live();
    if ((await digestOfAsync(bytes)) !== digest) throw new StorageError("put-chunk", { cause: null, detail: `bytes do not match digest ${digest}` });
    // One statement, one durable commit (WAL, synchronous FULL); the rows it touches hold this
    // content by definition, so rewriting an intact one changes nothing.
    return guard("put-chunk", () => db.query("UPDATE inline_files SET bytes = ? WHERE digest = ?").run(bytes, digest).changes);
  }

  /** The content of a file kept inline whose one chunk is `digest` (Storage.getChunk), unchecked. */
  private inlineRow(digest: Digest): Uint8Array | null {
    return guard("get-chunk", () => this.db.query<{ bytes: Uint8Array }, [string]>("SELECT bytes FROM inline_files WHERE digest = ? LIMIT 1").get(digest))?.bytes ?? null;
  }

  async hasChunk(digest: Digest): Promise<boolean> {
    this.live();
    // Under the shared lock, and noted when present: a caller that finds a chunk may persist a
    // reference to it next, so the sweep must spare it (recent-chunks.ts).
    return await this.chunkLock.shared(async () => {
      const files = this.chunkFiles;
      const present = files !== null ? await guardAsync("get-chunk", async () => await files.has(digest))
        : guard("get-chunk", () => this.db.query("SELECT 1 FROM chunks WHERE digest = ?").get(digest) !== null);
      if (present) this.recentChunks.note(digest);
      return present;
    });
  }

  private referenced(digest: Digest): boolean {
    return this.db.query(`SELECT 1 WHERE EXISTS (SELECT 1 FROM file_chunks WHERE digest = ?1)
      OR EXISTS (SELECT 1 FROM log_chunks WHERE digest = ?1) OR EXISTS (SELECT 1 FROM staged_file_chunks WHERE digest = ?1)`).get(digest) !== null;
  }

  async sweepChunks(): Promise<SweepResult> {
    this.live();
    return await this.chunkLock.exclusive(async () => await guardAsync("sweep", async () => {
      const spared = this.recentChunks.takeForSweep();
      let removed = 0;
      let kept = 0;
      // A snapshot view reads an older state whose chunks may be unreferenced now: wait for it.
      const sweepable = (digest: Digest): boolean => this.openViews === 0 && !spared(digest) && !this.referenced(digest);
      const files = this.chunkFiles;
      if (files !== null) {
        const doomed: Digest[] = [];
        for await (const digest of files.list()) {
          if (sweepable(digest)) doomed.push(digest);
          else kept += 1;
        }
        await files.remove(doomed);
        removed = doomed.length;
      } else {
        const digests = this.db.query<{ digest: Digest }, []>("SELECT digest FROM chunks").all().map((row) => row.digest);
        for (const digest of digests) {
          if (!sweepable(digest)) { kept += 1; continue; }
          this.db.query("DELETE FROM chunks WHERE digest = ?").run(digest);
          removed += 1;
        }
      }
      return { removed, kept };
    }));
  }

  async applyBatch(commands: readonly IndexedFileCommand[], appliedIndex: LogIndex): Promise<void> {
    const db = this.live();
    // Applying needs no fsync of its own: the state machine is derived from the log, which is
    // durable; an apply lost to a power cut is applied again after restart (applied index and
    // state move together in this transaction, and applying is idempotent). In WAL mode the
    // next FULL commit (a persist, a compaction) makes it durable, in order, before anything
    // that depends on it. bun:sqlite blocks the event loop for every fsync, so this halves the
    // time a node stands still per Ready.
    db.run("PRAGMA synchronous = NORMAL");
    try {
      this.applyTransaction(db, commands, appliedIndex);
    } catch (error: unknown) {
      this.writeIdsCount = null; // rolled back: count again when next needed
      throw error;
    } finally {
      db.run("PRAGMA synchronous = FULL");
    }
    if (appliedIndex > this.appliedCached) this.appliedCached = appliedIndex;
  }

  private applyTransaction(db: Database, commands: readonly IndexedFileCommand[], appliedIndex: LogIndex): void {
    guard("apply", () => db.transaction(() => {
      this.writeHardState(null);
      const applied = Number(this.metaValue("applied") ?? "0");
      let remembered = false;
      for (const { index, command } of commands) {
        assert(index <= appliedIndex, "a command is at or before the batch's applied index");
        if (index <= applied) continue;
        switch (command.kind) {
          case "put-file": {
            const { manifest, writeId, createdMs, inline } = command;
            if (!putFileApplies(writeId, writeId === undefined ? null : this.readWriteRecord(db, writeId))) break;
            this.writeFile(liveTables, { ...manifest, version: index, createdMs }, inline ?? null);
            if (writeId !== undefined) {
              this.insertWriteRecord("write_ids", writeRecordOf(manifest, writeId, index, createdMs));
              if (this.writeIdsCount !== null) this.writeIdsCount += 1;
              remembered = true;
            }
            break;
          }
          case "remove-file":
            db.query("DELETE FROM files WHERE name = ?").run(command.name);
            db.query("DELETE FROM file_chunks WHERE name = ?").run(command.name);
            db.query("DELETE FROM inline_files WHERE name = ?").run(command.name);
            break;
          case "chunk": break;
          default: { const never: never = command; return never; }
        }
      }
      if (remembered) this.forgetOldWrites();
      if (appliedIndex > applied) this.setMeta("applied", String(appliedIndex));
    }).immediate());
  }

  private readWriteRecord(db: Database, writeId: WriteId): WriteRecord | null {
    const row = db.query<WriteRecordRow, [string]>(`SELECT ${writeRecordColumnNames} FROM write_ids WHERE write_id = ?`).get(writeId);
    return row === null ? null : writeRecordFromRow(row);
  }

  private insertWriteRecord(table: "write_ids" | "staged_write_ids", record: WriteRecord): void {
    this.db.query(`INSERT INTO ${table} (${writeRecordColumnNames}) VALUES (?, ?, ?, ?, ?)`).run(...writeRecordToRow(record));
  }

  /**
   * Keeps the writeIdsRememberedMax records of the highest versions: deletes the oldest beyond
   * the bound, counted, so an apply costs an indexed delete of the few new excess rows rather
   * than a walk of 10,000 index entries to find the cut (84 µs per apply batch measured here,
   * on every node, for every write).
   */
  private forgetOldWrites(): void {
    this.writeIdsCount ??= this.db.query<{ count: number }, []>("SELECT COUNT(*) AS count FROM write_ids").get()?.count ?? 0;
    const excess = this.writeIdsCount - writeIdsRememberedMax;
    if (excess <= 0) return;
    const { changes } = this.db.query("DELETE FROM write_ids WHERE version IN (SELECT version FROM write_ids ORDER BY version LIMIT ?)").run(excess);
    this.writeIdsCount -= changes;
  }

  /**
   * Writes a file's row and either its chunk rows (the chunks it holds in the chunk store) or,
   * for a file kept inline, its content row: an inline file holds no chunk of the store.
   */
  private writeFile(tables: FileTables, record: FileRecord, inline: Uint8Array | null): void {
    this.db.query(`DELETE FROM ${tables.chunks} WHERE name = ?`).run(record.name);
    this.db.query(`DELETE FROM ${tables.inline} WHERE name = ?`).run(record.name);
    this.db.query(`INSERT OR REPLACE INTO ${tables.files} (${fileColumnNames}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(...fileToRow(record));
    if (inline !== null) {
      assert(record.chunks.length === 1 && inline.length === record.size, "inline content is the file's one chunk");
      this.db.query(`INSERT INTO ${tables.inline} (name, digest, bytes) VALUES (?, ?, ?)`).run(record.name, defined(record.chunks[0], "the one chunk digest"), inline);
      return;
    }
    const insert = this.db.query(`INSERT INTO ${tables.chunks} (name, seq, digest) VALUES (?, ?, ?)`);
    record.chunks.forEach((digest, seq) => insert.run(record.name, seq, digest));
  }

  async appliedIndex(): Promise<LogIndex> {
    this.live();
    return this.appliedCached;
  }

  async getFile(name: string): Promise<FileRecord | null> {
    const db = this.live();
    const row = guard("query", () => db.query<FileRow, [string]>("SELECT * FROM files WHERE name = ?").get(name));
    return row === null ? null : fileFromRow(row);
  }

  async writeRecord(writeId: WriteId): Promise<WriteRecord | null> {
    const db = this.live();
    return guard("query", () => this.readWriteRecord(db, writeId));
  }

  async listFiles(prefix: string, options: { readonly after?: string; readonly limit?: number } = {}): Promise<FileRecord[]> {
    const db = this.live();
    const limit = Math.min(options.limit ?? listFilesLimitDefault, listFilesLimitMax);
    assert(limit > 0, "a listing returns something");
    // A file named exactly `prefix` belongs to the listing: the bound is inclusive unless `after` is past it.
    const afterPrefix = options.after !== undefined && options.after >= prefix;
    const low = afterPrefix ? options.after : prefix;
    // Names compare as BLOBs (bytewise), like JavaScript's < on these strings for the BMP.
    const rows = guard("query", () => db.query<FileRow, [string, string, number]>(
      `SELECT * FROM files WHERE name ${afterPrefix ? ">" : ">="} ? AND substr(name, 1, length(?2)) = ?2 ORDER BY name LIMIT ?3`).all(low, prefix, limit + 1));
    return rows.map(fileFromRow).filter((record) => record.name !== options.after && record.name.startsWith(prefix)).slice(0, limit);
  }

  async writeSnapshot(): Promise<SnapshotSource> {
    this.live();
    // A second connection in a read transaction sees one consistent state while writes go on.
    const { reader, appliedRow } = guard("write-snapshot", () => {
      const connection = new Database(this.path, { readonly: true, strict: true });
      connection.run("BEGIN");
      // The first read fixes the transaction's view of the WAL; every later page reads the same state.
      const row = connection.query<{ value: string }, []>("SELECT value FROM meta WHERE key = 'applied'").get();
      return { reader: connection, appliedRow: row };
    });
    this.openViews += 1;
    const files = this.chunkFiles;
    const appliedIndex = logIndex(Number(appliedRow?.value ?? "0"));
    return snapshotSource({
      appliedIndex,
      chunkDigests: async function* () {
        for (let after = ""; ;) { // bounded: each page advances `after` or ends the loop
          // Files' chunks, and those of applied chunk entries no file holds yet (Storage.writeSnapshot).
          const page = reader.query<{ digest: Digest }, [string, number, number]>(
            `SELECT digest FROM file_chunks WHERE digest > ?1 UNION SELECT digest FROM log_chunks WHERE digest > ?1 AND idx <= ?3
             ORDER BY digest LIMIT ?2`).all(after, pageRows, appliedIndex);
          for (const row of page) yield row.digest;
          const last = page[page.length - 1];
          if (last === undefined || page.length < pageRows) return;
          after = last.digest;
        }
      },
      files: async function* () {
        for (let after = ""; ;) { // bounded: as above
          const page = reader.query<FileRow & { inline: Uint8Array | null }, [string, number]>(
            "SELECT f.*, i.bytes AS inline FROM files f LEFT JOIN inline_files i ON i.name = f.name WHERE f.name > ? ORDER BY f.name LIMIT ?").all(after, pageRows);
          for (const row of page) yield row.inline === null ? fileFromRow(row) : { ...fileFromRow(row), inline: row.inline };
          const last = page[page.length - 1];
          if (last === undefined || page.length < pageRows) return;
          after = last.name;
        }
      },
      writeRecords: async function* () {
        for (let after = 0; ;) { // bounded: each page advances `after` or ends the loop
          const page = reader.query<WriteRecordRow, [number, number]>(
            `SELECT ${writeRecordColumnNames} FROM write_ids WHERE version > ? ORDER BY version LIMIT ?`).all(after, pageRows);
          for (const row of page) yield writeRecordFromRow(row);
          const last = page[page.length - 1];
          if (last === undefined || page.length < pageRows) return;
          after = Number(last.version);
        }
      },
      readChunk: async (digest) => {
        const bytes = files !== null ? await files.get(digest)
          : reader.query<{ bytes: Uint8Array }, [string]>("SELECT bytes FROM chunks WHERE digest = ?").get(digest)?.bytes ?? null;
        if (bytes === null) throw new StorageError("write-snapshot", { cause: null, detail: `chunk ${digest} of the snapshot is missing` });
        return bytes;
      },
      release: async () => {
        this.openViews -= 1;
        reader.run("COMMIT");
        reader.close();
      },
    });
  }

  async installSnapshot(meta: SnapshotMeta, pieces: AsyncIterable<Uint8Array>): Promise<void> {
    const db = this.live();
    const clearStaged = (): void => {
      db.run("DELETE FROM staged_files");
      db.run("DELETE FROM staged_file_chunks");
      db.run("DELETE FROM staged_inline_files");
      db.run("DELETE FROM staged_write_ids");
    };
    guard("install-snapshot", clearStaged);
    await guardAsync("install-snapshot", async () => await installSnapshotInto(meta, pieces, {
      putChunk: async (digest, bytes) => await this.putChunk(digest, bytes),
      hasChunk: async (digest) => await this.hasChunk(digest),
      stageFile: async (record, inline) => { db.transaction(() => this.writeFile(stagedTables, record, inline)).immediate(); },
      stageWriteRecord: async (record) => { db.transaction(() => this.insertWriteRecord("staged_write_ids", record)).immediate(); },
      commit: async (snapshotMeta) => {
        db.transaction(() => {
          for (const table of ["files", "file_chunks", "inline_files", "write_ids", "log", "log_chunks"]) db.run(`DELETE FROM ${table}`);
          db.run("INSERT INTO files SELECT * FROM staged_files");
          db.run("INSERT INTO file_chunks SELECT * FROM staged_file_chunks");
          db.run("INSERT INTO inline_files (name, digest, bytes) SELECT name, digest, bytes FROM staged_inline_files");
          db.run(`INSERT INTO write_ids (${writeRecordColumnNames}) SELECT ${writeRecordColumnNames} FROM staged_write_ids`);
          clearStaged();
          this.setMeta("applied", String(snapshotMeta.index));
          this.setMeta("snapshot", snapshotMetaToJson(snapshotMeta));
        }).immediate();
        this.writeIdsCount = null;
        this.appliedCached = snapshotMeta.index;
        this.snapshotIndexCached = snapshotMeta.index;
        this.lastIndexCached = snapshotMeta.index;
      },
      abort: async () => guard("install-snapshot", clearStaged),
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.commitOnly !== null) guard("close", () => this.db.transaction(() => this.writeHardState(null)).immediate());
    this.closed = true;
    await guardAsync("close", async () => await this.wal.close());
    guard("close", () => this.db.close());
  }
}

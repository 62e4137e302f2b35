/**
 * Storage on MySQL or MariaDB through mysql2/promise: a small pool, prepared statements only
 * (execute()), InnoDB, one database per node (`gossamer_<node id>`, created if absent; the
 * URL's path overrides the name). Chunk bytes are LONGBLOBs in the same database, so a node's
 * whole state is one database to back up.
 *
 * A connection lost while running (the server restarted, a proxy dropped it) is retried with
 * capped exponential backoff for up to retryMs; meanwhile the operation's promise stays
 * pending, so nothing is acknowledged before it is durable. Retrying is safe because every
 * operation is idempotent: persist replaces the suffix from its first index, applyBatch skips
 * indexes at or below the applied one, putChunk ignores a digest already there.
 */
import mysql, { type Pool, type PoolConnection, type ResultSetHeader, type RowDataPacket } from "mysql2/promise";
import { AssertionError, assert, defined } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { logIndex, type Entry, type HardState, type LogIndex, type SnapshotMeta } from "../raft/types";
import type { Digest } from "../files/digest";
import type { VerifiedChunk } from "../files/verified";
import { chunkBytesMax } from "../files/limits";
import type { FileRecord } from "../files/manifest";
import { putFileApplies, writeIdsRememberedMax, writeRecordOf, type WriteId, type WriteRecord } from "../files/write-id";
import { digestOfAsync } from "../files/sha256";
import { ChunkCorruptError, StorageError, StorageOpenError, describeCause, errorCode, type StorageLocation, type StorageOpenReason,
  type StorageOperation } from "./errors";
import type { IndexedFileCommand } from "./file-commands";
import { assertAppendable, assertCompactable, withinBytes } from "./log-rules";
import { SharedExclusiveLock } from "./shared-exclusive-lock";
import { mysqlSchemaMigrations, mysqlSchemaReadableMin, mysqlSchemaVersion } from "./mysql-schema";
import { entryFromRow, entryTypeCode, fileColumnNames, fileFromRow, fileToRow, hardStateFromJson, hardStateToJson, snapshotMetaFromJson,
  snapshotMetaToJson, writeRecordColumnNames, writeRecordFromRow, writeRecordToRow, type FileRow, type FileTables, type WriteRecordRow, liveTables, stagedTables } from "./row-codec";
import { RecentChunks } from "./recent-chunks";
import { installSnapshotInto, snapshotSource } from "./snapshot-stream";
import { listFilesLimitDefault, listFilesLimitMax, type EntryToPersist, type SnapshotSource, type Storage,
  type StoredDurableState, type SweepResult, pendingChunkEntriesMax } from "./storage";

/** How long a lost connection is retried before the operation fails (the node then stops). */
export const mysqlRetryMsDefault = 60_000;
export const mysqlRetryDelayMsMin = 50;
export const mysqlRetryDelayMsMax = 2_000;
export const mysqlConnectTimeoutMs = 5_000;
export const mysqlPoolSize = 4;
/** Rows per multi-row INSERT: few round trips per batch, few distinct prepared statements. */
export const mysqlInsertRowsMax = 64;
/** Rows per page when a snapshot or a sweep walks a table. */
const pageRows = 256;
/** The server must accept one chunk plus the statement around it in one packet. */
export const mysqlPacketBytesMin = chunkBytesMax + (1 << 20);
assert(mysqlRetryDelayMsMin < mysqlRetryDelayMsMax, "backoff has room to grow");
assert(mysqlRetryDelayMsMax < mysqlRetryMsDefault, "more than one retry fits in the retry window");

export interface MysqlStorageOptions {
  /** mysql://user:password@host:port/database; the database part is optional. */
  readonly url: string;
  readonly nodeId: string;
  readonly retryMs?: number;
}

interface Target { host: string; port: number; user: string; password: string; database: string }

/** `gossamer_<node id>`, with anything outside [A-Za-z0-9_] replaced, so it is a safe identifier. */
export function databaseNameFor(nodeId: string): string {
  assert(nodeId.length > 0, "a node id is not empty");
  return `gossamer_${nodeId.replace(/[^A-Za-z0-9_]/g, "_")}`.slice(0, 64);
}

/** Parses the URL given by the user; a malformed one is a user error, not a bug. */
export function parseMysqlUrl(url: string, nodeId: string): Result<Target, string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err(`not a URL: "${url}" (expected mysql://user:password@host:port/database)`);
  }
  if (parsed.protocol !== "mysql:" && parsed.protocol !== "mariadb:") return err(`expected a mysql:// URL, not ${parsed.protocol}//`);
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  const database = path === "" ? databaseNameFor(nodeId) : path;
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) return err(`database name "${database}" must be 1-64 of A-Z a-z 0-9 _ $`);
  const port = parsed.port === "" ? 3306 : Number(parsed.port);
  return ok({ host: parsed.hostname || "127.0.0.1", port, user: decodeURIComponent(parsed.username || "root"),
    password: decodeURIComponent(parsed.password), database });
}

const transientCodes = new Set(["PROTOCOL_CONNECTION_LOST", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT",
  "ER_SERVER_SHUTDOWN", "ER_CONNECTION_KILLED", "ER_LOCK_DEADLOCK", "ER_LOCK_WAIT_TIMEOUT", "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_CON_COUNT_ERROR", "EHOSTUNREACH", "ENETUNREACH", "CR_SERVER_LOST", "CR_SERVER_GONE_ERROR"]);

/** Errors after which the same statements may succeed on a fresh connection. */
export function isTransient(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== null && transientCodes.has(code)) return true;
  return error instanceof Error && /closed state|Connection lost/i.test(error.message);
}

function openReason(error: unknown): StorageOpenReason {
  const code = errorCode(error) ?? "";
  if (["ECONNREFUSED", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "PROTOCOL_CONNECTION_LOST"].includes(code)) return "unreachable";
  if (code === "ER_ACCESS_DENIED_ERROR") return "access-denied";
  if (code.endsWith("ACCESS_DENIED_ERROR") || code === "ER_TABLEACCESS_DENIED_ERROR" || code === "ER_SPECIFIC_ACCESS_DENIED_ERROR") return "missing-privileges";
  return "other";
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const buffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const placeholders = (rows: number, columns: number): string =>
  Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => "?").join(", ")})`).join(", ");

type Rows<T> = (T & RowDataPacket)[];

interface LogRow { idx: number; term: number; type: number; data: Buffer }
interface MysqlFileRow extends Omit<FileRow, "name"> { name: Buffer }

const fileRow = (row: MysqlFileRow): FileRecord => fileFromRow({ ...row, name: row.name.toString("utf8") });

export class MysqlStorage implements Storage {
  private closed = false;
  private readonly recentChunks = new RecentChunks();
  private openViews = 0;
  private readonly chunkLock = new SharedExclusiveLock();

  private constructor(private readonly pool: Pool, readonly location: StorageLocation, private readonly retryMs: number,
    private snapshotIndexCached: number, private lastIndexCached: number, private appliedCached: LogIndex) {}

  /** Connects, creates the database if absent, migrates; throws StorageOpenError naming where and why. */
  static async open(options: MysqlStorageOptions): Promise<MysqlStorage> {
    const parsed = parseMysqlUrl(options.url, options.nodeId);
    if (!parsed.ok) {
      throw new StorageOpenError({ kind: "mysql", host: "(unparsed)", port: 0, database: "(unparsed)" }, "bad-url", { cause: null, detail: parsed.error });
    }
    const target = parsed.value;
    const location = { kind: "mysql", host: target.host, port: target.port, database: target.database } as const;
    const fail = (reason: StorageOpenReason, cause: unknown, detail?: string): StorageOpenError =>
      new StorageOpenError(location, reason, { cause, detail: detail ?? describeCause(cause) });
    let pool: Pool | null = null;
    try {
      await createDatabase(target);
      pool = mysql.createPool({ host: target.host, port: target.port, user: target.user, password: target.password,
        database: target.database, connectionLimit: mysqlPoolSize, connectTimeout: mysqlConnectTimeoutMs, waitForConnections: true });
      const connection = await pool.getConnection();
      try {
        await checkAndMigrate(connection, fail);
        const packet = await one<{ packet: number }>(connection, "SELECT @@max_allowed_packet AS packet");
        if (Number(packet.packet) < mysqlPacketBytesMin) {
          throw fail("other", null, `max_allowed_packet is ${packet.packet}, at least ${mysqlPacketBytesMin} is needed for ${chunkBytesMax}-byte chunks`);
        }
        await connection.execute("INSERT INTO meta (k, v) VALUES ('opened', 'yes') ON DUPLICATE KEY UPDATE v = VALUES(v)");
        const state = await loadIndexes(connection);
        return new MysqlStorage(pool, location, options.retryMs ?? mysqlRetryMsDefault, state.snapshotIndex, state.lastIndex, state.applied);
      } finally {
        connection.release();
      }
    } catch (error: unknown) {
      await pool?.end().catch(() => undefined);
      if (error instanceof StorageOpenError || error instanceof AssertionError) throw error;
      throw fail(openReason(error), error);
    }
  }

  private async withRetry<T>(operation: StorageOperation, work: () => Promise<T>): Promise<T> {
    assert(!this.closed, "storage is open");
    const deadline = Date.now() + this.retryMs;
    let delayMs = mysqlRetryDelayMsMin;
    for (;;) { // bounded by the deadline: every failed turn sleeps and moves toward it
      try {
        return await work();
      } catch (error: unknown) {
        if (error instanceof AssertionError || error instanceof StorageError) throw error;
        if (!isTransient(error) || Date.now() + delayMs > deadline) throw new StorageError(operation, { cause: error });
        await sleep(delayMs);
        delayMs = Math.min(delayMs * 2, mysqlRetryDelayMsMax);
      }
    }
  }

  /** One transaction on one connection; a connection that failed is destroyed, not reused. */
  private async transaction<T>(operation: StorageOperation, work: (connection: PoolConnection) => Promise<T>): Promise<T> {
    return await this.withRetry(operation, async () => {
      const connection = await this.pool.getConnection();
      let broken = false;
      try {
        await connection.beginTransaction();
        const result = await work(connection);
        await connection.commit();
        return result;
      } catch (error: unknown) {
        broken = isTransient(error);
        if (!broken) await connection.rollback().catch(() => { broken = true; });
        throw error;
      } finally {
        if (broken) connection.destroy();
        else connection.release();
      }
    });
  }

  private async rows<T>(operation: StorageOperation, sql: string, values: (string | number | Buffer | null)[] = []): Promise<Rows<T>> {
    return await this.withRetry(operation, async () => (await this.pool.execute<Rows<T>>(sql, values))[0]);
  }

  async persist(hardState: HardState | null, entries: readonly EntryToPersist[]): Promise<void> {
    assertAppendable(entries, this.snapshotIndexCached, this.lastIndexCached);
    const first = entries[0];
    let attempts = 0;
    await this.transaction("persist", async (connection) => {
      const retried = attempts > 0;
      attempts += 1;
      if (first !== undefined) {
        // Only an append at or below the last index replaces a suffix (Raft §5.3); a retry
        // after a lost commit finds its own rows, so it deletes them when they are there.
        if (first.entry.index <= this.lastIndexCached || retried) {
          await connection.execute("DELETE FROM log WHERE idx >= ?", [first.entry.index]);
          await connection.execute("DELETE FROM log_chunks WHERE idx >= ?", [first.entry.index]);
        }
        for (let offset = 0; offset < entries.length; offset += mysqlInsertRowsMax) {
          const slice = entries.slice(offset, offset + mysqlInsertRowsMax);
          await connection.execute(`INSERT INTO log (idx, term, type, data) VALUES ${placeholders(slice.length, 4)}`,
            slice.flatMap(({ entry }) => [entry.index, entry.term, entryTypeCode(entry.type), buffer(entry.data)]));
          const references = slice.flatMap(({ entry, chunks }) => [...new Set(chunks)].map((digest) => [entry.index, digest]));
          for (let at = 0; at < references.length; at += mysqlInsertRowsMax) {
            const part = references.slice(at, at + mysqlInsertRowsMax);
            await connection.execute(`INSERT IGNORE INTO log_chunks (idx, digest) VALUES ${placeholders(part.length, 2)}`, part.flat());
          }
        }
      }
      if (hardState !== null) await setMeta(connection, "hard_state", hardStateToJson(hardState));
    });
    const last = entries[entries.length - 1];
    if (last !== undefined) this.lastIndexCached = last.entry.index;
  }

  async entries(low: LogIndex, high: LogIndex, bytesMax = Number.POSITIVE_INFINITY): Promise<Entry[]> {
    assert(low > this.snapshotIndexCached, `entries from ${low} are compacted (snapshot at ${this.snapshotIndexCached})`);
    assert(high <= this.lastIndexCached + 1, `entries up to ${high} beyond the last index ${this.lastIndexCached}`);
    if (low >= high) return [];
    const rows = await this.rows<LogRow>("read", "SELECT idx, term, type, data FROM log WHERE idx >= ? AND idx < ? ORDER BY idx", [low, high]);
    const result = withinBytes(rows.map((row) => entryFromRow(Number(row.idx), Number(row.term), row.type, row.data)), bytesMax);
    assert(result.every((entry, offset) => entry.index === low + offset), "a read range is contiguous");
    return result;
  }

  async firstIndex(): Promise<LogIndex> {
    assert(!this.closed, "storage is open");
    return logIndex(this.snapshotIndexCached + 1);
  }

  async lastIndex(): Promise<LogIndex> {
    assert(!this.closed, "storage is open");
    return logIndex(this.lastIndexCached);
  }

  async truncateSuffix(from: LogIndex): Promise<void> {
    assert(from > this.snapshotIndexCached, "truncation keeps the snapshot");
    await this.transaction("truncate", async (connection) => {
      await connection.execute("DELETE FROM log WHERE idx >= ?", [from]);
      await connection.execute("DELETE FROM log_chunks WHERE idx >= ?", [from]);
    });
    this.lastIndexCached = Math.min(this.lastIndexCached, from - 1);
  }

  async compact(meta: SnapshotMeta): Promise<void> {
    assertCompactable(meta, this.snapshotIndexCached, this.appliedCached);
    await this.transaction("compact", async (connection) => {
      await connection.execute("DELETE FROM log WHERE idx <= ?", [meta.index]);
      // A reference no file holds yet stays (Storage.compact): its write's put-file may still come.
      await connection.execute(`DELETE FROM log_chunks WHERE idx <= ? AND (idx <= ?
        OR EXISTS (SELECT 1 FROM file_chunks f WHERE f.digest = log_chunks.digest))`, [meta.index, meta.index - pendingChunkEntriesMax]);
      await setMeta(connection, "snapshot", snapshotMetaToJson(meta));
    });
    this.snapshotIndexCached = meta.index;
    this.lastIndexCached = Math.max(this.lastIndexCached, meta.index);
  }

  async snapshotMeta(): Promise<SnapshotMeta | null> {
    const rows = await this.rows<{ v: string }>("read", "SELECT v FROM meta WHERE k = 'snapshot'");
    return snapshotMetaFromJson(rows[0]?.v ?? null);
  }

  async loadDurableState(): Promise<StoredDurableState> {
    return await this.transaction("read", async (connection) => {
      const hardState = hardStateFromJson(await metaValue(connection, "hard_state"));
      const snapshot = snapshotMetaFromJson(await metaValue(connection, "snapshot"));
      const [rows] = await connection.execute<Rows<LogRow>>("SELECT idx, term, type, data FROM log ORDER BY idx");
      const entries = rows.map((row) => entryFromRow(Number(row.idx), Number(row.term), row.type, row.data));
      const first = entries[0];
      if (first !== undefined) assert(first.index === (snapshot?.index ?? 0) + 1, "the log starts right after the snapshot");
      assert(entries.every((entry, offset) => entry.index === (first?.index ?? 0) + offset), "the stored log is contiguous");
      return { hardState, snapshot, entries };
    });
  }

  async putChunk(digest: Digest, bytes: Uint8Array): Promise<void> {
    if (bytes.length > chunkBytesMax) throw new StorageError("put-chunk", { cause: null, detail: `chunk of ${bytes.length} bytes exceeds ${chunkBytesMax}` });
    if ((await digestOfAsync(bytes)) !== digest) throw new StorageError("put-chunk", { cause: null, detail: `bytes do not match digest ${digest}` });
    await this.chunkLock.shared(async () => {
      this.recentChunks.note(digest);
      // Checking first keeps a second put of a big chunk from sending its bytes again; a stored
      // copy that no longer matches its digest is replaced (writing again repairs it).
      if (await this.chunkPresent(digest)) {
        const rows = await this.rows<{ bytes: Buffer }>("put-chunk", "SELECT bytes FROM chunks WHERE digest = ?", [digest]);
        const stored = rows[0];
        if (stored !== undefined && (await digestOfAsync(stored.bytes)) === digest) return;
      }
      await this.rows("put-chunk", "REPLACE INTO chunks (digest, bytes) VALUES (?, ?)", [digest, buffer(bytes)]);
    });
  }

  async putVerifiedChunk(chunk: VerifiedChunk): Promise<void> {
    if (chunk.bytes.length > chunkBytesMax) throw new StorageError("put-chunk", { cause: null, detail: `chunk of ${chunk.bytes.length} bytes exceeds ${chunkBytesMax}` });
    await this.chunkLock.shared(async () => {
      this.recentChunks.note(chunk.digest);
      // INSERT IGNORE: a copy already there is kept unread (the scrub verifies what is at rest).
      await this.rows("put-chunk", "INSERT IGNORE INTO chunks (digest, bytes) VALUES (?, ?)", [chunk.digest, buffer(chunk.bytes)]);
    });
  }

  async getChunk(digest: Digest): Promise<Uint8Array | null> {
    const bytes = await this.readChunk(digest);
    if (bytes === null) return null;
    if ((await digestOfAsync(bytes)) !== digest) throw new StorageError("get-chunk", { cause: new ChunkCorruptError(`chunk ${digest} does not match its digest`) });
    return bytes;
  }

  /** The chunk store's copy, else the content of a file kept inline whose one chunk it is (Storage.getChunk); unchecked. */
  async readChunk(digest: Digest): Promise<Uint8Array | null> {
    // Two queries, not a UNION: a UNION may copy a chunk of megabytes through a temporary table.
    const row = (await this.rows<{ bytes: Buffer }>("get-chunk", "SELECT bytes FROM chunks WHERE digest = ?", [digest]))[0]
      ?? (await this.rows<{ bytes: Buffer }>("get-chunk", "SELECT bytes FROM inline_files WHERE digest = ? LIMIT 1", [digest]))[0];
    return row === undefined ? null : new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  }

  async repairInline(digest: Digest, bytes: Uint8Array): Promise<number> {
    if ((await digestOfAsync(bytes)) !== digest) throw new StorageError("put-chunk", { cause: null, detail: `bytes do not match digest ${digest}` });
    // Matched rows, not changed ones: mysql2 connects with FOUND_ROWS. Retrying is harmless.
    const result = await this.withRetry("put-chunk", async () =>
      (await this.pool.execute<ResultSetHeader>("UPDATE inline_files SET bytes = ? WHERE digest = ?", [buffer(bytes), digest]))[0]);
    return result.affectedRows;
  }

  async hasChunk(digest: Digest): Promise<boolean> {
    // Under the shared lock, and noted when present: a caller that finds a chunk may persist a
    // reference to it next, so the sweep must spare it (recent-chunks.ts).
    return await this.chunkLock.shared(async () => {
      const present = await this.chunkPresent(digest);
      if (present) this.recentChunks.note(digest);
      return present;
    });
  }

  private async chunkPresent(digest: Digest): Promise<boolean> {
    return (await this.rows("get-chunk", "SELECT 1 FROM chunks WHERE digest = ?", [digest])).length > 0;
  }

  async sweepChunks(): Promise<SweepResult> {
    const unreferenced = `NOT EXISTS (SELECT 1 FROM file_chunks f WHERE f.digest = c.digest)
      AND NOT EXISTS (SELECT 1 FROM log_chunks l WHERE l.digest = c.digest)
      AND NOT EXISTS (SELECT 1 FROM staged_file_chunks s WHERE s.digest = c.digest)`;
    return await this.chunkLock.exclusive(async () => {
      const spared = this.recentChunks.takeForSweep();
      const total = Number((await this.rows<{ count: number }>("sweep", "SELECT COUNT(*) AS count FROM chunks"))[0]?.count ?? 0);
      // A snapshot view reads an older state whose chunks may be unreferenced now: wait for it.
      if (this.openViews > 0) return { removed: 0, kept: total };
      let removed = 0;
      for (let after = ""; ;) { // bounded: each page advances `after` or ends the loop
        const page = await this.rows<{ digest: Digest }>("sweep",
          `SELECT c.digest FROM chunks c WHERE c.digest > ? AND ${unreferenced} ORDER BY c.digest LIMIT ${pageRows}`, [after]);
        for (const { digest } of page) {
          if (spared(digest)) continue;
          // The condition is checked again in the DELETE itself, so a reference added since stays safe.
          await this.rows("sweep", `DELETE c FROM chunks c WHERE c.digest = ? AND ${unreferenced}`, [digest]);
          removed += 1;
        }
        const last = page[page.length - 1];
        if (last === undefined || page.length < pageRows) break;
        after = last.digest;
      }
      return { removed, kept: total - removed };
    });
  }

  async applyBatch(commands: readonly IndexedFileCommand[], appliedIndex: LogIndex): Promise<void> {
    await this.transaction("apply", async (connection) => {
      const [rows] = await connection.execute<Rows<{ v: string }>>("SELECT v FROM meta WHERE k = 'applied' FOR UPDATE");
      const applied = Number(rows[0]?.v ?? "0");
      let remembered = false;
      for (const { index, command } of commands) {
        assert(index <= appliedIndex, "a command is at or before the batch's applied index");
        if (index <= applied) continue;
        switch (command.kind) {
          case "put-file": {
            const { manifest, writeId, createdMs, inline } = command;
            if (!putFileApplies(writeId, writeId === undefined ? null : await readWriteRecord(connection, writeId))) break;
            await writeFile(connection, liveTables, { ...manifest, version: index, createdMs }, inline ?? null);
            if (writeId !== undefined) {
              await insertWriteRecord(connection, "write_ids", writeRecordOf(manifest, writeId, index, createdMs));
              remembered = true;
            }
            break;
          }
          case "remove-file":
            await connection.execute("DELETE FROM files WHERE name = ?", [Buffer.from(command.name)]);
            await connection.execute("DELETE FROM file_chunks WHERE name = ?", [Buffer.from(command.name)]);
            await connection.execute("DELETE FROM inline_files WHERE name = ?", [Buffer.from(command.name)]);
            break;
          case "chunk": break;
          default: { const never: never = command; return never; }
        }
      }
      if (remembered) await forgetOldWrites(connection);
      if (appliedIndex > applied) await setMeta(connection, "applied", String(appliedIndex));
    });
    if (appliedIndex > this.appliedCached) this.appliedCached = appliedIndex;
  }

  async writeRecord(writeId: WriteId): Promise<WriteRecord | null> {
    const rows = await this.rows<WriteRecordRow>("query", `SELECT ${writeRecordColumnNames} FROM write_ids WHERE write_id = ?`, [writeId]);
    const row = rows[0];
    return row === undefined ? null : writeRecordFromRow(row);
  }

  async appliedIndex(): Promise<LogIndex> {
    assert(!this.closed, "storage is open");
    return this.appliedCached;
  }

  async getFile(name: string): Promise<FileRecord | null> {
    const rows = await this.rows<MysqlFileRow>("query", "SELECT * FROM files WHERE name = ?", [Buffer.from(name)]);
    const row = rows[0];
    return row === undefined ? null : fileRow(row);
  }

  async listFiles(prefix: string, options: { readonly after?: string; readonly limit?: number } = {}): Promise<FileRecord[]> {
    const limit = Math.min(options.limit ?? listFilesLimitDefault, listFilesLimitMax);
    assert(limit > 0 && Number.isSafeInteger(limit), "a listing returns something");
    const low = options.after !== undefined && options.after >= prefix ? options.after : prefix;
    const prefixBytes = Buffer.from(prefix);
    const rows = await this.rows<MysqlFileRow>("query",
      `SELECT * FROM files WHERE name >= ? AND LEFT(name, ?) = ? ORDER BY name LIMIT ${limit + 1}`,
      [Buffer.from(low), prefixBytes.length, prefixBytes]);
    return rows.map(fileRow).filter((record) => record.name !== options.after && record.name.startsWith(prefix)).slice(0, limit);
  }

  async writeSnapshot(): Promise<SnapshotSource> {
    // One connection in a REPEATABLE READ transaction: every page reads the same InnoDB snapshot.
    const { connection, applied } = await this.withRetry("write-snapshot", async () => {
      const pooled = await this.pool.getConnection();
      try {
        await pooled.beginTransaction();
        const [rows] = await pooled.execute<Rows<{ v: string }>>("SELECT v FROM meta WHERE k = 'applied'");
        return { connection: pooled, applied: rows[0] ?? { v: "0" } };
      } catch (error: unknown) {
        pooled.destroy();
        throw error;
      }
    });
    this.openViews += 1;
    const appliedIndex = logIndex(Number(applied.v));
    return snapshotSource({
      appliedIndex,
      chunkDigests: async function* () {
        for (let after = ""; ;) { // bounded: each page advances `after` or ends the loop
          // Files' chunks, and those of applied chunk entries no file holds yet (Storage.writeSnapshot).
          const [page] = await connection.execute<Rows<{ digest: Digest }>>(
            `SELECT digest FROM file_chunks WHERE digest > ? UNION SELECT digest FROM log_chunks WHERE digest > ? AND idx <= ?
             ORDER BY digest LIMIT ${pageRows}`, [after, after, appliedIndex]);
          for (const row of page) yield row.digest;
          const last = page[page.length - 1];
          if (last === undefined || page.length < pageRows) return;
          after = last.digest;
        }
      },
      files: async function* () {
        for (let after: Buffer = Buffer.alloc(0); ;) { // bounded: as above
          const [page] = await connection.execute<Rows<MysqlFileRow & { inline: Buffer | null }>>(
            `SELECT f.*, i.bytes AS inline FROM files f LEFT JOIN inline_files i ON i.name = f.name WHERE f.name > ? ORDER BY f.name LIMIT ${pageRows}`, [after]);
          for (const row of page) yield row.inline === null ? fileRow(row) : { ...fileRow(row), inline: new Uint8Array(row.inline) };
          const last = page[page.length - 1];
          if (last === undefined || page.length < pageRows) return;
          after = last.name;
        }
      },
      writeRecords: async function* () {
        for (let after = 0; ;) { // bounded: each page advances `after` or ends the loop
          const [page] = await connection.execute<Rows<WriteRecordRow>>(
            `SELECT ${writeRecordColumnNames} FROM write_ids WHERE version > ? ORDER BY version LIMIT ${pageRows}`, [after]);
          for (const row of page) yield writeRecordFromRow(row);
          const last = page[page.length - 1];
          if (last === undefined || page.length < pageRows) return;
          after = Number(last.version);
        }
      },
      readChunk: async (digest) => {
        const [rows] = await connection.execute<Rows<{ bytes: Buffer }>>("SELECT bytes FROM chunks WHERE digest = ?", [digest]);
        const row = rows[0];
        if (row === undefined) throw new StorageError("write-snapshot", { cause: null, detail: `chunk ${digest} of the snapshot is missing` });
        return row.bytes;
      },
      release: async () => {
        this.openViews -= 1;
        await connection.rollback().catch(() => undefined);
        connection.release();
      },
    });
  }

  async installSnapshot(meta: SnapshotMeta, pieces: AsyncIterable<Uint8Array>): Promise<void> {
    const clearStaged = async (): Promise<void> => await this.transaction("install-snapshot", async (connection) => {
      await connection.execute("DELETE FROM staged_files");
      await connection.execute("DELETE FROM staged_file_chunks");
      await connection.execute("DELETE FROM staged_inline_files");
      await connection.execute("DELETE FROM staged_write_ids");
    });
    await clearStaged();
    await installSnapshotInto(meta, pieces, {
      putChunk: async (digest, bytes) => await this.putChunk(digest, bytes),
      hasChunk: async (digest) => await this.hasChunk(digest),
      stageFile: async (record, inline) => await this.transaction("install-snapshot", async (connection) =>
        await writeFile(connection, stagedTables, record, inline)),
      stageWriteRecord: async (record) => await this.transaction("install-snapshot", async (connection) =>
        await insertWriteRecord(connection, "staged_write_ids", record)),
      commit: async (snapshotMeta) => {
        await this.transaction("install-snapshot", async (connection) => {
          for (const table of ["files", "file_chunks", "inline_files", "write_ids", "log", "log_chunks"]) await connection.execute(`DELETE FROM ${table}`);
          await connection.execute("INSERT INTO files SELECT * FROM staged_files");
          await connection.execute("INSERT INTO file_chunks SELECT * FROM staged_file_chunks");
          await connection.execute("INSERT INTO inline_files (name, digest, bytes) SELECT name, digest, bytes FROM staged_inline_files");
          await connection.execute(`INSERT INTO write_ids (${writeRecordColumnNames}) SELECT ${writeRecordColumnNames} FROM staged_write_ids`);
          await connection.execute("DELETE FROM staged_files");
          await connection.execute("DELETE FROM staged_file_chunks");
          await connection.execute("DELETE FROM staged_inline_files");
          await connection.execute("DELETE FROM staged_write_ids");
          await setMeta(connection, "applied", String(snapshotMeta.index));
          await setMeta(connection, "snapshot", snapshotMetaToJson(snapshotMeta));
        });
        this.appliedCached = snapshotMeta.index;
        this.snapshotIndexCached = snapshotMeta.index;
        this.lastIndexCached = snapshotMeta.index;
      },
      abort: clearStaged,
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.pool.end();
    } catch (error: unknown) {
      throw new StorageError("close", { cause: error });
    }
  }
}

async function one<T>(connection: PoolConnection, sql: string, values: (string | number)[] = []): Promise<T> {
  const [rows] = await connection.execute<Rows<T>>(sql, values);
  const row = rows[0];
  assert(row !== undefined, `one row from ${sql}`);
  return row;
}

async function metaValue(connection: PoolConnection, key: string): Promise<string | null> {
  const [rows] = await connection.execute<Rows<{ v: string }>>("SELECT v FROM meta WHERE k = ?", [key]);
  return rows[0]?.v ?? null;
}

async function setMeta(connection: PoolConnection, key: string, value: string): Promise<void> {
  await connection.execute("INSERT INTO meta (k, v) VALUES (?, ?) ON DUPLICATE KEY UPDATE v = VALUES(v)", [key, value]);
}

async function readWriteRecord(connection: PoolConnection, writeId: WriteId): Promise<WriteRecord | null> {
  const [rows] = await connection.execute<Rows<WriteRecordRow>>(`SELECT ${writeRecordColumnNames} FROM write_ids WHERE write_id = ?`, [writeId]);
  const row = rows[0];
  return row === undefined ? null : writeRecordFromRow(row);
}

async function insertWriteRecord(connection: PoolConnection, table: "write_ids" | "staged_write_ids", record: WriteRecord): Promise<void> {
  const [, , ...rest] = writeRecordToRow(record);
  await connection.execute(`INSERT INTO ${table} (${writeRecordColumnNames}) VALUES (?, ?, ?, ?, ?)`, [record.writeId, Buffer.from(record.name), ...rest]);
}

/**
 * Keeps the writeIdsRememberedMax records of the highest versions. The threshold is read first:
 * MySQL refuses a DELETE whose subquery reads the table it deletes from.
 */
async function forgetOldWrites(connection: PoolConnection): Promise<void> {
  const [rows] = await connection.execute<Rows<{ version: number }>>(
    `SELECT version FROM write_ids ORDER BY version DESC LIMIT 1 OFFSET ${writeIdsRememberedMax - 1}`);
  const oldestKept = rows[0];
  if (oldestKept !== undefined) await connection.execute("DELETE FROM write_ids WHERE version < ?", [Number(oldestKept.version)]);
}

/** A file's row and either its chunk rows or, kept inline, its content row (as sqlite.ts writeFile). */
async function writeFile(connection: PoolConnection, tables: FileTables, record: FileRecord, inline: Uint8Array | null): Promise<void> {
  const name = Buffer.from(record.name);
  const chunkTable = tables.chunks;
  await connection.execute(`DELETE FROM ${chunkTable} WHERE name = ?`, [name]);
  await connection.execute(`DELETE FROM ${tables.inline} WHERE name = ?`, [name]);
  const [, ...rest] = fileToRow(record);
  await connection.execute(`REPLACE INTO ${tables.files} (${fileColumnNames}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [name, ...rest]);
  if (inline !== null) {
    assert(record.chunks.length === 1 && inline.length === record.size, "inline content is the file's one chunk");
    await connection.execute(`INSERT INTO ${tables.inline} (name, digest, bytes) VALUES (?, ?, ?)`, [name, defined(record.chunks[0], "the one chunk digest"), buffer(inline)]);
    return;
  }
  for (let offset = 0; offset < record.chunks.length; offset += mysqlInsertRowsMax) {
    const part = record.chunks.slice(offset, offset + mysqlInsertRowsMax);
    await connection.execute(`INSERT INTO ${chunkTable} (name, seq, digest) VALUES ${placeholders(part.length, 3)}`,
      part.flatMap((digest, at) => [name, offset + at, digest]));
  }
}

async function createDatabase(target: Target): Promise<void> {
  const connection = await mysql.createConnection({ host: target.host, port: target.port, user: target.user,
    password: target.password, connectTimeout: mysqlConnectTimeoutMs });
  try {
    // An identifier cannot be a placeholder; parseMysqlUrl has checked it is [A-Za-z0-9_$].
    await connection.execute(`CREATE DATABASE IF NOT EXISTS \`${target.database}\``);
  } finally {
    await connection.end().catch(() => undefined);
  }
}

async function checkAndMigrate(connection: PoolConnection,
  fail: (reason: StorageOpenReason, cause: unknown, detail?: string) => StorageOpenError): Promise<void> {
  const [tables] = await connection.execute<Rows<{ name: string }>>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name");
  const names = tables.map((row) => String(row.name));
  let from = 0;
  if (names.length > 0) {
    if (!names.includes("meta")) throw fail("foreign", null, `not a Gossamer database (tables: ${names.join(", ")})`);
    const stamp = Number(await metaValue(connection, "schema_version"));
    if (!Number.isSafeInteger(stamp) || stamp < 1) throw fail("foreign", null, "a meta table without a schema version");
    if (stamp > mysqlSchemaVersion) {
      throw fail("newer-schema", null, `written by a newer Gossamer (schema version ${stamp}, this build reads up to ${mysqlSchemaVersion}); upgrade Gossamer`);
    }
    if (stamp < mysqlSchemaReadableMin && await holdsData(connection)) {
      throw fail("older-schema", null, `written by an older Gossamer (schema version ${stamp}) whose file digests and chunk store this build does not read (it reads ${mysqlSchemaReadableMin} and later): drop the database or point the node at a new one`);
    }
    from = stamp;
  }
  for (let version = from; version < mysqlSchemaVersion; version += 1) {
    for (const statement of mysqlSchemaMigrations[version] ?? []) await connection.execute(statement);
  }
  if (from < mysqlSchemaVersion) await setMeta(connection, "schema_version", String(mysqlSchemaVersion));
}

/** Whether the database holds anything a node wrote (a log entry, a file, the hard state). */
async function holdsData(connection: PoolConnection): Promise<boolean> {
  for (const query of ["SELECT 1 FROM log LIMIT 1", "SELECT 1 FROM files LIMIT 1", "SELECT 1 FROM meta WHERE k IN ('hard_state', 'snapshot', 'applied') LIMIT 1"]) {
    const [rows] = await connection.execute<Rows<Record<string, unknown>>>(query);
    if (rows.length > 0) return true;
  }
  return false;
}

async function loadIndexes(connection: PoolConnection): Promise<{ snapshotIndex: number; lastIndex: number; applied: LogIndex }> {
  const snapshotIndex = snapshotMetaFromJson(await metaValue(connection, "snapshot"))?.index ?? 0;
  const last = await one<{ last: number | null }>(connection, "SELECT MAX(idx) AS last FROM log");
  const applied = logIndex(Number((await metaValue(connection, "applied")) ?? "0"));
  const lastIndex = last.last === null ? snapshotIndex : Number(last.last);
  assert(lastIndex >= snapshotIndex, "the log does not end before the snapshot");
  return { snapshotIndex, lastIndex, applied };
}

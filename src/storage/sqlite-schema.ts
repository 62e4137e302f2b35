/**
 * The sqlite schema and its migrations. `schemaMigrations[v]` takes a database from version v
 * to v + 1; a new database is version 0, so creating and upgrading are the same path. The
 * version lives in the `meta` table; a database stamped with a version above
 * `sqliteSchemaVersion` was written by a newer Gossamer and is refused at open, untouched.
 */
import type { Database } from "bun:sqlite";
import { assert } from "../lib/assert";

const version1: readonly string[] = [
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
  "CREATE TABLE log (idx INTEGER PRIMARY KEY, term INTEGER NOT NULL, type INTEGER NOT NULL, data BLOB NOT NULL)",
  "CREATE TABLE log_chunks (idx INTEGER NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (idx, digest)) WITHOUT ROWID",
  "CREATE INDEX log_chunks_by_digest ON log_chunks (digest)",
  `CREATE TABLE files (name TEXT PRIMARY KEY, size INTEGER NOT NULL, sha256 TEXT NOT NULL, chunk_bytes INTEGER NOT NULL,
     chunks TEXT NOT NULL, version INTEGER NOT NULL, created_ms INTEGER NOT NULL) WITHOUT ROWID`,
  "CREATE TABLE file_chunks (name TEXT NOT NULL, seq INTEGER NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (name, seq)) WITHOUT ROWID",
  "CREATE INDEX file_chunks_by_digest ON file_chunks (digest)",
  `CREATE TABLE staged_files (name TEXT PRIMARY KEY, size INTEGER NOT NULL, sha256 TEXT NOT NULL, chunk_bytes INTEGER NOT NULL,
     chunks TEXT NOT NULL, version INTEGER NOT NULL, created_ms INTEGER NOT NULL) WITHOUT ROWID`,
  "CREATE TABLE staged_file_chunks (name TEXT NOT NULL, seq INTEGER NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (name, seq)) WITHOUT ROWID",
  "CREATE INDEX staged_file_chunks_by_digest ON staged_file_chunks (digest)",
  /* Chunk bytes when they are kept in the database (chunkPlacement "blobs"). */
  "CREATE TABLE chunks (digest TEXT PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID",
];

/** File attributes (FileAttributes as JSON, NULL: none); the same column in both tables, last, so staged rows copy as they are. */
const version2: readonly string[] = [
  "ALTER TABLE files ADD COLUMN attributes TEXT",
  "ALTER TABLE staged_files ADD COLUMN attributes TEXT",
];

/**
 * No table changes: version 3 marks the change of what a file's digest means (SHA-256 over its
 * chunk digests, docs/protocol.md "The file digest") and of how chunks reach storage. Files
 * written before it carry digests this build would refuse on every read, so a data dir with
 * data from before version 3 is refused at open (there were no deployments: no upgrade path).
 */
const version3: readonly string[] = [];

/**
 * Remembered write ids (src/files/write-id.ts): the record of the put-file that first applied
 * each, the writeIdsRememberedMax of the highest versions; the staged copy fills during a
 * snapshot install. Data of version 3 reads as it is (no id remembered yet). IF NOT EXISTS: a
 * database restamped to an older version (as the schema tests do) migrates again harmlessly.
 */
const writeIdColumns = "write_id TEXT PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, version INTEGER NOT NULL, created_ms INTEGER NOT NULL";
const version4: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS write_ids (${writeIdColumns}) WITHOUT ROWID`,
  "CREATE INDEX IF NOT EXISTS write_ids_by_version ON write_ids (version)",
  `CREATE TABLE IF NOT EXISTS staged_write_ids (${writeIdColumns}) WITHOUT ROWID`,
];

/**
 * Files kept inline (src/files/limits.ts inlineBytesMax): the content of each, by name, with its
 * one chunk digest (indexed: a ChunkFetch names the digest alone); the staged copy fills during
 * a snapshot install. A rowid table, not WITHOUT ROWID: its rows are up to 64 KiB, and sqlite
 * advises WITHOUT ROWID only for rows well under a page. Data of version 4 reads as it is
 * (no file inline yet).
 */
const inlineColumns = "name TEXT PRIMARY KEY, digest TEXT NOT NULL, bytes BLOB NOT NULL";
const version5: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS inline_files (${inlineColumns})`,
  "CREATE INDEX IF NOT EXISTS inline_files_by_digest ON inline_files (digest)",
  `CREATE TABLE IF NOT EXISTS staged_inline_files (${inlineColumns})`,
];

/**
 * No table changes (a sqlite BLOB has no size of its own): version 6 marks the data of a build
 * that keeps files up to 64 KiB inline (src/files/limits.ts inlineBytesMax, 16 KiB before) and
 * writes a put-file's inline content raw after its JSON (src/storage/file-commands.ts
 * rawInlineTag). A build of version 5 would refuse such a log entry or record after opening;
 * the stamp makes it refuse the database at open instead, untouched ("upgrade Gossamer").
 * Data of version 5 reads as it is (base64 entries, inline files up to 16 KiB).
 */
const version6: readonly string[] = [];

export const schemaMigrations: readonly (readonly string[])[] = [version1, version2, version3, version4, version5, version6];
export const sqliteSchemaVersion = schemaMigrations.length;
/** The oldest version whose data this build reads; data stamped older is refused (version3 says why). */
export const sqliteSchemaReadableMin = 3;
assert(sqliteSchemaVersion >= 1, "there is a schema");
assert(sqliteSchemaReadableMin <= sqliteSchemaVersion, "this build reads its own version");

export type SchemaCheck =
  | { readonly kind: "current" }
  | { readonly kind: "migrate"; readonly from: number }
  /** Data from a version older than this build reads (sqliteSchemaReadableMin). */
  | { readonly kind: "older"; readonly found: number }
  | { readonly kind: "newer"; readonly found: number }
  | { readonly kind: "foreign"; readonly tables: readonly string[] };

/** Reads the stamped version; a database with other tables and no stamp is not ours. */
export function checkSchema(db: Database): SchemaCheck {
  const tables = db.query<{ name: string }, []>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => row.name);
  if (tables.length === 0) return { kind: "migrate", from: 0 };
  if (!tables.includes("meta")) return { kind: "foreign", tables };
  const row = db.query<{ value: string }, [string]>("SELECT value FROM meta WHERE key = ?").get("schema_version");
  const found = row === null ? Number.NaN : Number(row.value);
  if (!Number.isSafeInteger(found) || found < 1) return { kind: "foreign", tables };
  if (found > sqliteSchemaVersion) return { kind: "newer", found };
  if (found < sqliteSchemaReadableMin && holdsData(db)) return { kind: "older", found };
  if (found < sqliteSchemaVersion) return { kind: "migrate", from: found };
  return { kind: "current" };
}

/** Runs the migrations from `from` in one transaction and stamps the new version. */
export function migrate(db: Database, from: number): void {
  assert(from >= 0 && from < sqliteSchemaVersion, "a migration starts below the current version");
  db.transaction(() => {
    for (let version = from; version < sqliteSchemaVersion; version += 1) {
      for (const statement of schemaMigrations[version] ?? []) db.run(statement);
    }
    db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [String(sqliteSchemaVersion)]);
  }).immediate();
}

/** Whether the database holds anything a node wrote (a log entry, a file, the hard state). */
function holdsData(db: Database): boolean {
  const any = (table: string): boolean => db.query(`SELECT 1 FROM ${table} LIMIT 1`).get() !== null;
  return any("log") || any("files") || db.query("SELECT 1 FROM meta WHERE key IN ('hard_state', 'snapshot', 'applied')").get() !== null;
}

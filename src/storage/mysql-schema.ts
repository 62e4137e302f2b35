/**
 * The MySQL/MariaDB schema and its migrations, as for sqlite (sqlite-schema.ts):
 * `mysqlSchemaMigrations[v]` takes a database from version v to v + 1, the version is stamped
 * in `meta`, and a database stamped above `mysqlSchemaVersion` is refused untouched. DDL
 * commits implicitly in MySQL, so every statement is idempotent (IF NOT EXISTS) and the stamp
 * is written last: a migration cut short by a crash is simply run again.
 *
 * Names are VARBINARY so they compare bytewise, as in sqlite, and fit InnoDB's 3072-byte key.
 */
import { assert } from "../lib/assert";
import { fileNameBytesMax, inlineBytesMax } from "../files/limits";

const engine = "ENGINE=InnoDB";
const fileColumns = `name VARBINARY(${fileNameBytesMax}) NOT NULL PRIMARY KEY, size BIGINT NOT NULL, sha256 CHAR(64) CHARACTER SET ascii NOT NULL,
  chunk_bytes INT NOT NULL, chunks LONGTEXT CHARACTER SET ascii NOT NULL, version BIGINT NOT NULL, created_ms BIGINT NOT NULL`;
const fileChunkColumns = `name VARBINARY(${fileNameBytesMax}) NOT NULL, seq INT NOT NULL, digest CHAR(64) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (name, seq), KEY by_digest (digest)`;

const version1: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS meta (k VARCHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY, v MEDIUMTEXT NOT NULL) ${engine}`,
  `CREATE TABLE IF NOT EXISTS log (idx BIGINT NOT NULL PRIMARY KEY, term BIGINT NOT NULL, type TINYINT NOT NULL, data LONGBLOB NOT NULL) ${engine}`,
  `CREATE TABLE IF NOT EXISTS log_chunks (idx BIGINT NOT NULL, digest CHAR(64) CHARACTER SET ascii NOT NULL,
     PRIMARY KEY (idx, digest), KEY by_digest (digest)) ${engine}`,
  `CREATE TABLE IF NOT EXISTS files (${fileColumns}) ${engine}`,
  `CREATE TABLE IF NOT EXISTS file_chunks (${fileChunkColumns}) ${engine}`,
  `CREATE TABLE IF NOT EXISTS staged_files (${fileColumns}) ${engine}`,
  `CREATE TABLE IF NOT EXISTS staged_file_chunks (${fileChunkColumns}) ${engine}`,
  `CREATE TABLE IF NOT EXISTS chunks (digest CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY, bytes LONGBLOB NOT NULL) ${engine}`,
];

/** File attributes, as for sqlite (sqlite-schema.ts version2). IF NOT EXISTS is MariaDB's: a rerun is harmless. */
const version2: readonly string[] = [
  "ALTER TABLE files ADD COLUMN IF NOT EXISTS attributes TEXT CHARACTER SET utf8mb4 NULL",
  "ALTER TABLE staged_files ADD COLUMN IF NOT EXISTS attributes TEXT CHARACTER SET utf8mb4 NULL",
];

/** No table changes: the file digest's new meaning, as for sqlite (sqlite-schema.ts version3). */
const version3: readonly string[] = [];

/** Remembered write ids, as for sqlite (sqlite-schema.ts version4). */
const writeIdColumns = `write_id CHAR(32) CHARACTER SET ascii NOT NULL PRIMARY KEY, name VARBINARY(${fileNameBytesMax}) NOT NULL,
  sha256 CHAR(64) CHARACTER SET ascii NOT NULL, version BIGINT NOT NULL, created_ms BIGINT NOT NULL`;
const version4: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS write_ids (${writeIdColumns}, KEY by_version (version)) ${engine}`,
  `CREATE TABLE IF NOT EXISTS staged_write_ids (${writeIdColumns}) ${engine}`,
];

/** Files kept inline, as for sqlite (sqlite-schema.ts version5); version6 widens `bytes`. */
const inlineColumns = `name VARBINARY(${fileNameBytesMax}) NOT NULL PRIMARY KEY, digest CHAR(64) CHARACTER SET ascii NOT NULL, bytes BLOB NOT NULL`;
const version5: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS inline_files (${inlineColumns}, KEY by_digest (digest)) ${engine}`,
  `CREATE TABLE IF NOT EXISTS staged_inline_files (${inlineColumns}) ${engine}`,
];

/**
 * Inline files up to 64 KiB (src/files/limits.ts inlineBytesMax), as for sqlite
 * (sqlite-schema.ts version6): a BLOB holds at most 65,535 bytes, so `bytes` becomes a
 * MEDIUMBLOB (16 MiB). MODIFY to the same type again is harmless, so a rerun after a crash is too.
 */
const version6: readonly string[] = [
  "ALTER TABLE inline_files MODIFY bytes MEDIUMBLOB NOT NULL",
  "ALTER TABLE staged_inline_files MODIFY bytes MEDIUMBLOB NOT NULL",
];

export const mysqlSchemaMigrations: readonly (readonly string[])[] = [version1, version2, version3, version4, version5, version6];
export const mysqlSchemaVersion = mysqlSchemaMigrations.length;
/** The oldest version whose data this build reads (sqlite-schema.ts version3 says why). */
export const mysqlSchemaReadableMin = 3;
assert(mysqlSchemaVersion >= 1, "there is a schema");
assert(inlineBytesMax < 1 << 24, "inline content fits a MySQL MEDIUMBLOB (16 MiB; version6)");
assert(mysqlSchemaReadableMin <= mysqlSchemaVersion, "this build reads its own version");

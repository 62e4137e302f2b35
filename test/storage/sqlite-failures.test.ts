/**
 * Bad input for the sqlite backend, each answered by a typed error that names the place and
 * the reason, with nothing already durable lost: a corrupt database file, a damaged chunk file
 * (reported corrupt, never served), a torn chunk write left by a crash (removed at open), a
 * foreign sqlite database, one stamped by a newer schema (refused untouched), a data dir on a
 * read-only mount (tests run as root, which ignores file modes, so a real `mount -o ro` is
 * used), and a full disk (a 2 MiB tmpfs): chunk puts and persists fail with StorageError, and
 * what was durable before is all there on reopen. Mounts are private to each test and always
 * unmounted.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logIndex } from "../../src/raft/types";
import { StorageError, StorageOpenError } from "../../src/storage/errors";
import { SqliteStorage, sqliteFileName } from "../../src/storage/sqlite";
import { chunk, hardState, range, toPersist } from "./fixtures";

const dirs: string[] = [];
const mounts: string[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-sqlite-bad-"));
  dirs.push(dir);
  return dir;
}

function run(argv: string[]): void {
  const result = Bun.spawnSync(argv, { stderr: "pipe" });
  if (result.exitCode !== 0) throw new Error(`${argv.join(" ")}: ${result.stderr.toString()}`);
}

function mountTmpfs(dir: string, options: string): void {
  run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", dir]);
  mounts.push(dir);
}

afterEach(() => {
  for (const dir of mounts.splice(0).reverse()) run(["umount", dir]);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openError(dir: string): StorageOpenError {
  try {
    SqliteStorage.open({ dir });
  } catch (error: unknown) {
    if (error instanceof StorageOpenError) return error;
    throw error;
  }
  throw new Error("open succeeded");
}

const mountable = process.getuid?.() === 0;
if (!mountable) console.warn("sqlite mount tests skipped: they need root to mount tmpfs");

describe("sqlite bad input", () => {
  test("a corrupt database file is refused as corrupt, naming the path", () => {
    const dir = freshDir();
    writeFileSync(join(dir, sqliteFileName), Buffer.alloc(8192, 0x5a));
    const error = openError(dir);
    expect(error.reason).toBe("corrupt");
    expect(error.message).toContain(join(dir, sqliteFileName));
  });

  test("a foreign sqlite database is refused and left as it was", () => {
    const dir = freshDir();
    const other = new Database(join(dir, sqliteFileName));
    other.run("CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
    other.close();
    const error = openError(dir);
    expect(error.reason).toBe("foreign");
    expect(error.message).toContain("accounts");
    const check = new Database(join(dir, sqliteFileName));
    expect(check.query("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: "accounts" }]);
    check.close();
  });

  test("a database from a newer schema is refused untouched with a clear message", async () => {
    const dir = freshDir();
    const storage = SqliteStorage.open({ dir });
    await storage.persist(hardState(1, null, 0), toPersist(range(1, 3, 1)));
    await storage.close();
    const raw = new Database(join(dir, sqliteFileName));
    raw.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    raw.close();
    const error = openError(dir);
    expect(error.reason).toBe("newer-schema");
    expect(error.message).toContain("schema version 99");
    expect(error.message).toContain("upgrade Gossamer");
    const after = new Database(join(dir, sqliteFileName));
    expect(after.query("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({ value: "99" });
    expect(after.query("SELECT COUNT(*) AS n FROM log").get()).toEqual({ n: 3 });
    after.close();
  });

  test("data from before the file digest changed (schema 2) is refused untouched; an empty old database is upgraded", async () => {
    const dir = freshDir();
    const storage = SqliteStorage.open({ dir });
    await storage.persist(hardState(1, null, 0), toPersist(range(1, 3, 1)));
    await storage.close();
    const raw = new Database(join(dir, sqliteFileName));
    raw.run("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    raw.close();
    const error = openError(dir);
    expect(error.reason).toBe("older-schema");
    expect(error.message).toContain("schema version 2");
    expect(error.message).toContain("empty --data-dir");
    const after = new Database(join(dir, sqliteFileName));
    expect(after.query("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({ value: "2" });
    after.close();
    const empty = freshDir();
    (await SqliteStorage.open({ dir: empty }).close());
    const stamped = new Database(join(empty, sqliteFileName));
    stamped.run("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    stamped.close();
    await SqliteStorage.open({ dir: empty }).close();
  });

  test("a chunk file damaged on disk is reported as corrupt, never returned", async () => {
    const dir = freshDir();
    const storage = SqliteStorage.open({ dir });
    const item = chunk(5, 4096);
    await storage.putChunk(item.digest, item.bytes);
    const path = join(dir, "chunks", item.digest);
    const damaged = Buffer.from(item.bytes);
    damaged[17] = (damaged[17] ?? 0) ^ 1;
    writeFileSync(path, damaged);
    const failure = await storage.getChunk(item.digest).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).operation).toBe("get-chunk");
    expect((failure as StorageError).message).toContain("does not match its digest");
    await storage.close();
  });

  test("a torn chunk write left by a crash is removed at open and never served", async () => {
    const dir = freshDir();
    await SqliteStorage.open({ dir }).close();
    const item = chunk(6, 8192);
    const torn = join(dir, "chunks", `${item.digest}.4242-1.tmp`);
    writeFileSync(torn, item.bytes.subarray(0, 100));
    const storage = SqliteStorage.open({ dir });
    expect(existsSync(torn)).toBe(false);
    expect(await storage.hasChunk(item.digest)).toBe(false);
    await storage.putChunk(item.digest, item.bytes);
    expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
    await storage.close();
  });

  test.skipIf(!mountable)("a data dir on a read-only mount is not-writable; its data survives", async () => {
    const dir = join(freshDir(), "data");
    mkdirSync(dir);
    mountTmpfs(dir, "size=16m");
    const storage = SqliteStorage.open({ dir });
    await storage.persist(hardState(2, "n1", 2), toPersist(range(1, 4, 2)));
    await storage.close();
    run(["mount", "-o", "remount,ro", dir]);
    const error = openError(dir);
    expect(error.reason).toBe("not-writable");
    expect(error.message).toContain(dir);
    const fresh = join(freshDir(), "ro");
    mkdirSync(fresh);
    mountTmpfs(fresh, "ro,size=1m");
    expect(openError(join(fresh, "node")).reason).toBe("not-writable");
    run(["mount", "-o", "remount,rw", dir]);
    const reopened = SqliteStorage.open({ dir });
    expect((await reopened.loadDurableState()).entries.length).toBe(4);
    await reopened.close();
  });

  test.skipIf(!mountable)("a full disk fails puts and persists with StorageError and loses nothing durable", async () => {
    const dir = join(freshDir(), "data");
    mkdirSync(dir);
    mountTmpfs(dir, "size=2m");
    const storage = SqliteStorage.open({ dir });
    await storage.persist(hardState(1, "n1", 10), toPersist(range(1, 10, 1)));
    const kept = chunk(1, 64 << 10);
    await storage.putChunk(kept.digest, kept.bytes);
    let chunkError: unknown = null;
    for (let seed = 2; seed < 100 && chunkError === null; seed += 1) {
      const item = chunk(seed, 256 << 10);
      await storage.putChunk(item.digest, item.bytes).catch((error: unknown) => { chunkError = error; });
    }
    expect(chunkError).toBeInstanceOf(StorageError);
    expect((chunkError as StorageError).operation).toBe("put-chunk");
    expect((chunkError as StorageError).message).toContain("ENOSPC");
    const big = new Uint8Array(512 << 10).fill(7);
    const persistError = await storage.persist(null, [{ entry: { index: logIndex(11), term: 1 as never, type: "normal", data: big }, chunks: [] }])
      .then(() => null, (error: unknown) => error);
    expect(persistError).toBeInstanceOf(StorageError);
    expect((persistError as StorageError).message).toMatch(/SQLITE_FULL|full/i);
    await storage.close();
    const reopened = SqliteStorage.open({ dir });
    const state = await reopened.loadDurableState();
    expect(state.entries.map((item) => Number(item.index))).toEqual(range(1, 10, 1).map((item) => Number(item.index)));
    expect(Number(state.hardState.commit)).toBe(10);
    expect(await reopened.getChunk(kept.digest)).toEqual(kept.bytes);
    await reopened.close();
  });
});

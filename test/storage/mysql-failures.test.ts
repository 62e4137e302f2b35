/**
 * What the MySQL backend does when the server misbehaves, against a private MariaDB:
 * opening against a closed port, with a wrong password, as a user without privileges, on a
 * foreign database or on one from a newer schema each raises StorageOpenError whose message
 * names host, port, database and the reason; a database of schema 5 is migrated at open (its
 * inline content column widened to hold 64 KiB files); a connection killed under the storage is retried
 * transparently; while the server is frozen (SIGSTOP) a persist stays pending, so nothing is
 * acknowledged before it is durable; and a server SIGKILLed and restarted in the middle of a
 * stream of persists loses none of them.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import mysql from "mysql2/promise";
import { logIndex } from "../../src/raft/types";
import { StorageOpenError } from "../../src/storage/errors";
import { MysqlStorage } from "../../src/storage/mysql";
import { freePort, serviceGate, startMariaDb, type RunningMariaDb } from "../helpers/services";
import { chunkBytes, entry, hardState, putInline, range, toPersist } from "./fixtures";
import { digestOf } from "../../src/files/sha256";
import { inlineBytesMax } from "../../src/files/limits";

const gate = serviceGate("mariadb");
let server: RunningMariaDb | null = null;
let admin: mysql.Connection | null = null;

function running(): { server: RunningMariaDb; admin: mysql.Connection } {
  if (server === null || admin === null) throw new Error("MariaDB did not start");
  return { server, admin };
}

async function openError(url: string, nodeId: string): Promise<StorageOpenError> {
  try {
    const storage = await MysqlStorage.open({ url, nodeId });
    await storage.close();
  } catch (error: unknown) {
    if (error instanceof StorageOpenError) return error;
    throw error;
  }
  throw new Error("open succeeded");
}

const settled = async (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  await Promise.race([promise.then(() => true, () => true), Bun.sleep(ms).then(() => false)]);

describe.skipIf(!gate.run)("mysql failures", () => {
  beforeAll(async () => {
    server = await startMariaDb();
    admin = await mysql.createConnection({ host: server.host, port: server.port, user: "root" });
    await admin.query("CREATE USER 'weak'@'%' IDENTIFIED BY 'weakpass'");
    await admin.query("CREATE USER 'pw'@'%' IDENTIFIED BY 'right'");
    await admin.query("GRANT ALL ON *.* TO 'pw'@'%'");
  }, 120_000);
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  test("an unreachable server: StorageOpenError names host, port, database and reason", async () => {
    const port = await freePort();
    const error = await openError(`mysql://root@127.0.0.1:${port}/`, "n1");
    expect(error.reason).toBe("unreachable");
    expect(error.message).toContain(`gossamer_n1 at 127.0.0.1:${port}`);
    expect(error.message).toContain("ECONNREFUSED");
  });

  test("a malformed URL or database name is a bad-url StorageOpenError", async () => {
    expect((await openError("", "n1")).reason).toBe("bad-url");
    expect((await openError("postgres://x@127.0.0.1/", "n1")).message).toContain("mysql://");
    expect((await openError("mysql://root@127.0.0.1:1/bad-name;drop", "n1")).message).toContain("must be 1-64");
  });

  test("a wrong password is access-denied", async () => {
    const { server: db } = running();
    const error = await openError(`mysql://pw:wrong@127.0.0.1:${db.port}/`, "n2");
    expect(error.reason).toBe("access-denied");
    expect(error.message).toContain(`MySQL database gossamer_n2 at 127.0.0.1:${db.port}`);
    expect(error.message).toContain("Access denied");
  });

  test("a user without privileges is missing-privileges", async () => {
    const { server: db } = running();
    const error = await openError(`mysql://weak:weakpass@127.0.0.1:${db.port}/custom_name`, "n3");
    expect(error.reason).toBe("missing-privileges");
    expect(error.message).toContain(`MySQL database custom_name at 127.0.0.1:${db.port}`);
  });

  test("the URL's path overrides the database name; the right password opens", async () => {
    const { server: db, admin: root } = running();
    const storage = await MysqlStorage.open({ url: `mysql://pw:right@127.0.0.1:${db.port}/chosen_db`, nodeId: "n4" });
    await storage.close();
    const [rows] = await root.query("SHOW DATABASES LIKE 'chosen_db'");
    expect(Array.isArray(rows) && rows.length === 1).toBe(true);
  });

  test("a foreign database and a newer schema are refused untouched", async () => {
    const { server: db, admin: root } = running();
    await root.query("CREATE DATABASE foreign_db");
    await root.query("CREATE TABLE foreign_db.accounts (id INT PRIMARY KEY)");
    const foreign = await openError(`${db.url}foreign_db`, "n5");
    expect(foreign.reason).toBe("foreign");
    expect(foreign.message).toContain("accounts");
    const storage = await MysqlStorage.open({ url: db.url, nodeId: "n6" });
    await storage.close();
    await root.query("UPDATE gossamer_n6.meta SET v = '99' WHERE k = 'schema_version'");
    const newer = await openError(db.url, "n6");
    expect(newer.reason).toBe("newer-schema");
    expect(newer.message).toContain("schema version 99");
    expect(newer.message).toContain("upgrade Gossamer");
    const [rows] = await root.query("SELECT v FROM gossamer_n6.meta WHERE k = 'schema_version'");
    expect(JSON.parse(JSON.stringify(rows))).toEqual([{ v: "99" }]);
  });

  test("a schema-5 database (inline content in a BLOB, under 64 KiB) is migrated at open: a MEDIUMBLOB, stamped 6, its data kept, a 64 KiB file kept inline", async () => {
    const { server: db, admin: root } = running();
    const first = await MysqlStorage.open({ url: db.url, nodeId: "n10" });
    const old = chunkBytes(70, 1000);
    await first.persist(hardState(1, null, 0), toPersist(range(1, 3, 1)));
    await first.applyBatch([putInline(1, "old", old)], logIndex(1));
    await first.close();
    // Back to what schema 5 made: the columns a BLOB, the stamp 5.
    await root.query("ALTER TABLE gossamer_n10.inline_files MODIFY bytes BLOB NOT NULL");
    await root.query("ALTER TABLE gossamer_n10.staged_inline_files MODIFY bytes BLOB NOT NULL");
    await root.query("UPDATE gossamer_n10.meta SET v = '5' WHERE k = 'schema_version'");
    const storage = await MysqlStorage.open({ url: db.url, nodeId: "n10" });
    try {
      expect((await storage.loadDurableState()).entries.length).toBe(3);
      expect(await storage.getChunk(digestOf(old))).toEqual(old);
      const content = chunkBytes(71, inlineBytesMax);
      await storage.applyBatch([putInline(2, "max", content)], logIndex(2));
      expect(await storage.getChunk(digestOf(content))).toEqual(content);
    } finally {
      await storage.close();
    }
    const [types] = await root.query(
      "SELECT table_name AS t, data_type AS d FROM information_schema.columns WHERE table_schema = 'gossamer_n10' AND column_name = 'bytes' AND table_name LIKE '%inline_files' ORDER BY table_name");
    expect(JSON.parse(JSON.stringify(types))).toEqual([{ t: "inline_files", d: "mediumblob" }, { t: "staged_inline_files", d: "mediumblob" }]);
    const [rows] = await root.query("SELECT v FROM gossamer_n10.meta WHERE k = 'schema_version'");
    expect(JSON.parse(JSON.stringify(rows))).toEqual([{ v: "6" }]);
  });

  test("connections killed under the storage are retried and nothing is lost", async () => {
    const { server: db, admin: root } = running();
    const storage = await MysqlStorage.open({ url: db.url, nodeId: "n7" });
    try {
      await storage.persist(hardState(1, null, 0), toPersist(range(1, 5, 1)));
      const [ids] = await root.query("SELECT id FROM information_schema.processlist WHERE db = 'gossamer_n7'");
      const killed = JSON.parse(JSON.stringify(ids)) as { id: number }[];
      expect(killed.length).toBeGreaterThan(0);
      for (const { id } of killed) await root.query(`KILL ${id}`);
      await storage.persist(hardState(1, null, 5), toPersist(range(6, 9, 1)));
      expect((await storage.entries(logIndex(1), logIndex(10))).length).toBe(9);
    } finally {
      await storage.close();
    }
  });

  test("while the server is frozen a persist stays pending: nothing is acknowledged early", async () => {
    const { server: db } = running();
    const storage = await MysqlStorage.open({ url: db.url, nodeId: "n8" });
    try {
      process.kill(db.pid, "SIGSTOP");
      let pending: Promise<void>;
      try {
        pending = storage.persist(hardState(2, "n8", 0), toPersist([entry(1, 2)]));
        expect(await settled(pending, 1_000)).toBe(false);
      } finally {
        process.kill(db.pid, "SIGCONT");
      }
      await pending;
      const reopened = await MysqlStorage.open({ url: db.url, nodeId: "n8" });
      expect((await reopened.loadDurableState()).entries.length).toBe(1);
      await reopened.close();
    } finally {
      await storage.close();
    }
  });

  test("a server killed and restarted mid-stream: every persist resolves and is durable", async () => {
    const { server: db } = running();
    const storage = await MysqlStorage.open({ url: db.url, nodeId: "n9" });
    try {
      let acknowledged = 0;
      const writer = (async () => {
        for (let index = 1; index <= 60; index += 1) {
          await storage.persist(hardState(1, null, index - 1), toPersist([entry(index, 1)]));
          acknowledged = index;
          await Bun.sleep(10);
        }
      })();
      await Bun.sleep(150);
      await db.crashAndRestart(500);
      await writer;
      expect(acknowledged).toBe(60);
      const state = await storage.loadDurableState();
      expect(state.entries.map((item) => Number(item.index))).toEqual(Array.from({ length: 60 }, (_, at) => at + 1));
      expect(Number(state.hardState.commit)).toBe(59);
    } finally {
      await storage.close();
    }
  }, 120_000);
});

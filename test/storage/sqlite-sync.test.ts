/**
 * When the sqlite backend syncs its log, counted by the node's own counter
 * (gossamer_storage_fsyncs_total{kind="log"}, which counts each fdatasync of the WAL where it
 * is issued): a persist with entries, a new term or a new vote syncs once; a hard state whose
 * only change is the commit index is neither synced nor given a transaction of its own: it rides
 * in the next one (an apply, a persist, a close), so a reopen reads it back and the durable
 * applied index never passes the durable commit; and persists that wait at the same time share
 * one sync. A node restarted from what a commit-only
 * persist left keeps its term and vote.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storageMetrics } from "../../src/metrics/metrics";
import { logIndex } from "../../src/raft/types";
import { SqliteStorage } from "../../src/storage/sqlite";
import { hardState, range, toPersist } from "./fixtures";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(): { storage: SqliteStorage; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-sqlite-sync-"));
  dirs.push(dir);
  return { storage: SqliteStorage.open({ dir }), dir };
}

const logSyncs = (): number => storageMetrics.fsyncs.with({ kind: "log" }).value();

/** The log syncs `work` caused. */
async function syncsOf(work: () => Promise<unknown>): Promise<number> {
  const before = logSyncs();
  await work();
  return logSyncs() - before;
}

describe("sqlite log syncs (etcd's MustSync)", () => {
  test("entries, a new term and a new vote are synced; a commit-only hard state is not", async () => {
    const { storage } = open();
    expect(await syncsOf(() => storage.persist(hardState(1, "n1", 0), toPersist(range(1, 3, 1))))).toBe(1);
    expect(await syncsOf(() => storage.persist(hardState(1, "n1", 2), []))).toBe(0);
    expect(await syncsOf(() => storage.persist(hardState(1, "n1", 3), []))).toBe(0);
    expect(await syncsOf(() => storage.persist(hardState(2, "n1", 3), []))).toBe(1);
    expect(await syncsOf(() => storage.persist(hardState(2, "n2", 3), []))).toBe(1);
    expect(await syncsOf(() => storage.persist(null, toPersist(range(4, 4, 2))))).toBe(1);
    expect(await syncsOf(() => storage.persist(hardState(2, "n2", 4), []))).toBe(0);
    await storage.close();
  });

  test("a commit-only hard state is written all the same, and a reopen keeps term and vote", async () => {
    const { storage, dir } = open();
    await storage.persist(hardState(5, "n3", 0), toPersist(range(1, 2, 5)));
    await storage.persist(hardState(5, "n3", 2), []);
    await storage.close();
    const reopened = SqliteStorage.open({ dir });
    expect((await reopened.loadDurableState()).hardState).toEqual(hardState(5, "n3", 2));
    // The reopened store knows what is durable: the same commit-only change needs no sync.
    expect(await syncsOf(() => reopened.persist(hardState(5, "n3", 2), []))).toBe(0);
    expect(await syncsOf(() => reopened.persist(hardState(6, null, 2), []))).toBe(1);
    await reopened.close();
  });

  test("a commit-only hard state costs no transaction of its own: the next apply carries it, so applied never passes the durable commit", async () => {
    const { storage, dir } = open();
    await storage.persist(hardState(1, "n1", 0), toPersist(range(1, 3, 1)));
    const wal = join(dir, "gossamer.sqlite-wal");
    const walBytes = statSync(wal).size;
    await storage.persist(hardState(1, "n1", 3), []);
    expect(statSync(wal).size).toBe(walBytes);
    expect((await storage.loadDurableState()).hardState).toEqual(hardState(1, "n1", 3));
    await storage.applyBatch([], logIndex(3));
    // What another process (or this one after a kill -9) reads now, without a close.
    const reader = new Database(join(dir, "gossamer.sqlite"), { readonly: true });
    try {
      const meta = (key: string): string | undefined => reader.query<{ value: string }, [string]>("SELECT value FROM meta WHERE key = ?").get(key)?.value;
      expect(Number(meta("applied"))).toBe(3);
      expect(JSON.parse(meta("hard_state") ?? "{}").commit).toBe(3);
    } finally {
      reader.close();
    }
    await storage.close();
  });

  test("persists that wait at the same time share a sync", async () => {
    const { storage } = open();
    await storage.persist(hardState(1, "n1", 0), toPersist(range(1, 1, 1)));
    const syncs = await syncsOf(async () => {
      // Each commits at once and then waits for a sync; the later ones share the next one.
      await Promise.all([2, 3, 4, 5].map((index) => storage.persist(null, toPersist(range(index, index, 1)))));
    });
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThanOrEqual(2);
    expect(await storage.lastIndex()).toBe(logIndex(5));
    await storage.close();
  });
});

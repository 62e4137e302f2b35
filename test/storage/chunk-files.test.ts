/**
 * The chunk store's durability in batches (src/storage/chunk-files.ts), observed through the
 * node's own sync counters at the moment each put resolves: a put resolves only once its file
 * was fdatasync'ed, renamed into place and its directory synced (so a store that acknowledged
 * a chunk before its batch's sync fails here), puts made together share directory syncs (no
 * directory sync per chunk), and a data dir in the old fan-out layout (`chunks/<ab>/<digest>`)
 * opens with its chunks moved into place and its torn writes removed.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storageMetrics } from "../../src/metrics/metrics";
import { ChunkFiles } from "../../src/storage/chunk-files";
import { chunk } from "./fixtures";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gossamer-chunk-files-"));
  dirs.push(dir);
  return join(dir, "chunks");
}

const syncs = () => ({
  chunk: storageMetrics.fsyncs.with({ kind: "chunk" }).value(),
  directory: storageMetrics.fsyncs.with({ kind: "directory" }).value(),
});

describe("chunk files, durable in batches", () => {
  test("each put resolves only after its file's sync, its rename and a directory sync; puts together share directory syncs", async () => {
    const files = ChunkFiles.open(freshDir());
    const before = syncs();
    const items = Array.from({ length: 24 }, (_, seed) => chunk(100 + seed, 64 << 10));
    let resolved = 0;
    const seen: { chunk: number; directory: number; inPlace: boolean }[] = [];
    await Promise.all(items.map(async (item) => {
      await files.putNew(item.digest, item.bytes);
      resolved += 1;
      const now = syncs();
      seen.push({ chunk: now.chunk - before.chunk - resolved, directory: now.directory - before.directory, inPlace: existsSync(files.pathOf(item.digest)) });
    }));
    for (const at of seen) {
      // At least one file sync per chunk acknowledged so far, and a directory sync after the rename.
      expect(at.chunk).toBeGreaterThanOrEqual(0);
      expect(at.directory).toBeGreaterThanOrEqual(1);
      expect(at.inPlace).toBe(true);
    }
    const after = syncs();
    expect(after.chunk - before.chunk).toBe(items.length);
    expect(after.directory - before.directory).toBeLessThan(items.length / 2);
    expect(readdirSync(files.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    for (const item of items) expect(await files.get(item.digest)).toEqual(item.bytes);
  });

  test("a put that arrives while a batch syncs is not acknowledged by that batch", async () => {
    const files = ChunkFiles.open(freshDir());
    const first = chunk(1, 1 << 20);
    const second = chunk(2, 4096);
    const before = syncs();
    const firstPut = files.putNew(first.digest, first.bytes);
    // Once the first batch's sync is under way (its file is being synced), put the second.
    let secondAt = { chunk: -1, directory: -1 };
    for (let turn = 0; turn < 1000 && syncs().chunk === before.chunk; turn += 1) await Bun.sleep(0);
    const secondPut = files.putNew(second.digest, second.bytes).then(() => {
      const now = syncs();
      secondAt = { chunk: now.chunk - before.chunk, directory: now.directory - before.directory };
    });
    await Promise.all([firstPut, secondPut]);
    // Two batches, each with its own file sync and directory sync, the second acknowledged last.
    expect(secondAt).toEqual({ chunk: 2, directory: 2 });
  });

  test("the old fan-out layout is moved into place at open; torn writes are removed", async () => {
    const dir = freshDir();
    const kept = chunk(7, 8192);
    const torn = chunk(8, 8192);
    mkdirSync(join(dir, kept.digest.slice(0, 2)), { recursive: true });
    mkdirSync(join(dir, torn.digest.slice(0, 2)), { recursive: true });
    writeFileSync(join(dir, kept.digest.slice(0, 2), kept.digest), kept.bytes);
    writeFileSync(join(dir, torn.digest.slice(0, 2), `${torn.digest}.77-1.tmp`), torn.bytes.subarray(0, 10));
    writeFileSync(join(dir, `${torn.digest}.77-2.tmp`), torn.bytes.subarray(0, 10));
    const files = ChunkFiles.open(dir);
    expect(await files.get(kept.digest)).toEqual(kept.bytes);
    expect(await files.has(torn.digest)).toBe(false);
    expect(readdirSync(dir)).toEqual([kept.digest]);
    const listed: string[] = [];
    for await (const digest of files.list()) listed.push(digest);
    expect(listed).toEqual([kept.digest]);
  });
});

describe("chunk files, read for serving", () => {
  test("a read fills the caller's buffer when the file fits, whatever its size against the buffer, and is null when absent", async () => {
    const files = ChunkFiles.open(freshDir());
    const into = new Uint8Array(4096);
    // Shorter than the buffer (the read ends short: no stat), exactly its size (measured), longer (a fresh buffer), empty.
    for (const size of [1000, 4095, 4096, 4097, 10_000, 0]) {
      const item = chunk(size + 7, size);
      await files.put(item.digest, item.bytes);
      into.fill(0xee);
      const read = await files.read(item.digest, into);
      expect(read).not.toBeNull();
      if (read === null) continue;
      expect(read).toEqual(item.bytes);
      // Into the caller's buffer exactly when it fits.
      expect(read.buffer === into.buffer).toBe(size <= into.length);
      expect(await files.read(item.digest)).toEqual(item.bytes);
    }
    expect(await files.read(chunk(99_999).digest, into)).toBeNull();
  });
});

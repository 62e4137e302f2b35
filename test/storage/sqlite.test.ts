/**
 * Runs the storage contract against bun:sqlite in a fresh temp dir per test, with chunks in
 * content-addressed files (the default) and, for the log and chunk cases, with chunks as
 * BLOBs. The big snapshot is the full 1 GiB; the crash case kills a real child process.
 */
import { Database } from "bun:sqlite";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Digest } from "../../src/files/digest";
import { SqliteStorage, sqliteFileName, type ChunkPlacement } from "../../src/storage/sqlite";
import type { Storage } from "../../src/storage/storage";
import { runStorageContract } from "./contract";

function sqliteHarness(chunkPlacement: ChunkPlacement) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-sqlite-"));
    return {
      open: async () => SqliteStorage.open({ dir, chunkPlacement }),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
      childSpec: { kind: "sqlite", dir, chunkPlacement } as const,
      corruptChunk: async (_: Storage, digest: Digest) => {
        if (chunkPlacement === "files") {
          const path = join(dir, "chunks", digest);
          const bytes = readFileSync(path);
          bytes[0] = (bytes[0] ?? 0) ^ 0xff;
          writeFileSync(path, bytes);
          return;
        }
        const db = new Database(join(dir, sqliteFileName));
        try {
          db.run("UPDATE chunks SET bytes = ? WHERE digest = ?", [new Uint8Array([1, 2, 3]), digest]);
        } finally {
          db.close();
        }
      },
      corruptInline: async (_: Storage, name: string) => {
        const db = new Database(join(dir, sqliteFileName));
        try {
          db.run("UPDATE inline_files SET bytes = ? WHERE name = ?", [new Uint8Array([1, 2, 3]), name]);
        } finally {
          db.close();
        }
      },
    };
  };
}

runStorageContract("sqlite (chunk files)", sqliteHarness("files"), { snapshotBytes: 1 << 30 });
runStorageContract("sqlite (chunk blobs)", sqliteHarness("blobs"), {
  snapshotBytes: 64 << 20,
  snapshotNote: "the 1 GiB case runs on the default placement; blobs write every byte twice (WAL, then the database)",
});

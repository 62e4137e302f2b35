/**
 * Runs the storage contract against bun:sqlite in a fresh temp dir per test, with chunks in
 * content-addressed files (the default) and, for the log and chunk cases, with chunks as
 * BLOBs. The big snapshot is the full 1 GiB; the crash case kills a real child process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteStorage, type ChunkPlacement } from "../../src/storage/sqlite";
import { runStorageContract } from "./contract";

function sqliteHarness(chunkPlacement: ChunkPlacement) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossamer-sqlite-"));
    return {
      open: async () => SqliteStorage.open({ dir, chunkPlacement }),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
      childSpec: { kind: "sqlite", dir, chunkPlacement } as const,
    };
  };
}

runStorageContract("sqlite (chunk files)", sqliteHarness("files"), { snapshotBytes: 1 << 30 });
runStorageContract("sqlite (chunk blobs)", sqliteHarness("blobs"), {
  snapshotBytes: 64 << 20,
  snapshotNote: "the 1 GiB case runs on the default placement; blobs write every byte twice (WAL, then the database)",
});

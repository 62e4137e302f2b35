/**
 * Opens a storage from a plain description, so the CLI and a test's child process build the
 * same thing from the same words.
 */
import { MemoryStorage } from "./memory";
import { SqliteStorage, type ChunkPlacement } from "./sqlite";
import type { Storage } from "./storage";

export type OpenSpec =
  | { readonly kind: "memory" }
  | { readonly kind: "sqlite"; readonly dir: string; readonly chunkPlacement?: ChunkPlacement }
  | { readonly kind: "mysql"; readonly url: string; readonly nodeId: string };

/** Throws StorageOpenError when the place cannot be used. */
export async function openStorage(spec: OpenSpec): Promise<Storage> {
  switch (spec.kind) {
    case "memory": return new MemoryStorage();
    case "sqlite": return SqliteStorage.open({ dir: spec.dir, chunkPlacement: spec.chunkPlacement ?? "files" });
    case "mysql": {
      const { MysqlStorage } = await import("./mysql");
      return await MysqlStorage.open({ url: spec.url, nodeId: spec.nodeId });
    }
    default: { const never: never = spec; return never; }
  }
}

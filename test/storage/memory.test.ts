/**
 * Runs the storage contract against the in-memory reference backend. Its durable state is a
 * MemoryStorageState object kept by the harness, so close-and-reopen is tested as the
 * simulator uses it. It holds everything in RAM, so its big snapshot is 32 MiB (its RSS grows by the copy it keeps), and it is
 * not durable across processes, so the crash case does not apply.
 */
import { MemoryStorage, MemoryStorageState } from "../../src/storage/memory";
import { runStorageContract } from "./contract";

runStorageContract("memory", async () => {
  const state = new MemoryStorageState();
  return {
    open: async () => new MemoryStorage(state), destroy: async () => undefined, childSpec: null,
    corruptChunk: async (_, digest) => {
      const bytes = state.chunks.get(digest);
      if (bytes !== undefined) bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    },
    corruptInline: async (_, name) => {
      const content = state.inline.get(name);
      if (content !== undefined) content.bytes[0] = (content.bytes[0] ?? 0) ^ 0xff;
    },
  };
}, {
  snapshotBytes: 32 << 20,
  snapshotNote: "memory holds all chunks in RAM",
  crashSkipReason: "memory storage does not outlive its process",
});

/**
 * Garbage collection paced by the megabytes a process receives. Chunk bytes arrive in fresh
 * frame bodies of up to a megabyte each, and the engine's own heuristics let hundreds of
 * megabytes of dead ones pile up during a long transfer: the queue server's peak RSS grew by
 * 133-189 MiB for one 256 MiB S3 object in and out (test/s3/sdk.test.ts bounds it at 160), and
 * nodes peaked at 138-191 MiB during a 256 MiB write. A synchronous collection after every
 * freshBytesPerCollection bytes of such bodies bounds that garbage: 95 MiB of growth for the S3
 * object, 112-143 MiB on the nodes, at no CPU per MiB measurable here (a full collection of a
 * small heap per 32 MiB moved). `Bun.gc(false)` (a hint) changed nothing measurable.
 */
import { assert } from "./assert";

/** Fresh buffer bytes between two collections. */
export const freshBytesPerCollection = 32 << 20;
/** Buffers smaller than this are the engine's ordinary business, not counted. */
export const countedBufferBytesMin = 64 << 10;
assert(countedBufferBytesMin < freshBytesPerCollection, "a collection covers many counted buffers");

export class MemoryPacer {
  private fresh = 0;
  /** Collections asked for so far. */
  collections = 0;

  constructor(private readonly collect: () => void, private readonly bytesPerCollection = freshBytesPerCollection) {
    assert(Number.isSafeInteger(bytesPerCollection) && bytesPerCollection > 0, "a positive pace");
  }

  /** Notes a fresh buffer of `bytes`; collects once enough bytes of such buffers were made. */
  noteFreshBuffer(bytes: number): void {
    if (bytes < countedBufferBytesMin) return;
    this.fresh += bytes;
    if (this.fresh < this.bytesPerCollection) return;
    this.fresh = 0;
    this.collections += 1;
    this.collect();
  }
}

/** The process's pacer for received frame bodies (src/wire/framing.ts). */
export const receivedBodies = new MemoryPacer(() => Bun.gc(true));

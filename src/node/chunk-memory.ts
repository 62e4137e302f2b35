/**
 * The leader's memory of the chunks it just took in (from the queue server, for a write it is
 * committing), so the appends that replicate them to followers carry the bytes from memory: no
 * disk read, and no second hash, per follower (issue 13, item 3). The transport asks here first
 * and falls back to the chunk store only for a chunk that already left (a follower far behind).
 *
 * Bounded in bytes, first in first out: a write's window of chunks fits many times over, and a
 * chunk is needed here only between its proposal and the appends that carry it, which follow
 * at once. Forgotten once its entry commits: a follower that was behind then gets the bytes
 * from the chunk store, read and verified there, so a copy that rotted on the leader is found
 * and repaired (and the leader does not keep tens of MiB after a big write). Pure: no I/O, no clock.
 */
import { assert } from "../lib/assert";
import type { Digest } from "../files/digest";
import type { VerifiedChunk } from "../files/verified";

/** Enough for two writes' windows of 1 MiB chunks, or one of 8 MiB chunks, with room to spare. */
export const chunkMemoryBytesMaxDefault = 48 << 20;

export class ChunkMemory {
  /** Insertion order is age: the first entry is the oldest. */
  private readonly chunks = new Map<Digest, VerifiedChunk>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly bytesMax: number = chunkMemoryBytesMaxDefault) {
    assert(Number.isSafeInteger(bytesMax) && bytesMax > 0, "the memory holds something");
  }

  /** Keeps a chunk, dropping the oldest until it fits; a chunk larger than the whole bound is not kept. */
  remember(chunk: VerifiedChunk): void {
    if (this.chunks.has(chunk.digest)) return;
    if (chunk.bytes.length > this.bytesMax) return;
    // Bounded: each turn drops one entry, and the map is finite.
    while (this.bytes + chunk.bytes.length > this.bytesMax) {
      const oldest = this.chunks.entries().next();
      if (oldest.done === true) break;
      this.chunks.delete(oldest.value[0]);
      this.bytes -= oldest.value[1].bytes.length;
    }
    this.chunks.set(chunk.digest, chunk);
    this.bytes += chunk.bytes.length;
    assert(this.bytes <= this.bytesMax, "the memory stays within its bound");
  }

  /** Drops a chunk (its entry committed): later appends read it from the store. */
  forget(digest: Digest): void {
    const chunk = this.chunks.get(digest);
    if (chunk === undefined) return;
    this.chunks.delete(digest);
    this.bytes -= chunk.bytes.length;
  }

  /** The chunk's verified bytes, or null when they are not (or no longer) here. */
  recall(digest: Digest): VerifiedChunk | null {
    const chunk = this.chunks.get(digest) ?? null;
    if (chunk === null) this.misses += 1;
    else this.hits += 1;
    return chunk;
  }

  get size(): number {
    return this.chunks.size;
  }

  get bytesHeld(): number {
    return this.bytes;
  }
}

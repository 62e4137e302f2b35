/**
 * The chunks the sweep must spare although nothing references them yet: a node writes (or
 * finds) a chunk first and persists the entry that references it after, and a sweep must not
 * fall in between. Every putChunk and every hasChunk that answers true notes the digest; the
 * next sweep spares what was noted and forgets it, so a chunk is spared by exactly one sweep.
 *
 * Bounded: past recentChunksMax notes the set is dropped and the next sweep spares everything
 * (it removes nothing), which keeps the promise without letting memory grow when no sweep runs.
 */
import { assert } from "../lib/assert";
import type { Digest } from "../files/digest";

export const recentChunksMax = 65_536;
assert(recentChunksMax > 1024, "a burst of uploads fits between sweeps");

export class RecentChunks {
  private digests = new Set<Digest>();
  private overflowed = false;

  note(digest: Digest): void {
    if (this.digests.size >= recentChunksMax) {
      this.digests = new Set();
      this.overflowed = true;
    }
    this.digests.add(digest);
    assert(this.digests.size <= recentChunksMax, "the set stays bounded");
  }

  /** Starts a sweep: what it must spare, forgotten here so the sweep after it does not spare it. */
  takeForSweep(): (digest: Digest) => boolean {
    const digests = this.digests;
    const all = this.overflowed;
    this.digests = new Set();
    this.overflowed = false;
    return (digest) => all || digests.has(digest);
  }
}

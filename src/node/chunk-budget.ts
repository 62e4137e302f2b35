/**
 * The node-wide bound on chunk bytes pinned by the writes it is committing: a write's pull
 * takes a grant of one chunk's bytes before it asks the queue server for the chunk, and gives
 * it back when that chunk's entry is applied or given up (or when the pull brought nothing).
 * With it a node can run many work items at once (workConcurrencyMax) and still hold a bounded
 * number of bytes, whatever mix of big and small writes it is handed: the bound is in bytes,
 * not in items. Small files that travel inline, reads and other work take no grant.
 *
 * First come, first served: a request waits behind every earlier one even when it would fit
 * (no barging), so a write asking for a big chunk is never starved by writes of small ones.
 * Every request fits the whole budget (asserted), and every grant is given back in bounded
 * time (a pull and a proposal each have a timeout), so every waiter is served: a write whose
 * window (writeWindowBytes) is larger than the budget still moves, a chunk or more at a time.
 *
 * Pure: no I/O, no clock; the waiters are a bounded list (one per pull a node may have out).
 */
import { assert, defined } from "../lib/assert";
import { chunkBytesMax } from "../files/limits";
import { chunkMemoryBytesMaxDefault } from "./chunk-memory";

/**
 * Chunk bytes pinned by writes in flight on one node. 48 MiB: three writes' full windows of
 * 1 MiB chunks, or six chunks of the largest size; equal to the leader's chunk memory
 * (chunkMemoryBytesMaxDefault), so every chunk in flight is still there for the appends that
 * replicate it.
 */
export const chunkBudgetBytesDefault = 48 << 20;

/** Bytes of one chunk held against the budget; release() gives them back (once; later calls do nothing). */
export interface ChunkGrant {
  readonly bytes: number;
  release(): void;
}

interface Waiter {
  readonly bytes: number;
  readonly resolve: (grant: ChunkGrant) => void;
}

assert(chunkBudgetBytesDefault >= chunkBytesMax, "a chunk of the largest size fits the budget");
assert(chunkBudgetBytesDefault <= chunkMemoryBytesMaxDefault, "every chunk in flight fits the leader's chunk memory");

export class ChunkBudget {
  private held = 0;
  /** Oldest first. Bounded by waitersMax (asserted): each pull waits here at most once. */
  private readonly waiters: Waiter[] = [];

  /**
   * @param bytesMax the bound on bytes granted at once; every request must fit it.
   * @param waitersMax the bound on requests waiting at once (a node's pulls outstanding).
   */
  constructor(readonly bytesMax: number, readonly waitersMax: number) {
    assert(Number.isSafeInteger(bytesMax) && bytesMax > 0, "the budget holds some bytes");
    assert(Number.isSafeInteger(waitersMax) && waitersMax > 0, "at least one request may wait");
  }

  /** Bytes granted and not yet given back. Invariant: 0 <= bytesHeld <= bytesMax. */
  get bytesHeld(): number {
    return this.held;
  }

  /** Requests waiting for their grant. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** A grant of `bytes`, at once when nobody waits and they fit, else when every earlier request was served and they fit. */
  acquire(bytes: number): Promise<ChunkGrant> {
    assert(Number.isSafeInteger(bytes) && bytes > 0, "a grant holds at least one byte");
    assert(bytes <= this.bytesMax, "a grant fits the whole budget (else it would wait forever)");
    if (this.waiters.length === 0 && this.held + bytes <= this.bytesMax) return Promise.resolve(this.grant(bytes));
    assert(this.waiters.length < this.waitersMax, "no more requests wait than a node has pulls");
    return new Promise((resolve) => this.waiters.push({ bytes, resolve }));
  }

  private grant(bytes: number): ChunkGrant {
    this.held += bytes;
    assert(this.held <= this.bytesMax, "the budget is never exceeded");
    let released = false;
    return {
      bytes,
      release: () => {
        if (released) return;
        released = true;
        this.held -= bytes;
        assert(this.held >= 0, "no more is given back than was granted");
        this.serve();
      },
    };
  }

  /** Grants waiting requests in order while the oldest fits. */
  private serve(): void {
    // Bounded by the waiters: each turn removes one.
    while (this.waiters.length > 0) {
      const oldest = defined(this.waiters[0], "the oldest waiter");
      if (this.held + oldest.bytes > this.bytesMax) return;
      this.waiters.shift();
      oldest.resolve(this.grant(oldest.bytes));
    }
  }
}

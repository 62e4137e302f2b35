/**
 * Turns for writing chunks in order. Fetches finish in any order, but the output is written
 * sequentially: the fetcher of chunk i waits here until chunks 0..i-1 are written. Because a
 * fetcher takes its next index only after writing its previous chunk, and the smallest
 * unwritten index is never waiting on anyone, the gate cannot deadlock, and at most one chunk
 * per fetcher (the window) is ever held in memory: this is the reorder buffer, bounded by the
 * window instead of a data structure that could grow.
 */
import { assert } from "../lib/assert";

export class OrderedGate {
  /** The next index to be written. Invariant: every index below it has been written. */
  private next = 0;
  private readonly waiters = new Map<number, () => void>();
  private aborted = false;

  constructor(readonly windowMax: number) {
    assert(Number.isInteger(windowMax) && windowMax > 0, "the window is a positive integer");
  }

  get position(): number {
    return this.next;
  }

  /** Resolves true when it is `index`'s turn, false if the gate was aborted meanwhile. */
  async waitTurn(index: number): Promise<boolean> {
    assert(index >= this.next, "a chunk is written once");
    assert(index < this.next + this.windowMax, "a fetcher runs at most the window ahead of the writer");
    if (this.aborted) return false;
    if (index === this.next) return true;
    assert(!this.waiters.has(index), "one waiter per index");
    await new Promise<void>((resolve) => this.waiters.set(index, resolve));
    return !this.aborted;
  }

  /** The current turn's chunk was written: wake the next one. */
  advance(): void {
    this.next += 1;
    const waiter = this.waiters.get(this.next);
    if (waiter === undefined) return;
    this.waiters.delete(this.next);
    waiter();
  }

  /** A fetch failed: release every waiter (they see false and stop). */
  abort(): void {
    this.aborted = true;
    for (const waiter of this.waiters.values()) waiter();
    this.waiters.clear();
    assert(this.waiters.size === 0, "no waiter left behind");
  }
}

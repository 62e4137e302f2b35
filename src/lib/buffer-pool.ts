/**
 * Reusable buffers of one size, and at most `buffersMax` of them lent at once: a bounded
 * semaphore whose permits carry memory. A fresh megabyte costs far more than the copy into it
 * (its pages are faulted in one by one: ~0.8 ms per MiB of CPU here, against ~0.03 ms to fill a
 * buffer already mapped; see bench/cluster.ts, "minor page faults"), so whoever moves chunk
 * after chunk borrows one of these instead. Buffers are made lazily, up to `buffersMax`, and
 * kept: the pool's memory is bufferBytes × buffersMax at most, for as long as it lives.
 *
 * A borrower that cannot have a buffer now waits in line (first come, first served), at most
 * `waitersMax` of them; beyond that `take` answers null and the caller sheds the work. A buffer
 * comes back through any view of it (a frame body handed on as the view of its payload); only
 * a buffer this pool lent can be given back, once: a double give, or a foreign one, is a bug.
 */
import { assert } from "./assert";

export class BufferPool {
  private readonly free: Uint8Array[] = [];
  /** Buffers lent and not yet given back, by their memory. Invariant: lent.size + free.length <= buffersMax. */
  private readonly lent = new Map<ArrayBufferLike, Uint8Array>();
  private readonly waiters: ((buffer: Uint8Array) => void)[] = [];

  constructor(readonly bufferBytes: number, readonly buffersMax: number, readonly waitersMax: number) {
    assert(Number.isInteger(bufferBytes) && bufferBytes > 0, "a pooled buffer holds at least a byte");
    assert(Number.isInteger(buffersMax) && buffersMax > 0, "a pool lends at least one buffer");
    assert(Number.isInteger(waitersMax) && waitersMax >= 0, "waiters are counted");
  }

  /** Buffers lent now. */
  get lentCount(): number {
    return this.lent.size;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** A buffer now, or null when all are lent. */
  tryTake(): Uint8Array | null {
    if (this.lent.size >= this.buffersMax) return null;
    const buffer = this.free.pop() ?? new Uint8Array(this.bufferBytes);
    this.lent.set(buffer.buffer, buffer);
    assert(this.lent.size + this.free.length <= this.buffersMax, "the pool stays within its bound");
    return buffer;
  }

  /** A buffer, waiting for one to come back if all are lent; null when the line is full. */
  take(): Promise<Uint8Array> | null {
    const buffer = this.tryTake();
    if (buffer !== null) return Promise.resolve(buffer);
    if (this.waiters.length >= this.waitersMax) return null;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Whether `view` is (a view of) a buffer this pool lent and has not had back. */
  lends(view: Uint8Array): boolean {
    return this.lent.has(view.buffer);
  }

  /** Gives a lent buffer back, through any view of it: to the first in line, else to the free list. */
  give(view: Uint8Array): void {
    const buffer = this.lent.get(view.buffer);
    assert(buffer !== undefined, "only a buffer this pool lent comes back, once");
    const waiter = this.waiters.shift();
    // Still lent: it passes straight to the next borrower.
    if (waiter !== undefined) return waiter(buffer);
    this.lent.delete(view.buffer);
    this.free.push(buffer);
  }
}

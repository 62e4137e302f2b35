/**
 * A shared/exclusive lock on promises. Storage uses it to keep the sweep's "is this chunk
 * referenced?" and its delete from interleaving with a putChunk of the same digest: without it,
 * a put that finds the chunk present (and so writes nothing) could be undone by a sweep that
 * had already decided the chunk was garbage. Puts share the lock (they overlap their hashing
 * and fsyncs, which is most of the chunk write rate); the sweep takes it alone. A waiting sweep
 * stops new puts from entering, so a steady stream of puts cannot starve it.
 */
export class SharedExclusiveLock {
  private sharedHolders = 0;
  private exclusiveHeld = false;
  private exclusiveWaiting = 0;
  private waiters: (() => void)[] = [];

  async shared<T>(work: () => Promise<T>): Promise<T> {
    // Bounded: each wake-up follows a release, and releases are finite while work is finite.
    while (this.exclusiveHeld || this.exclusiveWaiting > 0) await this.wait();
    this.sharedHolders += 1;
    try {
      return await work();
    } finally {
      this.sharedHolders -= 1;
      this.wakeAll();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.exclusiveWaiting += 1;
    try {
      while (this.exclusiveHeld || this.sharedHolders > 0) await this.wait(); // bounded as above
    } finally {
      this.exclusiveWaiting -= 1;
    }
    this.exclusiveHeld = true;
    try {
      return await work();
    } finally {
      this.exclusiveHeld = false;
      this.wakeAll();
    }
  }

  private async wait(): Promise<void> {
    await new Promise<void>((resolve) => { this.waiters.push(resolve); });
  }

  private wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

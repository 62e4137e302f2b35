/**
 * Group commit: callers hand in items that must become durable, one sync at a time makes a
 * whole batch durable, and items that arrive while a sync runs wait for the next one, which
 * starts as soon as the running one ends. A caller's promise resolves only when a sync that
 * began after its item was added has finished, so no item is acknowledged by a sync that could
 * have missed it ("persist before you acknowledge"); a failed sync rejects every item of its
 * batch (the node then stops: STYLE.md §4, nothing is retried here).
 *
 * Pure logic: what a sync does (fdatasync a WAL, sync chunk files and their directory) is the
 * caller's `syncBatch`. Bounds: a sync takes at most `batchItemsMax` items (the rest go to the
 * next), and at most `waitingItemsMax` items may wait: every waiting item is held by a caller
 * that is itself bounded (a write window, one append per peer connection), so the assertion
 * catches a caller that lost its bound rather than letting the queue grow.
 */
import { assert } from "../lib/assert";

/** Items waiting at once, across all callers; far above what the callers' own windows allow. */
export const groupSyncWaitingItemsMax = 16_384;

interface Waiter<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class GroupSync<T> {
  private waiting: Waiter<T>[] = [];
  private running = false;
  /** Syncs run so far, and the items they covered: for tests and the bench's batch sizes. */
  syncs = 0;
  itemsSynced = 0;

  constructor(private readonly syncBatch: (batch: readonly T[]) => Promise<void>, readonly batchItemsMax: number) {
    assert(Number.isSafeInteger(batchItemsMax), "a batch bound is an integer");
    assert(batchItemsMax >= 1, "a batch holds at least one item");
  }

  /** Resolves once a sync that started after this call made `item` durable. */
  add(item: T): Promise<void> {
    assert(this.waiting.length < groupSyncWaitingItemsMax, `more than ${groupSyncWaitingItemsMax} items wait for a sync`);
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  /** Items waiting for a sync that has not started. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  private async drain(): Promise<void> {
    assert(!this.running, "one drain at a time");
    this.running = true;
    // One microtask's grace: items added in the same turn as the first join its batch.
    await Promise.resolve();
    // Bounded: each turn takes at least one waiting item, and items arrive only from callers
    // whose own windows are bounded (see the header).
    while (this.waiting.length > 0) {
      const batch = this.waiting.slice(0, this.batchItemsMax);
      this.waiting = this.waiting.slice(batch.length);
      assert(batch.length >= 1, "a sync covers at least one item");
      try {
        await this.syncBatch(batch.map((waiter) => waiter.item));
      } catch (error: unknown) {
        for (const waiter of batch) waiter.reject(error);
        continue;
      }
      this.syncs += 1;
      this.itemsSynced += batch.length;
      for (const waiter of batch) waiter.resolve();
    }
    this.running = false;
  }
}

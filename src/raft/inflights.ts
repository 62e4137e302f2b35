/**
 * The appends in flight to one follower in the replicate state: the pipelining window
 * (etcd tracker/inflights.go). Each slot holds the last index of one append; a response that
 * acknowledges index i frees every slot at or below i. When the window is full the leader stops
 * sending to that follower until responses come back: this bounds the memory and bandwidth one
 * slow follower can take.
 */
import { assert } from "../lib/assert";
import { RingBuffer } from "../lib/ring-buffer";
import type { LogIndex } from "./types";

export class Inflights {
  private readonly window: RingBuffer<LogIndex>;

  constructor(readonly capacity: number) {
    assert(Number.isInteger(capacity), "inflights capacity is an integer");
    assert(capacity > 0, "inflights capacity is positive");
    this.window = new RingBuffer<LogIndex>(capacity);
  }

  get count(): number {
    return this.window.length;
  }

  full(): boolean {
    return this.window.full();
  }

  /** Records an append whose last entry is `lastIndex`. Callers check full() first. */
  add(lastIndex: LogIndex): void {
    assert(!this.full(), "inflights window is full");
    const previous = this.lastAdded();
    assert(previous === null || lastIndex > previous, "inflight appends are sent in index order");
    this.window.push(lastIndex);
  }

  /** Frees every append whose last index is at or below `index`. */
  freeLE(index: LogIndex): void {
    const countBefore = this.window.length;
    for (;;) {
      const head = this.window.peek();
      if (head === undefined || head > index) break;
      this.window.shift();
    }
    assert(this.window.length <= countBefore, "freeing never adds");
  }

  reset(): void {
    this.window.drain(this.window.length);
    assert(this.window.length === 0, "reset empties the window");
  }

  private lastAdded(): LogIndex | null {
    let last: LogIndex | null = null;
    for (const index of this.window) last = index;
    return last;
  }
}

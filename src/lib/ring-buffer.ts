import { assert } from "./assert";

/**
 * A fixed-capacity FIFO that can also put an item back at its head (work handed back has
 * waited longest). `push` and `pushFront` assert there is room: callers check `full()` first
 * and apply backpressure, so no queue grows because a peer asked it to.
 */
export class RingBuffer<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    assert(Number.isInteger(capacity), "capacity must be an integer");
    assert(capacity > 0, "capacity must be positive");
    this.items = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.count;
  }

  full(): boolean {
    return this.count === this.capacity;
  }

  empty(): boolean {
    return this.count === 0;
  }

  push(item: T): void {
    assert(!this.full(), "ring buffer is full");
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count += 1;
  }

  pushFront(item: T): void {
    assert(!this.full(), "ring buffer is full");
    this.head = (this.head + this.capacity - 1) % this.capacity;
    this.items[this.head] = item;
    this.count += 1;
  }

  peek(): T | undefined {
    return this.count === 0 ? undefined : this.items[this.head];
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count -= 1;
    return item;
  }

  /** Removes and returns the item at the tail (the newest pushed), if any. */
  pop(): T | undefined {
    if (this.count === 0) return undefined;
    const index = (this.head + this.count - 1) % this.capacity;
    const item = this.items[index];
    this.items[index] = undefined;
    this.count -= 1;
    return item;
  }

  /** Removes and returns at most `limit` items from the head. */
  drain(limit: number): T[] {
    assert(limit >= 0, "drain limit must not be negative");
    const out: T[] = [];
    while (out.length < limit && this.count > 0) out.push(this.shift() as T);
    return out;
  }

  /** Removes every item matching `predicate`, keeping the order of the rest; returns the removed. */
  removeWhere(predicate: (item: T) => boolean): T[] {
    const kept: T[] = [];
    const removed: T[] = [];
    for (const item of this) (predicate(item) ? removed : kept).push(item);
    if (removed.length === 0) return removed;
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
    for (const item of kept) this.push(item);
    assert(this.count === kept.length, "every kept item is back");
    return removed;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = 0; i < this.count; i += 1) yield this.items[(this.head + i) % this.capacity] as T;
  }
}

/**
 * A fixed-capacity double-ended queue. The work queue needs one because work handed back or
 * timed out goes back to the head (it has waited longest), not the tail; lib's RingBuffer only
 * pushes at the tail. Like RingBuffer, pushing asserts there is room: callers check `full()`.
 */
import { assert } from "../lib/assert";

export class BoundedDeque<T> {
  private readonly slots: (T | undefined)[];
  /** Slot of the head item. Invariant: 0 <= head < capacity. */
  private head = 0;
  /** Items held. Invariant: 0 <= count <= capacity. */
  private count = 0;

  constructor(readonly capacity: number) {
    assert(Number.isInteger(capacity), "capacity must be an integer");
    assert(capacity > 0, "capacity must be positive");
    this.slots = new Array<T | undefined>(capacity);
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

  pushBack(item: T): void {
    assert(!this.full(), "deque is full");
    this.slots[(this.head + this.count) % this.capacity] = item;
    this.count += 1;
  }

  pushFront(item: T): void {
    assert(!this.full(), "deque is full");
    this.head = (this.head + this.capacity - 1) % this.capacity;
    this.slots[this.head] = item;
    this.count += 1;
  }

  peek(): T | undefined {
    return this.count === 0 ? undefined : this.slots[this.head];
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.slots[this.head];
    this.slots[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count -= 1;
    return item;
  }

  /** Removes every item matching `predicate`, keeping the order of the rest; returns the removed. */
  removeWhere(predicate: (item: T) => boolean): T[] {
    const kept: T[] = [];
    const removed: T[] = [];
    for (const item of this) (predicate(item) ? removed : kept).push(item);
    if (removed.length === 0) return removed;
    this.slots.fill(undefined);
    this.head = 0;
    this.count = 0;
    for (const item of kept) this.pushBack(item);
    assert(this.count === kept.length, "every kept item is back");
    return removed;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = 0; i < this.count; i += 1) yield this.slots[(this.head + i) % this.capacity] as T;
  }
}

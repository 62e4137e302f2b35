/**
 * Two stages per item, for one connection's Raft messages: the early stage (storing a
 * message's chunk bytes, which waits for a sync of the chunk store) starts as the item arrives,
 * beside the early stages of the items before it, so one sync can cover several messages; the
 * late stage (handing the message to the driver loop) runs after the item's own early stage and
 * after every earlier item's late stage, so messages reach the loop in the order they came.
 *
 * Pure logic over promises. Bound: the caller admits at most its backlog bound of items (the
 * node server pauses reading the connection at connectionBacklogMax), and `size` tells it how
 * many are admitted and not yet finished. A failed stage fails that item and every later one
 * (as one chain always did): a storage failure stops the node (STYLE.md §4), and a message
 * must never overtake one that failed before it.
 */
import { assert } from "../lib/assert";

export class ArrivalOrder {
  private tail: Promise<void> = Promise.resolve();
  private admitted = 0;

  /** Items admitted whose late stage has not finished. */
  get size(): number {
    return this.admitted;
  }

  /**
   * Admits an item whose early stage has already started; resolves once its late stage ran
   * (in arrival order). `onSettled` runs when it is done either way.
   */
  add<T>(early: Promise<T>, late: (value: T) => Promise<void>, onSettled?: () => void): Promise<void> {
    this.admitted += 1;
    const done = this.tail.then(async () => await late(await early)).finally(() => {
      this.admitted -= 1;
      assert(this.admitted >= 0, "every item finishes once");
      onSettled?.();
    });
    this.tail = done;
    return done;
  }
}

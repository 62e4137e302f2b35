/**
 * Runs `work` over `items` with at most `parallel` calls in flight, in order of start. A call
 * that answers "stop" lets the running ones finish but starts no more (the cluster went away:
 * do not hammer it). Returns how many items were started.
 */
import { assert } from "./assert";

export async function forEachBounded<T>(items: readonly T[], parallel: number, work: (item: T, index: number) => Promise<"continue" | "stop">): Promise<number> {
  assert(Number.isInteger(parallel) && parallel >= 1, "at least one call in flight");
  let cursor = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    // Bounded: each turn takes one item.
    while (!stopped && cursor < items.length) {
      const index = cursor;
      cursor += 1;
      const item = items[index] as T;
      if ((await work(item, index)) === "stop") stopped = true;
    }
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(parallel, items.length); i += 1) workers.push(worker());
  await Promise.all(workers);
  assert(cursor <= items.length, "never past the end");
  return cursor;
}

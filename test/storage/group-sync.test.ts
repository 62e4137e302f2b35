/**
 * Group commit (src/storage/group-sync.ts): an item is acknowledged only by a sync that began
 * after it was added, items that arrive while a sync runs share the next one, a batch never
 * exceeds its bound, and a failed sync rejects its whole batch. The sync here is a fake whose
 * end the test controls, and which records what each sync covered.
 */
import { describe, expect, test } from "bun:test";
import { GroupSync } from "../../src/storage/group-sync";

/** A sync the test finishes by hand; `covered` lists each sync's batch as it began. */
function controlledSync() {
  const covered: string[][] = [];
  const finishers: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  const syncBatch = (batch: readonly string[]): Promise<void> => {
    covered.push([...batch]);
    return new Promise<void>((resolve, reject) => finishers.push({ resolve, reject }));
  };
  const finish = async (index: number, error?: unknown): Promise<void> => {
    const finisher = finishers[index];
    if (finisher === undefined) throw new Error(`sync ${index} never began`);
    if (error === undefined) finisher.resolve();
    else finisher.reject(error);
    await Bun.sleep(0);
  };
  return { covered, syncBatch, finish };
}

/** Which of the promises have settled, by name. */
function tracker() {
  const settled = new Set<string>();
  const watch = (name: string, promise: Promise<void>): Promise<void> => promise.then(() => { settled.add(name); }, () => { settled.add(`${name}!`); });
  return { settled, watch };
}

describe("group sync", () => {
  test("an item added while a sync runs waits for the next sync, which covers everything that arrived meanwhile", async () => {
    const sync = controlledSync();
    const group = new GroupSync(sync.syncBatch, 64);
    const { settled, watch } = tracker();
    const a = watch("a", group.add("a"));
    await Bun.sleep(0);
    expect(sync.covered).toEqual([["a"]]);
    const b = watch("b", group.add("b"));
    const c = watch("c", group.add("c"));
    await Bun.sleep(0);
    // The running sync began before b and c: it must not acknowledge them.
    expect(sync.covered).toEqual([["a"]]);
    await sync.finish(0);
    expect([...settled]).toEqual(["a"]);
    expect(sync.covered).toEqual([["a"], ["b", "c"]]);
    expect(settled.has("b")).toBe(false);
    await sync.finish(1);
    await Promise.all([a, b, c]);
    expect([...settled].sort()).toEqual(["a", "b", "c"]);
    expect(group.syncs).toBe(2);
    expect(group.itemsSynced).toBe(3);
  });

  test("items added in the same turn share one sync", async () => {
    const sync = controlledSync();
    const group = new GroupSync(sync.syncBatch, 64);
    const all = Promise.all(["a", "b", "c"].map((item) => group.add(item)));
    await Bun.sleep(0);
    expect(sync.covered).toEqual([["a", "b", "c"]]);
    await sync.finish(0);
    await all;
  });

  test("a batch holds at most batchItemsMax items; the rest go to the next", async () => {
    const sync = controlledSync();
    const group = new GroupSync(sync.syncBatch, 2);
    const all = Promise.all(["a", "b", "c", "d", "e"].map((item) => group.add(item)));
    await Bun.sleep(0);
    expect(sync.covered).toEqual([["a", "b"]]);
    await sync.finish(0);
    await sync.finish(1);
    await sync.finish(2);
    await all;
    expect(sync.covered).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  test("a failed sync rejects its whole batch and acknowledges none of it; later items get their own sync", async () => {
    const sync = controlledSync();
    const group = new GroupSync(sync.syncBatch, 64);
    const { settled, watch } = tracker();
    const first = [watch("a", group.add("a")), watch("b", group.add("b"))];
    await Bun.sleep(0);
    const later = watch("c", group.add("c"));
    await sync.finish(0, new Error("EIO"));
    await Promise.all(first);
    expect([...settled].sort()).toEqual(["a!", "b!"]);
    expect(sync.covered).toEqual([["a", "b"], ["c"]]);
    await sync.finish(1);
    await later;
    expect(settled.has("c")).toBe(true);
  });

  test("a batch bound below one is refused", () => {
    expect(() => new GroupSync(async () => undefined, 0)).toThrow("a batch holds at least one item");
  });
});

/**
 * The node's chunk budget bounds the chunk bytes its writes pin, whatever the number of writes
 * running: grants never exceed it, requests are served first come first served (a big one is not
 * starved by a stream of small ones that would fit), every grant given back serves the waiters,
 * and a grant given back twice counts once. The write path's use of it (a write larger than the
 * budget still commits; a failed write gives back every grant) is in write-chunks.test.ts.
 */
import { describe, expect, test } from "bun:test";
import { ChunkBudget, type ChunkGrant } from "../../src/node/chunk-budget";
import { AssertionError } from "../../src/lib/assert";

/** Whether the promise settled by now (after the pending microtasks ran). */
async function settled<T>(promise: Promise<T>): Promise<boolean> {
  let done = false;
  void promise.then(() => { done = true; });
  await Bun.sleep(0);
  return done;
}

describe("chunk budget", () => {
  test("grants at once up to the bound, and no further until bytes are given back", async () => {
    const budget = new ChunkBudget(10, 8);
    const a = await budget.acquire(4);
    const b = await budget.acquire(6);
    expect(budget.bytesHeld).toBe(10);
    const c = budget.acquire(1);
    expect(await settled(c)).toBe(false);
    expect(budget.waiting).toBe(1);
    a.release();
    expect(await settled(c)).toBe(true);
    expect(budget.bytesHeld).toBe(7);
    expect(budget.waiting).toBe(0);
    b.release();
    (await c).release();
    expect(budget.bytesHeld).toBe(0);
  });

  test("a grant given back twice counts once", async () => {
    const budget = new ChunkBudget(10, 8);
    const a = await budget.acquire(4);
    const b = await budget.acquire(4);
    a.release();
    a.release();
    expect(budget.bytesHeld).toBe(4);
    b.release();
    expect(budget.bytesHeld).toBe(0);
  });

  test("first come, first served: small requests that would fit do not pass a waiting big one", async () => {
    const budget = new ChunkBudget(10, 64);
    const held = await budget.acquire(4);
    const big = budget.acquire(10);
    // A stream of small requests, each of which alone would fit beside the one held.
    const small: Promise<ChunkGrant>[] = [];
    for (let i = 0; i < 20; i += 1) small.push(budget.acquire(1));
    expect(await settled(big)).toBe(false);
    expect(await settled(Promise.race(small))).toBe(false);
    held.release();
    expect(await settled(big)).toBe(true);
    expect(budget.bytesHeld).toBe(10);
    expect(await settled(Promise.race(small))).toBe(false);
    (await big).release();
    // Then the small ones, all of them (20 bytes do not fit 10: the first ten, then the rest).
    expect(budget.bytesHeld).toBe(10);
    expect(budget.waiting).toBe(10);
    const first = await Promise.all(small.slice(0, 10));
    for (const grant of first) grant.release();
    const rest = await Promise.all(small.slice(10));
    expect(budget.bytesHeld).toBe(10);
    for (const grant of rest) grant.release();
    expect(budget.bytesHeld).toBe(0);
    expect(budget.waiting).toBe(0);
  });

  test("the bytes held never exceed the bound, over a random mix of requests and releases", async () => {
    const bytesMax = 64;
    const budget = new ChunkBudget(bytesMax, 1000);
    const held: ChunkGrant[] = [];
    const pending: Promise<void>[] = [];
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let step = 0; step < 500; step += 1) {
      if (next() % 3 !== 0 || held.length === 0) {
        pending.push(budget.acquire(1 + (next() % bytesMax)).then((grant) => { held.push(grant); }));
      } else {
        held.splice(next() % held.length, 1)[0]?.release();
      }
      await Bun.sleep(0);
      expect(budget.bytesHeld).toBeLessThanOrEqual(bytesMax);
      expect(budget.bytesHeld).toBe(held.reduce((sum, grant) => sum + grant.bytes, 0));
    }
    // Giving everything back serves every waiter in turn: nothing waits forever.
    for (let round = 0; round < 1000 && (held.length > 0 || budget.waiting > 0); round += 1) {
      for (const grant of held.splice(0)) grant.release();
      await Bun.sleep(0);
    }
    await Promise.all(pending);
    for (const grant of held.splice(0)) grant.release();
    expect(budget.waiting).toBe(0);
    expect(budget.bytesHeld).toBe(0);
  });

  test("a request larger than the whole budget, or more waiters than the bound, is a bug", async () => {
    const budget = new ChunkBudget(10, 1);
    expect(() => budget.acquire(11)).toThrow(AssertionError);
    expect(() => budget.acquire(0)).toThrow(AssertionError);
    await budget.acquire(10);
    void budget.acquire(1);
    expect(() => budget.acquire(1)).toThrow(AssertionError);
    expect(() => new ChunkBudget(0, 1)).toThrow(AssertionError);
  });
});

/**
 * What this proves: OrderedGate releases writers strictly in index order whatever order their
 * fetches finish in (a seeded shuffle of completion order, checked against the sorted order),
 * and abort releases every waiter with false so no fetcher hangs after a failure.
 */
import { expect, test } from "bun:test";
import { OrderedGate } from "../../src/client/ordered-gate";
import { Prng } from "../../src/lib/prng";

test("writes happen in index order whatever the completion order", async () => {
  for (let seed = 1; seed <= 20; seed += 1) {
    const prng = new Prng(seed);
    const gate = new OrderedGate(4);
    const written: number[] = [];
    const tasks: Promise<void>[] = [];
    for (let index = 0; index < 4; index += 1) {
      tasks.push((async () => {
        await Bun.sleep(prng.intBetween(0, 5));
        expect(await gate.waitTurn(index)).toBe(true);
        written.push(index);
        gate.advance();
      })());
    }
    await Promise.all(tasks);
    expect(written).toEqual([0, 1, 2, 3]);
    expect(gate.position).toBe(4);
  }
});

test("abort releases waiters with false", async () => {
  const gate = new OrderedGate(4);
  const waiting = [gate.waitTurn(2), gate.waitTurn(3)];
  gate.abort();
  expect(await Promise.all(waiting)).toEqual([false, false]);
  expect(await gate.waitTurn(0)).toBe(false);
});

/**
 * One connection's Raft messages in two stages (src/node/arrival-order.ts): every item's early
 * stage (storing its chunks) runs at once, beside the others', but late stages (delivery to
 * the driver loop) run in arrival order and never before the item's own early stage finished,
 * whatever order the early stages finish in; a failed item fails the ones after it.
 */
import { describe, expect, test } from "bun:test";
import { ArrivalOrder } from "../../src/node/arrival-order";

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; });
  return { promise, resolve, reject };
}

describe("arrival order", () => {
  test("early stages overlap; late stages run in arrival order, each after its own early stage", async () => {
    const order = new ArrivalOrder();
    const early = [deferred<string>(), deferred<string>(), deferred<string>()];
    const delivered: string[] = [];
    const done = early.map((stage) => order.add(stage.promise, async (value) => { delivered.push(value); }));
    expect(order.size).toBe(3);
    // The last message's chunks are stored first, then the first's: nothing may overtake the second.
    early[2]?.resolve("c");
    early[0]?.resolve("a");
    await Bun.sleep(0);
    expect(delivered).toEqual(["a"]);
    early[1]?.resolve("b");
    await Promise.all(done);
    expect(delivered).toEqual(["a", "b", "c"]);
    expect(order.size).toBe(0);
  });

  test("a late stage that waits holds back the ones after it", async () => {
    const order = new ArrivalOrder();
    const gate = deferred<void>();
    const delivered: string[] = [];
    const first = order.add(Promise.resolve("a"), async (value) => { await gate.promise; delivered.push(value); });
    const second = order.add(Promise.resolve("b"), async (value) => { delivered.push(value); });
    await Bun.sleep(0);
    expect(delivered).toEqual([]);
    gate.resolve();
    await Promise.all([first, second]);
    expect(delivered).toEqual(["a", "b"]);
  });

  test("a failed early stage fails its item and every later one; none is delivered", async () => {
    const order = new ArrivalOrder();
    const failing = deferred<string>();
    const delivered: string[] = [];
    const settled: string[] = [];
    const first = order.add(failing.promise, async (value) => { delivered.push(value); }, () => settled.push("a"));
    const second = order.add(Promise.resolve("b"), async (value) => { delivered.push(value); }, () => settled.push("b"));
    failing.reject(new Error("EIO"));
    expect(await first.then(() => "ok", () => "failed")).toBe("failed");
    expect(await second.then(() => "ok", () => "failed")).toBe("failed");
    expect(delivered).toEqual([]);
    expect(settled).toEqual(["a", "b"]);
    expect(order.size).toBe(0);
  });
});

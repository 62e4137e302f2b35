/** forEachBounded: every item once, never more than `parallel` in flight, "stop" starts no more. */
import { describe, expect, test } from "bun:test";
import { forEachBounded } from "../../src/lib/bounded-parallel";

describe("forEachBounded", () => {
  test("every item once, at most `parallel` in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    const started = await forEachBounded([...Array(50).keys()], 4, async (item) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await Bun.sleep(item % 3);
      seen.push(item);
      inFlight -= 1;
      return "continue";
    });
    expect(started).toBe(50);
    expect(seen.toSorted((a, b) => a - b)).toEqual([...Array(50).keys()]);
    expect(peak).toBe(4);
  });
  test("stop starts no more items; the running ones finish", async () => {
    const done: number[] = [];
    const started = await forEachBounded([...Array(20).keys()], 2, async (item) => {
      await Bun.sleep(1);
      done.push(item);
      return item === 3 ? "stop" : "continue";
    });
    expect(started).toBeLessThanOrEqual(5);
    expect(done.length).toBe(started);
  });
  test("no items", async () => {
    expect(await forEachBounded([], 3, async () => "continue")).toBe(0);
  });
});

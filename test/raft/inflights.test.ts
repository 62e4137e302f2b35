/**
 * The pipelining window (inflights.ts): it fills up to its capacity and no further, frees every
 * append at or below an acknowledged index and nothing above, ignores stale acknowledgements,
 * and refuses appends out of index order. Checked against a plain array model on random input.
 */
import { describe, expect, test } from "bun:test";
import { AssertionError } from "../../src/lib/assert";
import { Prng } from "../../src/lib/prng";
import { Inflights } from "../../src/raft/inflights";
import { logIndex } from "../../src/raft/types";

describe("inflights", () => {
  test("fills to capacity and frees at or below an index", () => {
    const inflights = new Inflights(3);
    inflights.add(logIndex(2));
    inflights.add(logIndex(4));
    expect(inflights.full()).toBe(false);
    inflights.add(logIndex(7));
    expect(inflights.full()).toBe(true);
    expect(() => inflights.add(logIndex(9))).toThrow(AssertionError);
    inflights.freeLE(logIndex(4));
    expect(inflights.count).toBe(1);
    inflights.freeLE(logIndex(3));
    expect(inflights.count).toBe(1);
    inflights.freeLE(logIndex(7));
    expect(inflights.count).toBe(0);
  });

  test("refuses appends out of order", () => {
    const inflights = new Inflights(4);
    inflights.add(logIndex(5));
    expect(() => inflights.add(logIndex(5))).toThrow(AssertionError);
    expect(() => inflights.add(logIndex(3))).toThrow(AssertionError);
  });

  test("reset empties the window", () => {
    const inflights = new Inflights(2);
    inflights.add(logIndex(1));
    inflights.add(logIndex(2));
    inflights.reset();
    expect(inflights.count).toBe(0);
    expect(inflights.full()).toBe(false);
  });

  test("matches an array model on random operations", () => {
    const prng = new Prng(9);
    const inflights = new Inflights(5);
    let model: number[] = [];
    let last = 0;
    for (let step = 0; step < 5000; step += 1) {
      if (prng.chance(0.55) && model.length < 5) {
        last += prng.intBetween(1, 3);
        inflights.add(logIndex(last));
        model.push(last);
      } else {
        const acked = prng.intBetween(Math.max(0, last - 8), last);
        inflights.freeLE(logIndex(acked));
        model = model.filter((index) => index > acked);
      }
      expect(inflights.count).toBe(model.length);
      expect(inflights.full()).toBe(model.length === 5);
    }
  });
});

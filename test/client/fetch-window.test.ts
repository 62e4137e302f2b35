/**
 * What this proves: the read window (src/client/fetch-window.ts) asks every node at once, each
 * for at most perNodeMax chunks, and never has more than chunksMax chunks started ahead of the
 * one the consumer takes next; a failed chunk goes to the next node of its list before any new
 * chunk starts, a node found unreachable is asked only when no other is left, and a chunk
 * every node failed is exhausted. A random run against thousands of seeded outcomes checks
 * the bounds at every step and that every chunk is delivered once, in order, or the read ends
 * on an exhausted chunk.
 */
import { describe, expect, test } from "bun:test";
import { FetchWindow, type FetchAssignment } from "../../src/client/fetch-window";
import { Prng } from "../../src/lib/prng";

/** Locations as the read answer gives them: chunk i prefers node i mod n, then the rest in order. */
function rotated(chunks: number, nodes: readonly string[]): string[][] {
  return Array.from({ length: chunks }, (_, index) => nodes.map((_, k) => nodes[(index + k) % nodes.length] as string));
}

function drain(window: FetchWindow): FetchAssignment[] {
  const out: FetchAssignment[] = [];
  for (let next = window.next(); next !== null; next = window.next()) out.push(next);
  return out;
}

describe("FetchWindow", () => {
  test("every node is asked at once, each for at most perNodeMax, the window bounds the rest", () => {
    const window = new FetchWindow(rotated(20, ["a", "b", "c"]), 0, 19, { chunksMax: 8, perNodeMax: 2 });
    const first = drain(window);
    // Six fit (two per node); the seventh chunk prefers a node that is full, as do all after it.
    expect(first.map((each) => each.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(first.map((each) => each.nodeId)).toEqual(["a", "b", "c", "a", "b", "c"]);
    window.fetched(0, "a");
    expect(drain(window)).toEqual([{ index: 6, nodeId: "a" }]);
    window.fetched(6, "a");
    // Chunk 7 prefers b, then c (both full): it goes to a; chunk 8 finds every node full.
    expect(drain(window)).toEqual([{ index: 7, nodeId: "a" }]);
    expect(window.fetching).toBe(6);
    window.fetched(1, "b");
    window.fetched(2, "c");
    // Eight started and none delivered: the window (8) is full however idle the nodes are.
    expect(drain(window)).toEqual([]);
    window.deliver();
    expect(window.delivered).toBe(1);
    expect(drain(window)).toEqual([{ index: 8, nodeId: "c" }]);
  });

  test("a failed chunk goes to its next node first; a chunk every node failed is exhausted", () => {
    const window = new FetchWindow(rotated(4, ["a", "b"]), 0, 3, { chunksMax: 4, perNodeMax: 1 });
    expect(drain(window)).toEqual([{ index: 0, nodeId: "a" }, { index: 1, nodeId: "b" }]);
    expect(window.failed(0, "a", true)).toBe("retry");
    // The retry of chunk 0 waits for b (its only untried node) rather than letting chunk 2 take a.
    expect(drain(window)).toEqual([{ index: 2, nodeId: "a" }]);
    window.fetched(1, "b");
    expect(drain(window)).toEqual([{ index: 0, nodeId: "b" }]);
    expect(window.failed(0, "b", true)).toBe("exhausted");
  });

  test("a node found unreachable is asked only when no other is left", () => {
    const window = new FetchWindow(rotated(6, ["a", "b"]), 0, 5, { chunksMax: 6, perNodeMax: 1 });
    expect(drain(window)).toEqual([{ index: 0, nodeId: "a" }, { index: 1, nodeId: "b" }]);
    expect(window.failed(0, "a", false)).toBe("retry");
    // Chunk 2 prefers a, which is down: b is busy, so it waits for b rather than asking a.
    expect(drain(window)).toEqual([]);
    window.fetched(1, "b");
    expect(drain(window)).toEqual([{ index: 0, nodeId: "b" }]);
    window.fetched(0, "b");
    expect(drain(window)).toEqual([{ index: 2, nodeId: "b" }]);
  });

  test("an empty range is done at once; a range starts where it is asked", () => {
    expect(drain(new FetchWindow([], 0, -1, { chunksMax: 4, perNodeMax: 2 }))).toEqual([]);
    const window = new FetchWindow(rotated(10, ["a"]), 7, 9, { chunksMax: 4, perNodeMax: 4 });
    expect(drain(window).map((each) => each.index)).toEqual([7, 8, 9]);
    expect(window.delivered).toBe(7);
  });

  test("random outcomes: bounds hold at every step, chunks are delivered once and in order", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const prng = new Prng(seed);
      const nodes = ["a", "b", "c", "d"].slice(0, 1 + prng.intBetween(0, 3));
      const chunks = prng.intBetween(0, 39);
      const limits = { chunksMax: prng.intBetween(1, 8), perNodeMax: prng.intBetween(1, 3) };
      const window = new FetchWindow(rotated(chunks, nodes), 0, chunks - 1, limits);
      const inFlight: FetchAssignment[] = [];
      const delivered: number[] = [];
      let exhausted = false;
      // Bounded: each turn ends one fetch or delivers one chunk; a chunk fails at most once per node.
      for (let turn = 0; turn < 10_000 && !exhausted && delivered.length < chunks; turn += 1) {
        inFlight.push(...drain(window));
        const perNode = new Map<string, number>();
        for (const each of inFlight) perNode.set(each.nodeId, (perNode.get(each.nodeId) ?? 0) + 1);
        for (const count of perNode.values()) expect(count).toBeLessThanOrEqual(limits.perNodeMax);
        for (const each of inFlight) expect(each.index).toBeLessThan(window.delivered + limits.chunksMax);
        if (window.isFetched(window.delivered) && (inFlight.length === 0 || prng.chance(0.5))) {
          delivered.push(window.delivered);
          window.deliver();
          continue;
        }
        expect(inFlight.length).toBeGreaterThan(0);
        const [ending] = inFlight.splice(prng.intBetween(0, inFlight.length - 1), 1);
        if (ending === undefined) throw new Error("a fetch in flight");
        const roll = prng.intBetween(0, 9);
        if (roll < 7) window.fetched(ending.index, ending.nodeId);
        else exhausted = window.failed(ending.index, ending.nodeId, roll !== 9) === "exhausted";
      }
      if (!exhausted) expect(delivered).toEqual(Array.from({ length: chunks }, (_, index) => index));
    }
  });
});

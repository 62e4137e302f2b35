/**
 * The sweep's spare list: a noted digest is spared by exactly the next sweep, and when more
 * than recentChunksMax digests are noted between sweeps the list is dropped and the next sweep
 * spares everything, so memory stays bounded without ever losing the promise.
 */
import { describe, expect, test } from "bun:test";
import { digestOf } from "../../src/files/sha256";
import { RecentChunks, recentChunksMax } from "../../src/storage/recent-chunks";

const digest = (seed: number) => digestOf(new TextEncoder().encode(String(seed)));

describe("recent chunks", () => {
  test("a noted digest is spared by the next sweep only", () => {
    const recent = new RecentChunks();
    recent.note(digest(1));
    const first = recent.takeForSweep();
    expect(first(digest(1))).toBe(true);
    expect(first(digest(2))).toBe(false);
    expect(recent.takeForSweep()(digest(1))).toBe(false);
  });

  test("overflow spares everything once, then resets", () => {
    const recent = new RecentChunks();
    for (let seed = 0; seed <= recentChunksMax; seed += 1) recent.note(digest(seed));
    const sweep = recent.takeForSweep();
    expect(sweep(digest(-1))).toBe(true);
    expect(sweep(digest(0))).toBe(true);
    expect(recent.takeForSweep()(digest(0))).toBe(false);
  });
});

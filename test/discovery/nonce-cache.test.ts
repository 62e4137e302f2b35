/**
 * What this proves about the replay cache: a nonce is admitted once and refused as a replay
 * afterwards; the cache never holds more than its capacity; when full of entries whose
 * requests could still pass as fresh it refuses new nonces instead of evicting a live one;
 * and an entry whose request has become stale is swept to make room (exactly at the edge of
 * the freshness window it is still kept, one ms later it may go).
 */
import { describe, expect, test } from "bun:test";
import { freshnessWindowMs, nonceBytes } from "../../src/discovery/add-node-request";
import { NonceCache } from "../../src/discovery/nonce-cache";

function nonce(value: number): Uint8Array {
  const bytes = new Uint8Array(nonceBytes);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

const t0 = 1_000_000;

describe("nonce cache", () => {
  test("admits a nonce once, then reports a replay", () => {
    const cache = new NonceCache(8);
    expect(cache.admit(nonce(1), t0, t0)).toBe("recorded");
    expect(cache.admit(nonce(1), t0, t0 + 5)).toBe("replay");
    expect(cache.admit(nonce(2), t0, t0 + 5)).toBe("recorded");
    expect(cache.size).toBe(2);
  });

  test("a full cache of live entries refuses rather than evicts; stale entries make room", () => {
    const capacity = 16;
    const cache = new NonceCache(capacity);
    for (let index = 0; index < capacity; index += 1) expect(cache.admit(nonce(index), t0 + index, t0)).toBe("recorded");
    expect(cache.size).toBe(capacity);
    expect(cache.admit(nonce(100), t0, t0)).toBe("full");
    // Entry 0 (stamped t0) is still inside the window at t0 + window: nothing may go yet.
    expect(cache.admit(nonce(101), t0, t0 + freshnessWindowMs)).toBe("full");
    expect(cache.admit(nonce(0), t0, t0 + freshnessWindowMs)).toBe("replay");
    // One ms later entry 0 is stale (its request would be refused as such): it is swept.
    expect(cache.admit(nonce(102), t0, t0 + freshnessWindowMs + 1)).toBe("recorded");
    expect(cache.size).toBe(capacity);
    expect(cache.admit(nonce(1), t0 + 1, t0 + freshnessWindowMs + 1)).toBe("replay");
  });

  test("never exceeds capacity under a long stream of nonces", () => {
    const capacity = 64;
    const cache = new NonceCache(capacity);
    let refused = 0;
    for (let index = 0; index < 10_000; index += 1) {
      const now = t0 + index * 10; // 100 per second against a 30 s window
      if (cache.admit(nonce(index), now, now) === "full") refused += 1;
      expect(cache.size).toBeLessThanOrEqual(capacity);
    }
    expect(refused).toBeGreaterThan(0);
  });

  test("a retention shorter than the freshness window is refused as a bug", () => {
    expect(() => new NonceCache(8, freshnessWindowMs - 1)).toThrow();
  });
});

/**
 * What this proves about the log rate limit: within one interval at most N lines per reason
 * get through; reasons are limited independently; when a new interval opens, the first line
 * carries the count of lines suppressed since the last emitted one, and that count then
 * starts again from zero. A clock that steps back opens a new window instead of muting.
 */
import { describe, expect, test } from "bun:test";
import { RateLimitedLog } from "../../src/discovery/rate-limited-log";

describe("rate-limited log", () => {
  test("at most N per interval per reason, suppressed count reported in the next line", () => {
    const log = new RateLimitedLog<"bad-hmac" | "malformed">(3, 1_000);
    const emitted = (reason: "bad-hmac" | "malformed", now: number): number | null => {
      const decision = log.admit(reason, now);
      return decision.emit ? decision.suppressed : null;
    };
    expect([emitted("bad-hmac", 0), emitted("bad-hmac", 1), emitted("bad-hmac", 2)]).toEqual([0, 0, 0]);
    for (let index = 0; index < 10; index += 1) expect(emitted("bad-hmac", 10 + index)).toBeNull();
    // Another reason has its own budget.
    expect(emitted("malformed", 20)).toBe(0);
    // Still the same window for bad-hmac at 999.
    expect(emitted("bad-hmac", 999)).toBeNull();
    // A new window: the first line reports the 11 suppressed ones, the next reports none.
    expect(emitted("bad-hmac", 1_000)).toBe(11);
    expect(emitted("bad-hmac", 1_001)).toBe(0);
  });

  test("a flood of 100k lines over 10 intervals emits exactly 10 × N", () => {
    const log = new RateLimitedLog<"garbage">(5, 1_000);
    let emitted = 0;
    let reported = 0;
    for (let index = 0; index < 100_000; index += 1) {
      const decision = log.admit("garbage", Math.floor(index / 10_000) * 1_000 + (index % 1_000));
      if (decision.emit) {
        emitted += 1;
        reported += decision.suppressed;
      }
    }
    expect(emitted).toBe(50);
    // Everything but the lines of the last window's tail is accounted for in some line.
    expect(reported).toBe(100_000 - 50 - (10_000 - 5));
  });

  test("a clock that steps back opens a new window", () => {
    const log = new RateLimitedLog<"x">(1, 1_000);
    expect(log.admit("x", 5_000).emit).toBe(true);
    expect(log.admit("x", 5_001).emit).toBe(false);
    expect(log.admit("x", 4_000)).toEqual({ emit: true, suppressed: 1 });
  });
});

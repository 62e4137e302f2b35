/**
 * The shared/exclusive lock that keeps chunk puts and the sweep apart: shared holders overlap,
 * an exclusive holder runs alone, and a waiting exclusive holder stops new shared holders from
 * entering (so a stream of puts cannot starve the sweep). Checked by recording the order in
 * which bodies start and end.
 */
import { describe, expect, test } from "bun:test";
import { SharedExclusiveLock } from "../../src/storage/shared-exclusive-lock";

describe("shared/exclusive lock", () => {
  test("shared holders overlap; the exclusive one waits for them and runs alone", async () => {
    const lock = new SharedExclusiveLock();
    const trace: string[] = [];
    const body = (name: string, ms: number) => async () => {
      trace.push(`${name}+`);
      await Bun.sleep(ms);
      trace.push(`${name}-`);
    };
    const a = lock.shared(body("a", 30));
    const b = lock.shared(body("b", 10));
    const x = lock.exclusive(body("x", 10));
    const c = lock.shared(body("c", 1)); // arrives while x waits: must run after x
    await Promise.all([a, b, x, c]);
    expect(trace.slice(0, 2)).toEqual(["a+", "b+"]);
    const xStart = trace.indexOf("x+");
    expect(xStart).toBeGreaterThan(trace.indexOf("a-"));
    expect(xStart).toBeGreaterThan(trace.indexOf("b-"));
    expect(trace[xStart + 1]).toBe("x-");
    expect(trace.indexOf("c+")).toBeGreaterThan(trace.indexOf("x-"));
  });

  test("a failing body releases the lock", async () => {
    const lock = new SharedExclusiveLock();
    await expect(lock.exclusive(async () => { throw new Error("boom"); })).rejects.toThrow("boom");
    expect(await lock.shared(async () => 7)).toBe(7);
  });
});

/**
 * Proves the buffer pool lends at most buffersMax buffers, reuses the ones given back (the
 * point of it: no fresh megabyte per chunk), hands a returned buffer straight to the first
 * borrower in line, refuses borrowers beyond waitersMax, and refuses (as a bug) a buffer given
 * back twice or one it never lent.
 */
import { describe, expect, test } from "bun:test";
import { BufferPool } from "../../src/lib/buffer-pool";

describe("BufferPool", () => {
  test("lends up to its bound, then reuses what comes back", () => {
    const pool = new BufferPool(16, 2, 0);
    const first = pool.tryTake();
    const second = pool.tryTake();
    expect(first?.length).toBe(16);
    expect(second).not.toBe(first);
    expect(pool.tryTake()).toBeNull();
    expect(pool.take()).toBeNull();
    if (first === null) throw new Error("lent");
    expect(pool.lends(first.subarray(4, 8))).toBe(true);
    // Through a view of it, as a frame body comes back as the view of its payload.
    pool.give(first.subarray(4, 8));
    expect(pool.lends(first)).toBe(false);
    expect(pool.lentCount).toBe(1);
    expect(pool.tryTake()).toBe(first);
  });

  test("a buffer given back goes to the first borrower in line, and the line is bounded", async () => {
    const pool = new BufferPool(8, 1, 2);
    const only = pool.tryTake();
    if (only === null) throw new Error("lent");
    const order: string[] = [];
    const a = pool.take()?.then((buffer) => {
      order.push("a");
      return buffer;
    });
    const b = pool.take()?.then((buffer) => {
      order.push("b");
      return buffer;
    });
    expect(pool.take()).toBeNull();
    expect(pool.waiting).toBe(2);
    pool.give(only);
    expect(await a).toBe(only);
    expect(pool.lentCount).toBe(1);
    pool.give(only);
    expect(await b).toBe(only);
    expect(order).toEqual(["a", "b"]);
    pool.give(only);
    expect(pool.lentCount).toBe(0);
  });

  test("giving back twice, or a buffer it never lent, is a bug", () => {
    const pool = new BufferPool(8, 1, 0);
    const lent = pool.tryTake();
    if (lent === null) throw new Error("lent");
    pool.give(lent);
    expect(() => pool.give(lent)).toThrow("only a buffer this pool lent");
    expect(() => pool.give(new Uint8Array(8))).toThrow("only a buffer this pool lent");
  });
});

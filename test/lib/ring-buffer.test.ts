/**
 * Proves the ring buffer keeps FIFO order from the back, LIFO order at the front, wraps
 * around its fixed slots in both directions, refuses to grow past its capacity (an assertion,
 * since callers must check full() first), and that removeWhere keeps the order of what stays.
 * A random test compares it with a plain array on thousands of operations.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { RingBuffer } from "../../src/lib/ring-buffer";

describe("RingBuffer", () => {
  test("pushBack is FIFO, pushFront puts an item at the head", () => {
    const deque = new RingBuffer<number>(4);
    deque.push(1);
    deque.push(2);
    deque.pushFront(0);
    expect([...deque]).toEqual([0, 1, 2]);
    expect(deque.peek()).toBe(0);
    expect(deque.shift()).toBe(0);
    expect(deque.length).toBe(2);
  });

  test("a full deque refuses both pushes, an empty one shifts undefined", () => {
    const deque = new RingBuffer<number>(2);
    expect(deque.shift()).toBeUndefined();
    deque.pushFront(1);
    deque.pushFront(0);
    expect(deque.full()).toBe(true);
    expect(() => deque.push(2)).toThrow();
    expect(() => deque.pushFront(2)).toThrow();
    expect([...deque]).toEqual([0, 1]);
    expect(() => new RingBuffer<number>(0)).toThrow();
  });

  test("removeWhere removes matches and keeps the rest in order", () => {
    const deque = new RingBuffer<number>(8);
    for (const item of [5, 6, 7]) deque.push(item);
    for (const item of [4, 3]) deque.pushFront(item);
    expect(deque.removeWhere((item) => item % 2 === 0)).toEqual([4, 6]);
    expect([...deque]).toEqual([3, 5, 7]);
    expect(deque.removeWhere(() => false)).toEqual([]);
    expect(deque.length).toBe(3);
  });

  test("matches a plain array on random operations", () => {
    const prng = new Prng(11);
    const deque = new RingBuffer<number>(7);
    let model: number[] = [];
    for (let step = 0; step < 5000; step += 1) {
      const operation = prng.intBetween(0, 4);
      if (operation === 0 && !deque.full()) {
        deque.push(step);
        model.push(step);
      } else if (operation === 1 && !deque.full()) {
        deque.pushFront(step);
        model.unshift(step);
      } else if (operation === 2) {
        expect(deque.shift()).toBe(model.shift());
      } else if (operation === 3) {
        expect(deque.pop()).toBe(model.pop());
      } else {
        const modulus = prng.intBetween(2, 5);
        expect(deque.removeWhere((item) => item % modulus === 0)).toEqual(model.filter((item) => item % modulus === 0));
        model = model.filter((item) => item % modulus !== 0);
      }
      expect([...deque]).toEqual(model);
      expect(deque.full()).toBe(model.length === 7);
      expect(deque.empty()).toBe(model.length === 0);
    }
  });
});

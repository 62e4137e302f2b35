/**
 * The ReadIndex queue (read-only.ts): each read gets its own sequence even with the same
 * context; an acknowledgement of sequence s releases every read up to s in order and none after
 * it; acknowledgements for unknown (released or never issued) sequences are ignored; the queue
 * is bounded; and the heartbeat context encoding of a sequence round-trips and rejects garbage.
 */
import { describe, expect, test } from "bun:test";
import { AssertionError } from "../../src/lib/assert";
import { decodeReadSequence, encodeReadSequence, ReadOnly } from "../../src/raft/read-only";
import { logIndex, nodeId } from "../../src/raft/types";

const context = new TextEncoder().encode("same");

describe("read-only", () => {
  test("same context, separate requests; release up to a sequence, in order", () => {
    const reads = new ReadOnly(8);
    const first = reads.add(logIndex(5), nodeId("n1"), context);
    const second = reads.add(logIndex(5), nodeId("n1"), context);
    const third = reads.add(logIndex(6), nodeId("n2"), context);
    expect(new Set([first, second, third]).size).toBe(3);
    expect(reads.recordAck(second, nodeId("n2"))?.has(nodeId("n2"))).toBe(true);
    expect(reads.release(second).map((r) => r.sequence)).toEqual([first, second]);
    expect(reads.count).toBe(1);
    // A late acknowledgement of a released read changes nothing.
    expect(reads.recordAck(first, nodeId("n3"))).toBeNull();
    expect(reads.release(first)).toEqual([]);
    expect(reads.release(third).map((r) => r.index)).toEqual([logIndex(6)]);
  });

  test("the queue is bounded", () => {
    const reads = new ReadOnly(2);
    reads.add(logIndex(1), nodeId("n1"), context);
    reads.add(logIndex(1), nodeId("n1"), context);
    expect(reads.full()).toBe(true);
    expect(() => reads.add(logIndex(1), nodeId("n1"), context)).toThrow(AssertionError);
    reads.reset();
    expect(reads.count).toBe(0);
  });

  test("sequence contexts round-trip; other contexts are not sequences", () => {
    for (const sequence of [1, 2, 255, 65_536, 2 ** 40]) expect(decodeReadSequence(encodeReadSequence(sequence))).toBe(sequence);
    expect(decodeReadSequence(new Uint8Array(0))).toBeNull();
    expect(decodeReadSequence(new Uint8Array(7))).toBeNull();
    expect(decodeReadSequence(new Uint8Array(8))).toBeNull();
    expect(() => encodeReadSequence(0)).toThrow(AssertionError);
  });
});

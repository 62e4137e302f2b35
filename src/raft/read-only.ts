/**
 * Linearizable reads without a log entry (Raft thesis §6.4, ReadIndex). The leader records the
 * commit index when a read arrives, then confirms it is still the leader with a heartbeat round;
 * once a quorum has answered that round, the read may be served once the application has
 * applied up to the recorded index.
 *
 * Each request gets its own sequence number, and the heartbeats of its round carry that number,
 * not the caller's context: two reads with the same context stay two requests, and a response to
 * an earlier round can confirm only requests made before that round was sent. A heartbeat
 * response for sequence s proves leadership after every request with sequence <= s was made,
 * so a quorum for s releases all of them, in order.
 */
import { assert } from "../lib/assert";
import type { LogIndex, NodeId } from "./types";

export interface ReadRequest {
  readonly sequence: number;
  /** Commit index when the read arrived: the read may be served once this is applied. */
  readonly index: LogIndex;
  /** Who asked: the leader itself or a follower that forwarded the read. */
  readonly from: NodeId;
  readonly context: Uint8Array;
  readonly acks: Set<NodeId>;
}

export class ReadOnly {
  private readonly pending: ReadRequest[] = [];
  private sequenceLast = 0;

  constructor(private readonly pendingMax: number) {
    assert(pendingMax > 0, "at least one read can wait");
  }

  get count(): number {
    return this.pending.length;
  }

  full(): boolean {
    return this.pending.length >= this.pendingMax;
  }

  /** Records a read; returns the sequence its heartbeat round must carry. */
  add(index: LogIndex, from: NodeId, context: Uint8Array): number {
    assert(!this.full(), "read queue has room");
    this.sequenceLast += 1;
    const last = this.pending[this.pending.length - 1];
    assert(last === undefined || last.index <= index, "commit never moves back within a term");
    this.pending.push({ sequence: this.sequenceLast, index, from, context, acks: new Set() });
    return this.sequenceLast;
  }

  /** Records that `from` answered the round of `sequence`; returns the acks, or null if unknown. */
  recordAck(sequence: number, from: NodeId): ReadonlySet<NodeId> | null {
    const request = this.pending.find((r) => r.sequence === sequence);
    if (request === undefined) return null;
    request.acks.add(from);
    return request.acks;
  }

  /** Removes and returns every request with sequence <= `sequence`, oldest first. */
  release(sequence: number): ReadRequest[] {
    let count = 0;
    while (count < this.pending.length && (this.pending[count]?.sequence ?? Infinity) <= sequence) count += 1;
    const released = this.pending.splice(0, count);
    assert(released.every((r) => r.sequence <= sequence), "only confirmed reads are released");
    return released;
  }

  reset(): void {
    this.pending.length = 0;
  }
}

/** A heartbeat context carrying a read sequence: 8 bytes, big-endian. */
export function encodeReadSequence(sequence: number): Uint8Array {
  assert(Number.isSafeInteger(sequence), "sequence is a safe integer");
  assert(sequence > 0, "sequence is positive");
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, sequence, false);
  return bytes;
}

/** The sequence in a heartbeat-response context, or null if it carries none (or garbage). */
export function decodeReadSequence(context: Uint8Array): number | null {
  if (context.byteLength !== 8) return null;
  const value = new DataView(context.buffer, context.byteOffset, 8).getFloat64(0, false);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/**
 * The bounded queue of frames waiting for a socket to accept them. A TCP socket accepts only
 * what fits in the kernel's send buffer (Bun's `write` returns the bytes taken, possibly
 * fewer than offered); the rest waits here until the socket drains. Both the pending bytes
 * and the number of frames are bounded: a caller checks `hasRoom` first and is told "busy"
 * otherwise, so a slow peer can never make this queue grow.
 */
import { assert } from "../lib/assert";
import { RingBuffer } from "../lib/ring-buffer";

/** Frames pending per connection, whatever their size; many tiny frames are bounded too. */
export const outboxFramesMax = 4_096;
assert(outboxFramesMax > 1, "an outbox must hold a frame in flight and one behind it");

/** Writes bytes to the socket; returns how many it took (< 0: the socket is closed). */
export type WriteBytes = (data: Uint8Array) => number;

export type FlushResult = "drained" | "blocked" | "closed";

export class Outbox {
  private readonly frames = new RingBuffer<Uint8Array>(outboxFramesMax);
  /** Bytes of the head frame already written. Invariant: < head frame's length. */
  private headWritten = 0;
  private pendingBytes = 0;
  private pendingBytesPeak = 0;
  /**
   * What to call once a frame's bytes are no longer held here (written to the socket, or
   * dropped): the owner of a reused buffer takes it back then. Keyed by the frame's identity;
   * only the few frames that carry a reused buffer have an entry.
   */
  private readonly releases = new Map<Uint8Array, () => void>();

  constructor(readonly bytesMax: number) {
    assert(Number.isInteger(bytesMax), "outbox bytesMax must be an integer");
    assert(bytesMax > 0, "outbox bytesMax must be positive");
  }

  /** Bytes accepted but not yet taken by the socket. Invariant: <= bytesMax. */
  get bytes(): number {
    return this.pendingBytes;
  }

  /** The most bytes ever pending at once, for tests and metrics. */
  get bytesPeak(): number {
    return this.pendingBytesPeak;
  }

  get frameCount(): number {
    return this.frames.length;
  }

  empty(): boolean {
    return this.frames.empty();
  }

  hasRoom(frameBytes: number): boolean {
    return !this.frames.full() && this.pendingBytes + frameBytes <= this.bytesMax;
  }

  /**
   * Queues a frame and writes as much as the socket takes. The frame must be owned by the
   * outbox from now on: the caller does not reuse it until `release` (when given) is called,
   * once, when the last of its bytes went to the socket or the outbox dropped it.
   */
  push(frame: Uint8Array, write: WriteBytes, release?: () => void): FlushResult {
    assert(frame.length > 0, "a frame has at least its header");
    assert(this.hasRoom(frame.length), "outbox push without room: check hasRoom first");
    if (release !== undefined) {
      assert(!this.releases.has(frame), "a frame is queued once");
      this.releases.set(frame, release);
    }
    this.frames.push(frame);
    this.pendingBytes += frame.length;
    this.pendingBytesPeak = Math.max(this.pendingBytesPeak, this.pendingBytes);
    return this.flush(write);
  }

  /** Writes pending frames in order until the socket stops taking bytes. */
  flush(write: WriteBytes): FlushResult {
    // Bounded: at most one turn per queued frame, plus the one that blocks.
    for (let turn = 0; turn <= outboxFramesMax; turn += 1) {
      const head = this.frames.peek();
      if (head === undefined) return "drained";
      const rest = head.subarray(this.headWritten);
      const written = write(rest);
      if (written < 0) return "closed";
      assert(written <= rest.length, "the socket took no more than offered");
      this.pendingBytes -= written;
      if (written < rest.length) {
        this.headWritten += written;
        return "blocked";
      }
      this.frames.shift();
      this.headWritten = 0;
      if (this.releases.size > 0) this.release(head);
    }
    assert(this.frames.empty(), "flush ended with frames left but no block");
    return "drained";
  }

  /** Drops everything (the connection closed). */
  clear(): void {
    const dropped = this.frames.drain(outboxFramesMax);
    this.headWritten = 0;
    this.pendingBytes = 0;
    if (this.releases.size > 0) for (const frame of dropped) this.release(frame);
    assert(this.frames.empty(), "cleared outbox is empty");
    assert(this.releases.size === 0, "every dropped frame was released");
  }

  private release(frame: Uint8Array): void {
    const release = this.releases.get(frame);
    if (release === undefined) return;
    this.releases.delete(frame);
    release();
  }
}

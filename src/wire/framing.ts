/**
 * Frames on a byte stream: a 4-byte big-endian body length, then the body (one encoded
 * Envelope). TCP delivers arbitrary slices, so the decoder accepts partial and coalesced
 * reads; it checks the announced length against a hard maximum *before* allocating, so a
 * peer cannot make us reserve memory by lying in a header.
 */
import { assert } from "../lib/assert";
import type { BufferPool } from "../lib/buffer-pool";
import { receivedBodies } from "../lib/memory-pacer";
import { err, ok, type Result } from "../lib/result";
import { chunkBytesDefault, inlineBytesMax } from "../files/limits";

/** Bytes of the length prefix. */
export const frameHeaderBytes = 4;
/** Room for the envelope fields around a chunk (name, digests, ids): generous on purpose. */
export const frameOverheadBytes = 64 << 10;
/** Default maximum body size of one frame: one default chunk plus its envelope. */
export const frameBytesMaxDefault = chunkBytesDefault + frameOverheadBytes;
/**
 * Ceiling for any channel's configured maximum. A channel may raise its limit for larger
 * chunks, but never past this: the decoder may hold one whole frame in memory per connection.
 */
export const frameBytesMaxLimit = 64 << 20;

assert(frameHeaderBytes === 4, "the length prefix is a uint32");
assert(frameOverheadBytes < chunkBytesDefault, "the envelope overhead is small next to a chunk");
assert(frameBytesMaxDefault > chunkBytesDefault, "one default chunk must fit in one frame");
assert(frameBytesMaxDefault <= frameBytesMaxLimit, "the default maximum is within the ceiling");
assert(frameBytesMaxLimit < 2 ** 32, "a body length must fit in the uint32 prefix");
// A read answer carrying a small file whole (ReadResponse.inline_data) fits any frame: the file
// fits one chunk (fitsInline), every channel's frames hold a chunk and frameOverheadBytes, and
// even the content alone would fit the overhead.
assert(inlineBytesMax <= frameOverheadBytes, "a read answer carrying a small file whole (ReadResponse.inline_data) fits any frame");

/** Checks a configured per-channel maximum; a bad value is a configuration bug. */
export function assertFrameBytesMax(frameBytesMax: number): void {
  assert(Number.isInteger(frameBytesMax), "frameBytesMax must be an integer");
  assert(frameBytesMax > 0, "frameBytesMax must be positive");
  assert(frameBytesMax <= frameBytesMaxLimit, "frameBytesMax must not exceed frameBytesMaxLimit");
}

export type FrameErrorKind = "too-large" | "truncated";

/** An operating error of the byte stream: the connection that produced it must be closed. */
export class FrameError extends Error {
  override readonly name = "FrameError";
  constructor(
    readonly kind: FrameErrorKind,
    /** too-large: the announced body size; truncated: the bytes of the unfinished frame held. */
    readonly bodyBytes: number,
    readonly frameBytesMax: number,
  ) {
    super(kind === "too-large"
      ? `frame body of ${bodyBytes} bytes exceeds the maximum of ${frameBytesMax}`
      : `stream ended inside a frame (${bodyBytes} bytes held)`);
  }
}

/**
 * Incremental decoder for one connection. Memory held is at most one header (4 bytes) plus
 * one body buffer of exactly the announced size (<= frameBytesMax), so never more than
 * frameBytesMax + 4 bytes. After an error the decoder is poisoned: every later push returns
 * the same error, because nothing after a bad header can be trusted to be aligned.
 */
export class FrameDecoder {
  private readonly header = new Uint8Array(frameHeaderBytes);
  private headerFilled = 0;
  /** The body being assembled, allocated once its (checked) length is known; null between frames. */
  private body: Uint8Array | null = null;
  private bodyFilled = 0;
  private failure: FrameError | null = null;

  /**
   * With `bodies`, a body of more than half its buffer size is assembled in one of its buffers
   * when one is free (a chunk's frame: no fresh megabyte per chunk); whoever ends up holding
   * the body's payload gives the buffer back (BufferPool.give). Smaller bodies, and any when
   * the pool has none free, are fresh buffers as before.
   */
  constructor(private maxBytes: number = frameBytesMaxDefault, private readonly bodies: BufferPool | null = null) {
    assertFrameBytesMax(maxBytes);
  }

  get frameBytesMax(): number {
    return this.maxBytes;
  }

  /**
   * Changes the bound for frames not yet started (a connection raises it once the handshake
   * has proved who the peer is). A frame already being assembled keeps the size it announced.
   */
  setFrameBytesMax(frameBytesMax: number): void {
    assertFrameBytesMax(frameBytesMax);
    this.maxBytes = frameBytesMax;
  }

  /** Bytes of an unfinished frame currently held (header and body). */
  get bufferedBytes(): number {
    return this.headerFilled + this.bodyFilled;
  }

  /** Bytes reserved for the unfinished frame, the figure the bound applies to. */
  get reservedBytes(): number {
    return frameHeaderBytes + (this.body === null ? 0 : this.body.length);
  }

  get failed(): FrameError | null {
    return this.failure;
  }

  /**
   * Feeds one slice from the stream and calls `onFrame` with each complete body, in order.
   * The body handed to `onFrame` is owned by the callee (a fresh or pooled buffer, never a view
   * of `slice`), so it may be kept. Returns the number of frames completed, or the error.
   * If `onFrame` returns false, decoding stops (the caller is closing the connection).
   */
  push(slice: Uint8Array, onFrame: (body: Uint8Array) => boolean | void): Result<number, FrameError> {
    if (this.failure !== null) return err(this.failure);
    let offset = 0;
    let frames = 0;
    // Bounded: every turn consumes at least one byte of `slice` or completes a frame.
    while (offset < slice.length || this.bodyComplete()) {
      if (this.body === null) {
        offset += this.fillHeader(slice, offset);
        if (this.headerFilled < frameHeaderBytes) break;
        const started = this.startBody();
        if (!started.ok) return started;
      }
      offset += this.fillBody(slice, offset);
      if (!this.bodyComplete()) break;
      const body = this.takeBody();
      frames += 1;
      if (onFrame(body) === false) break;
    }
    assert(offset <= slice.length, "consumed no more than the slice");
    assert(this.body === null || this.body.length <= frameBytesMaxLimit, "decoder memory is bounded");
    return ok(frames);
  }

  /** The stream ended: an unfinished frame is a truncation. */
  end(): Result<void, FrameError> {
    if (this.failure !== null) return err(this.failure);
    if (this.bufferedBytes === 0) return ok(undefined);
    this.failure = new FrameError("truncated", this.bufferedBytes, this.frameBytesMax);
    return err(this.failure);
  }

  private fillHeader(slice: Uint8Array, offset: number): number {
    const count = Math.min(frameHeaderBytes - this.headerFilled, slice.length - offset);
    this.header.set(slice.subarray(offset, offset + count), this.headerFilled);
    this.headerFilled += count;
    return count;
  }

  private startBody(): Result<void, FrameError> {
    assert(this.headerFilled === frameHeaderBytes, "header complete before the body starts");
    const bodyBytes = new DataView(this.header.buffer).getUint32(0, false);
    // The check that matters: before allocating anything of the announced size.
    if (bodyBytes > this.frameBytesMax) {
      this.failure = new FrameError("too-large", bodyBytes, this.frameBytesMax);
      return err(this.failure);
    }
    this.body = this.bodyBuffer(bodyBytes);
    this.bodyFilled = 0;
    return ok(undefined);
  }

  private bodyBuffer(bodyBytes: number): Uint8Array {
    const pool = this.bodies;
    const pooled = pool === null || bodyBytes <= pool.bufferBytes / 2 || bodyBytes > pool.bufferBytes ? null : pool.tryTake()?.subarray(0, bodyBytes) ?? null;
    if (pooled !== null) return pooled;
    // Fresh: its garbage is paced (memory-pacer.ts); a pooled body comes back to its pool.
    receivedBodies.noteFreshBuffer(bodyBytes);
    return new Uint8Array(bodyBytes);
  }

  private fillBody(slice: Uint8Array, offset: number): number {
    const body = this.body;
    assert(body !== null, "a body is being assembled");
    const count = Math.min(body.length - this.bodyFilled, slice.length - offset);
    body.set(slice.subarray(offset, offset + count), this.bodyFilled);
    this.bodyFilled += count;
    return count;
  }

  private bodyComplete(): boolean {
    return this.body !== null && this.bodyFilled === this.body.length;
  }

  private takeBody(): Uint8Array {
    const body = this.body;
    assert(body !== null, "a complete body exists");
    assert(this.bodyFilled === body.length, "the body is complete");
    this.body = null;
    this.bodyFilled = 0;
    this.headerFilled = 0;
    return body;
  }
}

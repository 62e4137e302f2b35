/**
 * Upload assembly at the queue server, as pure logic. The manifest is checked once at the
 * gateway; then an Upload tracks, per chunk, whether it is still needed (missing, or arrived
 * corrupt or the wrong size), waits verified in the buffer, or was handed to the leader that
 * holds the write (cut-through: docs/protocol.md, "write"). The leader takes verified chunks as
 * they arrive, in any order; the queue server keeps no copy of what it handed on, so its memory
 * stays bounded by the buffer whatever the file size.
 *
 *   missing ──accept──▶ buffered ──take──▶ handed
 *      ▲  ╲ (corrupt, wrong size)              │
 *      │   ▶ corrupt ──accept──▶ buffered      │
 *      └───────────── resetHanded ─────────────┘  (the leader holding the write was lost)
 *
 * No I/O, no clock and no hashing library in here: the I/O shell passes `nowMs` (a monotonic
 * clock), and chunks arrive as VerifiedChunk (the wire codec checked each against the digest it
 * travelled with), so accepting one is comparing two digests, not hashing the bytes again.
 */
import { assert } from "../lib/assert";
import type { Digest } from "../files/digest";
import { chunkBytesMax, chunkCountMax } from "../files/limits";
import { chunkCountOf, chunkSizeAt, type Manifest } from "../files/manifest";
import type { VerifiedChunk } from "../files/verified";

/** Silence allowed after any progress, however little remains (a round trip, a slow start). */
export const uploadSilenceMsBase = 10_000;
/** Per chunk still needed: a digest check and a frame each. */
export const uploadSilenceMsPerChunk = 20;
/** Per MiB still needed: a client slower than 1 MiB/s may be timed out. */
export const uploadSilenceMsPerMiB = 1_000;
/** However big the rest, a client silent this long has gone: its upload slot is freed. */
export const uploadSilenceMsMax = 10 * 60_000;
/**
 * Verified chunks waiting for the leader, acknowledged to the client at once. Enough to cover
 * the leader's pull round trip, so neither side waits for the other while both keep up.
 */
export const uploadBufferChunks = 4;
/**
 * Verified chunks accepted beyond the buffer whose acknowledgement is held until the leader
 * takes one: the client's window (4 WriteChunks outstanding) stops it sending more. A chunk
 * beyond these is refused (busy): only a client that ignores its window meets that.
 */
export const uploadHeldChunksMax = 4;
/** Chunks one upload may hold in memory at once: the buffer and the held ones. */
export const uploadChunksInMemoryMax = uploadBufferChunks + uploadHeldChunksMax;
const bytesPerMiB = 1 << 20;

assert(uploadSilenceMsBase < uploadSilenceMsMax, "the cap must leave room above the base");
assert(
  uploadSilenceMsBase + uploadSilenceMsPerMiB * (chunkBytesMax / bytesPerMiB) <= uploadSilenceMsMax,
  "one chunk of the largest size must fit within the cap",
);
assert(uploadBufferChunks >= 1, "a chunk can wait for the leader");
assert(uploadHeldChunksMax >= 1, "a chunk can wait for room");

export type ChunkAcceptance = "accepted" | "corrupt" | "wrong-size" | "duplicate" | "out-of-range" | "busy";

/** Per-chunk state, one byte each. A corrupt chunk is needed again, like a missing one. */
const chunkMissing = 0;
const chunkCorrupt = 1;
const chunkBuffered = 2;
const chunkHanded = 3;

/**
 * One upload in progress. Invariants: receivedCount counts the chunks buffered or handed,
 * receivedBytes their size; buffer holds exactly the buffered chunks, oldest first.
 */
export class Upload {
  readonly chunkCount: number;
  private readonly chunkStates: Uint8Array;
  private receivedCount = 0;
  private receivedBytes = 0;
  private handedCount = 0;
  /** Buffered chunks in arrival order: the leader takes the oldest first. */
  private readonly buffer = new Map<number, VerifiedChunk>();
  /** Monotonic time of the last progress (creation, a chunk accepted or taken); the deadline counts from it. */
  private progressMs: number;

  constructor(
    readonly uploadId: number,
    readonly manifest: Manifest,
    nowMs: number,
  ) {
    assert(Number.isSafeInteger(uploadId) && uploadId > 0, "upload ids are positive integers");
    assert(Number.isFinite(nowMs), "nowMs must be a finite time");
    this.chunkCount = chunkCountOf(manifest.size, manifest.chunkBytes);
    assert(this.chunkCount === manifest.chunks.length, "a validated manifest has one digest per chunk");
    this.chunkStates = new Uint8Array(this.chunkCount);
    this.progressMs = nowMs;
  }

  /** The exact size chunk `index` must have: chunkBytes, except the last, which holds the rest. */
  chunkSizeAt(index: number): number {
    assert(this.inRange(index), "chunk index in range");
    const size = chunkSizeAt(this.manifest, index);
    assert(size > 0 && size <= this.manifest.chunkBytes, "every chunk holds 1..chunkBytes bytes");
    return size;
  }

  /**
   * Checks one chunk from the client (verified against the digest it travelled with). Only
   * "accepted" is progress, so only it pushes the deadline back: a client resending garbage
   * still times out. "busy": the buffer and the held chunks are full; the bytes are dropped
   * and the chunk stays needed.
   */
  accept(index: number, chunk: VerifiedChunk, nowMs: number): ChunkAcceptance {
    if (!this.inRange(index)) return "out-of-range";
    const state = this.chunkStates[index];
    if (state === chunkBuffered || state === chunkHanded) return "duplicate";
    if (chunk.bytes.length !== this.chunkSizeAt(index)) return "wrong-size";
    if (chunk.digest !== this.expectedDigest(index)) {
      this.chunkStates[index] = chunkCorrupt;
      return "corrupt";
    }
    if (this.buffer.size >= uploadChunksInMemoryMax) return "busy";
    this.chunkStates[index] = chunkBuffered;
    this.buffer.set(index, chunk);
    this.receivedCount += 1;
    this.receivedBytes += chunk.bytes.length;
    assert(this.receivedCount <= this.chunkCount, "no chunk is counted twice");
    assert(this.buffer.size <= uploadChunksInMemoryMax, "the buffer stays bounded");
    this.touch(nowMs);
    return "accepted";
  }

  /** Hands the oldest buffered chunk to the leader (the queue server keeps no copy), or null. */
  take(nowMs: number): { readonly index: number; readonly chunk: VerifiedChunk } | null {
    const first = this.buffer.entries().next();
    if (first.done === true) return null;
    const [index, chunk] = first.value;
    this.buffer.delete(index);
    assert(this.chunkStates[index] === chunkBuffered, "a buffered chunk is in state buffered");
    this.chunkStates[index] = chunkHanded;
    this.handedCount += 1;
    assert(this.handedCount <= this.receivedCount, "only received chunks are handed");
    this.touch(nowMs);
    return { index, chunk };
  }

  /** The leader holding the write was lost with what it took: those chunks are needed again. Returns how many. */
  resetHanded(): number {
    let reset = 0;
    for (let index = 0; index < this.chunkCount; index += 1) {
      if (this.chunkStates[index] !== chunkHanded) continue;
      this.chunkStates[index] = chunkMissing;
      this.receivedBytes -= this.chunkSizeAt(index);
      reset += 1;
    }
    assert(reset === this.handedCount, "every handed chunk was reset");
    this.receivedCount -= reset;
    this.handedCount = 0;
    assert(this.receivedCount === this.buffer.size, "what remains received is buffered");
    return reset;
  }

  /** How many accepted chunks may wait unacknowledged now: those beyond the buffer. */
  acksHeldAllowed(): number {
    return Math.max(0, this.buffer.size - uploadBufferChunks);
  }

  /** Indexes still needed (missing or corrupt), ascending, at most `limit` of them. */
  needed(limit: number = chunkCountMax): number[] {
    assert(Number.isInteger(limit) && limit >= 0, "limit must be a non-negative integer");
    const out: number[] = [];
    for (let index = 0; index < this.chunkCount && out.length < limit; index += 1) {
      const state = this.chunkStates[index];
      if (state === chunkMissing || state === chunkCorrupt) out.push(index);
    }
    assert(out.length <= limit, "never more than the limit");
    return out;
  }

  neededCount(): number {
    return this.chunkCount - this.receivedCount;
  }

  /** Chunks waiting in the buffer, and their bytes. */
  get bufferedCount(): number {
    return this.buffer.size;
  }

  /** True when the chunk arrived whole and verified (buffered or handed on). */
  has(index: number): boolean {
    const state = this.inRange(index) ? this.chunkStates[index] : chunkMissing;
    return state === chunkBuffered || state === chunkHanded;
  }

  /** Every chunk arrived verified (some may still wait in the buffer). */
  received(): boolean {
    const whole = this.receivedCount === this.chunkCount;
    assert(!whole || this.receivedBytes === this.manifest.size, "a received upload holds every byte");
    return whole;
  }

  /** Every chunk was handed to the leader: nothing of the file is left here. */
  handedAll(): boolean {
    const all = this.handedCount === this.chunkCount;
    assert(!all || this.buffer.size === 0, "nothing is buffered once everything was handed");
    return all;
  }

  /** Progress seen at `nowMs`: the silence allowance starts again from here. */
  touch(nowMs: number): void {
    assert(Number.isFinite(nowMs), "nowMs must be a finite time");
    // A clock that goes back must not shorten a deadline already promised.
    this.progressMs = Math.max(this.progressMs, nowMs);
  }

  /**
   * The time after which a silent client is timed out: the last progress plus an allowance
   * that scales with what is still needed (a base, per chunk, per MiB), capped.
   */
  deadlineMs(): number {
    return this.progressMs + silenceAllowanceMs(this.neededCount(), this.manifest.size - this.receivedBytes);
  }

  expired(nowMs: number): boolean {
    return nowMs >= this.deadlineMs();
  }

  private inRange(index: number): boolean {
    return Number.isInteger(index) && index >= 0 && index < this.chunkCount;
  }

  private expectedDigest(index: number): Digest {
    const digest = this.manifest.chunks[index];
    assert(digest !== undefined, "a validated manifest has a digest for every chunk");
    return digest;
  }
}

/** How long a client may stay silent with `chunks` chunks (`bytes` bytes) still to send. */
export function silenceAllowanceMs(chunks: number, bytes: number): number {
  assert(chunks >= 0 && bytes >= 0, "what remains is never negative");
  const allowance = uploadSilenceMsBase + uploadSilenceMsPerChunk * chunks + Math.ceil((uploadSilenceMsPerMiB * bytes) / bytesPerMiB);
  const capped = Math.min(allowance, uploadSilenceMsMax);
  assert(capped >= uploadSilenceMsBase, "never less than the base");
  return capped;
}

/** The memory an upload of this manifest may hold at once: its buffered and held chunks, at most. */
export function uploadMemoryBytes(manifest: Manifest): number {
  const chunks = Math.min(manifest.chunks.length, uploadChunksInMemoryMax);
  return chunks * manifest.chunkBytes;
}

/**
 * Upload assembly at the queue server, as pure logic: the manifest is checked once at the
 * gateway, then an Upload tracks which chunks have arrived with the right size and digest, which
 * are still needed (missing or corrupt), and when a client that went silent has used up its time.
 *
 * No I/O, no clock and no hashing library in here: the I/O shell passes `nowMs` (a monotonic
 * clock) and a `sha256` function, and it spools the bytes of an accepted chunk to disk itself.
 * The Upload keeps no chunk bytes, only one state byte per chunk, so memory stays bounded
 * whatever the file size.
 */
import { assert } from "../lib/assert";
import type { Digest } from "../files/digest";
import { chunkBytesMax, chunkCountMax } from "../files/limits";
import { chunkCountOf, chunkSizeAt, type Manifest } from "../files/manifest";

/** SHA-256 of the bytes. Injected so this file stays free of I/O and libraries. */
export type Sha256 = (bytes: Uint8Array) => Digest;

/** Silence allowed after any progress, however little remains (a round trip, a slow start). */
export const uploadSilenceMsBase = 10_000;
/** Per chunk still needed: a digest check, a spool write and a frame each. */
export const uploadSilenceMsPerChunk = 20;
/** Per MiB still needed: a client slower than 1 MiB/s may be timed out. */
export const uploadSilenceMsPerMiB = 1_000;
/** However big the rest, a client silent this long has gone: its upload slot is freed. */
export const uploadSilenceMsMax = 10 * 60_000;
const bytesPerMiB = 1 << 20;

assert(uploadSilenceMsBase < uploadSilenceMsMax, "the cap must leave room above the base");
assert(
  uploadSilenceMsBase + uploadSilenceMsPerMiB * (chunkBytesMax / bytesPerMiB) <= uploadSilenceMsMax,
  "one chunk of the largest size must fit within the cap",
);

export type ChunkAcceptance = "accepted" | "corrupt" | "wrong-size" | "duplicate" | "out-of-range";

/** Per-chunk state, one byte each. A corrupt chunk is needed again, like a missing one. */
const chunkMissing = 0;
const chunkCorrupt = 1;
const chunkVerified = 2;

/**
 * One upload in progress. Invariants: verifiedCount is the number of chunks in state verified,
 * verifiedBytes is their total size, and the upload is complete exactly when every chunk is.
 */
export class Upload {
  readonly chunkCount: number;
  private readonly chunkStates: Uint8Array;
  private verifiedCount = 0;
  private verifiedBytes = 0;
  /** Monotonic time of the last progress (creation, or a chunk accepted); the deadline counts from it. */
  private progressMs: number;

  constructor(
    readonly uploadId: number,
    readonly manifest: Manifest,
    private readonly sha256: Sha256,
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
   * Checks one chunk from the client. On "accepted" the shell spools `data` (and calls `forget`
   * if that write fails); on anything else it drops the bytes. Only "accepted" is progress, so
   * only it pushes the deadline back: a client resending garbage still times out.
   */
  accept(index: number, data: Uint8Array, nowMs: number): ChunkAcceptance {
    if (!this.inRange(index)) return "out-of-range";
    if (this.chunkStates[index] === chunkVerified) return "duplicate";
    if (data.length !== this.chunkSizeAt(index)) return "wrong-size";
    if (this.sha256(data) !== this.expectedDigest(index)) {
      this.chunkStates[index] = chunkCorrupt;
      return "corrupt";
    }
    this.chunkStates[index] = chunkVerified;
    this.verifiedCount += 1;
    this.verifiedBytes += data.length;
    assert(this.verifiedCount <= this.chunkCount, "no chunk is counted twice");
    this.touch(nowMs);
    return "accepted";
  }

  /** The shell could not keep an accepted chunk (spool write failed): ask the client again. */
  forget(index: number): void {
    assert(this.inRange(index), "chunk index in range");
    assert(this.chunkStates[index] === chunkVerified, "only an accepted chunk can be forgotten");
    this.chunkStates[index] = chunkMissing;
    this.verifiedCount -= 1;
    this.verifiedBytes -= this.chunkSizeAt(index);
    assert(this.verifiedCount >= 0 && this.verifiedBytes >= 0, "counts stay non-negative");
  }

  /** Indexes still needed (missing or corrupt), ascending, at most `limit` of them. */
  needed(limit: number = chunkCountMax): number[] {
    assert(Number.isInteger(limit) && limit >= 0, "limit must be a non-negative integer");
    const out: number[] = [];
    for (let index = 0; index < this.chunkCount && out.length < limit; index += 1) {
      if (this.chunkStates[index] !== chunkVerified) out.push(index);
    }
    assert(out.length <= limit, "never more than the limit");
    return out;
  }

  neededCount(): number {
    return this.chunkCount - this.verifiedCount;
  }

  /** True when the chunk has been received whole and verified. */
  has(index: number): boolean {
    return this.inRange(index) && this.chunkStates[index] === chunkVerified;
  }

  complete(): boolean {
    const whole = this.verifiedCount === this.chunkCount;
    assert(!whole || this.verifiedBytes === this.manifest.size, "a complete upload holds every byte");
    return whole;
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
    return this.progressMs + silenceAllowanceMs(this.neededCount(), this.manifest.size - this.verifiedBytes);
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

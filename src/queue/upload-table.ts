/**
 * The queue server's table of uploads in progress, as pure logic. It is bounded twice: in
 * count (uploadsMax, so per-upload state stays bounded) and in the chunk bytes those uploads
 * may hold in memory at once (memoryBytesMax: each reserves what its buffer and held chunks can
 * reach, upload-assembly.ts uploadMemoryBytes), so the queue server's memory has a stated bound
 * whatever the file sizes. When either bound is hit a new upload is told "busy, retry after N
 * ms", never queued. Nothing is spooled to disk: chunks stream on to the leader (cut-through).
 *
 * Upload ids are assigned monotonically and never reused while the process lives, so a late
 * chunk for a freed upload can never land in a newer one.
 */
import { assert } from "../lib/assert";
import { Upload, uploadChunksInMemoryMax, uploadMemoryBytes } from "./upload-assembly";
import type { Manifest } from "../files/manifest";
import { chunkBytesMax, fileBytesMax } from "../files/limits";

/** Concurrent uploads; each holds one state byte per chunk and its bounded buffer. */
export const uploadsMax = 64;
/** Chunk bytes all uploads in progress may hold in memory together (what their buffers reserve). */
export const memoryBytesMaxDefault = 256 << 20;
/** Bounds of the retry hint given to a client that found the table full. */
export const uploadBusyRetryMsMin = 500;
export const uploadBusyRetryMsMax = 5_000;

assert(uploadsMax > 0, "at least one upload must fit");
assert(Number.isSafeInteger(memoryBytesMaxDefault), "the memory bound is an exact integer");
assert(memoryBytesMaxDefault >= 4 * uploadChunksInMemoryMax * chunkBytesMax, "several uploads of the largest chunks fit at once");
assert(uploadBusyRetryMsMin > 0, "a retry hint must be positive");
assert(uploadBusyRetryMsMin <= uploadBusyRetryMsMax, "the retry hint range must not be empty");

export type BeginResult =
  | { readonly kind: "started"; readonly uploadId: number; readonly upload: Upload }
  /** Full: retry after the hint (time until the earliest upload would time out, clamped). */
  | { readonly kind: "busy"; readonly retryAfterMs: number }
  /** This upload alone needs more buffer than the whole table may hold: retrying cannot help. */
  | { readonly kind: "too-large"; readonly memoryBytes: number; readonly memoryBytesMax: number };

export interface UploadTableLimits {
  readonly uploadsMax: number;
  readonly memoryBytesMax: number;
}

export class UploadTable {
  /** In-progress uploads by id; insertion order is id order. Invariant: size <= limits.uploadsMax. */
  private readonly uploads = new Map<number, Upload>();
  /** Sum of the memory the uploads in the table reserve. Invariant: <= limits.memoryBytesMax. */
  private memoryBytes = 0;
  /** The id the next upload gets; ids start at 1 so 0 can mean "none" on the wire. */
  private nextUploadId = 1;
  readonly limits: UploadTableLimits;

  constructor(limits: Partial<UploadTableLimits> = {}) {
    this.limits = { uploadsMax: limits.uploadsMax ?? uploadsMax, memoryBytesMax: limits.memoryBytesMax ?? memoryBytesMaxDefault };
    assert(Number.isInteger(this.limits.uploadsMax), "uploadsMax must be an integer");
    assert(this.limits.uploadsMax > 0 && this.limits.uploadsMax <= uploadsMax, "uploadsMax within (0, uploadsMax]");
    assert(Number.isSafeInteger(this.limits.memoryBytesMax), "memoryBytesMax must be an integer");
    assert(this.limits.memoryBytesMax >= 0, "memoryBytesMax must not be negative");
  }

  get size(): number {
    return this.uploads.size;
  }

  /** Chunk bytes the uploads in progress may hold in memory together. */
  get memoryBytesReserved(): number {
    return this.memoryBytes;
  }

  /** Starts an upload of a manifest already checked by validateManifest. */
  begin(manifest: Manifest, nowMs: number): BeginResult {
    assert(manifest.size >= 0 && manifest.size <= fileBytesMax, "a validated manifest has a bounded size");
    const reserve = uploadMemoryBytes(manifest);
    if (reserve > this.limits.memoryBytesMax) {
      return { kind: "too-large", memoryBytes: reserve, memoryBytesMax: this.limits.memoryBytesMax };
    }
    const full = this.uploads.size >= this.limits.uploadsMax;
    if (full || this.memoryBytes + reserve > this.limits.memoryBytesMax) {
      return { kind: "busy", retryAfterMs: this.retryAfterMs(nowMs) };
    }
    const uploadId = this.nextUploadId;
    this.nextUploadId += 1;
    assert(Number.isSafeInteger(this.nextUploadId), "upload ids never run out in practice");
    const upload = new Upload(uploadId, manifest, nowMs);
    this.uploads.set(uploadId, upload);
    this.memoryBytes += reserve;
    assert(this.uploads.size <= this.limits.uploadsMax, "bounded in count");
    assert(this.memoryBytes <= this.limits.memoryBytesMax, "bounded in bytes");
    return { kind: "started", uploadId, upload };
  }

  get(uploadId: number): Upload | undefined {
    return this.uploads.get(uploadId);
  }

  /** Frees an upload (committed, failed or abandoned). False if absent. */
  remove(uploadId: number): boolean {
    const upload = this.uploads.get(uploadId);
    if (upload === undefined) return false;
    this.uploads.delete(uploadId);
    this.memoryBytes -= uploadMemoryBytes(upload.manifest);
    assert(this.memoryBytes >= 0, "reserved bytes never go negative");
    return true;
  }

  /**
   * Frees every upload whose client has been silent past its deadline and returns their ids,
   * ascending; the shell tells their clients and the leaders pulling them.
   */
  expire(nowMs: number): number[] {
    const freed: number[] = [];
    for (const [uploadId, upload] of this.uploads) if (upload.expired(nowMs)) freed.push(uploadId);
    for (const uploadId of freed) assert(this.remove(uploadId), "an expired upload is in the table");
    assert(freed.every((uploadId) => !this.uploads.has(uploadId)), "expired uploads are gone");
    return freed;
  }

  /** The earliest deadline in the table (when to call expire next), or null when empty. */
  nextDeadlineMs(): number | null {
    let earliest: number | null = null;
    for (const upload of this.uploads.values()) {
      const deadline = upload.deadlineMs();
      if (earliest === null || deadline < earliest) earliest = deadline;
    }
    return earliest;
  }

  /** Uploads in progress, in id order (for status and for the shell's housekeeping). */
  *entries(): IterableIterator<Upload> {
    yield* this.uploads.values();
  }

  private retryAfterMs(nowMs: number): number {
    const earliest = this.nextDeadlineMs();
    const untilFree = earliest === null ? uploadBusyRetryMsMin : earliest - nowMs;
    const hint = Math.min(uploadBusyRetryMsMax, Math.max(uploadBusyRetryMsMin, Math.ceil(untilFree)));
    assert(hint >= uploadBusyRetryMsMin && hint <= uploadBusyRetryMsMax, "the hint is clamped");
    return hint;
  }
}

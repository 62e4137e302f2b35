/**
 * The queue server's table of uploads in progress, as pure logic. It is bounded twice: in
 * count (uploadsMax, so per-upload state and open spool files stay bounded) and in the bytes
 * those uploads will spool (spoolBytesMax, so many large uploads cannot fill the data dir).
 * When either bound is hit a new upload is told "busy, retry after N ms", never queued.
 *
 * Upload ids are assigned monotonically and never reused while the process lives, so a late
 * chunk for a freed upload can never land in a newer one. (The I/O shell names spool files by
 * upload id; after a restart it starts with an empty spool dir.)
 */
import { assert } from "../lib/assert";
import { Upload, type Sha256 } from "./upload-assembly";
import type { Manifest } from "../files/manifest";
import { fileBytesMax } from "../files/limits";

/** Concurrent uploads; each holds one state byte per chunk and one spool file. */
export const uploadsMax = 64;
/** Bytes all uploads in progress may spool together (declared sizes). */
export const spoolBytesMaxDefault = 64 * 2 ** 30;
/** Bounds of the retry hint given to a client that found the table full. */
export const uploadBusyRetryMsMin = 500;
export const uploadBusyRetryMsMax = 5_000;

assert(uploadsMax > 0, "at least one upload must fit");
assert(Number.isSafeInteger(spoolBytesMaxDefault), "the spool bound is an exact integer");
assert(uploadBusyRetryMsMin > 0, "a retry hint must be positive");
assert(uploadBusyRetryMsMin <= uploadBusyRetryMsMax, "the retry hint range must not be empty");

export type BeginResult =
  | { readonly kind: "started"; readonly uploadId: number; readonly upload: Upload }
  /** Full: retry after the hint (time until the earliest upload would time out, clamped). */
  | { readonly kind: "busy"; readonly retryAfterMs: number }
  /** This file alone is larger than the whole spool may ever hold: retrying cannot help. */
  | { readonly kind: "too-large"; readonly size: number; readonly spoolBytesMax: number };

export interface UploadTableLimits {
  readonly uploadsMax: number;
  readonly spoolBytesMax: number;
}

export class UploadTable {
  /** In-progress uploads by id; insertion order is id order. Invariant: size <= limits.uploadsMax. */
  private readonly uploads = new Map<number, Upload>();
  /** Sum of the declared sizes of the uploads in the table. Invariant: <= limits.spoolBytesMax. */
  private spoolBytes = 0;
  /** The id the next upload gets; ids start at 1 so 0 can mean "none" on the wire. */
  private nextUploadId = 1;
  readonly limits: UploadTableLimits;

  constructor(
    private readonly sha256: Sha256,
    limits: Partial<UploadTableLimits> = {},
  ) {
    this.limits = { uploadsMax: limits.uploadsMax ?? uploadsMax, spoolBytesMax: limits.spoolBytesMax ?? spoolBytesMaxDefault };
    assert(Number.isInteger(this.limits.uploadsMax), "uploadsMax must be an integer");
    assert(this.limits.uploadsMax > 0 && this.limits.uploadsMax <= uploadsMax, "uploadsMax within (0, uploadsMax]");
    assert(Number.isSafeInteger(this.limits.spoolBytesMax), "spoolBytesMax must be an integer");
    assert(this.limits.spoolBytesMax >= 0, "spoolBytesMax must not be negative");
  }

  get size(): number {
    return this.uploads.size;
  }

  /** Declared bytes of all uploads in progress (what their spool files will hold when whole). */
  get spooledBytesDeclared(): number {
    return this.spoolBytes;
  }

  /** Starts an upload of a manifest already checked by validateManifest. */
  begin(manifest: Manifest, nowMs: number): BeginResult {
    assert(manifest.size >= 0 && manifest.size <= fileBytesMax, "a validated manifest has a bounded size");
    if (manifest.size > this.limits.spoolBytesMax) {
      return { kind: "too-large", size: manifest.size, spoolBytesMax: this.limits.spoolBytesMax };
    }
    const full = this.uploads.size >= this.limits.uploadsMax;
    if (full || this.spoolBytes + manifest.size > this.limits.spoolBytesMax) {
      return { kind: "busy", retryAfterMs: this.retryAfterMs(nowMs) };
    }
    const uploadId = this.nextUploadId;
    this.nextUploadId += 1;
    assert(Number.isSafeInteger(this.nextUploadId), "upload ids never run out in practice");
    const upload = new Upload(uploadId, manifest, this.sha256, nowMs);
    this.uploads.set(uploadId, upload);
    this.spoolBytes += manifest.size;
    assert(this.uploads.size <= this.limits.uploadsMax, "bounded in count");
    assert(this.spoolBytes <= this.limits.spoolBytesMax, "bounded in bytes");
    return { kind: "started", uploadId, upload };
  }

  get(uploadId: number): Upload | undefined {
    return this.uploads.get(uploadId);
  }

  /** Frees an upload (completed and handed to the Leader Queue, or abandoned). False if absent. */
  remove(uploadId: number): boolean {
    const upload = this.uploads.get(uploadId);
    if (upload === undefined) return false;
    this.uploads.delete(uploadId);
    this.spoolBytes -= upload.manifest.size;
    assert(this.spoolBytes >= 0, "spool bytes never go negative");
    return true;
  }

  /**
   * Frees every upload whose client has been silent past its deadline and returns their ids,
   * ascending; the shell deletes their spool files and may tell the clients.
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

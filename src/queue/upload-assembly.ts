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
import type { Brand } from "../lib/brand";
import { err, ok, type Result } from "../lib/result";
import { digestBytes } from "../files/digest";
import { chunkBytesMax, chunkBytesMin, chunkCountMax, fileBytesMax } from "../files/limits";
import { FileNameError, validateFileName } from "../files/name";

/** SHA-256 of the bytes, 32 bytes long. Injected so this file stays free of I/O and libraries. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

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

/** A manifest as it comes off the wire (see proto/files.proto, Manifest): not yet trusted. */
export interface ManifestInput {
  readonly name: string;
  /** File size in bytes. */
  readonly size: number;
  /** Bytes per chunk; every chunk has this size except the last, which may be shorter. */
  readonly chunkSize: number;
  /** SHA-256 of each chunk, in order: exactly ceil(size / chunkSize) of them. */
  readonly chunkDigests: readonly Uint8Array[];
  /** SHA-256 of the whole file. */
  readonly digest: Uint8Array;
}

/** A manifest that passed validateManifest; only that function makes one. Owns its digests. */
export type Manifest = Brand<ManifestInput, "Manifest">;

export type ManifestField = "name" | "size" | "chunkSize" | "chunkDigests" | "digest";

/** An operating error: a client sent a bad manifest. Names the field, the value, the expectation. */
export class ManifestError extends Error {
  override readonly name = "ManifestError";
  constructor(
    readonly field: ManifestField,
    readonly value: string | number,
    readonly expected: string,
    options?: { readonly cause: unknown },
  ) {
    super(`manifest ${field} ${JSON.stringify(value)}: expected ${expected}`, options);
  }
}

/** Chunks in a file of `size` bytes: ceil(size / chunkSize), and 0 for an empty file. */
export function chunkCountOf(size: number, chunkSize: number): number {
  assert(Number.isSafeInteger(size) && size >= 0, "size must be a non-negative integer");
  assert(Number.isSafeInteger(chunkSize) && chunkSize > 0, "chunk size must be positive");
  return Math.ceil(size / chunkSize);
}

/** The gateway check: every field of a manifest from a client, before any state is made. */
export function validateManifest(input: ManifestInput): Result<Manifest, ManifestError> {
  const name = validateFileName(input.name);
  if (!name.ok) return err(nameError(input.name, name.error));
  const { size, chunkSize } = input;
  if (!Number.isSafeInteger(size) || size < 0 || size > fileBytesMax) {
    return err(new ManifestError("size", size, `an integer in [0, ${fileBytesMax}] bytes`));
  }
  if (!Number.isSafeInteger(chunkSize) || chunkSize < chunkBytesMin || chunkSize > chunkBytesMax) {
    return err(new ManifestError("chunkSize", chunkSize, `an integer in [${chunkBytesMin}, ${chunkBytesMax}] bytes`));
  }
  const chunkCount = chunkCountOf(size, chunkSize);
  if (chunkCount > chunkCountMax) {
    return err(new ManifestError("size", size, `at most ${chunkCountMax} chunks of ${chunkSize} bytes`));
  }
  if (input.chunkDigests.length !== chunkCount) {
    const expected = `${chunkCount} chunk digests (ceil(size / chunkSize))`;
    return err(new ManifestError("chunkDigests", `${input.chunkDigests.length} digests`, expected));
  }
  for (let index = 0; index < chunkCount; index += 1) {
    const length = input.chunkDigests[index]?.length ?? 0;
    if (length !== digestBytes) {
      const value = `digest ${index} of ${length} bytes`;
      return err(new ManifestError("chunkDigests", value, `${digestBytes}-byte SHA-256 digests`));
    }
  }
  if (input.digest.length !== digestBytes) {
    return err(new ManifestError("digest", `${input.digest.length} bytes`, `a ${digestBytes}-byte SHA-256 digest`));
  }
  // Copies: decoded bytes may be views into a frame buffer the shell reuses.
  const fields: ManifestInput = {
    name: input.name,
    size,
    chunkSize,
    chunkDigests: input.chunkDigests.map((digest) => digest.slice()),
    digest: input.digest.slice(),
  };
  const manifest = fields as Manifest;
  assert(manifest.chunkDigests.length === chunkCount, "one digest per chunk");
  return ok(manifest);
}

function nameError(name: string, cause: FileNameError): ManifestError {
  return new ManifestError("name", name, `a valid file name (${cause.message})`, { cause });
}

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
    this.chunkCount = chunkCountOf(manifest.size, manifest.chunkSize);
    assert(this.chunkCount === manifest.chunkDigests.length, "a validated manifest has one digest per chunk");
    this.chunkStates = new Uint8Array(this.chunkCount);
    this.progressMs = nowMs;
  }

  /** The exact size chunk `index` must have: chunkSize, except the last, which holds the rest. */
  chunkSizeAt(index: number): number {
    assert(this.inRange(index), "chunk index in range");
    const size = index === this.chunkCount - 1 ? this.manifest.size - index * this.manifest.chunkSize : this.manifest.chunkSize;
    assert(size > 0 && size <= this.manifest.chunkSize, "every chunk holds 1..chunkSize bytes");
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
    const actual = this.sha256(data);
    assert(actual.length === digestBytes, "sha256 returns 32 bytes");
    if (!bytesEqual(actual, this.expectedDigest(index))) {
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

  private expectedDigest(index: number): Uint8Array {
    const digest = this.manifest.chunkDigests[index];
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

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What a file is: its manifest (name, size, chunk size, the digest of each chunk and of the
 * whole) and, once committed, its record (the manifest with the version and time the state
 * machine gave it). One shape from the client to the log: the client computes a Manifest, the
 * wire codec carries it (src/wire/manifest-codec.ts maps wire ↔ domain), the queue server and
 * the node check it with `validateManifest`, storage applies it. The field names are the ones
 * the log and the snapshots have always stored (a put-file is this object as JSON).
 *
 * Pure: no I/O, no hashing library; chunk arithmetic lives here too so every layer cuts a file
 * the same way.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { attributesFromJson, attributesProblem, type FileAttributes } from "./attributes";
import { isDigest, type Digest } from "./digest";
import { chunkBytesMax, chunkBytesMin, chunkCountMax, fileBytesMax } from "./limits";
import { FileNameError, validateFileName } from "./name";

export interface Manifest {
  /** The file's name, unique in the store (see name.ts for the rules). */
  readonly name: string;
  /** Bytes in the whole file, 0..fileBytesMax. */
  readonly size: number;
  /** SHA-256 of the whole file. */
  readonly sha256: Digest;
  /** Bytes per chunk, chunkBytesMin..chunkBytesMax; every chunk but the last is exactly this long. */
  readonly chunkBytes: number;
  /** SHA-256 of each chunk, in file order: chunkCountOf(size, chunkBytes) of them. */
  readonly chunks: readonly Digest[];
  /** What the writer said about the content (attributes.ts); absent when it gave none. */
  readonly attributes?: FileAttributes;
}

/** A file as the state machine holds it. */
export interface FileRecord extends Manifest {
  /** The log index of the put-file that wrote it: unique and increasing, the same on every replica. */
  readonly version: number;
  /** Milliseconds since the epoch, from the proposer's clock. */
  readonly createdMs: number;
}

export type ManifestField = "name" | "size" | "chunkBytes" | "chunks" | "sha256" | "attributes";

/** An operating error: a manifest from a client, a peer or the disk is wrong. Names the field, the value, the expectation. */
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

/** Chunks in a file of `size` bytes: ceil(size / chunkBytes), and 0 for an empty file. */
export function chunkCountOf(size: number, chunkBytes: number): number {
  assert(Number.isSafeInteger(size) && size >= 0, "size must be a non-negative integer");
  assert(Number.isSafeInteger(chunkBytes) && chunkBytes > 0, "chunk size must be positive");
  return Math.ceil(size / chunkBytes);
}

/** Byte range [start, end) of chunk `index`: chunkBytes long, except the last, which holds the rest. */
export function chunkRange(index: number, size: number, chunkBytes: number): { readonly start: number; readonly end: number } {
  assert(Number.isInteger(index) && index >= 0, "chunk index is a non-negative integer");
  assert(index < chunkCountOf(size, chunkBytes), "chunk index within the file");
  const start = index * chunkBytes;
  const end = Math.min(size, start + chunkBytes);
  assert(end > start, "every chunk holds at least one byte");
  return { start, end };
}

/** The exact size of chunk `index` of the manifest's file. */
export function chunkSizeAt(manifest: Manifest, index: number): number {
  const { start, end } = chunkRange(index, manifest.size, manifest.chunkBytes);
  return end - start;
}

/**
 * The one check of a manifest, wherever it comes from (a client, the wire, the log, a
 * snapshot): every field against the limits and the name rules. Returns the manifest as given.
 */
export function validateManifest(manifest: Manifest): Result<Manifest, ManifestError> {
  const name = validateFileName(manifest.name);
  if (!name.ok) return err(nameError(manifest.name, name.error));
  const { size, chunkBytes } = manifest;
  if (!Number.isSafeInteger(size) || size < 0 || size > fileBytesMax) {
    return err(new ManifestError("size", size, `an integer in [0, ${fileBytesMax}] bytes`));
  }
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes < chunkBytesMin || chunkBytes > chunkBytesMax) {
    return err(new ManifestError("chunkBytes", chunkBytes, `an integer in [${chunkBytesMin}, ${chunkBytesMax}] bytes`));
  }
  const chunkCount = chunkCountOf(size, chunkBytes);
  if (chunkCount > chunkCountMax) {
    return err(new ManifestError("size", size, `at most ${chunkCountMax} chunks of ${chunkBytes} bytes`));
  }
  if (manifest.chunks.length !== chunkCount) {
    return err(new ManifestError("chunks", `${manifest.chunks.length} digests`, `${chunkCount} chunk digests (ceil(size / chunkBytes))`));
  }
  for (const [index, digest] of manifest.chunks.entries()) {
    if (!isDigest(digest)) return err(new ManifestError("chunks", `digest ${index}`, "SHA-256 digests"));
  }
  if (!isDigest(manifest.sha256)) return err(new ManifestError("sha256", String(manifest.sha256).slice(0, 80), "a SHA-256 digest"));
  if (manifest.attributes !== undefined) {
    const problem = attributesProblem(manifest.attributes);
    if (problem !== null) return err(new ManifestError("attributes", problem, "attributes within the rules of src/files/attributes.ts"));
  }
  assert(manifest.chunks.length === chunkCount, "one digest per chunk");
  return ok(manifest);
}

function nameError(name: string, cause: FileNameError): ManifestError {
  return new ManifestError("name", name, `a valid file name (${cause.message})`, { cause });
}

/**
 * Checks an untrusted value is a manifest (decoded JSON from the log or a snapshot): the
 * field types first, then validateManifest. Extra fields are dropped.
 */
export function manifestFromJson(value: unknown): Result<Manifest, ManifestError> {
  if (typeof value !== "object" || value === null) return err(new ManifestError("name", typeof value, "a manifest object"));
  const { name, size, sha256, chunkBytes, chunks, attributes } = value as Record<string, unknown>;
  if (typeof name !== "string") return err(new ManifestError("name", typeof name, "a string"));
  if (typeof size !== "number") return err(new ManifestError("size", typeof size, "a number"));
  if (typeof chunkBytes !== "number") return err(new ManifestError("chunkBytes", typeof chunkBytes, "a number"));
  if (!isDigest(sha256)) return err(new ManifestError("sha256", typeof sha256, "a SHA-256 digest"));
  if (!Array.isArray(chunks)) return err(new ManifestError("chunks", typeof chunks, "an array of SHA-256 digests"));
  const digests: Digest[] = [];
  for (const [index, digest] of chunks.entries()) {
    if (!isDigest(digest)) return err(new ManifestError("chunks", `digest ${index}`, "SHA-256 digests"));
    digests.push(digest);
  }
  const checked = attributesFromJson(attributes);
  if (!checked.ok) return err(new ManifestError("attributes", checked.error, "attributes within the rules of src/files/attributes.ts"));
  return validateManifest({ name, size, sha256, chunkBytes, chunks: digests, ...(checked.value === undefined ? {} : { attributes: checked.value }) });
}

/**
 * The manifest of a local file: size, chunk size, SHA-256 of each chunk and of the whole.
 * Computed by reading the file one chunk at a time (Bun.file(path).slice), so memory holds one
 * chunk whatever the file size. Chunk i covers bytes [i × chunkSize, min(size, (i+1) × chunkSize)).
 */
import { assert } from "../lib/assert";
import { digestBytes } from "../files/digest";
import { chunkBytesMax, chunkBytesMin, chunkCountMax } from "../files/limits";
import type { FileAttributes } from "../storage/file-commands";

export interface LocalManifest {
  readonly name: string;
  readonly size: number;
  readonly chunkSize: number;
  /** SHA-256 of each chunk, in order: exactly chunkCount(size, chunkSize) of them. */
  readonly chunkDigests: readonly Uint8Array[];
  readonly digest: Uint8Array;
  /** What to keep with the file besides its bytes (the S3 door's ETag, Content-Type, metadata). */
  readonly attributes?: FileAttributes;
}

export function chunkCount(size: number, chunkSize: number): number {
  assert(Number.isSafeInteger(size) && size >= 0, "size is a non-negative integer");
  assert(Number.isInteger(chunkSize) && chunkSize > 0, "chunk size is a positive integer");
  return Math.ceil(size / chunkSize);
}

/** Byte range [start, end) of chunk `index`. */
export function chunkRange(index: number, size: number, chunkSize: number): { readonly start: number; readonly end: number } {
  assert(Number.isInteger(index) && index >= 0, "chunk index is a non-negative integer");
  assert(index < chunkCount(size, chunkSize), "chunk index within the file");
  const start = index * chunkSize;
  const end = Math.min(size, start + chunkSize);
  assert(end > start, "every chunk holds at least one byte");
  return { start, end };
}

export function sha256(bytes: Uint8Array): Uint8Array {
  const hasher = new Bun.CryptoHasher("sha256");
  hasher.update(bytes);
  const digest = new Uint8Array(hasher.digest());
  assert(digest.length === digestBytes, "SHA-256 is 32 bytes");
  return digest;
}

export function digestsEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i += 1) if (left[i] !== right[i]) return false;
  return true;
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

/** Reads chunk `index` of the file at `path` (one chunk in memory, nothing else). */
export async function readChunk(path: string, index: number, size: number, chunkSize: number): Promise<Uint8Array> {
  const { start, end } = chunkRange(index, size, chunkSize);
  const bytes = await Bun.file(path).slice(start, end).bytes();
  // A file that shrank under us would give a short chunk: the digest check catches it too,
  // but a clear message is better than a digest mismatch at the queue server.
  if (bytes.length !== end - start) throw new FileChangedError(path, index);
  return bytes;
}

/** The file changed while it was being read or uploaded. */
export class FileChangedError extends Error {
  override readonly name = "FileChangedError";
  constructor(readonly path: string, readonly index: number) {
    super(`${path} changed while it was being read (chunk ${index} is short)`);
  }
}

export async function computeManifest(path: string, name: string, size: number, chunkSize: number, onChunk?: (bytes: number) => void): Promise<LocalManifest> {
  assert(chunkSize >= chunkBytesMin && chunkSize <= chunkBytesMax, "chunk size within the protocol's range");
  const count = chunkCount(size, chunkSize);
  assert(count <= chunkCountMax, "the caller checked the file size against the chunk count bound");
  const whole = new Bun.CryptoHasher("sha256");
  const chunkDigests: Uint8Array[] = [];
  for (let index = 0; index < count; index += 1) {
    const bytes = await readChunk(path, index, size, chunkSize);
    whole.update(bytes);
    chunkDigests.push(sha256(bytes));
    onChunk?.(bytes.length);
  }
  const digest = new Uint8Array(whole.digest());
  assert(chunkDigests.length === count, "one digest per chunk");
  assert(digest.length === digestBytes, "SHA-256 is 32 bytes");
  return { name, size, chunkSize, chunkDigests, digest };
}

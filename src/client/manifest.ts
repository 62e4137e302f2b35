/**
 * The manifest of a local file (src/files/manifest.ts says what one is), computed by reading
 * the file one chunk at a time (Bun.file(path).slice), so memory holds one chunk whatever the
 * file size. Chunk i covers bytes chunkRange(i, size, chunkBytes).
 */
import { chunkRange, chunkCountOf, type Manifest } from "../files/manifest";
import { chunkBytesMax, chunkBytesMin, chunkCountMax, fitsInline } from "../files/limits";
import { FileDigestBuilder, digestOf } from "../files/sha256";
import type { Digest } from "../files/digest";
import { assert } from "../lib/assert";

/** Reads chunk `index` of the file at `path` (one chunk in memory, nothing else). */
export async function readChunk(path: string, index: number, size: number, chunkBytes: number): Promise<Uint8Array> {
  const { start, end } = chunkRange(index, size, chunkBytes);
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

/**
 * The manifest, and the file's bytes when it is small enough to travel whole (fitsInline): they
 * were read to be hashed, so the upload sends them without reading the file a second time (and
 * sends exactly the bytes the manifest describes, even if the file changes meanwhile).
 */
export async function computeManifestKeepingSmall(path: string, name: string, size: number, chunkBytes: number,
  onChunk?: (bytes: number) => void): Promise<{ readonly manifest: Manifest; readonly content: Uint8Array | null }> {
  let content: Uint8Array | null = null;
  const keep = fitsInline(size, chunkBytes) ? (bytes: Uint8Array): void => { content = bytes; } : undefined;
  const manifest = await computeManifest(path, name, size, chunkBytes, onChunk, keep);
  return { manifest, content };
}

export async function computeManifest(path: string, name: string, size: number, chunkBytes: number, onChunk?: (bytes: number) => void,
  keep?: (bytes: Uint8Array) => void): Promise<Manifest> {
  assert(chunkBytes >= chunkBytesMin && chunkBytes <= chunkBytesMax, "chunk size within the protocol's range");
  const count = chunkCountOf(size, chunkBytes);
  assert(count <= chunkCountMax, "the caller checked the file size against the chunk count bound");
  // One pass over the bytes: each chunk is hashed once, and the file digest is built from the
  // chunk digests (src/files/sha256.ts fileDigestOf), not from the bytes again.
  const whole = new FileDigestBuilder();
  const chunks: Digest[] = [];
  for (let index = 0; index < count; index += 1) {
    const bytes = await readChunk(path, index, size, chunkBytes);
    const digest = digestOf(bytes);
    chunks.push(digest);
    whole.add(digest);
    onChunk?.(bytes.length);
    keep?.(bytes);
  }
  assert(chunks.length === count, "one digest per chunk");
  return { name, size, chunkBytes, chunks, sha256: whole.finish() };
}

/**
 * Computing digests (src/files/digest.ts says what one is). Kept apart from digest.ts so the
 * pure modules that only carry digests need no hashing library.
 */
import { createHash } from "node:crypto";
import { assert } from "../lib/assert";
import { digestBytes, digestHexLength, digestToBytes, type Digest } from "./digest";
import type { Manifest } from "./manifest";
import { asVerifiedChunk, type VerifiedChunk } from "./verified";

export function digestOf(bytes: Uint8Array): Digest {
  const digest = createHash("sha256").update(bytes).digest("hex");
  assert(digest.length === digestHexLength, "SHA-256 is 32 bytes");
  return digest as Digest;
}

/**
 * The same digest computed off the main thread (WebCrypto runs it on a worker in Bun), so the
 * node's event loop keeps serving sockets while a megabyte chunk is hashed, and several
 * concurrent puts hash in parallel with each other's file I/O.
 */
export async function digestOfAsync(bytes: Uint8Array): Promise<Digest> {
  // WebCrypto's types refuse views that might be over a SharedArrayBuffer; ours never are.
  const digest = Buffer.from(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)).toString("hex");
  assert(digest.length === digestHexLength, "SHA-256 is 32 bytes");
  return digest as Digest;
}

/** The digest of a stream of pieces (a whole file, read one chunk at a time). */
export class DigestBuilder {
  private readonly hash = createHash("sha256");
  private done = false;

  update(bytes: Uint8Array): void {
    assert(!this.done, "no update after finish");
    this.hash.update(bytes);
  }

  finish(): Digest {
    assert(!this.done, "finish once");
    this.done = true;
    const digest = this.hash.digest("hex");
    assert(digest.length === digestHexLength, "SHA-256 is 32 bytes");
    return digest as Digest;
  }
}

/** Hashes bytes this process produced or read itself: the one pass that makes them verified. */
export function hashChunk(bytes: Uint8Array): VerifiedChunk {
  return asVerifiedChunk(digestOf(bytes), bytes);
}

/** Checks untrusted bytes against the digest they claim: verified bytes, or null when they differ. */
export function verifyChunk(digest: Digest, bytes: Uint8Array): VerifiedChunk | null {
  return digestOf(bytes) === digest ? asVerifiedChunk(digest, bytes) : null;
}

/**
 * The digest of a whole file: SHA-256 over the concatenation of its chunks' 32-byte SHA-256
 * digests, in order (docs/protocol.md, "The file digest"). A writer computes it in the same
 * pass as the chunk digests, and anyone holding the manifest checks it from the chunk list
 * alone, without the file's bytes: so a file is never hashed twice, and a reader that verified
 * every chunk has verified the whole. An empty file has no chunks: its digest is SHA-256 of
 * nothing, which is also the SHA-256 of its (empty) content.
 */
export function fileDigestOf(chunks: readonly Digest[]): Digest {
  const builder = new FileDigestBuilder();
  for (const chunk of chunks) builder.add(chunk);
  return builder.finish();
}

/** The file digest, built as the chunk digests come (one chunk at a time, in order). */
export class FileDigestBuilder {
  private readonly hash = createHash("sha256");
  private done = false;
  chunks = 0;

  add(chunk: Digest): void {
    assert(!this.done, "no chunk after finish");
    const raw = digestToBytes(chunk);
    assert(raw.length === digestBytes, "a chunk digest is 32 bytes");
    this.hash.update(raw);
    this.chunks += 1;
  }

  finish(): Digest {
    assert(!this.done, "finish once");
    this.done = true;
    const digest = this.hash.digest("hex");
    assert(digest.length === digestHexLength, "SHA-256 is 32 bytes");
    return digest as Digest;
  }
}

/** Null when the manifest's file digest is the one its chunk digests make; else what is wrong. */
export function fileDigestProblem(manifest: Manifest): string | null {
  const expected = fileDigestOf(manifest.chunks);
  if (expected === manifest.sha256) return null;
  return `the file digest ${manifest.sha256} is not SHA-256 over its ${manifest.chunks.length} chunk digest(s) (${expected})`;
}

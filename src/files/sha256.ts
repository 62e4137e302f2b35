/**
 * Computing digests (src/files/digest.ts says what one is). Kept apart from digest.ts so the
 * pure modules that only carry digests need no hashing library.
 */
import { createHash } from "node:crypto";
import { assert } from "../lib/assert";
import { digestHexLength, type Digest } from "./digest";

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

/**
 * Verified bytes: a chunk together with its SHA-256, where this process has checked (or
 * computed) that the digest is the digest of exactly these bytes. Whoever holds a VerifiedChunk
 * may store, forward or compare it without hashing it again: that is how every byte is hashed
 * at most once per process (issue 13).
 *
 * Only two kinds of code make one (both call `asVerifiedChunk`): src/files/sha256.ts, which
 * hashes the bytes (`hashChunk`, `verifyChunk`), and the wire codec, which checks every payload
 * segment against the digest its envelope names before anything else sees it (src/wire/codec.ts
 * `verifiedPayload`). test/files/verified.test.ts holds that list, so a new maker is a decision
 * someone reviewed, not an accident.
 *
 * The bytes are never copied here; the holder must not mutate them.
 *
 * Pure: no hashing library in here, so the queue's pure logic may take the type.
 */
import { assert } from "../lib/assert";
import { isDigest, type Digest } from "./digest";

declare const verifiedTag: unique symbol;

export interface VerifiedChunk {
  /** SHA-256 of `bytes`, checked once in this process. */
  readonly digest: Digest;
  readonly bytes: Uint8Array;
  readonly [verifiedTag]: true;
}

/**
 * Marks bytes as verified against `digest`. Only for a caller that has just hashed them or
 * checked them against the digest (see the list above): anyone else would be lying to every
 * later reader, which then skips the check.
 */
export function asVerifiedChunk(digest: Digest, bytes: Uint8Array): VerifiedChunk {
  assert(isDigest(digest), "a verified chunk carries a well-formed digest");
  assert(bytes instanceof Uint8Array, "a verified chunk carries bytes");
  return { digest, bytes } as VerifiedChunk;
}

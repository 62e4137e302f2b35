/**
 * Chunk digests: the SHA-256 of a chunk's bytes, as 64 lowercase hex characters. The chunk
 * store is keyed by them, so a digest is checked once where it enters (the gateway) and is
 * a branded type after that.
 */
import { createHash } from "node:crypto";
import type { Brand } from "../lib/brand";
import { assert } from "../lib/assert";

export type ChunkDigest = Brand<string, "ChunkDigest">;

export const chunkDigestHexLength = 64;
const digestPattern = /^[0-9a-f]{64}$/;

export function isChunkDigest(value: unknown): value is ChunkDigest {
  return typeof value === "string" && digestPattern.test(value);
}

export function chunkDigest(value: string): ChunkDigest {
  assert(isChunkDigest(value), `not a SHA-256 hex digest: ${value.slice(0, 80)}`);
  return value;
}

export function sha256Hex(bytes: Uint8Array): ChunkDigest {
  const digest = createHash("sha256").update(bytes).digest("hex");
  assert(digest.length === chunkDigestHexLength, "SHA-256 is 32 bytes");
  return digest as ChunkDigest;
}

/**
 * The same digest computed off the main thread (WebCrypto runs it on a worker in Bun), so the
 * node's event loop keeps serving sockets while a megabyte chunk is hashed, and several
 * concurrent puts hash in parallel with each other's file I/O.
 */
export async function sha256HexAsync(bytes: Uint8Array): Promise<ChunkDigest> {
  // WebCrypto's types refuse views that might be over a SharedArrayBuffer; ours never are.
  const digest = Buffer.from(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)).toString("hex");
  assert(digest.length === chunkDigestHexLength, "SHA-256 is 32 bytes");
  return digest as ChunkDigest;
}

/**
 * The limits of what a file may be, in one place: the client (before it hashes a file), the
 * config (--chunk-size), the queue server (at the gateway), the node (before it proposes) and
 * storage (before it applies or stores) all read these, so a file one layer accepts is never
 * refused by the next after its bytes have travelled. Each bound says which layer it protects.
 */
import { assert } from "../lib/assert";

/** Smaller chunks would make per-chunk overhead (a digest, a Raft entry, a round trip) dominate. */
export const chunkBytesMin = 4 << 10;
/**
 * The largest chunk: with its row overhead it fits one MySQL packet under the server's 16 MiB
 * default max_allowed_packet (storage/mysql.ts needs chunkBytesMax + 1 MiB), and one frame
 * under the framing ceiling with room for the envelope.
 */
export const chunkBytesMax = 8 << 20;
export const chunkBytesDefault = 1 << 20;
/**
 * Chunks in one file. A put-file carries the whole chunk list in one log entry and one snapshot
 * record (storage/file-commands.ts: 32 Ki digests of 67 JSON bytes ≈ 2.1 MiB, under 4 MiB), and
 * the queue keeps one state byte per chunk of an upload.
 */
export const chunkCountMax = 32 * 1024;
/** The largest file: 256 GiB at the largest chunk size. */
export const fileBytesMax = chunkCountMax * chunkBytesMax;
/** Most filesystems cap one path component at 255 bytes; we cap the whole name there. */
export const fileNameBytesMax = 255;
/**
 * The largest file that travels whole and is kept inline (docs/protocol.md, "Small files"): the
 * client sends its content in the WriteBegin itself, the put-file entry carries it, and every
 * node keeps it in its database with the file record (no chunk entry, no chunk file, none of
 * their fsyncs). Such a file is still one chunk with the same digests, so nobody can tell it
 * apart but by speed. Why 16 KiB: an inline file's bytes are written twice per node (the log
 * entry, as base64 in the put-file's JSON, and the file's row) and travel whole in every
 * snapshot, where a chunk's are written once; up to here the doubled bytes cost far less than
 * the chunk path's fixed price (a second entry and a chunk file with two fsyncs per node, ~0.2
 * to 0.4 ms each on this class of disk), and a put-file stays a small entry (≈ 22 KiB) that
 * does not crowd the Raft appends and the sqlite pages (4 KiB) of the writes around it.
 */
export const inlineBytesMax = 16 << 10;

/**
 * Whether a file of `size` bytes, cut in chunks of `chunkBytes`, travels and is kept inline: it
 * holds at least one byte (an empty file has no chunk and nothing to carry), at most
 * inlineBytesMax, and fits one chunk (so its manifest is the one it would have had chunked).
 */
export function fitsInline(size: number, chunkBytes: number): boolean {
  assert(Number.isSafeInteger(size) && size >= 0, "size is a non-negative integer");
  return size > 0 && size <= inlineBytesMax && size <= chunkBytes;
}

assert(chunkBytesMin > 0, "a chunk holds at least one byte");
assert(chunkBytesMin <= chunkBytesDefault, "the default chunk size is allowed");
assert(chunkBytesDefault <= chunkBytesMax, "the default chunk size is allowed");
assert(Number.isSafeInteger(fileBytesMax), "every file size is an exact integer");
assert(fileNameBytesMax > 0, "a file name may hold at least one byte");
assert(inlineBytesMax <= chunkBytesDefault, "a file of the default chunk size fits one chunk when it fits inline");
assert(inlineBytesMax * 2 < 64 << 10, "an inline put-file (base64 in JSON) stays a small entry");

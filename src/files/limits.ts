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

assert(chunkBytesMin > 0, "a chunk holds at least one byte");
assert(chunkBytesMin <= chunkBytesDefault, "the default chunk size is allowed");
assert(chunkBytesDefault <= chunkBytesMax, "the default chunk size is allowed");
assert(Number.isSafeInteger(fileBytesMax), "every file size is an exact integer");
assert(fileNameBytesMax > 0, "a file name may hold at least one byte");

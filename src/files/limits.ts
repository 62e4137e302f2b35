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
 * client sends its content in the WriteBegin itself, the queue server hands it to the leader
 * in the work item, the put-file entry carries it (raw after its JSON), and every node keeps it
 * in its database with the file record (no chunk entry, no chunk file, none of their fsyncs).
 * Such a file is still one chunk with the same digests, so nobody can tell it apart but by
 * speed. An inline file's bytes are written twice per node (the log entry and the file's row,
 * each through sqlite's WAL and its checkpoint: ~0.25 ms of CPU per 64 KiB insert here) and
 * travel whole in every snapshot, where a chunk's are written once; the chunk path instead pays
 * a fixed price per file (a second entry, a chunk file with a data and a directory fsync per
 * node, a pull from the queue server). Why 64 KiB (16 KiB before): bench:cluster --quick,
 * 64 KiB writes at 1 / 16 / 64 clients, the chunk path against inline, run back to back on 2
 * shared cores (load 3.9-5.1): 39-54 / 122-169 / 169-265 writes/s against 112-128 / 223-246 /
 * 228-277; fsyncs per write per node 4.0 / 1.6-1.7 / 1.2 against 1.0 / 0.35 / 0.15; servers'
 * CPU per write 16-23 / 5.5-7 / 4-5.6 ms against 8.6-9.8 / 4.7-6 / 4.8-5.1. Under load 9-14
 * inline still won at 1 client in every pair (37-99 against 12-41 writes/s) and mostly at 16;
 * 64 clients, CPU-bound either way, came out even. 256 B writes did not change. That holds
 * only because the content never passes through protobuf (WriteWork.inline_data and large
 * entry data travel as payload segments) nor base64: with both, inline 64 KiB lost to the
 * chunk path at 16 clients (65-70 against 103-121 writes/s). Not measured past 64 KiB: there
 * the doubled writes grow with the size while the chunk path's price does not, and at 64 KiB a
 * put-file is 64 KiB and a few hundred bytes, so a steal batch or an append of 16 fills 1 MiB.
 */
export const inlineBytesMax = 64 << 10;

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
assert(inlineBytesMax <= 64 << 10, "an inline put-file stays a small entry next to a 1 MiB frame (see inlineBytesMax)");

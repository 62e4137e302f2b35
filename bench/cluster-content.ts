/**
 * Fresh content for every write bench/cluster.ts makes, so no chunk is ever deduplicated
 * against an earlier one (a store keyed by digest writes a repeated chunk once: reusing one
 * source file per case, as this bench once did, measured two fsyncs per write instead of four).
 *
 * Bytes come from node:crypto's randomFillSync (≈1.8 GB/s here: a 64 KiB write costs the client
 * ≈35 µs, charged to the client's CPU where it belongs). Nothing big is held in memory: a small
 * write rewrites its client's own source file in place (one pwrite, no truncation, so ext4 does
 * not start a writeback per write), and the big file is written to disk 1 MiB at a time.
 */
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { randomFillSync } from "node:crypto";
import { assert } from "../src/lib/assert";

/** Fresh random bytes (a new buffer). */
export function freshBytes(size: number): Uint8Array {
  assert(Number.isSafeInteger(size) && size >= 0, "a size is a whole number of bytes");
  return randomFillSync(new Uint8Array(size));
}

/** One source file per client, refilled with fresh bytes before each of that client's writes. */
export class FreshSourceFiles {
  private readonly paths: string[] = [];
  private readonly fds: number[] = [];
  private readonly buffer: Uint8Array;

  constructor(dir: string, prefix: string, readonly fileBytes: number, clients: number) {
    assert(clients >= 1, "at least one client");
    this.buffer = new Uint8Array(fileBytes);
    for (let client = 0; client < clients; client += 1) {
      const path = join(dir, `${prefix}-client-${client}.bin`);
      this.paths.push(path);
      this.fds.push(openSync(path, "w"));
    }
  }

  /** Refills client `client`'s file with fresh bytes; returns its path. Not for two writes at once. */
  refill(client: number): string {
    const fd = this.fds[client];
    const path = this.paths[client];
    assert(fd !== undefined && path !== undefined, `client ${client} has a source file`);
    randomFillSync(this.buffer);
    let written = 0;
    while (written < this.buffer.length) { // bounded: each turn writes at least one byte or throws
      const count = writeSync(fd, this.buffer, written, this.buffer.length - written, written);
      assert(count > 0, "a write makes progress");
      written += count;
    }
    return path;
  }

  close(): void {
    for (const fd of this.fds) closeSync(fd);
    for (const path of this.paths) rmSync(path, { force: true });
    this.fds.length = 0;
    this.paths.length = 0;
  }
}

/**
 * Writes `fileBytes` of fresh bytes to `path`, `pieceBytes` at a time, and syncs it, so the
 * disk has finished with it before the phase that reads it is timed.
 */
export function writeFreshFile(path: string, fileBytes: number, pieceBytes: number): void {
  assert(pieceBytes > 0 && fileBytes % pieceBytes === 0, "the file is whole pieces");
  const piece = new Uint8Array(pieceBytes);
  const fd = openSync(path, "w");
  try {
    for (let offset = 0; offset < fileBytes; offset += pieceBytes) {
      randomFillSync(piece);
      let written = 0;
      while (written < pieceBytes) { // bounded: each turn writes at least one byte or throws
        const count = writeSync(fd, piece, written, pieceBytes - written, offset + written);
        assert(count > 0, "a write makes progress");
        written += count;
      }
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

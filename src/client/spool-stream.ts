/**
 * Uploading a stream whose length is not known in advance (an HTTP body, a pipe): the protocol
 * needs every chunk's digest in the WriteBegin manifest, so the bytes go to a temp file first,
 * hashed as they pass (SHA-256 per chunk, the file digest from those, plus whatever `observe` computes,
 * such as the S3 door's MD5), and the file is then uploaded with that manifest (uploadHashed):
 * each byte is hashed once. Memory: one chunk's hasher state and the file writer's buffer,
 * flushed every spoolFlushBytes; disk: the stream's size, removed when the upload ends.
 *
 * (The `write -` verb of the CLI wants the same; this is written so it can use it.)
 */
import { randomBytes } from "node:crypto";
import { mkdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { assert, AssertionError } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { Digest } from "../files/digest";
import { chunkCountMax } from "../files/limits";
import { chunkCountOf, type Manifest } from "../files/manifest";
import { DigestBuilder, FileDigestBuilder } from "../files/sha256";
import { ClientError, reasonOf } from "./errors";

/** The writer's buffer is flushed to the file past this many bytes: the bound on spooled bytes in memory. */
export const spoolFlushBytes = 4 << 20;

export interface SpoolRequest {
  /** A directory for the temp file (created if absent). */
  readonly dir: string;
  /** The name the file will be stored under. */
  readonly name: string;
  readonly chunkSize: number;
  /** A stream longer than this is refused (and its temp file removed). */
  readonly bytesMax: number;
  /** Sees every byte, in order (e.g. an MD5 for S3). */
  readonly observe?: (bytes: Uint8Array) => void;
}

export interface SpooledStream {
  /** The temp file holding the bytes; remove it with discard() once uploaded. */
  readonly path: string;
  readonly manifest: Manifest;
  discard(): Promise<void>;
}

/**
 * Writes the stream to a temp file while hashing it. An error thrown by the source (a body that
 * broke off, a bad signature) propagates after the temp file is removed; a too-long stream or a
 * failing disk is a ClientError.
 */
export async function spoolStream(source: AsyncIterable<Uint8Array>, request: SpoolRequest): Promise<Result<SpooledStream, ClientError>> {
  assert(request.chunkSize > 0, "a chunk holds at least one byte");
  assert(Math.ceil(request.bytesMax / request.chunkSize) <= chunkCountMax, "the size bound fits the protocol's chunk count");
  await mkdir(request.dir, { recursive: true });
  const path = join(request.dir, `spool-${randomBytes(8).toString("hex")}`);
  const discard = async (): Promise<void> => {
    await unlink(path).catch(() => undefined);
  };
  const writer = Bun.file(path).writer({ highWaterMark: 1 << 20 });
  const hashes = new StreamHashes(request.chunkSize);
  let spooled = false;
  try {
    let unflushed = 0;
    for await (const piece of source) {
      if (hashes.size + piece.length > request.bytesMax) return err(new ClientError("failed", `write ${request.name}: more than ${request.bytesMax} bytes`));
      hashes.update(piece);
      request.observe?.(piece);
      writer.write(piece);
      unflushed += piece.length;
      if (unflushed >= spoolFlushBytes) {
        await writer.flush();
        unflushed = 0;
      }
    }
    await writer.end();
    spooled = true;
    return ok({ path, manifest: hashes.manifest(request.name), discard });
  } catch (error: unknown) {
    // A bug, or the source's own failure (a body cut short, a bad signature), is the caller's to report.
    if (error instanceof AssertionError || !isFileError(error)) throw error;
    return err(new ClientError("failed", `write ${request.name}: cannot spool to ${request.dir}: ${reasonOf(error)}`, { cause: error }));
  } finally {
    if (!spooled) {
      await Promise.resolve(writer.end()).catch(() => undefined);
      await discard();
    }
  }
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("E");
}

/** SHA-256 of each chunk, and the file digest built from them, fed in pieces of any size. */
class StreamHashes {
  size = 0;
  private readonly whole = new FileDigestBuilder();
  private chunk = new DigestBuilder();
  private chunkFilled = 0;
  private readonly chunks: Digest[] = [];

  constructor(private readonly chunkSize: number) {}

  update(piece: Uint8Array): void {
    this.size += piece.length;
    // Bounded: each turn consumes at least one byte of the piece.
    for (let offset = 0; offset < piece.length;) {
      const take = Math.min(piece.length - offset, this.chunkSize - this.chunkFilled);
      this.chunk.update(piece.subarray(offset, offset + take));
      this.chunkFilled += take;
      offset += take;
      if (this.chunkFilled === this.chunkSize) this.closeChunk();
    }
  }

  manifest(name: string): Manifest {
    if (this.chunkFilled > 0) this.closeChunk();
    assert(this.chunks.length === chunkCountOf(this.size, this.chunkSize), "one digest per chunk");
    return { name, size: this.size, chunkBytes: this.chunkSize, chunks: this.chunks, sha256: this.whole.finish() };
  }

  private closeChunk(): void {
    const digest = this.chunk.finish();
    this.chunks.push(digest);
    this.whole.add(digest);
    this.chunk = new DigestBuilder();
    this.chunkFilled = 0;
  }
}

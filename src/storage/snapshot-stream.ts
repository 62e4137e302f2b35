/**
 * The byte format of a state-machine snapshot and the two ends that stream it in bounded
 * memory. A snapshot is a sequence of frames, `[kind u8][length u32 BE][payload]`:
 *
 *   header     JSON { format, appliedIndex }                       exactly once, first
 *   chunk      32-byte digest + u32 size, then chunk-data frames   each referenced chunk once
 *   chunk-data up to frameDataBytesMax bytes of the current chunk
 *   file       JSON FileRecord (+ "inline": base64 content)        after all chunks
 *   write      JSON WriteRecord (src/files/write-id.ts)            after all files, by version
 *   end        JSON { chunks, files, writes }                      exactly once, last
 *
 * Format 2 added the write frames; a format-1 stream (an older backup) has none and is still
 * read. Format 3 added inline content to file frames (a small file kept with its record, not in
the chunk store: src/files/limits.ts inlineBytesMax); older streams have none and are read.
 *
 * Frames are packed into pieces of at most snapshotPieceBytesMax bytes. The reader accepts any
 * split of the byte stream (pieces are re-cut by the network), holds at most one frame plus one
 * chunk (chunkBytesMax) at a time, and checks every length before it allocates: a snapshot is
 * input from a peer, so it is validated here, at the gateway.
 */
import { assert } from "../lib/assert";
import type { LogIndex, SnapshotMeta } from "../raft/types";
import { logIndex } from "../raft/types";
import { isDigest, type Digest } from "../files/digest";
import { digestOf } from "../files/sha256";
import { fileCommandBytesMax } from "./file-commands";
import type { SnapshotSource } from "./storage";
import { chunkBytesMax, fitsInline } from "../files/limits";
import { manifestFromJson, type FileRecord } from "../files/manifest";
import { writeIdsRememberedMax, writeRecordFromJson, type WriteRecord } from "../files/write-id";

export const snapshotFormat = 3;
/** The oldest format this build reads: 1 has no write frames (nothing remembered), 2 no inline content. */
const snapshotFormatReadableMin = 1;
/** A piece is what one snapshot message carries; 1 MiB keeps it well under a 4 MiB frame. */
export const snapshotPieceBytesMax = 1 << 20;
const frameHeaderBytes = 5;
/** Chunk bytes per frame, so one chunk-data frame fills one piece exactly. */
export const frameDataBytesMax = snapshotPieceBytesMax - frameHeaderBytes;
/** The largest frame of any kind: a file record with the longest chunk list. */
export const snapshotFrameBytesMax = fileCommandBytesMax;
assert(frameDataBytesMax > 0, "a chunk-data frame carries bytes");
assert(chunkBytesMax <= snapshotFrameBytesMax * 4, "a chunk is a bounded number of frames");

const enum FrameKind { Header = 1, Chunk = 2, ChunkData = 3, File = 4, End = 5, Write = 6 }

export class SnapshotFormatError extends Error {
  override readonly name = "SnapshotFormatError";
}

/** A file of a snapshot view: its record and, for a file kept inline, its content. */
export type SnapshotFile = FileRecord & { readonly inline?: Uint8Array };

/** What a backend exposes for writing a snapshot: a consistent, paged view of its state. */
export interface SnapshotView {
  readonly appliedIndex: LogIndex;
  /** Distinct digests referenced by the view's files, each once (an inline file's are not: its content travels with it). */
  chunkDigests(): AsyncIterable<Digest>;
  files(): AsyncIterable<SnapshotFile>;
  /** The remembered write records, by version (at most writeIdsRememberedMax). */
  writeRecords(): AsyncIterable<WriteRecord>;
  /** The bytes of a chunk of the view (present: the view pins them against the sweep). */
  readChunk(digest: Digest): Promise<Uint8Array>;
  /** Ends the view (its read transaction, its pin on the sweep). Called exactly once. */
  release(): Promise<void>;
}

function frame(kind: FrameKind, payload: Uint8Array): Uint8Array {
  assert(payload.length <= snapshotFrameBytesMax, "frame payload within bound");
  const bytes = new Uint8Array(frameHeaderBytes + payload.length);
  bytes[0] = kind;
  new DataView(bytes.buffer).setUint32(1, payload.length, false);
  bytes.set(payload, frameHeaderBytes);
  return bytes;
}

const jsonBytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** Frames of the whole snapshot, in order; each chunk is read only when its turn comes. */
async function* framesOf(view: SnapshotView): AsyncGenerator<Uint8Array> {
  yield frame(FrameKind.Header, jsonBytes({ format: snapshotFormat, appliedIndex: view.appliedIndex }));
  let chunkCount = 0;
  for await (const digest of view.chunkDigests()) {
    const bytes = await view.readChunk(digest);
    assert(bytes.length <= chunkBytesMax, "stored chunk within bound");
    const begin = new Uint8Array(36);
    begin.set(Buffer.from(digest, "hex"), 0);
    new DataView(begin.buffer).setUint32(32, bytes.length, false);
    yield frame(FrameKind.Chunk, begin);
    for (let offset = 0; offset < bytes.length; offset += frameDataBytesMax) {
      yield frame(FrameKind.ChunkData, bytes.subarray(offset, Math.min(bytes.length, offset + frameDataBytesMax)));
    }
    chunkCount += 1;
  }
  let fileCount = 0;
  for await (const file of view.files()) {
    const inline = file.inline;
    assert(inline === undefined || inline.length === file.size, "inline content is the whole file");
    yield frame(FrameKind.File, jsonBytes(inline === undefined ? file : { ...file, inline: Buffer.from(inline.buffer, inline.byteOffset, inline.byteLength).toString("base64") }));
    fileCount += 1;
  }
  let writeCount = 0;
  for await (const record of view.writeRecords()) {
    yield frame(FrameKind.Write, jsonBytes(record));
    writeCount += 1;
  }
  assert(writeCount <= writeIdsRememberedMax, "a view remembers at most the bound of write records");
  yield frame(FrameKind.End, jsonBytes({ chunks: chunkCount, files: fileCount, writes: writeCount }));
}

/** Packs frames into pieces of at most snapshotPieceBytesMax bytes (a big frame goes alone). */
async function* piecesOf(frames: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let parts: Uint8Array[] = [];
  let partsBytes = 0;
  for await (const next of frames) {
    if (partsBytes + next.length > snapshotPieceBytesMax && parts.length > 0) {
      yield Buffer.concat(parts);
      parts = [];
      partsBytes = 0;
    }
    parts.push(next);
    partsBytes += next.length;
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

/** Wraps a view as a SnapshotSource: iterate once; the view is released when iteration ends. */
export function snapshotSource(view: SnapshotView): SnapshotSource {
  let released = false;
  let iterated = false;
  const release = async (): Promise<void> => {
    if (released) return;
    released = true;
    await view.release();
  };
  return {
    appliedIndex: view.appliedIndex,
    close: release,
    async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
      assert(!iterated, "a snapshot source is iterated once");
      assert(!released, "a closed snapshot source is not iterated");
      iterated = true;
      try {
        yield* piecesOf(framesOf(view));
      } finally {
        await release();
      }
    },
  };
}

export type SnapshotItem =
  | { readonly kind: "header"; readonly appliedIndex: LogIndex }
  | { readonly kind: "chunk"; readonly digest: Digest; readonly bytes: Uint8Array }
  /** `inline`: the content of a file kept inline (format 3), checked against its chunk digest; else null. */
  | { readonly kind: "file"; readonly record: FileRecord; readonly inline: Uint8Array | null }
  | { readonly kind: "write"; readonly record: WriteRecord }
  | { readonly kind: "end"; readonly chunks: number; readonly files: number };

/** Reassembles frames from arbitrarily cut pieces; never holds more than one frame of input. */
async function* framesFrom(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<{ kind: number; payload: Uint8Array }> {
  let pending: Uint8Array = new Uint8Array(0);
  for await (const piece of pieces) {
    pending = pending.length === 0 ? piece : Buffer.concat([pending, piece]);
    let offset = 0;
    for (;;) { // bounded: each turn consumes one frame of `pending`, or leaves
      if (pending.length - offset < frameHeaderBytes) break;
      const kind = pending[offset] ?? 0;
      const length = new DataView(pending.buffer, pending.byteOffset + offset + 1, 4).getUint32(0, false);
      if (length > snapshotFrameBytesMax) throw new SnapshotFormatError(`frame of ${length} bytes exceeds ${snapshotFrameBytesMax}`);
      if (pending.length - offset < frameHeaderBytes + length) break;
      yield { kind, payload: pending.subarray(offset + frameHeaderBytes, offset + frameHeaderBytes + length) };
      offset += frameHeaderBytes + length;
    }
    pending = offset === pending.length ? new Uint8Array(0) : pending.slice(offset);
    if (pending.length > snapshotFrameBytesMax + frameHeaderBytes) throw new SnapshotFormatError("incomplete frame too long");
  }
  if (pending.length !== 0) throw new SnapshotFormatError(`snapshot ends inside a frame (${pending.length} bytes left)`);
}

function parseJson(payload: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(payload));
  } catch (error: unknown) {
    throw new SnapshotFormatError("frame is not JSON", { cause: error });
  }
  if (typeof value !== "object" || value === null) throw new SnapshotFormatError("frame is not a JSON object");
  return value as Record<string, unknown>;
}

function fileFrom(payload: Uint8Array, format: number): { readonly record: FileRecord; readonly inline: Uint8Array | null } {
  const value = parseJson(payload);
  const manifest = manifestFromJson(value);
  if (!manifest.ok) throw new SnapshotFormatError(`bad file record: ${manifest.error.message}`);
  const { version, createdMs } = value;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || typeof createdMs !== "number") {
    throw new SnapshotFormatError("file record without version or createdMs");
  }
  const record: FileRecord = { ...manifest.value, version, createdMs };
  if (value.inline === undefined) return { record, inline: null };
  if (format < 3) throw new SnapshotFormatError(`inline content in a format-${format} snapshot`);
  return { record, inline: inlineFrom(value.inline, record) };
}

/** A file frame's inline content: input from a peer, so checked whole against the file's one chunk digest. */
function inlineFrom(value: unknown, record: FileRecord): Uint8Array {
  if (!fitsInline(record.size, record.chunkBytes)) throw new SnapshotFormatError(`file ${record.name} of ${record.size} bytes carries inline content`);
  if (typeof value !== "string") throw new SnapshotFormatError(`file ${record.name}: inline content is not base64`);
  const bytes = new Uint8Array(Buffer.from(value, "base64"));
  if (bytes.length !== record.size || digestOf(bytes) !== record.chunks[0]) {
    throw new SnapshotFormatError(`file ${record.name}: inline content does not match its size and chunk digest`);
  }
  return bytes;
}

type ParseState = "start" | "chunks" | "files" | "writes" | "done";

/**
 * Parses and validates a snapshot stream: order of frames, sizes, every chunk's digest, and the
 * end frame's counts. Throws SnapshotFormatError on anything else.
 */
export async function* parseSnapshot(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<SnapshotItem> {
  let state: ParseState = "start";
  let chunk: { digest: Digest; bytes: Uint8Array; filled: number } | null = null;
  let chunkCount = 0;
  let fileCount = 0;
  let writeCount = 0;
  let format = snapshotFormat;
  for await (const { kind, payload } of framesFrom(pieces)) {
    if (state === "done") throw new SnapshotFormatError("frame after the end frame");
    if (chunk !== null && kind !== FrameKind.ChunkData) throw new SnapshotFormatError("chunk cut short");
    if (kind === FrameKind.Header) {
      if (state !== "start") throw new SnapshotFormatError("header not first");
      const header = parseJson(payload);
      const { appliedIndex } = header;
      if (typeof header.format !== "number" || header.format < snapshotFormatReadableMin || header.format > snapshotFormat) {
        throw new SnapshotFormatError(`snapshot format ${String(header.format)}, expected ${snapshotFormatReadableMin} to ${snapshotFormat}`);
      }
      format = header.format;
      if (typeof appliedIndex !== "number" || !Number.isSafeInteger(appliedIndex) || appliedIndex < 0) {
        throw new SnapshotFormatError("bad applied index");
      }
      state = "chunks";
      yield { kind: "header", appliedIndex: logIndex(appliedIndex) };
    } else if (kind === FrameKind.Chunk) {
      if (state !== "chunks" || payload.length !== 36) throw new SnapshotFormatError("misplaced or malformed chunk frame");
      const digest = Buffer.from(payload.subarray(0, 32)).toString("hex");
      const size = new DataView(payload.buffer, payload.byteOffset + 32, 4).getUint32(0, false);
      if (!isDigest(digest) || size > chunkBytesMax) throw new SnapshotFormatError(`chunk of ${size} bytes`);
      chunk = { digest, bytes: new Uint8Array(size), filled: 0 };
      if (size === 0) {
        yield* finishChunk(chunk);
        chunk = null;
        chunkCount += 1;
      }
    } else if (kind === FrameKind.ChunkData) {
      if (chunk === null || chunk.filled + payload.length > chunk.bytes.length) throw new SnapshotFormatError("stray chunk data");
      chunk.bytes.set(payload, chunk.filled);
      chunk.filled += payload.length;
      if (chunk.filled === chunk.bytes.length) {
        yield* finishChunk(chunk);
        chunk = null;
        chunkCount += 1;
      }
    } else if (kind === FrameKind.File) {
      if (state !== "chunks" && state !== "files") throw new SnapshotFormatError("misplaced file frame");
      state = "files";
      fileCount += 1;
      yield { kind: "file", ...fileFrom(payload, format) };
    } else if (kind === FrameKind.Write) {
      if (format < 2 || state === "start") throw new SnapshotFormatError("misplaced write frame");
      state = "writes";
      writeCount += 1;
      if (writeCount > writeIdsRememberedMax) throw new SnapshotFormatError(`more than ${writeIdsRememberedMax} write records`);
      const record = writeRecordFromJson(parseJson(payload));
      if (record === null) throw new SnapshotFormatError("bad write record");
      yield { kind: "write", record };
    } else if (kind === FrameKind.End) {
      if (state === "start") throw new SnapshotFormatError("end before header");
      const { chunks, files, writes } = parseJson(payload);
      if (chunks !== chunkCount || files !== fileCount || (writes ?? 0) !== writeCount) {
        throw new SnapshotFormatError(`end frame counts ${String(chunks)}/${String(files)}/${String(writes)}, saw ${chunkCount}/${fileCount}/${writeCount}`);
      }
      state = "done";
      yield { kind: "end", chunks: chunkCount, files: fileCount };
    } else {
      throw new SnapshotFormatError(`unknown frame kind ${kind}`);
    }
  }
  if (state !== "done") throw new SnapshotFormatError("snapshot ends without its end frame");
}

function* finishChunk(chunk: { digest: Digest; bytes: Uint8Array }): Generator<SnapshotItem> {
  if (digestOf(chunk.bytes) !== chunk.digest) throw new SnapshotFormatError(`chunk ${chunk.digest} does not match its digest`);
  yield { kind: "chunk", digest: chunk.digest, bytes: chunk.bytes };
}

/** What a backend does with a parsed snapshot; `commit` replaces the state atomically. */
export interface SnapshotSink {
  putChunk(digest: Digest, bytes: Uint8Array): Promise<void>;
  hasChunk(digest: Digest): Promise<boolean>;
  /** Stages a file, with its content when it is kept inline (then it needs no chunk), else null. */
  stageFile(record: FileRecord, inline: Uint8Array | null): Promise<void>;
  /** Stages a remembered write record (they arrive by version). */
  stageWriteRecord(record: WriteRecord): Promise<void>;
  commit(meta: SnapshotMeta): Promise<void>;
  /** Drops staged records after a failure; chunks already put stay (the sweep reclaims them). */
  abort(): Promise<void>;
}

/** Drives a sink from pieces; on any failure the sink is aborted and the state left as it was. */
export async function installSnapshotInto(meta: SnapshotMeta, pieces: AsyncIterable<Uint8Array>, sink: SnapshotSink): Promise<void> {
  let committed = false;
  try {
    for await (const item of parseSnapshot(pieces)) {
      switch (item.kind) {
        case "header":
          if (item.appliedIndex !== meta.index) {
            throw new SnapshotFormatError(`snapshot at applied index ${item.appliedIndex}, metadata says ${meta.index}`);
          }
          break;
        case "chunk": await sink.putChunk(item.digest, item.bytes); break;
        case "file": {
          const { record, inline } = item;
          for (const digest of inline === null ? record.chunks : []) {
            if (!(await sink.hasChunk(digest))) throw new SnapshotFormatError(`file ${record.name} references missing chunk ${digest}`);
          }
          await sink.stageFile(record, inline);
          break;
        }
        case "write": await sink.stageWriteRecord(item.record); break;
        case "end":
          await sink.commit(meta);
          committed = true;
          break;
        default: { const never: never = item; return never; }
      }
    }
    assert(committed, "a parsed snapshot ends with its end frame");
  } finally {
    if (!committed) await sink.abort();
  }
}

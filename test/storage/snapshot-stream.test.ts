/**
 * The snapshot byte format at its gateway: a stream written by snapshotSource parses back to
 * the same chunks and records however the bytes are re-cut in transit (one byte at a time, odd
 * sizes, one big piece), every piece it writes is within snapshotPieceBytesMax, and damaged
 * streams are refused with SnapshotFormatError before anything is trusted: a flipped chunk
 * byte, a truncated stream, a frame claiming more than the bound, frames out of order, and
 * end counts that do not match. The remembered write records (format 2) travel after the
 * files; a format-1 stream (an older backup) has none and still parses, and a write frame in it
 * is refused. Files kept inline (format 3) carry their content in their file frame, checked
 * against their one chunk digest; a mismatch, or inline content in a format-2 stream, is refused.
 */
import { describe, expect, test } from "bun:test";
import { logIndex } from "../../src/raft/types";
import type { Digest } from "../../src/files/digest";
import type { FileRecord } from "../../src/files/manifest";
import type { WriteId, WriteRecord } from "../../src/files/write-id";
import { parseSnapshot, snapshotFormat, snapshotPieceBytesMax, snapshotSource, SnapshotFormatError, type SnapshotItem } from "../../src/storage/snapshot-stream";
import { chunk, chunkBytes, manifest } from "./fixtures";
import { digestOf } from "../../src/files/sha256";

const chunks = [chunk(1, 3 << 20), chunk(2, 10), chunk(3, 0), chunk(4, snapshotPieceBytesMax)];
const records: FileRecord[] = [
  { ...manifest("a", chunks.slice(0, 2), 3 << 20), version: 3, createdMs: 5 },
  { ...manifest("b", chunks.slice(3), snapshotPieceBytesMax), version: 4, createdMs: 6 },
  { ...manifest("c", [], 4096), version: 5, createdMs: 7 },
];
const writes: WriteRecord[] = [
  { writeId: "0123456789abcdef0123456789abcdef" as WriteId, name: "a", sha256: records[0]?.sha256 as Digest, version: 3, createdMs: 5 },
  { writeId: "fedcba9876543210fedcba9876543210" as WriteId, name: "gone", sha256: records[1]?.sha256 as Digest, version: 4, createdMs: 6 },
];

async function written(): Promise<Uint8Array[]> {
  let released = 0;
  const source = snapshotSource({
    appliedIndex: logIndex(9),
    chunkDigests: async function* () { yield* chunks.map((item) => item.digest); },
    files: async function* () { yield* records; },
    writeRecords: async function* () { yield* writes; },
    readChunk: async (digest: Digest) => chunks.find((item) => item.digest === digest)?.bytes ?? new Uint8Array(),
    release: async () => { released += 1; },
  });
  const pieces: Uint8Array[] = [];
  for await (const piece of source) pieces.push(piece);
  expect(released).toBe(1);
  await source.close();
  expect(released).toBe(1);
  return pieces;
}

async function* recut(pieces: readonly Uint8Array[], size: number): AsyncGenerator<Uint8Array> {
  const all = Buffer.concat(pieces);
  for (let offset = 0; offset < all.length; offset += size) yield all.subarray(offset, offset + size);
}

async function parsed(stream: AsyncIterable<Uint8Array>): Promise<SnapshotItem[]> {
  const items: SnapshotItem[] = [];
  for await (const item of parseSnapshot(stream)) items.push(item);
  return items;
}

describe("snapshot stream", () => {
  test("pieces are bounded and parse back to the same state however they are cut", async () => {
    const pieces = await written();
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(snapshotPieceBytesMax);
    for (const size of [1 << 30, 7_919, 1 << 20, 65_537]) {
      const items = await parsed(recut(pieces, size));
      expect(items[0]).toEqual({ kind: "header", appliedIndex: logIndex(9) });
      expect(items.filter((item) => item.kind === "chunk").map((item) => item.kind === "chunk" && item.digest)).toEqual(chunks.map((item) => item.digest));
      expect(items.filter((item) => item.kind === "file").map((item) => item.kind === "file" && item.record)).toEqual(records);
      expect(items.filter((item) => item.kind === "write").map((item) => item.kind === "write" && item.record)).toEqual(writes);
      expect(items.at(-1)).toEqual({ kind: "end", chunks: 4, files: 3 });
    }
  });

  test("one byte at a time still parses (the header and the small records)", async () => {
    const pieces = await written();
    const all = Buffer.concat(pieces);
    const header = all.subarray(0, 64);
    async function* bytewise(): AsyncGenerator<Uint8Array> {
      for (const byte of header) yield new Uint8Array([byte]);
      yield all.subarray(64);
    }
    expect((await parsed(bytewise())).length).toBe(1 + chunks.length + records.length + writes.length + 1);
  });

  test("damaged streams are refused", async () => {
    const all = Buffer.concat(await written());
    const flipped = Buffer.from(all);
    flipped[200] = (flipped[200] ?? 0) ^ 0xff;
    await expect(parsed(recut([flipped], 1 << 20))).rejects.toThrow(/does not match its digest/);
    await expect(parsed(recut([all.subarray(0, all.length - 3)], 1 << 20))).rejects.toThrow(SnapshotFormatError);
    const huge = new Uint8Array([4, 0xff, 0xff, 0xff, 0xff]);
    await expect(parsed(recut([huge], 5))).rejects.toThrow(/exceeds/);
    const fileFirst = Buffer.concat([new Uint8Array([4, 0, 0, 0, 2]), Buffer.from("{}")]);
    await expect(parsed(recut([fileFirst], 100))).rejects.toThrow(/misplaced/);
    const header = Buffer.from(JSON.stringify({ format: 1, appliedIndex: 1 }));
    const end = Buffer.from(JSON.stringify({ chunks: 5, files: 0 }));
    const frame = (kind: number, payload: Buffer): Buffer => {
      const head = Buffer.alloc(5);
      head[0] = kind;
      head.writeUInt32BE(payload.length, 1);
      return Buffer.concat([head, payload]);
    };
    await expect(parsed(recut([frame(1, header), frame(5, end)], 100))).rejects.toThrow(/counts/);
    await expect(parsed(recut([frame(1, header)], 100))).rejects.toThrow(/without its end frame/);
  });

  test("a format-1 stream (no write records) parses; a write frame in it, or a bad or misplaced one, is refused", async () => {
    const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
    const frame = (kind: number, payload: Buffer): Buffer => {
      const head = Buffer.alloc(5);
      head[0] = kind;
      head.writeUInt32BE(payload.length, 1);
      return Buffer.concat([head, payload]);
    };
    const file = frame(4, json(records[2]));
    const write = frame(6, json(writes[0]));
    const old = [frame(1, json({ format: 1, appliedIndex: 9 })), file, frame(5, json({ chunks: 0, files: 1 }))];
    expect((await parsed(recut(old, 100))).map((item) => item.kind)).toEqual(["header", "file", "end"]);
    const oldWithWrite = [frame(1, json({ format: 1, appliedIndex: 9 })), write, frame(5, json({ chunks: 0, files: 0, writes: 1 }))];
    await expect(parsed(recut(oldWithWrite, 100))).rejects.toThrow(/misplaced write frame/);
    const header2 = frame(1, json({ format: 2, appliedIndex: 9 }));
    const fileAfterWrite = [header2, write, file, frame(5, json({ chunks: 0, files: 1, writes: 1 }))];
    await expect(parsed(recut(fileAfterWrite, 100))).rejects.toThrow(/misplaced file frame/);
    const badWrite = [header2, frame(6, json({ ...writes[0], writeId: "not-hex" })), frame(5, json({ chunks: 0, files: 0, writes: 1 }))];
    await expect(parsed(recut(badWrite, 100))).rejects.toThrow(/bad write record/);
    const miscounted = [header2, write, frame(5, json({ chunks: 0, files: 0 }))];
    await expect(parsed(recut(miscounted, 100))).rejects.toThrow(/counts/);
    await expect(parsed(recut([frame(1, json({ format: snapshotFormat + 1, appliedIndex: 9 }))], 100))).rejects.toThrow(new RegExp(`format ${snapshotFormat + 1}`));
  });

  test("a file kept inline travels with its content and comes back checked; damaged or misplaced inline content is refused", async () => {
    const content = chunkBytes(5, 777);
    const record: FileRecord = { ...manifest("small", [{ digest: digestOf(content), bytes: content }], 1 << 20), version: 3, createdMs: 4 };
    const source = snapshotSource({
      appliedIndex: logIndex(3),
      chunkDigests: async function* () { /* an inline file needs no chunk */ },
      files: async function* () { yield { ...record, inline: content }; yield records[2] as FileRecord; },
      writeRecords: async function* () { /* none */ },
      readChunk: async () => { throw new Error("no chunk is read"); },
      release: async () => undefined,
    });
    const pieces: Uint8Array[] = [];
    for await (const piece of source) pieces.push(piece);
    const files = (await parsed(recut(pieces, 37))).filter((item) => item.kind === "file");
    expect(files).toEqual([{ kind: "file", record, inline: content }, { kind: "file", record: records[2] as FileRecord, inline: null }]);
    const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
    const frame = (kind: number, payload: Buffer): Buffer => {
      const head = Buffer.alloc(5);
      head[0] = kind;
      head.writeUInt32BE(payload.length, 1);
      return Buffer.concat([head, payload]);
    };
    const end = frame(5, json({ chunks: 0, files: 1 }));
    const flipped = Buffer.from(content);
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    const damaged = [frame(1, json({ format: 3, appliedIndex: 3 })), frame(4, json({ ...record, inline: flipped.toString("base64") })), end];
    await expect(parsed(recut(damaged, 100))).rejects.toThrow(/inline content does not match/);
    const inFormat2 = [frame(1, json({ format: 2, appliedIndex: 3 })), frame(4, json({ ...record, inline: Buffer.from(content).toString("base64") })), end];
    await expect(parsed(recut(inFormat2, 100))).rejects.toThrow(/format-2/);
  });
});

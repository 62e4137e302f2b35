/**
 * File commands at their gateway: every kind round trips through encode/decode, and malformed
 * or inconsistent commands (not JSON, unknown kind, a chunk list that does not match size and
 * chunk size, bad digests, chunk size over the bound, an empty name) are refused with
 * FileCommandError rather than trusted. chunkReferencesOf gives the digests a log entry pins.
 * A put-file carries its write id when it has one, an entry written before write ids decodes
 * without one, and a malformed id is refused.
 */
import { describe, expect, test } from "bun:test";
import { chunkReferencesOf, decodeFileCommand, encodeFileCommand, type FileCommand } from "../../src/storage/file-commands";
import { chunk, manifest } from "./fixtures";
import { chunkBytesMax } from "../../src/files/limits";
import type { WriteId } from "../../src/files/write-id";

const one = chunk(1);
const two = chunk(2, 100);
const good = manifest("dir/file.bin", [one, two]);

describe("file commands", () => {
  test("every kind round trips", () => {
    const commands: FileCommand[] = [
      { kind: "put-file", manifest: good, createdMs: 1_700_000_000_123 },
      { kind: "put-file", manifest: good, createdMs: 1_700_000_000_123, writeId: "00112233445566778899aabbccddeeff" as WriteId },
      { kind: "remove-file", name: "dir/file.bin" },
      { kind: "chunk", digest: one.digest },
    ];
    for (const command of commands) {
      const decoded = decodeFileCommand(encodeFileCommand(command));
      expect(decoded).toEqual({ ok: true, value: command });
    }
  });

  test("chunk references: a put pins its chunks, a chunk entry its digest, a remove nothing", () => {
    expect(chunkReferencesOf({ kind: "put-file", manifest: good, createdMs: 0 })).toEqual([one.digest, two.digest]);
    expect(chunkReferencesOf({ kind: "chunk", digest: two.digest })).toEqual([two.digest]);
    expect(chunkReferencesOf({ kind: "remove-file", name: "x" })).toEqual([]);
  });

  test("malformed commands are refused", () => {
    const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
    const bad: unknown[] = [
      "not json",
      { kind: "rename" },
      { kind: "chunk", digest: "abc" },
      { kind: "put-file", manifest: { ...good, size: good.size + 5000 }, createdMs: 1 },
      { kind: "put-file", manifest: { ...good, chunkBytes: chunkBytesMax + 1 }, createdMs: 1 },
      { kind: "put-file", manifest: { ...good, name: "" }, createdMs: 1 },
      { kind: "put-file", manifest: { ...good, chunks: [one.digest, "zz"] }, createdMs: 1 },
      { kind: "put-file", manifest: good },
      { kind: "put-file", manifest: good, createdMs: 1, writeId: "00112233445566778899AABBCCDDEEFF" },
      { kind: "put-file", manifest: good, createdMs: 1, writeId: "0011" },
      { kind: "put-file", manifest: good, createdMs: 1, writeId: 7 },
    ];
    for (const value of bad) {
      const decoded = decodeFileCommand(bytes(value));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.error.name).toBe("FileCommandError");
    }
  });
});

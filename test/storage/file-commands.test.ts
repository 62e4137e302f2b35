/**
 * File commands at their gateway: every kind round trips through encode/decode, and malformed
 * or inconsistent commands (not JSON, unknown kind, a chunk list that does not match size and
 * chunk size, bad digests, chunk size over the bound, an empty name) are refused with
 * FileCommandError rather than trusted. chunkReferencesOf gives the digests a log entry pins.
 * A put-file carries its write id when it has one, an entry written before write ids decodes
 * without one, and a malformed id is refused. A small file's put-file carries its content
 * inline (base64 in the JSON) and round trips byte for byte; it pins no chunk; inline content
 * whose length is not the manifest's, that is not base64, or for a file too big to be inline is
 * refused.
 */
import { describe, expect, test } from "bun:test";
import { chunkReferencesOf, decodeFileCommand, encodeFileCommand, type FileCommand } from "../../src/storage/file-commands";
import { chunk, chunkBytes, manifest, putInline } from "./fixtures";
import { chunkBytesMax, inlineBytesMax } from "../../src/files/limits";
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

  test("a put-file with inline content round trips byte for byte and pins no chunk", () => {
    for (const size of [1, 255, 4096, inlineBytesMax]) {
      const command = putInline(1, `small-${size}`, chunkBytes(size, size)).command;
      const encoded = encodeFileCommand(command);
      expect(decodeFileCommand(encoded)).toEqual({ ok: true, value: command });
      expect(chunkReferencesOf(command)).toEqual([]);
      // Base64 in JSON: about 4/3 of the content plus the manifest, a small entry.
      expect(encoded.length).toBeLessThan(Math.ceil(size / 3) * 4 + 1024);
    }
  });

  test("inline content that disagrees with its manifest is refused", () => {
    const content = chunkBytes(7, 100);
    const command = putInline(1, "small", content).command;
    if (command.kind !== "put-file") throw new Error("fixture");
    const json = JSON.parse(new TextDecoder().decode(encodeFileCommand(command))) as Record<string, unknown>;
    const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
    const tooBig = chunkBytes(8, inlineBytesMax + 1);
    const bad: unknown[] = [
      { ...json, inline: Buffer.from(content.subarray(1)).toString("base64") },
      { ...json, inline: "not base64!" },
      { ...json, inline: 7 },
      { ...json, manifest: manifest("big", [{ digest: chunk(9).digest, bytes: tooBig }], 1 << 20), inline: Buffer.from(tooBig).toString("base64") },
    ];
    for (const value of bad) {
      const decoded = decodeFileCommand(bytes(value));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.error.message).toMatch(/inline/);
    }
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

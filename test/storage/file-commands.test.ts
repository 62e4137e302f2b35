/**
 * File commands at their gateway: every kind round trips through encode/decode, and malformed
 * or inconsistent commands (not JSON, unknown kind, a chunk list that does not match size and
 * chunk size, bad digests, chunk size over the bound, an empty name) are refused with
 * FileCommandError rather than trusted. chunkReferencesOf gives the digests a log entry pins.
 * A put-file carries its write id when it has one, an entry written before write ids decodes
 * without one, and a malformed id is refused. A small file's put-file (up to 64 KiB) carries
 * its content raw after its JSON (rawInlineTag) and round trips byte for byte; it pins no chunk;
 * an entry written before that layout (base64 in the JSON) still decodes; inline content whose
 * length is not the manifest's, that is not base64, that is cut short, or for a file too big to
 * be inline is refused, in either layout.
 */
import { describe, expect, test } from "bun:test";
import { chunkReferencesOf, decodeFileCommand, encodeFileCommand, rawInlineTag, type FileCommand } from "../../src/storage/file-commands";
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

  /** A put-file as entries before the raw layout carried it: the content base64 in the JSON. */
  const base64Entry = (command: FileCommand): Uint8Array => {
    if (command.kind !== "put-file" || command.inline === undefined) throw new Error("fixture");
    return new TextEncoder().encode(JSON.stringify({ ...command, inline: Buffer.from(command.inline).toString("base64") }));
  };
  /** The raw layout spelled out: tag, JSON length, JSON, content. */
  const rawEntry = (json: unknown, content: Uint8Array): Uint8Array => {
    const text = new TextEncoder().encode(JSON.stringify(json));
    const bytes = new Uint8Array(5 + text.length + content.length);
    bytes[0] = rawInlineTag;
    new DataView(bytes.buffer).setUint32(1, text.length);
    bytes.set(text, 5);
    bytes.set(content, 5 + text.length);
    return bytes;
  };

  test("a put-file with inline content, up to 64 KiB, round trips byte for byte, raw after its JSON, and pins no chunk", () => {
    expect(inlineBytesMax).toBe(64 << 10);
    for (const size of [1, 255, 4096, 16 << 10, (16 << 10) + 1, inlineBytesMax]) {
      const command = putInline(1, `small-${size}`, chunkBytes(size, size)).command;
      const encoded = encodeFileCommand(command);
      expect(decodeFileCommand(encoded)).toEqual({ ok: true, value: command });
      expect(chunkReferencesOf(command)).toEqual([]);
      // Raw: the content once, plus the manifest's JSON, a small entry (base64 was 4/3 of it).
      expect(encoded[0]).toBe(rawInlineTag);
      expect(encoded.length).toBeLessThan(size + 1024);
    }
  });

  test("a put-file written before the raw layout (base64 in the JSON) still decodes", () => {
    for (const size of [1, 16 << 10]) {
      const command = putInline(1, `old-${size}`, chunkBytes(size, size)).command;
      expect(decodeFileCommand(base64Entry(command))).toEqual({ ok: true, value: command });
    }
  });

  test("inline content that disagrees with its manifest is refused, in either layout", () => {
    const content = chunkBytes(7, 100);
    const command = putInline(1, "small", content).command;
    if (command.kind !== "put-file") throw new Error("fixture");
    const { inline: _, ...json } = command;
    const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
    const tooBig = chunkBytes(8, inlineBytesMax + 1);
    const bigManifest = manifest("big", [{ digest: chunk(9).digest, bytes: tooBig }], 1 << 20);
    const bad: Uint8Array[] = [
      bytes({ ...json, inline: Buffer.from(content.subarray(1)).toString("base64") }),
      bytes({ ...json, inline: "not base64!" }),
      bytes({ ...json, inline: 7 }),
      bytes({ ...json, manifest: bigManifest, inline: Buffer.from(tooBig).toString("base64") }),
      rawEntry(json, content.subarray(1)),
      rawEntry({ ...json, manifest: bigManifest }, tooBig),
      rawEntry({ ...json, inline: Buffer.from(content).toString("base64") }, content),
    ];
    for (const value of bad) {
      const decoded = decodeFileCommand(value);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.error.message).toMatch(/inline/);
    }
    const good = rawEntry(json, content);
    expect(decodeFileCommand(good)).toEqual({ ok: true, value: command });
    // Cut inside the header or the JSON, or raw content after a command that is not a put-file.
    for (const value of [good.subarray(0, 3), good.subarray(0, 40), rawEntry({ kind: "remove-file", name: "small" }, content)]) {
      const decoded = decodeFileCommand(value);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.error.name).toBe("FileCommandError");
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

/**
 * The one manifest check, driven across the edge of every bound (chunk size, chunk count,
 * digest count, size, the file name); each error must name the field it blames. The wire's
 * gateway (manifestFromWire) adds the byte-length check of raw digests, and the log's
 * (manifestFromJson) the field types; both end in the same validateManifest.
 */
import { describe, expect, test } from "bun:test";
import { digestBytes, digestToBytes, type Digest } from "../../src/files/digest";
import { chunkBytesMax, chunkBytesMin, chunkCountMax } from "../../src/files/limits";
import { chunkCountOf, chunkRange, manifestFromJson, ManifestError, validateManifest, type Manifest } from "../../src/files/manifest";
import { digestOf } from "../../src/files/sha256";
import { manifestFromWire, manifestToWire } from "../../src/wire/manifest-codec";

const zero = "0".repeat(digestBytes * 2) as Digest;

function fieldOf(input: Manifest): string {
  const result = validateManifest(input);
  if (result.ok) return "valid";
  expect(result.error).toBeInstanceOf(ManifestError);
  expect(result.error.message).toContain(result.error.field);
  expect(result.error.message).toContain("expected");
  return result.error.field;
}

const fakeInput = (size: number, chunkBytes: number): Manifest => ({
  name: "f",
  size,
  chunkBytes,
  chunks: Array.from({ length: chunkCountOf(size, chunkBytes) }, () => zero),
  sha256: zero,
});

describe("validateManifest", () => {
  test("accepts a real manifest and an empty file with no chunks", () => {
    const bytes = new Uint8Array(10_000).fill(7);
    const chunks = [0, 1, 2].map((index) => { const { start, end } = chunkRange(index, bytes.length, chunkBytesMin); return digestOf(bytes.subarray(start, end)); });
    expect(fieldOf({ name: "dir/f.bin", size: bytes.length, chunkBytes: chunkBytesMin, chunks, sha256: digestOf(bytes) })).toBe("valid");
    expect(fieldOf(fakeInput(0, chunkBytesMin))).toBe("valid");
    expect(chunkCountOf(0, chunkBytesMin)).toBe(0);
    expect(chunkCountOf(chunkBytesMin, chunkBytesMin)).toBe(1);
    expect(chunkCountOf(chunkBytesMin + 1, chunkBytesMin)).toBe(2);
  });

  test("rejects a bad name, naming the file name rule", () => {
    const result = validateManifest({ ...fakeInput(0, chunkBytesMin), name: "../etc/passwd" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe("name");
      expect(result.error.message).toContain("dot-segment");
    }
  });

  test("chunk size must lie in [chunkBytesMin, chunkBytesMax]", () => {
    expect(fieldOf(fakeInput(0, chunkBytesMin))).toBe("valid");
    expect(fieldOf(fakeInput(0, chunkBytesMax))).toBe("valid");
    expect(fieldOf({ ...fakeInput(0, chunkBytesMin), chunkBytes: chunkBytesMin - 1 })).toBe("chunkBytes");
    expect(fieldOf({ ...fakeInput(0, chunkBytesMin), chunkBytes: chunkBytesMax + 1 })).toBe("chunkBytes");
    expect(fieldOf({ ...fakeInput(0, chunkBytesMin), chunkBytes: chunkBytesMin + 0.5 })).toBe("chunkBytes");
  });

  test("size must be a non-negative integer and at most chunkCountMax chunks", () => {
    expect(fieldOf({ ...fakeInput(0, chunkBytesMin), size: -1 })).toBe("size");
    expect(fieldOf({ ...fakeInput(0, chunkBytesMin), size: 1.5 })).toBe("size");
    expect(fieldOf({ ...fakeInput(0, chunkBytesMin), size: Number.NaN })).toBe("size");
    expect(fieldOf(fakeInput(chunkCountMax * chunkBytesMin, chunkBytesMin))).toBe("valid");
    expect(fieldOf(fakeInput(chunkCountMax * chunkBytesMin + 1, chunkBytesMin))).toBe("size");
  });

  test("there must be exactly ceil(size / chunkBytes) well-formed chunk digests", () => {
    const good = fakeInput(3 * chunkBytesMin + 1, chunkBytesMin);
    expect(good.chunks.length).toBe(4);
    expect(fieldOf(good)).toBe("valid");
    expect(fieldOf({ ...good, chunks: good.chunks.slice(1) })).toBe("chunks");
    expect(fieldOf({ ...good, chunks: [...good.chunks, zero] })).toBe("chunks");
    expect(fieldOf({ ...good, chunks: [zero, zero, "xyz" as Digest, zero] })).toBe("chunks");
    expect(fieldOf({ ...good, sha256: "ABC" as Digest })).toBe("sha256");
  });
});

describe("the wire's gateway", () => {
  test("a manifest survives the wire unchanged", () => {
    const manifest = fakeInput(3 * chunkBytesMin + 1, chunkBytesMin);
    const back = manifestFromWire(manifestToWire(manifest));
    expect(back.ok ? back.value : back.error).toEqual(manifest);
  });

  test("raw digests must be 32 bytes, and the error names the field", () => {
    const wire = manifestToWire(fakeInput(2 * chunkBytesMin, chunkBytesMin));
    const short = manifestFromWire({ ...wire, chunkDigests: [digestToBytes(zero), new Uint8Array(31)] });
    expect(short.ok ? "valid" : short.error.field).toBe("chunks");
    const long = manifestFromWire({ ...wire, digest: new Uint8Array(33) });
    expect(long.ok ? "valid" : long.error.field).toBe("sha256");
    expect(manifestFromWire(null).ok).toBe(false);
  });
});

describe("the log's gateway", () => {
  test("field types are checked before the rules", () => {
    const good = fakeInput(chunkBytesMin, chunkBytesMin);
    expect(manifestFromJson(JSON.parse(JSON.stringify(good))).ok).toBe(true);
    const fieldOfJson = (value: unknown): string => { const result = manifestFromJson(value); return result.ok ? "valid" : result.error.field; };
    expect(fieldOfJson({ ...good, size: "4096" })).toBe("size");
    expect(fieldOfJson({ ...good, chunks: "none" })).toBe("chunks");
    expect(fieldOfJson({ ...good, sha256: 5 })).toBe("sha256");
    expect(fieldOfJson(null)).toBe("name");
  });
});

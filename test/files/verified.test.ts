/**
 * Verified bytes are made in exactly two places (src/files/verified.ts says why): by hashing
 * (src/files/sha256.ts) and by the wire codec's payload check (src/wire/codec.ts). This proves
 * the list holds (a new maker fails here until someone decides it should be one), that the
 * codec marks only the segments it checked, and that the file digest is SHA-256 over the chunk
 * digests, computable from the manifest alone.
 */
import { expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { digestToBytes } from "../../src/files/digest";
import { digestOf, fileDigestOf, FileDigestBuilder, fileDigestProblem, hashChunk, verifyChunk } from "../../src/files/sha256";
import { decodeMessage, encodeMessage, verifiedPayload } from "../../src/wire/codec";

const makers = ["src/files/sha256.ts", "src/wire/codec.ts"];

test("only the hashing module and the wire codec make verified bytes", async () => {
  const found: string[] = [];
  for (const file of new Bun.Glob("src/**/*.ts").scanSync()) {
    if (file === "src/files/verified.ts") continue;
    if (/asVerifiedChunk\(/.test(await Bun.file(file).text())) found.push(file);
  }
  expect(found.sort()).toEqual(makers);
});

test("hashing makes verified bytes; a wrong claim does not", () => {
  const bytes = new TextEncoder().encode("a chunk");
  const chunk = hashChunk(bytes);
  expect(chunk.digest).toBe(digestOf(bytes));
  expect(chunk.bytes).toBe(bytes);
  expect(verifyChunk(chunk.digest, bytes)?.digest).toBe(chunk.digest);
  expect(verifyChunk(digestOf(new Uint8Array(1)), bytes)).toBeNull();
});

test("the codec marks the payload it checked, and nothing else", () => {
  const data = new TextEncoder().encode("payload bytes");
  const encoded = encodeMessage({ requestId: 1, writeChunk: { uploadId: 1, chunkIndex: 0, data } });
  expect(verifiedPayload(data)).toBeNull();
  const decoded = decodeMessage(encoded.envelope, encoded.segments);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  const verified = verifiedPayload(decoded.value.writeChunk?.data);
  expect(verified?.digest).toBe(digestOf(data));
  expect(verifiedPayload(new Uint8Array(decoded.value.writeChunk?.data ?? []))).toBeNull();
  expect(verifiedPayload(undefined)).toBeNull();
});

test("the file digest is SHA-256 over the concatenated 32-byte chunk digests", () => {
  const chunks = ["one", "two", "three"].map((text) => digestOf(new TextEncoder().encode(text)));
  const concatenated = Buffer.concat(chunks.map((chunk) => Buffer.from(digestToBytes(chunk))));
  expect<string>(fileDigestOf(chunks)).toBe(createHash("sha256").update(concatenated).digest("hex"));
  const builder = new FileDigestBuilder();
  for (const chunk of chunks) builder.add(chunk);
  expect(builder.finish()).toBe(fileDigestOf(chunks));
  // An empty file: SHA-256 of nothing, which is also the SHA-256 of its content.
  expect<string>(fileDigestOf([])).toBe(createHash("sha256").digest("hex"));
  const manifest = { name: "f", size: 3 * 4096, chunkBytes: 4096, chunks, sha256: fileDigestOf(chunks) };
  expect(fileDigestProblem(manifest)).toBeNull();
  expect(fileDigestProblem({ ...manifest, sha256: digestOf(new TextEncoder().encode("onetwothree")) })).toContain("not SHA-256 over its 3 chunk digest(s)");
});

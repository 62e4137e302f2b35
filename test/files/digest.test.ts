/**
 * The one digest representation: hex from bytes and back is exact, and the gateway refuses
 * anything but 32 bytes (the wire's raw digests) or 64 lowercase hex digits.
 */
import { expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { digestFromBytes, digestToBytes, isDigest } from "../../src/files/digest";
import { DigestBuilder, digestOf, digestOfAsync } from "../../src/files/sha256";

test("bytes to hex and back is exact, and matches node's hex", () => {
  const raw = new Uint8Array(createHash("sha256").update("abc").digest());
  const digest = digestFromBytes(raw);
  expect<string | null>(digest).toBe(createHash("sha256").update("abc").digest("hex"));
  expect(digest === null ? null : [...digestToBytes(digest)]).toEqual([...raw]);
});

test("only 32 bytes make a digest", () => {
  expect(digestFromBytes(new Uint8Array(31))).toBeNull();
  expect(digestFromBytes(new Uint8Array(33))).toBeNull();
  expect(digestFromBytes(undefined)).toBeNull();
  expect<string | null>(digestFromBytes(new Uint8Array(32))).toBe("0".repeat(64));
});

test("isDigest wants 64 lowercase hex digits", () => {
  expect(isDigest("a".repeat(64))).toBe(true);
  expect(isDigest("A".repeat(64))).toBe(false);
  expect(isDigest("a".repeat(63))).toBe(false);
  expect(isDigest(42)).toBe(false);
});

test("the three ways to hash agree", async () => {
  const bytes = new TextEncoder().encode("hello, chunk");
  const builder = new DigestBuilder();
  builder.update(bytes.subarray(0, 5));
  builder.update(bytes.subarray(5));
  expect(await digestOfAsync(bytes)).toBe(digestOf(bytes));
  expect(builder.finish()).toBe(digestOf(bytes));
});

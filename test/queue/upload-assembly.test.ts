/**
 * Proves the chunk bookkeeping of an upload (the manifest's own checks are in
 * test/files/manifest.test.ts). An Upload is fed chunks in
 * every way a client can get them wrong (corrupt, short, long, duplicated, out of range) and
 * must ask again for exactly the missing or corrupt ones, become complete only when every chunk
 * is verified, and time out a client that is silent, with an allowance that grows with what is
 * left and is pushed back only by real progress. A random test checks the counts against a
 * plain set of received indexes.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { silenceAllowanceMs, Upload, uploadSilenceMsBase, uploadSilenceMsMax, uploadSilenceMsPerChunk } from "../../src/queue/upload-assembly";
import { validateManifest, type Manifest } from "../../src/files/manifest";
import { digestOf } from "../../src/files/sha256";
import { chunkBytesMax, chunkBytesMin, chunkCountMax } from "../../src/files/limits";

const sha256 = digestOf;

function fileOf(size: number, seed = 1): Uint8Array {
  const prng = new Prng(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = prng.nextUint32() & 0xff;
  return bytes;
}

function chunksOf(file: Uint8Array, chunkSize: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let offset = 0; offset < file.length; offset += chunkSize) out.push(file.subarray(offset, offset + chunkSize));
  return out;
}

function inputFor(file: Uint8Array, chunkSize: number, name = "dir/f.bin"): Manifest {
  return { name, size: file.length, chunkBytes: chunkSize, chunks: chunksOf(file, chunkSize).map(sha256), sha256: sha256(file) };
}

function manifestFor(file: Uint8Array, chunkSize: number): Manifest {
  const result = validateManifest(inputFor(file, chunkSize));
  if (!result.ok) throw result.error;
  return result.value;
}

describe("Upload", () => {
  const chunkSize = chunkBytesMin;
  const file = fileOf(3 * chunkSize + 100);
  const chunks = chunksOf(file, chunkSize);

  test("accepts every chunk in any order and becomes complete", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 0);
    expect(upload.chunkCount).toBe(4);
    expect(upload.needed()).toEqual([0, 1, 2, 3]);
    for (const index of [2, 0, 3, 1]) {
      expect(upload.complete()).toBe(false);
      expect(upload.accept(index, chunks[index] ?? new Uint8Array(), 0)).toBe("accepted");
    }
    expect(upload.needed()).toEqual([]);
    expect(upload.complete()).toBe(true);
  });

  test("an empty file is complete at once", () => {
    const upload = new Upload(1, manifestFor(new Uint8Array(0), chunkSize), sha256, 0);
    expect(upload.chunkCount).toBe(0);
    expect(upload.complete()).toBe(true);
    expect(upload.needed()).toEqual([]);
    expect(upload.accept(0, new Uint8Array(1), 0)).toBe("out-of-range");
  });

  test("a corrupt chunk is reported and needed again, then accepted when resent", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 0);
    const bad = new Uint8Array(chunks[1] ?? new Uint8Array());
    bad[7] = (bad[7] ?? 0) ^ 1;
    expect(upload.accept(0, chunks[0] ?? new Uint8Array(), 0)).toBe("accepted");
    expect(upload.accept(1, bad, 0)).toBe("corrupt");
    expect(upload.needed()).toEqual([1, 2, 3]);
    expect(upload.has(1)).toBe(false);
    expect(upload.accept(1, chunks[1] ?? new Uint8Array(), 0)).toBe("accepted");
    expect(upload.needed()).toEqual([2, 3]);
  });

  test("every chunk but the last must be chunkSize bytes; the last holds the rest", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 0);
    expect(upload.chunkSizeAt(0)).toBe(chunkSize);
    expect(upload.chunkSizeAt(3)).toBe(100);
    expect(upload.accept(0, new Uint8Array(chunkSize - 1), 0)).toBe("wrong-size");
    expect(upload.accept(0, new Uint8Array(chunkSize + 1), 0)).toBe("wrong-size");
    expect(upload.accept(3, new Uint8Array(chunkSize), 0)).toBe("wrong-size");
    expect(upload.needed()).toEqual([0, 1, 2, 3]);
  });

  test("duplicates and out-of-range indexes change nothing", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 0);
    expect(upload.accept(0, chunks[0] ?? new Uint8Array(), 0)).toBe("accepted");
    expect(upload.accept(0, chunks[0] ?? new Uint8Array(), 0)).toBe("duplicate");
    for (const index of [-1, 4, 1.5, Number.NaN]) expect(upload.accept(index, new Uint8Array(1), 0)).toBe("out-of-range");
    expect(upload.neededCount()).toBe(3);
  });

  test("forget makes an accepted chunk needed again (the spool write failed)", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 0);
    for (let index = 0; index < 4; index += 1) upload.accept(index, chunks[index] ?? new Uint8Array(), 0);
    expect(upload.complete()).toBe(true);
    upload.forget(2);
    expect(upload.complete()).toBe(false);
    expect(upload.needed()).toEqual([2]);
    expect(() => upload.forget(2)).toThrow();
  });

  test("needed honours its limit", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 0);
    expect(upload.needed(2)).toEqual([0, 1]);
    expect(upload.needed(0)).toEqual([]);
  });

  test("the deadline scales with what is left and only progress pushes it back", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), sha256, 1000);
    const first = upload.deadlineMs();
    expect(first).toBe(1000 + silenceAllowanceMs(4, file.length));
    expect(first).toBeGreaterThanOrEqual(1000 + uploadSilenceMsBase + 4 * uploadSilenceMsPerChunk);
    expect(upload.expired(first - 1)).toBe(false);
    expect(upload.expired(first)).toBe(true);
    // A corrupt chunk is not progress.
    const bad = new Uint8Array(chunkSize);
    expect(upload.accept(0, bad, first - 1)).toBe("corrupt");
    expect(upload.deadlineMs()).toBe(first);
    // An accepted chunk is: the deadline moves to now plus the (smaller) allowance for the rest.
    expect(upload.accept(0, chunks[0] ?? new Uint8Array(), first - 1)).toBe("accepted");
    expect(upload.deadlineMs()).toBe(first - 1 + silenceAllowanceMs(3, file.length - chunkSize));
    expect(upload.expired(first)).toBe(false);
    // touch never moves the deadline earlier.
    const later = upload.deadlineMs();
    upload.touch(0);
    expect(upload.deadlineMs()).toBe(later);
  });

  test("the silence allowance grows with chunks and bytes and is capped", () => {
    expect(silenceAllowanceMs(0, 0)).toBe(uploadSilenceMsBase);
    expect(silenceAllowanceMs(10, 0)).toBeGreaterThan(silenceAllowanceMs(1, 0));
    expect(silenceAllowanceMs(1, 64 << 20)).toBeGreaterThan(silenceAllowanceMs(1, 1 << 20));
    expect(silenceAllowanceMs(chunkCountMax, chunkCountMax * chunkBytesMax)).toBe(uploadSilenceMsMax);
  });

  test("random chunk deliveries keep the counts equal to a plain set of verified indexes", () => {
    const prng = new Prng(42);
    const size = prng.intBetween(0, 40 * chunkSize);
    const data = fileOf(size, 9);
    const pieces = chunksOf(data, chunkSize);
    const upload = new Upload(7, manifestFor(data, chunkSize), sha256, 0);
    const verified = new Set<number>();
    for (let step = 0; step < 2000 && !upload.complete(); step += 1) {
      const index = prng.intBetween(-1, pieces.length);
      const piece = pieces[index];
      let sent = piece ?? new Uint8Array(1);
      if (piece !== undefined && prng.chance(0.3)) {
        sent = new Uint8Array(piece);
        sent[0] = (sent[0] ?? 0) ^ 0x80;
      }
      const outcome = upload.accept(index, sent, step);
      if (piece === undefined) expect(outcome).toBe("out-of-range");
      else if (verified.has(index)) expect(outcome).toBe("duplicate");
      else if (sent === piece) expect(outcome).toBe("accepted");
      else expect(outcome).toBe("corrupt");
      if (outcome === "accepted") verified.add(index);
      if (outcome === "accepted" && prng.chance(0.05)) {
        upload.forget(index);
        verified.delete(index);
      }
      expect(upload.neededCount()).toBe(pieces.length - verified.size);
      expect(upload.needed().every((i) => !verified.has(i))).toBe(true);
    }
    expect(upload.complete()).toBe(true);
  });
});

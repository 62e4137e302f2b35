/**
 * Proves the chunk bookkeeping of an upload (the manifest's own checks are in
 * test/files/manifest.test.ts). An Upload is fed verified chunks in every way a client can get
 * them wrong (a digest that is not the manifest's, short, long, duplicated, out of range) and
 * must ask again for exactly the missing or corrupt ones; it hands chunks on to the leader
 * oldest first and keeps no copy; its buffer is bounded (acknowledgements held beyond it, a
 * chunk refused past that); a lost leader's chunks are needed again; and a silent client times
 * out, with an allowance that grows with what is left and is pushed back only by progress. A
 * random test checks the counts against plain sets of indexes.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import {
  silenceAllowanceMs, Upload, uploadBufferChunks, uploadChunksInMemoryMax, uploadMemoryBytes, uploadSilenceMsBase, uploadSilenceMsMax,
  uploadSilenceMsPerChunk,
} from "../../src/queue/upload-assembly";
import { validateManifest, type Manifest } from "../../src/files/manifest";
import { fileDigestOf, hashChunk } from "../../src/files/sha256";
import type { VerifiedChunk } from "../../src/files/verified";
import { chunkBytesMax, chunkBytesMin, chunkCountMax } from "../../src/files/limits";

function fileOf(size: number, seed = 1): Uint8Array {
  const prng = new Prng(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = prng.nextUint32() & 0xff;
  return bytes;
}

function chunksOf(file: Uint8Array, chunkSize: number): VerifiedChunk[] {
  const out: VerifiedChunk[] = [];
  for (let offset = 0; offset < file.length; offset += chunkSize) out.push(hashChunk(file.subarray(offset, offset + chunkSize)));
  return out;
}

function manifestFor(file: Uint8Array, chunkSize: number): Manifest {
  const chunks = chunksOf(file, chunkSize).map((chunk) => chunk.digest);
  const result = validateManifest({ name: "dir/f.bin", size: file.length, chunkBytes: chunkSize, chunks, sha256: fileDigestOf(chunks) });
  if (!result.ok) throw result.error;
  return result.value;
}

function tampered(chunk: VerifiedChunk): VerifiedChunk {
  const bytes = new Uint8Array(chunk.bytes);
  bytes[7] = (bytes[7] ?? 0) ^ 1;
  return hashChunk(bytes);
}

const none = hashChunk(new Uint8Array(1));

describe("Upload", () => {
  const chunkSize = chunkBytesMin;
  const file = fileOf(3 * chunkSize + 100);
  const chunks = chunksOf(file, chunkSize);
  const chunkAt = (index: number): VerifiedChunk => chunks[index] ?? none;

  test("accepts every chunk in any order; received once every one is, handed once every one is taken", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 0);
    expect(upload.chunkCount).toBe(4);
    expect(upload.needed()).toEqual([0, 1, 2, 3]);
    for (const index of [2, 0, 3, 1]) {
      expect(upload.received()).toBe(false);
      expect(upload.accept(index, chunkAt(index), 0)).toBe("accepted");
    }
    expect(upload.needed()).toEqual([]);
    expect(upload.received()).toBe(true);
    expect(upload.handedAll()).toBe(false);
    // Oldest first, and the queue server keeps no copy of what it handed on.
    expect([1, 2, 3, 4].map(() => upload.take(0)?.index)).toEqual([2, 0, 3, 1]);
    expect(upload.take(0)).toBeNull();
    expect(upload.bufferedCount).toBe(0);
    expect(upload.handedAll()).toBe(true);
  });

  test("an empty file is received and handed at once", () => {
    const upload = new Upload(1, manifestFor(new Uint8Array(0), chunkSize), 0);
    expect(upload.chunkCount).toBe(0);
    expect(upload.received()).toBe(true);
    expect(upload.handedAll()).toBe(true);
    expect(upload.needed()).toEqual([]);
    expect(upload.accept(0, none, 0)).toBe("out-of-range");
  });

  test("a chunk whose digest is not the manifest's is corrupt and needed again, then accepted when resent", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 0);
    expect(upload.accept(0, chunkAt(0), 0)).toBe("accepted");
    expect(upload.accept(1, tampered(chunkAt(1)), 0)).toBe("corrupt");
    expect(upload.needed()).toEqual([1, 2, 3]);
    expect(upload.has(1)).toBe(false);
    expect(upload.accept(1, chunkAt(1), 0)).toBe("accepted");
    expect(upload.needed()).toEqual([2, 3]);
  });

  test("every chunk but the last must be chunkSize bytes; the last holds the rest", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 0);
    expect(upload.chunkSizeAt(0)).toBe(chunkSize);
    expect(upload.chunkSizeAt(3)).toBe(100);
    expect(upload.accept(0, hashChunk(new Uint8Array(chunkSize - 1)), 0)).toBe("wrong-size");
    expect(upload.accept(0, hashChunk(new Uint8Array(chunkSize + 1)), 0)).toBe("wrong-size");
    expect(upload.accept(3, hashChunk(new Uint8Array(chunkSize)), 0)).toBe("wrong-size");
    expect(upload.needed()).toEqual([0, 1, 2, 3]);
  });

  test("duplicates (buffered or handed) and out-of-range indexes change nothing", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 0);
    expect(upload.accept(0, chunkAt(0), 0)).toBe("accepted");
    expect(upload.accept(0, chunkAt(0), 0)).toBe("duplicate");
    expect(upload.take(0)?.index).toBe(0);
    expect(upload.accept(0, chunkAt(0), 0)).toBe("duplicate");
    for (const index of [-1, 4, 1.5, Number.NaN]) expect(upload.accept(index, none, 0)).toBe("out-of-range");
    expect(upload.neededCount()).toBe(3);
  });

  test("the buffer is bounded: acknowledgements are held beyond it, chunks refused past the held ones", () => {
    const big = fileOf((uploadChunksInMemoryMax + 2) * chunkSize, 3);
    const pieces = chunksOf(big, chunkSize);
    const upload = new Upload(1, manifestFor(big, chunkSize), 0);
    for (let index = 0; index < uploadChunksInMemoryMax; index += 1) {
      expect(upload.accept(index, pieces[index] ?? none, 0)).toBe("accepted");
      expect(upload.acksHeldAllowed()).toBe(Math.max(0, index + 1 - uploadBufferChunks));
    }
    expect(upload.accept(uploadChunksInMemoryMax, pieces[uploadChunksInMemoryMax] ?? none, 0)).toBe("busy");
    expect(upload.needed()).toEqual([uploadChunksInMemoryMax, uploadChunksInMemoryMax + 1]);
    upload.take(0);
    expect(upload.acksHeldAllowed()).toBe(uploadChunksInMemoryMax - 1 - uploadBufferChunks);
    expect(upload.accept(uploadChunksInMemoryMax, pieces[uploadChunksInMemoryMax] ?? none, 0)).toBe("accepted");
    expect(uploadMemoryBytes(upload.manifest)).toBe(uploadChunksInMemoryMax * chunkSize);
  });

  test("a lost leader's chunks are needed again; what is still buffered is kept", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 0);
    for (let index = 0; index < 4; index += 1) upload.accept(index, chunkAt(index), 0);
    upload.take(0);
    upload.take(0);
    expect(upload.resetHanded()).toBe(2);
    expect(upload.needed()).toEqual([0, 1]);
    expect(upload.received()).toBe(false);
    expect(upload.bufferedCount).toBe(2);
    expect(upload.accept(0, chunkAt(0), 0)).toBe("accepted");
    expect([upload.take(0)?.index, upload.take(0)?.index, upload.take(0)?.index]).toEqual([2, 3, 0]);
  });

  test("needed honours its limit", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 0);
    expect(upload.needed(2)).toEqual([0, 1]);
    expect(upload.needed(0)).toEqual([]);
  });

  test("the deadline scales with what is left and only progress pushes it back", () => {
    const upload = new Upload(1, manifestFor(file, chunkSize), 1000);
    const first = upload.deadlineMs();
    expect(first).toBe(1000 + silenceAllowanceMs(4, file.length));
    expect(first).toBeGreaterThanOrEqual(1000 + uploadSilenceMsBase + 4 * uploadSilenceMsPerChunk);
    expect(upload.expired(first - 1)).toBe(false);
    expect(upload.expired(first)).toBe(true);
    // A corrupt chunk is not progress.
    expect(upload.accept(0, tampered(chunkAt(0)), first - 1)).toBe("corrupt");
    expect(upload.deadlineMs()).toBe(first);
    // An accepted chunk is: the deadline moves to now plus the (smaller) allowance for the rest.
    expect(upload.accept(0, chunkAt(0), first - 1)).toBe("accepted");
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

  test("random deliveries, takes and lost leaders keep the counts equal to plain sets", () => {
    const prng = new Prng(42);
    const size = prng.intBetween(0, 40 * chunkSize);
    const data = fileOf(size, 9);
    const pieces = chunksOf(data, chunkSize);
    const upload = new Upload(7, manifestFor(data, chunkSize), 0);
    const buffered: number[] = [];
    const handed = new Set<number>();
    for (let step = 0; step < 4000 && !upload.handedAll(); step += 1) {
      const roll = prng.intBetween(0, 9);
      if (roll < 6) {
        const index = prng.intBetween(-1, pieces.length);
        const piece = pieces[index];
        const sent = piece !== undefined && prng.chance(0.3) ? tampered(piece) : piece ?? none;
        const outcome = upload.accept(index, sent, step);
        if (piece === undefined) expect(outcome).toBe("out-of-range");
        else if (buffered.includes(index) || handed.has(index)) expect(outcome).toBe("duplicate");
        else if (sent !== piece) expect(outcome).toBe("corrupt");
        else if (buffered.length >= uploadChunksInMemoryMax) expect(outcome).toBe("busy");
        else expect(outcome).toBe("accepted");
        if (outcome === "accepted") buffered.push(index);
      } else if (roll < 9) {
        const taken = upload.take(step);
        expect(taken?.index).toBe(buffered[0]);
        if (taken !== null) handed.add(buffered.shift() ?? -1);
      } else if (prng.chance(0.1)) {
        expect(upload.resetHanded()).toBe(handed.size);
        handed.clear();
      }
      expect(upload.bufferedCount).toBe(buffered.length);
      expect(upload.neededCount()).toBe(pieces.length - buffered.length - handed.size);
      expect(upload.needed().every((i) => !handed.has(i) && !buffered.includes(i))).toBe(true);
    }
    expect(upload.handedAll()).toBe(true);
  });
});

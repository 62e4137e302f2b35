/**
 * What this proves: the frame decoder turns any slicing of a stream of length-prefixed frames
 * back into exactly the frames that were encoded, in order — one byte at a time, many frames
 * in one read, and random split points drawn from a seeded Prng (a model check against the
 * list of bodies that went in). It also proves the failure edges: a header that announces
 * more than frameBytesMax is rejected from the 4 header bytes alone (nothing of that size is
 * allocated), exactly frameBytesMax is accepted and one more is not, a stream that ends
 * inside a frame is a truncation, and a failed decoder stays failed. The memory bound
 * (reserved bytes <= frameBytesMax + 4) is checked after every push.
 */
import { describe, expect, test } from "bun:test";
import { BufferPool } from "../../src/lib/buffer-pool";
import { Prng } from "../../src/lib/prng";
import {
  FrameDecoder,
  FrameError,
  frameBytesMaxDefault,
  frameBytesMaxLimit,
  frameHeaderBytes,
} from "../../src/wire/framing";

function bytesOf(prng: Prng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = prng.intBetween(0, 255);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Feeds `stream` cut at the given sizes and returns every body decoded. */
function decodeSliced(decoder: FrameDecoder, stream: Uint8Array, sliceSizes: () => number): Uint8Array[] {
  const bodies: Uint8Array[] = [];
  let offset = 0;
  // Checked on every push, counted rather than asserted each time: millions of expect() calls
  // made this test take tens of seconds on a loaded machine.
  let failures = 0;
  let overBound = 0;
  while (offset < stream.length) {
    const size = Math.max(1, sliceSizes());
    const result = decoder.push(stream.subarray(offset, offset + size), (body) => {
      bodies.push(body);
    });
    if (!result.ok) failures += 1;
    if (decoder.reservedBytes > decoder.frameBytesMax + frameHeaderBytes) overBound += 1;
    offset += size;
  }
  expect(failures).toBe(0);
  expect(overBound).toBe(0);
  return bodies;
}

/** A body with its big-endian length prefix (the frame layout of src/wire/frame-body.ts writes one). */
function encodeFrame(body: Uint8Array): Uint8Array {
  const frame = new Uint8Array(frameHeaderBytes + body.length);
  new DataView(frame.buffer).setUint32(0, body.length, false);
  frame.set(body, frameHeaderBytes);
  return frame;
}

describe("FrameDecoder bounds", () => {
  test("refuses a maximum over the ceiling", () => {
    expect(() => new FrameDecoder(frameBytesMaxLimit + 1)).toThrow("frameBytesMaxLimit");
  });
});

describe("FrameDecoder", () => {
  const prng = new Prng(20240601);
  const bodies = Array.from({ length: 50 }, (_, i) => bytesOf(prng, i === 0 ? 0 : prng.intBetween(1, 3000)));
  const stream = concat(bodies.map((body) => encodeFrame(body)));

  test("1-byte slices yield every frame in order", () => {
    const decoded = decodeSliced(new FrameDecoder(), stream, () => 1);
    expect(decoded).toEqual(bodies);
  });

  test("all frames coalesced in one read", () => {
    const decoder = new FrameDecoder();
    const decoded: Uint8Array[] = [];
    const result = decoder.push(stream, (body) => {
      decoded.push(body);
    });
    expect(result).toEqual({ ok: true, value: bodies.length });
    expect(decoded).toEqual(bodies);
    expect(decoder.bufferedBytes).toBe(0);
  });

  test("random split points, many seeds (model check)", () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const cases = new Prng(seed);
      const sliceMax = cases.pick([1, 3, 5, 64, 1000, 5000, 100_000]);
      const decoded = decodeSliced(new FrameDecoder(), stream, () => cases.intBetween(1, sliceMax));
      expect(decoded.length).toBe(bodies.length);
      expect(decoded).toEqual(bodies);
    }
  }, 60_000);

  test("the decoded body is a fresh buffer, not a view of the input slice", () => {
    const input = encodeFrame(new Uint8Array([1, 2, 3]));
    const bodies: Uint8Array[] = [];
    new FrameDecoder().push(input, (decoded) => {
      bodies.push(decoded);
    });
    input.fill(0);
    expect(bodies.map((body) => Array.from(body))).toEqual([[1, 2, 3]]);
  });

  test("with a pool, a chunk-sized body is assembled in a reused buffer; small ones, and any when it has none free, are fresh", () => {
    const pool = new BufferPool(1024, 1, 0);
    const decoder = new FrameDecoder(frameBytesMaxDefault, pool);
    const prng = new Prng(7);
    const big = bytesOf(prng, 900);
    const small = bytesOf(prng, 100);
    const bodies = decodeSliced(decoder, concat([encodeFrame(big), encodeFrame(small), encodeFrame(big)]), () => 64);
    expect(bodies).toEqual([big, small, big]);
    const [first, second, third] = bodies;
    if (first === undefined || second === undefined || third === undefined) throw new Error("three bodies");
    expect(pool.lends(first)).toBe(true);
    expect(pool.lends(second)).toBe(false);
    // The one pooled buffer was lent to the first body: the third is fresh.
    expect(pool.lends(third)).toBe(false);
    pool.give(first);
    const again = decodeSliced(decoder, encodeFrame(big), () => 300);
    expect(again).toEqual([big]);
    expect(again[0]?.buffer).toBe(first.buffer);
  });

  test("onFrame returning false stops decoding", () => {
    const decoder = new FrameDecoder();
    let count = 0;
    const result = decoder.push(stream, () => {
      count += 1;
      return count < 3;
    });
    expect(result).toEqual({ ok: true, value: 3 });
    expect(count).toBe(3);
  });

  test("too-large is detected from the header alone, before allocating", () => {
    const decoder = new FrameDecoder(1000);
    const header = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    const result = decoder.push(header, () => {
      throw new Error("no frame expected");
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(FrameError);
    expect(result.error.kind).toBe("too-large");
    expect(result.error.bodyBytes).toBe(0xffff_ffff);
    expect(decoder.reservedBytes).toBe(frameHeaderBytes);
  });

  test("exactly frameBytesMax passes, one more fails", () => {
    const atMax = new FrameDecoder(100);
    let got = 0;
    expect(atMax.push(encodeFrame(new Uint8Array(100)), () => {
      got += 1;
    }).ok).toBe(true);
    expect(got).toBe(1);
    const overMax = new FrameDecoder(100);
    const frame = encodeFrame(new Uint8Array(101));
    const result = overMax.push(frame, () => undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("too-large");
  });

  test("the default maximum fits a 1 MiB chunk and its envelope", () => {
    expect(frameBytesMaxDefault).toBe((1 << 20) + (64 << 10));
  });

  test("a failed decoder stays failed", () => {
    const decoder = new FrameDecoder(10);
    expect(decoder.push(new Uint8Array([0, 0, 1, 0]), () => undefined).ok).toBe(false);
    const again = decoder.push(encodeFrame(new Uint8Array(1)), () => {
      throw new Error("no frame expected after a failure");
    });
    expect(again.ok).toBe(false);
    expect(decoder.failed?.kind).toBe("too-large");
  });

  test("ending inside a header or a body is a truncation; ending between frames is not", () => {
    const clean = new FrameDecoder();
    clean.push(encodeFrame(new Uint8Array(5)), () => undefined);
    expect(clean.end().ok).toBe(true);

    const insideHeader = new FrameDecoder();
    insideHeader.push(new Uint8Array([0, 0]), () => undefined);
    const headerEnd = insideHeader.end();
    expect(headerEnd.ok).toBe(false);
    if (!headerEnd.ok) expect(headerEnd.error.kind).toBe("truncated");

    const insideBody = new FrameDecoder();
    insideBody.push(encodeFrame(new Uint8Array(50)).subarray(0, 30), () => undefined);
    expect(insideBody.bufferedBytes).toBe(30);
    const bodyEnd = insideBody.end();
    expect(bodyEnd.ok).toBe(false);
    if (!bodyEnd.ok) expect(bodyEnd.error.bodyBytes).toBe(30);
  });
});

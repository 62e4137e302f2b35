/**
 * What this proves: encodeEnvelope/decodeEnvelope round-trip an Envelope with its oneof body
 * and a 64-bit request id as an exact number, and decodeEnvelope turns every bad input into a
 * typed WireError instead of an exception — an empty body (no message), bytes that do not
 * parse, and a request id above 2^53. A seeded property test feeds thousands of random byte
 * strings and asserts decodeEnvelope never throws and returns either a message or a WireError.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { decodeEnvelope, encodeEnvelope, WireError } from "../../src/wire/codec";
import { pb } from "../../src/wire/proto";

describe("envelope codec", () => {
  test("round-trips a body and a large request id", () => {
    const bytes = encodeEnvelope({ requestId: 2 ** 40 + 7, error: { code: pb.ErrorCode.ERROR_BUSY, message: "later", retryAfterMs: 250 } });
    const decoded = decodeEnvelope(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.requestId).toBe(2 ** 40 + 7);
    expect(decoded.value.body).toBe("error");
    expect(decoded.value.error?.retryAfterMs).toBe(250);
    expect(decoded.value.error?.message).toBe("later");
  });

  test("an absent request id reads as the number 0, not the generated Long default", () => {
    const decoded = decodeEnvelope(encodeEnvelope({ ack: {} }));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.value.requestId).toBe(0);
  });

  test("an envelope with no body is a no-body error", () => {
    const decoded = decodeEnvelope(encodeEnvelope({ requestId: 3 }));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.kind).toBe("no-body");
  });

  test("bytes that do not parse are malformed, with the cause kept", () => {
    const decoded = decodeEnvelope(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toBeInstanceOf(WireError);
    expect(decoded.error.kind).toBe("malformed");
    expect(decoded.error.cause).toBeDefined();
  });

  test("a request id above 2^53 is refused", () => {
    // Field 1 (varint) = 2^60, then an empty `ack` (field 56, length-delimited).
    const big = pb.Envelope.encode(pb.Envelope.create({ ack: {} })).finish();
    const id = [0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10];
    const decoded = decodeEnvelope(new Uint8Array([...id, ...big]));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.kind).toBe("invalid-field");
  });

  test("random bytes never throw (property, seeded)", () => {
    const prng = new Prng(7);
    let accepted = 0;
    let rejected = 0;
    for (let round = 0; round < 5000; round += 1) {
      const bytes = new Uint8Array(prng.intBetween(0, 64));
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = prng.intBetween(0, 255);
      const decoded = decodeEnvelope(bytes);
      if (decoded.ok) accepted += 1;
      else {
        expect(decoded.error).toBeInstanceOf(WireError);
        rejected += 1;
      }
    }
    expect(accepted + rejected).toBe(5000);
    expect(rejected).toBeGreaterThan(0);
  });
});

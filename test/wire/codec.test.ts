/**
 * What this proves: encodeEnvelope/decodeEnvelope round-trip an Envelope with its oneof body
 * and a 64-bit request id as an exact number, and decodeEnvelope turns every bad input into a
 * typed WireError instead of an exception — an empty body (no message), bytes that do not
 * parse, and a request id above 2^53. A seeded property test feeds thousands of random byte
 * strings and asserts decodeEnvelope never throws and returns either a message or a WireError.
 * Payload segments: a steal answer's small-file contents (WriteWork.inline_data) and a Raft
 * entry's data of entryDataSegmentBytesMin or more travel after the envelope, not inside it,
 * come back byte for byte as verified bytes, and a segment altered on the way is refused;
 * smaller entry data stays inside the protobuf.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { decodeEnvelope, decodeMessage, encodeEnvelope, encodeMessage, entryDataSegmentBytesMin, sha256, verifiedPayload, WireError } from "../../src/wire/codec";
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

  test("a steal answer's inline contents travel as payload segments and come back verified", () => {
    const contents = [new Uint8Array(64 << 10).fill(7), new Uint8Array(300).fill(9)];
    const items = contents.map((data, i) => ({ workId: i + 1, write: { writeId: new Uint8Array(0), inlineData: data, inlineDigest: sha256(data) } }));
    const encoded = encodeMessage({ requestId: 5, stealResponse: { items: [...items, { workId: 9, read: { name: "x" } }] } });
    expect(encoded.segments.map((segment) => segment.length)).toEqual([64 << 10, 300]);
    expect(encoded.envelope.length).toBeLessThan(1024);
    const decoded = decodeMessage(encoded.envelope, encoded.segments);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const got = decoded.value.stealResponse?.items.map((item) => item.write?.inlineData ?? null);
    expect(got?.slice(0, 2)).toEqual(contents);
    expect(verifiedPayload(got?.[0])).not.toBeNull();
    const altered = encoded.segments.map((segment) => new Uint8Array(segment));
    altered[1]![0] = 1;
    const refused = decodeMessage(encoded.envelope, altered);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.kind).toBe("payload-mismatch");
  });

  test("a Raft entry's large data travels as a payload segment, small data inside the envelope", () => {
    const large = new Uint8Array(entryDataSegmentBytesMin).fill(3);
    const small = new Uint8Array(entryDataSegmentBytesMin - 1).fill(4);
    const entries = [large, small].map((data, i) => ({ term: 1, index: i + 1, type: pb.EntryType.ENTRY_NORMAL, data }));
    const encoded = encodeMessage({ raft: { type: pb.RaftMessageType.RAFT_APPEND, from: "n1", to: "n2", term: 1, entries } });
    expect(encoded.segments).toEqual([large]);
    expect(encoded.envelope.length).toBeGreaterThan(small.length);
    expect(encoded.envelope.length).toBeLessThan(small.length + 1024);
    const decoded = decodeMessage(encoded.envelope, encoded.segments);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.value.raft?.entries.map((entry) => new Uint8Array(entry.data))).toEqual([large, small]);
    const altered = new Uint8Array(large);
    altered[0] = 0;
    const refused = decodeMessage(encoded.envelope, [altered]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.kind).toBe("payload-mismatch");
  });
});

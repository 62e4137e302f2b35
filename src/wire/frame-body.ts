/**
 * The layout of one frame body (the bytes after the 4-byte length prefix of framing.ts):
 *
 *   u8   kind            0 plain (the handshake, an anonymous peer), 1 sealed
 *   [16] tag             sealed only: the MAC over `covered` (see src/net/frame-seal.ts)
 *   u32  envelopeBytes   ┐
 *   u16  segmentCount    │ covered: what the tag authenticates
 *   u32  × segmentCount  │ (each segment's length)
 *   envelope             ┘ one protobuf Envelope
 *   segments             raw payload bytes (chunk data), in order, never re-encoded
 *
 * Payload bytes ride after the envelope as they are, so a megabyte chunk is never copied into
 * a protobuf buffer and back out; each segment's SHA-256 is a field of the envelope (the codec
 * checks it on receipt), so the tag over the envelope covers the payload too without a second
 * pass over its bytes. Every length is checked against the body before anything is sliced.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";

export const frameTagBytes = 16;
/** Payload segments in one frame: a Raft append carries at most a few dozen chunks. */
export const segmentsMax = 256;
export type FrameKind = "plain" | "sealed";

const kindCode: Record<FrameKind, number> = { plain: 0, sealed: 1 };
const fixedBytes = 4 + 2;

export interface FrameParts {
  readonly kind: FrameKind;
  /** The tag of a sealed frame (a view of the body). */
  readonly tag: Uint8Array | null;
  /** The bytes the tag covers (a view of the body). */
  readonly covered: Uint8Array;
  readonly envelope: Uint8Array;
  /** Views of the body, one per segment. */
  readonly segments: readonly Uint8Array[];
}

/** A frame being built: write the tag into `tagSlot` (sealed frames) before sending `pieces`. */
export interface FrameDraft {
  readonly pieces: readonly Uint8Array[];
  readonly bodyBytes: number;
  readonly covered: Uint8Array;
  readonly tagSlot: Uint8Array | null;
}

/**
 * Lays out a frame: one buffer for the prefix, kind, tag slot, lengths and envelope, then each
 * segment as its own piece (the outbox writes them in order; none is copied).
 */
export function draftFrame(kind: FrameKind, envelope: Uint8Array, segments: readonly Uint8Array[]): FrameDraft {
  assert(segments.length <= segmentsMax, "segments within segmentsMax");
  const tagBytes = kind === "sealed" ? frameTagBytes : 0;
  const coveredBytes = fixedBytes + 4 * segments.length + envelope.length;
  const headBytes = 4 + 1 + tagBytes + coveredBytes;
  const segmentBytes = segments.reduce((sum, segment) => sum + segment.length, 0);
  const bodyBytes = headBytes - 4 + segmentBytes;
  const head = new Uint8Array(headBytes);
  const view = new DataView(head.buffer);
  view.setUint32(0, bodyBytes);
  head[4] = kindCode[kind];
  const coveredAt = 5 + tagBytes;
  view.setUint32(coveredAt, envelope.length);
  view.setUint16(coveredAt + 4, segments.length);
  for (const [i, segment] of segments.entries()) view.setUint32(coveredAt + fixedBytes + 4 * i, segment.length);
  head.set(envelope, coveredAt + fixedBytes + 4 * segments.length);
  return {
    pieces: segments.length === 0 ? [head] : [head, ...segments],
    bodyBytes,
    covered: head.subarray(coveredAt),
    tagSlot: tagBytes === 0 ? null : head.subarray(5, 5 + tagBytes),
  };
}

/** Splits a received body; any inconsistency is an error naming what did not add up. */
export function parseFrame(body: Uint8Array): Result<FrameParts, string> {
  if (body.length < 1) return err("empty frame");
  const kind = body[0] === 0 ? "plain" : body[0] === 1 ? "sealed" : null;
  if (kind === null) return err(`frame kind ${body[0]} is neither plain (0) nor sealed (1)`);
  const tagBytes = kind === "sealed" ? frameTagBytes : 0;
  const coveredAt = 1 + tagBytes;
  if (body.length < coveredAt + fixedBytes) return err(`frame of ${body.length} bytes is shorter than its header`);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const envelopeBytes = view.getUint32(coveredAt);
  const segmentCount = view.getUint16(coveredAt + 4);
  if (segmentCount > segmentsMax) return err(`${segmentCount} segments, at most ${segmentsMax}`);
  const envelopeAt = coveredAt + fixedBytes + 4 * segmentCount;
  if (body.length < envelopeAt) return err("frame shorter than its segment table");
  let offset = envelopeAt + envelopeBytes;
  const segments: Uint8Array[] = [];
  for (let i = 0; i < segmentCount; i += 1) {
    const length = view.getUint32(coveredAt + fixedBytes + 4 * i);
    if (offset + length > body.length) return err(`segment ${i} of ${length} bytes runs past the frame`);
    segments.push(body.subarray(offset, offset + length));
    offset += length;
  }
  if (envelopeAt + envelopeBytes > body.length) return err(`envelope of ${envelopeBytes} bytes runs past the frame`);
  if (offset !== body.length) return err(`${body.length - offset} bytes after the last segment`);
  return ok({
    kind,
    tag: kind === "sealed" ? body.subarray(1, 1 + frameTagBytes) : null,
    covered: body.subarray(coveredAt, envelopeAt + envelopeBytes),
    envelope: body.subarray(envelopeAt, envelopeAt + envelopeBytes),
    segments,
  });
}

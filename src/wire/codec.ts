/**
 * The gateway between frame bodies and Envelopes. Bytes from the network are checked here,
 * once: a body that does not parse, names no message, or carries a request id that a
 * JavaScript number cannot hold exactly is a typed WireError, never an exception.
 */
import { createHash } from "node:crypto";
import { assert, defined } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { digestFromBytes } from "../files/digest";
import { asVerifiedChunk, type VerifiedChunk } from "../files/verified";
import { pb } from "./proto";

export type Envelope = pb.Envelope & pb.Envelope.$Shape;
export type EnvelopeShape = pb.Envelope.$Shape;
/** The name of the message an envelope carries (its oneof `body`). */
export type EnvelopeBody = NonNullable<pb.Envelope["body"]>;

export type WireErrorKind = "malformed" | "no-body" | "invalid-field" | "payload-mismatch";

/** An operating error: the peer sent bytes we cannot accept. */
export class WireError extends Error {
  override readonly name = "WireError";
  constructor(
    readonly kind: WireErrorKind,
    /** What was wrong, for the log: the field and the value or rule it broke. */
    readonly detail: string,
    options?: { readonly cause: unknown },
  ) {
    super(`${kind}: ${detail}`, options);
  }
}

/** Largest request id we hand out or accept: uint64 on the wire, exact as a JS number. */
export const requestIdMax = Number.MAX_SAFE_INTEGER;
assert(Number.isSafeInteger(requestIdMax), "request ids must stay exact as numbers");

/** An envelope and the payload bytes that travel after it as segments (src/wire/frame-body.ts). */
export interface EncodedMessage {
  readonly envelope: Uint8Array;
  readonly segments: readonly Uint8Array[];
}

/**
 * Encodes a message for a frame. Chunk bytes (WriteChunk.data, WriteBegin.inline_data, ChunkData.data, UploadChunk.data,
 * WriteWork.inline_data, a Raft entry's chunk_bytes and large data, a snapshot piece) are not put into the protobuf: they become segments after it,
 * and the envelope carries their SHA-256 (the one the sender already knows, or computed here
 * when it does not), which the receiver checks. So the bytes are never copied into or out of a
 * protobuf buffer, and authenticating the envelope authenticates them.
 */
export function encodeMessage(shape: EnvelopeShape): EncodedMessage {
  const segments: Uint8Array[] = [];
  const envelope = encodeEnvelope(withoutPayloads(shape, segments));
  return { envelope, segments };
}

/** Encodes an envelope that carries no payload segments (the handshake, tests). */
export function encodeEnvelope(shape: EnvelopeShape): Uint8Array {
  const requestId = shape.requestId ?? 0;
  assert(Number.isSafeInteger(requestId), "request id must be a safe integer");
  assert(requestId >= 0, "request id must not be negative");
  const bytes = pb.Envelope.encode(pb.Envelope.create(shape)).finish();
  // protobufjs returns small messages as views of a shared pooled slab: copy those out so the
  // caller owns exactly its bytes.
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  return new Uint8Array(bytes);
}

/**
 * Decodes an envelope and puts its payload segments back where they belong, after checking
 * each against the SHA-256 the envelope names for it: the payload handed on is verified bytes
 * (views of the received frame; nobody needs to hash them again).
 */
export function decodeMessage(bytes: Uint8Array, segments: readonly Uint8Array[]): Result<Envelope, WireError> {
  const decoded = decodeEnvelope(bytes);
  if (!decoded.ok) return decoded;
  const filled = withPayloads(decoded.value, segments);
  return filled.ok ? ok(decoded.value) : filled;
}

export function decodeEnvelope(bytes: Uint8Array): Result<Envelope, WireError> {
  let envelope: Envelope;
  try {
    envelope = pb.Envelope.decode(bytes);
  } catch (error: unknown) {
    return err(new WireError("malformed", "envelope does not parse", { cause: error }));
  }
  if (envelope.body === undefined) return err(new WireError("no-body", "envelope carries no message"));
  const requestId = uint64FromWire(envelope.requestId);
  if (!Number.isSafeInteger(requestId) || requestId < 0) {
    return err(new WireError("invalid-field", `requestId ${String(requestId)} is not a safe integer`));
  }
  // An own property, so readers never see the prototype default (see uint64FromWire).
  envelope.requestId = requestId;
  return ok(envelope);
}

/**
 * The work items of a decoded StealResponse, typed as their oneof shape (what the node's
 * handlers narrow on). protobufjs types a repeated field's messages by their properties only,
 * but the decoder built each as a WorkItem whose `body` names the one member it set: the shape
 * the cast states. Nothing else of a decoded envelope is re-typed.
 */
export function stealItemsOf(response: pb.StealResponse): (pb.WorkItem & pb.WorkItem.$Shape)[] {
  return response.items.map((item) => item as pb.WorkItem & pb.WorkItem.$Shape);
}

export const payloadDigestBytes = 32;

export function sha256(bytes: Uint8Array): Uint8Array {
  const digest = createHash("sha256").update(bytes).digest();
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
}

/**
 * An entry's data at least this large travels as a payload segment (Entry.data_digest), not
 * inside the protobuf: a put-file carrying a small file's content (up to inlineBytesMax), which
 * an append to each follower would otherwise copy through protobufjs into fresh buffers at
 * both ends. Smaller data (every other command: JSON of a few hundred bytes, a manifest's
 * chunk list) stays inside, where a SHA-256 per entry would cost more than the copy.
 */
export const entryDataSegmentBytesMin = 4 << 10;

/**
 * The payload fields, in the one order both sides walk them. A field travels as a segment
 * exactly when its digest field is set: the sender sets it whenever the bytes are present.
 */
function withoutPayloads(shape: EnvelopeShape, segments: Uint8Array[]): EnvelopeShape {
  const take = (data: Uint8Array | null | undefined, digest: Uint8Array | null | undefined): Uint8Array | undefined => {
    if (data === null || data === undefined) {
      assert(digest === null || digest === undefined || digest.length === 0, "a payload digest goes with its bytes");
      return undefined;
    }
    segments.push(data);
    return digest !== null && digest !== undefined && digest.length === payloadDigestBytes ? digest : sha256(data);
  };
  if (shape.writeChunk !== null && shape.writeChunk !== undefined) {
    const digest = take(shape.writeChunk.data, shape.writeChunk.digest);
    if (digest !== undefined) return { ...shape, writeChunk: { ...shape.writeChunk, data: undefined, digest } } as EnvelopeShape;
  }
  if (shape.writeBegin !== null && shape.writeBegin !== undefined) {
    const digest = take(shape.writeBegin.inlineData, shape.writeBegin.inlineDigest);
    if (digest !== undefined) return { ...shape, writeBegin: { ...shape.writeBegin, inlineData: undefined, inlineDigest: digest } } as EnvelopeShape;
  }
  if (shape.chunkData !== null && shape.chunkData !== undefined) {
    const digest = take(shape.chunkData.data, shape.chunkData.digest);
    if (digest !== undefined) return { ...shape, chunkData: { ...shape.chunkData, data: undefined, digest } } as EnvelopeShape;
  }
  if (shape.uploadChunk !== null && shape.uploadChunk !== undefined) {
    const digest = take(shape.uploadChunk.data, shape.uploadChunk.digest);
    if (digest !== undefined) return { ...shape, uploadChunk: { ...shape.uploadChunk, data: undefined, digest } } as EnvelopeShape;
  }
  const steal = shape.stealResponse;
  if (steal !== null && steal !== undefined) {
    const items = steal.items?.map((item) => {
      const write = item.write;
      if (write === null || write === undefined) return item;
      const digest = take(write.inlineData, write.inlineDigest);
      return digest === undefined ? item : { ...item, write: { ...write, inlineData: undefined, inlineDigest: digest } };
    });
    if (segments.length > 0) return { ...shape, stealResponse: { ...steal, items } } as EnvelopeShape;
  }
  const raft = shape.raft;
  if (raft !== null && raft !== undefined) {
    const entries = raft.entries?.map((entry) => {
      const digest = take(entry.chunkBytes, entry.chunkDigest);
      const withChunk = digest === undefined ? entry : { ...entry, chunkBytes: undefined, chunkDigest: digest };
      const data = entry.data;
      if (data === null || data === undefined || data.length < entryDataSegmentBytesMin) return withChunk;
      return { ...withChunk, data: undefined, dataDigest: defined(take(data, entry.dataDigest), "the data's digest") };
    });
    const snapshotDigest = take(raft.snapshotData, raft.snapshotDigest);
    if (segments.length > 0) {
      return { ...shape, raft: { ...raft, entries, ...(snapshotDigest === undefined ? {} : { snapshotData: undefined, snapshotDigest }) } } as EnvelopeShape;
    }
  }
  return shape;
}

function withPayloads(envelope: Envelope, segments: readonly Uint8Array[]): Result<void, WireError> {
  let next = 0;
  const give = (digest: Uint8Array | null | undefined, what: string): Result<Uint8Array | null, WireError> => {
    if (digest === null || digest === undefined || digest.length === 0) return ok(null);
    if (digest.length !== payloadDigestBytes) return err(new WireError("invalid-field", `${what} digest of ${digest.length} bytes`));
    const segment = segments[next];
    if (segment === undefined) return err(new WireError("invalid-field", `${what} names a payload the frame does not carry`));
    next += 1;
    if (!equalBytes(sha256(segment), digest)) return err(new WireError("payload-mismatch", `${what} does not match its SHA-256`));
    verifiedSegments.set(segment, digest);
    return ok(segment);
  };
  if (envelope.body === "writeChunk" && envelope.writeChunk !== null && envelope.writeChunk !== undefined) {
    const data = give(envelope.writeChunk.digest, "writeChunk.data");
    if (!data.ok) return data;
    if (data.value !== null) envelope.writeChunk.data = data.value;
  } else if (envelope.body === "writeBegin" && envelope.writeBegin !== null && envelope.writeBegin !== undefined) {
    const data = give(envelope.writeBegin.inlineDigest, "writeBegin.inlineData");
    if (!data.ok) return data;
    if (data.value !== null) envelope.writeBegin.inlineData = data.value;
  } else if (envelope.body === "chunkData" && envelope.chunkData !== null && envelope.chunkData !== undefined) {
    const data = give(envelope.chunkData.digest, "chunkData.data");
    if (!data.ok) return data;
    if (data.value !== null) envelope.chunkData.data = data.value;
  } else if (envelope.body === "uploadChunk" && envelope.uploadChunk !== null && envelope.uploadChunk !== undefined) {
    const data = give(envelope.uploadChunk.digest, "uploadChunk.data");
    if (!data.ok) return data;
    if (data.value !== null) envelope.uploadChunk.data = data.value;
  } else if (envelope.body === "stealResponse" && envelope.stealResponse !== null && envelope.stealResponse !== undefined) {
    for (const [i, item] of envelope.stealResponse.items.entries()) {
      if (item.write === null || item.write === undefined) continue;
      const data = give(item.write.inlineDigest, `stealResponse.items[${i}].write.inlineData`);
      if (!data.ok) return data;
      if (data.value !== null) item.write.inlineData = data.value;
    }
  } else if (envelope.body === "raft" && envelope.raft !== null && envelope.raft !== undefined) {
    for (const [i, entry] of (envelope.raft.entries ?? []).entries()) {
      const data = give(entry.chunkDigest, `raft.entries[${i}].chunkBytes`);
      if (!data.ok) return data;
      if (data.value !== null) entry.chunkBytes = data.value;
      const entryData = give(entry.dataDigest, `raft.entries[${i}].data`);
      if (!entryData.ok) return entryData;
      if (entryData.value !== null) {
        if (entry.data.length > 0) return err(new WireError("invalid-field", `raft.entries[${i}] carries its data twice`));
        entry.data = entryData.value;
      }
    }
    const data = give(envelope.raft.snapshotDigest, "raft.snapshotData");
    if (!data.ok) return data;
    if (data.value !== null) envelope.raft.snapshotData = data.value;
  }
  if (next !== segments.length) return err(new WireError("invalid-field", `${segments.length - next} payload segment(s) no field names`));
  return ok(undefined);
}

/**
 * Payload segments this codec checked, by identity, with the digest they matched: the receiving
 * handler turns one into a VerifiedChunk (verifiedPayload) and nothing in this process hashes
 * it again. A WeakMap, so a segment's entry goes when its frame does; only objects this codec
 * checked are in it, so bytes that did not come through decodeMessage are never taken as verified.
 */
const verifiedSegments = new WeakMap<Uint8Array, Uint8Array>();

/**
 * The payload bytes of a decoded message (WriteChunk.data, ChunkData.data, an entry's
 * chunk_bytes, ...) as verified bytes, or null when these bytes did not pass this codec's check
 * (absent, or made locally).
 */
export function verifiedPayload(bytes: Uint8Array | null | undefined): VerifiedChunk | null {
  if (bytes === null || bytes === undefined) return null;
  const digest = digestFromBytes(verifiedSegments.get(bytes));
  return digest === null ? null : asVerifiedChunk(digest, bytes);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A uint64 field as a number. Decoded values are numbers (Long is off at run time), but an
 * absent field reads the generated prototype's default, and that default was computed when
 * the generated module loaded, before src/wire/proto.ts turned Long off: a Long object of
 * zero. Until the defaults are fixed at the source, every uint64 read at the gateway passes
 * through here. Anything that is neither a number nor a Long becomes NaN, which every range
 * check refuses.
 */
export function uint64FromWire(value: unknown): number {
  if (typeof value === "number") return value;
  if (value === undefined || value === null) return 0;
  if (typeof value === "object" && "low" in value && "high" in value) {
    const { low, high } = value;
    if (typeof low === "number" && typeof high === "number") return (high >>> 0) * 2 ** 32 + (low >>> 0);
  }
  return Number.NaN;
}

/**
 * The gateway between frame bodies and Envelopes. Bytes from the network are checked here,
 * once: a body that does not parse, names no message, or carries a request id that a
 * JavaScript number cannot hold exactly is a typed WireError, never an exception.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { pb } from "./proto";

export type Envelope = pb.Envelope & pb.Envelope.$Shape;
export type EnvelopeShape = pb.Envelope.$Shape;
/** The name of the message an envelope carries (its oneof `body`). */
export type EnvelopeBody = NonNullable<pb.Envelope["body"]>;

export type WireErrorKind = "malformed" | "no-body" | "invalid-field";

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

export function encodeEnvelope(shape: EnvelopeShape): Uint8Array {
  const requestId = shape.requestId ?? 0;
  assert(Number.isSafeInteger(requestId), "request id must be a safe integer");
  assert(requestId >= 0, "request id must not be negative");
  const bytes = pb.Envelope.encode(pb.Envelope.create(shape)).finish();
  // protobufjs returns small messages as views of a shared pooled slab: copy those out so the
  // caller owns exactly its bytes. A large message has its own buffer; copying it would only
  // double the garbage of every chunk sent.
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  return new Uint8Array(bytes);
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

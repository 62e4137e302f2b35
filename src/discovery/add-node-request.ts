/**
 * The Add_Node_Request datagram: how a node that knows no cluster asks to join one.
 *
 * The sender signs with HMAC-SHA256(secret, canonical encoding of the request with `hmac`
 * absent). "Canonical" is what the generated encoder writes for a message whose six fields are
 * all set: fields in number order (node_id, host, port, cluster, nonce, timestamp_ms), default
 * values and unknown fields omitted. A valid request has no empty field, so every field is
 * written and both sides derive the same bytes. The gateway goes one step further and accepts
 * only a datagram that *is* that canonical encoding plus the hmac field: an appended unknown
 * field, a repeated field or a reordering is refused as malformed instead of being verified
 * over bytes that differ from what arrived.
 *
 * Pure apart from node:crypto's HMAC: the clock is a parameter (`nowMs`), the nonce is chosen
 * by the caller.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { pb } from "../wire/proto";
import { DiscoveryRejection } from "./discovery-rejection";

/** Node and cluster ids: the same rule as the config's `--id` and `--cluster`. */
export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const idCharsMax = 64;
/** A DNS name is at most 253 characters (RFC 1035 §2.3.4, without the trailing dot). */
export const hostCharsMax = 253;
export const nonceBytes = 16;
export const hmacBytes = 32;
/**
 * How far a request's timestamp may lie behind or ahead of the receiver's clock. Generous,
 * because the nodes of a fresh LAN cluster need not run NTP; small enough that a recorded
 * request is useless half a minute later, which is what lets the nonce cache forget.
 */
export const freshnessWindowMs = 30_000;
/**
 * The largest datagram the gateway reads. The largest valid request is 455 bytes (computed
 * below), and everything past this is refused before decoding.
 */
export const discoveryDatagramBytesMax = 512;

/** Tag byte + length varint + payload, for each field at its bound. */
const requestBytesMax =
  (1 + 1 + idCharsMax) + // node_id
  (1 + 2 + hostCharsMax) + // host
  (1 + 3) + // port, uint32 up to 65535
  (1 + 1 + idCharsMax) + // cluster
  (1 + 1 + nonceBytes) + // nonce
  (1 + 10) + // timestamp_ms, a uint64 varint
  (1 + 1 + hmacBytes); // hmac

assert(requestBytesMax <= discoveryDatagramBytesMax, "the largest valid request fits in a discovery datagram");
assert(discoveryDatagramBytesMax <= 1_472, "a discovery datagram is never fragmented on Ethernet");
assert(nonceBytes >= 16, "a random nonce must not repeat by chance");
assert(hmacBytes === 32, "HMAC-SHA256 is 32 bytes");
assert(freshnessWindowMs > 0, "a request can be fresh");

/** What a node says about itself; every field is set. */
export interface AddNodeRequestFields {
  readonly nodeId: string;
  /** Where the queue server reaches the node's command port: an IPv4 address or a DNS name. */
  readonly host: string;
  /** The node's command port, 1..65535. */
  readonly port: number;
  readonly cluster: string;
  /** nonceBytes random bytes, fresh per datagram. */
  readonly nonce: Uint8Array;
  /** Sender's clock, ms since the epoch. */
  readonly timestampMs: number;
}

/** A request that passed the gateway: signed with our secret, for our cluster, fresh. */
export type ValidRequest = AddNodeRequestFields;

export interface VerifyContext {
  readonly secret: string;
  readonly cluster: string;
  readonly nowMs: number;
}

/** The datagram a node broadcasts. Our own fields must be valid: anything else is a bug. */
export function signAddNodeRequest(fields: AddNodeRequestFields, secret: string): Uint8Array {
  const problem = fieldProblem(fields);
  assert(problem === null, `own AddNodeRequest is valid (${problem ?? ""})`);
  const bytes = pb.AddNodeRequest.encode({ ...unsignedShape(fields), hmac: requestMac(fields, secret) }).finish();
  assert(bytes.length <= requestBytesMax, "a valid request encodes within requestBytesMax");
  return bytes;
}

/** HMAC-SHA256 over the canonical encoding with `hmac` absent. */
export function requestMac(fields: AddNodeRequestFields, secret: string): Uint8Array {
  assert(secret.length > 0, "the cluster secret is not empty");
  const mac = new Uint8Array(createHmac("sha256", secret).update(unsignedBytes(fields)).digest());
  assert(mac.length === hmacBytes, "HMAC-SHA256 output is hmacBytes long");
  return mac;
}

/**
 * The gateway: checks a datagram once, fully, and returns a request the rest of the system
 * can trust. Never throws on any input. Replay is the nonce cache's job (discovery-gate.ts).
 */
export function verifyAddNodeRequest(bytes: Uint8Array, context: VerifyContext): Result<ValidRequest, DiscoveryRejection> {
  assert(context.secret.length > 0, "the cluster secret is not empty");
  assert(Number.isSafeInteger(context.nowMs), "nowMs is an integer");
  if (bytes.length > discoveryDatagramBytesMax) {
    return err(new DiscoveryRejection("oversize", `${bytes.length} bytes, at most ${discoveryDatagramBytesMax}`));
  }
  const decoded = decodeRequest(bytes);
  if (!decoded.ok) return decoded;
  const { fields, hmac } = decoded.value;
  const problem = fieldProblem(fields) ?? (hmac.length === hmacBytes ? null : `hmac of ${hmac.length} bytes`);
  if (problem !== null) return err(new DiscoveryRejection("invalid-field", problem));
  // Every field is set and valid now, so the canonical encoding is fully determined.
  if (!bytesEqual(pb.AddNodeRequest.encode({ ...unsignedShape(fields), hmac }).finish(), bytes)) {
    return err(new DiscoveryRejection("malformed", "not the canonical encoding"));
  }
  if (fields.cluster !== context.cluster) {
    return err(new DiscoveryRejection("wrong-cluster", `cluster ${JSON.stringify(fields.cluster)}`));
  }
  // Constant time: the comparison must not tell an attacker how many leading bytes matched.
  if (!timingSafeEqual(hmac, requestMac(fields, context.secret))) {
    return err(new DiscoveryRejection("bad-hmac", `from node ${JSON.stringify(fields.nodeId)}`));
  }
  const ageMs = context.nowMs - fields.timestampMs;
  if (ageMs > freshnessWindowMs) return err(new DiscoveryRejection("stale", `${ageMs} ms old`));
  if (-ageMs > freshnessWindowMs) return err(new DiscoveryRejection("future", `${-ageMs} ms ahead`));
  return ok(fields);
}

/** null when the fields are within every bound, else what is wrong (for the log line). */
export function fieldProblem(fields: AddNodeRequestFields): string | null {
  if (!idPattern.test(fields.nodeId)) return "node id";
  if (!hostValid(fields.host)) return "host";
  if (!Number.isInteger(fields.port) || fields.port < 1 || fields.port > 65_535) return "port";
  if (!idPattern.test(fields.cluster)) return "cluster";
  if (fields.nonce.length !== nonceBytes) return `nonce of ${fields.nonce.length} bytes`;
  if (!Number.isSafeInteger(fields.timestampMs) || fields.timestampMs <= 0) return "timestamp";
  return null;
}

const ipv4Pattern = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const labelPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** An IPv4 dotted quad, or a DNS name of letters, digits and hyphens (RFC 1123 §2.1). */
export function hostValid(host: string): boolean {
  if (host.length === 0 || host.length > hostCharsMax) return false;
  const quad = ipv4Pattern.exec(host);
  if (quad !== null) return quad.slice(1).every((part) => Number(part) <= 255 && String(Number(part)) === part);
  // All digits and dots but not a dotted quad ("1.2.3", "300.1.1.1") is neither.
  if (/^[\d.]+$/.test(host)) return false;
  return host.split(".").every((label) => labelPattern.test(label));
}

function unsignedShape(fields: AddNodeRequestFields): pb.AddNodeRequest.$Shape {
  // Exactly these six properties: the encoder writes own properties only, in field order.
  return {
    nodeId: fields.nodeId,
    host: fields.host,
    port: fields.port,
    cluster: fields.cluster,
    nonce: fields.nonce,
    timestampMs: fields.timestampMs,
  };
}

function unsignedBytes(fields: AddNodeRequestFields): Uint8Array {
  return pb.AddNodeRequest.encode(unsignedShape(fields)).finish();
}

interface DecodedRequest {
  readonly fields: AddNodeRequestFields;
  readonly hmac: Uint8Array;
}

function decodeRequest(bytes: Uint8Array): Result<DecodedRequest, DiscoveryRejection> {
  let message: pb.AddNodeRequest;
  try {
    message = pb.AddNodeRequest.decode(bytes);
  } catch (error: unknown) {
    return err(new DiscoveryRejection("malformed", error instanceof Error ? error.message : "undecodable"));
  }
  // With Long off, uint64 decodes as a number; anything else is not a request we sent.
  const timestampMs: unknown = message.timestampMs;
  if (typeof timestampMs !== "number") return err(new DiscoveryRejection("malformed", "timestamp is not a number"));
  return ok({
    fields: {
      nodeId: message.nodeId,
      host: message.host,
      port: message.port,
      cluster: message.cluster,
      nonce: message.nonce,
      timestampMs,
    },
    hmac: message.hmac,
  });
}

function bytesEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index += 1) if (left[index] !== right[index]) return false;
  return true;
}

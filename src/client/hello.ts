/**
 * The Hello handshake (docs/protocol.md, "Authentication: Hello"): the connecting side's first
 * request proves it holds the cluster secret. The proof is
 * HMAC-SHA256(secret, cluster ‖ 0x00 ‖ peer_id ‖ 0x00 ‖ nonce); the 0x00 separators keep
 * ("ab", "c") and ("a", "bc") from producing the same MAC input. Servers verify with the same
 * function (helloProof), so both ends can never disagree about the bytes.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { pb } from "../wire/proto";
import { ClientError } from "./errors";
import type { ClientTransport } from "./transport";

export const helloNonceBytes = 16;
export const helloProofBytes = 32;
/** A Hello is one round trip on a LAN; a server that takes longer is not answering. */
export const helloTimeoutMs = 5_000;
assert(helloNonceBytes >= 16, "a nonce must not repeat by chance");
assert(helloProofBytes === 32, "HMAC-SHA256 is 32 bytes");

const separator = new Uint8Array([0]);
const encoder = new TextEncoder();

export function helloProof(secret: string, cluster: string, peerId: string, nonce: Uint8Array): Uint8Array {
  assert(secret.length > 0, "the cluster secret is not empty");
  assert(nonce.length === helloNonceBytes, "the nonce has helloNonceBytes bytes");
  const mac = createHmac("sha256", secret);
  mac.update(encoder.encode(cluster));
  mac.update(separator);
  mac.update(encoder.encode(peerId));
  mac.update(separator);
  mac.update(nonce);
  const proof = new Uint8Array(mac.digest());
  assert(proof.length === helloProofBytes, "HMAC-SHA256 output is 32 bytes");
  return proof;
}

/** For servers: does `proof` match? Constant time, so the comparison leaks nothing. */
export function helloProofValid(secret: string, hello: pb.Hello.$Shape): boolean {
  const nonce = hello.nonce ?? new Uint8Array(0);
  const proof = hello.proof ?? new Uint8Array(0);
  if (nonce.length !== helloNonceBytes || proof.length !== helloProofBytes) return false;
  const expected = helloProof(secret, hello.cluster ?? "", hello.peerId ?? "", nonce);
  return timingSafeEqual(expected, proof);
}

export interface HelloIdentity {
  readonly cluster: string;
  readonly clusterSecret: string;
  /** A node id, "queue" or "client". */
  readonly peerId: string;
}

export function helloShape(identity: HelloIdentity, nonce: Uint8Array = new Uint8Array(randomBytes(helloNonceBytes))): pb.Hello.$Shape {
  return { cluster: identity.cluster, peerId: identity.peerId, nonce, proof: helloProof(identity.clusterSecret, identity.cluster, identity.peerId, nonce) };
}

/**
 * Sends the Hello and checks for Ack. A transport failure is `unavailable` (try another
 * server); a refusal means the secret or cluster id is wrong, which no other server of the
 * same cluster will accept either, so it is `failed`.
 */
export async function sayHello(transport: ClientTransport, identity: HelloIdentity): Promise<Result<void, ClientError>> {
  const response = await transport.request({ hello: helloShape(identity) }, helloTimeoutMs);
  if (!response.ok) return err(new ClientError("unavailable", `hello to ${transport.address} failed: ${response.error.message}`, { cause: response.error }));
  const envelope = response.value;
  if (envelope.body === "ack") return ok(undefined);
  if (envelope.body === "error") {
    return err(new ClientError("failed", `${transport.address} refused the hello for cluster ${JSON.stringify(identity.cluster)}: ${envelope.error.message ?? "no reason given"} (check --cluster and --cluster-secret)`));
  }
  return err(new ClientError("failed", `${transport.address} answered the hello with ${String(envelope.body)}`));
}

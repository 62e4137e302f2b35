/**
 * The Hello handshake (docs/protocol.md, "Authentication: Hello"): the connecting side's first
 * request proves it holds the cluster secret. The proof is
 * HMAC-SHA256(secret, cluster ‖ 0x00 ‖ peer_id ‖ 0x00 ‖ nonce); the 0x00 separators keep
 * ("ab", "c") and ("a", "bc") from producing the same MAC input. The proof itself lives in
 * src/wire/hello.ts, shared with the servers' check; this file is the client's side of the
 * exchange: build the Hello, send it, read the answer.
 */
import { randomBytes } from "node:crypto";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { checkHello, helloNonceBytes, helloProof, helloProofBytes } from "../wire/hello";
import type { pb } from "../wire/proto";
import { ClientError } from "./errors";
import type { ClientTransport } from "./transport";

// One implementation of the proof for every role (src/wire/hello.ts): re-exported here for the
// client library's users, so a client and a server can never compute it differently.
export { helloNonceBytes, helloProof, helloProofBytes };

/** A Hello is one round trip on a LAN; a server that takes longer is not answering. */
export const helloTimeoutMs = 5_000;
assert(helloNonceBytes >= 16, "a nonce must not repeat by chance");
assert(helloProofBytes === 32, "HMAC-SHA256 is 32 bytes");

/** For fakes and servers: does the Hello carry a valid proof for the cluster it names? */
export function helloProofValid(secret: string, hello: pb.Hello.$Shape): boolean {
  return checkHello(hello, secret, hello.cluster ?? "").ok;
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
export async function sayHello(transport: ClientTransport, identity: HelloIdentity, timeoutMs: number = helloTimeoutMs): Promise<Result<void, ClientError>> {
  assert(timeoutMs > 0, "a hello needs a positive timeout");
  const response = await transport.request({ hello: helloShape(identity) }, Math.min(timeoutMs, helloTimeoutMs));
  if (!response.ok) return err(new ClientError("unavailable", `hello to ${transport.address} failed: ${response.error.message}`, { cause: response.error }));
  const envelope = response.value;
  if (envelope.body === "ack") return ok(undefined);
  if (envelope.body === "error") {
    return err(new ClientError("failed", `${transport.address} refused the hello for cluster ${JSON.stringify(identity.cluster)}: ${envelope.error.message ?? "no reason given"} (check --cluster and --cluster-secret)`));
  }
  return err(new ClientError("failed", `${transport.address} answered the hello with ${String(envelope.body)}`));
}

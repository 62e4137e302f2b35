/**
 * The Hello handshake that opens every connection (docs/protocol.md): the connecting side
 * proves it holds the cluster secret with HMAC-SHA256(secret, cluster ‖ 0 ‖ peerId ‖ 0 ‖ nonce).
 * A fresh random nonce per connection keeps a recorded proof from being useful elsewhere.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { assert } from "../lib/assert";
import type { pb } from "./proto";

export const helloNonceBytes = 16;
export const helloProofBytes = 32;

export function helloProof(secret: string, cluster: string, peerId: string, nonce: Uint8Array): Uint8Array {
  assert(secret.length > 0, "the cluster secret is not empty");
  const mac = createHmac("sha256", secret);
  mac.update(cluster);
  mac.update(new Uint8Array([0]));
  mac.update(peerId);
  mac.update(new Uint8Array([0]));
  mac.update(nonce);
  return new Uint8Array(mac.digest());
}

export function makeHello(secret: string, cluster: string, peerId: string): pb.Hello.$Shape {
  const nonce = new Uint8Array(randomBytes(helloNonceBytes));
  return { cluster, peerId, nonce, proof: helloProof(secret, cluster, peerId, nonce) };
}

export type HelloCheck = { readonly ok: true; readonly peerId: string } | { readonly ok: false; readonly reason: string };

/** Checks a peer's Hello at the gateway: right cluster, well-formed, and a valid proof. */
export function checkHello(hello: pb.Hello.$Shape, secret: string, cluster: string): HelloCheck {
  const peerId = hello.peerId ?? "";
  const nonce = hello.nonce ?? new Uint8Array(0);
  const proof = hello.proof ?? new Uint8Array(0);
  if (hello.cluster !== cluster) return { ok: false, reason: `cluster ${JSON.stringify(hello.cluster ?? "")} is not ${JSON.stringify(cluster)}` };
  if (peerId.length === 0 || peerId.length > 64) return { ok: false, reason: "peer id missing or too long" };
  if (nonce.length !== helloNonceBytes) return { ok: false, reason: `nonce of ${nonce.length} bytes, expected ${helloNonceBytes}` };
  if (proof.length !== helloProofBytes) return { ok: false, reason: `proof of ${proof.length} bytes, expected ${helloProofBytes}` };
  if (!timingSafeEqual(proof, helloProof(secret, cluster, peerId, nonce))) return { ok: false, reason: "proof does not match the cluster secret" };
  return { ok: true, peerId };
}

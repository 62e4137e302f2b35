/**
 * The handshake that opens every connection (docs/protocol.md, "The handshake"), as pure
 * functions over its three messages. No sockets and no randomness of its own: the nonces come
 * in as arguments, so a test can replay any exchange byte for byte.
 *
 *   connector                                   acceptor
 *   Hello { cluster, kind, id, nonceC }   ──▶
 *                                         ◀──   Challenge { acceptorId, nonceS, proofA }
 *   Proof { proofC }                      ──▶
 *   (both sides now seal every frame with per-direction keys)
 *
 * With K the secret both sides hold for this kind of peer (the cluster secret for members and
 * administrators, the client key's secret for a client) and T the transcript (protocol label,
 * cluster, kind, both identities, both nonces):
 *   proofA = HMAC(K, "acceptor proof" ‖ T)     proves the acceptor holds K, for this nonceC
 *   proofC = HMAC(K, "connector proof" ‖ T)    proves the connector holds K, for this nonceS
 *   keyC2S = HMAC(K, "connector to acceptor key" ‖ T), keyS2C likewise
 * A recorded Hello or Proof is worth nothing: the other side's fresh nonce is in T. The labels
 * keep a proof for one direction from passing for the other, and `kind` in T keeps a member's
 * proof from passing for an administrator's (or the reverse).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { clientKeyIdPattern, type ClientKey, type Principal } from "./client-keys";

export const handshakeVersion = 2;
export const nonceBytes = 32;
export const proofBytes = 32;
export const frameKeyBytes = 32;
/** Ids (members, client keys) and cluster names: the same rule as the config schema's. */
export const peerIdPattern = clientKeyIdPattern;
const label = "gossamer handshake v2";

export const peerKinds = ["member", "admin", "client", "anonymous"] as const;
export type PeerKind = (typeof peerKinds)[number];

/** What the connecting side proves itself with. */
export type Credential =
  | { readonly kind: "member"; readonly id: string; readonly secret: string }
  | { readonly kind: "admin"; readonly secret: string }
  | { readonly kind: "client"; readonly id: string; readonly secret: string }
  /** Proves nothing: a queue server lets such a peer ask for a global ping and nothing else. */
  | { readonly kind: "anonymous" };

/** What the accepting side knows: its own identity and the secrets it checks proofs against. */
export interface AcceptorSecrets {
  readonly cluster: string;
  /** This server's member id ("queue" for a queue server, the node id for a node). */
  readonly selfId: string;
  readonly clusterSecret: string;
  /** Client keys this server accepts; null: only members and administrators get in. */
  readonly clientKeys: { lookup(id: string): ClientKey | null } | null;
  /** Whether an anonymous peer may get in (for the global ping). */
  readonly anonymous: boolean;
}

export interface Hello {
  readonly version: number;
  readonly cluster: string;
  readonly kind: PeerKind;
  /** Member id or client key id; empty for an administrator or an anonymous peer. */
  readonly id: string;
  readonly nonce: Uint8Array;
}

export interface Challenge {
  readonly acceptorId: string;
  readonly nonce: Uint8Array;
  /** Empty for an anonymous peer: there is no shared secret to prove. */
  readonly proof: Uint8Array;
}

export interface ProofMessage {
  readonly proof: Uint8Array;
}

/** Per-direction keys for sealing frames; null for an anonymous connection (no shared secret). */
export interface FrameKeys {
  readonly send: Uint8Array;
  readonly receive: Uint8Array;
}

export function helloFor(credential: Credential, cluster: string, nonce: Uint8Array): Hello {
  assert(nonce.length === nonceBytes, "a hello nonce is nonceBytes long");
  const id = credential.kind === "member" || credential.kind === "client" ? credential.id : "";
  return { version: handshakeVersion, cluster, kind: credential.kind, id, nonce };
}

/** The acceptor's state between its Challenge and the connector's Proof. */
export interface AcceptorPending {
  readonly hello: Hello;
  readonly challenge: Challenge;
  /** The secret the proofs are made with; null when the peer named a key we do not hold. */
  readonly secret: string | null;
  readonly principal: Principal | null;
}

/**
 * The acceptor answers a Hello. A refusal here names what is wrong in terms the peer already
 * knows (version, cluster, kind); an unknown client key id is not refused here but answered
 * with a challenge whose proof is random, so the answer does not tell which key ids exist.
 */
export function acceptHello(hello: Hello, secrets: AcceptorSecrets, nonce: Uint8Array, decoy: Uint8Array): Result<AcceptorPending, string> {
  assert(nonce.length === nonceBytes && decoy.length === proofBytes, "acceptor nonce and decoy have their sizes");
  if (hello.version !== handshakeVersion) return err(`handshake version ${hello.version}, this server speaks ${handshakeVersion}`);
  // An anonymous peer may come from any cluster (the global ping crosses them); everyone else names ours.
  if (hello.kind !== "anonymous" && hello.cluster !== secrets.cluster) return err(`cluster ${JSON.stringify(hello.cluster)} is not ${JSON.stringify(secrets.cluster)}`);
  if (hello.nonce.length !== nonceBytes) return err(`nonce of ${hello.nonce.length} bytes, expected ${nonceBytes}`);
  const pending = (secret: string | null, principal: Principal | null): AcceptorPending => {
    const transcript = transcriptOf(hello, secrets.selfId, nonce);
    const proof = secret === null ? (hello.kind === "anonymous" ? new Uint8Array(0) : decoy) : mac(secret, "acceptor proof", transcript);
    return { hello, challenge: { acceptorId: secrets.selfId, nonce, proof }, secret, principal };
  };
  switch (hello.kind) {
    case "member":
      if (!peerIdPattern.test(hello.id)) return err("a member names its id");
      return ok(pending(secrets.clusterSecret, { kind: "member", id: hello.id }));
    case "admin":
      if (hello.id !== "") return err("an administrator names no id");
      return ok(pending(secrets.clusterSecret, { kind: "admin" }));
    case "client": {
      if (!peerIdPattern.test(hello.id)) return err("a client names its key id");
      const key = secrets.clientKeys?.lookup(hello.id) ?? null;
      return ok(pending(key?.secret ?? null, key === null ? null : { kind: "client", id: key.id, role: key.role }));
    }
    case "anonymous":
      if (!secrets.anonymous) return err("this server does not accept anonymous peers");
      return ok(pending(null, { kind: "anonymous" }));
  }
}

/**
 * The connector checks the acceptor's proof and answers with its own. `expectedAcceptorId`,
 * when given, must match (a node dialling n2 must reach n2, not another member).
 */
export function answerChallenge(hello: Hello, challenge: Challenge, credential: Credential, expectedAcceptorId: string | null):
  Result<{ readonly proof: ProofMessage; readonly keys: FrameKeys | null }, string> {
  if (!peerIdPattern.test(challenge.acceptorId)) return err("the server named no valid id");
  if (expectedAcceptorId !== null && challenge.acceptorId !== expectedAcceptorId) {
    return err(`reached ${JSON.stringify(challenge.acceptorId)}, expected ${JSON.stringify(expectedAcceptorId)}`);
  }
  if (challenge.nonce.length !== nonceBytes) return err(`server nonce of ${challenge.nonce.length} bytes, expected ${nonceBytes}`);
  const transcript = transcriptOf(hello, challenge.acceptorId, challenge.nonce);
  if (credential.kind === "anonymous") return ok({ proof: { proof: new Uint8Array(0) }, keys: null });
  if (!equalMac(challenge.proof, mac(credential.secret, "acceptor proof", transcript))) {
    return err("the server could not prove it holds the secret (wrong secret or cluster, or not the server you meant)");
  }
  return ok({
    proof: { proof: mac(credential.secret, "connector proof", transcript) },
    keys: { send: mac(credential.secret, "connector to acceptor key", transcript), receive: mac(credential.secret, "acceptor to connector key", transcript) },
  });
}

/** The acceptor checks the connector's proof: the peer is now who it said it was. */
export function acceptProof(pending: AcceptorPending, proof: ProofMessage): Result<{ readonly principal: Principal; readonly keys: FrameKeys | null }, string> {
  if (pending.hello.kind === "anonymous") {
    assert(pending.principal?.kind === "anonymous", "an anonymous hello was accepted as anonymous");
    return proof.proof.length === 0 ? ok({ principal: pending.principal, keys: null }) : err("an anonymous peer sends no proof");
  }
  const transcript = transcriptOf(pending.hello, pending.challenge.acceptorId, pending.challenge.nonce);
  // An unknown key id still costs a MAC, so timing does not tell it from a wrong secret.
  const expected = mac(pending.secret ?? "unknown key", "connector proof", transcript);
  if (pending.secret === null || pending.principal === null || !equalMac(proof.proof, expected)) {
    return err("proof refused (wrong secret, unknown key, or a replayed handshake)");
  }
  return ok({
    principal: pending.principal,
    keys: { send: mac(pending.secret, "acceptor to connector key", transcript), receive: mac(pending.secret, "connector to acceptor key", transcript) },
  });
}

function transcriptOf(hello: Hello, acceptorId: string, acceptorNonce: Uint8Array): Uint8Array {
  const parts = [label, hello.cluster, hello.kind, hello.id, acceptorId].map((text) => new TextEncoder().encode(text));
  const size = parts.reduce((sum, part) => sum + 4 + part.length, 0) + 2 * nonceBytes;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let offset = 0;
  // Length-prefixed, so ("ab", "c") and ("a", "bc") never make the same transcript.
  for (const part of parts) {
    view.setUint32(offset, part.length);
    out.set(part, offset + 4);
    offset += 4 + part.length;
  }
  out.set(hello.nonce, offset);
  out.set(acceptorNonce, offset + nonceBytes);
  assert(offset + 2 * nonceBytes === size, "the transcript is filled exactly");
  return out;
}

function mac(secret: string, purpose: string, transcript: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac("sha256", secret).update(purpose).update(new Uint8Array([0])).update(transcript).digest());
}

function equalMac(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The handshake's messages between their wire form and src/auth/handshake.ts's types. */
import type { Challenge, Hello, PeerKind, ProofMessage } from "../auth/handshake";
import { err, ok, type Result } from "../lib/result";
import { pb } from "./proto";

const kindToWire: Record<PeerKind, pb.PeerKind> = {
  member: pb.PeerKind.PEER_MEMBER,
  admin: pb.PeerKind.PEER_ADMIN,
  client: pb.PeerKind.PEER_CLIENT,
  anonymous: pb.PeerKind.PEER_ANONYMOUS,
};

export function helloToWire(hello: Hello): pb.HandshakeHello.$Shape {
  return { version: hello.version, cluster: hello.cluster, kind: kindToWire[hello.kind], id: hello.id, nonce: hello.nonce };
}

export function helloFromWire(wire: pb.HandshakeHello.$Shape): Result<Hello, string> {
  const kind = (Object.keys(kindToWire) as PeerKind[]).find((name) => kindToWire[name] === wire.kind);
  if (kind === undefined) return err(`unknown peer kind ${String(wire.kind)}`);
  return ok({ version: wire.version ?? 0, cluster: wire.cluster ?? "", kind, id: wire.id ?? "", nonce: wire.nonce ?? new Uint8Array(0) });
}

export function challengeToWire(challenge: Challenge): pb.HandshakeChallenge.$Shape {
  return { acceptorId: challenge.acceptorId, nonce: challenge.nonce, proof: challenge.proof };
}

export function challengeFromWire(wire: pb.HandshakeChallenge.$Shape): Challenge {
  return { acceptorId: wire.acceptorId ?? "", nonce: wire.nonce ?? new Uint8Array(0), proof: wire.proof ?? new Uint8Array(0) };
}

export function proofFromWire(wire: pb.HandshakeProof.$Shape): ProofMessage {
  return { proof: wire.proof ?? new Uint8Array(0) };
}

/**
 * What this proves about the handshake's pure functions (src/auth/handshake.ts), as an attacker
 * who records and replays would test them: an honest exchange gives both sides the same keys
 * (crossed); a recorded Hello or Proof is worth nothing against a new challenge; a server that
 * does not hold the secret cannot pass its proof; a proof made for one kind of peer (member,
 * administrator) does not pass for another; an unknown client key is answered like a known one
 * (a decoy proof) and then refused; a wrong cluster, an old version and a bad nonce are refused
 * with a reason; an anonymous peer gets in only where allowed, and with no keys.
 */
import { describe, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { acceptHello, acceptProof, answerChallenge, helloFor, nonceBytes, proofBytes, type AcceptorSecrets, type Credential } from "../../src/auth/handshake";

const secrets: AcceptorSecrets = {
  cluster: "c1", selfId: "queue", clusterSecret: "cluster-secret",
  clientKeys: { lookup: (id) => (id === "alice" ? { id, secret: "alice-secret-0123456789", role: "read-only" } : null) },
  anonymous: false,
};
const fresh = (bytes: number): Uint8Array => new Uint8Array(randomBytes(bytes));

function exchange(credential: Credential, server: AcceptorSecrets = secrets) {
  const hello = helloFor(credential, server.cluster, fresh(nonceBytes));
  const pending = acceptHello(hello, server, fresh(nonceBytes), fresh(proofBytes));
  if (!pending.ok) throw new Error(pending.error);
  const answered = answerChallenge(hello, pending.value.challenge, credential, null);
  return { hello, pending: pending.value, answered };
}

describe("handshake", () => {
  test("an honest exchange: each side proves the secret and both derive the same keys, crossed", () => {
    for (const credential of [
      { kind: "member", id: "n1", secret: "cluster-secret" },
      { kind: "admin", secret: "cluster-secret" },
      { kind: "client", id: "alice", secret: "alice-secret-0123456789" },
    ] as const) {
      const { pending, answered } = exchange(credential);
      expect(answered.ok).toBe(true);
      if (!answered.ok) continue;
      const accepted = acceptProof(pending, answered.value.proof);
      expect(accepted.ok).toBe(true);
      if (!accepted.ok) continue;
      expect(accepted.value.principal.kind).toBe(credential.kind);
      expect(accepted.value.keys?.receive).toEqual(answered.value.keys?.send);
      expect(accepted.value.keys?.send).toEqual(answered.value.keys?.receive);
      expect(accepted.value.keys?.send).not.toEqual(accepted.value.keys?.receive);
    }
  });

  test("a recorded Hello and Proof replayed against a new challenge are refused", () => {
    const credential: Credential = { kind: "member", id: "n1", secret: "cluster-secret" };
    const recorded = exchange(credential);
    expect(recorded.answered.ok).toBe(true);
    if (!recorded.answered.ok) return;
    // The attacker sends the recorded Hello again; the server answers with a fresh nonce.
    const replay = acceptHello(recorded.hello, secrets, fresh(nonceBytes), fresh(proofBytes));
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(replay.value.challenge.nonce).not.toEqual(recorded.pending.challenge.nonce);
    const refused = acceptProof(replay.value, recorded.answered.value.proof);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain("replayed");
  });

  test("a server that does not hold the secret cannot prove itself: the client stops before it proves anything", () => {
    const credential: Credential = { kind: "admin", secret: "cluster-secret" };
    const impostor = { ...secrets, clusterSecret: "guessed" };
    const { answered } = exchange(credential, impostor);
    expect(answered.ok).toBe(false);
    if (!answered.ok) expect(answered.error).toContain("could not prove");
  });

  test("a member's proof does not pass as an administrator's, nor the reverse, though both hold the cluster secret", () => {
    const member: Credential = { kind: "member", id: "n1", secret: "cluster-secret" };
    const { pending, answered } = exchange(member);
    expect(answered.ok).toBe(true);
    if (!answered.ok) return;
    const asAdmin = acceptHello({ ...pending.hello, kind: "admin", id: "" }, secrets, pending.challenge.nonce, fresh(proofBytes));
    expect(asAdmin.ok).toBe(true);
    if (!asAdmin.ok) return;
    expect(acceptProof(asAdmin.value, answered.value.proof).ok).toBe(false);
  });

  test("a proof is bound to the claimed id: n1's proof does not admit n2", () => {
    const { pending, answered } = exchange({ kind: "member", id: "n1", secret: "cluster-secret" });
    if (!answered.ok) throw new Error(answered.error);
    const asN2 = acceptHello({ ...pending.hello, id: "n2" }, secrets, pending.challenge.nonce, fresh(proofBytes));
    if (!asN2.ok) throw new Error(asN2.error);
    expect(acceptProof(asN2.value, answered.value.proof).ok).toBe(false);
  });

  test("an unknown client key gets a challenge like any other (no oracle for key ids), then is refused", () => {
    const credential: Credential = { kind: "client", id: "mallory", secret: "whatever-secret-123" };
    const hello = helloFor(credential, "c1", fresh(nonceBytes));
    const pending = acceptHello(hello, secrets, fresh(nonceBytes), fresh(proofBytes));
    expect(pending.ok).toBe(true);
    if (!pending.ok) return;
    expect(pending.value.challenge.proof.length).toBe(proofBytes);
    // The client cannot verify the decoy, so it stops: it never sends a proof to a server it cannot trust.
    expect(answerChallenge(hello, pending.value.challenge, credential, null).ok).toBe(false);
    expect(acceptProof(pending.value, { proof: fresh(proofBytes) }).ok).toBe(false);
  });

  test("wrong cluster, wrong version and a short nonce are refused with a reason", () => {
    const credential: Credential = { kind: "admin", secret: "cluster-secret" };
    const hello = helloFor(credential, "c1", fresh(nonceBytes));
    expect(acceptHello({ ...hello, cluster: "c2" }, secrets, fresh(nonceBytes), fresh(proofBytes))).toEqual({ ok: false, error: 'cluster "c2" is not "c1"' });
    expect(acceptHello({ ...hello, version: 1 }, secrets, fresh(nonceBytes), fresh(proofBytes)).ok).toBe(false);
    expect(acceptHello({ ...hello, nonce: fresh(8) }, secrets, fresh(nonceBytes), fresh(proofBytes)).ok).toBe(false);
  });

  test("the client names the server it expects: a proof from another member is not accepted", () => {
    const credential: Credential = { kind: "member", id: "n1", secret: "cluster-secret" };
    const hello = helloFor(credential, "c1", fresh(nonceBytes));
    const pending = acceptHello(hello, secrets, fresh(nonceBytes), fresh(proofBytes));
    if (!pending.ok) throw new Error(pending.error);
    const answered = answerChallenge(hello, pending.value.challenge, credential, "n2");
    expect(answered.ok).toBe(false);
  });

  test("anonymous peers: refused unless the server allows them, and then admitted with no keys", () => {
    const anonymous: Credential = { kind: "anonymous" };
    const hello = helloFor(anonymous, "c1", fresh(nonceBytes));
    expect(acceptHello(hello, secrets, fresh(nonceBytes), fresh(proofBytes)).ok).toBe(false);
    const open = { ...secrets, anonymous: true };
    const pending = acceptHello(hello, open, fresh(nonceBytes), fresh(proofBytes));
    if (!pending.ok) throw new Error(pending.error);
    const answered = answerChallenge(hello, pending.value.challenge, anonymous, null);
    if (!answered.ok) throw new Error(answered.error);
    expect(answered.value.keys).toBeNull();
    const accepted = acceptProof(pending.value, answered.value.proof);
    expect(accepted.ok && accepted.value.principal.kind).toBe("anonymous");
  });
});

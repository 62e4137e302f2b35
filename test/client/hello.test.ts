/**
 * What this proves: helloProof is exactly HMAC-SHA256(secret, cluster ‖ 0x00 ‖ peer_id ‖ 0x00 ‖
 * nonce), checked against an independent computation over the concatenated bytes; the 0x00
 * separators make ("ab", "c") and ("a", "bc") different proofs; helloProofValid accepts the
 * proof it should and refuses a wrong secret, a changed field, and a short nonce or proof.
 */
import { describe, expect, test } from "bun:test";
import { createHmac } from "node:crypto";
import { helloProof, helloProofValid, helloShape } from "../../src/client/hello";

const nonce = new Uint8Array(16).map((_, i) => i * 7);

describe("helloProof", () => {
  test("matches HMAC-SHA256 over cluster, 0, peer, 0, nonce", () => {
    const expected = createHmac("sha256", "s3cret").update(Buffer.concat([Buffer.from("prod"), Buffer.from([0]), Buffer.from("client"), Buffer.from([0]), Buffer.from(nonce)])).digest();
    expect(Buffer.from(helloProof("s3cret", "prod", "client", nonce)).toString("hex")).toBe(expected.toString("hex"));
  });

  test("separators keep field boundaries", () => {
    const left = Buffer.from(helloProof("k", "ab", "c", nonce)).toString("hex");
    const right = Buffer.from(helloProof("k", "a", "bc", nonce)).toString("hex");
    expect(left).not.toBe(right);
  });
});

describe("helloProofValid", () => {
  const identity = { cluster: "prod", clusterSecret: "s3cret", peerId: "n1" };
  test("accepts its own proof", () => {
    expect(helloProofValid("s3cret", helloShape(identity))).toBe(true);
  });
  test("refuses a wrong secret or a changed field", () => {
    expect(helloProofValid("other", helloShape(identity))).toBe(false);
    expect(helloProofValid("s3cret", { ...helloShape(identity), peerId: "n2" })).toBe(false);
    expect(helloProofValid("s3cret", { ...helloShape(identity), cluster: "test" })).toBe(false);
  });
  test("refuses a short nonce or proof", () => {
    const hello = helloShape(identity);
    expect(helloProofValid("s3cret", { ...hello, nonce: new Uint8Array(8) })).toBe(false);
    expect(helloProofValid("s3cret", { ...hello, proof: (hello.proof ?? new Uint8Array(0)).subarray(0, 16) })).toBe(false);
  });
});

/**
 * What this proves about the Add_Node_Request gateway (src/discovery/add-node-request.ts and
 * the gate that adds the nonce cache): a request signed with the cluster secret, for this
 * cluster, with a fresh timestamp is admitted once with exactly the fields that were sent.
 * Every other datagram is refused with the specific typed reason and never throws: a wrong
 * secret, each field tampered after signing, a wrong cluster, timestamps just past the
 * freshness window on either side (and exactly at it, which passes), a replayed nonce, an
 * appended unknown field (non-canonical), out-of-bound fields even when correctly signed,
 * garbage, an oversized datagram, and thousands of random and mutated datagrams from a
 * seeded Prng (the seed is printed on failure).
 */
import { describe, expect, test } from "bun:test";
import {
  discoveryDatagramBytesMax,
  freshnessWindowMs,
  hostValid,
  nonceBytes,
  requestMac,
  signAddNodeRequest,
  verifyAddNodeRequest,
  type AddNodeRequestFields,
} from "../../src/discovery/add-node-request";
import { DiscoveryGate } from "../../src/discovery/discovery-gate";
import { DiscoveryRejection } from "../../src/discovery/discovery-rejection";
import { Prng } from "../../src/lib/prng";
import { pb } from "../../src/wire/proto";

const secret = "s3cret-of-the-cluster";
const cluster = "c1";
const nowMs = 1_750_000_000_000;

function fields(overrides: Partial<AddNodeRequestFields> = {}): AddNodeRequestFields {
  return {
    nodeId: "n7",
    host: "198.18.0.12",
    port: 7401,
    cluster,
    nonce: new Uint8Array(nonceBytes).map((_, index) => index + 1),
    timestampMs: nowMs,
    ...overrides,
  };
}

function reasonOf(bytes: Uint8Array, at = nowMs): string {
  const result = verifyAddNodeRequest(bytes, { secret, cluster, nowMs: at });
  if (result.ok) return "ok";
  expect(result.error).toBeInstanceOf(DiscoveryRejection);
  return result.error.reason;
}

/** Re-signs nothing: decodes a signed datagram, changes one field, encodes it again. */
function tampered(change: (message: pb.AddNodeRequest.$Shape) => void): Uint8Array {
  const message = pb.AddNodeRequest.decode(signAddNodeRequest(fields(), secret));
  const shape: pb.AddNodeRequest.$Shape = {
    nodeId: message.nodeId, host: message.host, port: message.port, cluster: message.cluster,
    nonce: message.nonce, timestampMs: message.timestampMs, hmac: message.hmac,
  };
  change(shape);
  return pb.AddNodeRequest.encode(shape).finish();
}

/** A correctly signed datagram around fields the signer would refuse (a hostile peer with the secret). */
function signedAnyway(bad: AddNodeRequestFields): Uint8Array {
  return pb.AddNodeRequest.encode({ ...bad, hmac: requestMac(bad, secret) }).finish();
}

describe("signing and verification", () => {
  test("a valid request is admitted with exactly the fields sent", () => {
    const sent = fields();
    const result = verifyAddNodeRequest(signAddNodeRequest(sent, secret), { secret, cluster, nowMs });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodeId).toBe(sent.nodeId);
    expect(result.value.host).toBe(sent.host);
    expect(result.value.port).toBe(sent.port);
    expect(result.value.cluster).toBe(sent.cluster);
    expect(Array.from(result.value.nonce)).toEqual(Array.from(sent.nonce));
    expect(result.value.timestampMs).toBe(sent.timestampMs);
  });

  test("signing is deterministic and the largest valid request fits the datagram bound", () => {
    expect(signAddNodeRequest(fields(), secret)).toEqual(signAddNodeRequest(fields(), secret));
    const largest = fields({
      nodeId: "n".repeat(64), cluster: "c".repeat(64), port: 65_535, timestampMs: Number.MAX_SAFE_INTEGER,
      host: `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`,
    });
    expect(largest.host.length).toBe(253);
    const bytes = signAddNodeRequest(largest, secret);
    expect(bytes.length).toBeLessThanOrEqual(discoveryDatagramBytesMax);
    expect(reasonOf(bytes, Number.MAX_SAFE_INTEGER)).toBe("wrong-cluster");
  });

  test("a request signed with another secret is refused as bad-hmac", () => {
    expect(reasonOf(signAddNodeRequest(fields(), "not-the-secret"))).toBe("bad-hmac");
  });

  test("changing any signed field after signing is refused as bad-hmac", () => {
    expect(reasonOf(tampered((m) => { m.nodeId = "n8"; }))).toBe("bad-hmac");
    expect(reasonOf(tampered((m) => { m.host = "198.18.0.99"; }))).toBe("bad-hmac");
    expect(reasonOf(tampered((m) => { m.port = 7402; }))).toBe("bad-hmac");
    expect(reasonOf(tampered((m) => { m.nonce = new Uint8Array(nonceBytes).fill(9); }))).toBe("bad-hmac");
    expect(reasonOf(tampered((m) => { m.timestampMs = nowMs + 1; }))).toBe("bad-hmac");
    expect(reasonOf(tampered((m) => { m.hmac = new Uint8Array(32).fill(7); }))).toBe("bad-hmac");
    expect(reasonOf(tampered(() => undefined))).toBe("ok");
  });

  test("a request for another cluster is refused as wrong-cluster, even when signed with our secret", () => {
    expect(reasonOf(signAddNodeRequest(fields({ cluster: "c2" }), secret))).toBe("wrong-cluster");
  });

  test("timestamps: exactly at the window passes on both sides, one ms past is stale or future", () => {
    const at = (timestampMs: number): string => reasonOf(signAddNodeRequest(fields({ timestampMs }), secret));
    expect(at(nowMs - freshnessWindowMs)).toBe("ok");
    expect(at(nowMs + freshnessWindowMs)).toBe("ok");
    expect(at(nowMs - freshnessWindowMs - 1)).toBe("stale");
    expect(at(nowMs + freshnessWindowMs + 1)).toBe("future");
  });

  test("bounds are enforced even on correctly signed requests", () => {
    expect(reasonOf(signedAnyway(fields({ nodeId: "n".repeat(65) })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ nodeId: "" })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ nodeId: "a b" })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ host: "" })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ host: "300.1.1.1" })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ host: "evil host" })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ port: 0 })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ port: 65_536 })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ nonce: new Uint8Array(15) })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ nonce: new Uint8Array(17) })))).toBe("invalid-field");
    expect(reasonOf(signedAnyway(fields({ timestampMs: 0 })))).toBe("invalid-field");
    expect(reasonOf(tampered((m) => { m.hmac = new Uint8Array(31); }))).toBe("invalid-field");
  });

  test("host validation: IPv4 quads and DNS names, nothing else", () => {
    for (const host of ["198.18.0.1", "0.0.0.0", "node-1", "n1.lan", "a.b-c.d"]) expect(hostValid(host)).toBe(true);
    for (const host of ["", "1.2.3", "01.2.3.4", "256.0.0.1", "-a", "a-", "a..b", "a_b", "a b", "x".repeat(254), "::1"]) {
      expect(hostValid(host)).toBe(false);
    }
  });

  test("an appended unknown field is refused as malformed (only the canonical encoding passes)", () => {
    const signed = signAddNodeRequest(fields(), secret);
    const extra = new Uint8Array([...signed, 0x40, 0x01]); // field 8, varint 1
    expect(reasonOf(extra)).toBe("malformed");
    const doubled = new Uint8Array([...signed, ...signed.subarray(0, 4)]); // node_id again
    expect(reasonOf(doubled)).not.toBe("ok");
  });

  test("garbage and oversized datagrams are refused with a typed reason", () => {
    expect(reasonOf(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toBe("malformed");
    expect(reasonOf(new Uint8Array(0))).toBe("invalid-field");
    expect(reasonOf(new TextEncoder().encode("hello, is anyone there?"))).not.toBe("ok");
    expect(reasonOf(new Uint8Array(discoveryDatagramBytesMax + 1))).toBe("oversize");
    expect(reasonOf(new Uint8Array(65_507).fill(0x0a))).toBe("oversize");
  });
});

describe("the gate (verification + nonce cache)", () => {
  test("a replayed request is admitted once, then refused as replay", () => {
    const gate = new DiscoveryGate({ secret, cluster });
    const bytes = signAddNodeRequest(fields(), secret);
    expect(gate.admit(bytes, nowMs).ok).toBe(true);
    const again = gate.admit(bytes, nowMs + 1_000);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.reason).toBe("replay");
    // Once the window has passed, the replay is refused as stale rather than remembered.
    const late = gate.admit(bytes, nowMs + freshnessWindowMs + 1);
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.reason).toBe("stale");
  });

  test("refused datagrams never occupy the nonce cache", () => {
    const gate = new DiscoveryGate({ secret, cluster });
    expect(gate.admit(signAddNodeRequest(fields(), "wrong"), nowMs).ok).toBe(false);
    expect(gate.admit(signAddNodeRequest(fields({ timestampMs: nowMs - freshnessWindowMs - 1 }), secret), nowMs).ok).toBe(false);
    expect(gate.noncesRemembered).toBe(0);
    expect(gate.admit(signAddNodeRequest(fields(), secret), nowMs).ok).toBe(true);
    expect(gate.noncesRemembered).toBe(1);
  });
});

describe("fuzz", () => {
  const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 32));

  test("random and mutated datagrams never throw and are never admitted", () => {
    const prng = new Prng(seed);
    const gate = new DiscoveryGate({ secret, cluster });
    const valid = signAddNodeRequest(fields(), secret);
    try {
      for (let round = 0; round < 5_000; round += 1) {
        let bytes: Uint8Array;
        if (prng.chance(0.5)) {
          bytes = new Uint8Array(prng.intBetween(0, 600)).map(() => prng.intBetween(0, 255));
        } else {
          // Flip one to four bytes of a valid request: the MAC or the decoder must catch it.
          bytes = valid.slice();
          // Distinct positions, each XORed with a non-zero byte: never the valid request again.
          const positions = new Set<number>();
          const flips = prng.intBetween(1, 4);
          for (let flip = 0; flip < flips; flip += 1) positions.add(prng.intBetween(0, bytes.length - 1));
          for (const index of positions) bytes[index] = (bytes[index] ?? 0) ^ prng.intBetween(1, 255);
        }
        const result = gate.admit(bytes, nowMs);
        expect(result.ok).toBe(false);
      }
    } catch (error: unknown) {
      console.error(`reproduce with SEED=${seed}`);
      throw error;
    }
    expect(gate.noncesRemembered).toBe(0);
  });
});

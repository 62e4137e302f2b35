/**
 * What this proves: a core Message of every type survives raftToWire -> encodeEnvelope ->
 * decodeEnvelope -> raftFromWire unchanged (a seeded round-trip over many random messages,
 * with entries, contexts and snapshot metadata), and the gateway refuses each kind of bad
 * field with a WireError naming it: an unknown type, an empty or overlong node id, an integer
 * above 2^53, entries that are not contiguous or whose terms go backwards, entries on a
 * non-append message, and a snapshot message without metadata. raftToWire asserts the same
 * rules, so a core that produces an invalid message fails loudly at the sender.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { logIndex, nodeId, term, type Entry, type Message, type MessageType } from "../../src/raft/types";
import { decodeEnvelope, encodeEnvelope } from "../../src/wire/codec";
import { pb } from "../../src/wire/proto";
import { entryChunkBytesFromWire, nodeIdCharsMax, raftFromWire, raftToWire } from "../../src/wire/raft-codec";

const messageTypes: readonly MessageType[] = [
  "pre-vote", "pre-vote-response", "vote", "vote-response", "append", "append-response",
  "heartbeat", "heartbeat-response", "snapshot", "snapshot-response", "timeout-now",
  "read-index", "read-index-response",
];

function randomBytes(prng: Prng, lengthMax: number): Uint8Array {
  const out = new Uint8Array(prng.intBetween(0, lengthMax));
  for (let i = 0; i < out.length; i += 1) out[i] = prng.intBetween(0, 255);
  return out;
}

function randomMessage(prng: Prng): Message {
  const type = prng.pick(messageTypes);
  const messageTerm = prng.intBetween(1, 1000);
  const logTerm = prng.intBetween(0, messageTerm);
  const index = prng.chance(0.1) ? Number.MAX_SAFE_INTEGER - 100 : prng.intBetween(0, 1_000_000);
  const entries: Entry[] = [];
  if (type === "append") {
    let entryTerm = logTerm;
    for (let i = 0; i < prng.intBetween(0, 8); i += 1) {
      entryTerm = prng.intBetween(entryTerm, messageTerm);
      const entryType = prng.pick(["normal", "conf-change", "noop"] as const);
      entries.push({ term: term(entryTerm), index: logIndex(index + 1 + i), type: entryType, data: randomBytes(prng, 100) });
    }
  }
  return {
    type,
    from: nodeId(`n${prng.intBetween(1, 9)}`),
    to: nodeId(`n${prng.intBetween(1, 9)}`),
    term: term(messageTerm),
    logTerm: term(logTerm),
    index: logIndex(index),
    entries,
    commit: logIndex(prng.intBetween(0, 1_000_000)),
    reject: prng.chance(0.5),
    rejectHint: logIndex(prng.intBetween(0, 1000)),
    rejectTerm: term(prng.intBetween(0, 1000)),
    context: randomBytes(prng, 32),
    snapshot: type === "snapshot"
      ? { meta: { index: logIndex(prng.intBetween(0, 5000)), term: term(prng.intBetween(0, 50)), confState: { voters: [nodeId("n1"), nodeId("n2")], learners: prng.chance(0.5) ? [nodeId("n3")] : [], votersOutgoing: [] } } }
      : null,
  };
}

function throughTheWire(message: Message): ReturnType<typeof raftFromWire> {
  const decoded = decodeEnvelope(encodeEnvelope({ requestId: 0, raft: raftToWire(message) }));
  if (!decoded.ok) throw decoded.error;
  expect(decoded.value.body).toBe("raft");
  return raftFromWire(decoded.value.raft ?? {});
}

function validAppend(): Message {
  return {
    type: "append", from: nodeId("n1"), to: nodeId("n2"), term: term(5), logTerm: term(3), index: logIndex(10),
    entries: [
      { term: term(4), index: logIndex(11), type: "normal", data: new Uint8Array([1]) },
      { term: term(5), index: logIndex(12), type: "noop", data: new Uint8Array(0) },
    ],
    commit: logIndex(9), reject: false, rejectHint: logIndex(0), rejectTerm: term(0), context: new Uint8Array(0), snapshot: null,
  };
}

function expectInvalid(wire: pb.RaftMessage.$Shape, fragment: string): void {
  const result = raftFromWire(wire);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.kind).toBe("invalid-field");
  expect(result.error.detail).toContain(fragment);
}

describe("raft codec", () => {
  test("every message type round-trips through an envelope (seeded, 2000 messages)", () => {
    const prng = new Prng(42);
    const seen = new Set<MessageType>();
    for (let round = 0; round < 2000; round += 1) {
      const message = randomMessage(prng);
      seen.add(message.type);
      const back = throughTheWire(message);
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.value).toEqual(message);
    }
    expect(seen.size).toBe(messageTypes.length);
  });

  test("wire-only chunk bytes travel beside their entries and stay out of the core message", () => {
    const message = validAppend();
    const wire = raftToWire(message, (entry) => (entry.index === 11 ? new Uint8Array([9, 9, 9]) : null));
    const decoded = decodeEnvelope(encodeEnvelope({ raft: wire }));
    if (!decoded.ok) throw decoded.error;
    const raft = decoded.value.raft ?? {};
    const back = raftFromWire(raft);
    expect(back.ok && back.value).toEqual(message);
    expect(entryChunkBytesFromWire(raft).map((bytes) => (bytes === null ? null : Array.from(bytes)))).toEqual([[9, 9, 9], null]);
  });

  test("unknown type is refused", () => {
    expectInvalid({ ...raftToWire(validAppend()), type: pb.RaftMessageType.RAFT_UNKNOWN }, "unknown raft message type");
    expectInvalid({ ...raftToWire(validAppend()), type: 99 as pb.RaftMessageType }, "unknown raft message type");
  });

  test("empty and overlong node ids are refused", () => {
    expectInvalid({ ...raftToWire(validAppend()), from: "" }, "from: empty node id");
    expectInvalid({ ...raftToWire(validAppend()), to: "x".repeat(nodeIdCharsMax + 1) }, "to: node id");
  });

  test("integers above 2^53 are refused", () => {
    expectInvalid({ ...raftToWire(validAppend()), commit: 2 ** 60 }, "commit");
    expectInvalid({ ...raftToWire(validAppend()), term: -1 }, "term");
  });

  test("entries must follow index without a gap, with non-decreasing terms", () => {
    const wire = raftToWire(validAppend());
    const entries = wire.entries ?? [];
    expectInvalid({ ...wire, entries: [entries[1] ?? {}, entries[0] ?? {}] }, "not contiguous");
    expectInvalid({ ...wire, entries: [{ ...entries[0], term: 2 }] }, "decreases");
    expectInvalid({ ...wire, entries: [{ ...entries[0], term: 6 }] }, "exceeds the message term");
    expectInvalid({ ...wire, entries: [{ ...entries[0], type: 9 as pb.EntryType }] }, "unknown type");
    expectInvalid({ ...wire, type: pb.RaftMessageType.RAFT_HEARTBEAT }, "carries 2 entries");
  });

  test("snapshot metadata only on snapshot messages, and always there", () => {
    const wire = raftToWire(validAppend());
    expectInvalid({ ...wire, entries: [], type: pb.RaftMessageType.RAFT_SNAPSHOT }, "without metadata");
    expectInvalid({ ...wire, snapshot: { index: 1, term: 1, confState: { voters: ["n1"] } } }, "carries snapshot metadata");
    expectInvalid({ ...wire, entries: [], type: pb.RaftMessageType.RAFT_SNAPSHOT, snapshot: { index: 1, term: 1, confState: { voters: [] } } }, "no voters");
  });

  test("raftToWire asserts on a message the gateway would refuse", () => {
    const broken: Message = { ...validAppend(), from: nodeId("") };
    expect(() => raftToWire(broken)).toThrow("core produced an invalid message");
  });
});

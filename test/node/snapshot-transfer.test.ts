/**
 * A snapshot carries the configuration at its own index. The leader's edge captures the state
 * machine at its applied index A and must send the configuration in force at A: here a
 * membership change (c removed) is applied while the capture is taken, as happens when the
 * driver loop applies entries between the snapshot request and the capture. Before, the
 * configuration was read from the core before the capture, so the follower installed the state
 * at A with c still a voter. When the core no longer knows the configuration at A (it
 * compacted past it meanwhile), nothing is sent and the transfer reports failure (the leader
 * asks again).
 */
import { describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../../src/lib/logger";
import { ok } from "../../src/lib/result";
import type { PeerLink } from "../../src/node/peer-link";
import { FileStagingStore, sendSnapshot, SnapshotStaging } from "../../src/node/snapshot-transfer";
import { makeMessage } from "../../src/raft/message";
import { logIndex, nodeId, term, type ConfState, type LogIndex } from "../../src/raft/types";
import type { SnapshotSource, Storage } from "../../src/storage/storage";
import type { EnvelopeShape } from "../../src/wire/codec";

const before: ConfState = { voters: [nodeId("a"), nodeId("b"), nodeId("c")], learners: [], votersOutgoing: [] };
const after: ConfState = { voters: [nodeId("a"), nodeId("b")], learners: [], votersOutgoing: [] };

/** A leader whose configuration changes (c removed at index 11) while its state is captured at 12. */
function leaderFake(): { storage: Storage; configurationAt: (index: LogIndex) => Promise<ConfState | null>; asked: LogIndex[] } {
  let applied = logIndex(10);
  const asked: LogIndex[] = [];
  const source = (index: LogIndex): SnapshotSource => ({
    appliedIndex: index,
    close: async () => undefined,
    async *[Symbol.asyncIterator]() {
      yield new Uint8Array([1, 2, 3]);
    },
  });
  const storage = {
    writeSnapshot: async () => {
      applied = logIndex(12); // the loop applied 11 (remove c) and 12 meanwhile
      return source(applied);
    },
    snapshotMeta: async () => null,
    entries: async (from: LogIndex) => [{ term: term(3), index: from, type: "normal", data: new Uint8Array(0) }],
  } as unknown as Storage;
  const configurationAt = async (index: LogIndex): Promise<ConfState | null> => {
    asked.push(index);
    if (index > applied) return null;
    return index >= 11 ? after : before;
  };
  return { storage, configurationAt, asked };
}

function linkFake(): { link: PeerLink; sent: EnvelopeShape[] } {
  const sent: EnvelopeShape[] = [];
  const link = { send: async (shape: EnvelopeShape) => (sent.push(shape), ok(undefined)), target: "fake:1" } as unknown as PeerLink;
  return { link, sent };
}

const message = makeMessage({ type: "snapshot", from: nodeId("a"), to: nodeId("d"), term: term(3), snapshot: { meta: { index: logIndex(10), term: term(3), confState: before } } });

describe("sendSnapshot", () => {
  test("the configuration sent is the one at the captured index, not the one before the capture", async () => {
    const { storage, configurationAt, asked } = leaderFake();
    const { link, sent } = linkFake();
    expect(await sendSnapshot(message, { storage, link, frameBytesMax: 1 << 20, logger: silentLogger, configurationAt })).toBe(true);
    expect(asked).toEqual([logIndex(12)]);
    expect(sent.length).toBeGreaterThan(0);
    for (const shape of sent) {
      expect(shape.raft?.snapshot?.index).toBe(12);
      expect(shape.raft?.snapshot?.confState?.voters).toEqual(["a", "b"]);
    }
  });

  test("no configuration known at the captured index: nothing is sent, the transfer fails", async () => {
    const { storage } = leaderFake();
    const { link, sent } = linkFake();
    const ok = await sendSnapshot(message, { storage, link, frameBytesMax: 1 << 20, logger: silentLogger, configurationAt: async () => null });
    expect(ok).toBe(false);
    expect(sent).toEqual([]);
  });
});

/**
 * A leader may stream one snapshot again on a new connection while the first stream's last
 * pieces are still arriving: the two streams' pieces reach the staging interleaved. Before,
 * each piece's offset check and its write were separated by an await, so both streams
 * appended and the staged bytes no longer parsed (found by the real-edge simulator,
 * test/sim/real-edge.test.ts); now pieces are staged one at a time, and the stream that kept
 * its offsets in order completes with exactly its bytes.
 */
describe("SnapshotStaging", () => {
  test("two interleaved streams of one snapshot stage the bytes of one of them, whole", async () => {
    const dir = await mkdtemp(join(tmpdir(), "staging-"));
    try {
      const staging = new SnapshotStaging(new FileStagingStore(dir));
      const piece = (offset: number, data: number[], done = false) => ({
        from: "a", snapshot: { index: 7 }, snapshotOffset: offset, snapshotData: new Uint8Array(data), snapshotDone: done,
      });
      const first = [piece(0, [1, 2]), piece(2, [3, 4]), piece(4, [], true)];
      const second = [piece(0, [1, 2]), piece(2, [3, 4]), piece(4, [], true)];
      // Not awaited one by one: the two connections deliver at the same time.
      const outcomes = await Promise.all(first.flatMap((wire, i) => [staging.receive(wire), staging.receive(second[i] ?? wire)]));
      expect(outcomes).toContain("complete");
      const staged: number[] = [];
      for await (const bytes of staging.read(7)) staged.push(...bytes);
      expect(staged).toEqual([1, 2, 3, 4]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Behaviours of raft.ts beyond the paper's rules: the bounds (uncommitted bytes, bytes per
 * append), the membership-change gate, leadership-transfer refusals and timeout, the testing
 * knob for ReadIndex, restart from a log that carries conf changes or from a snapshot, and the
 * one-Ready-at-a-time contract. Each test drives cores through the public API only.
 */
import { describe, expect, test } from "bun:test";
import { AssertionError } from "../../src/lib/assert";
import { entryOverheadBytes } from "../../src/raft/config";
import { logIndex, nodeId, term, type Message } from "../../src/raft/types";
import { TestCluster, voters, type ConfigOverrides } from "./harness";

const encoder = new TextEncoder();
const bytes = (count: number): Uint8Array => new Uint8Array(count);

function cluster(names: string[], overrides: ConfigOverrides = {}): TestCluster {
  const result = new TestCluster(voters(...names), { preVote: false, checkQuorum: false, ...overrides });
  result.elect(names[0] ?? "n1");
  return result;
}

describe("bounds", () => {
  test("proposals beyond uncommittedBytesMax are dropped until entries commit", () => {
    const c = cluster(["n1", "n2", "n3"], { uncommittedBytesMax: 100 });
    const leader = c.node("n1").core;
    // Nothing is uncommitted: even one entry above the bound goes through.
    expect(leader.propose(bytes(150)).kind).toBe("accepted");
    expect(leader.propose(bytes(1))).toEqual({ kind: "dropped", reason: "uncommitted-bytes-max" });
    c.stabilize();
    expect(leader.propose(bytes(60)).kind).toBe("accepted");
    expect(leader.propose(bytes(40)).kind).toBe("accepted");
    expect(leader.propose(bytes(1))).toEqual({ kind: "dropped", reason: "uncommitted-bytes-max" });
    c.stabilize();
    expect(leader.propose(bytes(1)).kind).toBe("accepted");
  });

  test("an append carries at most entryBytesPerAppendMax bytes, or one entry", () => {
    const entryBytes = 10 + entryOverheadBytes;
    const c = cluster(["n1", "n2"], { entryBytesPerAppendMax: 2 * entryBytes });
    const sent: Message[] = [];
    const drop = (m: Message): boolean => {
      sent.push(m);
      return false;
    };
    c.drop = drop;
    for (let i = 0; i < 7; i += 1) c.node("n1").core.propose(bytes(10));
    c.node("n1").core.propose(bytes(100));
    c.stabilize();
    const appends = sent.filter((m) => m.type === "append" && m.entries.length > 0);
    expect(appends.length).toBeGreaterThanOrEqual(4);
    for (const m of appends) {
      const total = m.entries.reduce((sum, e) => sum + e.data.byteLength + entryOverheadBytes, 0);
      expect(total <= 2 * entryBytes || m.entries.length === 1).toBe(true);
    }
    expect<number>(c.node("n2").core.status().commit).toBe(c.node("n1").core.status().commit);
  });

  test("at most inflightMessagesMax appends are in flight to a follower", () => {
    const c = cluster(["n1", "n2"], { inflightMessagesMax: 3 });
    const leader = c.node("n1");
    for (let i = 0; i < 10; i += 1) {
      leader.core.propose(bytes(1));
      c.handleReady(leader);
    }
    const appends = c.queue.filter((m) => m.type === "append" && m.to === nodeId("n2"));
    expect(appends.length).toBe(3);
    c.stabilize();
    expect(c.node("n2").core.status().lastIndex).toBe(leader.core.status().lastIndex);
  });
});

describe("membership gate", () => {
  test("a conf change is refused before the leader commits in its term, and while one is pending", () => {
    const c = new TestCluster(voters("n1", "n2", "n3"), { preVote: false });
    const n1 = c.node("n1");
    for (let i = 0; i < 100 && !n1.core.hasReady(); i += 1) n1.core.tick();
    c.handleReady(n1);
    for (const m of c.queue.splice(0)) c.node(m.to).core.step(m);
    c.handleReady(c.node("n2"));
    for (const m of c.queue.splice(0)) if (m.to === nodeId("n1")) n1.core.step(m);
    expect(n1.core.status().role).toBe("leader");
    c.queue = [];
    expect(n1.core.proposeConfChange({ kind: "add-learner", node: nodeId("n4") })).toEqual({ kind: "dropped", reason: "conf-change-pending" });
    c.stabilize();
    expect(n1.core.proposeConfChange({ kind: "add-learner", node: nodeId("n4") }).kind).toBe("accepted");
    expect(n1.core.proposeConfChange({ kind: "remove", node: nodeId("n3") })).toEqual({ kind: "dropped", reason: "conf-change-pending" });
    c.stabilize();
    expect(n1.core.status().confState.learners).toEqual([nodeId("n4")]);
    expect(n1.core.proposeConfChange({ kind: "remove", node: nodeId("n3") }).kind).toBe("accepted");
  });

  test("a change that does not fit the configuration is applied as a no-op everywhere", () => {
    const c = cluster(["n1", "n2", "n3"]);
    expect(c.node("n1").core.proposeConfChange({ kind: "promote-learner", node: nodeId("n9") }).kind).toBe("accepted");
    c.stabilize();
    for (const node of c.nodes.values()) expect(node.core.status().confState.voters).toEqual(["n1", "n2", "n3"].map(nodeId));
  });

  test("a removed leader first catches up the most advanced remaining voter, then hands over", () => {
    const c = cluster(["n1", "n2", "n3"], { preVote: true, checkQuorum: true });
    const n1 = c.node("n1");
    // Two appends in flight: the removal, then an extra entry.
    const removal = n1.core.proposeConfChange({ kind: "remove", node: nodeId("n1") });
    c.handleReady(n1);
    const extra = n1.core.propose(encoder.encode("x"));
    c.handleReady(n1);
    expect(removal.kind).toBe("accepted");
    expect(extra.kind).toBe("accepted");
    const extraIndex = extra.kind === "accepted" ? extra.index : logIndex(0);
    // n3 is cut off; the first append that carries the extra entry to n2 is lost, so when the
    // removal applies on n1, n2 lacks the last entry.
    let lost = false;
    const timeoutNow: Message[] = [];
    c.drop = (m) => {
      if (m.type === "timeout-now") timeoutNow.push(m);
      if (m.to === nodeId("n3") || m.from === nodeId("n3")) return true;
      if (!lost && m.to === nodeId("n2") && m.entries.some((e) => e.index === extraIndex)) {
        lost = true;
        return true;
      }
      return false;
    };
    c.stabilize();
    expect(lost).toBe(true);
    // Once n2 caught up (the hand-over resends the entry), n1 sent timeout-now and stepped down.
    expect(timeoutNow.map((m) => [m.from, m.to])).toEqual([[nodeId("n1"), nodeId("n2")]]);
    expect(n1.core.status().role).toBe("follower");
    // n2 campaigned at once; it needs n3, cut off, in the new configuration (n2, n3).
    expect(c.node("n2").core.status().role).toBe("candidate");
    expect(c.node("n2").core.status().confState.voters).toEqual(["n2", "n3"].map(nodeId));
    c.drop = () => false;
    // n3 last heard from n1: its lease of n1 must run out before it answers n2.
    for (let i = 0; i < c.node("n3").config.electionTicks; i += 1) c.node("n3").core.tick();
    c.elect("n2");
    expect(c.node("n3").core.status().commit).toBeGreaterThan(extraIndex);
  });

  test("a restarted node rebuilds its configuration from the conf changes in its log", () => {
    const c = cluster(["n1", "n2", "n3"]);
    c.node("n1").core.proposeConfChange({ kind: "remove", node: nodeId("n3") });
    c.stabilize();
    c.restart("n2");
    expect(c.node("n2").core.status().confState.voters).toEqual(["n1", "n2"].map(nodeId));
  });
});

describe("leadership transfer", () => {
  test("a transfer to a learner or an unknown node is ignored", () => {
    const c = cluster(["n1", "n2", "n3"]);
    c.node("n1").core.proposeConfChange({ kind: "add-learner", node: nodeId("n4") });
    c.stabilize();
    c.node("n1").core.transferLeadership(nodeId("n4"));
    c.node("n1").core.transferLeadership(nodeId("n9"));
    expect(c.node("n1").core.propose(bytes(1)).kind).toBe("accepted");
  });

  test("a transfer that does not finish within an election timeout is abandoned", () => {
    const c = cluster(["n1", "n2", "n3"]);
    c.drop = (m) => m.to === nodeId("n3") || m.from === nodeId("n3");
    c.node("n1").core.transferLeadership(nodeId("n3"));
    c.stabilize();
    expect(c.node("n1").core.propose(bytes(1))).toEqual({ kind: "dropped", reason: "leader-transfer" });
    for (let i = 0; i < c.node("n1").config.electionTicks; i += 1) c.node("n1").core.tick();
    expect(c.node("n1").core.status().role).toBe("leader");
    expect(c.node("n1").core.propose(bytes(1)).kind).toBe("accepted");
  });

  test("a follower's proposal is refused with a hint at the leader", () => {
    const c = cluster(["n1", "n2", "n3"]);
    expect(c.node("n2").core.propose(bytes(1))).toEqual({ kind: "not-leader", leaderHint: nodeId("n1") });
  });
});

describe("ReadIndex", () => {
  test("a fresh single-node leader answers only after committing in its term, unless the knob is on", () => {
    for (const knob of [false, true]) {
      const c = new TestCluster(voters("n1"), { testingKnobs: { readIndexBeforeTermCommit: knob } });
      const n1 = c.node("n1");
      for (let i = 0; i < 100 && !n1.core.hasReady(); i += 1) n1.core.tick();
      expect(n1.core.status().role).toBe("leader");
      n1.core.readIndex(encoder.encode("r"));
      const ready = n1.core.ready();
      // With the knob the read is answered at the old commit index (1), before the no-op commits.
      expect(ready.readStates.map((r) => r.index)).toEqual(knob ? [logIndex(1)] : []);
      n1.storage.persist(ready);
      n1.core.advance(ready);
      c.stabilize();
      expect(n1.readStates.map((r) => r.index)).toEqual(knob ? [] : [logIndex(2)]);
    }
  });
});

describe("snapshots and restart", () => {
  test("a node restarts from a snapshot and the log after it", () => {
    const c = cluster(["n1", "n2", "n3"]);
    for (let i = 0; i < 5; i += 1) c.node("n1").core.propose(encoder.encode(`v${i}`));
    c.stabilize();
    const n2 = c.node("n2");
    const applied = n2.core.status().applied;
    n2.core.compact(logIndex(applied - 2));
    n2.storage.compact(applied - 2, n2.core.status().confState);
    c.restart("n2");
    const status = n2.core.status();
    expect(status.applied).toBe(applied);
    expect(status.lastIndex).toBe(applied);
    expect<number>(status.confState.voters.length).toBe(3);
    c.node("n1").core.propose(encoder.encode("after"));
    c.stabilize();
    expect(n2.core.status().commit).toBe(c.node("n1").core.status().commit);
  });

  test("compacting beyond the applied index is a bug", () => {
    const c = cluster(["n1", "n2", "n3"]);
    const status = c.node("n1").core.status();
    expect(() => c.node("n1").core.compact(logIndex(status.applied + 1))).toThrow(AssertionError);
  });
});

describe("bootstrap", () => {
  test("a torn bootstrap is redone in full, so the entries committed by fiat are everywhere", () => {
    const c = new TestCluster(voters("n1", "n2", "n3"));
    const n1 = c.node("n1");
    // n1 crashed while persisting its first Ready: only the first bootstrap entry and no hard state.
    n1.storage.entries = n1.storage.entries.slice(0, 1);
    n1.storage.hardState = { term: term(0), vote: null, commit: logIndex(0) };
    n1.storage.applied = logIndex(0);
    c.restart("n1");
    const ready = n1.core.ready();
    expect(ready.entriesToPersist.map((e) => e.index)).toEqual([1, 2, 3].map(logIndex));
    expect(ready.hardState?.commit).toBe(logIndex(3));
    expect(n1.core.status().confState.voters).toEqual(["n1", "n2", "n3"].map(nodeId));
    n1.storage.persist(ready);
    n1.core.advance(ready);
    c.elect("n1");
    expect<number>(c.node("n2").core.status().commit).toBe(4);
  });

  test("a node of a new cluster starts at term 1 with the configuration committed", () => {
    const c = new TestCluster(voters("n1", "n2"), {}, 3);
    const status = c.node("n2").core.status();
    expect<number>(status.term).toBe(1);
    expect<number>(status.commit).toBe(2);
    expect(c.node("n2").storage.entries.map((e) => e.type)).toEqual(["conf-change", "conf-change"]);
  });
});

describe("the Ready contract", () => {
  test("one Ready at a time: ready() before advance() is a bug, hasReady() is false meanwhile", () => {
    const c = cluster(["n1", "n2", "n3"]);
    const core = c.node("n1").core;
    core.propose(bytes(1));
    const ready = core.ready();
    expect(core.hasReady()).toBe(false);
    expect(() => core.ready()).toThrow(AssertionError);
    core.advance(ready);
    expect(() => core.advance(ready)).toThrow(AssertionError);
  });

  test("an outstanding Ready survives messages stepped before advance()", () => {
    const c = cluster(["n1", "n2", "n3"], {});
    const n2 = c.node("n2");
    c.node("n1").core.propose(encoder.encode("x"));
    c.handleReady(c.node("n1"));
    const appends = c.queue.splice(0);
    const toN2 = appends.filter((m) => m.to === nodeId("n2"));
    for (const m of toN2) n2.core.step(m);
    const ready = n2.core.ready();
    // A heartbeat arrives between ready() and advance(): it must not disturb the outstanding Ready.
    c.node("n1").core.tick();
    c.handleReady(c.node("n1"));
    for (const m of c.queue.splice(0)) if (m.to === nodeId("n2")) n2.core.step(m);
    n2.storage.persist(ready);
    n2.core.advance(ready);
    c.queue.push(...ready.messagesAfterPersist, ...appends.filter((m) => m.to !== nodeId("n2")));
    c.stabilize();
    expect(n2.core.status().commit).toBe(c.node("n1").core.status().commit);
    expect(n2.applied.at(-1)?.data).toEqual(encoder.encode("x"));
  });

  test("a removed follower stops campaigning", () => {
    const c = cluster(["n1", "n2", "n3"], { preVote: true, checkQuorum: true });
    c.node("n1").core.proposeConfChange({ kind: "remove", node: nodeId("n3") });
    c.stabilize();
    const n3 = c.node("n3");
    for (let i = 0; i < 100; i += 1) n3.core.tick();
    expect(n3.core.hasReady()).toBe(false);
    expect(n3.core.status().role).toBe("follower");
  });
});

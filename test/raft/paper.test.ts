/**
 * One test per rule of the Raft paper's Figure 2 and sections 5.1-5.4, after etcd's
 * raft_paper_test.go. Each test drives a single core (or a small in-memory cluster) through the
 * public RaftCore API: it steps hand-built messages, ticks, and checks what the Ready batches
 * say to persist, send and apply. Pre-vote and check-quorum are off unless a test says
 * otherwise, so that the rules are seen as the paper states them.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { defaultRaftConfig, type RaftConfig } from "../../src/raft/config";
import { makeMessage, type MessageFields } from "../../src/raft/message";
import { createRaft } from "../../src/raft/raft";
import { logIndex, nodeId, term, type Entry, type Message, type MessageType, type RaftCore, type Ready } from "../../src/raft/types";
import { MemoryStorage, TestCluster, voters, type ConfigOverrides } from "./harness";

const encoder = new TextEncoder();
const paperRules: ConfigOverrides = { preVote: false, checkQuorum: false };

interface CoreOptions {
  readonly ids?: readonly string[];
  readonly terms?: readonly number[];
  readonly hardTerm?: number;
  readonly seed?: number;
  readonly overrides?: ConfigOverrides;
}

/** One core with a memory storage; every Ready is handled by the contract and recorded. */
class Single {
  readonly core: RaftCore;
  readonly storage: MemoryStorage;
  readonly config: RaftConfig;
  sent: Message[] = [];
  readonly applied: Entry[] = [];
  readonly readies: Ready[] = [];

  readonly ids: readonly string[];

  constructor(readonly id: string, options: CoreOptions = {}) {
    this.ids = options.ids ?? ["n1", "n2", "n3"];
    const conf = voters(...this.ids);
    this.storage = new MemoryStorage(conf);
    const terms = options.terms ?? [];
    this.storage.entries = terms.map((t, i) => ({ term: term(t), index: logIndex(i + 1), type: "normal", data: new Uint8Array(0) }));
    const hardTerm = options.hardTerm ?? (terms.length > 0 ? Math.max(...terms) : 0);
    this.storage.hardState = { term: term(hardTerm), vote: null, commit: logIndex(0) };
    this.config = { ...defaultRaftConfig(nodeId(id), new Prng(options.seed ?? 1)), ...paperRules, ...options.overrides };
    this.core = createRaft(this.config, this.storage.durable());
    this.flush();
  }

  /** Handles every pending Ready: persist, send (record), apply, advance. */
  flush(): void {
    for (let i = 0; i < 10 && this.core.hasReady(); i += 1) {
      const ready = this.core.ready();
      this.readies.push(ready);
      this.storage.persist(ready);
      this.sent.push(...ready.messages, ...ready.messagesAfterPersist);
      this.applied.push(...ready.entriesToApply);
      this.core.advance(ready);
    }
  }

  take(type?: MessageType): Message[] {
    const taken = this.sent.filter((m) => type === undefined || m.type === type);
    this.sent = this.sent.filter((m) => !taken.includes(m));
    return taken;
  }

  step(fields: Omit<MessageFields, "to">): void {
    this.core.step(makeMessage({ ...fields, to: nodeId(this.id) }));
  }

  tickUntilReady(ticksMax = 100): number {
    for (let ticks = 1; ticks <= ticksMax; ticks += 1) {
      this.core.tick();
      if (this.core.hasReady()) return ticks;
    }
    throw new Error("no campaign");
  }

  /** Campaigns (no pre-vote) and wins with the votes of `granting`. */
  elect(granting: readonly string[] = ["n2"]): void {
    this.tickUntilReady();
    this.flush();
    const voteTerm = this.core.status().term;
    for (const from of granting) this.step({ type: "vote-response", from: nodeId(from), term: voteTerm });
    this.flush();
    expect(this.core.status().role).toBe("leader");
    this.sent = [];
  }

  /** Every peer acknowledges the leader's whole log, which moves them to the replicate state. */
  ackAll(): void {
    const last = this.core.status().lastIndex;
    for (const peer of this.ids) if (peer !== this.id) this.step({ type: "append-response", from: nodeId(peer), term: term(this.term), index: last });
    this.flush();
    this.sent = [];
  }

  get term(): number {
    return this.core.status().term;
  }
}

function entries(fromIndex: number, ...terms: number[]): Entry[] {
  return terms.map((t, i) => ({ term: term(t), index: logIndex(fromIndex + i), type: "normal", data: new Uint8Array(0) }));
}

describe("§5.1 terms", () => {
  for (const role of ["follower", "candidate", "leader"] as const) {
    test(`a ${role} that sees a higher term adopts it and becomes follower`, () => {
      const node = new Single("n1", { terms: [1], hardTerm: 1 });
      if (role === "candidate") {
        node.tickUntilReady();
        node.flush();
      }
      if (role === "leader") node.elect();
      expect(node.core.status().role).toBe(role);
      node.step({ type: "append", from: nodeId("n2"), term: term(5), index: logIndex(0), logTerm: term(0) });
      node.flush();
      const status = node.core.status();
      expect(status.role).toBe("follower");
      expect<number>(status.term).toBe(5);
      expect(status.leader).toBe(nodeId("n2"));
      expect(node.storage.hardState.term).toBe(term(5));
    });
  }

  test("a message with a stale term is ignored", () => {
    const node = new Single("n1", { terms: [1, 2], hardTerm: 3 });
    node.step({ type: "append", from: nodeId("n2"), term: term(2), index: logIndex(2), logTerm: term(2), entries: entries(3, 2) });
    node.flush();
    expect<number>(node.core.status().lastIndex).toBe(2);
    expect(node.sent).toEqual([]);
  });
});

describe("§5.2 leader election", () => {
  test("servers start as followers", () => {
    const node = new Single("n1");
    expect(node.core.status().role).toBe("follower");
    expect(node.core.status().leader).toBeNull();
  });

  test("a leader sends heartbeats to every peer each heartbeat interval", () => {
    const node = new Single("n1", { overrides: { heartbeatTicks: 2 } });
    node.elect();
    node.core.tick();
    node.flush();
    expect(node.take("heartbeat")).toEqual([]);
    node.core.tick();
    node.flush();
    expect(node.take("heartbeat").map((m) => m.to)).toEqual([nodeId("n2"), nodeId("n3")]);
  });

  for (const role of ["follower", "candidate"] as const) {
    test(`a ${role} whose election timeout elapses starts an election`, () => {
      const node = new Single("n1", { terms: [1], hardTerm: 1 });
      if (role === "candidate") {
        node.tickUntilReady();
        node.flush();
        node.take();
      }
      const termBefore = node.term;
      node.tickUntilReady();
      node.flush();
      expect(node.core.status().role).toBe("candidate");
      expect(node.term).toBe(termBefore + 1);
      expect(node.storage.hardState.vote).toBe(nodeId("n1"));
      const requests = node.take("vote");
      expect(requests.map((m) => m.to)).toEqual([nodeId("n2"), nodeId("n3")]);
      for (const m of requests) expect<number>(m.term).toBe(termBefore + 1);
    });
  }

  const outcomes: { size: number; granted: string[]; rejected: string[]; role: string }[] = [
    { size: 1, granted: [], rejected: [], role: "leader" },
    { size: 3, granted: ["n2"], rejected: [], role: "leader" },
    { size: 3, granted: [], rejected: [], role: "candidate" },
    { size: 5, granted: ["n2", "n3"], rejected: [], role: "leader" },
    { size: 5, granted: ["n2"], rejected: [], role: "candidate" },
    { size: 5, granted: ["n2"], rejected: ["n3", "n4"], role: "candidate" }, // n5 could still make it 3
    { size: 5, granted: ["n2"], rejected: ["n3", "n4", "n5"], role: "follower" },
    { size: 5, granted: ["n2", "n3"], rejected: ["n4", "n5"], role: "leader" },
  ];
  for (const outcome of outcomes) {
    test(`an election among ${outcome.size} with grants ${outcome.granted.join(",") || "-"} and rejections ${outcome.rejected.join(",") || "-"} ends ${outcome.role}`, () => {
      const ids = ["n1", "n2", "n3", "n4", "n5"].slice(0, outcome.size);
      const node = new Single("n1", { ids, terms: [1], hardTerm: 1 });
      node.tickUntilReady();
      node.flush();
      for (const from of outcome.granted) node.step({ type: "vote-response", from: nodeId(from), term: term(node.term) });
      for (const from of outcome.rejected) node.step({ type: "vote-response", from: nodeId(from), term: term(node.term), reject: true });
      node.flush();
      expect<string>(node.core.status().role).toBe(outcome.role);
    });
  }

  test("a follower votes for at most one candidate per term, first come first served", () => {
    const node = new Single("n1", { terms: [1], hardTerm: 1 });
    node.step({ type: "vote", from: nodeId("n2"), term: term(2), index: logIndex(1), logTerm: term(1) });
    node.step({ type: "vote", from: nodeId("n3"), term: term(2), index: logIndex(1), logTerm: term(1) });
    node.step({ type: "vote", from: nodeId("n2"), term: term(2), index: logIndex(1), logTerm: term(1) });
    node.flush();
    const responses = node.take("vote-response");
    expect(responses.map((m) => [m.to, m.reject])).toEqual([
      [nodeId("n2"), false],
      [nodeId("n3"), true],
      [nodeId("n2"), false],
    ]);
    expect(node.storage.hardState.vote).toBe(nodeId("n2"));
  });

  test("a candidate that hears from a leader of its term becomes follower", () => {
    const node = new Single("n1", { terms: [1], hardTerm: 1 });
    node.tickUntilReady();
    node.flush();
    node.step({ type: "append", from: nodeId("n2"), term: term(node.term), index: logIndex(1), logTerm: term(1) });
    node.flush();
    expect(node.core.status().role).toBe("follower");
    expect(node.core.status().leader).toBe(nodeId("n2"));
  });

  test("election timeouts are randomized in [electionTicks, 2*electionTicks)", () => {
    const seen = new Set<number>();
    for (let seed = 1; seed <= 60; seed += 1) {
      const node = new Single("n1", { seed });
      const ticks = node.tickUntilReady();
      expect(ticks).toBeGreaterThanOrEqual(node.config.electionTicks);
      expect(ticks).toBeLessThan(2 * node.config.electionTicks);
      seen.add(ticks);
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  test("followers with independent generators mostly time out at different ticks", () => {
    let conflicts = 0;
    for (let seed = 1; seed <= 50; seed += 1) {
      const first = new Single("n1", { seed: 2 * seed }).tickUntilReady();
      const second = new Single("n2", { seed: 2 * seed + 1 }).tickUntilReady();
      if (first === second) conflicts += 1;
    }
    expect(conflicts).toBeLessThan(15);
  });
});

describe("§5.3 log replication", () => {
  test("a leader appends a proposal to its log and sends it to every follower", () => {
    const node = new Single("n1");
    node.elect();
    node.ackAll();
    const result = node.core.propose(encoder.encode("x"));
    expect(result.kind).toBe("accepted");
    node.flush();
    const appends = node.take("append");
    expect(appends.map((m) => m.to)).toEqual([nodeId("n2"), nodeId("n3")]);
    for (const m of appends) expect(m.entries.map((e) => new TextDecoder().decode(e.data))).toContain("x");
    expect(node.storage.entries.at(-1)?.data).toEqual(encoder.encode("x"));
  });

  test("a leader commits an entry once a majority has it and tells the followers", () => {
    const node = new Single("n1");
    node.elect();
    node.core.propose(encoder.encode("x"));
    node.flush();
    const last = node.core.status().lastIndex;
    expect<number>(node.core.status().commit).toBeLessThan(last);
    node.step({ type: "append-response", from: nodeId("n2"), term: term(node.term), index: last });
    node.flush();
    expect(node.core.status().commit).toBe(last);
    expect(node.applied.at(-1)?.index).toBe(last);
    for (const m of node.take("append")) expect(m.commit).toBe(last);
  });

  const acknowledgements: { size: number; acks: string[]; committed: boolean }[] = [
    { size: 1, acks: [], committed: true },
    { size: 3, acks: [], committed: false },
    { size: 3, acks: ["n2"], committed: true },
    { size: 5, acks: ["n2"], committed: false },
    { size: 5, acks: ["n2", "n3"], committed: true },
  ];
  for (const { size, acks, committed } of acknowledgements) {
    test(`with ${size} voters and acks from ${acks.join(",") || "nobody"}, the entry is ${committed ? "" : "not "}committed`, () => {
      const ids = ["n1", "n2", "n3", "n4", "n5"].slice(0, size);
      const node = new Single("n1", { ids });
      node.elect(ids.slice(1, Math.floor(size / 2) + 1));
      node.core.propose(encoder.encode("x"));
      node.flush();
      const last = node.core.status().lastIndex;
      for (const from of acks) node.step({ type: "append-response", from: nodeId(from), term: term(node.term), index: last });
      node.flush();
      expect(node.core.status().commit === last).toBe(committed);
    });
  }

  test("committing an entry commits every entry before it, from earlier terms too", () => {
    const node = new Single("n1", { terms: [1, 1, 2], hardTerm: 2 });
    node.elect();
    const last = node.core.status().lastIndex;
    node.step({ type: "append-response", from: nodeId("n2"), term: term(node.term), index: last });
    node.flush();
    expect(node.applied.map((e) => e.index)).toEqual([1, 2, 3, 4].map(logIndex));
  });

  test("a follower commits up to the leader's commit, within what the append proved", () => {
    const node = new Single("n1", { terms: [1], hardTerm: 1 });
    node.step({ type: "append", from: nodeId("n2"), term: term(1), index: logIndex(1), logTerm: term(1), entries: entries(2, 1, 1), commit: logIndex(9) });
    node.flush();
    expect<number>(node.core.status().commit).toBe(3);
    expect(node.applied.map((e) => e.index)).toEqual([1, 2, 3].map(logIndex));
  });

  test("a follower rejects an append whose previous entry does not match (consistency check)", () => {
    const node = new Single("n1", { terms: [1, 2], hardTerm: 2 });
    for (const [index, logTermValue] of [[2, 1], [3, 2]] as const) {
      node.step({ type: "append", from: nodeId("n2"), term: term(2), index: logIndex(index), logTerm: term(logTermValue) });
    }
    node.flush();
    const responses = node.take("append-response");
    expect(responses.map((m) => m.reject)).toEqual([true, true]);
    expect<number>(node.core.status().lastIndex).toBe(2);
    // The hint points at the follower's last entry with a term at or below the probe's.
    expect([responses[0]?.rejectHint, responses[0]?.rejectTerm]).toEqual([logIndex(1), term(1)]);
    expect([responses[1]?.rejectHint, responses[1]?.rejectTerm]).toEqual([logIndex(2), term(2)]);
  });

  test("a follower deletes a conflicting entry and all that follow it, then appends", () => {
    const node = new Single("n1", { terms: [1, 2, 2, 2], hardTerm: 2 });
    node.step({ type: "append", from: nodeId("n2"), term: term(3), index: logIndex(2), logTerm: term(2), entries: entries(3, 3) });
    node.flush();
    expect(node.storage.entries.map((e) => e.term)).toEqual([1, 2, 3].map(term));
    expect(node.take("append-response").map((m) => [m.reject, m.index])).toEqual([[false, logIndex(3)]]);
  });

  const figure7 = {
    a: [1, 1, 1, 4, 4, 5, 5, 6, 6],
    b: [1, 1, 1, 4],
    c: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6],
    d: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7],
    e: [1, 1, 1, 4, 4, 4, 4],
    f: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3],
  };
  for (const [name, followerTerms] of Object.entries(figure7)) {
    test(`a leader forces follower (${name}) of Figure 7 to duplicate its log`, () => {
      const leaderTerms = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
      const cluster = new TestCluster(voters(), paperRules);
      const conf = voters("n1", "n2", "n3");
      const logs: Record<string, readonly number[]> = { n1: leaderTerms, n2: followerTerms, n3: leaderTerms };
      for (const [id, terms] of Object.entries(logs)) {
        const node = cluster.addNode(nodeId(id), conf, new Prng(id === "n1" ? 1 : 1000));
        node.storage.entries = terms.map((t, i) => ({ term: term(t), index: logIndex(i + 1), type: "normal", data: new Uint8Array(0) }));
        node.storage.hardState = { term: term(7), vote: null, commit: logIndex(0) };
        node.storage.applied = logIndex(0);
        cluster.restart(id, id === "n1" ? 1 : 1000);
      }
      cluster.elect("n1");
      cluster.stabilize();
      const leaderLog = cluster.node("n1").storage.entries.map((e) => [e.index, e.term]);
      expect(cluster.node("n2").storage.entries.map((e) => [e.index, e.term])).toEqual(leaderLog);
      expect(cluster.node("n2").core.status().commit).toBe(cluster.node("n1").core.status().commit);
    });
  }
});

describe("§5.4 safety", () => {
  test("a vote request carries the candidate's last log index and term", () => {
    const node = new Single("n1", { terms: [1, 1, 2], hardTerm: 2 });
    node.tickUntilReady();
    node.flush();
    for (const m of node.take("vote")) {
      expect<number>(m.index).toBe(3);
      expect<number>(m.logTerm).toBe(2);
    }
  });

  const elections: { candidate: [number, number]; granted: boolean }[] = [
    { candidate: [2, 1], granted: false }, // lower last term
    { candidate: [3, 1], granted: false },
    { candidate: [1, 2], granted: false }, // same term, shorter
    { candidate: [2, 2], granted: true }, // same term, same length
    { candidate: [3, 2], granted: true }, // same term, longer
    { candidate: [1, 3], granted: true }, // higher last term
  ];
  for (const { candidate, granted } of elections) {
    test(`a voter with log (2, term 2) ${granted ? "grants" : "refuses"} a candidate at (${candidate[0]}, term ${candidate[1]}) (§5.4.1)`, () => {
      const node = new Single("n1", { terms: [1, 2], hardTerm: 2 });
      node.step({ type: "vote", from: nodeId("n2"), term: term(3), index: logIndex(candidate[0]), logTerm: term(candidate[1]) });
      node.flush();
      expect(node.take("vote-response").map((m) => m.reject)).toEqual([!granted]);
    });
  }

  test("the voteWithoutUpToDateCheck knob grants a stale candidate (the mutant is live)", () => {
    const node = new Single("n1", { terms: [1, 2], hardTerm: 2, overrides: { testingKnobs: { voteWithoutUpToDateCheck: true } } });
    node.step({ type: "vote", from: nodeId("n2"), term: term(3), index: logIndex(1), logTerm: term(1) });
    node.flush();
    expect(node.take("vote-response").map((m) => m.reject)).toEqual([false]);
  });

  test("a leader commits by counting replicas only entries of its own term (Figure 8)", () => {
    // n1 leads term 3 with an entry of term 2 at index 2 that only it has; its own no-op of
    // term 3 sits at index 3. n2 acknowledging index 2 makes it replicated on a majority, but
    // it must not be committed: only once index 3 (term 3) is on a majority.
    const node = new Single("n1", { terms: [1, 2], hardTerm: 2 });
    node.elect();
    expect<number>(node.term).toBe(3);
    node.step({ type: "append-response", from: nodeId("n2"), term: term(3), index: logIndex(2) });
    node.flush();
    expect<number>(node.core.status().commit).toBe(0);
    node.step({ type: "append-response", from: nodeId("n2"), term: term(3), index: logIndex(3) });
    node.flush();
    expect<number>(node.core.status().commit).toBe(3);
  });

  test("the commitOldTermEntries knob commits the old-term entry (the mutant is live)", () => {
    const node = new Single("n1", { terms: [1, 2], hardTerm: 2, overrides: { testingKnobs: { commitOldTermEntries: true } } });
    node.elect();
    node.step({ type: "append-response", from: nodeId("n2"), term: term(3), index: logIndex(2) });
    node.flush();
    expect<number>(node.core.status().commit).toBe(2);
  });
});

describe("Figure 2: persist before responding", () => {
  test("a vote grant is sent only after the vote is persisted", () => {
    const node = new Single("n1", { terms: [1], hardTerm: 1 });
    node.step({ type: "vote", from: nodeId("n2"), term: term(2), index: logIndex(1), logTerm: term(1) });
    const ready = node.core.ready();
    expect(ready.hardState?.vote).toBe(nodeId("n2"));
    expect(ready.messages).toEqual([]);
    expect(ready.messagesAfterPersist.map((m) => m.type)).toEqual(["vote-response"]);
    node.core.advance(ready);
  });

  test("an append response is sent only after the entries are persisted", () => {
    const node = new Single("n1", { terms: [1], hardTerm: 1 });
    node.step({ type: "append", from: nodeId("n2"), term: term(1), index: logIndex(1), logTerm: term(1), entries: entries(2, 1) });
    const ready = node.core.ready();
    expect(ready.entriesToPersist.map((e) => e.index)).toEqual([logIndex(2)]);
    expect(ready.messages).toEqual([]);
    expect(ready.messagesAfterPersist.map((m) => [m.type, m.index])).toEqual([["append-response", logIndex(2)]]);
    node.core.advance(ready);
  });

  test("a leader does not count its own entry before it is durable", () => {
    const node = new Single("n1", { ids: ["n1", "n2", "n3", "n4", "n5"] });
    node.elect(["n2", "n3"]);
    node.ackAll();
    node.core.propose(encoder.encode("x"));
    const ready = node.core.ready();
    const last = node.core.status().lastIndex;
    // Its appends may go out before its own write (§10.2.1), in `messages`.
    expect(ready.messages.filter((m) => m.type === "append").length).toBe(4);
    // Two followers and the leader would be a majority of five, but the leader's write is not done.
    node.step({ type: "append-response", from: nodeId("n2"), term: term(node.term), index: last });
    node.step({ type: "append-response", from: nodeId("n3"), term: term(node.term), index: last });
    expect(node.core.status().commit).not.toBe(last);
    node.storage.persist(ready);
    node.core.advance(ready);
    expect(node.core.status().commit).toBe(last);
  });

  test("a single node commits only after advance() of the Ready that persisted the entry", () => {
    const node = new Single("n1", { ids: ["n1"] });
    node.tickUntilReady();
    const ready = node.core.ready();
    expect(node.core.status().role).toBe("leader");
    expect(ready.entriesToPersist.map((e) => e.type)).toEqual(["noop"]);
    expect(ready.hardState?.commit).toBe(logIndex(1));
    expect(ready.entriesToApply).toEqual([]);
    node.storage.persist(ready);
    node.core.advance(ready);
    expect<number>(node.core.status().commit).toBe(2);
  });

  test("a restarted node keeps its term, vote and log", () => {
    const cluster = new TestCluster(voters("n1", "n2", "n3"), paperRules);
    cluster.elect("n1");
    cluster.node("n1").core.propose(encoder.encode("x"));
    cluster.stabilize();
    const before = cluster.node("n2").core.status();
    cluster.restart("n2");
    const after = cluster.node("n2").core.status();
    expect([after.term, after.vote, after.commit, after.lastIndex, after.applied]).toEqual([before.term, before.vote, before.commit, before.lastIndex, before.applied]);
    expect(after.confState).toEqual(before.confState);
  });
});

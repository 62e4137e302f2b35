/**
 * A small randomized check of the core's safety, independent of the full simulator in test/sim/:
 * for a handful of seeds, a 3- or 5-node cluster runs with messages dropped, duplicated and
 * reordered, nodes crashing (also in the middle of persisting a Ready, keeping only a prefix of
 * what it asked to persist), log compaction and snapshots. After every step it checks Election
 * Safety (one leader per term), Log Matching on the durable logs, and State Machine Safety (no
 * two nodes apply different entries at one index). At the end the network heals and the cluster
 * must converge: one leader, and every node applies the same, complete sequence. A second suite
 * adds membership changes (learners, promotions, removals, of nodes that start empty),
 * leadership transfers and ReadIndex reads, whose read point must cover every commit index
 * any node knew when the read was asked (linearizability).
 * A failing seed prints itself and replays exactly with RAFT_RANDOM_SEED.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { defaultRaftConfig, type RaftTestingKnobs } from "../../src/raft/config";
import { createRaft } from "../../src/raft/raft";
import { nodeId, type Entry, type Message, type NodeId, type RaftCore, type Ready } from "../../src/raft/types";
import { MemoryStorage, voters } from "./harness";

interface SimNode {
  readonly id: NodeId;
  core: RaftCore;
  readonly storage: MemoryStorage;
  restarts: number;
}

const decoder = new TextDecoder();
const stepsPerSeed = 3000;
/** RAFT_RANDOM_KNOB=commitOldTermEntries (etc.) runs the sweep against a deliberately broken core. */
const knob = process.env.RAFT_RANDOM_KNOB;
const testingKnobs: RaftTestingKnobs = knob === undefined ? {} : { [knob]: true };
const convergenceStepsMax = 4000;

class RandomCluster {
  readonly nodes: SimNode[] = [];
  network: Message[] = [];
  /** Index -> "term/data" of the entry applied there by anyone. */
  readonly appliedAt = new Map<number, string>();
  /** Term -> leader seen in that term. */
  readonly leaders = new Map<number, NodeId>();
  proposals = 0;

  /** Context -> the highest commit index any node knew when the read was asked. */
  readonly readsRequired = new Map<string, number>();
  reads = 0;
  readsAnswered = 0;

  /**
   * `size` nodes, of which the first `initialVoters` form the new cluster; the others start
   * empty and take part only once a conf change adds them (with `membership`).
   */
  constructor(
    readonly prng: Prng,
    size: number,
    private readonly membership = false,
    initialVoters = size,
  ) {
    const names = ["n1", "n2", "n3", "n4", "n5"].slice(0, size);
    for (const [position, name] of names.entries()) {
      const storage = new MemoryStorage(position < initialVoters ? voters(...names.slice(0, initialVoters)) : voters());
      const node: SimNode = { id: nodeId(name), core: this.boot(nodeId(name), storage), storage, restarts: 0 };
      this.nodes.push(node);
    }
  }

  private boot(id: NodeId, storage: MemoryStorage): RaftCore {
    // Heartbeats every 3 ticks keep the network from filling with them faster than it delivers.
    const config = { ...defaultRaftConfig(id, this.prng.fork()), heartbeatTicks: 3, inflightMessagesMax: 4, entryBytesPerAppendMax: 64, testingKnobs };
    return createRaft(config, storage.durable());
  }

  private crash(node: SimNode): void {
    node.restarts += 1;
    node.core = this.boot(node.id, node.storage);
  }

  private apply(node: SimNode, entries: readonly Entry[]): void {
    for (const entry of entries) {
      expect<number>(entry.index).toBe(node.storage.applied + 1);
      const text = `${entry.term}/${decoder.decode(entry.data)}`;
      const previous = this.appliedAt.get(entry.index);
      if (previous !== undefined && previous !== text) throw new Error(`state machine safety: index ${entry.index} applied as ${previous} and ${text}`);
      this.appliedAt.set(entry.index, text);
      node.storage.applied = entry.index;
    }
  }

  /** Handles one Ready; with `crashMidway`, persists only a prefix and crashes before advance. */
  handleReady(node: SimNode, crashMidway: boolean): void {
    if (!node.core.hasReady()) return;
    const ready = node.core.ready();
    this.network.push(...ready.messages);
    if (crashMidway) {
      this.persistPrefix(node, ready);
      this.crash(node);
      return;
    }
    node.storage.persist(ready);
    this.network.push(...ready.messagesAfterPersist);
    if (ready.snapshot !== null) node.storage.applied = ready.snapshot.meta.index;
    this.apply(node, ready.entriesToApply);
    this.checkReads(ready);
    node.core.advance(ready);
  }

  /** Linearizable reads (thesis §6.4): a read point covers every commit known before the read. */
  private checkReads(ready: Ready): void {
    for (const state of ready.readStates) {
      const context = decoder.decode(state.context);
      const required = this.readsRequired.get(context);
      if (required === undefined) throw new Error(`read state for unknown context ${context}`);
      if (state.index < required) throw new Error(`stale read ${context}: index ${state.index} < ${required}`);
      this.readsAnswered += 1;
    }
  }

  private read(node: SimNode): void {
    const context = `r${this.reads}`;
    this.reads += 1;
    this.readsRequired.set(context, Math.max(...this.nodes.map((n) => n.core.status().commit)));
    node.core.readIndex(new TextEncoder().encode(context));
  }

  private changeMembership(anyNode: SimNode): void {
    const node = this.nodes.find((n) => n.core.status().role === "leader") ?? anyNode;
    if (node.core.status().role !== "leader") return;
    const kind = this.prng.pick(["add-learner", "promote-learner", "add-voter", "remove"] as const);
    const target = this.prng.pick(this.nodes).id;
    node.core.proposeConfChange({ kind, node: target });
  }

  /** A crash in the middle of step 1 of the contract: snapshot, then some entries, then maybe the hard state. */
  private persistPrefix(node: SimNode, ready: Ready): void {
    const kept = this.prng.intBetween(0, ready.entriesToPersist.length);
    const complete = kept === ready.entriesToPersist.length;
    node.storage.persist({
      ...ready,
      snapshot: this.prng.chance(0.5) || complete ? ready.snapshot : null,
      entriesToPersist: ready.entriesToPersist.slice(0, kept),
      hardState: complete && this.prng.chance(0.5) ? ready.hardState : null,
    });
  }

  deliverOne(): void {
    if (this.network.length === 0) return;
    const index = this.prng.intBetween(0, this.network.length - 1);
    const message = this.network[index] as Message;
    if (!this.prng.chance(0.05)) this.network.splice(index, 1); // else: duplicated
    if (this.prng.chance(0.1)) return this.reportLost(message);
    this.nodes.find((n) => n.id === message.to)?.core.step(message);
    if (message.type === "snapshot") this.nodes.find((n) => n.id === message.from)?.core.reportSnapshot(message.to, true);
  }

  private reportLost(message: Message): void {
    if (message.type === "snapshot") this.nodes.find((n) => n.id === message.from)?.core.reportSnapshot(message.to, false);
  }

  randomStep(): void {
    const node = this.prng.pick(this.nodes);
    const roll = this.prng.nextFloat();
    if (roll < 0.25) node.core.tick();
    else if (roll < 0.55) this.deliverOne();
    else if (roll < 0.8) this.handleReady(node, this.prng.chance(0.02));
    else if (roll < 0.88) this.propose(node);
    else if (roll < 0.91) this.read(node);
    else if (roll < 0.95) this.membershipOrTransfer(node);
    else if (roll < 0.97) this.compact(node);
    else if (roll < 0.975) this.crash(node);
    else if (roll < 0.98) this.loseHalfTheNetwork();
    else this.deliverOne();
  }

  private membershipOrTransfer(node: SimNode): void {
    if (this.membership && this.prng.chance(0.7)) this.changeMembership(node);
    else node.core.transferLeadership(this.prng.pick(this.nodes).id);
  }

  /** A burst of loss; the edge of a leader learns that a snapshot stream failed. */
  private loseHalfTheNetwork(): void {
    const kept: Message[] = [];
    for (const message of this.network) {
      if (this.prng.chance(0.5)) kept.push(message);
      else this.reportLost(message);
    }
    this.network = kept;
  }

  /** Proposals go to a node that believes it leads, as a client would retry until it finds one. */
  private propose(anyNode: SimNode): void {
    const node = this.nodes.find((n) => n.core.status().role === "leader") ?? anyNode;
    if (node.core.status().role !== "leader") return;
    const result = node.core.propose(new TextEncoder().encode(`p${this.proposals}`));
    if (result.kind === "accepted") this.proposals += 1;
  }

  private compact(node: SimNode): void {
    // The application snapshots its state at the applied index, with the configuration there.
    const status = node.core.status();
    const base = node.storage.snapshot?.index ?? 0;
    if (status.applied < base + 5 || status.applied !== node.storage.applied) return;
    node.core.compact(status.applied);
    node.storage.compact(status.applied, status.confState);
  }

  checkSafety(): void {
    for (const node of this.nodes) {
      const status = node.core.status();
      if (status.role !== "leader") continue;
      const known = this.leaders.get(status.term);
      if (known !== undefined && known !== node.id) throw new Error(`election safety: ${known} and ${node.id} lead term ${status.term}`);
      this.leaders.set(status.term, node.id);
    }
    this.checkLogMatching();
  }

  /** Raft §5.3 Log Matching: the same (index, term) in two durable logs means the same prefix. */
  private checkLogMatching(): void {
    for (let i = 0; i < this.nodes.length; i += 1) {
      for (let j = i + 1; j < this.nodes.length; j += 1) {
        const a = this.logMap(this.nodes[i] as SimNode);
        const b = this.logMap(this.nodes[j] as SimNode);
        let matchedAbove = false;
        const indexes = [...a.keys()].filter((k) => b.has(k)).sort((x, y) => y - x);
        for (const index of indexes) {
          const same = a.get(index) === b.get(index);
          if (matchedAbove && !same) throw new Error(`log matching: index ${index} differs below a matching entry`);
          if (same) matchedAbove = true;
        }
      }
    }
  }

  private logMap(node: SimNode): Map<number, string> {
    return new Map(node.storage.entries.map((e) => [e.index as number, `${e.term}/${decoder.decode(e.data)}`]));
  }

  converge(): void {
    for (let step = 0; step < convergenceStepsMax; step += 1) {
      const node = this.nodes[step % this.nodes.length] as SimNode;
      if (step % 7 === 0) node.core.tick();
      this.handleReady(node, false);
      for (let k = 0; k < 4; k += 1) this.deliverReliably();
      this.checkSafety();
      if (step > 200 && this.converged()) return;
    }
    throw new Error(`no convergence: ${this.nodes.map((n) => JSON.stringify(n.core.status())).join(" ")}`);
  }

  private deliverReliably(): void {
    const message = this.network.shift();
    if (message === undefined) return;
    this.nodes.find((n) => n.id === message.to)?.core.step(message);
    if (message.type === "snapshot") this.nodes.find((n) => n.id === message.from)?.core.reportSnapshot(message.to, true);
  }

  /** One leader, and every member of its configuration has applied its commit index. */
  private converged(): boolean {
    const leaders = this.nodes.filter((n) => n.core.status().role === "leader");
    if (leaders.length !== 1) return false;
    const status = (leaders[0] as SimNode).core.status();
    const members = new Set([...status.confState.voters, ...status.confState.learners]);
    return this.nodes.filter((n) => members.has(n.id)).every((n) => n.storage.applied === status.commit && n.core.status().commit === status.commit);
  }
}

/** RAFT_RANDOM_SEEDS=500 runs a longer sweep; RAFT_RANDOM_SEED=n replays one seed. */
const seedCount = Number(process.env.RAFT_RANDOM_SEEDS ?? "8");
const seeds = process.env.RAFT_RANDOM_SEED !== undefined ? [Number(process.env.RAFT_RANDOM_SEED)] : Array.from({ length: seedCount }, (_, i) => i + 1);

describe("random cluster with membership changes, transfers and reads", () => {
  for (const seed of seeds) {
    test(`seed ${seed}: safety and linearizable reads while the membership changes`, () => {
      const prng = new Prng(seed + 100_000);
      const cluster = new RandomCluster(prng, 5, true, 3);
      try {
        for (let step = 0; step < stepsPerSeed; step += 1) {
          cluster.randomStep();
          cluster.checkSafety();
        }
        cluster.converge();
      } catch (error: unknown) {
        console.error(`reproduce with seed ${seed} (membership)`);
        throw error;
      }
      expect(cluster.appliedAt.size).toBeGreaterThan(0);
      expect(cluster.reads).toBeGreaterThan(0);
      if (process.env.RAFT_RANDOM_STATS === "1") console.log(JSON.stringify({ seed, applied: cluster.appliedAt.size, reads: cluster.reads, answered: cluster.readsAnswered, terms: cluster.leaders.size, confs: [...cluster.appliedAt.values()].filter((v) => / /.test(v)).length, final: cluster.nodes.map((n) => n.core.status().confState.voters.join("")) }));
    });
  }
});

describe("random cluster", () => {
  for (const seed of seeds) {
    test(`seed ${seed}: safety under faults, convergence after healing`, () => {
      const prng = new Prng(seed);
      const cluster = new RandomCluster(prng, seed % 2 === 0 ? 5 : 3);
      try {
        for (let step = 0; step < stepsPerSeed; step += 1) {
          cluster.randomStep();
          cluster.checkSafety();
        }
        cluster.converge();
      } catch (error: unknown) {
        console.error(`reproduce with seed ${seed}`);
        throw error;
      }
      expect(cluster.leaders.size).toBeGreaterThan(0);
      expect(cluster.appliedAt.size).toBeGreaterThan(0);
    });
  }
});

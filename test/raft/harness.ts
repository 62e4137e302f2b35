/**
 * A small in-memory cluster for the Raft unit tests: each node has a core, a fake durable
 * storage that follows the Ready contract exactly (persist, then send, then apply, then
 * advance), and a shared message queue the test delivers, drops or filters. No clock, no I/O.
 */
import { expect } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { defaultRaftConfig, type RaftConfig } from "../../src/raft/config";
import { createRaft } from "../../src/raft/raft";
import {
  logIndex,
  nodeId,
  term,
  type ConfState,
  type DurableState,
  type Entry,
  type HardState,
  type Message,
  type NodeId,
  type RaftCore,
  type ReadState,
  type Ready,
  type SnapshotMeta,
} from "../../src/raft/types";

export class MemoryStorage {
  hardState: HardState = { term: term(0), vote: null, commit: logIndex(0) };
  snapshot: SnapshotMeta | null = null;
  entries: Entry[] = [];
  applied = logIndex(0);

  constructor(readonly initialConfState: ConfState) {}

  durable(): DurableState {
    return {
      hardState: this.hardState,
      snapshot: this.snapshot,
      entries: [...this.entries],
      initialConfState: this.initialConfState,
      applied: this.applied,
    };
  }

  persist(ready: Ready): void {
    if (ready.snapshot !== null) {
      this.snapshot = ready.snapshot.meta;
      this.entries = [];
      this.applied = ready.snapshot.meta.index;
    }
    const first = ready.entriesToPersist[0];
    if (first !== undefined) {
      const base = this.snapshot?.index ?? 0;
      this.entries = this.entries.slice(0, first.index - base - 1);
      this.entries.push(...ready.entriesToPersist);
    }
    if (ready.hardState !== null) this.hardState = ready.hardState;
  }

  /**
   * The application snapshotted at `index`; `confState` is the configuration at that index
   * (status().confState right after advance(), when `index` is the applied index).
   */
  compact(index: number, confState: ConfState): void {
    const base = this.snapshot?.index ?? 0;
    const entry = this.entries[index - base - 1];
    if (entry === undefined) throw new Error(`cannot compact at ${index}`);
    this.entries = this.entries.slice(index - base);
    this.snapshot = { index: entry.index, term: entry.term, confState };
  }
}

export interface TestNode {
  readonly id: NodeId;
  core: RaftCore;
  readonly storage: MemoryStorage;
  readonly config: RaftConfig;
  readonly applied: Entry[];
  readonly readStates: ReadState[];
}

export type ConfigOverrides = Partial<Omit<RaftConfig, "id" | "prng">>;

export function ids(...names: string[]): NodeId[] {
  return names.map(nodeId);
}

export function voters(...names: string[]): ConfState {
  return { voters: ids(...names), learners: [], votersOutgoing: [] };
}

export class TestCluster {
  readonly nodes = new Map<NodeId, TestNode>();
  /** Messages sent and not yet delivered, in order. */
  queue: Message[] = [];
  /** A message for which this returns true is dropped when delivered. */
  drop: (m: Message) => boolean = () => false;

  constructor(
    conf: ConfState,
    private readonly overrides: ConfigOverrides = {},
    seed = 1,
  ) {
    const prng = new Prng(seed);
    for (const id of [...conf.voters, ...conf.learners]) this.addNode(id, conf, prng.fork());
  }

  addNode(id: NodeId, conf: ConfState, prng: Prng): TestNode {
    const config: RaftConfig = { ...defaultRaftConfig(id, prng), ...this.overrides };
    const storage = new MemoryStorage(conf);
    const node: TestNode = { id, core: createRaft(config, storage.durable()), storage, config, applied: [], readStates: [] };
    this.nodes.set(id, node);
    // Persist and apply the bootstrap entries that carry the initial configuration.
    while (this.handleReady(node)) continue;
    return node;
  }

  node(name: string): TestNode {
    const node = this.nodes.get(nodeId(name));
    if (node === undefined) throw new Error(`no node ${name}`);
    return node;
  }

  /** Handles one Ready of `node`, following the contract step by step. */
  handleReady(node: TestNode): boolean {
    if (!node.core.hasReady()) return false;
    const ready = node.core.ready();
    this.queue.push(...ready.messages);
    node.storage.persist(ready);
    this.queue.push(...ready.messagesAfterPersist);
    for (const entry of ready.entriesToApply) {
      expect(entry.index).toBe(logIndex(node.storage.applied + 1));
      node.applied.push(entry);
      node.storage.applied = entry.index;
    }
    node.readStates.push(...ready.readStates);
    node.core.advance(ready);
    return true;
  }

  /** Delivers messages and handles Readies until nothing moves. */
  stabilize(roundsMax = 1000): void {
    for (let round = 0; round < roundsMax; round += 1) {
      let moved = false;
      for (const node of this.nodes.values()) moved = this.handleReady(node) || moved;
      const batch = this.queue;
      this.queue = [];
      for (const m of batch) {
        moved = true;
        if (this.drop(m)) continue;
        this.nodes.get(m.to)?.core.step(m);
      }
      if (!moved) return;
    }
    throw new Error("cluster did not stabilize");
  }

  /** Ticks `node` until it campaigns, then lets the election run. */
  elect(name: string): void {
    const node = this.node(name);
    for (let i = 0; i < 100 && node.core.status().role !== "leader"; i += 1) {
      node.core.tick();
      this.stabilize();
    }
    expect(node.core.status().role).toBe("leader");
  }

  /** Restarts `name` from its durable state, losing everything volatile. */
  restart(name: string, seed = 99): void {
    const node = this.node(name);
    node.core = createRaft({ ...node.config, prng: new Prng(seed) }, node.storage.durable());
    node.applied.length = 0;
  }
}

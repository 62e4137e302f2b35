/**
 * The Raft safety properties (Raft paper, Figure 3), checked as the run goes:
 *
 * - Election safety: at most one leader per term. Every tick, each running leader's term is
 *   recorded with its id; a second id for one term is a violation.
 * - Log matching: if two logs hold an entry with the same index and term, the logs are
 *   identical up to it. Checked on durable logs by induction: every (index, term) pair ever
 *   persisted must always come with the same content and the same previous term.
 * - Leader completeness: a leader holds every entry committed in earlier terms. Checked once
 *   per leader and term, as soon as the leader's durable log holds an entry of its own term
 *   (its log then certainly includes everything it had when elected).
 * - State machine safety: no two nodes apply different entries at one index. Every commit a
 *   node makes durable and every entry it applies is registered; two contents for one index
 *   is a violation. Nor may a committed entry ever be removed from a durable log (by a
 *   conflicting append or by a snapshot that discards the log).
 * - Leader append-only: a leader never removes an entry of a term it led from its own log.
 * - Configuration agreement (the configuration is replicated state too): every node that has
 *   applied up to one index holds the same configuration there, however it got there (entries
 *   applied one by one, or a snapshot installed). Checked every tick, on both edges.
 */
import type { ConfState, Entry, NodeId, RaftCore, Ready, Term } from "../../src/raft/types";
import { entryDigest } from "./kv";
import { SimViolation } from "./violation";

/** A node's durable log as the checks read it: the model edge's SimDisk, or the real edge's MemoryStorageState. */
export interface DurableLog {
  snapshotIndex(): number;
  firstIndex(): number;
  lastIndex(): number;
  /** The durable entry at `index`, or null if compacted or beyond the log. */
  entry(index: number): Entry | null;
}

/** What the checks need of a node, whichever edge runs it. */
export interface CheckedNode {
  readonly id: NodeId;
  readonly core: RaftCore | null;
  readonly disk: DurableLog;
}

/** One durable write: entries (replacing any suffix from the first one's index) and the hard state. */
export type DurableWrite = Pick<Ready, "entriesToPersist" | "hardState">;

interface Registered {
  readonly term: Term;
  readonly digest: string;
  readonly by: string;
}

export class SafetyChecker {
  private readonly leaderOfTerm = new Map<number, NodeId>();
  private readonly persistedEntries = new Map<string, { digest: string; previousTerm: number; by: string }>();
  private readonly committed: (Registered | undefined)[] = [];
  /** Per node, highest index whose commit was registered (reset on restart: memory is lost). */
  private readonly commitRegistered = new Map<NodeId, number>();
  private readonly completenessChecked = new Set<string>();
  /** Per applied index, the configuration the first node seen there held (bounded by the log's length). */
  private readonly configurationAt = new Map<number, { conf: string; by: NodeId }>();
  leadersObserved = 0;

  /** Highest index known committed anywhere. */
  get committedIndex(): number {
    return this.committed.length - 1;
  }

  committedAt(index: number): Registered | undefined {
    return this.committed[index];
  }

  checkTick(nodes: readonly CheckedNode[], tick: number): void {
    for (const node of nodes) {
      if (node.core === null) continue;
      const status = node.core.status();
      if (status.role !== "leader") continue;
      const existing = this.leaderOfTerm.get(status.term);
      if (existing === undefined) {
        this.leaderOfTerm.set(status.term, node.id);
        this.leadersObserved += 1;
      } else if (existing !== node.id) {
        throw new SimViolation("election-safety", `tick ${tick}: ${existing} and ${node.id} are both leaders of term ${status.term}`);
      }
      this.checkLeaderCompleteness(node, status.term);
    }
  }

  /** Configuration agreement: two nodes at one applied index hold one configuration. */
  checkConfigurations(nodes: readonly CheckedNode[]): void {
    for (const node of nodes) {
      if (node.core === null) continue;
      const { applied } = node.core.status();
      // Before any entry is applied the configuration is how the node was started (bootstrap
      // entries still to apply, or the initial one after a restart), not replicated state.
      if (applied === 0) continue;
      const conf = node.core.configurationAt(applied);
      if (conf === null) continue;
      const described = describeConf(conf);
      const seen = this.configurationAt.get(applied);
      if (seen === undefined) this.configurationAt.set(applied, { conf: described, by: node.id });
      else if (seen.conf !== described) {
        throw new SimViolation("state-machine-safety", `configuration at applied index ${applied}: ${seen.by} holds ${seen.conf}, ${node.id} holds ${described}`);
      }
    }
  }

  onPersisted(node: CheckedNode, ready: DurableWrite, previousTerm: Term | null): void {
    let previous: number | null = previousTerm;
    for (const entry of ready.entriesToPersist) {
      this.checkLogMatching(node, entry, previous);
      previous = entry.term;
    }
    if (ready.hardState === null) return;
    const from = this.commitRegistered.get(node.id) ?? node.disk.snapshotIndex();
    const to = Math.min(ready.hardState.commit, node.disk.lastIndex());
    for (let index = Math.max(from + 1, node.disk.firstIndex()); index <= to; index += 1) {
      const entry = node.disk.entry(index);
      if (entry !== null) this.register(entry, `${node.id} commit`);
    }
    this.commitRegistered.set(node.id, Math.max(from, to));
  }

  /** A committed entry never leaves a durable log: any leader to come has it, at that index. */
  onReplaced(node: CheckedNode, removed: readonly Entry[]): void {
    for (const entry of removed) {
      const digest = entryDigest(entry);
      const now = node.disk.entry(entry.index);
      if (now !== null && entryDigest(now) === digest) continue; // rewritten unchanged
      if (this.committed[entry.index]?.digest === digest) {
        throw new SimViolation("state-machine-safety", `${node.id} removed committed entry ${entry.index} (${digest}) from its log`);
      }
    }
  }

  /** Figure 3, Leader Append-Only: while it leads `term`, a node removes none of its term's entries. */
  onLeaderReady(node: CheckedNode, leaderTerm: Term, ready: Ready, removed: readonly Entry[]): void {
    for (const entry of removed) {
      if (entry.term !== leaderTerm) continue; // a new leader may still drop what it had as a follower
      const digest = entryDigest(entry);
      const rewritten = ready.entriesToPersist.find((candidate) => candidate.index === entry.index);
      if (rewritten !== undefined && entryDigest(rewritten) === digest) continue;
      throw new SimViolation("leader-append-only", `${node.id}, leader of term ${leaderTerm}, removes its own entry ${entry.index} (${digest})`);
    }
  }

  onApplied(node: CheckedNode, entry: Entry): void {
    this.register(entry, `${node.id} apply`);
  }

  onRestart(node: CheckedNode): void {
    this.commitRegistered.delete(node.id);
  }

  private checkLogMatching(node: CheckedNode, entry: Entry, previousTerm: number | null): void {
    const key = `${entry.index}:${entry.term}`;
    const digest = entryDigest(entry);
    const seen = this.persistedEntries.get(key);
    if (seen === undefined) {
      if (previousTerm !== null) this.persistedEntries.set(key, { digest, previousTerm, by: node.id });
      return;
    }
    if (seen.digest !== digest) {
      throw new SimViolation("log-matching", `index ${entry.index} term ${entry.term}: ${seen.by} persisted ${seen.digest}, ${node.id} persisted ${digest}`);
    }
    if (previousTerm !== null && seen.previousTerm !== previousTerm) {
      throw new SimViolation(
        "log-matching",
        `index ${entry.index} term ${entry.term} follows term ${seen.previousTerm} on ${seen.by} but term ${previousTerm} on ${node.id}`,
      );
    }
  }

  private register(entry: Entry, by: string): void {
    const digest = entryDigest(entry);
    const seen = this.committed[entry.index];
    if (seen === undefined) {
      this.committed[entry.index] = { term: entry.term, digest, by };
      return;
    }
    if (seen.digest !== digest) {
      throw new SimViolation("state-machine-safety", `index ${entry.index}: ${seen.by} had ${seen.digest}, ${by} has ${digest}`);
    }
  }

  private checkLeaderCompleteness(node: CheckedNode, leaderTerm: Term): void {
    const key = `${node.id}:${leaderTerm}`;
    if (this.completenessChecked.has(key)) return;
    const disk = node.disk;
    const last = disk.entry(disk.lastIndex());
    if (last === null || last.term !== leaderTerm) return; // not yet durable: check later
    this.completenessChecked.add(key);
    for (let index: number = disk.firstIndex(); index < this.committed.length; index += 1) {
      const registered = this.committed[index];
      if (registered === undefined || registered.term >= leaderTerm) continue;
      const entry = disk.entry(index);
      if (entry === null || entryDigest(entry) !== registered.digest) {
        throw new SimViolation(
          "leader-completeness",
          `${node.id}, leader of term ${leaderTerm}, lacks committed index ${index} (${registered.digest}, from ${registered.by}); it has ${entry === null ? "nothing" : entryDigest(entry)}`,
        );
      }
    }
  }
}

function describeConf(conf: ConfState): string {
  const list = (ids: readonly NodeId[]): string => [...ids].sort().join(",");
  return `voters[${list(conf.voters)}] learners[${list(conf.learners)}] outgoing[${list(conf.votersOutgoing)}]`;
}

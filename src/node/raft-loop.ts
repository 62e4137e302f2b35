/**
 * The node's driver loop: the only code that touches the Raft core. Socket callbacks and work
 * handlers only enqueue (messages into a bounded inbox, requests into a bounded queue); the
 * loop drains a bounded batch each turn, then runs the core's Ready through the contract of
 * src/raft/types.ts: persist, then send what depended on it, then apply, then advance.
 */
import { assert } from "../lib/assert";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import { RingBuffer } from "../lib/ring-buffer";
import { raftMetrics, storageMetrics } from "../metrics/metrics";
import type { ConfChange, HardState, LogIndex, Message, NodeId, ProposeResult, RaftCore, Ready, SoftState, Status, Term } from "../raft/types";
import { logIndex } from "../raft/types";
import { decodeConfChange } from "../raft/conf-change";
import type { Storage } from "../storage/storage";
import { applyEntries, entriesToPersist } from "./applier";
import { ProposalTracker, type ProposalOutcome } from "./proposal-tracker";
import { ReadTracker, type ReadOutcome } from "./read-tracker";
import { Wakeup } from "./wakeup";

/** Raft messages waiting for the loop; a full inbox drops (Raft tolerates loss, not memory growth). */
export const inboxMessagesMax = 8192;
/** Requests (proposals, reads) waiting for the loop. */
export const requestsMax = 4096;
/** Messages stepped per turn, so ticks and Ready keep their pace under a flood. */
export const stepsPerTurnMax = 1024;
/** After a stall (a long fsync), at most this many ticks catch up: a stall must not become an election. */
export const ticksCatchUpMax = 2;
/** One ReadIndex attempt's wait before asking again. */
export const readAttemptMs = 1_000;
/** Attempts per read barrier, whatever its timeout. */
export const readAttemptsMax = 60;
assert(stepsPerTurnMax <= inboxMessagesMax, "a turn drains at most one inbox");

export interface RaftLoopParts {
  readonly core: RaftCore;
  readonly storage: Storage;
  readonly logger: Logger;
  readonly tickMs: number;
  /** Time and timers (monotonic): the system's in production, a virtual one in the simulator (test/sim). */
  readonly clock: Clock;
  /** Sends messages; never blocks the loop (the transport has bounded per-peer outboxes). */
  readonly send: (messages: readonly Message[]) => void;
  /** Called once entries are applied (the state machine changed). */
  readonly onApplied?: (applied: LogIndex) => void;
  /** A membership change was applied (before the core's configuration shows it, in advance()). */
  readonly onConfChange?: (change: ConfChange) => void;
  /** The core accepted a snapshot: the edge installs its bytes into storage before persisting. */
  readonly installSnapshot?: (ready: Ready) => Promise<void>;
  /** After each advance (a membership change takes effect there): the core may be read. */
  readonly onAdvanced?: (core: RaftCore) => void;
  /** Applied entries between two compactions of the log. */
  readonly compactEveryEntries?: number;
  /** Deliberately broken behaviours: the simulator's planted-bug tests only (test/sim/real-edge.test.ts). */
  readonly testingKnobs?: RaftLoopTestingKnobs;
}

export interface RaftLoopTestingKnobs {
  /** Sends `messagesAfterPersist` before the Ready is durable: acks and votes a crash can take back. */
  readonly sendBeforePersist?: boolean;
}

export type Proposed = ProposalOutcome | { readonly kind: "refused"; readonly result: Exclude<ProposeResult, { kind: "accepted" }> | { kind: "busy" } };

type Request = () => void;

/**
 * Proposals that must enter the log together, in order, in one term of one leader. Once one of
 * them is refused (busy, dropped, or appended in another term), every later proposal of the
 * chain is refused before it reaches the core. A write proposes its chunk entries and then its
 * put-file as one chain without waiting for each: the put-file is appended only after every
 * chunk entry it references was appended before it in the same term, so by Log Matching it
 * cannot commit without them.
 */
export class ProposalChain {
  private brokenReason: string | null = null;

  constructor(readonly term: Term) {}

  get broken(): boolean {
    return this.brokenReason !== null;
  }

  break(reason: string): void {
    this.brokenReason ??= reason;
    assert(this.broken, "a chain once broken stays broken");
  }
}

/** The commit index the leader last sent this node (appends and heartbeats carry it). */
export interface LeaderCommitHeard {
  readonly from: NodeId;
  readonly term: Term;
  readonly commit: LogIndex;
}

export class RaftLoop {
  private readonly inbox = new RingBuffer<Message>(inboxMessagesMax);
  private readonly requests = new RingBuffer<Request>(requestsMax);
  private readonly wakeup: Wakeup;
  private readonly proposals = new ProposalTracker();
  private readonly reads = new ReadTracker();
  private stopped = false;
  private lastTickMs: number;
  private appliedIndex: LogIndex;
  private lastAppliedTerm: Term | null = null;
  private compactedIndex: LogIndex;
  private soft: SoftState = { leader: null, role: "follower" };
  /** Refreshed every tick and role change (see hearsLeader). */
  private leaderHeard = false;
  private hard: HardState;
  private heard: LeaderCommitHeard | null = null;
  private lastTurnMs: number;
  /** Messages dropped because the inbox was full, for status and tests. */
  droppedMessages = 0;

  constructor(private readonly parts: RaftLoopParts, applied: LogIndex) {
    this.wakeup = new Wakeup(parts.clock);
    this.lastTickMs = parts.clock.now();
    this.lastTurnMs = this.lastTickMs;
    this.appliedIndex = applied;
    this.compactedIndex = applied;
    const status = parts.core.status();
    this.hard = { term: status.term, vote: status.vote, commit: status.commit };
    this.noteHardState(this.hard);
    raftMetrics.appliedIndex.set(applied);
    raftMetrics.role.with({ role: this.soft.role }).set(1);
  }

  get applied(): LogIndex {
    return this.appliedIndex;
  }

  get softState(): SoftState {
    return this.soft;
  }

  /**
   * Whether this node leads or heard from its leader within an election timeout: only then
   * can a read here finish quickly, so only then does it take reads from the queue server.
   */
  get hearsLeader(): boolean {
    return this.leaderHeard;
  }

  /** Term and commit index as last persisted. */
  get hardState(): HardState {
    return this.hard;
  }

  /** What the current (or a past) leader last said is committed; null before any append or heartbeat. */
  get leaderCommitHeard(): LeaderCommitHeard | null {
    return this.heard;
  }

  /** When the driver loop last began a turn (a turn comes at least every tick unless something blocks it). */
  get lastTurnAtMs(): number {
    return this.lastTurnMs;
  }

  /** From the network: false when the inbox is full and the message was dropped. */
  deliver(message: Message): boolean {
    if (this.inbox.full()) {
      this.droppedMessages += 1;
      raftMetrics.inboxDropped.inc();
      return false;
    }
    if (message.type === "append" || message.type === "heartbeat") this.noteLeaderCommit(message);
    this.inbox.push(message);
    this.wakeup.notify();
    return true;
  }

  /**
   * Proposes a command and resolves once it is applied here (or lost, or refused). With
   * `term`, it counts as refused unless appended in that term: entries one leader appends in
   * one term are committed in order (Log Matching), so a command proposed after others in the
   * same term may be awaited alone.
   */
  propose(data: Uint8Array, timeoutMs: number, order?: Term | ProposalChain): Promise<Proposed> {
    const chain = order instanceof ProposalChain ? order : null;
    const term = order instanceof ProposalChain ? order.term : order;
    const busy: Proposed = { kind: "refused", result: { kind: "busy" } };
    // The same test enqueue makes: a request it turns away never reaches the loop.
    if (this.stopped || this.requests.full()) chain?.break("requests full");
    return this.counted(this.parts.clock.now(), this.enqueue<Proposed>((resolve) => {
      // Requests run in the order they were enqueued, so an earlier member's verdict is known.
      if (chain?.broken === true) return resolve(busy);
      if (this.proposals.full()) {
        chain?.break("proposals full");
        return resolve(busy);
      }
      const result = this.parts.core.propose(data);
      if (result.kind !== "accepted") {
        chain?.break(result.kind);
        return resolve({ kind: "refused", result });
      }
      // Appended in a later term than asked: not ordered after the caller's earlier entries.
      // The entry may still commit, which is harmless (every command is idempotent).
      if (term !== undefined && result.term !== term) {
        chain?.break("term moved on");
        return resolve({ kind: "refused", result: { kind: "not-leader", leaderHint: this.soft.leader } });
      }
      void this.proposals.wait(result.index, result.term, this.parts.clock.now() + timeoutMs).then(resolve);
    }, busy));
  }

  proposeConfChange(change: ConfChange, timeoutMs: number): Promise<Proposed> {
    return this.counted(this.parts.clock.now(), this.enqueue<Proposed>((resolve) => {
      const result = this.parts.core.proposeConfChange(change);
      if (result.kind !== "accepted") return resolve({ kind: "refused", result });
      void this.proposals.wait(result.index, result.term, this.parts.clock.now() + timeoutMs).then(resolve);
    }, { kind: "refused", result: { kind: "busy" } }));
  }

  private async counted(startedMs: number, proposed: Promise<Proposed>): Promise<Proposed> {
    const outcome = await proposed;
    raftMetrics.proposals.with({ outcome: outcome.kind }).inc();
    if (outcome.kind === "applied") raftMetrics.proposalDuration.observe((this.parts.clock.now() - startedMs) / 1000);
    return outcome;
  }

  /**
   * Resolves when a linearizable read may run on this node's state machine (ReadIndex). A
   * request the core drops (no leader known yet, a leader not yet committed in its term) gets
   * no answer, so it is asked again every readAttemptMs until the deadline, unless this node
   * stops hearing from a leader: then it gives up at once, so the read goes to a node that can
   * serve it (a node cut off from the leader would otherwise hold it to the deadline).
   */
  async readBarrier(timeoutMs: number): Promise<ReadOutcome> {
    const deadline = this.parts.clock.now() + timeoutMs;
    let outcome: ReadOutcome = { kind: "failed", reason: "no attempt" };
    for (let attempt = 0; attempt < readAttemptsMax && !this.stopped; attempt += 1) {
      const left = deadline - this.parts.clock.now();
      if (left <= 0) break;
      outcome = await this.readOnce(Math.min(left, readAttemptMs));
      if (outcome.kind === "ready") return outcome;
      if (!this.leaderHeard) return { kind: "failed", reason: "no leader heard within an election timeout" };
    }
    return outcome;
  }

  private readOnce(timeoutMs: number): Promise<ReadOutcome> {
    return this.enqueue<ReadOutcome>((resolve) => {
      if (this.reads.full()) return resolve({ kind: "failed", reason: "too many reads waiting" });
      const { context, outcome } = this.reads.begin(this.parts.clock.now() + timeoutMs);
      void outcome.then(resolve);
      this.parts.core.readIndex(context);
    }, { kind: "failed", reason: "node busy" });
  }

  /** Runs `action` against the core inside the loop (status, transfer, ...). */
  withCore<T>(action: (core: RaftCore) => T): Promise<T | null> {
    return this.enqueue<T | null>((resolve) => resolve(action(this.parts.core)), null);
  }

  stop(): void {
    this.stopped = true;
    this.wakeup.notify();
  }

  /** The driver loop: runs until stop(); the only loop in a node allowed to run unbounded. */
  async run(): Promise<void> {
    while (!this.stopped) {
      await this.wakeup.wait(Math.max(1, this.lastTickMs + this.parts.tickMs - this.parts.clock.now()));
      if (this.stopped) break;
      this.lastTurnMs = this.parts.clock.now();
      this.tickIfDue();
      for (const message of this.inbox.drain(stepsPerTurnMax)) this.parts.core.step(message);
      for (const request of this.requests.drain(requestsMax)) request();
      while (this.parts.core.hasReady() && !this.stopped) await this.handleReady(this.parts.core.ready());
      const now = this.parts.clock.now();
      this.proposals.expire(now);
      this.reads.expire(now);
    }
    this.proposals.failAll("node stopping");
    this.reads.failAll("node stopping");
  }

  private enqueue<T>(body: (resolve: (value: T) => void) => void, whenFull: T): Promise<T> {
    if (this.stopped || this.requests.full()) return Promise.resolve(whenFull);
    return new Promise<T>((resolve) => {
      this.requests.push(() => body(resolve));
      this.wakeup.notify();
    });
  }

  private tickIfDue(): void {
    const now = this.parts.clock.now();
    const due = Math.floor((now - this.lastTickMs) / this.parts.tickMs);
    if (due <= 0) return;
    for (let i = 0; i < Math.min(due, ticksCatchUpMax); i += 1) this.parts.core.tick();
    this.lastTickMs = due > ticksCatchUpMax ? now : this.lastTickMs + due * this.parts.tickMs;
    this.leaderHeard = hearsLeader(this.parts.core.status());
  }

  /** Persist, then send, then apply, then advance: the Ready contract (src/raft/types.ts). */
  private async handleReady(ready: Ready): Promise<void> {
    if (ready.softState !== null) this.noteSoftState(ready.softState);
    this.parts.send(ready.messages);
    if (ready.snapshot !== null) {
      assert(this.parts.installSnapshot !== undefined, "a snapshot arrived but this node cannot install one");
      await this.parts.installSnapshot(ready);
      this.appliedIndex = ready.snapshot.meta.index;
      this.compactedIndex = ready.snapshot.meta.index;
      raftMetrics.appliedIndex.set(this.appliedIndex);
    }
    const early = this.parts.testingKnobs?.sendBeforePersist === true;
    if (early) this.parts.send(ready.messagesAfterPersist);
    if (ready.hardState !== null || ready.entriesToPersist.length > 0) {
      const persistStartedMs = this.parts.clock.now();
      await this.parts.storage.persist(ready.hardState, entriesToPersist(ready.entriesToPersist));
      storageMetrics.fsyncDuration.with({ kind: "log" }).observe((this.parts.clock.now() - persistStartedMs) / 1000);
    }
    if (ready.hardState !== null) this.noteHardState(ready.hardState);
    if (!early) this.parts.send(ready.messagesAfterPersist);
    if (ready.entriesToApply.length > 0) await this.apply(ready);
    if (ready.readStates.length > 0) this.reads.readStates(ready.readStates, this.appliedIndex);
    this.parts.core.advance(ready);
    this.parts.onAdvanced?.(this.parts.core);
    await this.maybeCompact();
  }

  private async apply(ready: Ready): Promise<void> {
    const entries = ready.entriesToApply;
    const first = entries[0];
    assert(first !== undefined, "apply needs entries");
    assert(first.index <= this.appliedIndex + 1, `entries to apply start at ${first.index}, applied is ${this.appliedIndex}`);
    const fresh = entries.filter((entry) => entry.index > this.appliedIndex);
    await applyEntries(this.parts.storage, fresh);
    const onConfChange = this.parts.onConfChange;
    if (onConfChange !== undefined) for (const entry of fresh) if (entry.type === "conf-change") onConfChange(decodeConfChange(entry.data));
    const last = entries[entries.length - 1];
    if (last !== undefined && last.index > this.appliedIndex) {
      this.appliedIndex = last.index;
      this.lastAppliedTerm = last.term;
      raftMetrics.appliedIndex.set(this.appliedIndex);
    }
    this.proposals.applied(entries);
    this.reads.applied(this.appliedIndex);
    this.parts.onApplied?.(this.appliedIndex);
  }

  private async maybeCompact(): Promise<void> {
    const every = this.parts.compactEveryEntries;
    if (every === undefined || this.lastAppliedTerm === null) return;
    if (this.appliedIndex - this.compactedIndex < every) return;
    const status = this.parts.core.status();
    const meta = { index: this.appliedIndex, term: this.lastAppliedTerm, confState: status.confState };
    await this.parts.storage.compact(meta);
    this.parts.core.compact(this.appliedIndex);
    this.compactedIndex = this.appliedIndex;
    this.parts.logger.debug("log.compacted", { index: this.appliedIndex });
  }

  private noteSoftState(soft: SoftState): void {
    if (soft.leader !== this.soft.leader || soft.role !== this.soft.role) {
      // Under its own key: `role` is the process's (node, queue), set on every line by the top level.
      this.parts.logger.info("raft.role", { raftRole: soft.role, leader: soft.leader });
    }
    if (soft.leader !== null && soft.leader !== this.soft.leader) raftMetrics.leaderChanges.inc();
    raftMetrics.role.with({ role: this.soft.role }).set(0);
    raftMetrics.role.with({ role: soft.role }).set(1);
    raftMetrics.hasLeader.set(soft.leader === null ? 0 : 1);
    this.soft = soft;
    this.leaderHeard = hearsLeader(this.parts.core.status());
  }

  private noteHardState(hard: HardState): void {
    this.hard = hard;
    raftMetrics.term.set(hard.term);
    raftMetrics.commitIndex.set(hard.commit);
  }

  /** Appends and heartbeats carry the leader's commit index (a heartbeat's may be lower, never higher). */
  private noteLeaderCommit(message: Message): void {
    const heard = this.heard;
    if (heard !== null && message.term < heard.term) return;
    const sameLeader = heard !== null && heard.term === message.term && heard.from === message.from;
    this.heard = { from: message.from, term: message.term, commit: sameLeader ? logIndex(Math.max(heard.commit, message.commit)) : message.commit };
  }
}

export const noIndex = logIndex(0);

/** A leader, or a follower that heard from its leader within the base election timeout. */
export function hearsLeader(status: Status): boolean {
  if (status.role === "leader") return true;
  return status.role === "follower" && status.leader !== null && status.electionElapsed < status.electionTicks;
}

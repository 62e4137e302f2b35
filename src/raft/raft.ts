/**
 * The Raft core: a pure, deterministic state machine (modeled on etcd-io/raft raft.go and
 * rawnode.go). Messages and ticks go in; a Ready batch comes out. Section numbers cite the Raft
 * paper (Ongaro & Ousterhout, 2014) as "§5.x" and Ongaro's thesis (2014) as "thesis §x".
 *
 * The persistence contract (see Ready in types.ts):
 * - A message that depends on durable state (vote grants, append responses, anything sent by a
 *   node whose current term is not yet durable) goes in Ready.messagesAfterPersist. Only the
 *   leader's appends, heartbeats, snapshots and timeout-now, sent in a term that is already
 *   durable, go in Ready.messages, which the edge may send before persisting (thesis §10.2.1).
 * - The leader counts its own log toward commit only for entries that are durable (its own
 *   progress moves in advance()), so nothing is committed before it is durable on a quorum,
 *   even in a single-node cluster.
 * - Ready.entriesToApply holds only committed entries durable here.
 * - One Ready at a time: ready() asserts the previous one was advanced; hasReady() is false
 *   while a Ready is outstanding.
 *
 * Roles (§5.2, thesis §9.6 pre-vote, §3.10 transfer, §6.2 check-quorum):
 *
 *              timeout (pre-vote on)          quorum of pre-votes
 *   follower ─────────────────────▶ pre-candidate ─────────────▶ candidate ──quorum──▶ leader
 *     ▲  │ timeout (pre-vote off) or timeout-now                      ▲ │                  │
 *     │  └────────────────────────────────────────────────────────────┘ │ timeout: retry   │
 *     └── higher term / append from a leader of the term / lost vote ───┴──────────────────┘
 *         (a leader also steps down on check-quorum failure or its own removal)
 *
 * Membership changes take effect when their entry is applied, in advance() (see conf-change.ts).
 * A brand-new node of a new cluster writes its initial configuration into the log as committed
 * conf-change entries at term 1 (bootstrap); a node joining later starts with an empty
 * configuration and learns it from the leader's log or snapshot.
 *
 * Snapshots: the leader sends a "snapshot" message carrying only the meta; the edge streams the
 * state machine bytes at meta.index, stages them at the follower, then steps the message. If
 * the follower's core takes it, the next Ready carries it in Ready.snapshot: the edge makes the
 * staged bytes its state machine, discards its stored log and stores the meta; entries to apply
 * then continue after meta.index. If no Ready.snapshot follows (the snapshot was stale, or the
 * follower already had its last entry), the staged bytes are dropped. The leader's edge calls
 * reportSnapshot(peer, ok) when the stream ends. compact(index) is called after the application
 * durably snapshotted at `index`; it should be the applied index right after advance(), so that
 * status().confState is the configuration to store with the snapshot.
 */
import { assert, defined } from "../lib/assert";
import { readIndexPendingMax, validateRaftConfig, type RaftConfig, type RaftTestingKnobs } from "./config";
import { applyConfChange, decodeConfChange, encodeConfChange } from "./conf-change";
import { bytesEqual, makeMessage, transferContext, voteResponseType, type MessageFields } from "./message";
import type { Progress } from "./progress";
import { ProgressTracker } from "./progress-tracker";
import { RaftLog } from "./raft-log";
import { decodeReadSequence, encodeReadSequence, ReadOnly } from "./read-only";
import {
  logIndex,
  term as toTerm,
  type ConfChange,
  type ConfState,
  type DurableState,
  type Entry,
  type EntryType,
  type HardState,
  type LogIndex,
  type Message,
  type NodeId,
  type ProposeResult,
  type RaftCore,
  type ReadState,
  type Ready,
  type Role,
  type SnapshotMeta,
  type SoftState,
  type Status,
  type Term,
  type Progress as ProgressView,
} from "./types";

export function createRaft(config: RaftConfig, durable: DurableState): RaftCore {
  return new Raft(config, durable);
}

/** Messages a leader may send before its own write is durable (thesis §10.2.1). */
const earlyTypes: ReadonlySet<Message["type"]> = new Set(["append", "heartbeat", "snapshot", "timeout-now"]);

interface ConfAtIndex {
  readonly index: LogIndex;
  readonly conf: ConfState;
}

interface AwaitingRead {
  readonly from: NodeId;
  readonly context: Uint8Array;
}

class Raft implements RaftCore {
  private readonly id: NodeId;
  private readonly knobs: RaftTestingKnobs;
  /** Latest term this node has seen (Figure 2, currentTerm). */
  private term: Term;
  /** Candidate this node voted for in `term` (Figure 2, votedFor). */
  private vote: NodeId | null;
  private role: Role = "follower";
  private leader: NodeId | null = null;
  private readonly log: RaftLog;
  private readonly tracker: ProgressTracker;
  private readonly readOnly = new ReadOnly(readIndexPendingMax);
  /** Reads that arrived before the leader committed an entry of its term (thesis §6.4 step 1). */
  private readsAwaitingTermCommit: AwaitingRead[] = [];
  /** Ticks since the last election timeout reset (follower: since hearing the leader). */
  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  /** In [electionTicks, 2*electionTicks), drawn anew at each term change (§5.2). */
  private electionTimeoutRandomized = 0;
  private leadTransferee: NodeId | null = null;
  /** Leader: index of the last conf-change entry proposed (or of the term's no-op). */
  private pendingConfIndex: LogIndex = logIndex(0);
  /** Index of the last conf-change entry applied to the tracker. */
  private confAppliedIndex: LogIndex;
  /** Configurations as applied, by index, from the snapshot on: a snapshot needs the one at its index. */
  private confHistory: ConfAtIndex[];
  /** Leader: payload bytes proposed in this term and not yet committed. */
  private uncommittedBytes = 0;
  /** Leader: an entry of the current term is committed (§5.4.2). */
  private committedInTerm = false;
  /** Leader: proposals were appended; send them in one append per follower at the next ready(). */
  private broadcastPending = false;
  private outbox: Message[] = [];
  private outboxAfterPersist: Message[] = [];
  private readStates: ReadState[] = [];
  /** Term of the last hard state the edge persisted. */
  private durableTerm: Term;
  private softStatePrevious: SoftState;
  private hardStatePrevious: HardState;
  private readyOutstanding: Ready | null = null;

  constructor(
    private readonly config: RaftConfig,
    durable: DurableState,
  ) {
    validateRaftConfig(config);
    this.id = config.id;
    this.knobs = config.testingKnobs ?? {};
    const snapshot = durable.snapshot;
    const base = snapshot === null ? { index: logIndex(0), term: toTerm(0) } : { index: snapshot.index, term: snapshot.term };
    assert(durable.hardState.term >= base.term, "hard state term is at least the snapshot term");
    // The snapshot is persisted before the hard state that records its commit (the contract's
    // order), so a crash between the two leaves a snapshot ahead of the durable commit index.
    const commit = logIndex(Math.max(durable.hardState.commit, base.index));
    this.log = new RaftLog(base, durable.entries, commit);
    const bootstrap = isBrandNew(durable);
    if (bootstrap) this.bootstrap(durable.initialConfState);
    const applied = durable.applied ?? base.index;
    assert(applied >= base.index && applied <= this.log.committed, "applied is within [snapshot, commit]");
    this.log.applied = applied;
    this.term = bootstrap ? bootstrapTerm : durable.hardState.term;
    this.vote = durable.hardState.vote;
    // A crash between writing entries and writing the hard state (the contract's order) can
    // leave entries of a term the hard state never reached. Adopting that term with no vote is
    // safe: any vote cast in it was in the lost hard state, so its grant was never sent.
    if (this.log.lastTerm() > this.term) {
      this.term = this.log.lastTerm();
      this.vote = null;
    }
    assert(this.log.lastTerm() <= this.term, "no entry is from a future term");
    this.durableTerm = durable.hardState.term;
    this.tracker = new ProgressTracker(config.inflightMessagesMax);
    // A bootstrapped log carries the initial configuration itself, from an empty one.
    const baseConf = snapshot?.confState ?? (bootstrap ? emptyConfState : durable.initialConfState);
    this.confHistory = [{ index: base.index, conf: baseConf }];
    this.confAppliedIndex = base.index;
    this.replayCommittedConfChanges();
    this.becomeFollower(this.term, null);
    this.softStatePrevious = { leader: null, role: "follower" };
    this.hardStatePrevious = durable.hardState;
  }

  /**
   * A brand-new member of a new cluster writes the initial configuration into its log, as one
   * committed conf-change entry per member at term 1 (etcd Bootstrap). Every initial member
   * writes the same entries, so they are committed by construction, and a node that joins later
   * learns the whole membership history from the log, starting from an empty configuration.
   */
  private bootstrap(conf: ConfState): void {
    assert(this.log.committed === 0, "a bootstrapped log has no commit yet");
    const changes: ConfChange[] = [
      ...[...conf.voters].sort().map((node): ConfChange => ({ kind: "add-voter", node })),
      ...[...conf.learners].sort().map((node): ConfChange => ({ kind: "add-learner", node })),
    ];
    const entries = changes.map((change, offset): Entry => ({
      term: bootstrapTerm,
      index: logIndex(offset + 1),
      type: "conf-change",
      data: encodeConfChange(change),
    }));
    // Replaces a torn prefix, if any: the bootstrap entries are persisted again, all of them.
    this.log.append(entries);
    this.log.commitTo(this.log.lastIndex());
    assert(this.log.stableIndex === 0, "bootstrap entries are persisted through the first Ready");
    assert(this.log.lastIndex() === changes.length, "one entry per initial member");
  }

  /** On restart, the configuration is the snapshot's plus every committed conf change after it. */
  private replayCommittedConfChanges(): void {
    let conf = defined(this.confHistory[0], "base configuration").conf;
    for (let index: number = this.log.firstIndex(); index <= this.log.committed; index += 1) {
      const entry = this.log.at(logIndex(index));
      if (entry.type !== "conf-change") continue;
      conf = applyConfChange(conf, decodeConfChange(entry.data));
      this.confHistory.push({ index: entry.index, conf });
      this.confAppliedIndex = entry.index;
    }
    this.tracker.setConfig(conf, logIndex(this.log.lastIndex() + 1));
  }

  // ---------------------------------------------------------------- ticks

  tick(): void {
    if (this.role === "leader") this.tickHeartbeat();
    else this.tickElection();
    this.assertInvariants();
  }

  /** Invariants that hold between any two calls into the core (Figure 2 and the log's layout). */
  private assertInvariants(): void {
    assert(this.log.applied <= this.log.committed, "applied <= commit");
    assert(this.log.committed <= this.log.lastIndex(), "commit <= last index");
    assert(this.log.applied <= this.log.stableIndex, "only durable entries are applied");
    assert(this.log.lastTerm() <= this.term, "no entry is from a future term");
    if (this.role === "leader") {
      assert(this.leader === this.id, "a leader knows it leads");
      assert(this.vote === this.id, "a leader voted for itself in its term");
    }
    if (this.role === "candidate") assert(this.vote === this.id, "a candidate voted for itself");
  }

  /** §5.2: a follower or candidate that hears nothing for an election timeout campaigns. */
  private tickElection(): void {
    assert(this.role !== "leader", "a leader ticks heartbeats");
    this.electionElapsed += 1;
    if (!this.tracker.isVoter(this.id)) return;
    if (this.electionElapsed < this.electionTimeoutRandomized) return;
    this.electionElapsed = 0;
    this.hup(false);
  }

  private tickHeartbeat(): void {
    assert(this.role === "leader", "only a leader ticks heartbeats");
    this.heartbeatElapsed += 1;
    this.electionElapsed += 1;
    if (this.electionElapsed >= this.config.electionTicks) {
      this.electionElapsed = 0;
      // Thesis §6.2: a leader that has not heard from a quorum in an election timeout steps down.
      if (this.config.checkQuorum && !this.checkQuorumActive()) {
        this.becomeFollower(this.term, null);
        return;
      }
      // A removed leader whose hand-over did not finish in time steps down anyway.
      if (!this.tracker.isVoter(this.id)) {
        this.becomeFollower(this.term, null);
        return;
      }
      // Thesis §3.10: a transfer that did not finish in an election timeout is abandoned.
      this.leadTransferee = null;
    }
    if (this.heartbeatElapsed >= this.config.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.broadcastHeartbeat(new Uint8Array(0));
    }
  }

  private checkQuorumActive(): boolean {
    // A removed leader handing over has no progress of its own.
    const self = this.tracker.progress(this.id);
    if (self !== undefined) self.recentActive = true;
    const active = this.tracker.quorumActive();
    for (const id of this.tracker.members()) {
      if (id !== this.id) defined(this.tracker.progress(id), "member progress").recentActive = false;
    }
    return active;
  }

  // ---------------------------------------------------------------- role changes

  private reset(newTerm: Term): void {
    assert(newTerm >= this.term, "terms never go back");
    if (newTerm !== this.term) {
      this.term = newTerm;
      this.vote = null;
    }
    this.leader = null;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.electionTimeoutRandomized = this.config.prng.intBetween(this.config.electionTicks, 2 * this.config.electionTicks - 1);
    this.leadTransferee = null;
    this.tracker.resetVotes();
    this.tracker.resetProgress(logIndex(this.log.lastIndex() + 1));
    // Pending reads are dropped: only a leader answers them, the edge times them out.
    this.readOnly.reset();
    this.readsAwaitingTermCommit = [];
    this.uncommittedBytes = 0;
    this.committedInTerm = false;
    this.broadcastPending = false;
  }

  private becomeFollower(newTerm: Term, leader: NodeId | null): void {
    this.reset(newTerm);
    this.role = "follower";
    this.leader = leader;
  }

  /** Thesis §9.6: a pre-candidate asks for votes at term+1 without changing its term. */
  private becomePreCandidate(): void {
    assert(this.role !== "leader", "a leader never campaigns");
    this.role = "pre-candidate";
    this.tracker.resetVotes();
    this.leader = null;
  }

  private becomeCandidate(): void {
    assert(this.role !== "leader", "a leader never campaigns");
    this.reset(toTerm(this.term + 1));
    this.vote = this.id;
    this.role = "candidate";
  }

  private becomeLeader(): void {
    assert(this.role === "candidate", "only a candidate becomes leader");
    assert(this.vote === this.id, "a leader voted for itself");
    this.reset(this.term);
    this.role = "leader";
    this.leader = this.id;
    const self = defined(this.tracker.progress(this.id), "leader's own progress");
    self.maybeUpdate(this.log.stableIndex);
    self.becomeReplicate();
    self.recentActive = true;
    // §5.4.2 / thesis §6.4: a no-op lets the leader commit an entry of its own term at once.
    const noop = this.appendEntry("noop", new Uint8Array(0));
    // Thesis §4.1: no conf change before this term's no-op is applied: an earlier change may
    // still be uncommitted in the log, and the leader has not committed in its term yet.
    this.pendingConfIndex = noop.index;
    assert(this.broadcastPending, "the no-op goes out with the next Ready");
  }

  // ---------------------------------------------------------------- elections

  /** Starts an election if this node may (§5.2; thesis §9.6 pre-vote; §3.10 transfer). */
  private hup(transfer: boolean): void {
    if (this.role === "leader") return;
    if (!this.tracker.isVoter(this.id)) return;
    // A node must not campaign with a configuration it has not yet applied (etcd hup()).
    if (this.hasUnappliedConfChange()) return;
    if (this.config.preVote && !transfer) this.campaign("pre-vote", false);
    else this.campaign("vote", transfer);
  }

  private hasUnappliedConfChange(): boolean {
    const from = Math.max(this.log.applied, this.confAppliedIndex) + 1;
    for (let index = from; index <= this.log.committed; index += 1) {
      if (this.log.at(logIndex(index)).type === "conf-change") return true;
    }
    return false;
  }

  private campaign(kind: "pre-vote" | "vote", transfer: boolean): void {
    if (kind === "pre-vote") this.becomePreCandidate();
    else this.becomeCandidate();
    const voteTerm = kind === "pre-vote" ? toTerm(this.term + 1) : this.term;
    this.tracker.recordVote(this.id, true);
    if (this.tracker.voteResult() === "won") {
      // A single voter wins at once (it needs no one else's answer).
      if (kind === "pre-vote") this.campaign("vote", false);
      else this.becomeLeader();
      return;
    }
    for (const id of this.tracker.members()) {
      if (id === this.id || !this.tracker.isVoter(id)) continue;
      this.send({
        type: kind,
        to: id,
        term: voteTerm,
        index: this.log.lastIndex(),
        logTerm: this.log.lastTerm(),
        context: transfer ? transferContext : new Uint8Array(0),
      });
    }
  }

  /** Figure 2 RequestVote receiver, with thesis §9.6 for pre-votes. */
  private handleVoteRequest(m: Message): void {
    assert(m.type === "vote" || m.type === "pre-vote", "a vote request");
    assert(m.term >= this.term, "stale requests are filtered before");
    const canVote =
      this.vote === m.from ||
      (this.vote === null && this.leader === null) ||
      (m.type === "pre-vote" && m.term > this.term);
    // Knob: the §5.4.1 election restriction is what keeps committed entries in every leader's log.
    const upToDate = this.knobs.voteWithoutUpToDateCheck === true || this.log.isUpToDate(m.index, m.logTerm);
    const type = voteResponseType(m.type);
    if (canVote && upToDate) {
      // The grant is in messagesAfterPersist with the vote it records (Figure 2: persist first).
      this.send({ type, to: m.from, term: m.term });
      if (m.type === "vote") {
        this.electionElapsed = 0;
        this.vote = m.from;
      }
      return;
    }
    this.send({ type, to: m.from, term: this.term, reject: true });
  }

  private handleVoteResponse(m: Message): void {
    const expected = this.role === "pre-candidate" ? "pre-vote-response" : "vote-response";
    if (m.type !== expected) return;
    this.tracker.recordVote(m.from, !m.reject);
    const result = this.tracker.voteResult();
    assert(this.tracker.isVoter(this.id), "a campaign ends when its node stops being a voter");
    if (result === "won") {
      if (this.role === "pre-candidate") this.campaign("vote", false);
      else this.becomeLeader();
    } else if (result === "lost") {
      this.becomeFollower(this.term, null);
    }
  }

  // ---------------------------------------------------------------- step

  step(m: Message): void {
    this.stepMessage(m);
    this.assertInvariants();
  }

  /** The term rules of §5.1 first, then the handler of the current role. */
  private stepMessage(m: Message): void {
    assert(m.to === this.id, "message is addressed to this node");
    assert(m.from !== this.id, "a node never steps its own message");
    if (m.term > this.term) {
      if (!this.stepHigherTerm(m)) return;
    } else if (m.term < this.term) {
      this.stepLowerTerm(m);
      return;
    }
    if (m.type === "vote" || m.type === "pre-vote") {
      this.handleVoteRequest(m);
      return;
    }
    switch (this.role) {
      case "leader":
        this.stepLeader(m);
        return;
      case "candidate":
      case "pre-candidate":
        this.stepCandidate(m);
        return;
      case "follower":
        this.stepFollower(m);
        return;
    }
  }

  /** §5.1: a higher term makes us a follower, with the exceptions of thesis §9.6 and §6.2. */
  private stepHigherTerm(m: Message): boolean {
    if (m.type === "vote" || m.type === "pre-vote") {
      // Thesis §4.2.3 / §9.6 leader lease: a node that heard from a live leader within the
      // election timeout ignores (pre-)votes, so a disruptive node cannot depose it. A vote
      // caused by leadership transfer is allowed through.
      const force = bytesEqual(m.context, transferContext);
      const inLease = this.config.checkQuorum && this.leader !== null && this.electionElapsed < this.config.electionTicks;
      if (inLease && !force) return false;
    }
    // A pre-vote, and a granted pre-vote response, carry a future term that no one adopted yet.
    if (m.type === "pre-vote") return true;
    if (m.type === "pre-vote-response" && !m.reject) return true;
    const fromLeader = m.type === "append" || m.type === "heartbeat" || m.type === "snapshot";
    this.becomeFollower(m.term, fromLeader ? m.from : null);
    return true;
  }

  private stepLowerTerm(m: Message): void {
    if ((this.config.checkQuorum || this.config.preVote) && (m.type === "append" || m.type === "heartbeat")) {
      // A leader cut off by a partition would never learn our term otherwise (with check-quorum
      // or pre-vote, we do not raise the term it sees through votes): tell it, so it steps down.
      this.send({ type: "append-response", to: m.from, term: this.term });
    } else if (m.type === "pre-vote") {
      this.send({ type: "pre-vote-response", to: m.from, term: this.term, reject: true });
    }
  }

  private stepLeader(m: Message): void {
    // Election Safety (§5.2): no other leader can exist in our term.
    assert(m.type !== "append" && m.type !== "heartbeat" && m.type !== "snapshot", "two leaders in one term");
    const progress = this.tracker.progress(m.from);
    switch (m.type) {
      case "append-response":
        if (progress !== undefined) this.handleAppendResponse(m, progress);
        return;
      case "heartbeat-response":
        if (progress !== undefined) this.handleHeartbeatResponse(m, progress);
        return;
      case "read-index":
        this.handleReadIndexRequest(m.from, m.context);
        return;
      default:
        return;
    }
  }

  private stepCandidate(m: Message): void {
    switch (m.type) {
      case "append":
      case "heartbeat":
      case "snapshot":
        // §5.2: a candidate that hears from a leader of its term returns to follower.
        this.becomeFollower(this.term, m.from);
        this.stepFollower(m);
        return;
      case "vote-response":
      case "pre-vote-response":
        this.handleVoteResponse(m);
        return;
      default:
        return;
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case "append":
      case "heartbeat":
      case "snapshot":
        this.electionElapsed = 0;
        this.leader = m.from;
        if (m.type === "append") this.handleAppend(m);
        else if (m.type === "heartbeat") this.handleHeartbeat(m);
        else this.handleSnapshot(m);
        return;
      case "timeout-now":
        // Thesis §3.10: the leader asks us to campaign now, skipping pre-vote and the lease.
        this.hup(true);
        return;
      case "read-index-response":
        this.readStates.push({ index: m.index, context: m.context });
        return;
      default:
        return;
    }
  }

  // ---------------------------------------------------------------- follower replication

  /** Figure 2 AppendEntries receiver, with fast backtracking on rejection (§5.3). */
  private handleAppend(m: Message): void {
    assert(this.role === "follower", "only a follower takes appends");
    assert(this.leader === m.from, "appends come from the known leader");
    if (m.index < this.log.committed) {
      this.send({ type: "append-response", to: m.from, term: this.term, index: this.log.committed });
      return;
    }
    const lastNewIndex = this.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNewIndex !== null) {
      this.send({ type: "append-response", to: m.from, term: this.term, index: lastNewIndex });
      return;
    }
    const hint = this.log.findConflictByTerm(logIndex(Math.min(m.index, this.log.lastIndex())), m.logTerm);
    assert(hint.index <= m.index, "the hint never points past the rejected index");
    this.send({
      type: "append-response",
      to: m.from,
      term: this.term,
      index: m.index,
      reject: true,
      rejectHint: hint.index,
      rejectTerm: hint.term,
    });
  }

  private handleHeartbeat(m: Message): void {
    assert(this.role === "follower", "only a follower takes heartbeats");
    // The leader sends min(match, commit), and everything we acknowledged is durable here.
    assert(m.commit <= this.log.lastIndex(), "heartbeat commit is within our log");
    this.log.commitTo(m.commit);
    this.send({ type: "heartbeat-response", to: m.from, term: this.term, context: m.context });
  }

  /** §7 InstallSnapshot receiver. The edge staged the bytes; Ready.snapshot tells it to install. */
  private handleSnapshot(m: Message): void {
    assert(this.role === "follower", "only a follower takes snapshots");
    const snapshot = defined(m.snapshot, "snapshot in a snapshot message");
    const restored = this.restoreSnapshot(snapshot.meta);
    const index = restored ? this.log.lastIndex() : this.log.committed;
    this.send({ type: "append-response", to: m.from, term: this.term, index });
  }

  private restoreSnapshot(meta: SnapshotMeta): boolean {
    if (meta.index <= this.log.committed) return false;
    if (this.log.matchTerm(meta.index, meta.term)) {
      // Our log already holds the snapshot's last entry: keep the log (its suffix may be
      // acknowledged to the leader already), only learn that it is committed.
      this.log.commitTo(meta.index);
      return false;
    }
    this.log.restore(meta);
    this.confHistory = [{ index: meta.index, conf: meta.confState }];
    this.confAppliedIndex = meta.index;
    this.tracker.setConfig(meta.confState, logIndex(meta.index + 1));
    assert(this.log.lastIndex() === meta.index, "a restored log ends at the snapshot");
    return true;
  }

  // ---------------------------------------------------------------- leader replication

  private handleAppendResponse(m: Message, progress: Progress): void {
    assert(this.role === "leader", "only a leader takes append responses");
    assert(m.index <= this.log.lastIndex(), "a follower acknowledges only what it was sent");
    progress.recentActive = true;
    if (m.reject) {
      this.handleAppendRejection(m, progress);
      return;
    }
    const pausedBefore = progress.isPaused();
    const updated = progress.maybeUpdate(m.index);
    if (!updated && !(progress.match === m.index && progress.state === "probe")) return;
    if (progress.state === "probe") progress.becomeReplicate();
    else if (progress.state === "snapshot" && progress.match + 1 >= this.log.firstIndex()) {
      progress.becomeProbe();
      progress.becomeReplicate();
    } else if (progress.state === "replicate") progress.inflights.freeLE(m.index);
    if (this.maybeCommit()) this.broadcastAppend();
    else if (pausedBefore) this.maybeSendAppend(m.from, true);
    // Freed window slots may let several size-bounded appends go at once.
    for (let sent = 0; sent < this.config.inflightMessagesMax; sent += 1) {
      if (!this.maybeSendAppend(m.from, false)) break;
    }
    if (m.from === this.leadTransferee && progress.match === this.log.lastIndex()) {
      if (this.tracker.isVoter(this.id)) this.sendTimeoutNow(m.from);
      else this.stepDownAfterHandOver(m.from);
    }
  }

  private handleAppendRejection(m: Message, progress: Progress): void {
    // §5.3 fast backtracking: skip every entry of a term the follower cannot match.
    let nextProbe = m.rejectHint;
    if (m.rejectTerm > 0) nextProbe = this.log.findConflictByTerm(logIndex(Math.min(m.rejectHint, this.log.lastIndex())), m.rejectTerm).index;
    const nextBefore = progress.next;
    if (!progress.maybeDecreaseTo(m.index, nextProbe)) return;
    assert(progress.next <= nextBefore, "backtracking moves next back");
    if (progress.state === "replicate") progress.becomeProbe();
    this.maybeSendAppend(m.from, true);
  }

  private handleHeartbeatResponse(m: Message, progress: Progress): void {
    assert(this.role === "leader", "only a leader takes heartbeat responses");
    progress.recentActive = true;
    progress.flowPaused = false;
    // A probing follower gets an append even when caught up (after reportUnreachable), so that
    // its answer moves it back to replicate (etcd stepLeader, MsgHeartbeatResp).
    if (progress.match < this.log.lastIndex() || progress.state === "probe") this.maybeSendAppend(m.from, true);
    const sequence = decodeReadSequence(m.context);
    if (sequence === null) return;
    const acks = this.readOnly.recordAck(sequence, m.from);
    if (acks === null) return;
    if (this.tracker.quorumOf(acks) !== "won") return;
    for (const request of this.readOnly.release(sequence)) this.answerRead(request.from, request.index, request.context);
  }

  /**
   * Sends `to` the entries from its next index, or a snapshot if they are compacted. Returns
   * whether a message went out. An empty append carries the commit index (sendIfEmpty).
   */
  private maybeSendAppend(to: NodeId, sendIfEmpty: boolean): boolean {
    assert(this.role === "leader", "only a leader sends appends");
    assert(to !== this.id, "a leader does not send to itself");
    const progress = defined(this.tracker.progress(to), "progress of the target");
    if (progress.isPaused()) return false;
    const previousIndex = logIndex(progress.next - 1);
    const previousTerm = this.log.term(previousIndex);
    if (previousTerm === null) return this.maybeSendSnapshot(to, progress);
    const lastIndex = this.log.lastIndex();
    // With a full window, only an empty append (etcd): it cannot overflow the window, and its
    // answer recovers a follower whose in-flight appends were all lost.
    const windowFull = progress.state === "replicate" && progress.inflights.full();
    const entries = windowFull ? [] : this.log.slice(progress.next, logIndex(lastIndex + 1), this.config.entryBytesPerAppendMax);
    if (entries.length === 0 && !sendIfEmpty) return false;
    progress.sentEntries(entries.length, logIndex(previousIndex + entries.length));
    this.send({
      type: "append",
      to,
      term: this.term,
      index: previousIndex,
      logTerm: previousTerm,
      entries,
      commit: this.log.committed,
    });
    return true;
  }

  private maybeSendSnapshot(to: NodeId, progress: Progress): boolean {
    // A snapshot is large: send it only to a peer known to be alive (etcd maybeSendSnapshot).
    if (!progress.recentActive) return false;
    const meta = this.snapshotMeta();
    assert(meta.index >= progress.next, "the snapshot covers what the follower misses");
    progress.becomeSnapshot(meta.index);
    this.send({ type: "snapshot", to, term: this.term, snapshot: { meta } });
    return true;
  }

  private snapshotMeta(): SnapshotMeta {
    const base = this.log.snapshotBase();
    return { index: base.index, term: base.term, confState: this.confAt(base.index) };
  }

  private confAt(index: LogIndex): ConfState {
    let conf: ConfState | null = null;
    for (const entry of this.confHistory) if (entry.index <= index) conf = entry.conf;
    return defined(conf, `configuration at ${index}`);
  }

  private broadcastAppend(): void {
    for (const id of this.tracker.members()) if (id !== this.id) this.maybeSendAppend(id, true);
  }

  private broadcastHeartbeat(context: Uint8Array): void {
    for (const id of this.tracker.members()) {
      if (id === this.id) continue;
      const progress = defined(this.tracker.progress(id), "member progress");
      // A follower may not have the leader's commit index in its log yet (etcd sendHeartbeat).
      const commit = logIndex(Math.min(progress.match, this.log.committed));
      this.send({ type: "heartbeat", to: id, term: this.term, commit, context });
    }
  }

  private sendTimeoutNow(to: NodeId): void {
    this.send({ type: "timeout-now", to, term: this.term });
  }

  /**
   * §5.3/§5.4.2: commit the largest index on a quorum, but only if it is of the current term;
   * earlier entries are then committed indirectly (Log Matching).
   */
  private maybeCommit(): boolean {
    assert(this.role === "leader", "only a leader counts replicas");
    const index = this.tracker.committed();
    if (index <= this.log.committed) return false;
    const indexTerm = defined(this.log.term(index), "term of the quorum index");
    // Knob: committing an old-term entry by counting replicas is the Figure 8 bug.
    if (indexTerm !== this.term && this.knobs.commitOldTermEntries !== true) return false;
    const commitBefore = this.log.committed;
    this.log.commitTo(index);
    for (let at = commitBefore + 1; at <= index; at += 1) {
      const entry = this.log.at(logIndex(at));
      if (entry.term === this.term) this.uncommittedBytes = Math.max(0, this.uncommittedBytes - entry.data.byteLength);
    }
    if (!this.committedInTerm && indexTerm === this.term) {
      this.committedInTerm = true;
      this.releaseReadsAwaitingTermCommit();
    }
    return true;
  }

  // ---------------------------------------------------------------- reads

  /** Thesis §6.4 ReadIndex, on the leader; `from` is the leader itself or a forwarding follower. */
  private handleReadIndexRequest(from: NodeId, context: Uint8Array): void {
    assert(this.role === "leader", "only a leader serves reads");
    // Knob: before its term's first commit, the leader's commit index may be stale (§6.4 step 1).
    if (!this.committedInTerm && this.knobs.readIndexBeforeTermCommit !== true) {
      if (this.readsAwaitingTermCommit.length < readIndexPendingMax) this.readsAwaitingTermCommit.push({ from, context });
      return;
    }
    if (this.tracker.isSingleVoter(this.id)) {
      this.answerRead(from, this.log.committed, context);
      return;
    }
    if (this.readOnly.full()) return;
    const sequence = this.readOnly.add(this.log.committed, from, context);
    this.readOnly.recordAck(sequence, this.id);
    // §6.4 step 2: a heartbeat round proves no newer leader existed when the read arrived.
    this.broadcastHeartbeat(encodeReadSequence(sequence));
  }

  private releaseReadsAwaitingTermCommit(): void {
    const awaiting = this.readsAwaitingTermCommit;
    this.readsAwaitingTermCommit = [];
    for (const read of awaiting) this.handleReadIndexRequest(read.from, read.context);
  }

  private answerRead(from: NodeId, index: LogIndex, context: Uint8Array): void {
    if (from === this.id) this.readStates.push({ index, context });
    else this.send({ type: "read-index-response", to: from, term: this.term, index, context });
  }

  readIndex(context: Uint8Array): void {
    if (this.role === "leader") this.handleReadIndexRequest(this.id, context);
    else if (this.leader !== null) this.send({ type: "read-index", to: this.leader, term: this.term, context });
    // Without a known leader the read is dropped; the edge times it out and retries.
  }

  // ---------------------------------------------------------------- proposals

  propose(data: Uint8Array): ProposeResult {
    const refused = this.refuseProposal(data.byteLength);
    if (refused !== null) return refused;
    this.uncommittedBytes += data.byteLength;
    const entry = this.appendEntry("normal", data);
    assert(this.uncommittedBytes > 0 || data.byteLength === 0, "a proposal counts as uncommitted");
    return { kind: "accepted", index: entry.index, term: entry.term };
  }

  proposeConfChange(change: ConfChange): ProposeResult {
    const data = encodeConfChange(change);
    const refused = this.refuseProposal(data.byteLength);
    if (refused !== null) return refused;
    // Thesis §4.1: one change at a time, and none before this term's no-op is applied.
    if (this.pendingConfIndex > this.log.applied) return { kind: "dropped", reason: "conf-change-pending" };
    this.uncommittedBytes += data.byteLength;
    const entry = this.appendEntry("conf-change", data);
    this.pendingConfIndex = entry.index;
    return { kind: "accepted", index: entry.index, term: entry.term };
  }

  private refuseProposal(bytes: number): ProposeResult | null {
    if (this.role !== "leader") return { kind: "not-leader", leaderHint: this.leader };
    if (this.leadTransferee !== null) return { kind: "dropped", reason: "leader-transfer" };
    // One entry larger than the bound still goes through when nothing else is uncommitted.
    if (this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > this.config.uncommittedBytesMax) {
      return { kind: "dropped", reason: "uncommitted-bytes-max" };
    }
    return null;
  }

  /** Leader: appends one entry; it goes out with the next ready() (proposal batching). */
  private appendEntry(type: EntryType, data: Uint8Array): Entry {
    assert(this.role === "leader", "only a leader appends");
    const entry: Entry = { term: this.term, index: logIndex(this.log.lastIndex() + 1), type, data };
    this.log.append([entry]);
    this.broadcastPending = true;
    assert(this.log.lastIndex() === entry.index, "the entry is last");
    return entry;
  }

  transferLeadership(target: NodeId): void {
    // Thesis §3.10. Only the leader acts; elsewhere the request is ignored.
    if (this.role !== "leader" || target === this.id) return;
    const progress = this.tracker.progress(target);
    if (progress === undefined || progress.learner) return;
    if (this.leadTransferee === target) return;
    this.leadTransferee = target;
    this.electionElapsed = 0;
    if (progress.match === this.log.lastIndex()) this.sendTimeoutNow(target);
    else this.maybeSendAppend(target, true);
  }

  // ---------------------------------------------------------------- edge reports

  compact(index: LogIndex): void {
    assert(index <= this.log.applied, "only applied entries are snapshotted");
    if (index <= this.log.snapshotBase().index) return;
    const conf = this.confAt(index);
    this.log.compact(index);
    this.confHistory = [{ index, conf }, ...this.confHistory.filter((entry) => entry.index > index)];
    assert(this.log.firstIndex() === index + 1, "the log starts after the snapshot");
  }

  configurationAt(index: LogIndex): ConfState | null {
    const first = defined(this.confHistory[0], "base configuration");
    if (index < first.index || index > this.log.applied) return null;
    return this.confAt(index);
  }

  reportSnapshot(peer: NodeId, success: boolean): void {
    if (this.role !== "leader") return;
    const progress = this.tracker.progress(peer);
    if (progress === undefined || progress.state !== "snapshot") return;
    if (!success) progress.pendingSnapshot = logIndex(0);
    progress.becomeProbe();
    // Wait for a heartbeat response before probing again (etcd ReportSnapshot).
    progress.flowPaused = true;
  }

  reportUnreachable(peer: NodeId): void {
    if (this.role !== "leader") return;
    const progress = this.tracker.progress(peer);
    if (progress !== undefined && progress.state === "replicate") progress.becomeProbe();
  }

  // ---------------------------------------------------------------- ready / advance

  private send(fields: Omit<MessageFields, "from">): void {
    const message = makeMessage({ ...fields, from: this.id });
    const early = this.role === "leader" && earlyTypes.has(message.type) && this.durableTerm === this.term;
    if (early) this.outbox.push(message);
    else this.outboxAfterPersist.push(message);
  }

  private softState(): SoftState {
    return { leader: this.leader, role: this.role };
  }

  private hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  hasReady(): boolean {
    if (this.readyOutstanding !== null) return false;
    const soft = this.softState();
    const hard = this.hardState();
    return (
      this.broadcastPending ||
      soft.leader !== this.softStatePrevious.leader ||
      soft.role !== this.softStatePrevious.role ||
      !hardStateEqual(hard, this.hardStatePrevious) ||
      this.log.pendingSnapshot !== null ||
      this.log.stableIndex < this.log.lastIndex() ||
      this.log.hasEntriesToApply() ||
      this.outbox.length > 0 ||
      this.outboxAfterPersist.length > 0 ||
      this.readStates.length > 0
    );
  }

  ready(): Ready {
    assert(this.readyOutstanding === null, "advance() the previous Ready first");
    if (this.broadcastPending) {
      this.broadcastPending = false;
      if (this.role === "leader") this.broadcastAppend();
    }
    const soft = this.softState();
    const hard = this.hardState();
    const softChanged = soft.leader !== this.softStatePrevious.leader || soft.role !== this.softStatePrevious.role;
    const pendingSnapshot = this.log.pendingSnapshot;
    const ready: Ready = {
      softState: softChanged ? soft : null,
      hardState: hardStateEqual(hard, this.hardStatePrevious) ? null : hard,
      snapshot: pendingSnapshot === null ? null : { meta: pendingSnapshot },
      entriesToPersist: this.log.unstableEntries(),
      messages: this.outbox,
      messagesAfterPersist: this.outboxAfterPersist,
      entriesToApply: this.log.entriesToApply(),
      readStates: this.readStates,
    };
    this.outbox = [];
    this.outboxAfterPersist = [];
    this.readStates = [];
    this.softStatePrevious = soft;
    this.hardStatePrevious = hard;
    this.readyOutstanding = ready;
    return ready;
  }

  advance(ready: Ready): void {
    this.advanceReady(ready);
    this.assertInvariants();
  }

  private advanceReady(ready: Ready): void {
    assert(ready === this.readyOutstanding, "advance() takes the outstanding Ready");
    this.readyOutstanding = null;
    if (ready.hardState !== null) this.durableTerm = ready.hardState.term;
    if (ready.snapshot !== null && this.log.pendingSnapshot === ready.snapshot.meta) this.log.pendingSnapshot = null;
    this.log.stableTo(ready.entriesToPersist);
    const lastApplied = ready.entriesToApply[ready.entriesToApply.length - 1];
    for (const entry of ready.entriesToApply) if (entry.type === "conf-change") this.applyConfEntry(entry);
    if (lastApplied !== undefined) this.log.appliedTo(lastApplied.index);
    if (this.role !== "leader") return;
    // The leader's own log counts toward commit only once durable (a removed leader's does not).
    const self = this.tracker.progress(this.id);
    if (self !== undefined && self.maybeUpdate(this.log.stableIndex) && this.maybeCommit()) this.broadcastAppend();
  }

  private applyConfEntry(entry: Entry): void {
    // Already applied: replayed at restart, or covered by a snapshot restored meanwhile.
    if (entry.index <= this.confAppliedIndex) return;
    const membersBefore = new Set(this.tracker.members());
    const conf = applyConfChange(this.tracker.confState(), decodeConfChange(entry.data));
    this.confAppliedIndex = entry.index;
    this.confHistory.push({ index: entry.index, conf });
    this.tracker.setConfig(conf, logIndex(this.log.lastIndex() + 1));
    // A campaign by a node that is no longer a voter is void.
    if ((this.role === "candidate" || this.role === "pre-candidate") && !this.tracker.isVoter(this.id)) {
      this.becomeFollower(this.term, null);
    }
    if (this.role !== "leader") return;
    if (!this.tracker.isVoter(this.id)) {
      this.handOverAfterRemoval();
      return;
    }
    if (this.leadTransferee !== null && !this.tracker.isVoter(this.leadTransferee)) this.leadTransferee = null;
    // A smaller quorum may commit more; new members get their first (probing) append.
    if (this.maybeCommit()) this.broadcastAppend();
    else for (const id of this.tracker.members()) if (!membersBefore.has(id)) this.maybeSendAppend(id, true);
  }

  /**
   * Thesis §4.2.2: a removed leader steps down once the change is committed. It does not simply
   * stop: the remaining voters only use the new configuration once they learn the change is
   * committed, and a voter that is behind cannot win the old configuration's election without
   * the removed leader's vote, which its longer log denies. So the removed leader hands over
   * (thesis §3.10): it catches up the most advanced remaining voter, taking no proposals
   * meanwhile, sends it timeout-now and steps down (stepDownAfterHandOver); if that voter does not
   * catch up within an election timeout, it steps down anyway (tickHeartbeat). Once caught up,
   * that voter can win even if the timeout-now is lost: the removed node grants it its vote.
   */
  private handOverAfterRemoval(): void {
    assert(this.role === "leader", "only a leader hands over");
    assert(!this.tracker.isVoter(this.id), "the leader was removed");
    let target: NodeId | null = null;
    let targetMatch = -1;
    for (const id of this.tracker.members()) {
      const progress = defined(this.tracker.progress(id), "member progress");
      if (this.tracker.isVoter(id) && progress.match > targetMatch) {
        target = id;
        targetMatch = progress.match;
      }
    }
    // Single-server changes never remove the last voter (conf-change.ts).
    const transferee = defined(target, "a remaining voter");
    this.leadTransferee = transferee;
    this.electionElapsed = 0;
    this.broadcastAppend();
    if (targetMatch === this.log.lastIndex()) this.stepDownAfterHandOver(transferee);
  }

  private stepDownAfterHandOver(transferee: NodeId): void {
    assert(!this.tracker.isVoter(this.id), "only a removed leader hands over");
    this.sendTimeoutNow(transferee);
    this.becomeFollower(this.term, null);
  }

  // ---------------------------------------------------------------- status

  status(): Status {
    let progress: Map<NodeId, ProgressView> | null = null;
    if (this.role === "leader") {
      progress = new Map();
      for (const id of this.tracker.members()) progress.set(id, defined(this.tracker.progress(id), "member progress").view());
    }
    return {
      id: this.id,
      role: this.role,
      leader: this.leader,
      term: this.term,
      vote: this.vote,
      commit: this.log.committed,
      applied: this.log.applied,
      lastIndex: this.log.lastIndex(),
      confState: this.tracker.confState(),
      progress,
      electionElapsed: this.electionElapsed,
      electionTicks: this.config.electionTicks,
    };
  }
}

/** The term of the bootstrap entries; the first election is for the term after it. */
const bootstrapTerm = toTerm(1);
const emptyConfState: ConfState = { voters: [], learners: [], votersOutgoing: [] };

/**
 * A node of a new cluster that has persisted nothing but (maybe a torn prefix of) its bootstrap
 * entries. A torn bootstrap must be redone: the bootstrap entries are committed by fiat, and a
 * node left with a prefix could otherwise lead and overwrite an entry others hold committed.
 * Any election writes a hard state with a term of 2 or more, so a term of 0 means none happened.
 */
function isBrandNew(durable: DurableState): boolean {
  return (
    durable.snapshot === null &&
    durable.hardState.term === 0 &&
    durable.initialConfState.voters.length > 0 &&
    durable.entries.every((entry) => entry.term === bootstrapTerm && entry.type === "conf-change")
  );
}

function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

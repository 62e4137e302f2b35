/**
 * The leader's view of the cluster (etcd tracker/tracker.go): the configuration, one Progress
 * per member, and the votes of the current election. Iteration is always in sorted id order so
 * that a run replays byte for byte.
 */
import { assert } from "../lib/assert";
import { Progress } from "./progress";
import { jointCommitted, jointVoteResult, type VoteResult } from "./quorum";
import type { ConfState, LogIndex, NodeId } from "./types";

export class ProgressTracker {
  private conf: ConfState = { voters: [], learners: [], votersOutgoing: [] };
  private readonly progressById = new Map<NodeId, Progress>();
  private readonly votes = new Map<NodeId, boolean>();

  constructor(private readonly inflightMessagesMax: number) {
    assert(inflightMessagesMax > 0, "inflight window is positive");
  }

  confState(): ConfState {
    return this.conf;
  }

  /** Switches to `conf`: new members start probing at `next`, removed ones are forgotten. */
  setConfig(conf: ConfState, next: LogIndex): void {
    for (const id of conf.voters) assert(!conf.learners.includes(id), "voters and learners are disjoint");
    this.conf = { voters: [...conf.voters].sort(), learners: [...conf.learners].sort(), votersOutgoing: [...conf.votersOutgoing].sort() };
    const members = new Set(this.members());
    for (const id of [...this.progressById.keys()]) if (!members.has(id)) this.progressById.delete(id);
    for (const id of members) {
      const existing = this.progressById.get(id);
      const learner = this.isLearner(id);
      if (existing === undefined) this.progressById.set(id, new Progress(next, this.inflightMessagesMax, learner));
      else existing.learner = learner;
    }
    assert(this.progressById.size === members.size, "one progress per member");
  }

  /** Every member, voters and learners, in sorted order. */
  members(): NodeId[] {
    const all = new Set([...this.conf.voters, ...this.conf.votersOutgoing, ...this.conf.learners]);
    return [...all].sort();
  }

  isVoter(id: NodeId): boolean {
    return this.conf.voters.includes(id) || this.conf.votersOutgoing.includes(id);
  }

  isLearner(id: NodeId): boolean {
    return this.conf.learners.includes(id) && !this.isVoter(id);
  }

  isSingleVoter(id: NodeId): boolean {
    return this.conf.votersOutgoing.length === 0 && this.conf.voters.length === 1 && this.conf.voters[0] === id;
  }

  progress(id: NodeId): Progress | undefined {
    return this.progressById.get(id);
  }

  /** Resets every progress for a new leader: all probing from `next`, nothing known to match. */
  resetProgress(next: LogIndex): void {
    for (const id of this.members()) {
      const learner = this.isLearner(id);
      this.progressById.set(id, new Progress(next, this.inflightMessagesMax, learner));
    }
  }

  /** Raft §5.3/§5.4: the largest index replicated on a quorum of voters (joint: on both). */
  committed(): LogIndex {
    const matchOf = (id: NodeId): LogIndex => {
      const progress = this.progressById.get(id);
      assert(progress !== undefined, "every voter has a progress");
      return progress.match;
    };
    return jointCommitted(this.conf.voters, this.conf.votersOutgoing, matchOf);
  }

  resetVotes(): void {
    this.votes.clear();
  }

  /** Records the first answer of `id`; a duplicate answer does not change it. */
  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  voteResult(): VoteResult {
    return jointVoteResult(this.conf.voters, this.conf.votersOutgoing, this.votes);
  }

  /** The outcome of a quorum question where `yes` holds the voters that answered yes. */
  quorumOf(yes: ReadonlySet<NodeId>): VoteResult {
    const votes = new Map<NodeId, boolean>();
    for (const id of yes) votes.set(id, true);
    return jointVoteResult(this.conf.voters, this.conf.votersOutgoing, votes);
  }

  /** Raft thesis §6.2 (check-quorum): has a quorum been heard from recently? */
  quorumActive(): boolean {
    const active = new Set<NodeId>();
    for (const [id, progress] of this.progressById) if (progress.recentActive && !progress.learner) active.add(id);
    return this.quorumOf(active) === "won";
  }
}

/**
 * What a leader knows about one peer's log (etcd tracker/progress.go), and how it sends to it:
 *
 *            sendAppend rejected / unreachable
 *   replicate ───────────────────────────────▶ probe ◀──── reportSnapshot / caught up
 *      ▲                                         │ │                       │
 *      └──────── append accepted ────────────────┘ └── next is compacted ─▶ snapshot
 *
 * - probe: the leader does not know where the logs match; it sends one append per heartbeat
 *   interval and backs off on rejection (Raft §5.3).
 * - replicate: the logs match up to `match`; appends are pipelined, at most `inflights.capacity`
 *   in flight, and `next` moves optimistically. With a full window only empty appends go out.
 * - snapshot: the follower needs a snapshot; nothing is sent until reportSnapshot or a response
 *   shows it caught up.
 */
import { assert } from "../lib/assert";
import { Inflights } from "./inflights";
import { logIndex, type LogIndex, type Progress as ProgressView } from "./types";

export type ProgressState = "probe" | "replicate" | "snapshot";

export class Progress {
  /** Highest index known to match the leader's log. Invariant: match < next. */
  match: LogIndex;
  /** Next index to send; entries in (match, next) are in flight in the replicate state. */
  next: LogIndex;
  state: ProgressState = "probe";
  /** In the snapshot state: the index of the snapshot being sent. */
  pendingSnapshot: LogIndex = logIndex(0);
  /** Heard from within the current election timeout (check-quorum, Raft thesis §6.2). */
  recentActive = false;
  /**
   * Hold appends until a response or a heartbeat response (etcd MsgAppFlowPaused). Probe: set
   * after each append. Replicate: set when the inflight window fills; a heartbeat response
   * clears it so that one empty append can go out even with a full window, which recovers a
   * follower whose in-flight appends were all lost (its answer frees or resets the window).
   */
  flowPaused = false;
  learner: boolean;
  readonly inflights: Inflights;

  constructor(next: LogIndex, inflightMessagesMax: number, learner: boolean) {
    assert(next > 0, "next index is positive");
    this.match = logIndex(0);
    this.next = next;
    this.learner = learner;
    this.inflights = new Inflights(inflightMessagesMax);
  }

  private resetState(state: ProgressState): void {
    this.state = state;
    this.flowPaused = false;
    this.pendingSnapshot = logIndex(0);
    this.inflights.reset();
  }

  becomeProbe(): void {
    // After a snapshot, the follower is known to be at least at the snapshot index.
    const floor = this.state === "snapshot" ? this.pendingSnapshot : this.match;
    this.resetState("probe");
    this.next = logIndex(Math.max(this.match, floor) + 1);
    assert(this.match < this.next, "match < next");
  }

  becomeReplicate(): void {
    this.resetState("replicate");
    this.next = logIndex(this.match + 1);
  }

  becomeSnapshot(snapshotIndex: LogIndex): void {
    assert(snapshotIndex > this.match, "a snapshot is sent only to a follower behind it");
    this.resetState("snapshot");
    this.pendingSnapshot = snapshotIndex;
    this.next = logIndex(snapshotIndex + 1);
  }

  /** An append up to `index` was acknowledged. Returns whether match moved. */
  maybeUpdate(index: LogIndex): boolean {
    if (index <= this.match) return false;
    this.match = index;
    this.next = logIndex(Math.max(this.next, index + 1));
    this.flowPaused = false;
    assert(this.match < this.next, "match < next");
    return true;
  }

  /**
   * An append at `rejected` (its previous index) was rejected; `matchHint` is where the
   * follower's log may match (fast backtracking, Raft §5.3). Returns whether next moved back;
   * a stale rejection (for an append sent before a newer success) changes nothing.
   */
  maybeDecreaseTo(rejected: LogIndex, matchHint: LogIndex): boolean {
    const nextBefore = this.next;
    if (this.state === "replicate") {
      if (rejected <= this.match) return false;
      this.next = logIndex(this.match + 1);
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = logIndex(Math.max(Math.min(rejected, matchHint + 1), this.match + 1));
    this.flowPaused = false;
    assert(this.next <= nextBefore, "backtracking never moves next forward");
    assert(this.match < this.next, "match < next");
    return true;
  }

  /** An append carrying `entryCount` entries ending at `lastIndex` was sent. */
  sentEntries(entryCount: number, lastIndex: LogIndex): void {
    assert(entryCount >= 0, "entry count is not negative");
    if (this.state === "replicate") {
      if (entryCount > 0) {
        assert(lastIndex >= this.next, "sent entries start at next");
        this.next = logIndex(lastIndex + 1);
        this.inflights.add(lastIndex);
      }
      this.flowPaused = this.inflights.full();
      return;
    }
    assert(this.state === "probe", "nothing is sent in the snapshot state");
    this.flowPaused = true;
  }

  /** Whether the leader should hold appends to this peer. */
  isPaused(): boolean {
    switch (this.state) {
      case "probe":
        return this.flowPaused;
      case "replicate":
        return this.flowPaused;
      case "snapshot":
        return true;
    }
  }

  view(): ProgressView {
    return { match: this.match, next: this.next, state: this.state, learner: this.learner };
  }
}

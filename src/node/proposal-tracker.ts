/**
 * Waits for proposals to be applied. A proposal accepted at (index, term) has succeeded when
 * the entry applied at that index carries that term; an entry of another term at that index
 * means it was overwritten by a new leader and will never apply (Raft §5.3, Log Matching).
 * Pure bookkeeping: the driver feeds it what it applies and the clock.
 */
import { assert } from "../lib/assert";
import type { Entry, LogIndex, Term } from "../raft/types";

export type ProposalOutcome = { readonly kind: "applied"; readonly index: LogIndex } | { readonly kind: "lost"; readonly reason: string };

interface Waiter {
  readonly term: Term;
  readonly deadlineMs: number;
  readonly resolve: (outcome: ProposalOutcome) => void;
}

/** Proposals one node waits on at once; beyond this a proposal is refused, not queued. */
export const proposalsWaitingMax = 16_384;

export class ProposalTracker {
  private readonly waiting = new Map<LogIndex, Waiter>();

  get size(): number {
    return this.waiting.size;
  }

  full(): boolean {
    return this.waiting.size >= proposalsWaitingMax;
  }

  wait(index: LogIndex, term: Term, deadlineMs: number): Promise<ProposalOutcome> {
    assert(!this.full(), "proposal tracker is full: check full() first");
    const earlier = this.waiting.get(index);
    if (earlier !== undefined) {
      // A deposed leader's log was cut back below its own uncommitted proposals (a new leader's
      // shorter log replaced it, leaving no entry at this index to apply), and this node, leader
      // again, accepted a new proposal here. The earlier one is not committed (this leader would
      // hold it), but another node may still hold it and commit it as a later leader: this node
      // can no longer tell, so its outcome is unknown. Found by the real-edge simulator (test/sim).
      assert(earlier.term < term, "two proposals accepted at one index in one term");
      this.waiting.delete(index);
      earlier.resolve({ kind: "lost", reason: `this node's log no longer holds the proposal at ${index} (term ${earlier.term}): outcome unknown` });
    }
    return new Promise((resolve) => this.waiting.set(index, { term, deadlineMs, resolve }));
  }

  /** Entries applied, in order. */
  applied(entries: readonly Entry[]): void {
    if (this.waiting.size === 0) return;
    for (const entry of entries) {
      const waiter = this.waiting.get(entry.index);
      if (waiter === undefined) continue;
      this.waiting.delete(entry.index);
      waiter.resolve(entry.term === waiter.term
        ? { kind: "applied", index: entry.index }
        : { kind: "lost", reason: `entry ${entry.index} was overwritten by term ${entry.term}` });
    }
  }

  /** Fails proposals past their deadline (the leader lost its quorum, or was partitioned). */
  expire(nowMs: number): void {
    for (const [index, waiter] of this.waiting) {
      if (waiter.deadlineMs > nowMs) continue;
      this.waiting.delete(index);
      waiter.resolve({ kind: "lost", reason: "not applied in time" });
    }
  }

  failAll(reason: string): void {
    for (const waiter of this.waiting.values()) waiter.resolve({ kind: "lost", reason });
    this.waiting.clear();
  }
}

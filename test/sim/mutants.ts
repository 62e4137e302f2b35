/**
 * Deliberately broken cores, to prove the simulator's checks bite (mutants.test.ts). Bugs the
 * core can switch on itself are testing knobs in its config (config.ts); the bugs that live at
 * the persistence boundary are made here, by a RaftCore decorator that corrupts each Ready
 * before the edge sees it and hands the core back the original in advance().
 */
import { assert } from "../../src/lib/assert";
import type { RaftTestingKnobs } from "../../src/raft/config";
import type { ConfChange, ConfState, Entry, LogIndex, Message, NodeId, ProposeResult, RaftCore, Ready, Status } from "../../src/raft/types";
import type { WrapCore } from "./cluster";

type Corrupt = (ready: Ready) => Ready;

/** Delegates everything to `inner`, except that Readies pass through `corrupt`. */
export class MutantCore implements RaftCore {
  private outstanding: { corrupted: Ready; original: Ready } | null = null;

  constructor(
    private readonly inner: RaftCore,
    private readonly corrupt: Corrupt,
  ) {}

  tick(): void {
    this.inner.tick();
  }
  step(message: Message): void {
    this.inner.step(message);
  }
  propose(data: Uint8Array): ProposeResult {
    return this.inner.propose(data);
  }
  proposeConfChange(change: ConfChange): ProposeResult {
    return this.inner.proposeConfChange(change);
  }
  readIndex(context: Uint8Array): void {
    this.inner.readIndex(context);
  }
  transferLeadership(target: NodeId): void {
    this.inner.transferLeadership(target);
  }
  compact(index: LogIndex): void {
    this.inner.compact(index);
  }
  configurationAt(index: LogIndex): ConfState | null {
    return this.inner.configurationAt(index);
  }
  reportSnapshot(peer: NodeId, success: boolean): void {
    this.inner.reportSnapshot(peer, success);
  }
  reportUnreachable(peer: NodeId): void {
    this.inner.reportUnreachable(peer);
  }
  hasReady(): boolean {
    return this.inner.hasReady();
  }
  ready(): Ready {
    const original = this.inner.ready();
    const corrupted = this.corrupt(original);
    this.outstanding = { corrupted, original };
    return corrupted;
  }
  advance(ready: Ready): void {
    assert(this.outstanding !== null && this.outstanding.corrupted === ready, "advance() takes the outstanding Ready");
    const { original } = this.outstanding;
    this.outstanding = null;
    this.inner.advance(original);
  }
  status(): Status {
    return this.inner.status();
  }
}

/**
 * Figure 2 says a vote must be durable before it is granted. This mutant sends vote grants at
 * once (from `messages`) and never writes the vote to disk, so a node that crashes after voting
 * may vote again, for another candidate, in the same term.
 */
export const voteNotPersisted: WrapCore = (core) =>
  new MutantCore(core, (ready) => {
    const isGrant = (message: Message): boolean => message.type === "vote-response" && !message.reject;
    return {
      ...ready,
      hardState: ready.hardState === null ? null : { ...ready.hardState, vote: null },
      messages: [...ready.messages, ...ready.messagesAfterPersist.filter(isGrant)],
      messagesAfterPersist: ready.messagesAfterPersist.filter((message) => !isGrant(message)),
    };
  });

/**
 * An application that applies entries as soon as they are in its log, committed or not. The
 * decorator keeps its own applied index so each index is applied once, as a buggy edge would.
 */
export const applyUncommitted: WrapCore = (core) => {
  let appliedUpTo = core.status().applied as number;
  return new MutantCore(core, (ready) => {
    if (ready.snapshot !== null) appliedUpTo = ready.snapshot.meta.index;
    const apply: Entry[] = [];
    for (const entry of [...ready.entriesToApply, ...ready.entriesToPersist]) {
      if (entry.index !== appliedUpTo + 1) continue;
      apply.push(entry);
      appliedUpTo = entry.index;
    }
    return { ...ready, entriesToApply: apply };
  });
};

export interface Mutant {
  readonly name: string;
  readonly knobs?: RaftTestingKnobs;
  readonly wrapCore?: WrapCore;
}

export const mutants: readonly Mutant[] = [
  { name: "commit-old-term-entries", knobs: { commitOldTermEntries: true } },
  { name: "vote-without-up-to-date-check", knobs: { voteWithoutUpToDateCheck: true } },
  { name: "vote-not-persisted", wrapCore: voteNotPersisted },
  { name: "apply-uncommitted", wrapCore: applyUncommitted },
  { name: "read-index-before-term-commit", knobs: { readIndexBeforeTermCommit: true } },
];

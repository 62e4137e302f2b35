/**
 * The replicated log of one node, in memory from the last snapshot on.
 *
 *   snapshot.index | firstIndex ... stableIndex | stableIndex+1 ... lastIndex
 *   (compacted)    | durable (persisted)        | unstable (handed to the edge in Ready)
 *
 * `committed` is the highest index known committed (Raft Figure 2, commitIndex); `applied` the
 * highest index the application has applied. Invariants: snapshot.index <= applied <= committed
 * <= lastIndex, and applied <= stableIndex: only entries durable here are ever applied.
 */
import { assert } from "../lib/assert";
import { entryOverheadBytes } from "./config";
import { logIndex, term, type Entry, type LogIndex, type SnapshotMeta, type Term } from "./types";

export interface LogBase {
  readonly index: LogIndex;
  readonly term: Term;
}

export interface ConflictHint {
  readonly index: LogIndex;
  readonly term: Term;
}

export function entryBytes(entry: Entry): number {
  return entry.data.byteLength + entryOverheadBytes;
}

export class RaftLog {
  /** Index and term of the last compacted entry (0, 0 for a log that never compacted). */
  private base: LogBase;
  /** entries[i].index === base.index + 1 + i. */
  private entries: Entry[];
  /** Entries up to here are durable; the ones after it are not yet persisted. */
  stableIndex: LogIndex;
  /** A snapshot received from the leader and not yet persisted by the edge. */
  pendingSnapshot: SnapshotMeta | null = null;
  committed: LogIndex;
  applied: LogIndex;

  constructor(base: LogBase, entries: readonly Entry[], committed: LogIndex) {
    this.base = base;
    this.entries = [...entries];
    for (const [offset, entry] of this.entries.entries()) {
      assert(entry.index === base.index + 1 + offset, "durable log must be contiguous");
      assert(entry.term >= base.term, "terms in the log never decrease");
    }
    this.stableIndex = this.lastIndex();
    assert(committed >= base.index, "commit is at least the snapshot index");
    assert(committed <= this.lastIndex(), "commit is at most the last index");
    this.committed = committed;
    this.applied = base.index;
  }

  firstIndex(): LogIndex {
    return logIndex(this.base.index + 1);
  }

  lastIndex(): LogIndex {
    return logIndex(this.base.index + this.entries.length);
  }

  snapshotBase(): LogBase {
    return this.base;
  }

  /** Term of the entry at `index`, or null when it is compacted away or beyond the end. */
  term(index: LogIndex): Term | null {
    if (index === this.base.index) return this.base.term;
    if (index < this.base.index || index > this.lastIndex()) return null;
    return this.at(index).term;
  }

  lastTerm(): Term {
    const last = this.term(this.lastIndex());
    assert(last !== null, "the last entry always has a term");
    return last;
  }

  matchTerm(index: LogIndex, entryTerm: Term): boolean {
    return this.term(index) === entryTerm;
  }

  /** Raft §5.4.1: is a log ending at (lastIndex, lastTerm) at least as up-to-date as ours? */
  isUpToDate(lastIndex: LogIndex, lastTerm: Term): boolean {
    const ours = this.lastTerm();
    return lastTerm > ours || (lastTerm === ours && lastIndex >= this.lastIndex());
  }

  at(index: LogIndex): Entry {
    const entry = this.entries[index - this.base.index - 1];
    assert(entry !== undefined, `entry ${index} is in memory`);
    assert(entry.index === index, "entry sits at its own index");
    return entry;
  }

  /**
   * Entries in [low, high), at most `bytesMax` bytes but always at least one entry, so a large
   * entry still makes progress (as etcd's limitSize).
   */
  slice(low: LogIndex, high: LogIndex, bytesMax: number): Entry[] {
    assert(low >= this.firstIndex(), "slice starts after the snapshot");
    assert(high <= this.lastIndex() + 1, "slice ends within the log");
    const out: Entry[] = [];
    let bytes = 0;
    for (let index: number = low; index < high; index += 1) {
      const entry = this.at(logIndex(index));
      bytes += entryBytes(entry);
      if (out.length > 0 && bytes > bytesMax) break;
      out.push(entry);
    }
    return out;
  }

  /**
   * The first entry of `incoming` that is not already in the log with the same term, or null
   * when all of them are (Raft Figure 2, AppendEntries step 3).
   */
  findConflict(incoming: readonly Entry[]): Entry | null {
    for (const entry of incoming) if (!this.matchTerm(entry.index, entry.term)) return entry;
    return null;
  }

  /**
   * Fast backtracking (Raft §5.3, etcd findConflictByTerm): the largest index <= `index` whose
   * term is <= `hintTerm`. Every entry above it has a larger term and cannot match the other log.
   */
  findConflictByTerm(index: LogIndex, hintTerm: Term): ConflictHint {
    assert(index <= this.lastIndex(), "hint is within the log");
    for (let at: number = index; at >= this.base.index; at -= 1) {
      const atTerm = this.term(logIndex(at));
      // Compacted: we know nothing below, so the hint stays where it is (term 0, etcd).
      if (atTerm === null) return { index: logIndex(at), term: term(0) };
      if (atTerm <= hintTerm) return { index: logIndex(at), term: atTerm };
    }
    return { index: logIndex(Math.min(index, this.base.index)), term: term(0) };
  }

  /**
   * The follower side of AppendEntries: if the log matches at (prevIndex, prevTerm), append the
   * new entries, truncating a conflicting suffix, and advance commit. Returns the index of the
   * last new entry, or null when the consistency check fails.
   */
  maybeAppend(prevIndex: LogIndex, prevTerm: Term, commit: LogIndex, incoming: readonly Entry[]): LogIndex | null {
    if (!this.matchTerm(prevIndex, prevTerm)) return null;
    const lastNewIndex = logIndex(prevIndex + incoming.length);
    const conflict = this.findConflict(incoming);
    if (conflict !== null) {
      // Raft §5.3: never truncate a committed entry; a leader never asks for it (Leader Completeness).
      assert(conflict.index > this.committed, "conflict is above the commit index");
      this.append(incoming.slice(conflict.index - prevIndex - 1));
    }
    this.commitTo(logIndex(Math.min(commit, lastNewIndex)));
    return lastNewIndex;
  }

  /** Appends entries, replacing any suffix from the first one's index on. */
  append(incoming: readonly Entry[]): void {
    const first = incoming[0];
    if (first === undefined) return;
    assert(first.index > this.committed, "never overwrite committed entries");
    assert(first.index <= this.lastIndex() + 1, "append leaves no gap");
    this.entries.length = first.index - this.base.index - 1;
    for (const entry of incoming) {
      assert(entry.index === this.lastIndex() + 1, "appended entries are contiguous");
      this.entries.push(entry);
    }
    // A truncated durable suffix is no longer what the in-memory log says: persist again.
    this.stableIndex = logIndex(Math.min(this.stableIndex, first.index - 1));
  }

  commitTo(index: LogIndex): void {
    if (index <= this.committed) return;
    assert(index <= this.lastIndex(), "commit index beyond the last entry");
    this.committed = index;
  }

  /** Entries that are not yet durable, in order. */
  unstableEntries(): Entry[] {
    return this.entries.slice(this.stableIndex - this.base.index);
  }

  /**
   * The edge persisted `persisted` (the unstable entries of a Ready). If the log changed since,
   * the durable prefix is the longest one whose last entry still has the persisted term: by the
   * Log Matching property (Raft §5.3) everything before it matches too.
   */
  stableTo(persisted: readonly Entry[]): void {
    for (let i = persisted.length - 1; i >= 0; i -= 1) {
      const entry = persisted[i];
      assert(entry !== undefined, "index within array");
      if (entry.index <= this.stableIndex) return;
      if (this.matchTerm(entry.index, entry.term)) {
        this.stableIndex = entry.index;
        return;
      }
    }
  }

  /** Committed entries that are durable here and not yet applied. */
  entriesToApply(): Entry[] {
    const high = Math.min(this.committed, this.stableIndex);
    if (high <= this.applied) return [];
    return this.entries.slice(this.applied - this.base.index, high - this.base.index);
  }

  hasEntriesToApply(): boolean {
    return Math.min(this.committed, this.stableIndex) > this.applied;
  }

  appliedTo(index: LogIndex): void {
    if (index <= this.applied) return;
    assert(index <= this.committed, "applied is at most commit");
    assert(index <= this.stableIndex, "applied entries are durable");
    this.applied = index;
  }

  /** The application snapshotted at `index`: drop the entries up to it from memory. */
  compact(index: LogIndex): void {
    if (index <= this.base.index) return;
    assert(index <= this.applied, "compact only applied entries");
    const compactedTerm = this.term(index);
    assert(compactedTerm !== null, "compacted entry is in the log");
    this.entries = this.entries.slice(index - this.base.index);
    this.base = { index, term: compactedTerm };
  }

  /** Raft §7: replace the whole log with a snapshot from the leader. */
  restore(meta: SnapshotMeta): void {
    assert(meta.index > this.committed, "a snapshot restore moves commit forward");
    this.base = { index: meta.index, term: meta.term };
    this.entries = [];
    this.pendingSnapshot = meta;
    this.stableIndex = meta.index;
    this.committed = meta.index;
    this.applied = meta.index;
  }
}

/**
 * The checks every backend makes on a persist/compact before it touches its tables, in one
 * place so the three backends agree on what a well-formed request is.
 */
import { assert } from "../lib/assert";
import type { HardState, LogIndex, NodeId, SnapshotMeta, Term } from "../raft/types";
import type { EntryToPersist } from "./storage";

/** Entries are contiguous, start after the snapshot and at most one past the last index. */
export function assertAppendable(entries: readonly EntryToPersist[], snapshotIndex: number, lastIndex: number): void {
  const first = entries[0];
  if (first === undefined) return;
  assert(first.entry.index > snapshotIndex, `append at ${first.entry.index} overlaps the snapshot at ${snapshotIndex}`);
  assert(first.entry.index <= lastIndex + 1, `append at ${first.entry.index} leaves a gap after ${lastIndex}`);
  let previous = first.entry;
  for (const { entry } of entries.slice(1)) {
    assert(entry.index === previous.index + 1, "appended entries are contiguous");
    assert(entry.term >= previous.term, "terms never decrease along the log");
    previous = entry;
  }
}

export function assertCompactable(meta: SnapshotMeta, snapshotIndex: number, appliedIndex: LogIndex): void {
  assert(meta.index <= appliedIndex, `compact to ${meta.index} beyond the applied index ${appliedIndex}`);
  assert(meta.index >= snapshotIndex, `compact to ${meta.index} behind the snapshot at ${snapshotIndex}`);
}

/** The part of a hard state that must never be lost once persisted: what a node promised. */
export interface TermVote {
  readonly term: Term;
  readonly vote: NodeId | null;
}

/**
 * Whether a persist must be durable before it returns (etcd's MustSync, raft/node.go): when it
 * appends entries (a follower acknowledges them), or changes the term or the vote (a node must
 * never vote twice in a term, nor forget a term it saw). A hard state whose only change is the
 * commit index may be lost to a crash: the commit index is recovered from the leader, and what
 * was applied never runs ahead of it (the applied index is written after the commit index that
 * covers it, in the same write-ahead log, whose surviving part after a crash is a prefix).
 */
export function mustSync(synced: TermVote, hardState: HardState | null, entryCount: number): boolean {
  assert(Number.isSafeInteger(entryCount) && entryCount >= 0, "an entry count is a count");
  if (entryCount > 0) return true;
  if (hardState === null) return false;
  return hardState.term !== synced.term || hardState.vote !== synced.vote;
}

/** Entries kept by `entries(low, high, bytesMax)`: a prefix within bytesMax, never empty. */
export function withinBytes<T extends { readonly data: Uint8Array }>(entries: T[], bytesMax: number): T[] {
  let total = 0;
  for (let count = 0; count < entries.length; count += 1) {
    total += defined(entries[count]).data.length;
    if (total > bytesMax && count > 0) return entries.slice(0, count);
  }
  return entries;
}

function defined<T>(value: T | undefined): T {
  assert(value !== undefined, "index within the array");
  return value;
}

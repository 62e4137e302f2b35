/**
 * The checks every backend makes on a persist/compact before it touches its tables, in one
 * place so the three backends agree on what a well-formed request is.
 */
import { assert } from "../lib/assert";
import type { LogIndex, SnapshotMeta } from "../raft/types";
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

/**
 * A node's durable storage: hard state, the latest snapshot (meta and the state machine's
 * bytes) and the log after it. The disk only changes when a simulated fsync completes; a crash
 * before that loses the write, and a restarted core sees exactly what is here.
 */
import { assert } from "../../src/lib/assert";
import type { ConfState, DurableState, Entry, HardState, LogIndex, SnapshotMeta, Term } from "../../src/raft/types";
import { logIndex, term } from "../../src/raft/types";
import type { KvSnapshot } from "./kv";

export interface StoredSnapshot {
  readonly meta: SnapshotMeta;
  readonly data: KvSnapshot;
}

/**
 * Older snapshots kept beside the latest: the core may have queued a snapshot message before
 * the application compacted again, and the transport must still find those bytes (etcd keeps
 * several snapshot files for the same reason).
 */
export const snapshotsRetainedMax = 4;

export class SimDisk {
  hardState: HardState = { term: term(0), vote: null, commit: logIndex(0) };
  snapshot: StoredSnapshot | null = null;
  /** The latest snapshots by index, at most `snapshotsRetainedMax`, the current one included. */
  private readonly retained = new Map<number, StoredSnapshot>();
  /** The log after the snapshot, contiguous: entries[i].index === firstIndex() + i. */
  entries: Entry[] = [];
  /** Slow disks make every fsync take longer. */
  persistTicksMax: number;

  constructor(
    readonly initialConfState: ConfState,
    persistTicksMax: number,
  ) {
    this.persistTicksMax = persistTicksMax;
  }

  durableState(): DurableState {
    return {
      hardState: this.hardState,
      snapshot: this.snapshot?.meta ?? null,
      entries: [...this.entries],
      initialConfState: this.initialConfState,
    };
  }

  snapshotIndex(): LogIndex {
    return this.snapshot?.meta.index ?? logIndex(0);
  }

  firstIndex(): LogIndex {
    return logIndex(this.snapshotIndex() + 1);
  }

  lastIndex(): LogIndex {
    return logIndex(this.snapshotIndex() + this.entries.length);
  }

  /** The entry at `index`, or null if it is compacted or beyond the log. */
  entry(index: number): Entry | null {
    const entry = this.entries[index - this.firstIndex()];
    if (entry === undefined) return null;
    assert(entry.index === index, "the durable log is contiguous");
    return entry;
  }

  /** The term at `index`: from the log, or the snapshot's term at its index; null if unknown. */
  termAt(index: number): Term | null {
    if (index === 0) return term(0);
    if (this.snapshot !== null && index === this.snapshot.meta.index) return this.snapshot.meta.term;
    return this.entry(index)?.term ?? null;
  }

  /** A snapshot received from the leader replaces the whole log (the core restarts its log from it). */
  installSnapshot(snapshot: StoredSnapshot): void {
    assert(snapshot.meta.index >= this.snapshotIndex(), "a snapshot does not move the log backwards");
    this.setSnapshot(snapshot);
    this.entries = [];
  }

  private setSnapshot(snapshot: StoredSnapshot): void {
    this.snapshot = snapshot;
    this.retained.set(snapshot.meta.index, snapshot);
    for (const index of [...this.retained.keys()].sort((a, b) => a - b)) {
      if (this.retained.size <= snapshotsRetainedMax) break;
      this.retained.delete(index);
    }
  }

  /** A retained snapshot at exactly `index`, or null. */
  retainedSnapshot(index: number): StoredSnapshot | null {
    return this.retained.get(index) ?? null;
  }

  /** The application's own snapshot: entries it covers are dropped, later ones kept. */
  compact(snapshot: StoredSnapshot): void {
    assert(snapshot.meta.index > this.snapshotIndex(), "compaction moves forward");
    assert(snapshot.meta.index <= this.lastIndex(), "compaction stays within the durable log");
    const keep = this.entries.filter((entry) => entry.index > snapshot.meta.index);
    this.setSnapshot(snapshot);
    this.entries = keep;
  }

  /** Appends `entries`, first truncating any suffix they replace (Raft Figure 2, AppendEntries step 3). */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = entries[0] as Entry;
    assert(first.index > this.snapshotIndex(), "entries to persist start after the snapshot");
    assert(first.index <= this.lastIndex() + 1, "entries to persist leave no gap");
    this.entries.length = first.index - this.firstIndex();
    for (const entry of entries) {
      assert(entry.index === this.lastIndex() + 1, "entries to persist are contiguous");
      this.entries.push(entry);
    }
  }

  setHardState(hardState: HardState): void {
    assert(hardState.term >= this.hardState.term, "the durable term never decreases");
    this.hardState = hardState;
  }
}

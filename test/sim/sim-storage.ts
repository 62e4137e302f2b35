/**
 * The real edge's disk: src/storage/memory.ts, whose MemoryStorageState outlives a crash, with
 * fsync made slow and crashes made honest. A `persist` waits a random number of ticks on the
 * node's virtual clock before it writes (one Ready in flight, as the driver loop awaits it);
 * a crash in that window loses the write, or with a torn write keeps a strict prefix of its
 * entries and never its hard state. Everything else (applyBatch, chunks) is durable when it
 * returns, as the Storage contract says. A crashed incarnation's storage never answers again,
 * so what the dead process still had in flight can change nothing.
 */
import { assert } from "../../src/lib/assert";
import type { Clock } from "../../src/lib/clock";
import type { Prng } from "../../src/lib/prng";
import type { Entry, HardState, LogIndex, SnapshotMeta, Term } from "../../src/raft/types";
import { logIndex, term } from "../../src/raft/types";
import type { IndexedFileCommand } from "../../src/storage/file-commands";
import { MemoryStorage, type MemoryStorageState } from "../../src/storage/memory";
import type { EntryToPersist } from "../../src/storage/storage";
import type { DurableLog, DurableWrite } from "./safety";
import { SimViolation } from "./violation";

export interface SimStorageHooks {
  /** A write became durable; `previousTerm` is the durable term before its first entry, `removed` the entries it replaced. */
  persisted(write: DurableWrite, previousTerm: Term | null, removed: readonly Entry[]): void;
  /** A snapshot install discarded these durable entries (those after its index). */
  replaced(removed: readonly Entry[]): void;
  /** Entries applied to the state machine, read from the durable log. */
  applied(entries: readonly Entry[]): void;
  trace(text: string): void;
  /** The storage refused a write: the edge broke the Storage contract. */
  failed(error: unknown): void;
}

/** The durable log of a MemoryStorageState, as the safety checks read it. */
export class MemoryLogView implements DurableLog {
  constructor(readonly state: MemoryStorageState) {}

  get hardState(): HardState {
    return this.state.hardState;
  }

  snapshotIndex(): LogIndex {
    return this.state.snapshot?.index ?? logIndex(0);
  }

  firstIndex(): LogIndex {
    return logIndex(this.snapshotIndex() + 1);
  }

  lastIndex(): LogIndex {
    return logIndex(this.snapshotIndex() + this.state.log.length);
  }

  entry(index: number): Entry | null {
    const item = this.state.log[index - this.firstIndex()];
    if (item === undefined) return null;
    assert(item.entry.index === index, "the durable log is contiguous");
    return item.entry;
  }

  termAt(index: number): Term | null {
    if (index === 0) return term(0);
    if (this.state.snapshot !== null && index === this.state.snapshot.index) return this.state.snapshot.term;
    return this.entry(index)?.term ?? null;
  }
}

function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

export class SimStorage extends MemoryStorage {
  private dead = false;
  private inflight: { readonly hardState: HardState | null; readonly entries: readonly EntryToPersist[] } | null = null;
  readonly view: MemoryLogView;

  constructor(
    state: MemoryStorageState,
    private readonly clock: Clock,
    private readonly prng: Prng,
    /** Milliseconds one fsync takes, drawn per write. */
    private readonly fsyncMs: () => number,
    private readonly hooks: SimStorageHooks,
  ) {
    super(state);
    this.view = new MemoryLogView(state);
  }

  override async persist(hardState: HardState | null, entries: readonly EntryToPersist[]): Promise<void> {
    if (this.dead) return await never();
    assert(this.inflight === null, "one write in flight: the driver loop awaits each");
    this.inflight = { hardState, entries };
    const delayMs = this.fsyncMs();
    if (delayMs > 0) await new Promise<void>((resolve) => this.clock.after(delayMs, resolve));
    if (this.dead) return await never();
    this.inflight = null;
    this.write(hardState, entries);
  }

  override async applyBatch(commands: readonly IndexedFileCommand[], appliedIndex: LogIndex): Promise<void> {
    if (this.dead) return await never();
    const entries: Entry[] = [];
    for (let index = this.state.applied + 1; index <= appliedIndex; index += 1) {
      const entry = this.view.entry(index);
      assert(entry !== null, `applied index ${index} is in the durable log`);
      entries.push(entry);
    }
    // A file becomes visible only with its chunks on this node (issue 12: "a write may commit without its chunks").
    for (const { index, command } of commands) {
      if (command.kind !== "put-file") continue;
      const missing = command.manifest.chunks.find((digest) => !this.state.chunks.has(digest));
      if (missing !== undefined) this.hooks.failed(new SimViolation("state-machine-safety", `put-file ${command.manifest.name} at ${index} applied without its chunk ${missing}`));
    }
    await super.applyBatch(commands, appliedIndex);
    this.hooks.applied(entries);
  }

  override async installSnapshot(meta: SnapshotMeta, pieces: AsyncIterable<Uint8Array>): Promise<void> {
    if (this.dead) return await never();
    const removed: Entry[] = [];
    for (let index: number = meta.index + 1; index <= this.view.lastIndex(); index += 1) {
      const entry = this.view.entry(index);
      if (entry !== null) removed.push(entry);
    }
    await super.installSnapshot(meta, pieces);
    this.hooks.trace(`installed snapshot at ${meta.index}/t${meta.term}, discarding ${removed.length} later entries`);
    this.hooks.replaced(removed);
  }

  /** The process dies: the write in flight is lost (with `torn`, a strict prefix of it lands). Returns what was lost. */
  crash(torn: boolean): string {
    this.dead = true;
    const inflight = this.inflight;
    this.inflight = null;
    if (inflight === null) return "nothing";
    const lost = `${inflight.entries.length} entries${inflight.hardState === null ? "" : ", hard state"}`;
    const steps = inflight.entries.length + (inflight.hardState === null ? 0 : 1);
    if (!torn || steps < 2) return lost;
    const kept = Math.min(this.prng.intBetween(1, steps - 1), inflight.entries.length);
    assert(kept < steps, "a torn write never completes");
    this.write(null, inflight.entries.slice(0, kept));
    return `${lost}; torn, kept ${kept} entries`;
  }

  /** Makes a write durable, synchronously, and tells the checks. */
  private write(hardState: HardState | null, entries: readonly EntryToPersist[]): void {
    const first = entries[0];
    const previousTerm = first === undefined ? null : this.view.termAt(first.entry.index - 1);
    const removed: Entry[] = [];
    if (first !== undefined) for (let index: number = first.entry.index; index <= this.view.lastIndex(); index += 1) removed.push(this.view.entry(index) as Entry);
    // MemoryStorage.persist writes before its first await: the state is durable on return. A
    // rejection is a broken contract (a gap in the log, say): the run fails with it.
    super.persist(hardState, entries).catch((error: unknown) => this.hooks.failed(error));
    this.hooks.persisted({ entriesToPersist: entries.map((item) => item.entry), hardState }, previousTerm, removed);
  }
}

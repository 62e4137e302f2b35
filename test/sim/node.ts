/**
 * One simulated node: a real Raft core behind the simulator's edge. The edge obeys the Ready
 * contract of src/raft/types.ts: `messages` go out at once; the snapshot, entries and hard
 * state go to the simulated disk, and only when its fsync completes (some ticks later) are
 * `messagesAfterPersist` sent, `entriesToApply` applied and `advance` called. While an fsync
 * is in flight the core keeps stepping messages and ticks but no new Ready is taken, as in
 * etcd's node loop. A crash drops the core, the in-flight Ready and the state machine; a
 * restart rebuilds them from the disk alone.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { Entry, LogIndex, Message, NodeId, RaftCore, ReadState, Ready, Term, DurableState } from "../../src/raft/types";
import { logIndex, term } from "../../src/raft/types";
import type { SimDisk } from "./disk";
import { KvStore, type KvSnapshot, type PutCommand } from "./kv";
import { checkReadyContract } from "./ready-contract";
import { SimViolation } from "./violation";

/** Snapshots whose bytes one node keeps staged while its core decides whether to install them. */
export const snapshotsStagedMax = 4;
/** Readies one node handles in one tick; more wait for the next tick. */
export const readiesPerTickMax = 8;

export interface NodeHooks {
  trace(text: string): void;
  send(node: SimNode, message: Message, snapshotData: KvSnapshot | null): void;
  /** After a Ready's snapshot, entries and hard state are durable. `previousTerm` is the term before the first entry. */
  persisted(node: SimNode, ready: Ready, previousTerm: Term | null): void;
  applied(node: SimNode, entry: Entry, command: PutCommand | null): void;
  /** After a write that removed durable entries (some may have been rewritten unchanged). */
  replaced(node: SimNode, removed: readonly Entry[]): void;
  /** A Ready taken while the core leads `term`, with the durable entries it would remove. */
  leaderReady(node: SimNode, term: Term, ready: Ready, removed: readonly Entry[]): void;
  readState(node: SimNode, readState: ReadState): void;
}

export type MakeCore = (id: NodeId, durable: DurableState) => RaftCore;

interface InflightReady {
  readonly ready: Ready;
  readonly doneAt: number;
}

export class SimNode {
  core: RaftCore | null = null;
  kv = new KvStore();
  /** Highest index applied to `kv`. */
  applied: LogIndex = logIndex(0);
  appliedTerm: Term = term(0);
  incarnation = 0;
  private inflight: InflightReady | null = null;
  /** State machine bytes received with snapshot messages, by snapshot index, until the core installs one. */
  private readonly snapshotData = new Map<number, KvSnapshot>();

  constructor(
    readonly id: NodeId,
    readonly disk: SimDisk,
    private readonly hooks: NodeHooks,
    private readonly makeCore: MakeCore,
    private readonly prng: Prng,
    private readonly persistTicksMin: number,
    private readonly snapshotEntries: number,
    private readonly checkContract: boolean,
  ) {}

  get alive(): boolean {
    return this.core !== null;
  }

  /** The core, which must be running. */
  running(): RaftCore {
    assert(this.core !== null, `${this.id} is running`);
    return this.core;
  }

  start(): void {
    assert(this.core === null, "a node starts only when down");
    this.incarnation += 1;
    this.core = this.guard(() => this.makeCore(this.id, this.disk.durableState()));
    this.kv = new KvStore(this.disk.snapshot?.data);
    this.applied = this.disk.snapshotIndex();
    this.appliedTerm = this.disk.snapshot?.meta.term ?? term(0);
    this.hooks.trace(`${this.id} start #${this.incarnation} from ${this.describeDisk()}`);
  }

  /**
   * Stops the node. What was handed to the disk but not fsynced is lost, except that with
   * `torn` a prefix of it lands, in the contract's order (snapshot, entries, hard state): the
   * write was cut in the middle.
   */
  crash(torn = false): void {
    assert(this.core !== null, "only a running node crashes");
    const inflight = this.inflight;
    let lost = inflight === null ? "nothing" : describeReady(inflight.ready);
    if (inflight !== null && torn) lost = `${lost}; torn, kept ${this.persistPrefix(inflight.ready)}`;
    this.core = null;
    this.inflight = null;
    this.snapshotData.clear();
    this.hooks.trace(`${this.id} crash, lost in flight: ${lost}`);
  }

  /** Persists a strict prefix of the Ready's writes (at least one step, never the hard state). */
  private persistPrefix(ready: Ready): string {
    const steps = (ready.snapshot === null ? 0 : 1) + ready.entriesToPersist.length + (ready.hardState === null ? 0 : 1);
    if (steps < 2) return "nothing";
    let left = this.prng.intBetween(1, steps - 1);
    assert(left < steps, "a torn write never completes");
    let snapshot: Ready["snapshot"] = null;
    if (ready.snapshot !== null) {
      const data = this.snapshotData.get(ready.snapshot.meta.index);
      if (data === undefined) return "nothing";
      snapshot = ready.snapshot;
      left -= 1;
    }
    const entries = ready.entriesToPersist.slice(0, left);
    const partial: Ready = { ...ready, snapshot, entriesToPersist: entries, hardState: null };
    const previousTerm = this.persist(partial);
    this.hooks.persisted(this, partial, previousTerm);
    return `${snapshot === null ? "" : `snap@${snapshot.meta.index} `}${entries.length} of ${ready.entriesToPersist.length} entries`;
  }

  receive(message: Message, snapshotData: KvSnapshot | null): void {
    const core = this.running();
    if (message.type === "snapshot" && message.snapshot !== null && snapshotData !== null) {
      // The transport has streamed the bytes; the core is told only now (types.ts, Snapshot).
      this.snapshotData.set(message.snapshot.meta.index, snapshotData);
      // Staged bytes the core never installs are dropped, oldest first (raft.ts: "the staged bytes are dropped").
      for (const index of [...this.snapshotData.keys()].sort((a, b) => a - b)) {
        if (this.snapshotData.size <= snapshotsStagedMax) break;
        this.snapshotData.delete(index);
      }
    }
    this.guard(() => core.step(message));
  }

  tick(): void {
    const core = this.running();
    this.guard(() => core.tick());
  }

  /** Finishes a completed fsync and takes new Readies, at most `readiesPerTickMax`. */
  processReady(now: number): void {
    for (let round = 0; round < readiesPerTickMax && this.core !== null; round += 1) {
      const core = this.core;
      if (this.inflight !== null) {
        if (now < this.inflight.doneAt) return;
        this.complete(core, this.inflight.ready);
        continue;
      }
      if (!core.hasReady()) return;
      const ready = this.guard(() => core.ready());
      if (this.checkContract) checkReadyContract(this.id, ready, this.disk);
      const status = core.status();
      if (status.role === "leader") this.hooks.leaderReady(this, status.term, ready, this.replacedBy(ready));
      for (const message of ready.messages) this.send(message);
      const needsPersist = ready.snapshot !== null || ready.entriesToPersist.length > 0 || ready.hardState !== null;
      const delay = needsPersist ? this.prng.intBetween(this.persistTicksMin, Math.max(this.persistTicksMin, this.disk.persistTicksMax)) : 0;
      this.inflight = { ready, doneAt: now + delay };
      this.hooks.trace(`${this.id} ready ${describeReady(ready)} fsync+${delay}`);
    }
  }

  private complete(core: RaftCore, ready: Ready): void {
    const previousTerm = this.persist(ready);
    this.hooks.persisted(this, ready, previousTerm);
    for (const message of ready.messagesAfterPersist) this.send(message);
    if (ready.snapshot !== null) {
      const stored = this.disk.snapshot;
      assert(stored !== null && stored.meta.index === ready.snapshot.meta.index, "the installed snapshot is on disk");
      this.kv = new KvStore(stored.data);
      this.applied = stored.meta.index;
      this.appliedTerm = stored.meta.term;
    }
    for (const entry of ready.entriesToApply) this.apply(entry);
    for (const readState of ready.readStates) this.hooks.readState(this, readState);
    this.inflight = null;
    this.guard(() => core.advance(ready));
    this.maybeSnapshot(core);
  }

  /** Writes the Ready to disk; returns the durable term just before its first entry. */
  private persist(ready: Ready): Term | null {
    const replaced = this.replacedBy(ready);
    if (ready.snapshot !== null) {
      const data = this.snapshotData.get(ready.snapshot.meta.index);
      if (data === undefined) throw new SimViolation("core-assertion", `${this.id} installs snapshot ${ready.snapshot.meta.index} it never received`);
      this.disk.installSnapshot({ meta: ready.snapshot.meta, data });
      // Bytes of newer snapshots that arrived meanwhile stay staged for a later Ready.
      for (const index of [...this.snapshotData.keys()]) if (index <= ready.snapshot.meta.index) this.snapshotData.delete(index);
    }
    const first = ready.entriesToPersist[0];
    const previousTerm = first === undefined ? null : this.disk.termAt(first.index - 1);
    this.disk.append(ready.entriesToPersist);
    if (ready.hardState !== null) this.disk.setHardState(ready.hardState);
    this.hooks.replaced(this, replaced);
    return previousTerm;
  }

  /** Durable entries this Ready removes: the suffix its entries replace, or the log a snapshot discards. */
  private replacedBy(ready: Ready): Entry[] {
    // Entries up to the snapshot's index are covered by it, not removed.
    const snapshotIndex = ready.snapshot?.meta.index;
    if (snapshotIndex !== undefined) return this.disk.entries.filter((entry) => entry.index > snapshotIndex);
    const first = ready.entriesToPersist[0];
    if (first === undefined) return [];
    return this.disk.entries.filter((entry) => entry.index >= first.index);
  }

  private apply(entry: Entry): void {
    if (entry.index !== this.applied + 1) {
      throw new SimViolation("state-machine-safety", `${this.id} applies index ${entry.index} after ${this.applied}`);
    }
    const command = this.kv.apply(entry);
    this.applied = entry.index;
    this.appliedTerm = entry.term;
    this.hooks.applied(this, entry, command);
  }

  /** The application snapshots every `snapshotEntries` applied entries and lets the core compact. */
  private maybeSnapshot(core: RaftCore): void {
    if (this.snapshotEntries === 0) return;
    if (this.applied - this.disk.snapshotIndex() < this.snapshotEntries) return;
    if (this.applied > this.disk.lastIndex()) return; // applied from a snapshot not yet followed by entries
    const meta = { index: this.applied, term: this.appliedTerm, confState: core.status().confState };
    this.disk.compact({ meta, data: this.kv.snapshot() });
    this.guard(() => core.compact(this.applied));
    this.hooks.trace(`${this.id} snapshot at ${this.applied}`);
  }

  private send(message: Message): void {
    let data: KvSnapshot | null = null;
    if (message.type === "snapshot") {
      const index = message.snapshot?.meta.index ?? -1;
      const stored = this.disk.retainedSnapshot(index);
      if (stored === null) {
        throw new SimViolation("core-assertion", `${this.id} sends snapshot ${index} but its disk holds ${this.disk.snapshotIndex()}`);
      }
      data = stored.data;
    }
    this.hooks.send(this, message, data);
  }

  /** An AssertionError inside the core is a bug found by the simulation: report it as such. */
  private guard<T>(action: () => T): T {
    try {
      return action();
    } catch (error: unknown) {
      if (error instanceof SimViolation) throw error;
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new SimViolation("core-assertion", `${this.id} core threw ${detail}`);
    }
  }

  describeDisk(): string {
    const hs = this.disk.hardState;
    return `disk{t${hs.term} v:${hs.vote ?? "-"} c${hs.commit} snap${this.disk.snapshotIndex()} last${this.disk.lastIndex()}}`;
  }
}

export function describeReady(ready: Ready): string {
  const parts: string[] = [];
  if (ready.softState !== null) parts.push(`${ready.softState.role}(${ready.softState.leader ?? "-"})`);
  if (ready.hardState !== null) parts.push(`hs{t${ready.hardState.term} v:${ready.hardState.vote ?? "-"} c${ready.hardState.commit}}`);
  if (ready.snapshot !== null) parts.push(`snap@${ready.snapshot.meta.index}/t${ready.snapshot.meta.term}`);
  const persist = ready.entriesToPersist;
  if (persist.length > 0) parts.push(`persist[${persist[0]?.index}..${persist[persist.length - 1]?.index}]t${persist[persist.length - 1]?.term}`);
  if (ready.messages.length + ready.messagesAfterPersist.length > 0) parts.push(`send ${ready.messages.length}+${ready.messagesAfterPersist.length}`);
  const apply = ready.entriesToApply;
  if (apply.length > 0) parts.push(`apply[${apply[0]?.index}..${apply[apply.length - 1]?.index}]`);
  if (ready.readStates.length > 0) parts.push(`reads ${ready.readStates.map((r) => r.index).join(",")}`);
  return parts.join(" ");
}

export function describeMessage(message: Message): string {
  const entries = message.entries.length > 0 ? ` e[${message.entries[0]?.index}..${message.entries[message.entries.length - 1]?.index}]` : "";
  const reject = message.reject ? ` REJECT hint${message.rejectHint}/t${message.rejectTerm}` : "";
  return `${message.from}->${message.to} ${message.type} t${message.term} lt${message.logTerm} i${message.index} c${message.commit}${entries}${reject}`;
}

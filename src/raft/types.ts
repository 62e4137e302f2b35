/**
 * The vocabulary of the Raft core, shared with storage, the wire codec and the simulator.
 * This file is the contract between them: extend it, do not rename what is here.
 *
 * Node ids are strings (`n1`, as on the command line); terms and indexes are branded numbers
 * so a term is never passed where an index is expected.
 */
import type { Brand } from "../lib/brand";

export type Term = Brand<number, "Term">;
export type LogIndex = Brand<number, "LogIndex">;
export type NodeId = Brand<string, "NodeId">;

export const term = (value: number): Term => value as Term;
export const logIndex = (value: number): LogIndex => value as LogIndex;
export const nodeId = (value: string): NodeId => value as NodeId;

/**
 * - `normal`: an application command, opaque to the core.
 * - `conf-change`: a membership change (data: an encoded ConfChange, see conf-change.ts).
 * - `noop`: the empty entry a new leader appends at the start of its term (Raft §5.4.2, §6.4).
 */
export type EntryType = "normal" | "conf-change" | "noop";

export interface Entry {
  readonly term: Term;
  readonly index: LogIndex;
  readonly type: EntryType;
  /** Opaque to the core. Kept small: large payloads (chunk bytes) live outside the log. */
  readonly data: Uint8Array;
}

/** What must be durable before any message that depends on it is sent (Raft Figure 2). */
export interface HardState {
  readonly term: Term;
  /** Candidate voted for in `term`, null if none. */
  readonly vote: NodeId | null;
  /** Highest index known committed. Persisted so a restart re-applies no less than before. */
  readonly commit: LogIndex;
}

/** A configuration. In joint consensus `votersOutgoing` is the old one, else empty. */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
  readonly votersOutgoing: readonly NodeId[];
}

export interface SnapshotMeta {
  /** Last index the snapshot covers; the log before and at it may be compacted. */
  readonly index: LogIndex;
  readonly term: Term;
  readonly confState: ConfState;
}

/**
 * A snapshot as the core sees it. The state machine's bytes stay outside the core: the
 * edge streams them to a follower in bounded chunks (as etcd's transport does for MsgSnap),
 * and steps the snapshot message into the follower's core only once the bytes are installed.
 */
export interface Snapshot {
  readonly meta: SnapshotMeta;
}

export type MessageType =
  | "pre-vote"
  | "pre-vote-response"
  | "vote"
  | "vote-response"
  | "append"
  | "append-response"
  | "heartbeat"
  | "heartbeat-response"
  | "snapshot"
  | "snapshot-response"
  | "timeout-now"
  | "read-index"
  | "read-index-response";

export interface Message {
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: Term;
  /** Append: term of the entry at `index` (the consistency check). Vote: the candidate's last term. */
  readonly logTerm: Term;
  /** Append: index just before `entries`. Vote: the candidate's last index. Response: the index acknowledged. */
  readonly index: LogIndex;
  readonly entries: readonly Entry[];
  readonly commit: LogIndex;
  readonly reject: boolean;
  /** Fast backtracking on a rejected append: where the follower's log conflicts (Raft §5.3). */
  readonly rejectHint: LogIndex;
  readonly rejectTerm: Term;
  /** ReadIndex request context; also marks a vote caused by leadership transfer. */
  readonly context: Uint8Array;
  readonly snapshot: Snapshot | null;
}

/** A ReadIndex answer: once `index` is applied locally, a read with `context` is linearizable. */
export interface ReadState {
  readonly index: LogIndex;
  readonly context: Uint8Array;
}

export type Role = "follower" | "pre-candidate" | "candidate" | "leader";

export interface SoftState {
  readonly leader: NodeId | null;
  readonly role: Role;
}

/**
 * One batch of work for the edge. The edge must, in order:
 * 1. persist `snapshot` (if any), then `entriesToPersist` (replacing any suffix they conflict
 *    with) and `hardState` (if not null), durably;
 * 2. only then send `messagesAfterPersist`;
 * 3. apply `entriesToApply` (committed and durable on a quorum) in order;
 * 4. call `advance(ready)`.
 * `messages` may be sent before persisting: they depend on nothing durable (the leader's
 * appends to followers, which may be sent in parallel with its own write, Raft §10.2.1).
 */
export interface Ready {
  readonly softState: SoftState | null;
  readonly hardState: HardState | null;
  readonly snapshot: Snapshot | null;
  readonly entriesToPersist: readonly Entry[];
  readonly messages: readonly Message[];
  readonly messagesAfterPersist: readonly Message[];
  readonly entriesToApply: readonly Entry[];
  readonly readStates: readonly ReadState[];
}

export type ProposeResult =
  | { readonly kind: "accepted"; readonly index: LogIndex; readonly term: Term }
  | { readonly kind: "not-leader"; readonly leaderHint: NodeId | null }
  | { readonly kind: "dropped"; readonly reason: "uncommitted-bytes-max" | "leader-transfer" | "conf-change-pending" };

/** A membership change, one server at a time (Raft thesis §4.1) or as part of a joint change. */
export type ConfChange =
  /**
   * `address` is the new member's command address (HOST:PORT), opaque to the core: every node
   * learns it when the entry is applied, so it can answer the member at once (etcd carries the
   * member's URLs in its ConfChange context the same way).
   */
  | { readonly kind: "add-learner"; readonly node: NodeId; readonly address?: string }
  | { readonly kind: "add-voter"; readonly node: NodeId; readonly address?: string }
  | { readonly kind: "promote-learner"; readonly node: NodeId }
  | { readonly kind: "remove"; readonly node: NodeId };

/** Everything the core needs to restart exactly where its durable state left it. */
export interface DurableState {
  readonly hardState: HardState;
  /** Latest snapshot (the log is compacted up to and including its index), or null. */
  readonly snapshot: SnapshotMeta | null;
  /** The log after the snapshot, contiguous. */
  readonly entries: readonly Entry[];
  /** Configuration for a brand-new cluster (ignored when snapshot or log carry one). */
  readonly initialConfState: ConfState;
  /**
   * Highest index the application has durably applied (added by the Raft core). Entries up to
   * it are not handed out again in Ready.entriesToApply. Defaults to the snapshot index.
   */
  readonly applied?: LogIndex;
}

export interface Progress {
  readonly match: LogIndex;
  readonly next: LogIndex;
  readonly state: "probe" | "replicate" | "snapshot";
  readonly learner: boolean;
}

export interface Status {
  readonly id: NodeId;
  readonly role: Role;
  readonly leader: NodeId | null;
  readonly term: Term;
  readonly vote: NodeId | null;
  readonly commit: LogIndex;
  readonly applied: LogIndex;
  readonly lastIndex: LogIndex;
  readonly confState: ConfState;
  /** Only on the leader: what it knows of each peer. */
  readonly progress: ReadonlyMap<NodeId, Progress> | null;
  /**
   * Ticks since a follower last heard from its leader (or granted a vote); on a leader, since
   * its last quorum check. With `electionTicks`, the edge tells whether a leader is still heard.
   */
  readonly electionElapsed: number;
  /** The base election timeout, in ticks. */
  readonly electionTicks: number;
}

/** The operations of a Raft core. Pure: no I/O, no clock, no Math.random. */
export interface RaftCore {
  /** One logical clock tick (the edge decides how long a tick is). */
  tick(): void;
  step(message: Message): void;
  propose(data: Uint8Array): ProposeResult;
  proposeConfChange(change: ConfChange): ProposeResult;
  /** Asks for a linearizable read point; answered through Ready.readStates with the same context. */
  readIndex(context: Uint8Array): void;
  transferLeadership(target: NodeId): void;
  /** The application made a snapshot at `index` (already applied): compact the log up to it. */
  compact(index: LogIndex): void;
  /**
   * The configuration in force at `index` (the last applied conf change at or before it), for a
   * snapshot of the state machine taken at that index; null when `index` is before the log's
   * compaction point or after the applied index (not known here).
   */
  configurationAt(index: LogIndex): ConfState | null;
  /** The edge finished (or failed) streaming a snapshot to `peer`. */
  reportSnapshot(peer: NodeId, success: boolean): void;
  reportUnreachable(peer: NodeId): void;
  hasReady(): boolean;
  ready(): Ready;
  advance(ready: Ready): void;
  status(): Status;
}

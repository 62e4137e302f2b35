/**
 * Conversion between the Raft core's Message (src/raft/types.ts) and pb.RaftMessage.
 *
 * raftFromWire is the gateway for Raft traffic: every field is checked here (known message
 * and entry types, integers that are non-negative and exact as JS numbers, non-empty and
 * bounded node ids, bounded counts, append entries contiguous after `index`), so the core
 * can trust what it is stepped with. raftToWire asserts the same rules on what our own core
 * produced: breaking them there is a bug, not a peer's fault.
 *
 * The snapshot chunk fields of the wire message (snapshotOffset, snapshotData, snapshotDone)
 * belong to the edge that streams snapshot bytes; the core sees only the snapshot's metadata.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import {
  logIndex,
  nodeId,
  term,
  type ConfState,
  type Entry,
  type EntryType,
  type Message,
  type MessageType,
  type NodeId,
  type Snapshot,
} from "../raft/types";
import { uint64FromWire, WireError } from "./codec";
import { pb } from "./proto";

/** Node ids are short names (`n1`); a long one is garbage or an attack, not a node. */
export const nodeIdCharsMax = 128;
/** Entries in one append; the frame size bounds bytes, this bounds per-entry work. */
export const entriesPerMessageMax = 16_384;
/** Members of one configuration (voters, learners or outgoing voters). */
export const confMembersMax = 1_024;
/** ReadIndex / transfer context: an opaque token, small by design. */
export const contextBytesMax = 1_024;

assert(nodeIdCharsMax >= 16, "node ids need room for a host-derived name");
assert(entriesPerMessageMax > 0, "an append must be able to carry an entry");
assert(confMembersMax >= 7, "a configuration must fit a usual cluster");
assert(contextBytesMax >= 16, "a context must fit a 128-bit token");

const messageTypeToWire: Readonly<Record<MessageType, pb.RaftMessageType>> = {
  "pre-vote": pb.RaftMessageType.RAFT_PRE_VOTE,
  "pre-vote-response": pb.RaftMessageType.RAFT_PRE_VOTE_RESPONSE,
  vote: pb.RaftMessageType.RAFT_VOTE,
  "vote-response": pb.RaftMessageType.RAFT_VOTE_RESPONSE,
  append: pb.RaftMessageType.RAFT_APPEND,
  "append-response": pb.RaftMessageType.RAFT_APPEND_RESPONSE,
  heartbeat: pb.RaftMessageType.RAFT_HEARTBEAT,
  "heartbeat-response": pb.RaftMessageType.RAFT_HEARTBEAT_RESPONSE,
  snapshot: pb.RaftMessageType.RAFT_SNAPSHOT,
  "snapshot-response": pb.RaftMessageType.RAFT_SNAPSHOT_RESPONSE,
  "timeout-now": pb.RaftMessageType.RAFT_TIMEOUT_NOW,
  "read-index": pb.RaftMessageType.RAFT_READ_INDEX,
  "read-index-response": pb.RaftMessageType.RAFT_READ_INDEX_RESPONSE,
};
const messageTypeFromWire = new Map<number, MessageType>(
  Object.entries(messageTypeToWire).map(([core, wire]) => [wire, core as MessageType]),
);
assert(messageTypeFromWire.size === Object.keys(messageTypeToWire).length, "message types map one to one");
assert(!messageTypeFromWire.has(pb.RaftMessageType.RAFT_UNKNOWN), "RAFT_UNKNOWN is never a valid type");

const entryTypeToWire: Readonly<Record<EntryType, pb.EntryType>> = {
  normal: pb.EntryType.ENTRY_NORMAL,
  "conf-change": pb.EntryType.ENTRY_CONF_CHANGE,
  noop: pb.EntryType.ENTRY_NOOP,
};
const entryTypeFromWire = new Map<number, EntryType>(
  Object.entries(entryTypeToWire).map(([core, wire]) => [wire, core as EntryType]),
);
assert(entryTypeFromWire.size === Object.keys(entryTypeToWire).length, "entry types map one to one");

/**
 * The wire form of a core message. Asserts the core produced a message the gateway accepts.
 * `chunkBytesOf` lets the edge attach, per entry, the chunk bytes that travel beside a chunk
 * reference on the wire only (Entry.chunk_bytes); the core never sees them.
 */
export function raftToWire(message: Message, chunkBytesOf?: (entry: Entry) => Uint8Array | null): pb.RaftMessage.$Shape {
  const shape: pb.RaftMessage.$Shape = {
    type: messageTypeToWire[message.type],
    from: message.from,
    to: message.to,
    term: message.term,
    logTerm: message.logTerm,
    index: message.index,
    entries: message.entries.map((entry) => ({
      term: entry.term,
      index: entry.index,
      type: entryTypeToWire[entry.type],
      data: entry.data,
      chunkBytes: chunkBytesOf?.(entry) ?? undefined,
    })),
    commit: message.commit,
    reject: message.reject,
    rejectHint: message.rejectHint,
    rejectTerm: message.rejectTerm,
    context: message.context,
  };
  if (message.snapshot !== null) shape.snapshot = snapshotToWire(message.snapshot);
  const checked = raftFromWire(shape);
  assert(checked.ok, checked.ok ? "" : `core produced an invalid message: ${checked.error.detail}`);
  return shape;
}

function snapshotToWire(snapshot: Snapshot): pb.SnapshotMeta.$Shape {
  const conf = snapshot.meta.confState;
  return {
    index: snapshot.meta.index,
    term: snapshot.meta.term,
    confState: { voters: [...conf.voters], learners: [...conf.learners], votersOutgoing: [...conf.votersOutgoing] },
  };
}

/** The gateway: a wire message becomes a core message only if every field is acceptable. */
export function raftFromWire(wire: pb.RaftMessage.$Shape): Result<Message, WireError> {
  const type = messageTypeFromWire.get(wire.type ?? pb.RaftMessageType.RAFT_UNKNOWN);
  if (type === undefined) return invalid(`unknown raft message type ${String(wire.type)}`);
  const from = nodeIdFromWire(wire.from, "from");
  if (!from.ok) return from;
  const to = nodeIdFromWire(wire.to, "to");
  if (!to.ok) return to;
  const numbers = numbersFromWire(wire);
  if (!numbers.ok) return numbers;
  const context = bytesFromWire(wire.context);
  if (context.length > contextBytesMax) return invalid(`context of ${context.length} bytes exceeds ${contextBytesMax}`);
  const entries = entriesFromWire(wire.entries ?? [], type, numbers.value);
  if (!entries.ok) return entries;
  const snapshot = snapshotFromWire(wire.snapshot ?? null, type);
  if (!snapshot.ok) return snapshot;
  const n = numbers.value;
  return ok({
    type,
    from: from.value,
    to: to.value,
    term: term(n.term),
    logTerm: term(n.logTerm),
    index: logIndex(n.index),
    entries: entries.value,
    commit: logIndex(n.commit),
    reject: wire.reject ?? false,
    rejectHint: logIndex(n.rejectHint),
    rejectTerm: term(n.rejectTerm),
    context,
    snapshot: snapshot.value,
  });
}

interface MessageNumbers {
  readonly term: number;
  readonly logTerm: number;
  readonly index: number;
  readonly commit: number;
  readonly rejectHint: number;
  readonly rejectTerm: number;
}

function numbersFromWire(wire: pb.RaftMessage.$Shape): Result<MessageNumbers, WireError> {
  const numbers: MessageNumbers = {
    term: uint64FromWire(wire.term),
    logTerm: uint64FromWire(wire.logTerm),
    index: uint64FromWire(wire.index),
    commit: uint64FromWire(wire.commit),
    rejectHint: uint64FromWire(wire.rejectHint),
    rejectTerm: uint64FromWire(wire.rejectTerm),
  };
  for (const [field, value] of Object.entries(numbers)) {
    if (!isWireInteger(value)) return invalid(`${field} ${String(value)} is not a safe non-negative integer`);
  }
  if (numbers.logTerm > numbers.term) return invalid(`logTerm ${numbers.logTerm} exceeds term ${numbers.term}`);
  return ok(numbers);
}

function entriesFromWire(
  wire: readonly pb.Entry.$Properties[],
  type: MessageType,
  numbers: MessageNumbers,
): Result<Entry[], WireError> {
  if (wire.length === 0) return ok([]);
  // Only an append carries entries (Raft §5.3); elsewhere they would be ignored or misread.
  if (type !== "append") return invalid(`${type} carries ${wire.length} entries`);
  if (wire.length > entriesPerMessageMax) return invalid(`${wire.length} entries exceed ${entriesPerMessageMax}`);
  const entries: Entry[] = [];
  let termPrevious = numbers.logTerm;
  for (const [position, entry] of wire.entries()) {
    const entryTerm = uint64FromWire(entry.term);
    const entryIndex = uint64FromWire(entry.index);
    const entryType = entryTypeFromWire.get(entry.type ?? pb.EntryType.ENTRY_NORMAL);
    if (entryType === undefined) return invalid(`entry ${position}: unknown type ${String(entry.type)}`);
    if (!isWireInteger(entryTerm) || !isWireInteger(entryIndex)) return invalid(`entry ${position}: term or index out of range`);
    // The entries follow the one at `index` with no gap (log matching, Raft §5.3) ...
    if (entryIndex !== numbers.index + 1 + position) return invalid(`entry ${position}: index ${entryIndex} is not contiguous after ${numbers.index}`);
    // ... and terms in a log never decrease, nor exceed the sender's term (Raft §5.3, §5.4).
    if (entryTerm < termPrevious) return invalid(`entry ${position}: term ${entryTerm} decreases`);
    if (entryTerm > numbers.term) return invalid(`entry ${position}: term ${entryTerm} exceeds the message term`);
    termPrevious = entryTerm;
    entries.push({ term: term(entryTerm), index: logIndex(entryIndex), type: entryType, data: bytesFromWire(entry.data) });
  }
  assert(entries.length === wire.length, "every wire entry converted");
  return ok(entries);
}

function snapshotFromWire(
  wire: pb.SnapshotMeta.$Properties | null,
  type: MessageType,
): Result<Snapshot | null, WireError> {
  if (type !== "snapshot") {
    if (wire !== null) return invalid(`${type} carries snapshot metadata`);
    return ok(null);
  }
  if (wire === null) return invalid("snapshot message without metadata");
  const index = uint64FromWire(wire.index);
  const snapshotTerm = uint64FromWire(wire.term);
  if (!isWireInteger(index) || !isWireInteger(snapshotTerm)) return invalid("snapshot index or term out of range");
  const confState = confStateFromWire(wire.confState ?? null);
  if (!confState.ok) return confState;
  return ok({ meta: { index: logIndex(index), term: term(snapshotTerm), confState: confState.value } });
}

function confStateFromWire(wire: pb.ConfState.$Properties | null): Result<ConfState, WireError> {
  if (wire === null) return invalid("snapshot metadata without a configuration");
  const lists = { voters: wire.voters ?? [], learners: wire.learners ?? [], votersOutgoing: wire.votersOutgoing ?? [] };
  const converted: Record<keyof typeof lists, NodeId[]> = { voters: [], learners: [], votersOutgoing: [] };
  for (const key of ["voters", "learners", "votersOutgoing"] as const) {
    const list = lists[key];
    if (list.length > confMembersMax) return invalid(`${key}: ${list.length} members exceed ${confMembersMax}`);
    for (const member of list) {
      const id = nodeIdFromWire(member, key);
      if (!id.ok) return id;
      converted[key].push(id.value);
    }
  }
  if (converted.voters.length === 0) return invalid("snapshot configuration has no voters");
  return ok(converted);
}

function nodeIdFromWire(value: string | undefined, field: string): Result<NodeId, WireError> {
  const id = value ?? "";
  if (id.length === 0) return invalid(`${field}: empty node id`);
  if (id.length > nodeIdCharsMax) return invalid(`${field}: node id of ${id.length} characters exceeds ${nodeIdCharsMax}`);
  return ok(nodeId(id));
}

/**
 * A copy, never a view: decoded bytes are views into the whole frame, and the core keeps entry
 * data in its in-memory log, so a view would pin every frame it came in — chunk bytes
 * included — for as long as the entry lives (memory growing with the data written).
 */
function bytesFromWire(value: Uint8Array | undefined | null): Uint8Array {
  if (value === undefined || value === null) return new Uint8Array(0);
  // A plain Uint8Array (protobufjs hands out Buffers under Bun), and a copy: Buffer.slice would not be.
  return new Uint8Array(value);
}

/** uint64 arrives as a number once Long is off; above 2^53 it is no longer exact. */
function isWireInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function invalid(detail: string): { readonly ok: false; readonly error: WireError } {
  return err(new WireError("invalid-field", detail));
}

/**
 * The wire-only chunk bytes of each entry, by position (null: none), for the receiving edge
 * to store before it steps the message. Call after raftFromWire accepted the message; the
 * frame bound already limits their size, and the edge checks each against its digest.
 */
export function entryChunkBytesFromWire(wire: pb.RaftMessage.$Shape): (Uint8Array | null)[] {
  return (wire.entries ?? []).map((entry) => {
    const bytes = entry.chunkBytes;
    if (bytes === undefined || bytes === null || bytes.length === 0) return null;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
}

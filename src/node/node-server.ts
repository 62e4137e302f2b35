/**
 * The node's command port: Raft messages from peers, and chunk fetches from clients. Raft
 * messages from one connection are handled strictly in order (a chunk's bytes are made
 * durable before its entry reaches the core); while a connection's backlog is at its bound,
 * reading from it pauses, which pushes back through TCP to the sender.
 */
import { allowed, describePrincipal, type Operation, type Principal } from "../auth/client-keys";
import type { AcceptorSecrets } from "../auth/handshake";
import { assert, assertNever } from "../lib/assert";
import { BufferPool } from "../lib/buffer-pool";
import type { Logger } from "../lib/logger";
import { chunkMetrics } from "../metrics/metrics";
import { listen, type Server, type TlsMaterial } from "../net/channel";
import type { Connection } from "../net/connection";
import { digestFromBytes, digestToBytes, type Digest } from "../files/digest";
import { isChunkCorrupt } from "../storage/errors";
import type { Storage } from "../storage/storage";
import { verifiedPayload, type Envelope } from "../wire/codec";
import { pb } from "../wire/proto";
import { raftFromWire } from "../wire/raft-codec";
import { commandOf } from "./applier";
import { ArrivalOrder } from "./arrival-order";
import type { BackupServer } from "./backup-server";
import type { SnapshotStaging } from "./snapshot-transfer";
import type { Entry, Message } from "../raft/types";
import type { VerifiedChunk } from "../files/verified";
import { queueMemberId } from "../cli/credentials";

/** Raft messages from one connection waiting to be handled before reading pauses. */
export const connectionBacklogMax = 64;
/** A client connection with nothing outstanding is closed after this long (members keep theirs busy). */
export const nodeIdleTimeoutMs = 5 * 60_000;
/**
 * Chunks being read or sent at once, over every connection: each holds one reused buffer until
 * the socket has taken its bytes, so serving costs at most this many chunk buffers of memory.
 * Eight keep a reader's pipeline full (a client asks each node for several chunks at a time).
 */
export const chunkServesMax = 8;
/** Chunk fetches waiting for a buffer; beyond it the node answers BUSY (the reader asks another node). */
export const chunkServeWaitersMax = 1024;
/** The longest a chunk's answer may wait for room in a slow reader's outbox. */
export const chunkReplyTimeoutMs = 10_000;

export interface NodeServerOptions {
  readonly hostname: string;
  readonly port: number;
  readonly frameBytesMax: number;
  readonly secrets: AcceptorSecrets;
  readonly tls: TlsMaterial | null;
  readonly storage: Storage;
  /** The chunk size this node serves most (--chunk-size): its reused read buffers are this large. */
  readonly chunkBytes: number;
  /** Hands a Raft message to the driver loop (false: dropped, the inbox is full or not there yet). */
  readonly deliver: (message: Message) => boolean;
  /** Whether this Raft message may reach the core (see raftAdmitted in main.ts: members, and a leader we do not know yet). */
  readonly acceptsRaft: (message: Message) => boolean;
  /** Where snapshot bytes from the leader are staged until the core takes the snapshot. */
  readonly staging: Pick<SnapshotStaging, "receive">;
  /** Serves backups (gossamer backup) from this node's store. */
  readonly backups?: BackupServer;
  /** An edge list from a queue server (discovery's answer); true when it was taken. */
  readonly onEdgeList?: (edgeList: pb.EdgeList.$Shape) => boolean;
  /** This node's copy of a chunk is corrupt or missing where it should be: repair it (chunk-repair.ts). */
  readonly onBadChunk?: (digest: Digest, source: "read" | "receive") => void;
  readonly logger: Logger;
}

/** What each request to a node needs the peer to be allowed. */
const operationOf: Partial<Record<NonNullable<Envelope["body"]>, Operation>> = {
  raft: "raft",
  chunkFetch: "chunk-fetch",
  ping: "raft",
  edgeList: "edge-list",
  backupRead: "backup",
};

export function startNodeServer(options: NodeServerOptions): Server {
  // A byte more than a chunk: reading a full chunk then ends short of the buffer, which proves
  // the file's end without a stat (src/storage/chunk-files.ts, read).
  const buffers = new BufferPool(options.chunkBytes + 1, chunkServesMax, chunkServeWaitersMax);
  const backlog = new Map<Connection, ArrivalOrder>();
  const onEnvelope = (connection: Connection, envelope: Envelope): void => {
    const principal = connection.principal;
    if (principal === null) return connection.close();
    const operation = envelope.body === undefined ? undefined : operationOf[envelope.body];
    if (operation === undefined) {
      return void connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: `a node does not serve ${envelope.body}` } });
    }
    if (!allowed(principal, operation)) return refuse(options, connection, envelope, principal, operation);
    if (envelope.body === "raft") {
      const order = backlog.get(connection) ?? new ArrivalOrder();
      backlog.set(connection, order);
      // Chunk bytes go to the store at once, beside the earlier messages' (one sync may cover
      // several messages); the message reaches the driver loop in its connection's order.
      const stored = storeRaft(options, connection, envelope, principal);
      void order.add(stored, async (ready) => await finishRaft(options, connection, ready), () => {
        if (order.size === connectionBacklogMax - 1) connection.resumeReading();
      });
      if (order.size >= connectionBacklogMax) connection.pauseReading();
      return;
    }
    if (envelope.body === "chunkFetch") return void serveChunk(options, buffers, connection, envelope);
    if (envelope.body === "ping") return void connection.reply(envelope, { ack: {} });
    if (envelope.body === "backupRead" && options.backups !== undefined) return void options.backups.serve(connection, envelope);
    if (envelope.body === "edgeList" && principal.kind === "member" && principal.id === queueMemberId && options.onEdgeList !== undefined) {
      const taken = options.onEdgeList(envelope.edgeList ?? {});
      connection.reply(envelope, taken ? { ack: {} } : { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: "edge list refused" } });
      return;
    }
    connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: `a node takes ${envelope.body} only from a queue server` } });
  };
  const started = listen({
    hostname: options.hostname, port: options.port, frameBytesMax: options.frameBytesMax, logger: options.logger, onEnvelope,
    secrets: options.secrets, tls: options.tls, idleTimeoutMs: nodeIdleTimeoutMs,
    onClose: (connection) => backlog.delete(connection),
  });
  if (!started.ok) throw started.error;
  return started.value;
}

/** A peer asked for what its role does not allow: refuse it, and close a connection that tried to act as a member. */
function refuse(options: NodeServerOptions, connection: Connection, envelope: Envelope, principal: Principal, operation: Operation): void {
  options.logger.warn("auth.refused", { peer: connection.peer, principal: describePrincipal(principal), operation });
  if (envelope.requestId !== 0) connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: `${describePrincipal(principal)} may not ${operation}` } });
  else connection.close();
}

async function storeRaft(options: NodeServerOptions, connection: Connection, envelope: Envelope, principal: Principal): Promise<AdmittedRaftMessage> {
  const wire = envelope.raft;
  if (wire === null || wire === undefined) return { kind: "ignored" };
  return await storeRaftChunks(options, wire, principal.kind === "member" ? principal.id : "", connection.peer);
}

async function finishRaft(options: NodeServerOptions, connection: Connection, stored: AdmittedRaftMessage): Promise<void> {
  if (!(await finishRaftMessage(options, stored))) connection.close();
}

/** What taking in a Raft message needs: the node server's options, or the simulator's node (test/sim). */
export type RaftReceiver = Pick<NodeServerOptions, "storage" | "deliver" | "acceptsRaft" | "staging" | "onBadChunk" | "logger">;

/**
 * One Raft message from `peer` (the member its connection authenticated as; `peerAddress` for
 * the logs), handled in order per connection: chunk bytes into the chunk store, durably, then
 * the message to the driver loop. False when the message is malformed or claims to come from
 * someone else: the caller closes the connection. (The node server runs the same steps in two
 * halves, storeRaftChunks as a message arrives and finishRaftMessage in order; the simulator
 * runs this.)
 */
export async function receiveRaftMessage(receiver: RaftReceiver, wire: pb.RaftMessage.$Shape, peer: string, peerAddress: string): Promise<boolean> {
  const admitted = admitRaft(receiver, wire, peer, peerAddress);
  if (admitted.kind !== "entries") return await finishRaftMessage(receiver, admitted);
  const carried = chunksCarried(admitted);
  // Awaited only when a chunk came without its own bytes: the common path takes no extra turn.
  if (!heldAsCarried(carried) && !(await chunksHeld(receiver, admitted, carried))) return true;
  await storeChunks(receiver, carried.good);
  receiver.deliver(admitted.message);
  return true;
}

/** A Raft message checked at the gateway, not yet handed to the driver loop. */
export type AdmittedRaftMessage =
  | { readonly kind: "malformed" }
  | { readonly kind: "ignored" }
  | { readonly kind: "snapshot"; readonly message: Message; readonly wire: pb.RaftMessage.$Shape; readonly peer: string }
  | { readonly kind: "entries"; readonly message: Message; readonly wire: pb.RaftMessage.$Shape; readonly peerAddress: string };

type AdmittedEntries = Extract<AdmittedRaftMessage, { kind: "entries" }>;

function admitRaft(receiver: RaftReceiver, wire: pb.RaftMessage.$Shape, peer: string, peerAddress: string): AdmittedRaftMessage {
  const message = raftFromWire(wire);
  if (!message.ok || message.value.from !== peer) {
    const reason = message.ok ? `message from ${message.value.from} on a connection of ${peer === "" ? "a non-member" : peer}` : message.error.message;
    receiver.logger.warn("raft.bad-message", { peer: peerAddress, reason });
    return { kind: "malformed" };
  }
  if (!receiver.acceptsRaft(message.value)) {
    // A removed node, or one that never was a member: its terms must not disturb the cluster.
    receiver.logger.debug("raft.from-non-member", { from: peer, type: message.value.type, term: message.value.term });
    return { kind: "ignored" };
  }
  if (message.value.type === "snapshot") return { kind: "snapshot", message: message.value, wire, peer };
  return { kind: "entries", message: message.value, wire, peerAddress };
}

/** The message's chunk entries: those whose bytes came with them, without, or with another chunk's. */
interface ChunksCarried {
  readonly good: readonly VerifiedChunk[];
  readonly missing: readonly Entry[];
  readonly wrong: Entry | null;
}

function chunksCarried(admitted: AdmittedEntries): ChunksCarried {
  const good: VerifiedChunk[] = [];
  const missing: Entry[] = [];
  let wrong: Entry | null = null;
  for (const [i, entry] of admitted.message.entries.entries()) {
    const command = commandOf(entry);
    if (command?.kind !== "chunk") continue;
    // The codec checked the bytes against the digest they travelled with: is it the entry's?
    const verified = verifiedPayload(admitted.wire.entries?.[i]?.chunkBytes);
    if (verified === null) missing.push(entry);
    else if (verified.digest === command.digest) good.push(verified);
    else wrong ??= entry;
  }
  return { good, missing, wrong };
}

/** Whether every chunk entry came with its own bytes (nothing to look up). */
function heldAsCarried(carried: ChunksCarried): boolean {
  return carried.wrong === null && carried.missing.length === 0;
}

/**
 * Whether every chunk entry came with its own bytes or names a chunk stored here. When not,
 * the leader could not attach them (its copy is bad, and it is repairing it) or sent another
 * chunk's: the message is dropped, the leader sends it again, and a peer may have the chunk.
 */
async function chunksHeld(receiver: RaftReceiver, admitted: AdmittedEntries, carried: ChunksCarried): Promise<boolean> {
  if (carried.wrong !== null) {
    receiver.logger.warn("raft.chunk-corrupt", { peer: admitted.peerAddress, index: carried.wrong.index });
    return false;
  }
  for (const entry of carried.missing) {
    const command = commandOf(entry);
    assert(command?.kind === "chunk", "a missing chunk is a chunk entry's");
    if (await receiver.storage.hasChunk(command.digest)) continue;
    receiver.logger.warn("raft.chunk-missing", { peer: admitted.peerAddress, index: entry.index });
    receiver.onBadChunk?.(command.digest, "receive");
    return false;
  }
  return true;
}

/** Chunk bytes first, durably, so the entry the core persists never names a missing chunk; together, so one sync covers them. */
async function storeChunks(receiver: RaftReceiver, chunks: readonly VerifiedChunk[]): Promise<void> {
  // Bounded by the message: its entries fit in one frame.
  await Promise.all(chunks.map(async (chunk) => {
    await receiver.storage.putVerifiedChunk(chunk);
    chunkMetrics.chunksIn.with({ path: "replication" }).inc();
    chunkMetrics.bytesIn.with({ path: "replication" }).inc(chunk.bytes.length);
  }));
}

/**
 * The early half, as a message arrives: checks it and stores the chunk bytes it carries. It may
 * run ahead of the connection's earlier messages, so their chunks share a sync of the store.
 */
export async function storeRaftChunks(receiver: RaftReceiver, wire: pb.RaftMessage.$Shape, peer: string, peerAddress: string): Promise<AdmittedRaftMessage> {
  const admitted = admitRaft(receiver, wire, peer, peerAddress);
  if (admitted.kind === "entries") await storeChunks(receiver, chunksCarried(admitted).good);
  return admitted;
}

/**
 * The late half, in the connection's order: a snapshot piece to the staging, or entries to the
 * driver loop once every chunk they name is here (earlier messages have finished storing
 * theirs). False: close the connection.
 */
export async function finishRaftMessage(receiver: RaftReceiver, admitted: AdmittedRaftMessage): Promise<boolean> {
  switch (admitted.kind) {
    case "malformed": return false;
    case "ignored": return true;
    case "snapshot": {
      const staged = await receiver.staging.receive(admitted.wire);
      if (staged === "refused") receiver.logger.warn("snapshot.piece-refused", { peer: admitted.peer, offset: admitted.wire.snapshotOffset ?? 0 });
      if (staged === "complete") receiver.deliver(admitted.message);
      return true;
    }
    case "entries": {
      const carried = chunksCarried(admitted);
      if (heldAsCarried(carried) || (await chunksHeld(receiver, admitted, carried))) receiver.deliver(admitted.message);
      return true;
    }
    default: return assertNever(admitted);
  }
}

/**
 * Answers a ChunkFetch with the stored bytes as they are, read into a reused buffer that goes
 * back to the pool once the socket has taken them: no hash and no fresh buffer per read. The
 * reader's codec checks the bytes against the digest sent with them (a rotted copy fails that
 * request as `corrupt` and the reader asks the next node), and the scrub checks what rests on
 * disk. `verify` asks for the check here (the verify verb, or a reader that met a bad copy):
 * a bad copy is then answered INTERNAL at once and repaired.
 */
async function serveChunk(options: NodeServerOptions, buffers: BufferPool, connection: Connection, envelope: Envelope): Promise<void> {
  const digest = digestFromBytes(envelope.chunkFetch?.digest);
  if (digest === null) {
    connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: "chunk digest must be 32 bytes" } });
    return;
  }
  if (envelope.chunkFetch?.verify === true) return await serveVerifiedChunk(options, connection, envelope, digest);
  const waiting = buffers.take();
  if (waiting === null) {
    connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_BUSY, message: `${chunkServeWaitersMax} chunk reads waiting on this node`, retryAfterMs: 100 } });
    return;
  }
  const buffer = await waiting;
  const release = (): void => buffers.give(buffer);
  let data: Uint8Array | null;
  try {
    data = await options.storage.readChunk(digest, buffer);
  } catch (error: unknown) {
    release();
    throw error;
  }
  if (data === null) {
    release();
    connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_NOT_FOUND, message: `no chunk ${digest} on this node` } });
    return;
  }
  countServed(data.length);
  await connection.replyAsync(envelope, { chunkData: { digest: digestToBytes(digest), data } }, chunkReplyTimeoutMs, release);
}

async function serveVerifiedChunk(options: NodeServerOptions, connection: Connection, envelope: Envelope, digest: Digest): Promise<void> {
  let data: Uint8Array | null;
  try {
    data = await options.storage.getChunk(digest);
  } catch (error: unknown) {
    if (!isChunkCorrupt(error)) throw error;
    // Answer at once, so the client asks the next node now rather than at its timeout.
    options.logger.warn("chunk.corrupt", { digest, source: "read" });
    options.onBadChunk?.(digest, "read");
    connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_INTERNAL, message: `chunk ${digest} is corrupt on this node (repairing it)` } });
    return;
  }
  if (data === null) {
    connection.reply(envelope, { error: { code: pb.ErrorCode.ERROR_NOT_FOUND, message: `no chunk ${digest} on this node` } });
    return;
  }
  countServed(data.length);
  await connection.replyAsync(envelope, { chunkData: { digest: digestToBytes(digest), data } }, chunkReplyTimeoutMs);
}

function countServed(bytes: number): void {
  chunkMetrics.chunksOut.with({ path: "download" }).inc();
  chunkMetrics.bytesOut.with({ path: "download" }).inc(bytes);
}

/**
 * Carries Raft messages between nodes. The core's log holds only chunk digests; on the way
 * out, an append's chunk entries get their bytes from the chunk store (`Entry.chunk_bytes`),
 * and an append too large for one frame is split into consecutive appends — equivalent for
 * the follower to a pipelined leader, since each part's consistency check names the entry
 * just before it. Each peer has a bounded queue: when it is full, messages are dropped, which
 * Raft tolerates (the leader retries), where a growing queue would not be tolerated.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { RingBuffer } from "../lib/ring-buffer";
import { chunkMetrics } from "../metrics/metrics";
import type { Message, NodeId } from "../raft/types";
import { isChunkCorrupt } from "../storage/errors";
import type { Storage } from "../storage/storage";
import { raftToWire } from "../wire/raft-codec";
import { digestToBytes, type Digest } from "../files/digest";
import type { pb } from "../wire/proto";
import { commandOf } from "./applier";
import type { PeerLink } from "./peer-link";
import type { ChunkMemory } from "./chunk-memory";
import type { HostPort } from "../cli/host-port";

/** Messages waiting for one peer. Heartbeats and appends beyond this are dropped. */
export const peerQueueMessagesMax = 1024;
/** How long one send may wait for room in the connection's outbox before the message is dropped. */
export const peerSendTimeoutMs = 2_000;
/** Room kept in a frame for everything in an append but chunk bytes. */
export const appendOverheadBytes = 32 << 10;

/**
 * What the transport needs of a link to a peer: a PeerLink in production; the simulator's
 * network stands in for it (test/sim), so this transport runs there as it is.
 */
export type RaftLink = Pick<PeerLink, "send" | "connected" | "close">;

export interface RaftTransportOptions {
  readonly self: NodeId;
  readonly storage: Storage;
  readonly frameBytesMax: number;
  readonly logger: Logger;
  readonly linkFor: (peer: NodeId, address: HostPort) => RaftLink;
  /** A snapshot for a follower: streamed by the edge on a connection of its own (snapshot-transfer.ts). */
  readonly onSnapshot: (message: Message, address: HostPort) => void;
  /** This node's copy of a chunk to replicate is corrupt or missing: repair it (chunk-repair.ts). */
  readonly onBadChunk?: (digest: Digest) => void;
  /** Chunks this leader just took in: appends carry their bytes from memory, not the disk. */
  readonly chunkMemory?: ChunkMemory;
}

interface Peer {
  readonly link: RaftLink;
  readonly queue: RingBuffer<Message>;
  pumping: boolean;
}

export class RaftTransport {
  private readonly peers = new Map<NodeId, Peer & { readonly address: HostPort }>();
  dropped = 0;

  constructor(private readonly options: RaftTransportOptions) {
    assert(options.frameBytesMax > appendOverheadBytes, "a frame holds an append's overhead");
  }

  /** Sets the addresses of the other members; links to removed peers are closed. */
  setPeers(addresses: ReadonlyMap<NodeId, HostPort>): void {
    for (const [id, peer] of this.peers) {
      const address = addresses.get(id);
      if (address !== undefined && address.host === peer.address.host && address.port === peer.address.port) continue;
      peer.link.close();
      this.peers.delete(id);
    }
    for (const [id, address] of addresses) {
      if (id === this.options.self || this.peers.has(id)) continue;
      this.peers.set(id, { link: this.options.linkFor(id, address), address, queue: new RingBuffer(peerQueueMessagesMax), pumping: false });
    }
  }

  /** Whether messages to `peer` have an open connection to go on. */
  connected(peer: NodeId): boolean {
    return this.peers.get(peer)?.link.connected ?? false;
  }

  send(messages: readonly Message[]): void {
    for (const message of messages) {
      const peer = this.peers.get(message.to);
      if (peer !== undefined && message.type === "snapshot") {
        this.options.onSnapshot(message, peer.address);
        continue;
      }
      if (peer === undefined || peer.queue.full()) {
        this.dropped += 1;
        continue;
      }
      peer.queue.push(message);
      if (!peer.pumping) void this.pump(peer);
    }
  }

  close(): void {
    for (const peer of this.peers.values()) peer.link.close();
    this.peers.clear();
  }

  /** Sends one peer's queue in order; one pump per peer at a time. */
  private async pump(peer: Peer): Promise<void> {
    peer.pumping = true;
    try {
      for (let message = peer.queue.shift(); message !== undefined; message = peer.queue.shift()) {
        for await (const wire of this.wireParts(message)) {
          const sent = await peer.link.send({ raft: wire }, peerSendTimeoutMs);
          if (!sent.ok) {
            this.dropped += 1;
            break;
          }
        }
      }
    } catch (error: unknown) {
      this.options.logger.error("raft.send-failed", { error });
    } finally {
      peer.pumping = false;
    }
  }

  /**
   * The wire form, one frame at a time: chunk bytes attached, an append split into parts that
   * fit the frame bound. A generator, so only the part being sent holds chunk bytes: one core
   * append may name many chunks (the core counts digests, not the bytes behind them).
   */
  private async *wireParts(message: Message): AsyncGenerator<pb.RaftMessage.$Shape> {
    if (message.type !== "append" || message.entries.length === 0) {
      yield raftToWire(message);
      return;
    }
    const budget = this.options.frameBytesMax - appendOverheadBytes;
    const header = raftToWire({ ...message, entries: [] });
    const wire = raftToWire(message).entries ?? [];
    let entries: pb.Entry.$Shape[] = [];
    let bytes = 0;
    let partPrevious = { index: message.index, term: message.logTerm };
    for (let i = 0; i < message.entries.length; i += 1) {
      const entry = message.entries[i];
      const wireEntry = wire[i];
      assert(entry !== undefined && wireEntry !== undefined, "wire entries match core entries");
      const chunk = await this.chunkOf(entry);
      const size = entry.data.length + (chunk?.bytes.length ?? 0);
      if (bytes + size > budget && entries.length > 0) {
        yield { ...header, index: partPrevious.index, logTerm: partPrevious.term, entries };
        const last = message.entries[i - 1];
        assert(last !== undefined, "a part ends at the entry before this one");
        partPrevious = { index: last.index, term: last.term };
        entries = [];
        bytes = 0;
      }
      // The digest travels with the bytes (the receiver checks them against it): no hashing here.
      entries.push(chunk === null ? wireEntry : { ...wireEntry, chunkBytes: chunk.bytes, chunkDigest: digestToBytes(chunk.digest) });
      bytes += size;
    }
    yield { ...header, index: partPrevious.index, logTerm: partPrevious.term, entries };
  }

  private async chunkOf(entry: Message["entries"][number]): Promise<{ readonly bytes: Uint8Array; readonly digest: Digest } | null> {
    const command = commandOf(entry);
    if (command?.kind !== "chunk") return null;
    // A chunk the leader just took in is still in memory: no disk read and no hash per follower.
    const remembered = this.options.chunkMemory?.recall(command.digest) ?? null;
    if (remembered !== null) {
      chunkMetrics.chunksOut.with({ path: "replication" }).inc();
      chunkMetrics.bytesOut.with({ path: "replication" }).inc(remembered.bytes.length);
      return remembered;
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await this.options.storage.getChunk(command.digest);
    } catch (error: unknown) {
      if (!isChunkCorrupt(error)) throw error;
      bytes = null;
    }
    if (bytes === null) {
      // The chunk was durable before its entry was, so this copy rotted or was lost. Send the
      // entry without it (a follower that has the chunk goes on; one that has not drops the
      // append and asks its peers) and repair ours from a peer; Raft sends the entry again.
      this.options.logger.warn("chunk.bad-for-replication", { digest: command.digest, index: entry.index });
      this.options.onBadChunk?.(command.digest);
      return null;
    }
    chunkMetrics.chunksOut.with({ path: "replication" }).inc();
    chunkMetrics.bytesOut.with({ path: "replication" }).inc(bytes.length);
    return { bytes, digest: command.digest };
  }
}

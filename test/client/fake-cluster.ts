/**
 * A fake queue server and fake nodes for the client tests: real TCP (src/net's listen, so the
 * frames are real frames), implementing just enough of docs/protocol.md to drive every client
 * path, with knobs to misbehave (BUSY, corrupt-pretending, forgetting an upload, serving a bad
 * or missing chunk) and records of exactly what arrived. Not a model of the real servers'
 * internals: no Raft, no spool; files live in memory (or as digests only, for big files).
 */
import { assert } from "../../src/lib/assert";
import { silentLogger } from "../../src/lib/logger";
import { listen, type Server } from "../../src/net/channel";
import type { Connection } from "../../src/net/connection";
import type { Envelope, EnvelopeShape } from "../../src/wire/codec";
import { uint64FromWire } from "../../src/wire/codec";
import { pb } from "../../src/wire/proto";
import { digestOf } from "../../src/files/sha256";
import { fitsInline } from "../../src/files/limits";
import { serverSecrets } from "../helpers/auth";

/** Hex of raw wire digest bytes (the fake servers speak the wire). */
function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}


export const testCluster = "testcluster";
export const testSecret = "test-secret";

/** A file the fake cluster holds: its manifest and, unless it is digests-only, its chunks. */
export interface StoredFile {
  readonly manifest: pb.Manifest.$Shape;
  /** Chunk bytes by digest (hex); absent for files stored as digests only. */
  readonly chunks: Map<string, Uint8Array> | null;
}

/** Serves a chunk's bytes by digest: the cluster's content-addressed store, shared by the fake nodes. */
export type ChunkSource = (digestHex: string) => Uint8Array | undefined | Promise<Uint8Array | undefined>;

interface Upload {
  readonly id: number;
  readonly manifest: pb.Manifest.$Shape;
  readonly chunks: (Uint8Array | null)[];
  /** Which chunks arrived intact (digest and size checked). */
  readonly intact: Uint8Array;
  /** Every chunk index received, in arrival order, over the whole upload. */
  readonly arrivals: number[];
  /** The WriteBegin's write id (hex), or "" when it carried none. */
  readonly writeId: string;
  round: number;
}

export interface FakeQueueOptions {
  /** Refuse the WriteBegin of these names (BAD_REQUEST). */
  refuseNames?: readonly string[];
  /** Answer the first `busyBegins` WriteBegins with BUSY (retry_after_ms = 20). */
  busyBegins?: number;
  /** Pretend an intact chunk was corrupt (record it as still needed). `arrival` counts from 0. */
  pretendCorrupt?: (index: number, arrival: number) => boolean;
  /** Forget the upload (answer NOT_FOUND) on the WriteChunk arriving as this count overall, once. */
  forgetAtChunk?: number;
  /** Close the client's connection when the WriteChunk arriving as this count overall comes in, once (a restart). */
  closeAtChunk?: number;
  /** Keep chunk bytes (default true); false keeps digests only, for big-file memory tests. */
  keepBytes?: boolean;
  /** Delay every Ack by this many ms, so client concurrency is observable. */
  ackDelayMs?: number;
  /** Answer WriteRoundDone's completion with this ErrorReply instead of WriteDone. */
  commitError?: pb.ErrorCode;
  /**
   * At the completing WriteRoundDone, commit the file but never answer ("silent", the answer
   * lost) or close the connection ("close", the queue server died after handing the write on).
   */
  lostCommitAnswer?: "silent" | "close";
  /** Lose only this many commits' answers (default: every one). */
  lostCommitAnswersMax?: number;
  /** With a lost answer, stop listening too: the queue server is gone for good. */
  stopWithLostAnswer?: boolean;
  /**
   * What a read answer carries of a small file (one chunk up to inlineBytesMax), as a node's
   * does: its content ("whole", the default), none ("none"), or its content with one byte
   * flipped ("corrupt": rot in the serving node's copy).
   */
  inlineReads?: "whole" | "none" | "corrupt";
}

export class FakeQueue {
  readonly files = new Map<string, StoredFile>();
  readonly requests: string[] = [];
  /** Per upload id: chunk indices in arrival order. */
  readonly uploads = new Map<number, Upload>();
  /** The write id (hex, "" for none) of every WriteBegin, in order. */
  readonly writeIds: string[] = [];
  /** What each write id committed, as the state machine remembers it: a repeat is answered with it. */
  readonly committedByWriteId = new Map<string, pb.Manifest.$Shape>();
  private commitAnswersLost = 0;
  /** The bytes of the last committed upload, by index, when kept. */
  lastCommitted: StoredFile | null = null;
  chunksOutstandingPeak = 0;
  removedNodes: string[] = [];
  nodes: { id: string; address: string }[] = [];
  readonly options: FakeQueueOptions;
  private server: Server | null = null;
  private readonly connections = new Set<Connection>();
  private uploadIdNext = 1;
  private begins = 0;
  private chunkArrivals = 0;
  private chunksOutstanding = 0;
  private forgotten = false;
  private versionNext = 1;

  constructor(options: FakeQueueOptions = {}) {
    this.options = options;
  }

  get port(): number {
    assert(this.server !== null, "started");
    return this.server.port;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  start(frameBytesMax = (1 << 20) + (64 << 10)): this {
    const server = listen({
      hostname: "127.0.0.1",
      port: 0,
      frameBytesMax,
      logger: silentLogger,
      secrets: serverSecrets({ cluster: testCluster, secret: testSecret, selfId: "queue" }),
      onOpen: (connection) => {
        this.requests.push("handshake");
        this.connections.add(connection);
      },
      onClose: (connection) => this.connections.delete(connection),
      onEnvelope: (connection, envelope) => void this.respond(connection, envelope),
    });
    assert(server.ok, "fake queue listens");
    this.server = server.value;
    return this;
  }

  stop(): void {
    this.server?.stop();
    this.server = null;
  }

  /** Closes every client connection but keeps listening (a connection killed under its client). */
  closeConnections(): void {
    for (const connection of [...this.connections]) connection.close();
  }

  /** Completed handshakes so far: one per connection a client opened. */
  get handshakes(): number {
    return this.requests.filter((request) => request === "handshake").length;
  }

  /** Every chunk index the upload received, in arrival order. */
  arrivalsOf(uploadId: number): readonly number[] {
    return this.uploads.get(uploadId)?.arrivals ?? [];
  }

  private async respond(connection: Connection, envelope: Envelope): Promise<void> {
    const answer = await this.handle(connection, envelope);
    const sent = await connection.replyAsync(envelope, answer, 10_000);
    if (!sent.ok) connection.close();
  }

  private async handle(connection: Connection, envelope: Envelope): Promise<EnvelopeShape> {
    this.requests.push(envelope.body ?? "none");
    switch (envelope.body) {
      case "writeBegin": {
        // A small file sent whole is committed at once: its WriteBegin gets the last round's answer.
        const answer = this.begin(envelope.writeBegin);
        return answer.writeNeed === undefined ? await this.answerCommit(connection, answer) : answer;
      }
      case "writeChunk":
        if (this.chunkArrivals + 1 === this.options.closeAtChunk) {
          // A restarted queue server forgets its uploads and its connections.
          this.chunkArrivals += 1;
          this.uploads.clear();
          connection.close();
          return { ack: {} };
        }
        return this.chunk(envelope.writeChunk);
      case "writeRoundDone":
        return await this.answerCommit(connection, this.roundDone(envelope.writeRoundDone));
      case "read":
        return this.read(envelope.read);
      case "list":
        return { listResponse: { files: [...this.files.values()].map((file) => file.manifest).filter((manifest) => (manifest.name ?? "").startsWith(envelope.list.prefix ?? "")) } };
      case "remove":
        return { removeResponse: { existed: this.files.delete(envelope.remove.name ?? "") } };
      case "status":
        return { statusResponse: this.status() };
      case "removeNode":
        this.removedNodes.push(envelope.removeNode.nodeId ?? "");
        return { ack: {} };
      default:
        return errorShape(pb.ErrorCode.ERROR_BAD_REQUEST, `unexpected ${String(envelope.body)}`);
    }
  }

  /** A commit's answer, or none (lostCommitAnswer). */
  private async answerCommit(connection: Connection, answer: EnvelopeShape): Promise<EnvelopeShape> {
    if (answer.writeDone === undefined || this.options.lostCommitAnswer === undefined) return answer;
    if (this.commitAnswersLost >= (this.options.lostCommitAnswersMax ?? Number.POSITIVE_INFINITY)) return answer;
    this.commitAnswersLost += 1;
    if (this.options.stopWithLostAnswer === true) this.stop();
    if (this.options.lostCommitAnswer === "close") connection.close();
    return await new Promise<EnvelopeShape>(() => undefined);
  }

  private begin(begin: pb.WriteBegin.$Shape): EnvelopeShape {
    this.begins += 1;
    if (this.begins <= (this.options.busyBegins ?? 0)) return { error: { code: pb.ErrorCode.ERROR_BUSY, message: "full", retryAfterMs: 20 } };
    const manifest = begin.manifest ?? {};
    if (this.options.refuseNames?.includes(manifest.name ?? "") === true) return { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: "refused by the test" } };
    const count = (manifest.chunkDigests ?? []).length;
    const id = this.uploadIdNext;
    this.uploadIdNext += 1;
    const writeId = hex(begin.writeId ?? new Uint8Array(0));
    this.writeIds.push(writeId);
    const upload: Upload = { id, manifest, chunks: new Array<Uint8Array | null>(count).fill(null), intact: new Uint8Array(count), arrivals: [], writeId, round: 1 };
    this.uploads.set(id, upload);
    const inline = begin.inlineData;
    if (inline === undefined || inline === null || inline.length === 0) return { writeNeed: { uploadId: id, needed: [...Array(count).keys()] } };
    // The codec checked the bytes against the digest sent with them; they must be the one chunk.
    const digest = manifest.chunkDigests?.[0];
    if (count !== 1 || digest === undefined || digestOf(inline) !== hex(digest)) return errorShape(pb.ErrorCode.ERROR_BAD_REQUEST, "inline content is not the one chunk");
    upload.arrivals.push(0);
    upload.intact[0] = 1;
    if (this.options.keepBytes !== false) upload.chunks[0] = inline;
    return this.roundDone({ uploadId: id });
  }

  private async chunk(chunk: pb.WriteChunk.$Shape): Promise<EnvelopeShape> {
    this.chunkArrivals += 1;
    if (!this.forgotten && this.chunkArrivals === this.options.forgetAtChunk) {
      this.forgotten = true;
      this.uploads.clear();
    }
    const upload = this.uploads.get(uint64FromWire(chunk.uploadId));
    if (upload === undefined) return errorShape(pb.ErrorCode.ERROR_NOT_FOUND, "no such upload");
    const index = chunk.chunkIndex ?? 0;
    const data = chunk.data ?? new Uint8Array(0);
    const arrival = upload.arrivals.filter((seen) => seen === index).length;
    upload.arrivals.push(index);
    const digest = upload.manifest.chunkDigests?.[index];
    const intact = digest !== undefined && digestOf(data) === hex(digest) && !(this.options.pretendCorrupt?.(index, arrival) ?? false);
    if (intact) {
      upload.intact[index] = 1;
      if (this.options.keepBytes !== false) upload.chunks[index] = data;
    }
    this.chunksOutstanding += 1;
    this.chunksOutstandingPeak = Math.max(this.chunksOutstandingPeak, this.chunksOutstanding);
    if ((this.options.ackDelayMs ?? 0) > 0) await Bun.sleep(this.options.ackDelayMs ?? 0);
    this.chunksOutstanding -= 1;
    return { ack: {} };
  }

  private roundDone(done: pb.WriteRoundDone.$Shape): EnvelopeShape {
    const upload = this.uploads.get(uint64FromWire(done.uploadId));
    if (upload === undefined) return errorShape(pb.ErrorCode.ERROR_NOT_FOUND, "no such upload");
    const needed: number[] = [];
    upload.intact.forEach((state, index) => {
      if (state === 0) needed.push(index);
    });
    if (needed.length > 0) {
      upload.round += 1;
      return { writeNeed: { uploadId: upload.id, needed } };
    }
    if (this.options.commitError !== undefined) return errorShape(this.options.commitError, "commit failed");
    const first = this.committedByWriteId.get(upload.writeId);
    if (first !== undefined) return { writeDone: { manifest: first, commitIndex: 43, repeated: true } };
    const manifest = { ...upload.manifest, version: this.versionNext, createdMs: 1_700_000_000_000 };
    this.versionNext += 1;
    if (upload.writeId !== "") this.committedByWriteId.set(upload.writeId, manifest);
    let chunks: Map<string, Uint8Array> | null = null;
    if (this.options.keepBytes !== false) {
      chunks = new Map();
      upload.chunks.forEach((bytes, index) => {
        const digest = upload.manifest.chunkDigests?.[index];
        if (bytes !== null && digest !== undefined) chunks?.set(hex(digest), bytes);
      });
    }
    const stored = { manifest, chunks };
    this.files.set(manifest.name ?? "", stored);
    this.lastCommitted = stored;
    return { writeDone: { manifest, commitIndex: 42 } };
  }

  private read(read: pb.ReadRequest.$Shape): EnvelopeShape {
    const file = this.files.get(read.name ?? "");
    if (file === undefined) return errorShape(pb.ErrorCode.ERROR_NOT_FOUND, `no file ${read.name ?? ""}`);
    const count = (file.manifest.chunkDigests ?? []).length;
    const ids = this.nodes.map((node) => node.id);
    // Preferred node rotates by chunk, as the real locations spread reads over the cluster.
    const locations = [...Array(count).keys()].map((index) => ({ chunkIndex: index, nodeIds: ids.map((_, k) => ids[(index + k) % ids.length] ?? "") }));
    const inlineData = this.inlineDataOf(file);
    return { readResponse: { manifest: file.manifest, locations, nodes: this.nodes, servedBy: ids[0] ?? "", ...(inlineData === null ? {} : { inlineData }) } };
  }

  private inlineDataOf(file: StoredFile): Uint8Array | null {
    const mode = this.options.inlineReads ?? "whole";
    const digests = file.manifest.chunkDigests ?? [];
    const size = uint64FromWire(file.manifest.size);
    if (mode === "none" || digests.length !== 1 || !fitsInline(size, file.manifest.chunkSize ?? 0)) return null;
    const bytes = file.chunks?.get(hex(digests[0] ?? new Uint8Array(0)));
    if (bytes === undefined) return null;
    if (mode === "whole") return bytes;
    const bad = bytes.slice();
    bad[0] = (bad[0] ?? 0) ^ 0xff;
    return bad;
  }

  private status(): pb.StatusResponse.$Shape {
    return {
      cluster: testCluster,
      leader: "n1",
      term: 7,
      nodes: [
        { id: "n1", address: "127.0.0.1:7401", role: "leader", term: 7, commit: 12, applied: 12, reachable: true, readsServed: 3 },
        { id: "n2", address: "127.0.0.1:7402", role: "follower", term: 7, commit: 12, applied: 11, reachable: false, readsServed: 0 },
      ],
      leaderQueue: 1,
      nonLeaderQueue: 2,
      quorum: true,
    };
  }
}

export interface FakeNodeOptions {
  /** Serve these chunks corrupted (one byte flipped). */
  corrupt?: (digestHex: string) => boolean;
  /** Answer NOT_FOUND for these. */
  missing?: (digestHex: string) => boolean;
  /** Take this long over each answer (a slow disk or link). */
  delayMs?: number;
  /** Counts fetches in flight over several nodes (the one object given to each). */
  together?: { inFlight: number; peak: number };
}

export class FakeNode {
  readonly fetches: string[] = [];
  /** Fetches with `verify` set (the verify verb, or a reader reporting a bad copy), by digest. */
  readonly verifies: string[] = [];
  /** The most fetches this node was answering at once. */
  inFlightPeak = 0;
  private inFlight = 0;
  private server: Server | null = null;

  constructor(readonly id: string, private readonly source: ChunkSource, readonly options: FakeNodeOptions = {}) {}

  get address(): string {
    assert(this.server !== null, "started");
    return `127.0.0.1:${this.server.port}`;
  }

  start(frameBytesMax = (1 << 20) + (64 << 10)): this {
    const server = listen({
      hostname: "127.0.0.1",
      port: 0,
      frameBytesMax,
      logger: silentLogger,
      secrets: serverSecrets({ cluster: testCluster, secret: testSecret, selfId: this.id }),
      onEnvelope: (connection, envelope) => void this.respond(connection, envelope),
    });
    assert(server.ok, "fake node listens");
    this.server = server.value;
    return this;
  }

  stop(): void {
    this.server?.stop();
    this.server = null;
  }

  private async respond(connection: Connection, envelope: Envelope): Promise<void> {
    this.inFlight += 1;
    this.inFlightPeak = Math.max(this.inFlightPeak, this.inFlight);
    const together = this.options.together;
    if (together !== undefined) {
      together.inFlight += 1;
      together.peak = Math.max(together.peak, together.inFlight);
    }
    try {
      if (this.options.delayMs !== undefined) await Bun.sleep(this.options.delayMs);
      const sent = await connection.replyAsync(envelope, await this.handle(connection, envelope), 10_000);
      if (!sent.ok) connection.close();
    } finally {
      this.inFlight -= 1;
      if (together !== undefined) together.inFlight -= 1;
    }
  }

  private async handle(connection: Connection, envelope: Envelope): Promise<EnvelopeShape> {
    if (envelope.body !== "chunkFetch") return errorShape(pb.ErrorCode.ERROR_BAD_REQUEST, "only ChunkFetch");
    const digest = envelope.chunkFetch.digest ?? new Uint8Array(0);
    const key = hex(digest);
    this.fetches.push(key);
    if (envelope.chunkFetch.verify === true) this.verifies.push(key);
    const bytes = this.options.missing?.(key) === true ? undefined : await this.source(key);
    if (bytes === undefined) return errorShape(pb.ErrorCode.ERROR_NOT_FOUND, "no such chunk");
    if (this.options.corrupt?.(key) === true) {
      const bad = bytes.slice();
      bad[0] = (bad[0] ?? 0) ^ 0xff;
      return { chunkData: { digest, data: bad } };
    }
    return { chunkData: { digest, data: bytes } };
  }
}

export function errorShape(code: pb.ErrorCode, message: string): EnvelopeShape {
  return { error: { code, message, retryAfterMs: 0 } };
}

/** Chunk bytes of every kept file in `queue`, by digest: what the fake nodes serve. */
export function storeSource(queue: FakeQueue): ChunkSource {
  return (digestHex) => {
    for (const file of queue.files.values()) {
      const bytes = file.chunks?.get(digestHex);
      if (bytes !== undefined) return bytes;
    }
    return undefined;
  };
}

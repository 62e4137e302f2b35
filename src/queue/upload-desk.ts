/**
 * The queue server's uploads, cut-through (docs/protocol.md, "write"): the I/O shell over the
 * pure Upload and UploadTable. A client's WriteBegin puts the write on the Leader Queue at once;
 * the leader that takes it pulls verified chunks as they arrive (UploadPull → UploadChunk), in
 * any order, while the client is still sending; the queue server keeps only a small buffer, and
 * holds the client's acknowledgements while that buffer is full (backpressure through the
 * client's window). When every chunk went on and the client waits for the answer (its last
 * WriteRoundDone), the leader may propose the put-file (UploadFinish → Ack): so a write
 * commits only while its client waits, and a client that left before then leaves nothing.
 *
 * Bounds: uploads (UploadTable: count and buffered bytes); per upload, the buffer and held
 * chunks (upload-assembly.ts), pulls parked (uploadPullsParkedMax), one finish and one round.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import type { Connection } from "../net/connection";
import { chunkMetrics } from "../metrics/metrics";
import type { Manifest } from "../files/manifest";
import { fileDigestProblem } from "../files/sha256";
import { digestToBytes } from "../files/digest";
import { verifiedPayload, type Envelope, type EnvelopeShape } from "../wire/codec";
import { manifestFromWire, manifestToWire, writeIdFromWire, writeIdToWire } from "../wire/manifest-codec";
import { writeIdBytes, type WriteId } from "../files/write-id";
import { fitsInline, inlineBytesMax } from "../files/limits";
import type { VerifiedChunk } from "../files/verified";
import { pb } from "../wire/proto";
import type { Upload } from "./upload-assembly";
import { UploadTable } from "./upload-table";

/** Who waits for an answer: a connection and its request (null: an item the queue server made). */
export interface Pending {
  readonly connection: Connection | null;
  readonly request: Envelope | null;
}

/** A leader's UploadPulls parked per upload, waiting for chunks; more are answered BUSY. */
export const uploadPullsParkedMax = 8;
/** A parked pull or finish is answered BUSY after this long (ask again), so no request waits unbounded. */
export const uploadPollMs = 10_000;
/** Retry hint for a chunk refused because the client overran its window. */
export const chunkBusyRetryMs = 20;

interface Parked {
  readonly pending: Pending;
  readonly sinceMs: number;
}

/** One upload in progress and everyone waiting on it. */
interface Session {
  readonly upload: Upload;
  /** The client's connection: when it closes before the commit may start, the write is dropped. */
  readonly client: Connection | null;
  /** The write's item on the Leader Queue. */
  workId: number;
  /** WriteChunk acknowledgements held while the buffer is over its bound (upload.acksHeldAllowed()). */
  readonly heldAcks: Pending[];
  /** The leader's UploadPulls waiting for a chunk, oldest first. */
  readonly pulls: Parked[];
  /** The leader's UploadFinish waiting for the client's last WriteRoundDone. */
  finish: Parked | null;
  /** The client's last WriteRoundDone, waiting for the commit. */
  roundDone: Pending | null;
  /** The leader was told it may commit: from now on only the answer (or its deadline) ends the write. */
  committing: boolean;
  /** The write's answer, when it came before the client's round asked for it. */
  outcome: EnvelopeShape | null;
}

export interface UploadDeskParts {
  readonly logger: Logger;
  readonly reply: (pending: Pending, shape: EnvelopeShape) => void;
  /**
   * Puts the write for this upload on the Leader Queue: its work id, or null when the queue was
   * full (then `pending`, the WriteBegin, was answered BUSY).
   */
  readonly submitWrite: (pending: Pending, manifest: Manifest, writeId: WriteId | undefined, uploadId: number) => number | null;
  /**
   * Puts a small file's write on the Leader Queue with its content (no upload: its answer goes
   * to `pending`, the WriteBegin, itself); a full queue answers `pending` BUSY.
   */
  readonly submitInlineWrite: (pending: Pending, manifest: Manifest, writeId: WriteId | undefined, content: VerifiedChunk) => void;
  /** The node holding `workId`, or null when no node holds it. */
  readonly holder: (workId: number) => string | null;
  /** The holder shows it is at work: its visibility timeout starts again. */
  readonly extend: (workId: number, nodeId: string) => void;
  /** Drops the write's item (its client went away, or the upload did). */
  readonly cancel: (workId: number) => void;
  /** The largest chunk this queue server takes in one frame. */
  readonly chunkBytesAllowed: number;
}

export class UploadDesk {
  private readonly table = new UploadTable();
  /** By upload id; an upload leaves the table once committing, and its session once answered. */
  private readonly sessions = new Map<number, Session>();
  /** Upload id of each write item. */
  private readonly byWork = new Map<number, number>();

  constructor(private readonly parts: UploadDeskParts) {}

  get inProgress(): number {
    return this.sessions.size;
  }

  begin(pending: Pending, request: pb.WriteBegin.$Shape, now: number): void {
    const manifest = manifestFromWire(request.manifest);
    if (!manifest.ok) return this.parts.reply(pending, badRequest(manifest.error.message));
    const id = writeIdFromWire(request.writeId);
    if (id === null) return this.parts.reply(pending, badRequest(`write id of ${request.writeId?.length ?? 0} bytes: expected ${writeIdBytes} bytes, or none`));
    const problem = fileDigestProblem(manifest.value);
    if (problem !== null) return this.parts.reply(pending, badRequest(problem));
    // Empty is absent (protobuf's default); an empty file has no chunk and nothing to carry.
    const inline = request.inlineData;
    if (inline !== undefined && inline !== null && inline.length > 0) return this.beginInline(pending, manifest.value, id.writeId, inline);
    const allowed = this.parts.chunkBytesAllowed;
    if (manifest.value.chunkBytes > allowed) {
      return this.parts.reply(pending, badRequest(`chunk size ${manifest.value.chunkBytes} exceeds what this queue server accepts in one frame (${allowed}): use --chunk-size ${allowed} or less`));
    }
    const begun = this.table.begin(manifest.value, now);
    if (begun.kind === "busy") return this.parts.reply(pending, { error: { code: pb.ErrorCode.ERROR_BUSY, message: "too many uploads in progress", retryAfterMs: begun.retryAfterMs } });
    if (begun.kind === "too-large") {
      return this.parts.reply(pending, badRequest(`an upload needing ${begun.memoryBytes} bytes of buffer exceeds the queue server's ${begun.memoryBytesMax}`));
    }
    const workId = this.parts.submitWrite(pending, manifest.value, id.writeId, begun.uploadId);
    if (workId === null) {
      this.table.remove(begun.uploadId);
      return;
    }
    this.sessions.set(begun.uploadId, {
      upload: begun.upload, client: pending.connection, workId, heldAcks: [], pulls: [], finish: null, roundDone: null, committing: false, outcome: null,
    });
    this.byWork.set(workId, begun.uploadId);
    this.parts.reply(pending, { writeNeed: { uploadId: begun.uploadId, needed: begun.upload.needed() } });
  }

  /**
   * A small file sent whole in its WriteBegin (docs/protocol.md, "Small files"): no upload, no
   * buffer here; the write goes on the Leader Queue carrying the content, and the WriteBegin
   * waits for the write's own answer. The codec checked the bytes against the digest they came
   * with; here they must be the manifest's one chunk.
   */
  private beginInline(pending: Pending, manifest: Manifest, writeId: WriteId | undefined, data: Uint8Array): void {
    const content = verifiedPayload(data);
    if (!fitsInline(manifest.size, manifest.chunkBytes)) {
      return this.parts.reply(pending, badRequest(`inline content for a file of ${manifest.size} bytes: only a file of 1 to ${inlineBytesMax} bytes in one chunk travels whole`));
    }
    if (content === null || content.digest !== manifest.chunks[0] || content.bytes.length !== manifest.size) {
      return this.parts.reply(pending, badRequest("the inline content is not the manifest's one chunk (its size or SHA-256 differs)"));
    }
    chunkMetrics.chunksIn.with({ path: "inline" }).inc();
    chunkMetrics.bytesIn.with({ path: "inline" }).inc(content.bytes.length);
    this.parts.submitInlineWrite(pending, manifest, writeId, content);
  }

  chunk(pending: Pending, chunk: pb.WriteChunk.$Shape, now: number): void {
    const session = this.open(pending, chunk.uploadId ?? 0);
    if (session === null) return;
    const index = chunk.chunkIndex ?? 0;
    // The codec checked the bytes against the digest they came with: accepting compares digests.
    const verified = verifiedPayload(chunk.data);
    const verdict = verified === null ? "wrong-size" : session.upload.accept(index, verified, now);
    if (verdict === "busy") return this.parts.reply(pending, { error: { code: pb.ErrorCode.ERROR_BUSY, message: "the upload's window is full", retryAfterMs: chunkBusyRetryMs } });
    if (verdict === "accepted") {
      chunkMetrics.chunksIn.with({ path: "upload" }).inc();
      chunkMetrics.bytesIn.with({ path: "upload" }).inc(verified?.bytes.length ?? 0);
      this.handOn(session, now);
      // Over the buffer's bound, the acknowledgement waits for the leader to take a chunk.
      if (session.heldAcks.length < session.upload.acksHeldAllowed()) {
        session.heldAcks.push(pending);
        return;
      }
    } else if (verdict !== "duplicate") {
      this.parts.logger.info("upload.chunk-refused", { uploadId: session.upload.uploadId, index, verdict });
    }
    // Corrupt chunks are acknowledged too: the round's WriteNeed asks for them again.
    this.parts.reply(pending, { ack: {} });
  }

  roundDone(pending: Pending, uploadId: number): void {
    const session = this.sessions.get(uploadId);
    if (session === undefined) return this.parts.reply(pending, notFound(uploadId));
    if (session.outcome !== null) return this.answer(session, pending, session.outcome);
    const needed = session.upload.needed();
    if (needed.length > 0) return this.parts.reply(pending, { writeNeed: { uploadId, needed } });
    if (session.roundDone !== null) this.parts.reply(session.roundDone, badRequest("a second WriteRoundDone replaced this one"));
    session.roundDone = pending;
    this.maybeGrantFinish(session);
  }

  /** A leader's UploadPull: the next verified chunk, now or when one arrives. */
  pull(pending: Pending, peer: string | null, workId: number, now: number): void {
    const session = this.heldBy(pending, peer, workId);
    if (session === null) return;
    if (session.pulls.length >= uploadPullsParkedMax) return this.parts.reply(pending, busy("too many pulls parked"));
    session.pulls.push({ pending, sinceMs: now });
    this.handOn(session, now);
  }

  /** A leader's UploadFinish: answered once the client waits for the commit. */
  finish(pending: Pending, peer: string | null, workId: number, now: number): void {
    const session = this.heldBy(pending, peer, workId);
    if (session === null) return;
    if (session.finish !== null) this.parts.reply(session.finish.pending, busy("a newer UploadFinish replaced this one"));
    session.finish = { pending, sinceMs: now };
    this.maybeGrantFinish(session);
  }

  /** The write's item was answered (reply or timed out): the client's round gets it. */
  answered(workId: number, shape: EnvelopeShape): void {
    const uploadId = this.byWork.get(workId);
    const session = uploadId === undefined ? undefined : this.sessions.get(uploadId);
    if (session === undefined) return;
    if (session.roundDone !== null) return this.answer(session, session.roundDone, shape);
    session.outcome = shape;
  }

  /**
   * The node holding the write went away or handed it back: what it took is lost with it, so the
   * client sends those chunks again (a round waiting for the commit is answered WriteNeed).
   */
  requeued(workId: number): void {
    const uploadId = this.byWork.get(workId);
    const session = uploadId === undefined ? undefined : this.sessions.get(uploadId);
    if (session === undefined || session.outcome !== null) return;
    for (const parked of session.pulls.splice(0)) this.parts.reply(parked.pending, notFound(session.upload.uploadId));
    if (session.finish !== null) this.parts.reply(session.finish.pending, notFound(session.upload.uploadId));
    session.finish = null;
    // A put-file may be in the lost leader's log; the next leader redoes the write whole.
    session.committing = false;
    const reset = session.upload.resetHanded();
    this.parts.logger.info("upload.leader-lost", { uploadId: session.upload.uploadId, chunksAgain: reset });
    if (reset > 0 && session.roundDone !== null) {
      this.parts.reply(session.roundDone, { writeNeed: { uploadId: session.upload.uploadId, needed: session.upload.needed() } });
      session.roundDone = null;
    }
  }

  /** A connection closed: its uploads that may not commit yet are dropped with their write items. */
  clientGone(connection: Connection): void {
    for (const session of [...this.sessions.values()]) {
      if (session.client !== connection || session.committing) continue;
      this.drop(session, "client-gone");
    }
  }

  /** Time passes: silent clients' uploads end; parked requests are told to ask again. */
  tick(now: number): void {
    // A client waiting for its commit is not silent: only its write item's deadline ends it.
    for (const session of this.sessions.values()) if (session.committing || session.roundDone !== null) session.upload.touch(now);
    for (const uploadId of this.table.expire(now)) {
      const session = this.sessions.get(uploadId);
      if (session !== undefined) this.drop(session, "expired");
    }
    for (const session of this.sessions.values()) {
      while (session.pulls.length > 0 && now - (session.pulls[0]?.sinceMs ?? now) >= uploadPollMs) {
        const parked = session.pulls.shift();
        if (parked !== undefined) this.parts.reply(parked.pending, busy("no chunk yet"));
      }
      if (session.finish !== null && now - session.finish.sinceMs >= uploadPollMs) {
        this.parts.reply(session.finish.pending, busy("the client has not finished sending"));
        session.finish = null;
      }
    }
  }

  private open(pending: Pending, uploadId: number): Session | null {
    const session = this.sessions.get(uploadId);
    if (session === undefined || session.committing) {
      this.parts.reply(pending, notFound(uploadId));
      return null;
    }
    return session;
  }

  /** The session of a write only `peer` may pull: the node the item is delivered to. */
  private heldBy(pending: Pending, peer: string | null, workId: number): Session | null {
    const holder = this.parts.holder(workId);
    if (peer === null || holder !== peer) {
      this.parts.reply(pending, { error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: `work ${workId} is not held by ${peer ?? "this peer"}` } });
      return null;
    }
    const uploadId = this.byWork.get(workId);
    const session = uploadId === undefined ? undefined : this.sessions.get(uploadId);
    if (session === undefined) {
      this.parts.reply(pending, { error: { code: pb.ErrorCode.ERROR_NOT_FOUND, message: `work ${workId} has no upload in progress` } });
      return null;
    }
    this.parts.extend(workId, peer);
    return session;
  }

  /** Hands buffered chunks to parked pulls, then releases acknowledgements the buffer has room for. */
  private handOn(session: Session, now: number): void {
    const upload = session.upload;
    // Bounded by the parked pulls (at most uploadPullsParkedMax).
    while (session.pulls.length > 0) {
      const taken = upload.take(now);
      if (taken === null) break;
      const parked = session.pulls.shift();
      assert(parked !== undefined, "a pull is parked");
      chunkMetrics.chunksOut.with({ path: "cut-through" }).inc();
      chunkMetrics.bytesOut.with({ path: "cut-through" }).inc(taken.chunk.bytes.length);
      // The digest the codec verified travels with the bytes: not hashed again here.
      this.parts.reply(parked.pending, { uploadChunk: { workId: session.workId, chunkIndex: taken.index, digest: digestToBytes(taken.chunk.digest), data: taken.chunk.bytes } });
    }
    while (session.heldAcks.length > upload.acksHeldAllowed()) {
      const held = session.heldAcks.shift();
      if (held !== undefined) this.parts.reply(held, { ack: {} });
    }
    this.maybeGrantFinish(session);
  }

  /** Every chunk went to the leader and the client waits: the leader may propose the put-file. */
  private maybeGrantFinish(session: Session): void {
    if (session.finish === null || session.roundDone === null || !session.upload.handedAll()) return;
    this.parts.reply(session.finish.pending, { ack: {} });
    session.finish = null;
    session.committing = true;
  }

  private answer(session: Session, pending: Pending, shape: EnvelopeShape): void {
    this.parts.reply(pending, shape);
    this.forget(session);
  }

  private drop(session: Session, reason: "client-gone" | "expired"): void {
    this.parts.logger.info("upload.dropped", { uploadId: session.upload.uploadId, reason });
    const gone = notFound(session.upload.uploadId);
    for (const parked of session.pulls.splice(0)) this.parts.reply(parked.pending, gone);
    if (session.finish !== null) this.parts.reply(session.finish.pending, gone);
    for (const held of session.heldAcks.splice(0)) this.parts.reply(held, gone);
    if (session.roundDone !== null) this.parts.reply(session.roundDone, gone);
    this.parts.cancel(session.workId);
    this.forget(session);
  }

  private forget(session: Session): void {
    this.table.remove(session.upload.uploadId);
    this.sessions.delete(session.upload.uploadId);
    this.byWork.delete(session.workId);
  }
}

function badRequest(message: string): EnvelopeShape {
  return { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message } };
}

function busy(message: string): EnvelopeShape {
  return { error: { code: pb.ErrorCode.ERROR_BUSY, message, retryAfterMs: 0 } };
}

function notFound(uploadId: number): EnvelopeShape {
  return { error: { code: pb.ErrorCode.ERROR_NOT_FOUND, message: `no upload ${uploadId} in progress (expired, its client left, or the queue server restarted): begin again` } };
}

/** The item a write puts on the Leader Queue; a small file's carries its content. */
export function writeItemOf(manifest: Manifest, writeId: WriteId | undefined, content?: VerifiedChunk): pb.WorkItem.$Shape {
  return { write: { manifest: manifestToWire(manifest), writeId: writeIdToWire(writeId), ...(content === undefined ? {} : { inlineData: content.bytes, inlineDigest: digestToBytes(content.digest) }) } };
}

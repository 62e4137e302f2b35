/**
 * Serves `gossamer backup`: a client pulls this node's whole store as one snapshot stream
 * (src/storage/snapshot-stream.ts: every chunk the files reference, then every file record),
 * one piece per BackupRead, strictly in order. The stream is a consistent view (the storage's
 * writeSnapshot) at the node's applied index; served by the leader it holds every write the
 * cluster acknowledged before it began, since a write is acknowledged only once applied there.
 *
 * Bounded: at most backupsMax backups at once; a piece is at most what the client can take and
 * what this node's frames carry; a backup not read for backupIdleMs is dropped and its view
 * released (a view pins its chunks against the sweep).
 */
import { createHash, type Hash } from "node:crypto";
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import type { Connection } from "../net/connection";
import type { SnapshotSource, Storage } from "../storage/storage";
import type { Envelope } from "../wire/codec";
import { pb } from "../wire/proto";

export const backupsMax = 2;
export const backupIdleMs = 60_000;
/** Room in a frame for the envelope around a piece's data. */
export const backupPieceOverheadBytes = 64 << 10;
/** The smallest piece a client may ask for: below this a backup would be all overhead. */
export const backupPieceBytesMin = 4 << 10;

interface BackupSession {
  readonly id: number;
  readonly source: SnapshotSource;
  readonly pieces: AsyncIterator<Uint8Array>;
  readonly hash: Hash;
  /** Bytes sent so far: the offset the next read must name. */
  offset: number;
  /** What is left of the source's current piece after the last (smaller) piece sent. */
  pending: Uint8Array;
  /** A read is being answered: a second one at once is refused (reads are strictly sequential). */
  busy: boolean;
  lastReadMs: number;
}

export class BackupServer {
  private readonly sessions = new Map<number, BackupSession>();
  private nextId = 1;
  private readonly expiry: ReturnType<typeof setInterval>;

  constructor(private readonly storage: Storage, private readonly frameBytesMax: number, private readonly logger: Logger, private readonly now: () => number = () => performance.now()) {
    assert(frameBytesMax - backupPieceOverheadBytes >= backupPieceBytesMin, "a frame carries a piece");
    // A client that went away must not pin a view (and its chunks) for the node's life.
    this.expiry = setInterval(() => void this.expire(), backupIdleMs / 4);
    this.expiry.unref();
  }

  async serve(connection: Connection, envelope: Envelope): Promise<void> {
    const request: pb.BackupRead.$Shape = envelope.backupRead ?? {};
    const reply = (shape: Parameters<Connection["reply"]>[1]): void => void connection.reply(envelope, shape);
    const fail = (code: pb.ErrorCode, message: string): void => reply({ error: { code, message } });
    await this.expire();
    const pieceBytes = Math.min(request.pieceBytesMax ?? 0, this.frameBytesMax - backupPieceOverheadBytes);
    if (pieceBytes < backupPieceBytesMin) return fail(pb.ErrorCode.ERROR_BAD_REQUEST, `a backup piece of ${request.pieceBytesMax ?? 0} bytes is below ${backupPieceBytesMin}`);
    const id = Number(request.backupId ?? 0);
    const session = id === 0 ? await this.begin() : (this.sessions.get(id) ?? null);
    if (session === null) {
      if (id === 0) return fail(pb.ErrorCode.ERROR_BUSY, `${backupsMax} backups are running on this node`);
      return fail(pb.ErrorCode.ERROR_NOT_FOUND, `no backup ${id} on this node (it ended or sat idle for ${backupIdleMs} ms)`);
    }
    if (session.busy || Number(request.offset ?? 0) !== session.offset) {
      return fail(pb.ErrorCode.ERROR_BAD_REQUEST, `backup ${session.id} is at offset ${session.offset}, not ${String(request.offset ?? 0)}`);
    }
    session.busy = true;
    try {
      const data = await this.nextPiece(session, pieceBytes);
      const offset = session.offset;
      session.offset += data?.length ?? 0;
      session.lastReadMs = this.now();
      if (data !== null) {
        session.hash.update(data);
        return reply({ backupPiece: { backupId: session.id, offset, data, done: false, appliedIndex: session.source.appliedIndex } });
      }
      await this.end(session);
      this.logger.info("backup.served", { backup: session.id, bytes: session.offset, appliedIndex: session.source.appliedIndex });
      return reply({ backupPiece: { backupId: session.id, offset, data: new Uint8Array(0), done: true, digest: new Uint8Array(session.hash.digest()), appliedIndex: session.source.appliedIndex } });
    } catch (error: unknown) {
      await this.end(session);
      this.logger.warn("backup.failed", { backup: session.id, error });
      return fail(pb.ErrorCode.ERROR_INTERNAL, `backup ${session.id} failed on this node`);
    } finally {
      session.busy = false;
    }
  }

  /** Ends every backup (the node is stopping). */
  async close(): Promise<void> {
    clearInterval(this.expiry);
    await Promise.all([...this.sessions.values()].map((session) => this.end(session)));
  }

  private async begin(): Promise<BackupSession | null> {
    if (this.sessions.size >= backupsMax) return null;
    const source = await this.storage.writeSnapshot();
    const session: BackupSession = {
      id: this.nextId, source, pieces: source[Symbol.asyncIterator](), hash: createHash("sha256"),
      offset: 0, pending: new Uint8Array(0), busy: false, lastReadMs: this.now(),
    };
    this.nextId += 1;
    this.sessions.set(session.id, session);
    this.logger.info("backup.started", { backup: session.id, appliedIndex: source.appliedIndex });
    return session;
  }

  /** Up to `bytes` of the stream, or null at its end. */
  private async nextPiece(session: BackupSession, bytes: number): Promise<Uint8Array | null> {
    if (session.pending.length === 0) {
      const next = await session.pieces.next();
      if (next.done === true) return null;
      session.pending = next.value;
    }
    const piece = session.pending.subarray(0, bytes);
    session.pending = session.pending.subarray(piece.length);
    assert(piece.length > 0 || session.pending.length === 0, "a piece carries bytes unless the source gave an empty one");
    return piece;
  }

  private async end(session: BackupSession): Promise<void> {
    if (!this.sessions.delete(session.id)) return;
    await session.source.close();
  }

  private async expire(): Promise<void> {
    const now = this.now();
    for (const session of [...this.sessions.values()]) {
      if (!session.busy && now - session.lastReadMs > backupIdleMs) {
        this.logger.warn("backup.abandoned", { backup: session.id, idleMs: Math.round(now - session.lastReadMs) });
        await this.end(session);
      }
    }
  }
}

/**
 * Streams a state-machine snapshot to a follower, and stages one arriving from the leader.
 * The core only carries snapshot metadata (src/raft/raft.ts): the leader's edge reads the
 * state machine as a stream of bounded pieces (storage.writeSnapshot) and sends them as
 * snapshot messages on a connection of their own, so heartbeats keep flowing meanwhile; the
 * follower's edge appends them to a staging file (bounded memory whatever the size) and steps
 * the final message into its core, which answers with Ready.snapshot when it takes it.
 */
import { mkdirSync, rmSync } from "node:fs";
import { appendFile, open, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assert, defined } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { logIndex, type ConfState, type LogIndex, type Message, type SnapshotMeta, type Term } from "../raft/types";
import type { Storage } from "../storage/storage";
import type { pb } from "../wire/proto";
import { raftToWire } from "../wire/raft-codec";
import type { PeerLink } from "./peer-link";
import type { RaftLoop } from "./raft-loop";

/** Room kept in a frame for the snapshot message around its data. */
export const snapshotMessageOverheadBytes = 64 << 10;
/** A piece of snapshot data waits this long for outbox room before the transfer is abandoned. */
export const snapshotSendTimeoutMs = 30_000;
/** Staged snapshots read back in pieces of this size. */
export const stagedReadBytes = 1 << 20;

export interface SnapshotSendOptions {
  readonly storage: Storage;
  /** A connection of its own: a PeerLink; the simulator's network in test/sim. */
  readonly link: Pick<PeerLink, "send">;
  readonly frameBytesMax: number;
  readonly logger: Logger;
  /** The configuration in force at a log index (the core's; null when it no longer knows). */
  readonly configurationAt: (index: LogIndex) => Promise<ConfState | null>;
}

/**
 * The state machine can only be read as it is now, at its applied index A, not as it was at
 * the compaction the core's message names (index k <= A). So the snapshot is sent as what it
 * is: metadata at A, with the term and the configuration at A, both looked up after the state
 * is captured: a configuration read earlier could miss a membership change applied in between,
 * and the follower would install a state at A with a configuration that was never the one at A.
 * The follower then holds everything up to A; the leader, which expected k, learns A from the
 * follower's answer to its next append (an append below the follower's commit is answered
 * with the commit index, Raft §5.3 / etcd handleAppendEntries).
 */
export async function sendSnapshot(message: Message, options: SnapshotSendOptions): Promise<boolean> {
  const { storage, link, frameBytesMax, logger } = options;
  assert(message.type === "snapshot", "only snapshot messages are streamed");
  const dataBytesMax = frameBytesMax - snapshotMessageOverheadBytes;
  assert(dataBytesMax > 0, "a frame holds some snapshot data");
  const source = await storage.writeSnapshot();
  let offset = 0;
  try {
    const confState = await options.configurationAt(source.appliedIndex);
    // The core compacted past A meanwhile: the leader asks again with a newer snapshot.
    if (confState === null) return failed(logger, message, `no configuration known at index ${source.appliedIndex}`);
    const meta: SnapshotMeta = { index: source.appliedIndex, term: await termAt(storage, source.appliedIndex), confState };
    const base = raftToWire({ ...message, snapshot: { meta } });
    for await (const piece of source) {
      for (let start = 0; start < piece.length; start += dataBytesMax) {
        const data = piece.subarray(start, Math.min(piece.length, start + dataBytesMax));
        const sent = await link.send({ raft: { ...base, snapshotOffset: offset, snapshotData: data, snapshotDone: false } }, snapshotSendTimeoutMs);
        if (!sent.ok) return failed(logger, message, `piece at ${offset}: ${sent.error.message}`);
        offset += data.length;
      }
    }
    const done = await link.send({ raft: { ...base, snapshotOffset: offset, snapshotDone: true } }, snapshotSendTimeoutMs);
    if (!done.ok) return failed(logger, message, done.error.message);
    logger.info("snapshot.sent", { to: message.to, index: message.snapshot?.meta.index ?? 0, bytes: offset });
    return true;
  } finally {
    await source.close();
  }
}

async function termAt(storage: Storage, index: LogIndex): Promise<Term> {
  const snapshot = await storage.snapshotMeta();
  if (snapshot !== null && snapshot.index === index) return snapshot.term;
  const [entry] = await storage.entries(index, logIndex(index + 1));
  return defined(entry, `entry ${index} in the log`).term;
}

function failed(logger: Logger, message: Message, reason: string): false {
  logger.warn("snapshot.send-failed", { to: message.to, reason });
  return false;
}

/**
 * Streams a snapshot to a follower on a connection of its own (closed after), then tells the
 * core how it went, inside the driver loop.
 */
export async function streamSnapshot(message: Message, link: Pick<PeerLink, "send" | "close">, loop: () => RaftLoop | null,
  options: Omit<SnapshotSendOptions, "link" | "configurationAt">): Promise<void> {
  const sent = await sendSnapshot(message, {
    ...options, link,
    configurationAt: async (index) => (await loop()?.withCore((core) => core.configurationAt(index))) ?? null,
  });
  link.close();
  await loop()?.withCore((core) => core.reportSnapshot(message.to, sent));
}

/** Installs a staged snapshot the core accepted into storage, then drops the staged bytes. */
export async function installStaged(meta: SnapshotMeta, storage: Storage, staging: SnapshotStaging): Promise<void> {
  await storage.installSnapshot(meta, staging.read(meta.index));
  await staging.discard(meta.index);
}

/** Where staged snapshot bytes wait, by snapshot index: files in production, memory in the simulator (test/sim). */
export interface StagingStore {
  /** Starts (or restarts) an empty staged snapshot. */
  create(index: number): Promise<void>;
  append(index: number, data: Uint8Array): Promise<void>;
  /** The staged bytes, in bounded pieces. */
  read(index: number): AsyncGenerator<Uint8Array>;
  discard(index: number): Promise<void>;
}

/** One staging file per snapshot index in `dir` (emptied at start: a restart begins any transfer again). */
export class FileStagingStore implements StagingStore {
  constructor(private readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  private pathOf(index: number): string {
    return join(this.dir, `${index}.snapshot`);
  }

  async create(index: number): Promise<void> {
    await writeFile(this.pathOf(index), new Uint8Array(0));
  }

  async append(index: number, data: Uint8Array): Promise<void> {
    await appendFile(this.pathOf(index), data);
  }

  read(index: number): AsyncGenerator<Uint8Array> {
    return readFilePieces(this.pathOf(index));
  }

  async discard(index: number): Promise<void> {
    await rm(this.pathOf(index), { force: true });
  }
}

/** Snapshot bytes arriving from leaders, staged per (leader, snapshot index) until the core takes one. */
export class SnapshotStaging {
  private readonly expected = new Map<string, number>();
  /** The piece being staged: pieces are staged one at a time, whichever connection they came on. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: StagingStore) {}

  /**
   * Appends one piece; returns true once the final message arrived whole. Pieces out of order
   * (a restarted stream) restart the staging from offset 0 or are refused. One piece at a time:
   * two streams of one snapshot (a leader that sent it again on a new connection) would
   * otherwise interleave their appends between the offset check and the write, and stage bytes
   * that no longer parse (the simulator found this: real-edge.test.ts).
   */
  receive(wire: pb.RaftMessage.$Shape): Promise<"more" | "complete" | "refused"> {
    const staged = this.turn.then(async () => await this.stage(wire));
    this.turn = staged.catch(() => undefined);
    return staged;
  }

  private async stage(wire: pb.RaftMessage.$Shape): Promise<"more" | "complete" | "refused"> {
    const index = wire.snapshot?.index ?? 0;
    const key = `${wire.from ?? ""}:${index}`;
    const offset = wire.snapshotOffset ?? 0;
    if (offset === 0 && !wire.snapshotDone) {
      await this.store.create(index);
      this.expected.set(key, 0);
    }
    if (this.expected.get(key) !== offset) return "refused";
    const data = wire.snapshotData ?? new Uint8Array(0);
    if (data.length > 0) await this.store.append(index, data);
    this.expected.set(key, offset + data.length);
    if (!wire.snapshotDone) return "more";
    this.expected.delete(key);
    return "complete";
  }

  /** The staged bytes, read back in bounded pieces. */
  read(index: number): AsyncGenerator<Uint8Array> {
    return this.store.read(index);
  }

  async discard(index: number): Promise<void> {
    await this.store.discard(index);
  }
}

/** A file's bytes in pieces of at most stagedReadBytes (a staged snapshot, a backup to restore). */
export async function* readFilePieces(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  try {
    // Bounded by the file's size: each turn reads at least one byte or ends.
    for (;;) {
      const buffer = new Uint8Array(stagedReadBytes);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

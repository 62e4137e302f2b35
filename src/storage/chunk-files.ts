/**
 * A content-addressed chunk store in plain files beside the database: `<dir>/<digest>`, one
 * directory for all of them. A put writes `<digest>.<pid>-<n>.tmp` (no sync of its own) and
 * joins a batch (group-sync.ts): one sync makes the whole batch durable — an fdatasync of each
 * file, their renames into place, then ONE fsync of the directory for all the renames — and
 * only then does any put of the batch resolve. Puts that arrive while a batch syncs go into the
 * next. So a chunk either exists whole and durable or not at all, it is durable before the
 * caller persists an entry that references it, and a batch of chunks costs one directory sync
 * instead of one per chunk (the issue measured 73–81 MB/s with a rename and two syncs per chunk,
 * 121 MB/s with the syncs batched). Leftover `.tmp` files from a crash are removed at open.
 *
 * Why one directory: a rename is durable once its directory is synced, so a batch spread over
 * 256 fan-out directories (this store's old layout, moved into the flat one at open) needed
 * nearly a directory sync per chunk. ext4 and xfs index large directories (hashed B-trees), so
 * a lookup stays O(log n); a node holding 1 TiB of 1 MiB chunks has about a million names.
 * Chunk bytes are written once (not twice, as a WAL-then-checkpoint database does), which is
 * why sqlite.ts keeps chunks here by default: see bench/storage.ts.
 */
import { closeSync, fstat, fsyncSync, mkdirSync, open as openCallback, opendirSync, openSync, read as readCallback, renameSync, rmdirSync, rmSync } from "node:fs";
import { open, opendir, readFile, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { assert } from "../lib/assert";
import { storageMetrics } from "../metrics/metrics";
import { isDigest, type Digest } from "../files/digest";
import { digestOfAsync } from "../files/sha256";
import { ChunkCorruptError, errorCode } from "./errors";
import { GroupSync } from "./group-sync";

const openFd = promisify(openCallback);
const fstatFd = promisify(fstat);
/** One pread: the bytes it read (0 at the end of the file). */
function readFd(fd: number, into: Uint8Array, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => readCallback(fd, into, offset, length, position, (error, bytesRead) => (error === null ? resolve(bytesRead) : reject(error))));
}

const tmpSuffix = ".tmp";
/** The old layout's fan-out directories: `<dir>/<ab>/<digest>`. */
const fanoutPattern = /^[0-9a-f]{2}$/;
/**
 * Chunks one sync makes durable at most. Each is a file written and closed, on disk, not in
 * memory; the sync opens each to fdatasync it, so it holds at most this many descriptors. 64 is the
 * batch the issue measured; the write window (16 MiB of chunks from 4 pulls) rarely fills it.
 */
export const chunkSyncBatchMax = 64;
let temporarySequence = 0;

/** Syncs a directory so a rename or unlink in it is durable (POSIX needs the directory fsync). */
export function fsyncDirectory(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
    storageMetrics.fsyncs.with({ kind: "directory" }).inc();
  } finally {
    closeSync(fd);
  }
}

/** The same, without blocking the event loop: other puts' callbacks run during the sync. */
export async function fsyncDirectoryAsync(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
    storageMetrics.fsyncs.with({ kind: "directory" }).inc();
  } finally {
    await handle.close();
  }
}

/** A chunk written to its temporary name, waiting for a batch to sync and rename it. */
interface Written {
  readonly temporary: string;
  readonly target: string;
}

export class ChunkFiles {
  private readonly batches = new GroupSync<Written>(async (batch) => await this.syncBatch(batch), chunkSyncBatchMax);

  private constructor(readonly dir: string) {}

  /** Opens the store (moving chunks of the old fan-out layout into place) and removes torn writes from a crash. */
  static open(dir: string): ChunkFiles {
    mkdirSync(dir, { recursive: true });
    // Bounded by the names in the directory, read one at a time (no array of a million names).
    const entries = opendirSync(dir);
    const fanouts: string[] = [];
    try {
      for (let entry = entries.readSync(); entry !== null; entry = entries.readSync()) {
        if (entry.name.endsWith(tmpSuffix)) rmSync(join(dir, entry.name), { force: true });
        else if (entry.isDirectory() && fanoutPattern.test(entry.name)) fanouts.push(entry.name);
      }
    } finally {
      entries.closeSync();
    }
    for (const fanout of fanouts) ChunkFiles.flatten(dir, fanout);
    fsyncDirectory(dir);
    return new ChunkFiles(dir);
  }

  /** Moves the chunks of one old fan-out directory into `dir` (durable at open's directory sync) and removes it. */
  private static flatten(dir: string, fanout: string): void {
    const sub = join(dir, fanout);
    const entries = opendirSync(sub);
    try {
      for (let entry = entries.readSync(); entry !== null; entry = entries.readSync()) {
        if (isDigest(entry.name)) renameSync(join(sub, entry.name), join(dir, entry.name));
        else rmSync(join(sub, entry.name), { force: true });
      }
    } finally {
      entries.closeSync();
    }
    rmdirSync(sub);
  }

  pathOf(digest: Digest): string {
    return join(this.dir, digest);
  }

  async has(digest: Digest): Promise<boolean> {
    try {
      await stat(this.pathOf(digest));
      return true;
    } catch (error: unknown) {
      if (errorCode(error) === "ENOENT") return false;
      throw error;
    }
  }

  /**
   * Writes the chunk durably unless an intact copy is there; the caller has verified the digest.
   * A copy that no longer matches its digest (bit rot, a bad disk) is replaced: the rename below
   * swaps the file atomically, so repairing a chunk is writing it again.
   */
  async put(digest: Digest, bytes: Uint8Array): Promise<void> {
    if (await this.intact(digest)) return;
    await this.write(digest, bytes);
  }

  /** Writes verified bytes durably unless a copy is there (left unread: the scrub verifies it). */
  async putNew(digest: Digest, bytes: Uint8Array): Promise<void> {
    if (await this.has(digest)) return;
    await this.write(digest, bytes);
  }

  private async write(digest: Digest, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(digest);
    // A unique name: two puts of the same digest may run at once (the lock is shared).
    const temporary = `${target}.${process.pid}-${(temporarySequence += 1)}${tmpSuffix}`;
    const handle = await open(temporary, "w");
    try {
      let written = 0;
      while (written < bytes.length) { // bounded: each turn writes at least one byte or throws
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        assert(bytesWritten > 0, "a write makes progress");
        written += bytesWritten;
      }
    } catch (error: unknown) {
      await handle.close();
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await handle.close();
    // Resolves once a sync that began after this point made the chunk durable under its name.
    await this.batches.add({ temporary, target });
  }

  /**
   * Makes a batch durable: each file's bytes (fdatasync, all at once on the thread pool), then
   * their renames, then one sync of the directory for all of them. A failure leaves no
   * temporary behind and fails every put of the batch.
   */
  private async syncBatch(batch: readonly Written[]): Promise<void> {
    const syncStartedMs = performance.now();
    try {
      await Promise.all(batch.map(async ({ temporary }) => {
        // fdatasync flushes the file's data whichever descriptor wrote it (it acts on the inode).
        const handle = await open(temporary, "r");
        try {
          await handle.datasync();
        } finally {
          await handle.close();
        }
      }));
      storageMetrics.fsyncs.with({ kind: "chunk" }).inc(batch.length);
      for (const { temporary, target } of batch) await rename(temporary, target);
    } catch (error: unknown) {
      await Promise.all(batch.map(async ({ temporary }) => await unlink(temporary).catch(() => undefined)));
      throw error;
    }
    await fsyncDirectoryAsync(this.dir);
    // The files' syncs, the renames and the directory's sync: what a batch's durability costs.
    storageMetrics.fsyncDuration.with({ kind: "chunk" }).observe((performance.now() - syncStartedMs) / 1000);
  }

  /** Whether a copy is stored and matches its digest (reads and hashes it). */
  private async intact(digest: Digest): Promise<boolean> {
    try {
      return (await digestOfAsync(await readFile(this.pathOf(digest)))) === digest;
    } catch (error: unknown) {
      if (errorCode(error) === "ENOENT") return false;
      throw error;
    }
  }

  /** The bytes, or null when absent; throws ChunkCorruptError when they no longer match. */
  async get(digest: Digest): Promise<Uint8Array | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.pathOf(digest));
    } catch (error: unknown) {
      if (errorCode(error) === "ENOENT") return null;
      throw error;
    }
    if ((await digestOfAsync(bytes)) !== digest) throw new ChunkCorruptError(`chunk file ${this.pathOf(digest)} does not match its digest`);
    return bytes;
  }

  /**
   * The file's bytes as they are (unchecked: see Storage.readChunk), or null when absent: into
   * `into` when they fit, so serving a chunk allocates nothing, else into a fresh buffer.
   *
   * Serving a read costs two trips to the I/O threads (open, one read), not four: a read that
   * ends short of `into` has reached the end of the file (a chunk file is written once, whole,
   * and never changes: a short read of a regular file means its end), so no stat is needed; only
   * a file that fills `into` exactly is measured and read again. The descriptor is closed on
   * this thread (closing a read-only file does not wait on the disk). Each trip wakes an I/O
   * thread and then the event loop; dropping two cut the CPU of reading 1 GiB of chunks from the
   * page cache by ~7% (202 -> 188 ms, six rounds back to back). On a filesystem that may answer a
   * read short before the end (FUSE, NFS), a chunk served short fails the reader's size check and
   * it asks another node: nothing unchecked is accepted.
   */
  async read(digest: Digest, into?: Uint8Array): Promise<Uint8Array | null> {
    let fd: number;
    try {
      fd = await openFd(this.pathOf(digest), "r");
    } catch (error: unknown) {
      if (errorCode(error) === "ENOENT") return null;
      throw error;
    }
    try {
      if (into !== undefined && into.length > 0) {
        const first = await readFd(fd, into, 0, into.length, 0);
        if (first < into.length) return into.subarray(0, first);
      }
      const { size } = await fstatFd(fd);
      const bytes = into !== undefined && size <= into.length ? into.subarray(0, size) : new Uint8Array(size);
      // Bounded: each turn reads at least one byte, or stops at a file that shrank under us.
      for (let filled = 0; filled < size; ) {
        const bytesRead = await readFd(fd, bytes, filled, size - filled, filled);
        if (bytesRead === 0) return bytes.subarray(0, filled);
        filled += bytesRead;
      }
      return bytes;
    } finally {
      closeSync(fd);
    }
  }

  async remove(digests: readonly Digest[]): Promise<void> {
    if (digests.length === 0) return;
    for (const digest of digests) {
      await unlink(this.pathOf(digest)).catch((error: unknown) => {
        if (errorCode(error) !== "ENOENT") throw error;
      });
    }
    await fsyncDirectoryAsync(this.dir);
  }

  /** Every stored digest, read from the directory one name at a time (bounded memory). */
  async *list(): AsyncGenerator<Digest> {
    for await (const entry of await opendir(this.dir)) if (isDigest(entry.name)) yield entry.name;
  }
}

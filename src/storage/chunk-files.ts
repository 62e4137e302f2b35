/**
 * A content-addressed chunk store in plain files beside the database: `<dir>/<ab>/<digest>`,
 * 256 fan-out directories so no directory grows past a few thousand names per million chunks.
 * A put writes `<digest>.tmp`, fsyncs it, renames it into place and fsyncs the directory, so a
 * chunk either exists whole and durable or not at all; leftover `.tmp` files from a crash are
 * removed at open. Chunk bytes are written once (not twice, as a WAL-then-checkpoint database
 * does), which is why sqlite.ts keeps chunks here by default: see bench/storage.ts.
 */
import { mkdirSync, openSync, fsyncSync, closeSync, readdirSync, rmSync } from "node:fs";
import { open, readFile, rename, stat, unlink, readdir, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { assert } from "../lib/assert";
import { storageMetrics } from "../metrics/metrics";
import { isDigest, type Digest } from "../files/digest";
import { digestOfAsync } from "../files/sha256";
import { ChunkCorruptError, errorCode } from "./errors";

const fanoutCount = 256;
const tmpSuffix = ".tmp";
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

export class ChunkFiles {
  private constructor(readonly dir: string) {}

  /** Creates the fan-out directories (durably) and removes torn writes from a crash. */
  static open(dir: string): ChunkFiles {
    mkdirSync(dir, { recursive: true });
    for (let prefix = 0; prefix < fanoutCount; prefix += 1) {
      const sub = join(dir, prefix.toString(16).padStart(2, "0"));
      mkdirSync(sub, { recursive: true });
      for (const name of readdirSync(sub)) if (name.endsWith(tmpSuffix)) rmSync(join(sub, name), { force: true });
    }
    fsyncDirectory(dir);
    return new ChunkFiles(dir);
  }

  private subdir(digest: Digest): string {
    return join(this.dir, digest.slice(0, 2));
  }

  pathOf(digest: Digest): string {
    return join(this.subdir(digest), digest);
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
    let syncStartedMs = 0;
    try {
      let written = 0;
      while (written < bytes.length) { // bounded: each turn writes at least one byte or throws
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        assert(bytesWritten > 0, "a write makes progress");
        written += bytesWritten;
      }
      syncStartedMs = performance.now();
      await handle.datasync();
      storageMetrics.fsyncs.with({ kind: "chunk" }).inc();
    } catch (error: unknown) {
      await handle.close();
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await handle.close();
    await rename(temporary, target);
    await fsyncDirectoryAsync(this.subdir(digest));
    // The file's sync, the rename and the directory's sync: what a chunk's durability costs.
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
   */
  async read(digest: Digest, into?: Uint8Array): Promise<Uint8Array | null> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(digest), "r");
    } catch (error: unknown) {
      if (errorCode(error) === "ENOENT") return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const bytes = into !== undefined && size <= into.length ? into.subarray(0, size) : new Uint8Array(size);
      // Bounded: each turn reads at least one byte, or stops at a file that shrank under us.
      for (let filled = 0; filled < size; ) {
        const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
        if (bytesRead === 0) return bytes.subarray(0, filled);
        filled += bytesRead;
      }
      return bytes;
    } finally {
      await handle.close();
    }
  }

  async remove(digests: readonly Digest[]): Promise<void> {
    const touched = new Set<string>();
    for (const digest of digests) {
      await unlink(this.pathOf(digest)).catch((error: unknown) => {
        if (errorCode(error) !== "ENOENT") throw error;
      });
      touched.add(this.subdir(digest));
    }
    for (const dir of touched) await fsyncDirectoryAsync(dir);
  }

  /** Every stored digest, one fan-out directory at a time (bounded by that directory's size). */
  async *list(): AsyncGenerator<Digest> {
    for (let prefix = 0; prefix < fanoutCount; prefix += 1) {
      const names = await readdir(join(this.dir, prefix.toString(16).padStart(2, "0")));
      for (const name of names) if (isDigest(name)) yield name;
    }
  }
}

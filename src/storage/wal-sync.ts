/**
 * Durability for sqlite's write-ahead log without blocking the event loop. A persist commits
 * with synchronous = NORMAL (sqlite writes the WAL frames but does not fsync them: with FULL it
 * would, on the calling thread, and bun:sqlite would hold the whole event loop for it, measured
 * at 0.9–2.2 ms per commit here against 0.2 ms for the commit without its sync), then awaits
 * `sync()`: one fdatasync of the -wal file on the runtime's thread pool. The WAL is appended in
 * order and its surviving part after a crash is a prefix (sqlite checks the frames' running
 * checksums), so a sync covers every commit made before it; callers that arrive while a sync
 * runs share the next one (group-sync.ts). sqlite still syncs the WAL itself before a
 * checkpoint copies it into the database, so a checkpoint never loses what this made durable.
 *
 * The -wal file stays the same file while the database is open (sqlite removes it only when
 * its last connection closes); the handle is checked against the path's inode at every sync
 * anyway, and reopened, with a sync of the directory that makes the new name durable (what
 * sqlite's own first WAL sync does), if it ever changed.
 */
import { statSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { storageMetrics } from "../metrics/metrics";
import { fsyncDirectoryAsync } from "./chunk-files";
import { GroupSync, groupSyncWaitingItemsMax } from "./group-sync";

export class WalSync {
  private handle: { readonly file: FileHandle; readonly inode: number } | null = null;
  private readonly group = new GroupSync<null>(async () => await this.datasync(), groupSyncWaitingItemsMax);

  constructor(private readonly walPath: string) {}

  /** Resolves once every commit made before this call is durable. */
  async sync(): Promise<void> {
    await this.group.add(null);
  }

  /** fdatasyncs run so far (each covered every caller waiting when it began). */
  get syncs(): number {
    return this.group.syncs;
  }

  private async datasync(): Promise<void> {
    const file = await this.current();
    await file.datasync();
    storageMetrics.fsyncs.with({ kind: "log" }).inc();
  }

  /** The open -wal file; throws when it is absent (it exists once anything was committed). */
  private async current(): Promise<FileHandle> {
    const inode = statSync(this.walPath).ino;
    if (this.handle !== null && this.handle.inode === inode) return this.handle.file;
    await this.handle?.file.close();
    this.handle = null;
    const file = await open(this.walPath, "r");
    this.handle = { file, inode: (await file.stat()).ino };
    await fsyncDirectoryAsync(dirname(this.walPath));
    return file;
  }

  async close(): Promise<void> {
    await this.handle?.file.close();
    this.handle = null;
  }
}

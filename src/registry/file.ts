/**
 * The embedded registry: one JSON file (format in file-format.ts) shared by every cluster on
 * one machine. The default for `--registry file:PATH`.
 *
 * Updates are atomic and serialised: under the lock file (file-lock.ts) a writer reads the
 * current file, applies its change, writes the whole file to a temp file in the same
 * directory, fsyncs it, renames it over the registry and fsyncs the directory. Readers take no
 * lock: rename is atomic, so a reader sees the old file or the new one, never a mix. Within
 * one process, calls on one FileRegistry also queue behind each other, so they do not poll
 * the lock against themselves.
 *
 * Expiry is by timestamp: an entry stores `expiresMs`; list() hides dead entries and every
 * update drops them from the file.
 *
 * The corrupt-file rule. A file that does not parse (file-format.ts says why) is reported:
 * list() rejects with RegistryError "corrupt" naming the path and the problem, and open()
 * logs it. The next register() replaces it, because every live cluster re-registers within
 * its heartbeat and the file holds nothing else worth keeping: the bad file is first renamed
 * to `PATH.corrupt-<ms>` (kept for inspection, never deleted by us) and a warning names that
 * copy. deregister() never replaces a corrupt file. A file from a newer Gossamer is never
 * replaced at all (RegistryError "newer-format").
 */
import { open, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { assert, AssertionError } from "../lib/assert";
import { silentLogger, type Logger } from "../lib/logger";
import { describeCause, errorCode, RegistryError, type RegistryLocation } from "./errors";
import { acquireFileLock } from "./file-lock";
import {
  fileBytesMax, liveEntries, parseRegistryFile, serializeRegistryFile, withoutExpired, type ParsedFile, type StoredEntry,
} from "./file-format";
import { clustersMax, validateClusterId, validateEntry, type ClusterEntry, type Registry, type RegistryEntry } from "./registry";

export interface FileRegistryOptions {
  readonly path: string;
  readonly logger?: Logger;
  /** The clock, ms since the epoch; injected so expiry can be tested without waiting. */
  readonly now?: () => number;
  /** Lock bounds (file-lock.ts defaults); tests shorten them. */
  readonly lockStaleMs?: number;
  readonly lockWaitMs?: number;
}

type Mutation = (document: Map<string, StoredEntry>, nowMs: number) => void;

export class FileRegistry implements Registry {
  readonly location: RegistryLocation;
  private readonly logger: Logger;
  private readonly now: () => number;
  /** The tail of this instance's queue of operations; each waits for the one before. */
  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(private readonly options: FileRegistryOptions) {
    this.location = { kind: "file", path: options.path };
    this.logger = (options.logger ?? silentLogger).child({ registry: options.path });
    this.now = options.now ?? Date.now;
  }

  /**
   * Checks the directory is usable (the lock can be taken there) and reads the file once, so a
   * wrong path fails at start-up with a clear error. A corrupt file is logged, not fatal.
   */
  static async open(options: FileRegistryOptions): Promise<FileRegistry> {
    assert(options.path.length > 0, "the registry path is not empty");
    const registry = new FileRegistry(options);
    await registry.serialised(async () => {
      const lock = await registry.lock();
      await lock.release();
      const parsed = await registry.read();
      if (parsed.kind === "corrupt") registry.logger.warn("registry.file.corrupt", { detail: parsed.detail, rule: "replaced at the next register" });
      if (parsed.kind === "newer") throw registry.newerError(parsed.version);
    });
    return registry;
  }

  async register(entry: RegistryEntry, ttlMs: number): Promise<void> {
    validateEntry(entry, ttlMs, this.location);
    await this.update("register", true, (document, nowMs) => {
      if (!document.has(entry.cluster) && document.size >= clustersMax) {
        throw new RegistryError("full", this.location, { detail: `${clustersMax} clusters registered; cannot add ${entry.cluster}` });
      }
      document.set(entry.cluster, { queues: [...entry.queues], leader: entry.leader, updatedMs: nowMs, expiresMs: nowMs + ttlMs });
    });
  }

  async deregister(cluster: string): Promise<void> {
    validateClusterId(cluster, this.location);
    await this.update("deregister", false, (document) => {
      document.delete(cluster);
    });
  }

  async list(): Promise<ClusterEntry[]> {
    return await this.serialised(async () => {
      const parsed = await this.read();
      switch (parsed.kind) {
        case "ok": {
          const live = liveEntries(parsed.document, this.now());
          assert(live.length <= clustersMax, "the file holds at most clustersMax entries");
          return live;
        }
        case "corrupt": throw this.corruptError(parsed.detail);
        case "newer": throw this.newerError(parsed.version);
        default: { const never: never = parsed; return never; }
      }
    });
  }

  async close(): Promise<void> {
    // Let queued operations finish; then refuse new ones.
    await this.tail.catch(() => undefined);
    this.closed = true;
  }

  /** Runs `operation` after every earlier call on this instance, mapping failures to RegistryError. */
  private async serialised<T>(operation: () => Promise<T>): Promise<T> {
    if (this.closed) throw new RegistryError("closed", this.location, { detail: "the registry was closed" });
    const run = this.tail.then(operation, operation);
    this.tail = run.then(() => undefined, () => undefined);
    try {
      return await run;
    } catch (error: unknown) {
      if (error instanceof RegistryError || error instanceof AssertionError) throw error;
      throw new RegistryError("io", this.location, { detail: describeCause(error), cause: error });
    }
  }

  private async update(operation: string, replaceCorrupt: boolean, mutate: Mutation): Promise<void> {
    await this.serialised(async () => {
      const lock = await this.lock();
      try {
        const parsed = await this.read();
        const current = await this.currentDocument(parsed, replaceCorrupt);
        const nowMs = this.now();
        const { document, expired } = withoutExpired(current, nowMs);
        if (expired.length > 0) this.logger.debug("registry.file.expired", { clusters: expired });
        mutate(document, nowMs);
        assert(document.size <= clustersMax, "an update keeps the file within clustersMax");
        await this.writeAtomically(serializeRegistryFile(document));
        this.logger.debug("registry.file.updated", { operation, clusters: document.size });
      } finally {
        await lock.release();
      }
    });
  }

  /** The document to update; applies the corrupt-file rule (see the header). */
  private async currentDocument(parsed: ParsedFile, replaceCorrupt: boolean): Promise<Map<string, StoredEntry>> {
    switch (parsed.kind) {
      case "ok": return new Map(parsed.document);
      case "newer": throw this.newerError(parsed.version);
      case "corrupt": {
        if (!replaceCorrupt) throw this.corruptError(parsed.detail);
        const backup = `${this.options.path}.corrupt-${this.now()}`;
        await rename(this.options.path, backup);
        this.logger.warn("registry.file.corrupt-replaced", { detail: parsed.detail, backup,
          note: "entries in the bad file are lost until their clusters re-register (next heartbeat)" });
        return new Map();
      }
      default: { const never: never = parsed; return never; }
    }
  }

  private async read(): Promise<ParsedFile> {
    let text: string;
    try {
      text = await readFile(this.options.path, "utf8");
    } catch (error: unknown) {
      if (errorCode(error) === "ENOENT") return { kind: "ok", document: new Map() };
      throw new RegistryError("io", this.location, { detail: `cannot read: ${describeCause(error)}`, cause: error });
    }
    if (text.length > fileBytesMax) return { kind: "corrupt", detail: `${text.length} bytes; a registry file is at most ${fileBytesMax}` };
    return parseRegistryFile(text);
  }

  /** Temp file in the same directory (so rename is atomic), fsync, rename, fsync the directory. */
  private async writeAtomically(text: string): Promise<void> {
    const path = this.options.path;
    const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
    try {
      const handle = await open(temp, "wx", 0o644);
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error: unknown) {
      await unlink(temp).catch(() => undefined);
      throw new RegistryError("io", this.location, { detail: `cannot write: ${describeCause(error)}`, cause: error });
    }
    const directory = await open(dirname(path), "r");
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }

  private async lock(): Promise<{ release(): Promise<void> }> {
    return await acquireFileLock({
      lockPath: `${this.options.path}.lock`, registryPath: this.options.path, logger: this.logger,
      staleMs: this.options.lockStaleMs, waitMs: this.options.lockWaitMs,
    });
  }

  private corruptError(detail: string): RegistryError {
    return new RegistryError("corrupt", this.location, { detail: `${detail}; the next register() moves it to ${this.options.path}.corrupt-<ms> and starts afresh` });
  }

  private newerError(version: number): RegistryError {
    return new RegistryError("newer-format", this.location, { detail: `written by a newer Gossamer (format version ${version}); not touched` });
  }
}

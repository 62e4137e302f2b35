/**
 * A lock between processes on one machine: the file `<registry>.lock`, created with O_EXCL
 * (`open(path, "wx")`), holding "hostname pid token createdMs". Whoever created it holds the
 * lock; unlinking it releases it.
 *
 * Stale locks. A holder killed with SIGKILL leaves the file behind. A waiter treats a lock as
 * stale when its holder's pid is gone on this host (kill(pid, 0) says ESRCH), or when the file
 * is older than `lockStaleMs` whatever the pid (pid reuse, a lock from another host). The
 * critical section is one read, one small write, an fsync and a rename, so a live holder
 * keeps the lock for milliseconds, far under the bound.
 *
 * Breaking a stale lock is a rename, not an unlink: the waiter renames the lock to a name of
 * its own, then reads what it moved. If that is the lock it judged stale, it deletes it; if a
 * third process had meanwhile broken the same stale lock and taken a fresh one (which the
 * rename just moved), the waiter puts it back with link(), which fails rather than overwrite
 * anything. So a fresh lock is never deleted by a waiter acting on an old observation, except
 * in the narrow case where a fourth process creates a lock during that put-back window; the
 * log line "registry.file.lock-restore-lost" reports it.
 */
import { link, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { describeCause, errorCode, RegistryError } from "./errors";

/** A lock this old is stale whatever its pid says. Far above any critical section's length. */
export const lockStaleMs = 5_000;
/** A waiter gives up after this long; it outlasts a stale lock so a crashed holder never blocks. */
export const lockWaitMs = 8_000;
/** Retry interval bounds while the lock is held by someone else (jittered to avoid lockstep). */
const lockPollMsMin = 2;
const lockPollMsMax = 20;

assert(lockWaitMs > lockStaleMs, "a waiter outlives a stale lock, so it can break it");
assert(lockPollMsMin < lockPollMsMax, "the poll interval range is not empty");
assert(lockPollMsMax * 10 < lockStaleMs, "waiters poll many times before a lock goes stale");

export interface FileLockOptions {
  readonly lockPath: string;
  /** The registry file the lock protects, for error messages. */
  readonly registryPath: string;
  readonly logger: Logger;
  readonly staleMs?: number;
  readonly waitMs?: number;
}

export interface HeldLock {
  release(): Promise<void>;
}

interface LockOwner {
  readonly host: string;
  readonly pid: number;
  readonly token: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock, waiting at most `waitMs`; rejects with RegistryError "lock-timeout" or "io". */
export async function acquireFileLock(options: FileLockOptions): Promise<HeldLock> {
  const staleMs = options.staleMs ?? lockStaleMs;
  const waitMs = options.waitMs ?? lockWaitMs;
  assert(staleMs > 0 && waitMs > 0, "lock bounds are positive");
  const location = { kind: "file", path: options.registryPath } as const;
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const content = `${hostname()} ${process.pid} ${token} ${Date.now()}\n`;
  const deadline = Date.now() + waitMs;
  let holder = "unknown";
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(options.lockPath, "wx", 0o644);
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      return { release: async () => await releaseFileLock(options, token) };
    } catch (error: unknown) {
      if (errorCode(error) !== "EEXIST") {
        throw new RegistryError("io", location, { detail: `cannot create lock ${options.lockPath}: ${describeCause(error)}`, cause: error });
      }
    }
    const seen = await inspectLock(options.lockPath, staleMs);
    if (seen !== null) holder = seen.description;
    if (seen !== null && seen.stale) await breakStaleLock(options, seen.content, seen.description);
    if (Date.now() >= deadline) {
      throw new RegistryError("lock-timeout", location, {
        detail: `lock ${options.lockPath} held by ${holder} for more than ${waitMs} ms after ${attempt + 1} tries`,
      });
    }
    await sleep(lockPollMsMin + Math.random() * (lockPollMsMax - lockPollMsMin));
  }
}

/** The lock's content and whether it is stale; null when it vanished meanwhile. */
async function inspectLock(lockPath: string, staleMs: number): Promise<{ content: string; stale: boolean; description: string } | null> {
  let content: string;
  let mtimeMs: number;
  try {
    content = await readFile(lockPath, "utf8");
    mtimeMs = (await stat(lockPath)).mtimeMs;
  } catch (error: unknown) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  const owner = parseOwner(content);
  const ageMs = Date.now() - mtimeMs;
  const description = owner === null ? `an unreadable lock (${ageMs} ms old)` : `pid ${owner.pid} on ${owner.host}`;
  // An empty file is a holder between open() and write(): young, so only age makes it stale.
  if (ageMs > staleMs) return { content, stale: true, description: `${description}, ${ageMs} ms old` };
  if (owner !== null && owner.host === hostname() && !pidAlive(owner.pid)) {
    return { content, stale: true, description: `${description}, which has exited` };
  }
  return { content, stale: false, description };
}

async function breakStaleLock(options: FileLockOptions, judged: string, description: string): Promise<void> {
  const aside = `${options.lockPath}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await rename(options.lockPath, aside);
  } catch (error: unknown) {
    if (errorCode(error) === "ENOENT") return; // someone else broke it first
    throw error;
  }
  const moved = await readFile(aside, "utf8").catch(() => "");
  if (moved === judged) {
    await unlink(aside).catch(() => undefined);
    options.logger.warn("registry.file.stale-lock-broken", { lock: options.lockPath, holder: description });
    return;
  }
  // We moved a fresh lock someone took after our observation: put it back without overwriting.
  try {
    await link(aside, options.lockPath);
  } catch (error: unknown) {
    options.logger.warn("registry.file.lock-restore-lost", { lock: options.lockPath, cause: describeCause(error) });
  }
  await unlink(aside).catch(() => undefined);
}

async function releaseFileLock(options: FileLockOptions, token: string): Promise<void> {
  let content = "";
  try {
    content = await readFile(options.lockPath, "utf8");
  } catch (error: unknown) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  if (parseOwner(content)?.token !== token) {
    // Our lock was broken as stale: we held it longer than the bound. Leave theirs alone.
    options.logger.warn("registry.file.lock-lost", { lock: options.lockPath });
    return;
  }
  await unlink(options.lockPath);
}

function parseOwner(content: string): LockOwner | null {
  const [host, pidText, token] = content.trim().split(" ");
  if (host === undefined || pidText === undefined || token === undefined) return null;
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { host, pid, token };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return errorCode(error) === "EPERM";
  }
}

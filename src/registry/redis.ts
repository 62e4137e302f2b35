/**
 * The registry in Redis, through ioredis, for `--registry redis://HOST:PORT`.
 *
 * Keys (also in docs/registry.md; the prefix is "gossamer:" unless a test sets another):
 *
 *   gossamer:cluster:<id>   hash, one per live cluster, PEXPIRE = the registered ttl:
 *                             queues     JSON array of "host:port" queue-server addresses
 *                             leader     the leader's id or address; "" when unknown
 *                             updatedMs  when the leader last registered (its clock, ms since epoch)
 *                             ttlMs      the ttl it registered with
 *   gossamer:clusters       sorted set of cluster ids, every score 0, so ZRANGE returns them in
 *                           byte order of the id: the ring order. Members expire lazily: list()
 *                           removes ids whose hash has expired, in one Lua script that checks
 *                           EXISTS and ZREMs atomically, so a cluster re-registering at that
 *                           moment is never dropped from the ring.
 *
 *   redis-cli ZRANGE gossamer:clusters 0 -1
 *   redis-cli HGETALL gossamer:cluster:alpha
 *   redis-cli PTTL gossamer:cluster:alpha
 *
 * register() is one MULTI (HSET, PEXPIRE, ZADD) and deregister() one MULTI (DEL, ZREM), so no
 * reader sees a hash without its expiry.
 *
 * Connection policy. At start-up Redis must answer within `startupWaitMs`, or open() rejects
 * with RegistryError "unreachable" naming host, port and the cause (ECONNREFUSED, ETIMEDOUT):
 * during start-up the retry strategy returns null, so ioredis makes exactly one attempt.
 * Once running, a lost connection is retried by ioredis in the background with capped,
 * jittered exponential backoff (src/net/backoff.ts), forever, until close(). Meanwhile every
 * operation fails at once with "unreachable" (enableOfflineQueue: false, so nothing queues up;
 * maxRetriesPerRequest: 0, so commands in flight when the connection drops are failed rather
 * than replayed; commandTimeout, so a hung server cannot hold a caller). The local cluster
 * never waits on Redis: the heartbeat logs and carries on.
 */
import Redis from "ioredis";
import { assert } from "../lib/assert";
import { silentLogger, type Logger } from "../lib/logger";
import { backoffDelayMs, type BackoffPolicy } from "../net/backoff";
import { addressProblem, clusterIdProblem, compareClusterIds } from "./cluster-id";
import { describeCause, RegistryError, type RegistryLocation } from "./errors";
import type { RedisAccess } from "./spec";
import { clustersMax, validateClusterId, validateEntry, type ClusterEntry, type Registry, type RegistryEntry } from "./registry";

export const keyPrefixDefault = "gossamer:";
/** TCP connect bound per attempt. */
export const connectTimeoutMsDefault = 2_000;
/** The whole start-up (connect and ready check) must finish within this. */
export const startupWaitMsDefault = 3_000;
/** A command the server does not answer within this fails; registry commands take microseconds. */
export const commandTimeoutMsDefault = 2_000;
/** Members read from the ring set per list(); dead members beyond live ones are pruned. */
export const ringScanMax = 4 * clustersMax;
/** Background reconnect delays: first retry within 100 ms, then doubling up to 5 s. */
export const reconnectBackoffDefault: BackoffPolicy = { delayMsBase: 100, delayMsCap: 5_000 };

assert(connectTimeoutMsDefault <= startupWaitMsDefault, "one connect attempt fits in the start-up bound");
assert(ringScanMax >= clustersMax, "a scan can see a full ring");
assert(reconnectBackoffDefault.delayMsCap <= 10_000, "a recovered Redis is used again within seconds");

export interface RedisRegistryOptions {
  readonly host: string;
  readonly port: number;
  /** User, password, database and TLS (spec.ts); absent: no login, database 0, plain TCP. */
  readonly access?: RedisAccess;
  /** PEM of a CA to trust for TLS besides the system's. */
  readonly tlsCa?: string | null;
  readonly logger?: Logger;
  /** Prefix of every key; tests give each case its own. */
  readonly keyPrefix?: string;
  readonly connectTimeoutMs?: number;
  readonly startupWaitMs?: number;
  readonly commandTimeoutMs?: number;
  readonly reconnectBackoff?: BackoffPolicy;
}

/** Removes ring members whose hash is gone; atomic per call, so a concurrent register survives. */
const pruneScript = `
local removed = 0
for index = 2, #ARGV do
  if redis.call('EXISTS', ARGV[1] .. ARGV[index]) == 0 then
    removed = removed + redis.call('ZREM', KEYS[1], ARGV[index])
  end
end
return removed`;

type Phase = "starting" | "running" | "closed";

export class RedisRegistry implements Registry {
  readonly location: RegistryLocation;
  private phase: Phase = "starting";
  /** The last connection error ioredis reported; named in "unreachable" errors. */
  private lastError: unknown = null;
  /** Whether we have told the log the connection is down (so we log transitions, not every retry). */
  private reportedDown = false;
  private readonly ringKey: string;
  private readonly clusterKeyPrefix: string;

  private constructor(private readonly client: Redis, private readonly options: RedisRegistryOptions, private readonly logger: Logger) {
    this.location = { kind: "redis", host: options.host, port: options.port };
    const prefix = options.keyPrefix ?? keyPrefixDefault;
    this.ringKey = `${prefix}clusters`;
    this.clusterKeyPrefix = `${prefix}cluster:`;
  }

  /** Connects once; rejects with RegistryError "unreachable" within `startupWaitMs` if Redis does not answer. */
  static async open(options: RedisRegistryOptions): Promise<RedisRegistry> {
    assert(Number.isInteger(options.port) && options.port > 0 && options.port < 65_536, "the port is a port");
    const logger = (options.logger ?? silentLogger).child({ registry: `redis://${options.host}:${options.port}` });
    const backoff = options.reconnectBackoff ?? reconnectBackoffDefault;
    let registry: RedisRegistry | null = null;
    const access = options.access;
    const client = new Redis({
      host: options.host, port: options.port, lazyConnect: true,
      ...(access?.username === null || access?.username === undefined ? {} : { username: access.username }),
      ...(access?.password === null || access?.password === undefined ? {} : { password: access.password }),
      db: access?.db ?? 0,
      ...(access?.tls === true ? { tls: options.tlsCa === null || options.tlsCa === undefined ? {} : { ca: options.tlsCa } } : {}),
      connectTimeout: options.connectTimeoutMs ?? connectTimeoutMsDefault,
      commandTimeout: options.commandTimeoutMs ?? commandTimeoutMsDefault,
      enableOfflineQueue: false, maxRetriesPerRequest: 0, autoResubscribe: false,
      // One attempt during start-up (a clear error beats a silent wait); forever once running.
      retryStrategy: (times: number) => registry?.phase === "running" ? backoffDelayMs(Math.max(0, times - 1), Math.random, backoff) : null,
    });
    registry = new RedisRegistry(client, options, logger);
    registry.watchConnection();
    await registry.connectAtStartup(options.startupWaitMs ?? startupWaitMsDefault);
    return registry;
  }

  async register(entry: RegistryEntry, ttlMs: number): Promise<void> {
    validateEntry(entry, ttlMs, this.location);
    const key = this.clusterKey(entry.cluster);
    const fields = { queues: JSON.stringify(entry.queues), leader: entry.leader ?? "", updatedMs: String(Date.now()), ttlMs: String(ttlMs) };
    await this.transaction("register", this.client.multi().hset(key, fields).pexpire(key, ttlMs).zadd(this.ringKey, 0, entry.cluster));
  }

  async deregister(cluster: string): Promise<void> {
    validateClusterId(cluster, this.location);
    await this.transaction("deregister", this.client.multi().del(this.clusterKey(cluster)).zrem(this.ringKey, cluster));
  }

  async list(): Promise<ClusterEntry[]> {
    this.checkUsable();
    const ids = await this.command("list", async () => await this.client.zrange(this.ringKey, 0, ringScanMax - 1));
    const valid = ids.filter((id) => clusterIdProblem(id) === null).sort(compareClusterIds);
    const pipeline = this.client.pipeline();
    for (const id of valid) pipeline.hgetall(this.clusterKey(id));
    const replies = valid.length === 0 ? [] : await this.command("list", async () => await pipeline.exec());
    const live: ClusterEntry[] = [];
    const dead: string[] = ids.filter((id) => clusterIdProblem(id) !== null);
    for (const [index, id] of valid.entries()) {
      const reply = replies?.[index];
      if (reply === undefined || reply[0] !== null) throw this.unreachable("list", reply?.[0] ?? new Error("no reply"));
      const entry = this.entryFrom(id, reply[1]);
      if (entry === null) dead.push(id);
      else live.push(entry);
    }
    if (dead.length > 0) await this.prune(dead);
    if (live.length > clustersMax) this.logger.warn("registry.redis.ring-truncated", { clusters: live.length, listed: clustersMax });
    return live.slice(0, clustersMax);
  }

  async close(): Promise<void> {
    if (this.phase === "closed") return;
    this.phase = "closed";
    try {
      if (this.client.status === "ready") await this.client.quit();
    } catch (error: unknown) {
      this.logger.debug("registry.redis.quit-failed", { error: describeCause(error) });
    } finally {
      this.client.disconnect();
    }
  }

  private watchConnection(): void {
    this.client.on("error", (error: unknown) => {
      this.lastError = error;
    });
    this.client.on("close", () => {
      if (this.phase !== "running" || this.reportedDown) return;
      this.reportedDown = true;
      this.logger.warn("registry.redis.connection-lost", { cause: describeCause(this.lastError ?? "closed by the server"),
        policy: "retrying in the background with backoff; registry operations fail until it is back" });
    });
    this.client.on("ready", () => {
      if (!this.reportedDown) return;
      this.reportedDown = false;
      this.logger.info("registry.redis.reconnected", {});
    });
  }

  private async connectAtStartup(waitMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${waitMs} ms`)), waitMs);
    });
    try {
      await Promise.race([this.client.connect(), timeout]);
      this.phase = "running";
    } catch (error: unknown) {
      this.phase = "closed";
      this.client.disconnect();
      const cause = this.lastError ?? error;
      throw new RegistryError("unreachable", this.location, { detail: `cannot connect: ${describeCause(cause)}`, cause });
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
  }

  private checkUsable(): void {
    if (this.phase === "closed") throw new RegistryError("closed", this.location, { detail: "the registry was closed" });
    if (this.client.status !== "ready") {
      throw new RegistryError("unreachable", this.location, {
        detail: `not connected (${this.client.status}; last error: ${describeCause(this.lastError ?? "none")}); retrying in the background`,
        cause: this.lastError,
      });
    }
  }

  private async command<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error: unknown) {
      throw this.unreachable(operation, error);
    }
  }

  private async transaction(operation: string, multi: ReturnType<Redis["multi"]>): Promise<void> {
    this.checkUsable();
    const replies = await this.command(operation, async () => await multi.exec());
    if (replies === null) throw this.unreachable(operation, new Error("transaction discarded"));
    for (const [error] of replies) if (error !== null) throw this.unreachable(operation, error);
  }

  private async prune(dead: readonly string[]): Promise<void> {
    try {
      const removed = await this.client.eval(pruneScript, 1, this.ringKey, this.clusterKeyPrefix, ...dead);
      this.logger.debug("registry.redis.pruned", { clusters: dead, removed });
    } catch (error: unknown) {
      // Pruning is housekeeping: the entries are already hidden; the next list() tries again.
      this.logger.debug("registry.redis.prune-failed", { error: describeCause(error) });
    }
  }

  /** A live entry from its hash; null when the hash is gone or not ours (logged). */
  private entryFrom(cluster: string, raw: unknown): ClusterEntry | null {
    if (typeof raw !== "object" || raw === null) return null;
    const fields = new Map(Object.entries(raw));
    if (fields.size === 0) return null;
    const queues = parseQueues(fields.get("queues"));
    const leader = fields.get("leader");
    const updatedMs = Number(fields.get("updatedMs"));
    if (queues === null || typeof leader !== "string" || (leader !== "" && addressProblem(leader) !== null) || !Number.isSafeInteger(updatedMs)) {
      this.logger.warn("registry.redis.entry-unreadable", { key: this.clusterKey(cluster), note: "skipped; not listed" });
      return null;
    }
    return { cluster, queues, leader: leader === "" ? null : leader, updatedMs };
  }

  private unreachable(operation: string, error: unknown): RegistryError {
    if (error instanceof RegistryError) return error;
    const isReply = error instanceof Error && error.name === "ReplyError";
    return new RegistryError(isReply ? "corrupt" : "unreachable", this.location, { detail: `${operation}: ${describeCause(error)}`, cause: error });
  }

  private clusterKey(cluster: string): string {
    return `${this.clusterKeyPrefix}${cluster}`;
  }
}

function parseQueues(text: unknown): string[] | null {
  if (typeof text !== "string") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const queues: string[] = [];
  for (const address of value) {
    if (typeof address !== "string" || addressProblem(address) !== null) return null;
    queues.push(address);
  }
  return queues;
}

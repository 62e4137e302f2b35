/**
 * The heartbeat a cluster's leader (or its queue server) runs: register the cluster at once,
 * then every `intervalMs` with ttl = `ttlIntervals` × interval, so the entry survives two lost
 * beats but disappears within three intervals of the process dying.
 *
 * The registry being down never stops the cluster: a failed beat is logged (a warning on the
 * first failure, debug lines after, an info line when it works again) and retried with
 * capped, jittered exponential backoff, from about one interval up to `retryIntervalsMax`
 * intervals. A RegistryError is the only failure expected here; anything else is a bug and is
 * rethrown out of the timer so the process's top level sees it (STYLE.md §4).
 *
 * stop() ends the beats, waits for one in flight, and deregisters (unless told not to; a
 * failed deregister is logged: the entry then expires by itself). It never rejects with a
 * RegistryError.
 *
 * Leadership changes: the old leader's stop() deregisters the cluster; if the new leader has
 * already registered, the cluster is missing from the ring until the new leader's next beat
 * (at most one interval). Call stop() on stepping down before the new leader can start, or
 * pass `deregister: false` to stop().
 */
import { assert } from "../lib/assert";
import { silentLogger, type Logger } from "../lib/logger";
import { backoffDelayMs } from "../net/backoff";
import { describeCause, RegistryError } from "./errors";
import { ttlMsMax, ttlMsMin, type Registry, type RegistryEntry } from "./registry";

/** ttl / interval: an entry outlives two missed beats. */
export const ttlIntervals = 3;
/** Retry delays while the registry is down grow up to this many intervals. */
export const retryIntervalsMax = 4;
/** A sensible default beat for a LAN: a dead cluster leaves the ring within 3 s. */
export const heartbeatIntervalMsDefault = 1_000;

assert(ttlIntervals >= 2, "an entry survives one late beat");
assert(retryIntervalsMax >= 1, "retries are not faster than beats");
assert(heartbeatIntervalMsDefault * ttlIntervals <= ttlMsMax, "the default ttl is accepted by the registry");

export interface HeartbeatOptions {
  readonly registry: Registry;
  /** What to register; read at every beat, so a new leader or queue address is picked up. */
  readonly entry: () => RegistryEntry;
  readonly intervalMs?: number;
  readonly logger?: Logger;
  /** Jitter source for retry delays; a seeded Prng's next() in tests. */
  readonly random?: () => number;
}

export interface HeartbeatState {
  /** The last beat succeeded. */
  readonly registered: boolean;
  readonly beats: number;
  readonly failuresInRow: number;
  readonly lastError: RegistryError | null;
}

export interface Heartbeat {
  /** Resolves after the first beat: true when it registered. */
  readonly firstBeat: Promise<boolean>;
  state(): HeartbeatState;
  stop(options?: { readonly deregister?: boolean }): Promise<void>;
}

export function startHeartbeat(options: HeartbeatOptions): Heartbeat {
  const intervalMs = options.intervalMs ?? heartbeatIntervalMsDefault;
  const ttlMs = intervalMs * ttlIntervals;
  assert(Number.isInteger(intervalMs) && intervalMs > 0, "the interval is a positive integer");
  assert(ttlMs >= ttlMsMin && ttlMs <= ttlMsMax, "the ttl derived from the interval is accepted by the registry");
  const logger = (options.logger ?? silentLogger).child({ component: "registry-heartbeat" });
  const random = options.random ?? Math.random;
  const retryPolicy = { delayMsBase: intervalMs, delayMsCap: intervalMs * retryIntervalsMax };
  let state: HeartbeatState = { registered: false, beats: 0, failuresInRow: 0, lastError: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;
  let resolveFirst: (registered: boolean) => void = () => undefined;
  const firstBeat = new Promise<boolean>((resolve) => { resolveFirst = resolve; });

  const beat = async (): Promise<void> => {
    const entry = options.entry();
    try {
      await options.registry.register(entry, ttlMs);
      if (state.failuresInRow > 0) logger.info("registry.heartbeat.restored", { cluster: entry.cluster, failures: state.failuresInRow });
      state = { registered: true, beats: state.beats + 1, failuresInRow: 0, lastError: null };
    } catch (error: unknown) {
      if (!(error instanceof RegistryError)) throw error;
      const fields = { cluster: entry.cluster, error: error.message, reason: error.reason };
      if (state.failuresInRow === 0) logger.warn("registry.heartbeat.failed", { ...fields, policy: "the cluster keeps working; retrying with backoff" });
      else logger.debug("registry.heartbeat.failed-again", { ...fields, failuresInRow: state.failuresInRow + 1 });
      state = { registered: false, beats: state.beats + 1, failuresInRow: state.failuresInRow + 1, lastError: error };
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    const delayMs = state.failuresInRow === 0 ? intervalMs : backoffDelayMs(state.failuresInRow - 1, random, retryPolicy);
    assert(delayMs > 0 && delayMs <= intervalMs * retryIntervalsMax, "the next beat is within bounds");
    timer = setTimeout(run, delayMs);
  };

  const run = (): void => {
    timer = null;
    inFlight = beat().then(() => {
      resolveFirst(state.registered);
      schedule();
    }, (error: unknown) => {
      // A bug (not a RegistryError): stop beating and let the top level see it.
      stopped = true;
      logger.error("registry.heartbeat.bug", { error: describeCause(error) });
      queueMicrotask(() => { throw error; });
    });
  };

  run();
  return {
    firstBeat,
    state: () => state,
    stop: async (stopOptions = {}): Promise<void> => {
      if (stopped) return;
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await inFlight;
      resolveFirst(state.registered);
      if (stopOptions.deregister === false) return;
      const cluster = options.entry().cluster;
      try {
        await options.registry.deregister(cluster);
        logger.info("registry.heartbeat.deregistered", { cluster });
      } catch (error: unknown) {
        if (!(error instanceof RegistryError)) throw error;
        logger.warn("registry.heartbeat.deregister-failed", { cluster, error: error.message, note: `the entry expires within ${ttlMs} ms` });
      }
    },
  };
}

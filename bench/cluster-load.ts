/**
 * Load loops and statistics for bench/cluster.ts: a closed loop of N concurrent clients that
 * each issue one operation after another (bounded in count and in time), latency percentiles,
 * and the probe loop that times a failover (the first acknowledged write after a SIGKILL).
 */
import { assert } from "../src/lib/assert";
import type { PhaseCost, PhaseMeter } from "./cluster-usage";

/**
 * One operation of a load loop; resolves true when it was acknowledged. `client` (0-based) is
 * the loop issuing it: a client runs one operation at a time, so it may own resources.
 */
export type Operation = (sequence: number, client: number) => Promise<boolean>;

export interface LoadFigures {
  readonly concurrency: number;
  readonly acknowledged: number;
  readonly failed: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** What the measured phase cost the servers and the in-process clients. */
  readonly cost: PhaseCost;
}

export interface LoadBounds {
  readonly concurrency: number;
  /** Operations to issue in the measured phase (after the warm-up). */
  readonly operations: number;
  /** The measured phase stops issuing new operations after this long. */
  readonly timeMs: number;
  /** Operations per client before measuring (connections, JIT, caches); not counted. */
  readonly warmupPerClient: number;
}

/**
 * Runs `operation` from `concurrency` clients until `operations` were issued or time is up;
 * `meter` charges the measured phase (not the warm-up) to the processes it watches.
 */
export async function runLoad(bounds: LoadBounds, meter: PhaseMeter, operation: Operation): Promise<LoadFigures> {
  assert(bounds.concurrency >= 1, "a load has at least one client");
  assert(bounds.operations >= bounds.concurrency, "every client issues at least one operation");
  let sequence = 0;
  await Promise.all(Array.from({ length: bounds.concurrency }, async (_, client) => {
    for (let at = 0; at < bounds.warmupPerClient; at += 1) {
      sequence += 1;
      await operation(sequence, client);
    }
  }));
  const latencies: number[] = [];
  let issued = 0;
  let failed = 0;
  const phase = await meter.begin();
  const started = performance.now();
  const deadline = started + bounds.timeMs;
  await Promise.all(Array.from({ length: bounds.concurrency }, async (_, client) => {
    // Bounded by bounds.operations and by the deadline.
    while (issued < bounds.operations && performance.now() < deadline) {
      issued += 1;
      sequence += 1;
      const before = performance.now();
      const acknowledged = await operation(sequence, client);
      if (acknowledged) latencies.push(performance.now() - before);
      else failed += 1;
    }
  }));
  const seconds = (performance.now() - started) / 1_000;
  const cost = await phase.finish();
  assert(latencies.length + failed === issued, "every issued operation is counted once");
  return {
    concurrency: bounds.concurrency,
    acknowledged: latencies.length,
    failed,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    cost,
  };
}

/** The nearest-rank percentile (NaN for no samples). */
export function percentile(samples: readonly number[], fraction: number): number {
  assert(fraction > 0 && fraction <= 1, "a percentile is in (0, 1]");
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface ProbeBounds {
  /** A new probe starts this often until one is acknowledged. */
  readonly intervalMs: number;
  /** Probes in flight at once, at most. */
  readonly inFlightMax: number;
  /** Give up (the trial failed) after this long. */
  readonly deadlineMs: number;
}

/**
 * Starts write probes every intervalMs (at most inFlightMax outstanding) from `since` on, and
 * returns the milliseconds from `since` to the first acknowledgement, or null at the deadline.
 * Probes are staggered rather than sequential so that a probe stuck on the dead leader (until
 * its own timeout) does not hide the moment the new leader starts acknowledging.
 */
export async function timeToFirstAck(since: number, bounds: ProbeBounds, probe: (sequence: number) => Promise<boolean>): Promise<number | null> {
  assert(bounds.intervalMs > 0, "probes are spaced in time");
  assert(bounds.inFlightMax >= 1, "at least one probe runs");
  let firstAck: number | null = null;
  let inFlight = 0;
  const running: Promise<void>[] = [];
  let sequence = 0;
  const deadline = since + bounds.deadlineMs;
  // Bounded by the deadline: one turn per intervalMs.
  while (firstAck === null && performance.now() < deadline) {
    if (inFlight < bounds.inFlightMax) {
      inFlight += 1;
      sequence += 1;
      running.push(probe(sequence).then((acknowledged) => {
        const at = performance.now();
        if (acknowledged && (firstAck === null || at - since < firstAck)) firstAck = at - since;
      }, () => undefined).finally(() => { inFlight -= 1; }));
    }
    await Bun.sleep(bounds.intervalMs);
  }
  // Let every probe settle (each is bounded by its own timeout) so none leaks into the next trial.
  await Promise.all(running);
  return firstAck;
}

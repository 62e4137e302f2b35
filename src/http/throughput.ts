/**
 * Throughput over the last minutes for the status page's chart: totals sampled at a fixed
 * interval into a ring, turned into per-second rates between neighbouring samples. Pure: the
 * caller samples (on a timer) and passes the time.
 */
import { assert } from "../lib/assert";
import { RingBuffer } from "../lib/ring-buffer";

/** One sample every five seconds (shorter makes sporadic writes a comb of spikes)... */
export const throughputSampleMs = 5_000;
/** ...for five minutes. */
export const throughputSamplesMax = 61;

export interface Totals {
  /** Bytes of files written (committed). */
  readonly writeBytes: number;
  readonly writes: number;
  readonly reads: number;
}

export interface Rate {
  /** End of the interval, ms since the Unix epoch. */
  readonly atMs: number;
  readonly writeBytesPerSecond: number;
  readonly writesPerSecond: number;
  readonly readsPerSecond: number;
}

export class Throughput {
  private readonly samples = new RingBuffer<{ readonly atMs: number; readonly totals: Totals }>(throughputSamplesMax);

  sample(atMs: number, totals: Totals): void {
    if (this.samples.full()) this.samples.shift();
    this.samples.push({ atMs, totals });
  }

  /** Rates between neighbouring samples, oldest first; a counter that went down (a restart) counts as 0. */
  rates(): Rate[] {
    const out: Rate[] = [];
    let previous: { readonly atMs: number; readonly totals: Totals } | null = null;
    for (const current of this.samples) {
      if (previous !== null && current.atMs > previous.atMs) {
        const seconds = (current.atMs - previous.atMs) / 1000;
        const per = (now: number, before: number): number => Math.max(0, now - before) / seconds;
        out.push({
          atMs: current.atMs,
          writeBytesPerSecond: per(current.totals.writeBytes, previous.totals.writeBytes),
          writesPerSecond: per(current.totals.writes, previous.totals.writes),
          readsPerSecond: per(current.totals.reads, previous.totals.reads),
        });
      }
      previous = current;
    }
    assert(out.length < throughputSamplesMax, "one rate fewer than samples, at most");
    return out;
  }
}

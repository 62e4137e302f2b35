/**
 * A rate limit on log lines, per reason: at most `linesPerIntervalMax` lines in each
 * `intervalMs` window, and the next line that is let through reports how many were held back
 * since the last one. A flood of garbage datagrams then costs a few lines a second, not a
 * full disk, and the operator still learns how big the flood was.
 *
 * Pure: the caller passes the time and emits the line; this only decides.
 */
import { assert } from "../lib/assert";

export const logLinesPerIntervalMaxDefault = 5;
export const logIntervalMsDefault = 10_000;
/** Reasons are a closed set in practice (a union type); this catches a caller keyed by input. */
export const logReasonsMax = 64;

assert(logLinesPerIntervalMaxDefault > 0, "some lines get through");
assert(logIntervalMsDefault >= 1_000, "the window is long enough to limit anything");

export type LogDecision = { readonly emit: true; readonly suppressed: number } | { readonly emit: false };

interface Window {
  startMs: number;
  lines: number;
  /** Lines refused since the last emitted one (across windows). */
  suppressed: number;
}

export class RateLimitedLog<Reason extends string> {
  private readonly windows = new Map<Reason, Window>();

  constructor(
    readonly linesPerIntervalMax: number = logLinesPerIntervalMaxDefault,
    readonly intervalMs: number = logIntervalMsDefault,
  ) {
    assert(Number.isInteger(linesPerIntervalMax) && linesPerIntervalMax > 0, "linesPerIntervalMax is a positive integer");
    assert(Number.isInteger(intervalMs) && intervalMs > 0, "intervalMs is a positive integer");
  }

  /** Whether to emit a line for `reason` now, and if so how many were suppressed before it. */
  admit(reason: Reason, nowMs: number): LogDecision {
    assert(Number.isFinite(nowMs), "nowMs is a time");
    let window = this.windows.get(reason);
    if (window === undefined) {
      assert(this.windows.size < logReasonsMax, "log reasons are a small closed set");
      window = { startMs: nowMs, lines: 0, suppressed: 0 };
      this.windows.set(reason, window);
    }
    // A clock that stepped back also opens a new window, rather than muting the reason.
    if (nowMs - window.startMs >= this.intervalMs || nowMs < window.startMs) {
      window.startMs = nowMs;
      window.lines = 0;
    }
    if (window.lines >= this.linesPerIntervalMax) {
      window.suppressed += 1;
      return { emit: false };
    }
    window.lines += 1;
    const suppressed = window.suppressed;
    window.suppressed = 0;
    assert(window.lines <= this.linesPerIntervalMax, "no window emits more than its bound");
    return { emit: true, suppressed };
  }
}

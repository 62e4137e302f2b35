/**
 * A one-line progress bar on stderr, for write and read, shown only when stderr is a terminal
 * and the output is not --json: a pipe or a log file gets no carriage-return noise. Redraws
 * are throttled, so a fast transfer of many small chunks costs no terminal bandwidth.
 */
import { assert } from "../lib/assert";

/** At most this many redraws per second. */
export const progressRedrawsPerSecond = 10;
export const progressBarCells = 30;
assert(progressRedrawsPerSecond > 0, "a progress bar redraws");
assert(progressBarCells > 0, "a progress bar has cells");

export interface Progress {
  /** `bytes` more are done. */
  advance(bytes: number): void;
  /** Clears the line; idempotent. */
  finish(): void;
}

export const silentProgress: Progress = { advance: () => undefined, finish: () => undefined };

export interface ProgressSink {
  readonly isTTY: boolean;
  write(text: string): void;
}

export function createProgress(label: string, totalBytes: number, enabled: boolean, sink: ProgressSink = stderrSink()): Progress {
  assert(totalBytes >= 0, "a total is not negative");
  if (!enabled || !sink.isTTY) return silentProgress;
  const redrawMs = 1000 / progressRedrawsPerSecond;
  const started = performance.now();
  let done = 0;
  let drawnAt = -Infinity;
  let finished = false;
  const draw = (): void => {
    const fraction = totalBytes === 0 ? 1 : Math.min(1, done / totalBytes);
    const filled = Math.round(fraction * progressBarCells);
    const seconds = Math.max(0.001, (performance.now() - started) / 1000);
    const rate = formatBytes(done / seconds);
    sink.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(progressBarCells - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${formatBytes(done)}/${formatBytes(totalBytes)} ${rate}/s\x1b[K`);
  };
  return {
    advance(bytes) {
      assert(bytes >= 0, "progress only moves forward");
      done += bytes;
      const now = performance.now();
      if (finished || now - drawnAt < redrawMs) return;
      drawnAt = now;
      draw();
    },
    finish() {
      if (finished) return;
      finished = true;
      sink.write("\r\x1b[K");
    },
  };
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  // Bounded by the unit list.
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${Math.round(value)} ${units[unit] ?? "B"}` : `${value.toFixed(1)} ${units[unit] ?? "B"}`;
}

function stderrSink(): ProgressSink {
  return { isTTY: process.stderr.isTTY === true, write: (text) => void process.stderr.write(text) };
}

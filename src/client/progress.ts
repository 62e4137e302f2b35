/**
 * A one-line progress display on stderr for write and read, in named phases: a phase that
 * moves bytes (hashing, uploading, fetching) draws a bar with its rate and an ETA; a phase that
 * waits (for the cluster to commit, verifying) says what it waits for and for how long, redrawn
 * each second so a long wait never looks like a hang. Callers decide whether to draw at all
 * (--progress: auto draws only on a terminal and never under --json); redraws are throttled,
 * so a fast transfer of many small chunks costs no terminal bandwidth.
 */
import { assert } from "../lib/assert";

/** At most this many redraws per second. */
export const progressRedrawsPerSecond = 10;
export const progressBarCells = 30;
/** A waiting phase is redrawn this often, to show its elapsed time. */
export const progressWaitRedrawMs = 1_000;
/** No ETA until a phase has run this long: the first chunks' rate says little. */
export const progressEtaAfterMs = 500;
assert(progressRedrawsPerSecond > 0, "a progress bar redraws");
assert(progressBarCells > 0, "a progress bar has cells");

export interface Progress {
  /**
   * A new phase: its name and the bytes it will count; 0 bytes is a wait, shown with its
   * elapsed time. The rate and ETA start again.
   */
  phase(name: string, totalBytes: number): void;
  /** `bytes` more of the current phase are done. */
  advance(bytes: number): void;
  /** Clears the line; idempotent. */
  finish(): void;
}

export const silentProgress: Progress = { phase: () => undefined, advance: () => undefined, finish: () => undefined };

export interface ProgressSink {
  write(text: string): void;
}

export interface ProgressClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

const realClock: ProgressClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    // A progress line must never keep the process alive.
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** `label` names the operation ("write docs/a.bin"); phases say where it is. Silent unless `enabled`. */
export function createProgress(label: string, enabled: boolean, sink: ProgressSink = stderrSink(), clock: ProgressClock = realClock): Progress {
  if (!enabled) return silentProgress;
  const redrawMs = 1000 / progressRedrawsPerSecond;
  let phaseName = "";
  let total = 0;
  let done = 0;
  let started = clock.now();
  let drawnAt = -Infinity;
  let finished = false;
  let stopWaitTimer: (() => void) | null = null;
  const draw = (): void => {
    drawnAt = clock.now();
    sink.write(`\r${line(label, phaseName, done, total, drawnAt - started)}\x1b[K`);
  };
  return {
    phase(name, totalBytes) {
      assert(totalBytes >= 0, "a total is not negative");
      if (finished) return;
      stopWaitTimer?.();
      stopWaitTimer = null;
      phaseName = name;
      total = totalBytes;
      done = 0;
      started = clock.now();
      draw();
      if (totalBytes === 0) stopWaitTimer = clock.every(progressWaitRedrawMs, draw);
    },
    advance(bytes) {
      assert(bytes >= 0, "progress only moves forward");
      done += bytes;
      if (finished || clock.now() - drawnAt < redrawMs) return;
      draw();
    },
    finish() {
      if (finished) return;
      finished = true;
      stopWaitTimer?.();
      sink.write("\r\x1b[K");
    },
  };
}

/** One progress line: a bar, rate and ETA for a phase that counts bytes; the elapsed time for a wait. */
export function line(label: string, phase: string, done: number, total: number, elapsedMs: number): string {
  const head = phase === "" ? label : `${label}: ${phase}`;
  if (total === 0) return `${head} ${formatDuration(elapsedMs)}`;
  const fraction = Math.min(1, done / total);
  const filled = Math.round(fraction * progressBarCells);
  const seconds = Math.max(0.001, elapsedMs / 1000);
  const rate = done / seconds;
  const eta = elapsedMs >= progressEtaAfterMs && rate > 0 && done < total ? ` ETA ${formatDuration(((total - done) / rate) * 1000)}` : "";
  return `${head} [${"#".repeat(filled)}${" ".repeat(progressBarCells - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${formatBytes(done)}/${formatBytes(total)} ${formatBytes(rate)}/s${eta}`;
}

/** 0:07, 12:30, 1:02:03. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
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
  return { write: (text) => void process.stderr.write(text) };
}

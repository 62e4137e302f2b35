/**
 * What this proves: the progress line draws only when enabled, names the operation and its
 * phase, shows a bar, rate and ETA for a phase that moves bytes and the elapsed time for a wait
 * (redrawn while it lasts, so a long commit never looks like a hang), and clears its line
 * exactly once on finish. A fake clock makes the times exact.
 */
import { expect, test } from "bun:test";
import { createProgress, formatBytes, formatDuration, line, type ProgressClock } from "../../src/client/progress";

function sink(): { writes: string[]; write(text: string): void } {
  const writes: string[] = [];
  return { writes, write: (text) => void writes.push(text) };
}

function fakeClock(): ProgressClock & { ms: number; ticks: (() => void)[]; stopped: number } {
  const clock = {
    ms: 0,
    ticks: [] as (() => void)[],
    stopped: 0,
    now: () => clock.ms,
    every: (_ms: number, tick: () => void) => {
      clock.ticks.push(tick);
      return () => void (clock.stopped += 1);
    },
  };
  return clock;
}

test("silent when not enabled", () => {
  const target = sink();
  const progress = createProgress("write x", false, target);
  progress.phase("uploading", 100);
  progress.advance(50);
  progress.finish();
  expect(target.writes).toEqual([]);
});

test("phases: a bar with rate and ETA, then a wait with its elapsed time; cleared once", () => {
  const target = sink();
  const clock = fakeClock();
  const progress = createProgress("write x", true, target, clock);
  progress.phase("uploading", 4 << 20);
  clock.ms = 1_000;
  progress.advance(1 << 20);
  expect(target.writes.at(-1)).toBe(`\rwrite x: uploading [${"#".repeat(8)}${" ".repeat(22)}]  25% 1.0 MiB/4.0 MiB 1.0 MiB/s ETA 0:03\x1b[K`);
  progress.phase("waiting for the cluster to commit", 0);
  expect(clock.ticks).toHaveLength(1);
  clock.ms = 7_400;
  clock.ticks[0]?.();
  expect(target.writes.at(-1)).toBe("\rwrite x: waiting for the cluster to commit 0:06\x1b[K");
  progress.finish();
  progress.finish();
  expect(clock.stopped).toBe(1);
  expect(target.writes.at(-1)).toBe("\r\x1b[K");
  expect(target.writes.filter((text) => text === "\r\x1b[K")).toHaveLength(1);
});

test("no ETA in the first half second, nor when done", () => {
  expect(line("read y", "fetching", 10, 100, 100)).not.toContain("ETA");
  expect(line("read y", "fetching", 100, 100, 5_000)).not.toContain("ETA");
  expect(line("read y", "fetching", 50, 100, 5_000)).toContain("ETA 0:05");
});

test("formatBytes and formatDuration", () => {
  expect(formatBytes(0)).toBe("0 B");
  expect(formatBytes(1536)).toBe("1.5 KiB");
  expect(formatBytes(200 * 1024 * 1024)).toBe("200.0 MiB");
  expect(formatDuration(7_000)).toBe("0:07");
  expect(formatDuration(750_000)).toBe("12:30");
  expect(formatDuration(3_723_000)).toBe("1:02:03");
});

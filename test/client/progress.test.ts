/**
 * What this proves: the progress bar draws only when enabled and the sink is a terminal (a pipe
 * or --json gets nothing at all), draws carriage-return lines with the percentage when it does,
 * and clears its line exactly once on finish.
 */
import { expect, test } from "bun:test";
import { createProgress, formatBytes } from "../../src/client/progress";

function sink(isTTY: boolean): { isTTY: boolean; writes: string[]; write(text: string): void } {
  const writes: string[] = [];
  return { isTTY, writes, write: (text) => void writes.push(text) };
}

test("silent when stderr is not a TTY or progress is off", () => {
  for (const [enabled, tty] of [[true, false], [false, true]] as const) {
    const target = sink(tty);
    const progress = createProgress("write x", 100, enabled, target);
    progress.advance(50);
    progress.finish();
    expect(target.writes).toEqual([]);
  }
});

test("draws on a TTY and clears once", () => {
  const target = sink(true);
  const progress = createProgress("write x", 200, true, target);
  progress.advance(100);
  progress.finish();
  progress.finish();
  expect(target.writes.length).toBe(2);
  expect(target.writes[0]).toContain("\rwrite x [");
  expect(target.writes[0]).toContain(" 50%");
  expect(target.writes[1]).toBe("\r\x1b[K");
});

test("formatBytes", () => {
  expect(formatBytes(0)).toBe("0 B");
  expect(formatBytes(1536)).toBe("1.5 KiB");
  expect(formatBytes(200 * 1024 * 1024)).toBe("200.0 MiB");
});

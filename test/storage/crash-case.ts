/**
 * The crash case of the contract: a child `bun` process appends batches and reports each one
 * durable; it is killed with SIGKILL mid-stream (at a point drawn from a printed seed); the
 * storage, reopened, must hold a contiguous prefix of exactly what the child wrote that covers
 * every index it reported durable, a hard state no older than the last report, and the chunk
 * each reported batch put before persisting, byte for byte. Then a second child resumes from
 * there and is killed too, so recovery itself is crash-safe.
 */
import { expect } from "bun:test";
import { Prng } from "../../src/lib/prng";
import type { StorageHarness } from "./contract";
import { crashChunk, crashEntryText } from "./crash-shape";

const childScript = new URL("./crash-child.ts", import.meta.url).pathname;
/** The child reports at least this many batches before the kill point is reached. */
const reportsMin = 20;
const reportsMax = 200;
const childStartMs = 60_000;

/** Kills and reopens twice: the second child resumes after what the first left durable. */
const crashRounds = 2;

export async function runCrashCase(harness: StorageHarness): Promise<void> {
  const spec = harness.childSpec;
  if (spec === null) throw new Error("the crash case needs a child spec");
  const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 32));
  const prng = new Prng(seed);
  let durableBefore = 0;
  for (let round = 0; round < crashRounds; round += 1) {
    const killAfter = reportsMin + (prng.nextUint32() % (reportsMax - reportsMin));
    const reports = await runChildUntilKilled(spec, killAfter);
    const reported = reports.at(-1) ?? 0;
    expect(reported).toBeGreaterThan(durableBefore);
    durableBefore = await checkDurablePrefix(harness, reports, seed);
  }
}

/** Spawns the child, reads its reports, SIGKILLs it after `killAfter` of them; the indexes reported. */
async function runChildUntilKilled(spec: NonNullable<StorageHarness["childSpec"]>, killAfter: number): Promise<number[]> {
  const child = Bun.spawn([process.execPath, childScript, JSON.stringify(spec)], { stdout: "pipe", stderr: "inherit" });
  const reported: number[] = [];
  const timer = setTimeout(() => child.kill("SIGKILL"), childStartMs);
  try {
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const bytes of child.stdout) {
      buffered += decoder.decode(bytes);
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const match = /^durable (\d+)$/.exec(line);
        expect(match).not.toBeNull();
        reported.push(Number(match?.[1]));
      }
      // Kill between reports, while the next persist is in flight: the child never pauses.
      if (reported.length >= killAfter) {
        child.kill("SIGKILL");
        break;
      }
    }
  } finally {
    clearTimeout(timer);
  }
  await child.exited;
  expect(child.signalCode).toBe("SIGKILL");
  expect(reported.length).toBeGreaterThanOrEqual(killAfter);
  return reported;
}

/**
 * Reopens and checks a contiguous prefix of exactly what was written, covering every report,
 * and the chunk of every reported batch, intact.
 */
async function checkDurablePrefix(harness: StorageHarness, reports: readonly number[], seed: number): Promise<number> {
  const reported = reports.at(-1) ?? 0;
  const storage = await harness.open();
  try {
    for (const last of reports) {
      const item = crashChunk(last);
      expect(await storage.getChunk(item.digest)).toEqual(item.bytes);
    }
    const state = await storage.loadDurableState();
    const indexes = state.entries.map((entry) => entry.index);
    if (indexes.length < reported) console.error(`crash case failed; reproduce with SEED=${seed}`);
    expect(indexes.length).toBeGreaterThanOrEqual(reported);
    state.entries.forEach((entry, offset) => {
      expect(Number(entry.index)).toBe(offset + 1);
      expect(new TextDecoder().decode(entry.data)).toBe(crashEntryText(offset + 1));
    });
    expect(state.hardState.commit).toBeGreaterThanOrEqual(reported);
    expect(state.hardState.commit).toBeLessThanOrEqual(indexes.length);
    return indexes.length;
  } finally {
    await storage.close();
  }
}

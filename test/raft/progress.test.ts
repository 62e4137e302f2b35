/**
 * A follower's progress (progress.ts), as etcd tracker/progress_test.go: state transitions,
 * the match < next invariant, which acknowledgements move match, when a rejection moves next
 * back (and that a stale rejection does not), and when sending is paused in each state.
 */
import { describe, expect, test } from "bun:test";
import { Progress } from "../../src/raft/progress";
import { logIndex } from "../../src/raft/types";

function probe(match: number, next: number): Progress {
  const progress = new Progress(logIndex(next), 2, false);
  progress.match = logIndex(match);
  return progress;
}

describe("progress", () => {
  test("maybeUpdate moves match forward only", () => {
    const progress = probe(3, 5);
    expect(progress.maybeUpdate(logIndex(2))).toBe(false);
    expect(progress.maybeUpdate(logIndex(3))).toBe(false);
    expect(progress.maybeUpdate(logIndex(4))).toBe(true);
    expect<number>(progress.match).toBe(4);
    expect<number>(progress.next).toBe(5);
    expect(progress.maybeUpdate(logIndex(8))).toBe(true);
    expect<number>(progress.next).toBe(9);
  });

  test("probe: a rejection of the last probe moves next back to the hint, never below match+1", () => {
    const progress = probe(1, 10);
    // A rejection for an append other than the last one sent is stale.
    expect(progress.maybeDecreaseTo(logIndex(5), logIndex(4))).toBe(false);
    expect(progress.maybeDecreaseTo(logIndex(9), logIndex(4))).toBe(true);
    expect<number>(progress.next).toBe(5);
    expect(progress.maybeDecreaseTo(logIndex(4), logIndex(0))).toBe(true);
    expect<number>(progress.next).toBe(2);
  });

  test("replicate: a rejection above match moves next to match+1, one at or below is stale", () => {
    const progress = probe(5, 6);
    progress.becomeReplicate();
    progress.sentEntries(3, logIndex(8));
    expect<number>(progress.next).toBe(9);
    expect(progress.maybeDecreaseTo(logIndex(5), logIndex(5))).toBe(false);
    expect(progress.maybeDecreaseTo(logIndex(7), logIndex(2))).toBe(true);
    expect<number>(progress.next).toBe(6);
  });

  test("pausing: probe after one send, replicate when the window is full, snapshot always", () => {
    const progress = probe(0, 1);
    expect(progress.isPaused()).toBe(false);
    progress.sentEntries(1, logIndex(1));
    expect(progress.isPaused()).toBe(true);
    expect(progress.maybeUpdate(logIndex(1))).toBe(true);
    expect(progress.isPaused()).toBe(false);
    progress.becomeReplicate();
    progress.sentEntries(1, logIndex(2));
    expect(progress.isPaused()).toBe(false);
    progress.sentEntries(1, logIndex(3));
    expect(progress.isPaused()).toBe(true);
    // An acknowledgement frees the window and resumes the flow.
    progress.inflights.freeLE(logIndex(2));
    expect(progress.maybeUpdate(logIndex(2))).toBe(true);
    expect(progress.isPaused()).toBe(false);
    progress.sentEntries(1, logIndex(4));
    expect(progress.isPaused()).toBe(true);
    // A heartbeat response resumes it too; with the window still full, only an empty append fits.
    progress.flowPaused = false;
    expect(progress.isPaused()).toBe(false);
    progress.sentEntries(0, logIndex(4));
    expect(progress.isPaused()).toBe(true);
    progress.becomeSnapshot(logIndex(10));
    expect(progress.isPaused()).toBe(true);
    expect<number>(progress.next).toBe(11);
  });

  test("leaving the snapshot state probes from after the snapshot", () => {
    const progress = probe(2, 3);
    progress.becomeSnapshot(logIndex(10));
    progress.becomeProbe();
    expect(progress.state).toBe("probe");
    expect<number>(progress.next).toBe(11);
    const failed = probe(2, 3);
    failed.becomeSnapshot(logIndex(10));
    failed.pendingSnapshot = logIndex(0);
    failed.becomeProbe();
    expect<number>(failed.next).toBe(3);
  });

  test("a snapshot is only for a follower behind it", () => {
    const progress = probe(10, 11);
    expect(() => progress.becomeSnapshot(logIndex(9))).toThrow();
  });
});

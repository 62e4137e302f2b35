/**
 * Virtual time for the real edge (real-node.ts): a Clock (src/lib/clock.ts) whose time moves
 * only when the simulator says so, and whose timers fire in (due time, creation) order when it
 * does. Each node incarnation has its own: a crash drops it with every timer the dead process
 * had set, and a paused node's clock simply stops until it resumes.
 *
 * `settle()` lets every promise continuation that is ready run: nothing on the simulated path
 * uses a real timer or real I/O, so once the microtask queue is empty the nodes wait on
 * virtual timers or on the network alone, and the order in which they ran is fixed by the
 * program, which is what makes a seed replay exactly.
 */
import { assert } from "../../src/lib/assert";
import type { Clock } from "../../src/lib/clock";

/** Timers one node holds at once: the loop's wakeup, an fsync, the clients' waits. */
export const timersMax = 10_000;

interface Timer {
  readonly atMs: number;
  readonly sequence: number;
  readonly action: () => void;
  cancelled: boolean;
}

export class VirtualClock implements Clock {
  private nowMs: number;
  /** Sorted by (atMs, sequence). */
  private timers: Timer[] = [];
  private sequence = 0;

  constructor(startMs: number) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  after(ms: number, action: () => void): () => void {
    assert(this.timers.length < timersMax, "a node holds a bounded number of timers");
    const timer: Timer = { atMs: this.nowMs + Math.max(0, ms), sequence: this.sequence, action, cancelled: false };
    this.sequence += 1;
    let at = this.timers.length;
    while (at > 0 && (this.timers[at - 1] as Timer).atMs > timer.atMs) at -= 1;
    this.timers.splice(at, 0, timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Moves time forward to `ms` and fires every timer due by then, in order. Returns how many fired. */
  advanceTo(ms: number): number {
    assert(ms >= this.nowMs, "virtual time never goes back");
    this.nowMs = ms;
    let fired = 0;
    // Bounded: timers set while firing are due later than now (or fire on the next call).
    const due = this.timers.filter((timer) => timer.atMs <= ms);
    this.timers = this.timers.filter((timer) => timer.atMs > ms);
    for (const timer of due) {
      if (timer.cancelled) continue;
      fired += 1;
      timer.action();
    }
    return fired;
  }

  /** Whether a timer is due at the current time (set by something that ran after advanceTo). */
  hasDue(): boolean {
    return this.timers.some((timer) => !timer.cancelled && timer.atMs <= this.nowMs);
  }
}

/** Lets every ready promise continuation run (see the header); a macrotask comes only after all of them. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Time for the edge, injected. Production passes the system's clock and timers; the simulator
 * (test/sim) passes a virtual clock that it advances itself, so a seed replays exactly. Code on
 * a simulated path (the driver loop and what it awaits) takes the time and its timers from a
 * Clock only, never from Date.now, performance.now, setTimeout or Bun.sleep.
 */
export interface Clock {
  /** Milliseconds, monotonic: for durations and deadlines, never for timestamps that leave the process. */
  now(): number;
  /** Runs `action` once, `ms` from now; the function returned cancels it if it has not run. */
  after(ms: number, action: () => void): () => void;
}

/** The system's monotonic clock and timers: never jumps when the wall-clock time is set. */
export const monotonicClock: Clock = {
  now: () => performance.now(),
  after: (ms, action) => {
    const timer = setTimeout(action, ms);
    return () => clearTimeout(timer);
  },
};

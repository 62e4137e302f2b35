/** Lets the driver loop sleep until there is work or a deadline passes, without polling. */
import { monotonicClock, type Clock } from "../lib/clock";

export class Wakeup {
  private pending: (() => void) | null = null;
  private signalled = false;

  /** The timers come from `clock`: the system's, or the simulator's virtual one. */
  constructor(private readonly clock: Clock = monotonicClock) {}

  notify(): void {
    this.signalled = true;
    const resolve = this.pending;
    this.pending = null;
    resolve?.();
  }

  /** Resolves at once if notified since the last wait, else on notify or after `ms`. */
  wait(ms: number): Promise<void> {
    if (this.signalled) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const cancel = this.clock.after(ms, () => {
        this.pending = null;
        resolve();
      });
      this.pending = () => {
        cancel();
        this.signalled = false;
        resolve();
      };
    });
  }
}

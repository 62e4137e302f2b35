/** Lets the driver loop sleep until there is work or a deadline passes, without polling. */
export class Wakeup {
  private pending: (() => void) | null = null;
  private signalled = false;

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
      const timer = setTimeout(() => {
        this.pending = null;
        resolve();
      }, ms);
      this.pending = () => {
        clearTimeout(timer);
        this.signalled = false;
        resolve();
      };
    });
  }
}

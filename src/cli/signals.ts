/** Resolves when the process is asked to stop (SIGINT from a terminal, SIGTERM from a supervisor). */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => resolve();
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
}

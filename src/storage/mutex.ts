/**
 * A promise-chain mutex. Storage uses it to keep the sweep's "is this chunk referenced?" and
 * its delete from interleaving with a putChunk of the same digest: without it, a put that
 * finds the chunk present (and so writes nothing) could be undone by a sweep that had already
 * decided the chunk was garbage.
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async run<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release = (): void => undefined;
    this.tail = new Promise<void>((resolve) => { release = resolve; });
    try {
      await previous;
      return await work();
    } finally {
      release();
    }
  }
}

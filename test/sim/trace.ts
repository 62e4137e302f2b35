/**
 * The trace of a run: a running hash of every event (two runs of one seed must hash the same)
 * and the last lines kept for a failure report. Only the tail is kept, so a long run costs no
 * memory; `verbose` echoes every line when replaying a seed by hand.
 */
import { assert } from "../../src/lib/assert";
import { RingBuffer } from "../../src/lib/ring-buffer";

export const traceLinesMax = 10_000;

export class Trace {
  private hash = 0x811c9dc5;
  private readonly tail: RingBuffer<string>;
  events = 0;

  constructor(
    readonly lines: number,
    readonly verbose = false,
  ) {
    assert(lines > 0, "keep at least one trace line");
    assert(lines <= traceLinesMax, "trace tail is bounded");
    this.tail = new RingBuffer<string>(lines);
  }

  record(tick: number, text: string): void {
    const line = `${tick} ${text}`;
    // FNV-1a over the line: cheap, and any difference in order or content changes it.
    let hash = this.hash;
    for (let i = 0; i < line.length; i += 1) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193) >>> 0;
    this.hash = Math.imul(hash ^ 10, 0x01000193) >>> 0;
    this.events += 1;
    if (this.tail.full()) this.tail.shift();
    this.tail.push(line);
    if (this.verbose) console.log(line);
  }

  digest(): string {
    return `${this.hash.toString(16).padStart(8, "0")}:${this.events}`;
  }

  last(): string[] {
    return [...this.tail];
  }
}

/** What the crash child writes, shared with the parent that checks it. */
import { chunk } from "./fixtures";

export const crashBatchSizes: readonly number[] = [1, 7, 3, 32, 1, 1, 15, 64, 2, 5];

export function crashEntryText(index: number): string {
  return `crash-entry-${index}-`.padEnd(100 + (index % 50), "x");
}

/** The chunk a batch ending at `lastIndex` puts before persisting (its entries reference it). */
export function crashChunk(lastIndex: number): ReturnType<typeof chunk> {
  return chunk(lastIndex, 16 << 10);
}

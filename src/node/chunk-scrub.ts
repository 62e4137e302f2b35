/**
 * The background scrub: re-reads every chunk the node's files reference, at a bounded rate, and
 * has the ones that fail their digest (or are missing) repaired from a peer (chunk-repair.ts).
 * Without it a rotted copy is found only when someone needs it, which may be after the other
 * copies rotted too.
 *
 * Paced by bytes: after each chunk it sleeps long enough that the average stays at or under
 * `bytesPerSecond`, each check charged at least scrubCheckBytesMin. Files are listed a page at a time (scrubPageFiles), so memory holds one
 * page whatever the store's size; after a full pass it rests scrubRestMs and starts again.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import type { Digest } from "../files/digest";
import { chunkRepairMetrics } from "../metrics/metrics";
import { isChunkCorrupt } from "../storage/errors";
import type { Storage } from "../storage/storage";
import type { ChunkRepair } from "./chunk-repair";

export const scrubPageFiles = 100;
/** Rest between two passes: a pass over an empty store costs one listing, and must not spin. */
export const scrubRestMs = 5_000;
/** The longest one sleep between chunks; a stop is noticed at least this often. */
export const scrubSleepMsMax = 1_000;
/**
 * What one check is charged at the least, whatever its size: a check has fixed costs (a listing
 * row, a lookup, a miss in the chunk directory for a file kept inline, a hash call), and paced by
 * bytes alone a store of small files was scrubbed about a thousand times a second per node, for
 * ever (a 256-byte file is a 1 ms sleep at 8 MiB/s) — 2.6 to 5% of a node's CPU samples under a
 * small-write load. At the default rate this is at most 128 checks a second.
 */
export const scrubCheckBytesMin = 64 << 10;
assert(scrubPageFiles > 0, "a page holds at least one file");

export interface ChunkScrubOptions {
  readonly storage: Storage;
  readonly repair: Pick<ChunkRepair, "repair">;
  readonly logger: Logger;
  /** Average chunk bytes read per second; > 0. */
  readonly bytesPerSecond: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export class ChunkScrub {
  private stopped = false;
  private running: Promise<void> | null = null;
  /** Passes completed since start. */
  passes = 0;

  constructor(private readonly options: ChunkScrubOptions) {
    assert(options.bytesPerSecond > 0, "a scrub reads at a positive rate");
  }

  start(): void {
    assert(this.running === null, "started once");
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async sleep(ms: number): Promise<void> {
    await (this.options.sleep ?? Bun.sleep)(ms);
  }

  private async loop(): Promise<void> {
    // Runs until stop(); each pass is bounded by the store, each sleep by scrubSleepMsMax.
    while (!this.stopped) {
      await this.pass();
      if (this.stopped) break;
      this.passes += 1;
      for (let rested = 0; rested < scrubRestMs && !this.stopped; rested += scrubSleepMsMax) await this.sleep(scrubSleepMsMax);
    }
  }

  /** One pass over every file's chunks, in name order, a page at a time. */
  async pass(): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const page = await this.options.storage.listFiles("", { limit: scrubPageFiles, ...(after === null ? {} : { after }) });
      for (const file of page) {
        for (const digest of file.chunks) {
          if (this.stopped) return;
          await this.check(file.name, digest);
        }
      }
      const last = page[page.length - 1];
      if (page.length < scrubPageFiles || last === undefined) return;
      assert(after === null || last.name > after, "pages advance");
      after = last.name;
    }
  }

  private async check(name: string, digest: Digest): Promise<void> {
    let bytes = 0;
    try {
      const data = await this.options.storage.getChunk(digest);
      // Absent: lost, unless the file was replaced or removed since the page was listed.
      if (data === null && (await this.stillReferenced(name, digest))) await this.options.repair.repair(digest, "scrub");
      bytes = data?.length ?? 0;
    } catch (error: unknown) {
      if (!isChunkCorrupt(error)) throw error;
      this.options.logger.warn("chunk.corrupt", { digest, source: "scrub" });
      await this.options.repair.repair(digest, "scrub");
    }
    chunkRepairMetrics.scrubbed.inc();
    // Paced by what was read, and at least the fixed cost of a check (a missing chunk too).
    const ms = Math.min(scrubSleepMsMax, Math.ceil((Math.max(bytes, scrubCheckBytesMin) * 1000) / this.options.bytesPerSecond));
    await this.sleep(ms);
  }

  private async stillReferenced(name: string, digest: Digest): Promise<boolean> {
    return (await this.options.storage.getFile(name))?.chunks.includes(digest) === true;
  }
}

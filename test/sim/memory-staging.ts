/**
 * The simulator's StagingStore (src/node/snapshot-transfer.ts): staged snapshot bytes in memory,
 * so the real SnapshotStaging runs with no file I/O (which would finish outside the virtual
 * clock's order). Staging lives in the process, not on its disk: a crash loses it, as the
 * production store's directory is emptied at start.
 */
import { assert } from "../../src/lib/assert";
import type { StagingStore } from "../../src/node/snapshot-transfer";

/** Pieces one staged snapshot holds; the simulator's snapshots are a few files. */
export const stagedPiecesMax = 10_000;

export class MemoryStagingStore implements StagingStore {
  private readonly staged = new Map<number, Uint8Array[]>();

  async create(index: number): Promise<void> {
    this.staged.set(index, []);
  }

  async append(index: number, data: Uint8Array): Promise<void> {
    const pieces = this.staged.get(index);
    assert(pieces !== undefined, `snapshot ${index} is being staged`);
    assert(pieces.length < stagedPiecesMax, "a staged snapshot is bounded");
    pieces.push(data.slice());
  }

  async *read(index: number): AsyncGenerator<Uint8Array> {
    const pieces = this.staged.get(index);
    assert(pieces !== undefined, `snapshot ${index} was staged`);
    yield* pieces;
  }

  async discard(index: number): Promise<void> {
    this.staged.delete(index);
  }
}

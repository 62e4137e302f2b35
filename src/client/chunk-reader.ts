/**
 * The chunks first..last of a file, in order, fetched through a window across every node that
 * holds them (fetch-window.ts decides what to ask of whom; this drives it over the NodePool).
 * Each chunk arrives checked: the codec compared its bytes with the digest the node sent, and
 * the pool compared that digest and the size with the manifest's, so nothing here hashes.
 *
 * Memory: at most `chunksMax` chunks in flight or fetched ahead, plus the one the consumer
 * holds; a consumer that stops asking stops the fetching once the window is full. A consumer
 * that gives each chunk back (`release`) once written lets the pool's buffers carry the next.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { chunkRange } from "../files/manifest";
import { chunkBytesMax } from "../files/limits";
import type { ReadPlan } from "./download";
import { ClientError } from "./errors";
import { FetchWindow, type FetchAssignment, type FetchWindowLimits } from "./fetch-window";
import type { FetchFailure, NodePool } from "./node-pool";

/** Chunk bytes a read holds at most, fetched ahead of what it has written. */
export const readWindowBytes = 16 << 20;
/** Fetches in flight to one node: enough to keep a connection busy while the previous answer is read. */
export const readPerNodeMax = 6;
/** Chunks in flight at once, whatever their size (many small chunks must not mean a huge window). */
export const readWindowChunksMax = 32;
assert(readWindowBytes >= chunkBytesMax, "the window holds the largest chunk");
assert(readPerNodeMax >= 1 && readWindowChunksMax >= readPerNodeMax, "a node can be kept busy");

/** The window for chunks of `chunkBytes`: as many as fit in readWindowBytes, at least one. */
export function readWindowFor(chunkBytes: number): FetchWindowLimits {
  assert(chunkBytes > 0, "chunks hold bytes");
  return { chunksMax: Math.max(1, Math.min(readWindowChunksMax, Math.floor(readWindowBytes / chunkBytes))), perNodeMax: readPerNodeMax };
}

export class ChunkReader {
  private readonly window: FetchWindow;
  /** Fetched chunks waiting for their turn. Bounded by the window. */
  private readonly fetchedChunks = new Map<number, Uint8Array>();
  /** Per chunk, the failures so far (for the message when every node failed). */
  private readonly failures = new Map<number, FetchFailure[]>();
  private failure: ClientError | null = null;
  private wake: (() => void) | null = null;
  private cancelled = false;
  /** Fetches that failed and went to another node. */
  fallbacks = 0;

  constructor(private readonly pool: NodePool, private readonly plan: ReadPlan, first: number, last: number, private readonly name: string,
    limits: FetchWindowLimits = readWindowFor(plan.file.chunkBytes)) {
    this.window = new FetchWindow(plan.locations, first, last, limits);
    this.pump();
  }

  /** The next chunk in order; null after `last`; an error when no node served a chunk intact. */
  async next(): Promise<Result<Uint8Array | null, ClientError>> {
    assert(!this.cancelled, "no chunk after cancel");
    const index = this.window.delivered;
    if (index > this.window.last) return ok(null);
    // Bounded: each turn waits for a fetch to end; the window's fetches all end (each has a timeout).
    for (;;) {
      if (this.failure !== null) return err(this.failure);
      const chunk = this.fetchedChunks.get(index);
      if (chunk !== undefined) {
        this.fetchedChunks.delete(index);
        this.window.deliver();
        this.pump();
        return ok(chunk);
      }
      assert(this.window.fetching > 0, "a chunk not yet fetched is being fetched");
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The consumer is done with a chunk `next` gave it: its buffer may be reused. */
  release(chunk: Uint8Array): void {
    this.pool.release(chunk);
  }

  /** Stops starting fetches; those in flight end on their own and are dropped. */
  cancel(): void {
    this.cancelled = true;
    for (const chunk of this.fetchedChunks.values()) this.pool.release(chunk);
    this.fetchedChunks.clear();
    this.wakeUp();
  }

  private pump(): void {
    // Bounded by the window: each assignment takes one of its places.
    for (let assignment = this.window.next(); assignment !== null && !this.cancelled && this.failure === null; assignment = this.window.next()) {
      void this.fetch(assignment);
    }
  }

  private async fetch({ index, nodeId }: FetchAssignment): Promise<void> {
    const digest = this.plan.file.chunks[index];
    assert(digest !== undefined, "the plan covers every chunk");
    const { start, end } = chunkRange(index, this.plan.file.size, this.plan.file.chunkBytes);
    const fetched = await this.pool.fetch(nodeId, digest, end - start);
    if (fetched.ok) {
      this.window.fetched(index, nodeId);
      this.failures.delete(index);
      if (this.cancelled) this.pool.release(fetched.value);
      else this.fetchedChunks.set(index, fetched.value);
    } else {
      this.fallbacks += 1;
      const failures = [...(this.failures.get(index) ?? []), fetched.error];
      this.failures.set(index, failures);
      if (this.window.failed(index, nodeId, fetched.error.kind !== "unreachable") === "exhausted") this.failure ??= this.exhausted(index, failures);
    }
    this.pump();
    this.wakeUp();
  }

  private exhausted(index: number, failures: readonly FetchFailure[]): ClientError {
    const detail = failures.map((failure) => `${failure.nodeId}: ${failure.kind} (${failure.detail})`).join("; ");
    // Only when no node could even be asked is the cluster unavailable; a bad or missing chunk
    // on a node that answered is a failed read.
    const kind = failures.every((failure) => failure.kind === "unreachable") ? "unavailable" : "failed";
    return new ClientError(kind, `read ${this.name}: chunk ${index} could not be fetched intact from any node: ${detail}`);
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

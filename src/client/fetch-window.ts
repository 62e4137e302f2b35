/**
 * Which chunk of a read to fetch next, and from which node: the read's window, as a pure state
 * machine (no I/O, no clock). The driver (chunk-reader.ts) asks `next()` for work whenever a
 * fetch ends or the consumer takes a chunk, and reports each fetch's outcome.
 *
 *   chunks:  first ... delivered ........ delivered + chunksMax ... last
 *                      └─ held or in flight ─┘  (never more than chunksMax of them)
 *
 * - Every node that holds the file works at once: a chunk goes to the first node of its
 *   location list (the read answer rotates the lists, so consecutive chunks prefer different
 *   nodes) that has fewer than perNodeMax fetches in flight, so a slow node gets less and the
 *   others take up its share, and a read is not one node's speed.
 * - A chunk whose fetch failed is retried first (it blocks the output), on the next node of its
 *   list it has not tried; a node found unreachable is tried last for the chunks after it.
 * - A chunk every listed node failed is exhausted: the read cannot complete.
 *
 * Memory stays bounded whatever the file size: a chunk starts only within chunksMax of the
 * first one not yet delivered, so at most chunksMax chunks are in flight or waiting their turn.
 */
import { assert } from "../lib/assert";

export interface FetchWindowLimits {
  /** Chunks in flight or fetched and not yet delivered, in all. */
  readonly chunksMax: number;
  /** Fetches in flight to one node. */
  readonly perNodeMax: number;
}

export interface FetchAssignment {
  readonly index: number;
  readonly nodeId: string;
}

export type FetchVerdict = "retry" | "exhausted";

interface Started {
  /** Nodes this chunk was asked of, in order. */
  readonly tried: string[];
  /** The node asked now; null while waiting for a retry. */
  asking: string | null;
  fetched: boolean;
}

export class FetchWindow {
  /** The lowest index not yet started. */
  private nextStart: number;
  /** The lowest index not yet delivered. Invariant: delivered <= nextStart. */
  private deliveredNext: number;
  private readonly started = new Map<number, Started>();
  /** Failed chunks waiting for another node, in index order. Bounded by chunksMax. */
  private readonly retries: number[] = [];
  private readonly inFlight = new Map<string, number>();
  private readonly unreachable = new Set<string>();

  constructor(
    /** Per chunk index, the nodes that serve it, preferred first. */
    private readonly locations: readonly (readonly string[])[],
    readonly first: number,
    readonly last: number,
    readonly limits: FetchWindowLimits,
  ) {
    assert(Number.isInteger(limits.chunksMax) && limits.chunksMax >= 1, "the window holds a chunk");
    assert(Number.isInteger(limits.perNodeMax) && limits.perNodeMax >= 1, "a node may be asked for a chunk");
    assert(Number.isInteger(first) && first >= 0 && last >= first - 1 && last < locations.length, "the range lies within the file");
    for (let index = first; index <= last; index += 1) assert((locations[index] ?? []).length > 0, "every chunk names a node to ask");
    this.nextStart = first;
    this.deliveredNext = first;
  }

  /** The index the consumer takes next (last + 1 once everything was delivered). */
  get delivered(): number {
    return this.deliveredNext;
  }

  /** Fetches in flight over every node. */
  get fetching(): number {
    let sum = 0;
    for (const count of this.inFlight.values()) sum += count;
    return sum;
  }

  /** A fetch to start now, or null when the window, the nodes or the file allow none. */
  next(): FetchAssignment | null {
    for (const [position, index] of this.retries.entries()) {
      const nodeId = this.pick(index);
      if (nodeId === null) continue;
      this.retries.splice(position, 1);
      return this.assign(index, nodeId);
    }
    if (this.nextStart > this.last || this.nextStart >= this.deliveredNext + this.limits.chunksMax) return null;
    const nodeId = this.pick(this.nextStart);
    if (nodeId === null) return null;
    this.started.set(this.nextStart, { tried: [], asking: null, fetched: false });
    this.nextStart += 1;
    return this.assign(this.nextStart - 1, nodeId);
  }

  /** The fetch of `index` from `nodeId` brought the chunk intact. */
  fetched(index: number, nodeId: string): void {
    const chunk = this.finish(index, nodeId);
    chunk.fetched = true;
    this.unreachable.delete(nodeId);
  }

  /** The fetch failed; `reachable` false when the node could not even be asked. */
  failed(index: number, nodeId: string, reachable: boolean): FetchVerdict {
    const chunk = this.finish(index, nodeId);
    if (!reachable) this.unreachable.add(nodeId);
    if (this.untried(index, chunk).length === 0) return "exhausted";
    this.retries.push(index);
    this.retries.sort((a, b) => a - b);
    assert(this.retries.length <= this.limits.chunksMax, "retries stay within the window");
    return "retry";
  }

  /** The consumer took chunk `delivered` (it was fetched): the window moves on by one. */
  deliver(): void {
    const chunk = this.started.get(this.deliveredNext);
    assert(chunk !== undefined && chunk.fetched, "only a fetched chunk is delivered, in order");
    this.started.delete(this.deliveredNext);
    this.deliveredNext += 1;
    assert(this.deliveredNext <= this.nextStart, "nothing is delivered before it started");
  }

  /** Whether chunk `index` has been fetched and waits to be delivered. */
  isFetched(index: number): boolean {
    return this.started.get(index)?.fetched === true;
  }

  private assign(index: number, nodeId: string): FetchAssignment {
    const chunk = this.started.get(index);
    assert(chunk !== undefined && chunk.asking === null && !chunk.fetched, "a chunk is asked of one node at a time");
    chunk.asking = nodeId;
    chunk.tried.push(nodeId);
    this.inFlight.set(nodeId, (this.inFlight.get(nodeId) ?? 0) + 1);
    assert((this.inFlight.get(nodeId) ?? 0) <= this.limits.perNodeMax, "a node is asked for at most perNodeMax chunks at once");
    return { index, nodeId };
  }

  private finish(index: number, nodeId: string): Started {
    const chunk = this.started.get(index);
    assert(chunk !== undefined && chunk.asking === nodeId, "an outcome answers the fetch in flight");
    chunk.asking = null;
    const count = this.inFlight.get(nodeId) ?? 0;
    assert(count > 0, "a node with an outcome had a fetch in flight");
    if (count === 1) this.inFlight.delete(nodeId);
    else this.inFlight.set(nodeId, count - 1);
    return chunk;
  }

  private untried(index: number, chunk: Started | undefined): readonly string[] {
    const nodes = this.locations[index] ?? [];
    return chunk === undefined ? nodes : nodes.filter((nodeId) => !chunk.tried.includes(nodeId));
  }

  /**
   * The first untried node of the chunk's list that has room; a node found unreachable only
   * when no other is left to try (a busy good node is waited for rather than passed over).
   */
  private pick(index: number): string | null {
    const candidates = this.untried(index, this.started.get(index));
    const reachable = candidates.filter((nodeId) => !this.unreachable.has(nodeId));
    const room = (nodeId: string): boolean => (this.inFlight.get(nodeId) ?? 0) < this.limits.perNodeMax;
    return (reachable.length > 0 ? reachable : candidates).find(room) ?? null;
  }
}

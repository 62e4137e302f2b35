/**
 * Heals this node's chunk store. A copy that fails its digest or is missing (found when a client
 * reads it, when the leader attaches it to an append for a lagging follower, when a follower
 * receives an entry without it, or by the scrub) is fetched from a peer that holds a good copy
 * and written again: storage's putChunk replaces a copy that no longer matches (chunk-files.ts),
 * and checks the digest of what it writes. The content of a small file kept inline is rewritten
 * in place (Storage.repairInline): a copy in the chunk store would be referenced by no file, the
 * next sweep would take it, and the scrub would find the rot again, round after round.
 *
 * Bounded: one repair per digest at a time (a second request joins the first), at most
 * repairsInFlightMax digests at once (more are refused and asked again by whoever needs them
 * next), and every fetch has a deadline.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import type { Digest } from "../files/digest";
import { digestOf } from "../files/sha256";
import { chunkRepairMetrics, nodeMetrics, type ChunkRepairSource } from "../metrics/metrics";
import type { NodeId } from "../raft/types";
import type { Storage } from "../storage/storage";

export const repairsInFlightMax = 16;
export const repairFetchTimeoutMs = 10_000;
assert(repairsInFlightMax >= 1, "at least one repair can run");

/** Asks one peer for a chunk's bytes; null when it has none (or no good copy) or cannot be reached. */
export type ChunkFetcher = (peer: NodeId, digest: Digest, timeoutMs: number) => Promise<Uint8Array | null>;

export interface ChunkRepairOptions {
  readonly self: NodeId;
  readonly storage: Storage;
  readonly logger: Logger;
  /** The other members to ask, in the order to ask them. */
  readonly peers: () => readonly NodeId[];
  readonly fetch: ChunkFetcher;
}

export type RepairOutcome = "repaired" | "no-good-copy" | "busy";

export class ChunkRepair {
  private readonly inFlight = new Map<Digest, Promise<RepairOutcome>>();
  /** Repairs done since start (also the metric gossamer_chunk_repairs_total, nodeMetrics.chunkRepairs). */
  repaired = 0;

  constructor(private readonly options: ChunkRepairOptions) {}

  /** Fetches a good copy of `digest` from a peer and stores it; joins a repair already running. */
  repair(digest: Digest, source: ChunkRepairSource): Promise<RepairOutcome> {
    const running = this.inFlight.get(digest);
    if (running !== undefined) return running;
    if (this.inFlight.size >= repairsInFlightMax) return Promise.resolve("busy");
    chunkRepairMetrics.found.with({ source }).inc();
    const attempt = this.fetchAndStore(digest, source).finally(() => this.inFlight.delete(digest));
    this.inFlight.set(digest, attempt);
    assert(this.inFlight.size <= repairsInFlightMax, "repairs in flight stay bounded");
    return attempt;
  }

  private async fetchAndStore(digest: Digest, source: ChunkRepairSource): Promise<RepairOutcome> {
    const peers = this.options.peers().filter((peer) => peer !== this.options.self);
    // Bounded by the membership.
    for (const peer of peers) {
      const bytes = await this.options.fetch(peer, digest, repairFetchTimeoutMs).catch(() => null);
      if (bytes === null || digestOf(bytes) !== digest) continue;
      const inlineFiles = await this.options.storage.repairInline(digest, bytes);
      // The chunk store's copy too when there is one (a chunked file may hold the same content).
      if (inlineFiles === 0 || (await this.options.storage.hasChunk(digest))) await this.options.storage.putChunk(digest, bytes);
      this.repaired += 1;
      nodeMetrics.chunkRepairs.inc();
      this.options.logger.warn("chunk.repaired", { digest, from: peer, source, inlineFiles });
      return "repaired";
    }
    chunkRepairMetrics.failed.inc();
    this.options.logger.error("chunk.repair-failed", { digest, source, asked: peers });
    return "no-good-copy";
  }
}

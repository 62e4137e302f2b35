/**
 * The global registry: where each cluster's leader says "cluster X is alive, its queue
 * servers are at these addresses". Entries carry a time to live; a leader re-registers well
 * within it (heartbeat.ts), so a cluster whose leader dies disappears on its own. `list()`
 * returns the live clusters in ring order (ascending id), which the global ping walks.
 *
 * Two implementations pass the same contract (test/registry/contract.ts): file.ts (a JSON file
 * shared by the clusters on one machine; the default) and redis.ts (ioredis). Every method
 * rejects only with RegistryError.
 */
import { assert } from "../lib/assert";
import { addressProblem, clusterIdProblem, queuesPerClusterMax } from "./cluster-id";
import { RegistryError, type RegistryLocation } from "./errors";
import { ringClustersMax } from "./ping-route";

/** What a leader registers. */
export interface RegistryEntry {
  readonly cluster: string;
  /** Queue-server addresses ("host:port") clients and other clusters reach this cluster at. */
  readonly queues: readonly string[];
  /** The leader node's id or address, when known; informational. */
  readonly leader: string | null;
}

/** A live entry as listed. */
export interface ClusterEntry extends RegistryEntry {
  /** When the entry was last registered, ms since the epoch, by the registering process's clock. */
  readonly updatedMs: number;
}

export interface Registry {
  readonly location: RegistryLocation;
  /** Inserts or replaces `entry.cluster`'s entry; it expires `ttlMs` from now unless renewed. */
  register(entry: RegistryEntry, ttlMs: number): Promise<void>;
  /** Removes the entry now (a leader stepping down or stopping); absent is not an error. */
  deregister(cluster: string): Promise<void>;
  /** Live entries only, ascending by cluster id: the ring order. At most `clustersMax`. */
  list(): Promise<ClusterEntry[]>;
  /** Releases connections and timers; later calls reject with reason "closed". */
  close(): Promise<void>;
}

/** Clusters one registry holds: the ping ring's bound. */
export const clustersMax = ringClustersMax;
/** Shortest ttl: below this a heartbeat cannot keep an entry alive on a loaded machine. */
export const ttlMsMin = 50;
/** Longest ttl: a dead cluster must not stay listed for more than ten minutes. */
export const ttlMsMax = 10 * 60_000;

assert(ttlMsMin < ttlMsMax, "the ttl range is not empty");
assert(clustersMax > 0, "a registry holds at least one cluster");

/** Checks what a caller registers; the registries call it before touching storage. */
export function validateEntry(entry: RegistryEntry, ttlMs: number, location: RegistryLocation): void {
  const invalid = (detail: string): RegistryError => new RegistryError("invalid-entry", location, { detail });
  const cluster = clusterIdProblem(entry.cluster);
  if (cluster !== null) throw invalid(cluster);
  if (entry.queues.length > queuesPerClusterMax) {
    throw invalid(`cluster ${entry.cluster} lists ${entry.queues.length} queue servers; at most ${queuesPerClusterMax}`);
  }
  for (const address of entry.queues) {
    const problem = addressProblem(address);
    if (problem !== null) throw invalid(`cluster ${entry.cluster}: ${problem}`);
  }
  if (entry.leader !== null) {
    const problem = addressProblem(entry.leader);
    if (problem !== null) throw invalid(`cluster ${entry.cluster} leader: ${problem}`);
  }
  if (!Number.isInteger(ttlMs) || ttlMs < ttlMsMin || ttlMs > ttlMsMax) {
    throw invalid(`ttl ${ttlMs} ms is not an integer in [${ttlMsMin}, ${ttlMsMax}]`);
  }
}

/** Checks a cluster id given to deregister. */
export function validateClusterId(cluster: string, location: RegistryLocation): void {
  const problem = clusterIdProblem(cluster);
  if (problem !== null) throw new RegistryError("invalid-entry", location, { detail: problem });
}

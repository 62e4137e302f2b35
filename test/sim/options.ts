/**
 * Everything a simulation run can vary, drawn from one seeded Prng so that a seed alone replays
 * a run exactly. Scenarios override some fields; overrides are applied after every draw, so an
 * override never shifts the random stream of the fields that were drawn.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { RaftTestingKnobs } from "../../src/raft/config";

export const nodeCountMin = 3;
export const nodeCountMax = 7;
/** Ticks a random run spends under faults, before everything heals. */
export const faultTicksDefault = 600;
/**
 * After all faults heal (network reliable, every node restarted), a leader must be elected and
 * every node must apply the same log within this many ticks. With electionTicks = 10 a
 * (pre-)election takes 10..20 ticks; 300 leaves room for several split votes and for a follower
 * that fell behind a compaction to catch up by snapshot.
 */
export const convergenceTicksMaxDefault = 300;
/** Delay of one message in ticks when the network is reliable. */
export const reliableDelayTicksMax = 1;
assert(nodeCountMin >= 3, "a cluster that tolerates a fault has at least three nodes");
assert(nodeCountMin <= nodeCountMax, "the node count range is not empty");
assert(convergenceTicksMaxDefault > 10 * reliableDelayTicksMax, "convergence must allow many round trips");

export interface NetworkOptions {
  /** Probability that one message is lost. */
  dropRate: number;
  /** Probability that one message is delivered twice. */
  duplicateRate: number;
  delayTicksMin: number;
  delayTicksMax: number;
  /** Probability that one message is held back much longer than the others (reordering). */
  lateRate: number;
  lateTicksMax: number;
}

export interface DiskOptions {
  /** Ticks from handing a Ready to the disk until the simulated fsync completes. */
  persistTicksMin: number;
  persistTicksMax: number;
  /** How many nodes have a slow disk, and how slow it is. */
  slowNodeCount: number;
  slowPersistTicksMax: number;
}

export interface FaultOptions {
  /** Chance per tick that a network fault starts, when none is active. */
  networkFaultRate: number;
  /** Chance per tick that a node crashes. */
  crashRate: number;
  /** How long one fault lasts, in ticks. */
  faultTicksMin: number;
  faultTicksMax: number;
  /** Chance per tick that a node pauses (stops ticking and reading messages) for a fault duration. */
  pauseRate: number;
  /** Chance that a crash tears the write in flight (a prefix of it lands on disk). */
  tornWriteRate: number;
  /** Chance per tick that the leader is asked to transfer leadership to a random voter. */
  transferRate: number;
  /** Crashed nodes at most at one time (may exceed a minority: liveness is only checked after healing). */
  crashedNodesMax: number;
}

export interface WorkloadOptions {
  clientCount: number;
  keyCount: number;
  readFraction: number;
  thinkTicksMax: number;
  /** A client gives up on an operation after this many ticks and records its outcome as unknown. */
  timeoutTicks: number;
}

export interface MembershipOptions {
  /** Nodes that start outside the configuration, to be added during the run. */
  spareCount: number;
  /** Chance per tick that a membership change is proposed. */
  changeRate: number;
}

/** A random run keeps at least this many voters: removing more would leave no fault tolerance. */
export const votersMin = 3;

export interface SimOptions {
  seed: number;
  nodeCount: number;
  faultTicks: number;
  convergenceTicksMax: number;
  network: NetworkOptions;
  disk: DiskOptions;
  faults: FaultOptions;
  workload: WorkloadOptions;
  membership: MembershipOptions;
  /** The application snapshots and compacts the log every this many applied entries (0: never). */
  snapshotEntries: number;
  /** Deliberately broken core behaviours (mutant tests only). */
  knobs: RaftTestingKnobs;
  /** Core settings that differ from defaultRaftConfig (e.g. tiny appends, to split replication). */
  core: CoreOverrides;
  /** Lines of trace printed with a failure. */
  traceLines: number;
  /**
   * Check each Ready against the contract of types.ts as the edge takes it (ready-contract.ts).
   * Mutant tests turn it off to prove the end-to-end properties catch the bug on their own.
   */
  checkReadyContract: boolean;
}

export interface CoreOverrides {
  readonly entryBytesPerAppendMax?: number;
  readonly preVote?: boolean;
  readonly checkQuorum?: boolean;
}

export type SimOverrides = Partial<Omit<SimOptions, "network" | "disk" | "faults" | "workload" | "membership">> & {
  membership?: Partial<MembershipOptions>;
  network?: Partial<NetworkOptions>;
  disk?: Partial<DiskOptions>;
  faults?: Partial<FaultOptions>;
  workload?: Partial<WorkloadOptions>;
};

export function drawOptions(seed: number, prng: Prng, overrides: SimOverrides = {}): SimOptions {
  const nodeCount = prng.pick([3, 3, 4, 5, 5, 5, 6, 7]);
  const lossy = prng.chance(0.6);
  const network: NetworkOptions = {
    dropRate: lossy ? prng.pick([0.01, 0.05, 0.1, 0.2]) : 0,
    duplicateRate: prng.pick([0, 0, 0.01, 0.05]),
    delayTicksMin: 0,
    delayTicksMax: prng.intBetween(1, 3),
    lateRate: prng.pick([0, 0.01, 0.03]),
    lateTicksMax: prng.intBetween(5, 40),
  };
  const disk: DiskOptions = {
    persistTicksMin: 0,
    persistTicksMax: prng.intBetween(0, 2),
    slowNodeCount: prng.intBetween(0, 1),
    slowPersistTicksMax: prng.intBetween(3, 15),
  };
  const faults: FaultOptions = {
    networkFaultRate: prng.pick([0, 0.005, 0.01, 0.02]),
    crashRate: prng.pick([0, 0.002, 0.005, 0.01]),
    faultTicksMin: 10,
    faultTicksMax: prng.intBetween(30, 150),
    crashedNodesMax: prng.pick([1, 1, 2, nodeCount]),
    pauseRate: prng.pick([0, 0, 0.003, 0.01]),
    transferRate: prng.pick([0, 0, 0.003, 0.01]),
    tornWriteRate: prng.pick([0, 0.5, 1]),
  };
  const workload: WorkloadOptions = {
    clientCount: prng.intBetween(1, 4),
    keyCount: prng.intBetween(1, 4),
    readFraction: prng.pick([0.3, 0.5, 0.7]),
    thinkTicksMax: prng.intBetween(0, 10),
    timeoutTicks: prng.pick([30, 60, 120]),
  };
  const membership: MembershipOptions = {
    spareCount: Math.min(nodeCount - votersMin, prng.pick([0, 0, 0, 1, 2])),
    changeRate: prng.pick([0, 0.005, 0.01]),
  };
  const options: SimOptions = {
    seed,
    nodeCount,
    faultTicks: faultTicksDefault,
    convergenceTicksMax: convergenceTicksMaxDefault,
    network,
    disk,
    faults,
    workload,
    membership,
    snapshotEntries: prng.pick([0, 8, 20, 50]),
    knobs: {},
    // Mostly the production defaults; sometimes without pre-vote or check-quorum, to exercise those paths too.
    core: { ...(prng.chance(0.2) ? { preVote: false } : {}), ...(prng.chance(0.2) ? { checkQuorum: false } : {}) },
    traceLines: 60,
    checkReadyContract: true,
  };
  const merged: SimOptions = {
    ...options,
    ...overrides,
    network: { ...network, ...overrides.network },
    disk: { ...disk, ...overrides.disk },
    faults: { ...faults, ...overrides.faults },
    workload: { ...workload, ...overrides.workload },
    membership: { ...membership, ...overrides.membership },
    // Core settings are overridden as a whole: a scenario that names them gets exactly those.
    core: overrides.core ?? options.core,
  };
  validateOptions(merged);
  return merged;
}

export function validateOptions(options: SimOptions): void {
  assert(options.nodeCount >= 1 && options.nodeCount <= nodeCountMax, "node count out of range");
  assert(options.network.dropRate >= 0 && options.network.dropRate < 1, "drop rate in [0, 1)");
  assert(options.network.delayTicksMin <= options.network.delayTicksMax, "delay range is not empty");
  assert(options.disk.persistTicksMin <= options.disk.persistTicksMax, "persist range is not empty");
  assert(options.faults.faultTicksMin <= options.faults.faultTicksMax, "fault duration range is not empty");
  assert(options.workload.timeoutTicks > 0, "clients must wait at least a tick");
  assert(options.snapshotEntries >= 0, "snapshot interval must not be negative");
  assert(options.membership.spareCount >= 0, "spare count must not be negative");
  assert(options.membership.spareCount < options.nodeCount, "at least one node starts as a voter");
}

/**
 * A harsher fault profile for bug hunts (`run.ts --harsh`): heavy loss and duplication, very
 * late messages (stale terms arriving long after), one-entry appends (replication split into
 * many round trips), compaction every few entries, frequent crashes, pauses, partitions and
 * membership changes.
 */
export const harshOverrides: SimOverrides = {
  network: { dropRate: 0.2, duplicateRate: 0.1, lateRate: 0.05, lateTicksMax: 100 },
  faults: { networkFaultRate: 0.03, crashRate: 0.02, pauseRate: 0.01, transferRate: 0.01, tornWriteRate: 1, faultTicksMin: 5, faultTicksMax: 60 },
  membership: { changeRate: 0.01 },
  core: { entryBytesPerAppendMax: 1 },
  snapshotEntries: 3,
};

/**
 * Helpers for scripted scenarios (scenarios.test.ts, mutants.test.ts): a quiet cluster with no
 * nemesis whose faults the script makes by hand, and the Raft-lab style primitives on top of
 * it (wait for a leader, agree on a value, count who applied an index). Every tick still runs
 * the safety checks; `runScenario` ends each script by healing, requiring convergence and
 * checking the clients' history for linearizability, and turns any failure into a report
 * with the seed and the replay command.
 */
import { assert } from "../../src/lib/assert";
import { Prng } from "../../src/lib/prng";
import { createRaft } from "../../src/raft/raft";
import type { NodeId } from "../../src/raft/types";
import { reliableNetwork, SimCluster, type WrapCore } from "./cluster";
import { drawOptions, type SimOptions, type SimOverrides } from "./options";
import { checkHistory, formatFailure, healAndConverge, toFailure, type SimFailure } from "./simulation";
import { SimViolation } from "./violation";

/** Ticks to elect a leader in a healthy majority: several election timeouts (10..20 ticks each). */
export const electionWaitTicks = 150;
/** Ticks for a committed entry to reach every connected node. */
export const agreementWaitTicks = 60;
/** Scripted clients available to a scenario. */
export const scenarioClients = 8;
assert(electionWaitTicks > 2 * 20, "wait for more than one randomized election timeout");

/** A scripted run failed; the message is the full report (seed, replay command, trace). */
export class ScenarioFailure extends Error {
  override readonly name = "ScenarioFailure";
  constructor(
    readonly failure: SimFailure,
    report: string,
  ) {
    super(report);
  }
}

export interface ScenarioParts {
  readonly overrides?: SimOverrides;
  readonly voters?: readonly NodeId[];
  readonly wrapCore?: WrapCore;
  readonly verbose?: boolean;
}

export function scenarioCluster(seed: number, parts: ScenarioParts = {}): SimCluster {
  const prng = new Prng(seed);
  const options = scenarioOptions(seed, prng, parts.overrides ?? {});
  const cluster = new SimCluster({
    options,
    prng: prng.fork(),
    createCore: createRaft,
    ...(parts.voters === undefined ? {} : { voters: parts.voters }),
    ...(parts.wrapCore === undefined ? {} : { wrapCore: parts.wrapCore }),
    ...(parts.verbose === undefined ? {} : { verbose: parts.verbose }),
  });
  cluster.workload.active = false; // scripted clients only, unless the scenario turns them on
  return cluster;
}

/** A quiet run's options (no nemesis, reliable network, fast disks, scripted clients), then `overrides`. */
export function scenarioOptions(seed: number, prng: Prng, overrides: SimOverrides): SimOptions {
  return drawOptions(seed, prng, {
    faultTicks: 0,
    snapshotEntries: 0,
    ...overrides,
    core: overrides.core ?? {}, // the production defaults unless the scenario says otherwise
    network: { ...reliableNetwork, ...overrides.network },
    disk: { persistTicksMin: 0, persistTicksMax: 1, slowNodeCount: 0, ...overrides.disk },
    faults: { networkFaultRate: 0, crashRate: 0, pauseRate: 0, transferRate: 0, ...overrides.faults },
    workload: { clientCount: scenarioClients, timeoutTicks: 100, ...overrides.workload },
    membership: { spareCount: 0, changeRate: 0, ...overrides.membership },
  });
}

/** Runs `script`, then heals, requires convergence and a linearizable history. Throws a full report on failure. */
export function runScenario(name: string, seed: number, script: (cluster: SimCluster) => void, parts: ScenarioParts = {}): SimCluster {
  const cluster = scenarioCluster(seed, parts);
  try {
    script(cluster);
    healAndConverge(cluster, null);
    checkHistory(cluster);
  } catch (error: unknown) {
    const replay = `SEED=${seed} node_modules/.bin/bun test test/sim/ -t "${name}"`;
    const failure = toFailure(error);
    throw new ScenarioFailure(failure, formatFailure({ seed, ticks: cluster.now, options: cluster.options }, failure, cluster, replay));
  }
  return cluster;
}

/** Waits until one node of `among` leads at the highest term any of them has; returns it. */
export function waitLeader(cluster: SimCluster, among: readonly NodeId[] = cluster.ids, ticksMax = electionWaitTicks): NodeId {
  const leader = waitLeaderOrNull(cluster, among, ticksMax);
  if (leader === null) throw new SimViolation("liveness", `no leader among ${among.join(",")} within ${ticksMax} ticks`);
  return leader;
}

/** As waitLeader, but returns null instead of failing (for scripts that expect the election may not happen). */
export function waitLeaderOrNull(cluster: SimCluster, among: readonly NodeId[], ticksMax = electionWaitTicks): NodeId | null {
  cluster.runUntil(() => leaderAmong(cluster, among) !== null, ticksMax);
  return leaderAmong(cluster, among);
}

export function leaderAmong(cluster: SimCluster, among: readonly NodeId[]): NodeId | null {
  const statuses = among.filter((id) => cluster.node(id).alive).map((id) => cluster.node(id).running().status());
  const termMax = Math.max(0, ...statuses.map((status) => status.term));
  const leaders = statuses.filter((status) => status.role === "leader" && status.term === termMax);
  return leaders.length === 1 ? (leaders[0]?.id ?? null) : null;
}

/** Nodes of `among` (all by default) that have applied `index`. */
export function appliedCount(cluster: SimCluster, index: number, among: readonly NodeId[] = cluster.ids): number {
  return among.filter((id) => cluster.node(id).alive && cluster.node(id).applied >= index).length;
}

/** Submits one put through `via` with the first idle scripted client; returns its index or null if refused. */
export function submitPut(cluster: SimCluster, via: NodeId, key = "k0"): number | null {
  const client = firstIdleClient(cluster);
  if (client === null) return null;
  const node = cluster.node(via);
  if (!node.alive) return null;
  if (cluster.workload.submit(client, "put", node, key, cluster.now) !== "accepted") return null;
  return node.running().status().lastIndex;
}

export function submitGet(cluster: SimCluster, via: NodeId, key = "k0"): boolean {
  const client = firstIdleClient(cluster);
  if (client === null) return false;
  return cluster.workload.submit(client, "get", cluster.node(via), key, cluster.now) === "accepted";
}

function firstIdleClient(cluster: SimCluster): number | null {
  for (let client = 0; client < cluster.options.workload.clientCount; client += 1) if (cluster.workload.idle(client)) return client;
  return null;
}

/**
 * The Raft labs' `one()`: keeps proposing through whoever leads `among` until one put is
 * applied by at least `expected` nodes of `among`. Returns its index.
 */
export function agree(cluster: SimCluster, expected: number, among: readonly NodeId[] = cluster.ids, ticksMax = 4 * electionWaitTicks): number {
  const deadline = cluster.now + ticksMax;
  while (cluster.now < deadline) {
    const leader = leaderAmong(cluster, among);
    const index = leader === null ? null : submitPut(cluster, leader);
    if (index === null) {
      cluster.tick();
      continue;
    }
    if (cluster.runUntil(() => appliedCount(cluster, index, among) >= expected, agreementWaitTicks)) return index;
  }
  throw new SimViolation("liveness", `no agreement of ${expected} nodes among ${among.join(",")} within ${ticksMax} ticks`);
}

/** A random subset of `count` ids, drawn from `prng`. */
export function pickSome(prng: Prng, ids: readonly NodeId[], count: number): NodeId[] {
  const pool = [...ids];
  const out: NodeId[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(prng.intBetween(0, pool.length - 1), 1)[0] as NodeId);
  return out;
}

/**
 * Scripted interleavings on the real edge (real-cluster.ts), as scenario.ts and
 * mutant-scripts.ts script the model edge: a quiet cluster (scenarioOptions) whose faults the
 * script makes by hand, the Raft-lab primitives on top of it, and `runRealScenario`, which ends
 * each script by healing, requiring convergence and a linearizable client history.
 */
import { Prng } from "../../src/lib/prng";
import type { RaftLoopTestingKnobs } from "../../src/node/raft-loop";
import type { NodeId } from "../../src/raft/types";
import type { WrapCore } from "./cluster";
import { checkKvHistory } from "./linearizability";
import type { SimOverrides } from "./options";
import { RealCluster } from "./real-cluster";
import type { RealPlants } from "./real-plants";
import { healAndConverge } from "./real-simulation";
import { agreementWaitTicks, electionWaitTicks, scenarioOptions } from "./scenario";
import { toFailure, type SimFailure } from "./simulation";
import { SimViolation } from "./violation";

export interface RealScenarioParts {
  readonly overrides?: SimOverrides;
  readonly wrapCore?: WrapCore;
  readonly loopKnobs?: RaftLoopTestingKnobs;
  readonly plants?: RealPlants;
  readonly verbose?: boolean;
}

/** Runs `script`, heals, requires convergence and a linearizable history; the failure, or null. */
export async function runRealScenario(seed: number, script: (cluster: RealCluster) => Promise<void>, parts: RealScenarioParts = {}): Promise<SimFailure | null> {
  const prng = new Prng(seed);
  const cluster = new RealCluster({
    options: scenarioOptions(seed, prng, parts.overrides ?? {}), prng: prng.fork(),
    ...(parts.wrapCore === undefined ? {} : { wrapCore: parts.wrapCore }),
    ...(parts.loopKnobs === undefined ? {} : { loopKnobs: parts.loopKnobs }),
    ...(parts.plants === undefined ? {} : { plants: parts.plants }),
    ...(parts.verbose === undefined ? {} : { verbose: parts.verbose }),
  });
  cluster.workload.active = false; // scripted clients only
  try {
    await script(cluster);
    await healAndConverge(cluster, null);
    const result = checkKvHistory(cluster.workload.history);
    if (result.kind === "violation") throw new SimViolation("linearizability", result.explanation);
    return null;
  } catch (error: unknown) {
    return toFailure(error);
  }
}

export function leaderAmong(cluster: RealCluster, among: readonly NodeId[]): NodeId | null {
  const statuses = among.filter((id) => cluster.node(id).alive).map((id) => cluster.node(id).running().status());
  const termMax = Math.max(0, ...statuses.map((status) => status.term));
  const leaders = statuses.filter((status) => status.role === "leader" && status.term === termMax);
  return leaders.length === 1 ? (leaders[0]?.id ?? null) : null;
}

export async function waitLeaderOrNull(cluster: RealCluster, among: readonly NodeId[] = cluster.ids, ticksMax = electionWaitTicks): Promise<NodeId | null> {
  await cluster.runUntil(() => leaderAmong(cluster, among) !== null, ticksMax);
  return leaderAmong(cluster, among);
}

function appliedCount(cluster: RealCluster, index: number): number {
  return cluster.allNodes.filter((node) => node.alive && node.runningLoop().applied >= index).length;
}

function firstIdleClient(cluster: RealCluster): number | null {
  for (let client = 0; client < cluster.options.workload.clientCount; client += 1) if (cluster.workload.idle(client)) return client;
  return null;
}

/** Proposes one put through `via` with an idle scripted client; its log index once the loop took it, or null if refused. */
export async function submitPut(cluster: RealCluster, via: NodeId, key = "k0"): Promise<number | null> {
  const client = firstIdleClient(cluster);
  const node = cluster.node(via);
  if (client === null || !node.alive) return null;
  cluster.workload.submit(client, "put", node, key);
  await cluster.settle();
  return cluster.workload.idle(client) ? null : node.running().status().lastIndex;
}

export function submitGet(cluster: RealCluster, via: NodeId, key = "k0"): boolean {
  const client = firstIdleClient(cluster);
  const node = cluster.node(via);
  if (client === null || !node.alive) return false;
  cluster.workload.submit(client, "get", node, key);
  return true;
}

/** The Raft labs' `one()`: proposes through whoever leads until one put is applied by `expected` nodes. */
export async function agree(cluster: RealCluster, expected: number, ticksMax = 4 * electionWaitTicks): Promise<number> {
  const deadline = cluster.now + ticksMax;
  while (cluster.now < deadline) {
    const leader = leaderAmong(cluster, cluster.ids);
    const index = leader === null ? null : await submitPut(cluster, leader);
    if (index === null) {
      await cluster.tick();
      continue;
    }
    if (await cluster.runUntil(() => appliedCount(cluster, index) >= expected, agreementWaitTicks)) return index;
  }
  throw new SimViolation("liveness", `no agreement of ${expected} nodes within ${ticksMax} ticks`);
}

/**
 * mutant-scripts.ts readIndexScript on the real edge: a put is committed and applied by the
 * leader, which is cut off before the followers learn the new commit index; a read through the
 * new leader's loop (readBarrier, then getFile), answered before that leader commits its no-op,
 * would be served at the stale commit index and miss the put.
 */
export async function readIndexScript(cluster: RealCluster): Promise<void> {
  const old = await waitLeaderOrNull(cluster);
  if (old === null) throw new SimViolation("liveness", "no first leader");
  await agree(cluster, 3);
  const index = await submitPut(cluster, old, "k0");
  if (index === null) return;
  await cluster.runUntil(() => cluster.node(old).running().status().commit >= index, 30);
  cluster.isolate(old);
  // Appends with entries are lost from now on (so the next leader's no-op does not commit); heartbeats get through.
  cluster.network.dropMatching = (message) => message.entries > 0;
  await cluster.runTicks(5);
  const rest = cluster.ids.filter((id) => id !== old);
  const leader = await waitLeaderOrNull(cluster, rest);
  if (leader === null) return;
  submitGet(cluster, leader, "k0");
  await cluster.runTicks(15);
  cluster.network.dropMatching = null;
  await cluster.runTicks(30);
}

/**
 * mutant-scripts.ts voteScript on the real edge: a voter grants its vote, crashes and comes back;
 * if the vote was never durable it votes again, for another candidate of the same term.
 */
export async function voteScript(cluster: RealCluster): Promise<void> {
  const old = await waitLeaderOrNull(cluster);
  if (old === null) throw new SimViolation("liveness", "no first leader");
  await agree(cluster, 3);
  const pair = cluster.ids.filter((id) => id !== old);
  cluster.isolate(old);
  const winner = await waitLeaderOrNull(cluster, pair);
  if (winner === null) return;
  const term = cluster.node(winner).running().status().term;
  const voter = pair.find((id) => id !== winner);
  if (voter === undefined) return;
  // The winner is cut off before its first append reaches the voter; the voter restarts.
  cluster.isolate(winner);
  cluster.crash(voter);
  cluster.restart(voter);
  // The old leader, still at an older term, campaigns for `term` and asks the voter.
  cluster.reconnect(old);
  const oldStatus = (): { term: number; role: string } => cluster.node(old).running().status();
  await cluster.runUntil(() => oldStatus().term > term || oldStatus().role === "leader", electionWaitTicks);
  await cluster.runTicks(5);
}

/**
 * mutant-scripts.ts figure8Script on the real edge (five nodes, one-entry appends): a new leader
 * hears "I have index i" before "I have your no-op at i+1", the moment a leader that counts
 * old-term replicas commits i; then a node holding a newer-term entry at i is elected by the
 * nodes that never saw the no-op and overwrites i.
 */
export async function figure8Script(cluster: RealCluster): Promise<void> {
  const first = await waitLeaderOrNull(cluster);
  if (first === null) throw new SimViolation("liveness", "no first leader");
  await agree(cluster, 5);
  // (a) The leader replicates X at index i to one follower only.
  const mate = cluster.ids.find((id) => id !== first) ?? first;
  const rest = cluster.ids.filter((id) => id !== first && id !== mate);
  for (const id of rest) cluster.isolate(id);
  const x = await submitPut(cluster, first);
  if (x === null) return;
  await cluster.runTicks(10);
  // (b) The leader crashes; the other three elect one of them, which appends its no-op at i and is cut off at once.
  cluster.crash(first);
  cluster.isolate(mate);
  for (const id of rest) cluster.reconnect(id);
  const second = await waitLeaderOrNull(cluster, rest);
  if (second === null) return;
  cluster.isolate(second);
  const voters = rest.filter((id) => id !== second);
  // (c) The old leader comes back and, with its mate and the two voters, is elected again.
  cluster.restart(first);
  cluster.reconnect(mate);
  const leader = await waitLeaderOrNull(cluster, [first, mate, ...voters]);
  if (leader === null) return;
  // Cut the new leader off the moment it counts index i as committed, before its no-op spreads.
  await cluster.runUntil(() => cluster.node(leader).running().status().commit >= x, 30);
  cluster.isolate(leader);
  cluster.isolate(leader === first ? mate : first);
  // (d) The cut-off leader of (b) returns and is elected by the voters that lack the no-op.
  cluster.reconnect(second);
  await waitLeaderOrNull(cluster, [second, ...voters]);
  await cluster.runTicks(40);
}

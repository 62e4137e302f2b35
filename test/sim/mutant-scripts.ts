/**
 * Scripts that drive a cluster into the precise interleavings where a broken core goes wrong
 * (mutants.test.ts runs them against the real core and against each mutant). They use only
 * the simulator's fault controls; the seed still varies the timing. A script that cannot set
 * its stage on some seed (say, the wrong node wins an election) returns early: the real core
 * must pass either way, and the test requires the mutant to be caught on some seed.
 */
import { expect } from "bun:test";
import type { NodeId } from "../../src/raft/types";
import type { SimCluster } from "./cluster";
import { agree, electionWaitTicks, submitGet, submitPut, waitLeader, waitLeaderOrNull } from "./scenario";

/**
 * Figure 8 of the Raft paper, forced. One-entry appends let a new leader hear "I have index i"
 * before "I have your no-op at i+1", which is the moment a leader that counts old-term
 * replicas would commit i. Then a node holding a different, newer-term entry at i is elected
 * by the nodes that never saw the no-op and overwrites i.
 */
export function figure8Script(cluster: SimCluster): void {
  const first = waitLeader(cluster);
  agree(cluster, 5);
  // (a) The leader replicates X at index i to one follower only.
  const mate = cluster.ids.find((id) => id !== first) ?? first;
  const rest = cluster.ids.filter((id) => id !== first && id !== mate);
  for (const id of rest) cluster.isolate(id);
  const x = submitPut(cluster, first);
  expect(x).not.toBeNull();
  cluster.runTicks(10);
  // (b) The leader crashes; the other three elect one of them, which appends its no-op at i and is cut off at once.
  cluster.crash(first);
  cluster.isolate(mate);
  for (const id of rest) cluster.reconnect(id);
  const second = waitLeaderOrNull(cluster, rest);
  if (second === null) return;
  cluster.isolate(second);
  const voters = rest.filter((id) => id !== second);
  // (c) The old leader comes back and, with its mate and the two voters, is elected again.
  cluster.restart(first);
  cluster.reconnect(mate);
  const leader = waitLeaderOrNull(cluster, [first, mate, ...voters]);
  if (leader === null) return;
  // Cut the new leader off the moment it counts index i as committed, before its no-op spreads.
  cluster.runUntil(() => cluster.node(leader).running().status().commit >= (x ?? 0), 30);
  cluster.isolate(leader);
  cluster.isolate(leader === first ? mate : first);
  // (d) The cut-off leader of (b) returns and is elected by the voters that lack the no-op.
  cluster.reconnect(second);
  waitLeaderOrNull(cluster, [second, ...voters]);
  cluster.runTicks(40);
}

/**
 * A voter grants its vote, crashes and comes back: if the vote was never durable it votes
 * again, for another candidate of the same term, and that term gets two leaders.
 */
export function voteScript(cluster: SimCluster): void {
  const old = waitLeader(cluster);
  agree(cluster, 3);
  const pair = cluster.ids.filter((id) => id !== old);
  cluster.isolate(old);
  const winner = waitLeaderOrNull(cluster, pair);
  if (winner === null) return;
  const term = cluster.node(winner).running().status().term;
  const voter = pair.find((id) => id !== winner) ?? pair[0];
  if (voter === undefined) return;
  // The winner is cut off before its first append reaches the voter; the voter restarts.
  cluster.isolate(winner);
  cluster.crash(voter);
  cluster.restart(voter);
  // The old leader, still at an older term, campaigns for `term` and asks the voter.
  cluster.reconnect(old);
  cluster.runUntil(() => cluster.node(old).running().status().term > term || cluster.node(old).running().status().role === "leader", electionWaitTicks);
  cluster.runTicks(5);
}

/**
 * A put is committed and applied by the leader, which is cut off before the followers learn
 * the new commit index; a read on the new leader, answered before it commits its no-op, is
 * served at the stale commit index and misses the put.
 */
export function readIndexScript(cluster: SimCluster): void {
  const old = waitLeader(cluster);
  agree(cluster, 3);
  const index = submitPut(cluster, old, "k0");
  if (index === null) return;
  cluster.runUntil(() => cluster.node(old).running().status().commit >= index, 30);
  cluster.isolate(old);
  // Appends are lost from now on (so the next leader's no-op does not commit), heartbeats get through.
  cluster.network.dropMatching = (message) => message.type === "append";
  // The old leader applies the put on its own (it is committed): the client sees it done.
  cluster.runTicks(5);
  const rest = cluster.ids.filter((id) => id !== old);
  const leader = waitLeaderOrNull(cluster, rest);
  if (leader === null) return;
  submitGet(cluster, leader, "k0");
  cluster.runTicks(15);
  cluster.network.dropMatching = null;
  cluster.runTicks(30);
}


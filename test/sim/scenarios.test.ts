/**
 * What this proves: the real Raft core passes, in the deterministic simulator, the scenarios
 * the well-known Raft lab suites check (MIT 6.824 labs 2A-2D, etcd's paper tests): elections,
 * agreement with and without a majority, partitioned leaders rejoining, fast backup over long
 * divergent logs, persistence across crashes of one, a majority and all nodes, Figure 8 with
 * reliable and unreliable networks, churn, snapshot install (also under crashes and loss) and
 * membership changes under faults. Each scenario is a script of faults; every tick the safety
 * properties are checked, and each script ends by healing everything and requiring
 * convergence and a linearizable client history (runScenario). Each runs on two fixed seeds;
 * SEED=n replays one.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { nodeId, type NodeId } from "../../src/raft/types";
import type { SimCluster } from "./cluster";
import { encodePut } from "./kv";
import {
  agree,
  agreementWaitTicks,
  appliedCount,
  electionWaitTicks,
  leaderAmong,
  pickSome,
  runScenario,
  submitPut,
  waitLeader,
} from "./scenario";

const seeds = process.env.SEED === undefined ? [1, 2] : [Number(process.env.SEED)];
/** Per-test timeout for the longer scripts on a loaded machine. */
const scenarioTimeoutMs = 60_000;

/** A put no client waits for (these never commit, so they never enter the history). */
function proposeUntracked(cluster: SimCluster, via: NodeId): void {
  const data = encodePut({ client: 1_000, operation: cluster.now, key: "k0", value: "lost" });
  expect(cluster.node(via).running().propose(data).kind).toBe("accepted");
}

function others(cluster: SimCluster, id: NodeId): NodeId[] {
  return cluster.ids.filter((other) => other !== id);
}

function scenario(name: string, script: (cluster: SimCluster, prng: Prng) => void, parts: Parameters<typeof runScenario>[3] = {}): void {
  test(
    name,
    () => {
      for (const seed of seeds) {
        const prng = new Prng(seed ^ 0x5eed);
        runScenario(name, seed, (cluster) => script(cluster, prng), parts);
      }
    },
    scenarioTimeoutMs,
  );
}

describe("elections", () => {
  scenario(
    "initial election",
    (cluster) => {
      const leader = waitLeader(cluster);
      const term = cluster.node(leader).running().status().term;
      expect(term).toBeGreaterThanOrEqual(1);
      // With no failures the leader and term stay put: no needless elections.
      cluster.runTicks(100);
      expect(cluster.leaderId()).toBe(leader);
      for (const status of cluster.statuses()) expect(status.term).toBe(term);
    },
    { overrides: { nodeCount: 3 } },
  );

  scenario(
    "re-election",
    (cluster) => {
      const first = waitLeader(cluster);
      cluster.isolate(first);
      const second = waitLeader(cluster, others(cluster, first));
      expect(second).not.toBe(first);
      cluster.reconnect(first); // the old leader rejoins and must not disturb the new one
      waitLeader(cluster);
      const lonely = pickSome(new Prng(cluster.now), others(cluster, second), 1)[0] as NodeId;
      cluster.isolate(second);
      cluster.isolate(lonely);
      const rest = cluster.ids.filter((id) => id !== second && id !== lonely);
      // Only one node is left connected: no quorum, no leader among it.
      cluster.runTicks(electionWaitTicks);
      for (const id of rest) expect(cluster.node(id).running().status().role).not.toBe("leader");
      cluster.reconnect(lonely);
      waitLeader(cluster, [...rest, lonely]);
      cluster.reconnect(second);
      waitLeader(cluster);
    },
    { overrides: { nodeCount: 3 } },
  );

  scenario(
    "many elections",
    (cluster, prng) => {
      waitLeader(cluster);
      for (let round = 0; round < 8; round += 1) {
        const cut = pickSome(prng, cluster.ids, 3);
        for (const id of cut) cluster.isolate(id);
        waitLeader(cluster, cluster.ids.filter((id) => !cut.includes(id)));
        for (const id of cut) cluster.reconnect(id);
      }
      waitLeader(cluster);
    },
    { overrides: { nodeCount: 7 } },
  );
});

describe("agreement", () => {
  scenario("basic agreement", (cluster) => {
    waitLeader(cluster);
    let previous = 0;
    for (let i = 0; i < 5; i += 1) {
      const index = agree(cluster, cluster.ids.length);
      expect(index).toBeGreaterThan(previous);
      previous = index;
    }
  }, { overrides: { nodeCount: 5 } });

  scenario("agreement with a disconnected follower", (cluster) => {
    const leader = waitLeader(cluster);
    agree(cluster, 3);
    const follower = others(cluster, leader)[0] as NodeId;
    cluster.isolate(follower);
    const connected = others(cluster, follower);
    for (let i = 0; i < 4; i += 1) agree(cluster, 2, connected);
    cluster.reconnect(follower);
    agree(cluster, 3);
  }, { overrides: { nodeCount: 3 } });

  scenario("no agreement without a majority", (cluster) => {
    const leader = waitLeader(cluster);
    agree(cluster, 5);
    const cut = others(cluster, leader).slice(0, 3);
    for (const id of cut) cluster.isolate(id);
    const index = submitPut(cluster, leader);
    expect(index).not.toBeNull();
    cluster.runTicks(3 * agreementWaitTicks);
    // Two of five hold the entry: it must not be committed, or applied, anywhere.
    expect(appliedCount(cluster, index ?? 0)).toBe(0);
    for (const id of cut) cluster.reconnect(id);
    agree(cluster, 5);
  }, { overrides: { nodeCount: 5 } });

  scenario("concurrent proposals", (cluster) => {
    const leader = waitLeader(cluster);
    const indexes: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const index = submitPut(cluster, leader, `k${i % 2}`);
      if (index !== null) indexes.push(index);
    }
    expect(new Set(indexes).size).toBe(indexes.length);
    const last = Math.max(...indexes);
    expect(cluster.runUntil(() => appliedCount(cluster, last) === cluster.ids.length, agreementWaitTicks)).toBe(true);
  }, { overrides: { nodeCount: 3 } });

  scenario("rejoin of a partitioned leader", (cluster) => {
    const first = waitLeader(cluster);
    agree(cluster, 3);
    cluster.isolate(first);
    // The old leader accepts proposals it can never commit.
    for (let i = 0; i < 3; i += 1) submitPut(cluster, first);
    const rest = others(cluster, first);
    const second = waitLeader(cluster, rest);
    agree(cluster, 2, rest);
    cluster.isolate(second);
    cluster.reconnect(first);
    const pair = cluster.ids.filter((id) => id !== second);
    agree(cluster, 2, pair);
    cluster.reconnect(second);
    agree(cluster, 3);
  }, { overrides: { nodeCount: 3 } });

  scenario("fast backup over a long divergent log", (cluster) => {
    const first = waitLeader(cluster);
    agree(cluster, 5);
    // The leader and one follower take 50 entries that will never commit.
    const [mate, ...rest] = others(cluster, first) as [NodeId, ...NodeId[]];
    for (const id of rest) cluster.isolate(id);
    for (let i = 0; i < 50; i += 1) proposeUntracked(cluster, first);
    cluster.runTicks(5);
    expect(cluster.node(first).disk.lastIndex()).toBeGreaterThan(50);
    cluster.isolate(first);
    cluster.isolate(mate);
    for (const id of rest) cluster.reconnect(id);
    // The other three commit 50 entries of their own.
    for (let i = 0; i < 50; i += 1) agree(cluster, 3, rest);
    const divergentAt = cluster.node(first).disk.lastIndex();
    cluster.healNetwork();
    const rejectionsBefore = cluster.appendRejections;
    agree(cluster, 5);
    // Backtracking by term (§5.3) needs a few round trips, not one per entry.
    expect(cluster.appendRejections - rejectionsBefore).toBeLessThan(20);
    // The divergent suffix of the old leader was replaced, not kept.
    expect(cluster.node(first).disk.entry(divergentAt)?.term).toBe(cluster.node(rest[0] as NodeId).disk.entry(divergentAt)?.term);
  }, { overrides: { nodeCount: 5, workload: { timeoutTicks: 30 } } });
});

describe("persistence", () => {
  scenario("crash and restart of one node", (cluster) => {
    const leader = waitLeader(cluster);
    agree(cluster, 3);
    const follower = others(cluster, leader)[0] as NodeId;
    cluster.crash(follower);
    agree(cluster, 2, others(cluster, follower));
    cluster.restart(follower);
    agree(cluster, 3);
    const leader2 = waitLeader(cluster);
    cluster.crash(leader2);
    agree(cluster, 2, others(cluster, leader2));
    cluster.restart(leader2);
    agree(cluster, 3);
  }, { overrides: { nodeCount: 3, disk: { persistTicksMax: 3 } } });

  scenario("crash of a majority", (cluster) => {
    const leader = waitLeader(cluster);
    const index = agree(cluster, 5);
    const victims = [leader, ...others(cluster, leader).slice(0, 2)];
    for (const id of victims) cluster.crash(id);
    cluster.runTicks(electionWaitTicks);
    expect(cluster.leaderId()).toBeNull();
    for (const id of victims) cluster.restart(id);
    // A committed entry survives: every node gets it back (the safety checks compare content).
    expect(cluster.runUntil(() => appliedCount(cluster, index) === 5, electionWaitTicks + agreementWaitTicks)).toBe(true);
    agree(cluster, 5);
  }, { overrides: { nodeCount: 5, disk: { persistTicksMax: 3 } } });

  scenario("crash of all nodes", (cluster, prng) => {
    waitLeader(cluster);
    for (let round = 0; round < 3; round += 1) {
      const index = agree(cluster, 3);
      // Crash everyone at a random moment, some writes in flight.
      submitPut(cluster, cluster.leaderId() ?? (cluster.ids[0] as NodeId));
      cluster.runTicks(prng.intBetween(0, 3));
      for (const id of cluster.ids) cluster.crash(id);
      for (const id of cluster.ids) cluster.restart(id);
      expect(cluster.runUntil(() => appliedCount(cluster, index) === 3, electionWaitTicks + agreementWaitTicks)).toBe(true);
    }
    agree(cluster, 3);
  }, { overrides: { nodeCount: 3, disk: { persistTicksMax: 4 } } });
});

/** The labs' Figure 8 test: leaders crash (or are cut off) right after proposing, nodes come back at random. */
function figure8(cluster: SimCluster, prng: Prng, unreliable: boolean): void {
  waitLeader(cluster);
  agree(cluster, 1);
  const down = new Set<NodeId>();
  const majority = Math.floor(cluster.ids.length / 2) + 1;
  let cuts = 0;
  for (let round = 0; round < 200 && cuts < 25; round += 1) {
    const leader = leaderAmong(cluster, cluster.ids.filter((id) => !down.has(id)));
    if (leader !== null) {
      submitPut(cluster, leader);
      cluster.runTicks(prng.chance(0.1) ? prng.intBetween(0, 30) : prng.intBetween(0, 3));
      if (unreliable) cluster.isolate(leader);
      else cluster.crash(leader);
      down.add(leader);
      cuts += 1;
    } else cluster.runTicks(prng.intBetween(1, 10));
    if (cluster.ids.length - down.size < majority) {
      const back = prng.pick([...down]);
      if (unreliable) cluster.reconnect(back);
      else cluster.restart(back);
      down.delete(back);
    }
  }
  for (const id of down) {
    if (unreliable) cluster.reconnect(id);
    else cluster.restart(id);
  }
  agree(cluster, cluster.ids.length);
  // The point of the test is many leaders, each cut off soon after proposing.
  expect(cluster.safety.leadersObserved).toBeGreaterThan(10);
}

describe("figure 8 and churn", () => {
  scenario("figure 8 (reliable)", (cluster, prng) => figure8(cluster, prng, false), {
    overrides: { nodeCount: 5, core: { entryBytesPerAppendMax: 1 }, disk: { persistTicksMax: 3 } },
  });

  scenario("figure 8 (unreliable)", (cluster, prng) => figure8(cluster, prng, true), {
    overrides: {
      nodeCount: 5,
      core: { entryBytesPerAppendMax: 1 },
      network: { dropRate: 0.1, duplicateRate: 0.05, delayTicksMax: 3, lateRate: 0.05, lateTicksMax: 30 },
    },
  });

  function churn(cluster: SimCluster, prng: Prng): void {
    waitLeader(cluster);
    cluster.workload.active = true; // random clients all along
    for (let round = 0; round < 40; round += 1) {
      const id = prng.pick(cluster.ids);
      const node = cluster.node(id);
      const roll = prng.nextFloat();
      if (roll < 0.2) cluster.isolate(id);
      else if (roll < 0.5) cluster.reconnect(id);
      else if (roll < 0.6 && node.alive) cluster.crash(id);
      else if (roll < 0.9 && !node.alive) cluster.restart(id);
      cluster.runTicks(prng.intBetween(1, 15));
    }
    cluster.workload.active = false;
    cluster.healNetwork();
    for (const id of cluster.ids) if (!cluster.node(id).alive) cluster.restart(id);
    agree(cluster, cluster.ids.length);
    expect(cluster.workload.history.length).toBeGreaterThan(10);
  }

  scenario("churn (reliable)", churn, { overrides: { nodeCount: 5, workload: { clientCount: 3, thinkTicksMax: 2, timeoutTicks: 20 } } });
  scenario("churn (unreliable)", churn, {
    overrides: {
      nodeCount: 5,
      snapshotEntries: 20,
      network: { dropRate: 0.1, duplicateRate: 0.05, delayTicksMax: 3, lateRate: 0.03, lateTicksMax: 20 },
      workload: { clientCount: 3, thinkTicksMax: 2, timeoutTicks: 20 },
    },
  });
});

describe("snapshots", () => {
  scenario("snapshot install to a lagging follower", (cluster) => {
    const leader = waitLeader(cluster);
    agree(cluster, 3);
    const follower = others(cluster, leader)[0] as NodeId;
    cluster.isolate(follower);
    for (let i = 0; i < 40; i += 1) agree(cluster, 2, others(cluster, follower));
    expect(cluster.node(leader).disk.snapshotIndex()).toBeGreaterThan(0);
    cluster.reconnect(follower);
    agree(cluster, 3);
    // The follower's log was compacted away on the leader: it caught up by snapshot.
    expect(cluster.snapshotsDelivered).toBeGreaterThan(0);
    expect(cluster.node(follower).disk.snapshotIndex()).toBeGreaterThan(0);
  }, { overrides: { nodeCount: 3, snapshotEntries: 10 } });

  scenario("snapshot install with crashes and loss", (cluster, prng) => {
    waitLeader(cluster);
    for (let round = 0; round < 6; round += 1) {
      const victim = prng.pick(cluster.ids);
      if (prng.chance(0.5)) cluster.crash(victim);
      else cluster.isolate(victim);
      for (let i = 0; i < 15; i += 1) agree(cluster, 2, others(cluster, victim));
      if (!cluster.node(victim).alive) cluster.restart(victim);
      cluster.reconnect(victim);
      agree(cluster, 3);
    }
    expect(cluster.snapshotsDelivered).toBeGreaterThan(0);
  }, {
    overrides: {
      nodeCount: 3,
      snapshotEntries: 10,
      network: { dropRate: 0.1, duplicateRate: 0.02, delayTicksMax: 2 },
      disk: { persistTicksMax: 3 },
    },
  });
});

describe("membership", () => {
  const ids = ["n1", "n2", "n3", "n4", "n5"].map(nodeId);

  function waitApplied(cluster: SimCluster, among: readonly NodeId[]): void {
    const leader = waitLeader(cluster, among);
    const last = cluster.node(leader).running().status().lastIndex;
    expect(cluster.runUntil(() => appliedCount(cluster, last, among) === among.length, 4 * agreementWaitTicks)).toBe(true);
  }

  scenario("membership change under faults", (cluster, prng) => {
    const voters = (): readonly NodeId[] => {
      const leader = cluster.leaderId();
      return leader === null ? [] : cluster.node(leader).running().status().confState.voters;
    };
    const propose = (kind: "add-learner" | "promote-learner" | "add-voter" | "remove", node: NodeId): void => {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const leader = waitLeader(cluster, cluster.ids.filter((id) => cluster.node(id).alive));
        const result = cluster.node(leader).running().proposeConfChange({ kind, node });
        if (result.kind === "accepted") {
          if (cluster.runUntil(() => appliedCount(cluster, result.index, [leader]) === 1 || cluster.leaderId() !== leader, 4 * agreementWaitTicks)) {
            if (appliedCount(cluster, result.index, [leader]) === 1) return;
          }
        }
        cluster.runTicks(5);
      }
      throw new Error(`conf change ${kind} ${node} never applied`);
    };
    waitLeader(cluster, ids.slice(0, 3));
    agree(cluster, 3, ids.slice(0, 3));
    // Start n4 empty; it joins as a learner, catches up, then becomes a voter.
    cluster.restart(ids[3] as NodeId);
    propose("add-learner", ids[3] as NodeId);
    agree(cluster, 4, ids.slice(0, 4));
    propose("promote-learner", ids[3] as NodeId);
    expect(voters()).toContain(ids[3] as NodeId);
    // A fault while n5 is added directly as a voter.
    cluster.restart(ids[4] as NodeId);
    const victim = prng.pick(ids.slice(0, 3));
    cluster.crash(victim);
    propose("add-voter", ids[4] as NodeId);
    cluster.restart(victim);
    waitApplied(cluster, ids);
    // Remove the leader itself (thesis §4.2.2): it steps down once the change commits.
    const leader = waitLeader(cluster);
    propose("remove", leader);
    const rest = ids.filter((id) => id !== leader);
    waitLeader(cluster, rest);
    agree(cluster, 4, rest);
    expect(voters()).not.toContain(leader);
    expect(voters().length).toBe(4);
  }, {
    voters: ["n1", "n2", "n3"].map(nodeId),
    overrides: { nodeCount: 5, snapshotEntries: 15, network: { dropRate: 0.05, delayTicksMax: 2 } },
  });
});

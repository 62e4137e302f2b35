/**
 * Raft simulator figures (`npm run bench:raft`): simulated events per second and seeds per
 * minute for the random fault runs of test/sim, and the ticks it takes to elect the first
 * leader with the default timeouts (median and p99 over many seeded clusters, reliable
 * network, 3 and 5 nodes). Everything is deterministic except the wall-clock timings.
 */
import { assert } from "../src/lib/assert";
import { Prng } from "../src/lib/prng";
import { createRaft } from "../src/raft/raft";
import { reliableNetwork, SimCluster } from "../test/sim/cluster";
import { drawOptions } from "../test/sim/options";
import { runSimulation } from "../test/sim/simulation";

/** Seeds of the throughput run; enough for a stable figure, few enough for a loaded machine. */
const throughputSeeds = 100;
/** Clusters per size in the election run. */
const electionClusters = 300;
/** An election that takes longer than this counts as a failure of the bench. */
const electionTicksMax = 1_000;
assert(throughputSeeds > 0 && electionClusters > 0, "the bench runs something");

function percentile(sorted: readonly number[], fraction: number): number {
  assert(sorted.length > 0, "a percentile of nothing");
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function throughput(): void {
  const started = performance.now();
  let events = 0;
  let ticks = 0;
  let failures = 0;
  for (let seed = 1; seed <= throughputSeeds; seed += 1) {
    const report = runSimulation(seed);
    events += report.events;
    ticks += report.ticks;
    if (report.failure !== null) failures += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`random runs: ${throughputSeeds} seeds in ${seconds.toFixed(2)} s (${failures} failed)`);
  console.log(`  simulated events per second: ${Math.round(events / seconds).toLocaleString("en-US")}`);
  console.log(`  simulated ticks per second:   ${Math.round(ticks / seconds).toLocaleString("en-US")}`);
  console.log(`  seeds per minute:             ${Math.round((throughputSeeds / seconds) * 60).toLocaleString("en-US")}`);
}

function electionTicks(nodeCount: number): void {
  const samples: number[] = [];
  for (let seed = 1; seed <= electionClusters; seed += 1) {
    const prng = new Prng(seed);
    const options = drawOptions(seed, prng, {
      nodeCount,
      core: {}, // the default configuration
      network: reliableNetwork,
      disk: { persistTicksMin: 0, persistTicksMax: 1, slowNodeCount: 0 },
      faults: { networkFaultRate: 0, crashRate: 0, pauseRate: 0, transferRate: 0 },
      membership: { spareCount: 0, changeRate: 0 },
    });
    const cluster = new SimCluster({ options, prng: prng.fork(), createCore: createRaft });
    cluster.workload.active = false;
    const elected = cluster.runUntil(() => cluster.leaderId() !== null, electionTicksMax);
    assert(elected, `seed ${seed}: no leader within ${electionTicksMax} ticks`);
    samples.push(cluster.now);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `ticks to elect the first leader, ${nodeCount} nodes (${electionClusters} clusters, default timeouts): ` +
      `median ${percentile(samples, 0.5)}, p99 ${percentile(samples, 0.99)}, max ${samples[samples.length - 1]}`,
  );
}

throughput();
electionTicks(3);
electionTicks(5);

/**
 * What this proves: the failures issue 12 names that the simulator can express are caught on
 * the real edge (the production RaftLoop, applier, transport, receive path and snapshot
 * transfer over MemoryStorage) when planted back, within a fixed budget of seeds, while the
 * unplanted code passes the very same seeds, faults included (real-plants.ts has the plants):
 *
 * - "A write may commit without its chunks": a put-file proposed in its chunk entry's term but
 *   not chained to it; under a core that refuses some proposals (a fault the unplanted write
 *   path survives: the chain refuses the put-file too), a put-file commits naming a chunk only
 *   the leader stored, and a follower applies it without the chunk (sim-storage.ts);
 * - "Two writers of one name got one confirmation": a put confirmed with the file read back by
 *   name; a writer whose put-file was overwritten before it read back is told the other
 *   writer's version, which the end-of-run check of every confirmation against the committed
 *   log finds (real-workload.ts checkConfirmations);
 * - "Snapshots can carry the wrong membership": a snapshot of the state at A carrying the
 *   configuration at the index the core asked for; the follower that installs it holds, at A,
 *   a configuration no other node held there (configuration agreement, safety.ts).
 *
 * Figure 8 (a leader committing an old-term entry by counting replicas) runs on the real edge
 * in real-edge.test.ts, beside the other scripted interleavings.
 *
 * Replay one seed: `node_modules/.bin/bun run test/sim/run.ts --real --plant NAME --seed S --verbose`
 * (NAME from real-plants.ts plantCases; add `--unplanted` for the same profile and faults without it).
 */
import { describe, expect, test } from "bun:test";
import { plantCases, type PlantCase } from "./real-plants";
import { runRealSimulation } from "./real-simulation";

const suiteTimeoutMs = 110_000;
/** Seeds per run, planted and unplanted: each plant is caught on about a third to a half of them. */
const budget = 8;

async function hunt(plant: PlantCase, planted: boolean): Promise<{ seed: number; kind: string; message: string }[]> {
  const caught: { seed: number; kind: string; message: string }[] = [];
  for (let seed = 1; seed <= budget; seed += 1) {
    const report = await runRealSimulation(seed, {
      overrides: plant.overrides,
      ...(planted ? { plants: plant.plants } : {}),
      ...(plant.wrapCore === undefined ? {} : { wrapCore: plant.wrapCore(seed) }),
      replay: (s) => `node_modules/.bin/bun run test/sim/run.ts --real --plant ${plant.name}${planted ? "" : " --unplanted"} --seed ${s} --verbose`,
    });
    if (report.failure !== null) {
      if (!planted) console.error(report.failureReport);
      caught.push({ seed, kind: report.failure.kind, message: report.failure.message.split("\n")[0] ?? "" });
    }
  }
  return caught;
}

describe("issue 12's failures, planted on the real edge, are caught", () => {
  for (const plant of plantCases) {
    test(plant.title, async () => {
      // The unplanted edge passes every seed, under the same faults...
      expect(await hunt(plant, false)).toEqual([]);
      // ...and the plant is caught, every time as the violation the bug causes.
      const caught = await hunt(plant, true);
      expect(caught.length).toBeGreaterThan(0);
      expect(caught.filter(({ kind, message }) => kind !== plant.expected.kind || !plant.expected.message.test(message))).toEqual([]);
    }, suiteTimeoutMs);
  }
});

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
 * Replay one planted seed: `node_modules/.bin/bun run test/sim/run.ts --real --seed S --verbose`
 * runs it unplanted; the plants are switched on only here.
 */
import { describe, expect, test } from "bun:test";
import type { WrapCore } from "./cluster";
import { harshOverrides, type SimOverrides } from "./options";
import { huntingOverrides, refusingProposals, type RealPlants } from "./real-plants";
import { runRealSimulation } from "./real-simulation";
import type { ViolationKind } from "./violation";

const suiteTimeoutMs = 110_000;
/** Seeds per run, planted and unplanted: each plant is caught on about a third to a half of them. */
const budget = 8;

interface PlantCase {
  readonly name: string;
  readonly plants: RealPlants;
  readonly overrides: SimOverrides;
  /** Faults beyond the profile's that both runs share (a fresh core decorator per seed). */
  readonly wrapCore?: (seed: number) => WrapCore;
  readonly expected: { readonly kind: ViolationKind; readonly message: RegExp };
}

const cases: readonly PlantCase[] = [
  {
    name: "a put-file proposed without its chunk entry's chain (a write may commit without its chunks)",
    plants: { putFileUnchained: true },
    overrides: huntingOverrides,
    wrapCore: (seed) => refusingProposals(0.2, seed),
    expected: { kind: "state-machine-safety", message: /put-file k0 at \d+ applied without its chunk/ },
  },
  {
    name: "a write confirmed by its name, not by its own commit (two writers of one name get one confirmation)",
    plants: { confirmByName: true },
    overrides: huntingOverrides,
    expected: { kind: "state-machine-safety", message: /put#\d+ of k0 was confirmed at version \d+, whose committed entry is not its put-file/ },
  },
  {
    name: "a snapshot carrying the configuration of another index than its own",
    plants: { snapshotConfOfRequestedIndex: true },
    // Compaction every few entries, spares joining and voters leaving often: followers behind a
    // compaction catch up by snapshot while the configuration changes.
    overrides: { ...harshOverrides, nodeCount: 5, membership: { spareCount: 2, changeRate: 0.02 } },
    expected: { kind: "state-machine-safety", message: /configuration at applied index \d+: \w+ holds .*, \w+ holds / },
  },
];

async function hunt(plant: PlantCase, planted: boolean): Promise<{ seed: number; kind: string; message: string }[]> {
  const caught: { seed: number; kind: string; message: string }[] = [];
  for (let seed = 1; seed <= budget; seed += 1) {
    const report = await runRealSimulation(seed, {
      overrides: plant.overrides,
      ...(planted ? { plants: plant.plants } : {}),
      ...(plant.wrapCore === undefined ? {} : { wrapCore: plant.wrapCore(seed) }),
    });
    if (report.failure !== null) caught.push({ seed, kind: report.failure.kind, message: report.failure.message.split("\n")[0] ?? "" });
  }
  return caught;
}

describe("issue 12's failures, planted on the real edge, are caught", () => {
  for (const plant of cases) {
    test(plant.name, async () => {
      // The unplanted edge passes every seed, under the same faults...
      expect(await hunt(plant, false)).toEqual([]);
      // ...and the plant is caught, as the violation the bug causes.
      const caught = await hunt(plant, true);
      expect(caught.length).toBeGreaterThan(0);
      expect(caught.some(({ kind, message }) => kind === plant.expected.kind && plant.expected.message.test(message))).toBe(true);
    }, suiteTimeoutMs);
  }
});

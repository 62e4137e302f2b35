/**
 * What this proves: the simulator's checks bite. Each deliberately broken core (mutants.ts and
 * the core's testing knobs) is caught within a small, fixed budget of seeds, while the real
 * core passes the very same runs, so it is the mutation that is caught, not the harness:
 *
 * - granting a vote without the up-to-date check, and applying uncommitted entries, are found
 *   by random runs with a fault profile that provokes them;
 * - counting old-term entries for commit (Figure 8), not persisting the vote before replying,
 *   and answering ReadIndex before the leader has committed in its term need a precise
 *   interleaving, so each has a script that drives the cluster into it (timing still varies
 *   per seed) and is caught as a safety or linearizability violation.
 *
 * Those runs switch off the edge's Ready contract check (ready-contract.ts), which would catch
 * the two edge-level mutants at their first Ready; the last tests show that it does.
 */
import { describe, expect, test } from "bun:test";
import type { RaftTestingKnobs } from "../../src/raft/config";
import type { SimCluster, WrapCore } from "./cluster";
import { applyUncommitted, voteNotPersisted } from "./mutants";
import type { SimOverrides } from "./options";
import { figure8Script, readIndexScript, voteScript } from "./mutant-scripts";
import { runScenario, ScenarioFailure } from "./scenario";
import { runSimulation } from "./simulation";
import type { ViolationKind } from "./violation";

const mutantTimeoutMs = 60_000;

interface Hunt {
  readonly knobs?: RaftTestingKnobs;
  readonly wrapCore?: WrapCore;
}

/** Runs seeds 1..count; returns the failing seeds with their violation kinds. */
function huntRandom(count: number, overrides: SimOverrides, hunt: Hunt): { seed: number; kind: string }[] {
  const caught: { seed: number; kind: string }[] = [];
  for (let seed = 1; seed <= count; seed += 1) {
    const report = runSimulation(seed, {
      // The Ready contract check would catch some mutants at once; the point here is the end-to-end checks.
      overrides: { ...overrides, knobs: hunt.knobs ?? {}, checkReadyContract: false },
      ...(hunt.wrapCore === undefined ? {} : { wrapCore: hunt.wrapCore }),
    });
    if (report.failure !== null) caught.push({ seed, kind: report.failure.kind });
  }
  return caught;
}

const safetyKinds: readonly ViolationKind[] = ["election-safety", "log-matching", "leader-completeness", "state-machine-safety", "linearizability"];

describe("random runs catch", () => {
  const crashy: SimOverrides = {
    nodeCount: 3,
    snapshotEntries: 0, // an application that applies uncommitted entries would also break compaction
    faults: { crashRate: 0.05, faultTicksMin: 1, faultTicksMax: 12, crashedNodesMax: 3, networkFaultRate: 0.02 },
    network: { lateRate: 0.05, lateTicksMax: 20 },
    disk: { persistTicksMax: 3, slowNodeCount: 1, slowPersistTicksMax: 10 },
    workload: { clientCount: 4, keyCount: 1, readFraction: 0.5, thinkTicksMax: 1 },
  };
  const budget = 40;

  test("the real core passes the hunting profile", () => {
    expect(huntRandom(budget, crashy, {})).toEqual([]);
  }, mutantTimeoutMs);

  test("granting a vote without the up-to-date check", () => {
    const caught = huntRandom(budget, crashy, { knobs: { voteWithoutUpToDateCheck: true } });
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.some(({ kind }) => safetyKinds.includes(kind as ViolationKind))).toBe(true);
  }, mutantTimeoutMs);

  test("applying uncommitted entries", () => {
    const caught = huntRandom(budget, crashy, { wrapCore: applyUncommitted });
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.some(({ kind }) => safetyKinds.includes(kind as ViolationKind))).toBe(true);
  }, mutantTimeoutMs);
});

/** Runs `script` on seeds 1..count; returns the violation kinds of the seeds that failed. */
function huntScript(name: string, count: number, script: (cluster: SimCluster) => void, parts: Parameters<typeof runScenario>[3]): string[] {
  const kinds: string[] = [];
  for (let seed = 1; seed <= count; seed += 1) {
    try {
      runScenario(name, seed, script, parts);
    } catch (error: unknown) {
      if (!(error instanceof ScenarioFailure)) throw error;
      kinds.push(error.failure.kind);
    }
  }
  return kinds;
}

describe("scripted interleavings catch", () => {
  const budget = 6;
  const slowDisks: SimOverrides = { disk: { persistTicksMin: 1, persistTicksMax: 3 } };
  const cases: { name: string; script: (cluster: SimCluster) => void; overrides: SimOverrides; hunt: Hunt; expected: ViolationKind[] }[] = [
    {
      name: "counting old-term entries for commit (figure 8)",
      script: figure8Script,
      overrides: { nodeCount: 5, core: { entryBytesPerAppendMax: 1 } },
      hunt: { knobs: { commitOldTermEntries: true } },
      expected: ["state-machine-safety", "leader-completeness", "linearizability"],
    },
    {
      name: "not persisting the vote before replying",
      script: voteScript,
      overrides: { nodeCount: 3 },
      hunt: { wrapCore: voteNotPersisted },
      expected: ["election-safety"],
    },
    {
      name: "answering ReadIndex before the leader committed in its term",
      script: readIndexScript,
      overrides: { nodeCount: 3, ...slowDisks },
      hunt: { knobs: { readIndexBeforeTermCommit: true } },
      expected: ["linearizability"],
    },
  ];
  for (const { name, script, overrides, hunt, expected } of cases) {
    test(name, () => {
      // The real core passes the script on every seed...
      expect(huntScript(name, budget, script, { overrides })).toEqual([]);
      // ...and the mutant is caught, as the violation the bug causes.
      const kinds = huntScript(name, budget, script, {
        overrides: { ...overrides, knobs: hunt.knobs ?? {}, checkReadyContract: false },
        ...(hunt.wrapCore === undefined ? {} : { wrapCore: hunt.wrapCore }),
      });
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.some((kind) => expected.includes(kind as ViolationKind))).toBe(true);
    }, mutantTimeoutMs);
  }
});

describe("the Ready contract check catches at once", () => {
  for (const [name, wrapCore] of [
    ["not persisting the vote before replying", voteNotPersisted],
    ["applying uncommitted entries", applyUncommitted],
  ] as const) {
    test(name, () => {
      const report = runSimulation(1, { overrides: { nodeCount: 3, snapshotEntries: 0 }, wrapCore });
      expect(report.failure?.kind).toBe("ready-contract");
    }, mutantTimeoutMs);
  }
});

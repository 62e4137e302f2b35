/**
 * Bugs planted in the real edge's test-side pieces, one per failure of issue 12 that the
 * simulator can express (real-plants.test.ts shows each is caught while the unplanted code
 * passes the same seeds). None of them reaches production code: the write path and the
 * snapshot sender are driven from test/sim (real-workload.ts, real-node.ts), and a plant swaps
 * the one step the bug was in for its old, broken form.
 */
import { Prng } from "../../src/lib/prng";
import type { ProposeResult, RaftCore } from "../../src/raft/types";
import type { WrapCore } from "./cluster";
import { MutantCore } from "./mutants";
import { harshOverrides, type SimOverrides } from "./options";
import type { ViolationKind } from "./violation";

/**
 * The crash-heavy profile the real-edge hunts use (real-edge.test.ts, real-plants.test.ts):
 * three nodes, short frequent crashes and cuts, slow disks, four clients on one key.
 */
export const huntingOverrides: SimOverrides = {
  nodeCount: 3,
  // Ready checks off: the point is that the end-to-end checks (and the core's own) catch the bug.
  checkReadyContract: false,
  faults: { crashRate: 0.05, faultTicksMin: 1, faultTicksMax: 12, crashedNodesMax: 3, networkFaultRate: 0.02, tornWriteRate: 0 },
  network: { lateRate: 0.05, lateTicksMax: 20 },
  disk: { persistTicksMin: 1, persistTicksMax: 4, slowNodeCount: 1, slowPersistTicksMax: 10 },
  workload: { clientCount: 4, keyCount: 1, readFraction: 0.5, thinkTicksMax: 1 },
};

export interface RealPlants {
  /**
   * "A write may commit without its chunks": the put-file is proposed in the term of its chunk
   * entry, not chained to it (the write handler before ProposalChain, e8af141), so a chunk entry
   * refused in that term leaves a put-file that commits naming a chunk only the leader holds.
   */
  readonly putFileUnchained?: boolean;
  /**
   * "Two writers of one name got one confirmation": a put is confirmed with the file read back
   * by name once its put-file applied, not with its own commit (its write id's record), so a
   * writer whose put-file was overwritten meanwhile is told the other writer's version.
   */
  readonly confirmByName?: boolean;
  /**
   * "Snapshots can carry the wrong membership": a snapshot of the state at its applied index A
   * is sent with the configuration at the index the core asked for (its last compaction, k <= A),
   * not the one at A: a membership change applied between k and A is missing from it.
   */
  readonly snapshotConfOfRequestedIndex?: boolean;
}

/** One plant as the tests and `run.ts --real --plant NAME` run it: its profile, its extra faults, what catches it. */
export interface PlantCase {
  readonly name: string;
  readonly title: string;
  readonly plants: RealPlants;
  readonly overrides: SimOverrides;
  /** Faults beyond the profile's that planted and unplanted runs share (a fresh core decorator per seed). */
  readonly wrapCore?: (seed: number) => WrapCore;
  readonly expected: { readonly kind: ViolationKind; readonly message: RegExp };
}

export const plantCases: readonly PlantCase[] = [
  {
    name: "put-file-unchained",
    title: "a put-file proposed without its chunk entry's chain (a write may commit without its chunks)",
    plants: { putFileUnchained: true },
    overrides: huntingOverrides,
    wrapCore: (seed) => refusingProposals(0.2, seed),
    expected: { kind: "state-machine-safety", message: /put-file k0 at \d+ applied without its chunk/ },
  },
  {
    name: "confirm-by-name",
    title: "a write confirmed by its name, not by its own commit (two writers of one name get one confirmation)",
    plants: { confirmByName: true },
    overrides: huntingOverrides,
    expected: { kind: "state-machine-safety", message: /put#\d+ of k0 was confirmed at version \d+, whose committed entry is not its put-file/ },
  },
  {
    name: "snapshot-conf",
    title: "a snapshot carrying the configuration of another index than its own",
    plants: { snapshotConfOfRequestedIndex: true },
    // Compaction every few entries, spares joining and voters leaving often: followers behind a
    // compaction catch up by snapshot while the configuration changes.
    overrides: { ...harshOverrides, nodeCount: 5, membership: { spareCount: 2, changeRate: 0.02 } },
    expected: { kind: "state-machine-safety", message: /configuration at applied index \d+: \w+ holds .*, \w+ holds / },
  },
];

export function plantCase(name: string): PlantCase {
  const found = plantCases.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no plant named ${JSON.stringify(name)}; expected one of ${plantCases.map((candidate) => candidate.name).join(", ")}`);
  return found;
}

/**
 * A core that refuses each data proposal with probability `rate` ("dropped", as the real core
 * does when its uncommitted bytes are at their bound or a transfer is under way). A fault, not
 * a bug: the edge must stay correct whatever proposals are refused, so the unplanted code runs
 * under it too. Conf changes and empty proposals pass.
 */
export function refusingProposals(rate: number, seed: number): WrapCore {
  const prng = new Prng(seed);
  return (core) => new RefusingCore(core, prng, rate);
}

class RefusingCore extends MutantCore {
  constructor(
    private readonly core: RaftCore,
    private readonly prng: Prng,
    private readonly rate: number,
  ) {
    super(core, (ready) => ready);
  }

  override propose(data: Uint8Array): ProposeResult {
    if (data.byteLength > 0 && this.prng.chance(this.rate)) return { kind: "dropped", reason: "uncommitted-bytes-max" };
    return this.core.propose(data);
  }
}

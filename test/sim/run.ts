/**
 * Command line for the simulator: `bun run test/sim/run.ts --seeds N [--first F] [--seed S]
 * [--nodes K] [--harsh] [--real [--plant NAME [--unplanted]]] [--verbose]` (also `npm run sim --
 * --seeds 100`). Runs seeds F..F+N-1 (or the one seed S), prints how many violated something
 * and, for each failure, the seed, the replay command and the report. Exits non-zero if any
 * seed failed. `--real` runs the node's real edge (real-cluster.ts) instead of the model edge
 * (cluster.ts); `--plant NAME` plants one of issue 12's bugs there with its profile and faults
 * (real-plants.ts), and `--unplanted` runs that profile and those faults without the bug.
 */
import { assert } from "../../src/lib/assert";
import { harshOverrides, type SimOverrides } from "./options";
import { plantCase } from "./real-plants";
import { runRealSimulation } from "./real-simulation";
import { runSimulation, type SimReport } from "./simulation";

interface Args {
  seeds: number;
  first: number;
  seed: number | null;
  nodes: number | null;
  verbose: boolean;
  harsh: boolean;
  real: boolean;
  plant: string | null;
  unplanted: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seeds: 100, first: 1, seed: null, nodes: null, verbose: false, harsh: false, real: false, plant: null, unplanted: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = (): number => {
      const parsed = Number(argv[i + 1]);
      assert(Number.isInteger(parsed), `${flag} takes an integer`);
      i += 1;
      return parsed;
    };
    if (flag === "--seeds") args.seeds = value();
    else if (flag === "--first") args.first = value();
    else if (flag === "--seed") args.seed = value();
    else if (flag === "--nodes") args.nodes = value();
    else if (flag === "--verbose") args.verbose = true;
    else if (flag === "--harsh") args.harsh = true;
    else if (flag === "--real") args.real = true;
    else if (flag === "--plant") {
      args.plant = argv[i + 1] ?? "";
      i += 1;
    } else if (flag === "--unplanted") args.unplanted = true;
    else throw new Error(`unknown flag ${flag}; usage: run.ts --seeds N [--first F] [--seed S] [--nodes K] [--harsh] [--real [--plant NAME [--unplanted]]] [--verbose]`);
  }
  if (args.plant !== null) assert(args.real, "--plant needs --real: the plants are in the real edge's test-side pieces");
  return args;
}

/** The fields both edges report; a real-edge run counts no pauses, transfers or membership changes apart. */
type Summary = Pick<SimReport, "seed" | "failure" | "failureReport" | "ticks" | "operations" | "traceDigest" | "linearizability"> &
  Partial<Pick<SimReport, "crashes" | "pauses" | "transfers" | "networkFaults" | "membershipChanges" | "leaders">>;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const plant = args.plant === null ? null : plantCase(args.plant);
  const overrides: SimOverrides = { ...(plant?.overrides ?? {}), ...(args.harsh ? harshOverrides : {}), ...(args.nodes === null ? {} : { nodeCount: args.nodes }) };
  const plantFlags = plant === null ? "" : ` --plant ${plant.name}${args.unplanted ? " --unplanted" : ""}`;
  const replay = (seed: number): string =>
    `node_modules/.bin/bun run test/sim/run.ts --seed ${seed}${args.nodes === null ? "" : ` --nodes ${args.nodes}`}${args.harsh ? " --harsh" : ""}${args.real ? " --real" : ""}${plantFlags} --verbose`;
  const seeds = args.seed === null ? Array.from({ length: args.seeds }, (_, i) => args.first + i) : [args.seed];
  const started = performance.now();
  const failures: Summary[] = [];
  let unknown = 0;
  let operations = 0;
  const faults = { crashes: 0, pauses: 0, transfers: 0, networkFaults: 0, membershipChanges: 0, leaders: 0 };
  for (const seed of seeds) {
    const parts = { overrides, replay, verbose: args.verbose };
    const planted = {
      ...(plant === null || args.unplanted ? {} : { plants: plant.plants }),
      ...(plant?.wrapCore === undefined ? {} : { wrapCore: plant.wrapCore(seed) }),
    };
    const report: Summary = args.real ? await runRealSimulation(seed, { ...parts, ...planted }) : runSimulation(seed, parts);
    operations += report.operations;
    faults.crashes += report.crashes ?? 0;
    faults.pauses += report.pauses ?? 0;
    faults.transfers += report.transfers ?? 0;
    faults.networkFaults += report.networkFaults ?? 0;
    faults.membershipChanges += report.membershipChanges ?? 0;
    faults.leaders += report.leaders ?? 0;
    if (report.linearizability?.kind === "unknown") unknown += 1;
    if (report.failure !== null) {
      failures.push(report);
      console.log(`seed ${seed} FAILED (${report.failure.kind}); replay: ${replay(seed)}`);
      if (args.verbose || args.seed !== null) console.log(report.failureReport);
    } else if (args.seed !== null) {
      console.log(`seed ${seed} ok: ${report.ticks} ticks, ${report.operations} operations, trace ${report.traceDigest}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${seeds.length} seeds, ${failures.length} violated something, ${unknown} with linearizability unknown (search bound), ` +
      `${operations} client operations checked, ${seconds.toFixed(1)} s`,
  );
  console.log(
    `faults injected: ${faults.crashes} crashes, ${faults.pauses} pauses, ${faults.transfers} leadership transfers, ${faults.networkFaults} network faults, ${faults.membershipChanges} membership changes; ${faults.leaders} leaders elected`,
  );
  for (const report of failures) console.log(`  seed ${report.seed}: ${report.failure?.message.split("\n")[0]}\n    replay: ${replay(report.seed)}`);
  return failures.length === 0 ? 0 : 1;
}

process.exit(await main());

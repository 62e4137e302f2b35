/**
 * One run of the real edge from one seed (real-cluster.ts), as simulation.ts runs the model
 * edge: the same options drawn from the same seed, the same nemesis, then healing, convergence
 * within the same bound and the same linearizability check, with the same membership changes
 * (proposed to the leader's core, as the model edge does; the node's own membership module,
 * which maps members to addresses, is not simulated: every node knows every address). A
 * failure carries the seed, the replay command and the trace.
 */
import { Prng } from "../../src/lib/prng";
import type { RaftLoopTestingKnobs } from "../../src/node/raft-loop";
import { reliableNetwork, type WrapCore } from "./cluster";
import { checkKvHistory, type LinearizabilityResult } from "./linearizability";
import { MembershipNemesis } from "./membership";
import { Nemesis } from "./nemesis";
import { drawOptions, type SimOptions, type SimOverrides } from "./options";
import { RealCluster } from "./real-cluster";
import type { RealPlants } from "./real-plants";
import { toFailure, type SimFailure } from "./simulation";
import { SimViolation } from "./violation";

export interface RealRunParts {
  readonly overrides?: SimOverrides;
  readonly wrapCore?: WrapCore;
  readonly loopKnobs?: RaftLoopTestingKnobs;
  readonly plants?: RealPlants;
  readonly verbose?: boolean;
  readonly replay?: (seed: number) => string;
}

export interface RealReport {
  readonly seed: number;
  readonly options: SimOptions;
  readonly failure: SimFailure | null;
  readonly failureReport: string;
  readonly traceDigest: string;
  readonly ticks: number;
  readonly events: number;
  readonly messages: number;
  readonly convergenceTicks: number | null;
  readonly linearizability: LinearizabilityResult | null;
  readonly operations: number;
  readonly crashes: number;
  readonly pauses: number;
  readonly transfers: number;
  readonly networkFaults: number;
  readonly leaders: number;
  readonly snapshotsInstalled: number;
  readonly membershipChanges: number;
}

export function realReplay(seed: number): string {
  return `node_modules/.bin/bun run test/sim/run.ts --real --seed ${seed} --verbose`;
}

export async function runRealSimulation(seed: number, parts: RealRunParts = {}): Promise<RealReport> {
  const prng = new Prng(seed);
  const overrides = parts.overrides ?? {};
  const options = drawOptions(seed, prng, overrides);
  const cluster = new RealCluster({
    options, prng: prng.fork(),
    ...(parts.wrapCore === undefined ? {} : { wrapCore: parts.wrapCore }),
    ...(parts.loopKnobs === undefined ? {} : { loopKnobs: parts.loopKnobs }),
    ...(parts.plants === undefined ? {} : { plants: parts.plants }),
    ...(parts.verbose === undefined ? {} : { verbose: parts.verbose }),
  });
  const nemesis = new Nemesis(prng.fork(), options.faults);
  const membership = new MembershipNemesis(prng.fork(), options.membership);
  let failure: SimFailure | null = null;
  let convergenceTicks: number | null = null;
  let linearizability: LinearizabilityResult | null = null;
  try {
    for (let tick = 0; tick < options.faultTicks; tick += 1) {
      nemesis.tick(cluster);
      membership.tick(cluster);
      await cluster.tick();
    }
    convergenceTicks = await healAndConverge(cluster, nemesis);
    linearizability = checkKvHistory(cluster.workload.history);
    if (linearizability.kind === "violation") throw new SimViolation("linearizability", linearizability.explanation);
  } catch (error: unknown) {
    failure = toFailure(error);
  }
  const report: RealReport = {
    seed, options, failure, failureReport: "", traceDigest: cluster.traceLog.digest(), ticks: cluster.now, events: cluster.traceLog.events,
    messages: cluster.messagesDelivered, convergenceTicks, linearizability, operations: cluster.workload.history.length, crashes: nemesis.crashes,
    pauses: nemesis.pauses, transfers: nemesis.transfers, networkFaults: nemesis.faultsStarted, leaders: cluster.safety.leadersObserved,
    snapshotsInstalled: cluster.snapshotsInstalled, membershipChanges: membership.changesProposed,
  };
  if (failure === null) return report;
  return { ...report, failureReport: formatRealFailure(report, failure, cluster, (parts.replay ?? realReplay)(seed)) };
}

/** Heals every fault, stops new client operations, waits for convergence; returns the ticks it took. */
export async function healAndConverge(cluster: RealCluster, nemesis: Nemesis | null): Promise<number> {
  nemesis?.healAll(cluster);
  cluster.healNetwork();
  // Spares that never joined stay down; retired nodes stay retired (restart skips them).
  for (const id of cluster.ids) if (!cluster.node(id).alive && cluster.node(id).incarnation > 0) cluster.restart(id);
  cluster.setNetwork(reliableNetwork);
  cluster.workload.active = false;
  const healedAt = cluster.now;
  const limit = cluster.options.convergenceTicksMax;
  let convergedAt: number | null = null;
  const ticksMax = limit + cluster.options.workload.timeoutTicks + 10;
  for (let i = 0; i < ticksMax; i += 1) {
    if (convergedAt === null && cluster.convergence() === null) convergedAt = cluster.now;
    if (convergedAt !== null && cluster.workload.outstanding === 0) break;
    if (convergedAt === null && cluster.now - healedAt >= limit) break;
    await cluster.tick();
  }
  if (convergedAt === null) throw new SimViolation("liveness", `no convergence within ${limit} ticks of healing: ${cluster.convergence() ?? "converged late"}`);
  cluster.workload.finishAll();
  cluster.workload.checkConfirmations((index) => cluster.safety.committedAt(index));
  return convergedAt - healedAt;
}

function formatRealFailure(report: RealReport, failure: SimFailure, cluster: RealCluster, replay: string): string {
  const { options } = report;
  return [
    `REAL-EDGE SIMULATION FAILURE seed=${report.seed} at tick ${report.ticks}: ${failure.message}`,
    `replay: ${replay}`,
    `options: nodes=${options.nodeCount} drop=${options.network.dropRate} dup=${options.network.duplicateRate} delay<=${options.network.delayTicksMax} ` +
      `persist<=${options.disk.persistTicksMax} slowDisks=${options.disk.slowNodeCount} netFaults=${options.faults.networkFaultRate} ` +
      `crashes=${options.faults.crashRate} torn=${options.faults.tornWriteRate} core=${JSON.stringify(options.core)} knobs=${JSON.stringify(options.knobs)}`,
    `nodes: ${cluster.allNodes.map((node) => `${node.id}${node.alive ? "" : "(down)"} ${node.describeDisk()}`).join("; ")}`,
    `last ${options.traceLines} events:`,
    ...cluster.traceLog.last().map((line) => `  ${line}`),
  ].join("\n");
}

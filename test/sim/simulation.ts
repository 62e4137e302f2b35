/**
 * One simulation run from one seed: draw the options, run the cluster under faults for
 * `faultTicks`, heal everything, require convergence within `convergenceTicksMax`, then check
 * that the clients' history is linearizable. Safety is checked on every tick along the way.
 * A failure is reported with the seed, a one-line replay command and the trace tail.
 */
import { AssertionError } from "../../src/lib/assert";
import { Prng } from "../../src/lib/prng";
import { createRaft } from "../../src/raft/raft";
import type { NodeId } from "../../src/raft/types";
import { reliableNetwork, SimCluster, type CreateCore, type WrapCore } from "./cluster";
import { checkKvHistory, type LinearizabilityResult } from "./linearizability";
import { MembershipNemesis } from "./membership";
import { Nemesis } from "./nemesis";
import { drawOptions, type SimOptions, type SimOverrides } from "./options";
import { SimViolation, type ViolationKind } from "./violation";

export interface RunParts {
  readonly overrides?: SimOverrides;
  readonly wrapCore?: WrapCore;
  readonly createCore?: CreateCore;
  readonly verbose?: boolean;
  /** The command that replays this run; defaults to the run.ts command line. */
  readonly replay?: (seed: number) => string;
}

export interface SimFailure {
  readonly kind: ViolationKind | "harness";
  readonly message: string;
}

export interface SimReport {
  readonly seed: number;
  readonly options: SimOptions;
  readonly failure: SimFailure | null;
  /** The full failure text: seed, replay command, options, trace tail. Empty when the run passed. */
  readonly failureReport: string;
  readonly traceDigest: string;
  readonly ticks: number;
  readonly events: number;
  readonly messages: number;
  /** Ticks from healing to convergence, or null if it did not converge (or the run failed first). */
  readonly convergenceTicks: number | null;
  readonly linearizability: LinearizabilityResult | null;
  readonly operations: number;
  readonly leaders: number;
  readonly membershipChanges: number;
  readonly crashes: number;
  readonly pauses: number;
  readonly transfers: number;
  readonly networkFaults: number;
}

export function defaultReplay(seed: number): string {
  return `node_modules/.bin/bun run test/sim/run.ts --seed ${seed} --verbose`;
}

export function runSimulation(seed: number, parts: RunParts = {}): SimReport {
  const prng = new Prng(seed);
  const options = drawOptions(seed, prng, parts.overrides);
  const cluster = new SimCluster({
    options,
    prng: prng.fork(),
    createCore: parts.createCore ?? createRaft,
    ...(parts.wrapCore === undefined ? {} : { wrapCore: parts.wrapCore }),
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
      cluster.tick();
    }
    convergenceTicks = healAndConverge(cluster, nemesis);
    linearizability = checkHistory(cluster);
  } catch (error: unknown) {
    failure = toFailure(error);
  }
  const report = {
    seed,
    options,
    failure,
    failureReport: "",
    traceDigest: cluster.traceLog.digest(),
    ticks: cluster.now,
    events: cluster.traceLog.events,
    messages: cluster.messagesDelivered,
    convergenceTicks,
    linearizability,
    operations: cluster.workload.history.length,
    leaders: cluster.safety.leadersObserved,
    membershipChanges: membership.changesProposed,
    crashes: nemesis.crashes,
    pauses: nemesis.pauses,
    transfers: nemesis.transfers,
    networkFaults: nemesis.faultsStarted,
  };
  if (failure === null) return report;
  return { ...report, failureReport: formatFailure(report, failure, cluster, (parts.replay ?? defaultReplay)(seed)) };
}

/** Heals every fault, stops new client operations, and waits for convergence. Returns the ticks it took. */
export function healAndConverge(cluster: SimCluster, nemesis: Nemesis | null): number {
  nemesis?.healAll(cluster);
  cluster.healNetwork();
  for (const id of cluster.ids) if (!cluster.node(id).alive && wasMember(cluster, id)) cluster.restart(id);
  cluster.setNetwork(reliableNetwork);
  cluster.workload.active = false;
  const healedAt = cluster.now;
  const limit = cluster.options.convergenceTicksMax;
  let convergedAt: number | null = null;
  // Run until converged and every client has its answer (or gave up), whichever is later.
  const ticksMax = limit + cluster.options.workload.timeoutTicks;
  for (let i = 0; i < ticksMax; i += 1) {
    if (convergedAt === null && cluster.convergence() === null) convergedAt = cluster.now;
    if (convergedAt !== null && cluster.workload.outstanding === 0) break;
    if (convergedAt === null && cluster.now - healedAt >= limit) break;
    cluster.tick();
  }
  if (convergedAt === null) {
    throw new SimViolation("liveness", `no convergence within ${limit} ticks of healing: ${cluster.convergence() ?? "converged late"}`);
  }
  cluster.workload.finishAll(cluster.now);
  return convergedAt - healedAt;
}

/** Nodes that were ever started and not retired (spares that never joined stay down). */
function wasMember(cluster: SimCluster, id: NodeId): boolean {
  return cluster.node(id).incarnation > 0 && !cluster.decommissioned.has(id);
}

export function checkHistory(cluster: SimCluster): LinearizabilityResult {
  const result = checkKvHistory(cluster.workload.history);
  if (result.kind === "violation") throw new SimViolation("linearizability", result.explanation);
  return result;
}

export function toFailure(error: unknown): SimFailure {
  if (error instanceof SimViolation) return { kind: error.kind, message: error.message };
  if (error instanceof AssertionError) return { kind: "harness", message: `${error.message}\n${error.stack ?? ""}` };
  if (error instanceof Error) return { kind: "harness", message: `${error.name}: ${error.message}\n${error.stack ?? ""}` };
  return { kind: "harness", message: String(error) };
}

export function formatFailure(report: { readonly seed: number; readonly ticks: number; readonly options: SimOptions }, failure: SimFailure, cluster: SimCluster, replay: string): string {
  const { options } = report;
  return [
    `SIMULATION FAILURE seed=${report.seed} at tick ${report.ticks}: ${failure.message}`,
    `replay: ${replay}`,
    `options: nodes=${options.nodeCount} drop=${options.network.dropRate} dup=${options.network.duplicateRate} delay<=${options.network.delayTicksMax} ` +
      `persist<=${options.disk.persistTicksMax} slowDisks=${options.disk.slowNodeCount} netFaults=${options.faults.networkFaultRate} ` +
      `crashes=${options.faults.crashRate} snapshotEvery=${options.snapshotEntries} core=${JSON.stringify(options.core)} knobs=${JSON.stringify(options.knobs)}`,
    `nodes: ${cluster.allNodes.map((node) => `${node.id}${node.alive ? "" : "(down)"} ${node.describeDisk()} applied${node.applied}`).join("; ")}`,
    `last ${options.traceLines} events:`,
    ...cluster.traceLog.last().map((line) => `  ${line}`),
  ].join("\n");
}

/**
 * The fault injector of a random run. At random times it starts one network fault (a
 * partition of a random shape, an isolated or cornered leader, a one-way link, a bridge node,
 * a burst of loss) and crashes nodes, then heals each after a random duration. All its choices
 * come from its own fork of the run's Prng.
 */
import { assert, assertNever } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { NodeId, RaftCore } from "../../src/raft/types";
import type { SimNetwork, NetEnvelope } from "./network";
import type { FaultOptions, NetworkOptions } from "./options";

/** What the nemesis needs of a cluster: the model edge's SimCluster or the real edge's RealCluster. */
export interface FaultTarget {
  readonly now: number;
  readonly ids: readonly NodeId[];
  readonly decommissioned: ReadonlySet<NodeId>;
  readonly network: Pick<SimNetwork<NetEnvelope>, "cutLink" | "partition" | "options" | "healLinks" | "describeCuts">;
  node(id: NodeId): { readonly alive: boolean; running(): RaftCore };
  leaderId(): NodeId | null;
  restart(id: NodeId): void;
  crash(id: NodeId, torn?: boolean): void;
  pause(id: NodeId, ticks: number): void;
  resumeAll(): void;
  partition(groups: readonly (readonly NodeId[])[]): void;
  isolate(id: NodeId): void;
  trace(text: string): void;
}

export const networkFaultKinds = ["partition", "isolate-leader", "leader-in-minority", "one-way", "bridge", "lossy"] as const;
export type NetworkFaultKind = (typeof networkFaultKinds)[number];

/** The loss rate of a "lossy" burst. */
export const burstDropRate = 0.4;
assert(burstDropRate < 1, "a lossy burst still delivers something");

export class Nemesis {
  private networkFaultUntil: number | null = null;
  private baseNetwork: NetworkOptions | null = null;
  private readonly restartAt = new Map<NodeId, number>();
  faultsStarted = 0;
  crashes = 0;
  pauses = 0;
  transfers = 0;

  constructor(
    private readonly prng: Prng,
    private readonly options: FaultOptions,
  ) {}

  tick(cluster: FaultTarget): void {
    const now = cluster.now;
    for (const [id, at] of [...this.restartAt]) {
      if (now < at) continue;
      this.restartAt.delete(id);
      cluster.restart(id);
    }
    if (this.networkFaultUntil !== null && now >= this.networkFaultUntil) this.healNetwork(cluster);
    if (this.networkFaultUntil === null && this.options.networkFaultRate > 0 && this.prng.chance(this.options.networkFaultRate)) {
      this.startNetworkFault(cluster, this.prng.pick(networkFaultKinds));
    }
    if (this.options.crashRate > 0 && this.restartAt.size < this.options.crashedNodesMax && this.prng.chance(this.options.crashRate)) {
      this.crashOne(cluster);
    }
    if (this.options.pauseRate > 0 && this.prng.chance(this.options.pauseRate)) this.pauseOne(cluster);
    if (this.options.transferRate > 0 && this.prng.chance(this.options.transferRate)) this.transferLeadership(cluster);
  }

  private duration(): number {
    return this.prng.intBetween(this.options.faultTicksMin, this.options.faultTicksMax);
  }

  private startNetworkFault(cluster: FaultTarget, kind: NetworkFaultKind): void {
    const ids = this.shuffled(cluster.ids);
    const leader = cluster.leaderId();
    const half = Math.floor((ids.length - 1) / 2); // the largest minority
    switch (kind) {
      case "partition": {
        const cut = this.prng.intBetween(1, ids.length - 1);
        cluster.partition([ids.slice(0, cut), ids.slice(cut)]);
        break;
      }
      case "isolate-leader":
        cluster.isolate(leader ?? this.prng.pick(ids));
        break;
      case "leader-in-minority": {
        const first = leader ?? this.prng.pick(ids);
        const minority = [first, ...ids.filter((id) => id !== first).slice(0, Math.max(0, half - 1))];
        cluster.partition([minority, ids.filter((id) => !minority.includes(id))]);
        break;
      }
      case "one-way": {
        const node = this.prng.pick(ids);
        // Each link of one node fails in one direction only: it hears and is not heard, or the reverse.
        for (const other of ids) {
          if (other === node) continue;
          if (this.prng.chance(0.5)) cluster.network.cutLink(node, other);
          else cluster.network.cutLink(other, node);
        }
        break;
      }
      case "bridge": {
        const [bridge, ...rest] = ids;
        assert(bridge !== undefined, "a cluster has nodes");
        const cut = Math.floor(rest.length / 2);
        cluster.network.partition([rest.slice(0, cut), rest.slice(cut)]); // the bridge stays linked to all
        break;
      }
      case "lossy":
        this.baseNetwork = { ...cluster.network.options };
        cluster.network.options = { ...cluster.network.options, dropRate: burstDropRate, lateRate: 0.1 };
        break;
      default:
        return assertNever(kind);
    }
    this.faultsStarted += 1;
    this.networkFaultUntil = cluster.now + this.duration();
    cluster.trace(`nemesis ${kind}: cut ${cluster.network.describeCuts()} until ${this.networkFaultUntil}`);
  }

  private healNetwork(cluster: FaultTarget): void {
    cluster.network.healLinks();
    if (this.baseNetwork !== null) cluster.network.options = this.baseNetwork;
    this.baseNetwork = null;
    this.networkFaultUntil = null;
    cluster.trace("nemesis heal network");
  }

  private crashOne(cluster: FaultTarget): void {
    const live = cluster.ids.filter((id) => cluster.node(id).alive && !cluster.decommissioned.has(id));
    if (live.length === 0) return;
    const leader = cluster.leaderId();
    const victim = leader !== null && this.prng.chance(0.4) ? leader : this.prng.pick(live);
    cluster.crash(victim, this.options.tornWriteRate > 0 && this.prng.chance(this.options.tornWriteRate));
    this.crashes += 1;
    this.restartAt.set(victim, cluster.now + this.duration());
  }

  /** Asks the leader to hand over to a random voter (Raft thesis §3.10), faults or not. */
  private transferLeadership(cluster: FaultTarget): void {
    const leader = cluster.leaderId();
    if (leader === null) return;
    const core = cluster.node(leader).running();
    const targets = core.status().confState.voters.filter((id) => id !== leader);
    if (targets.length === 0) return;
    const target = this.prng.pick(targets);
    cluster.trace(`nemesis transfer leadership ${leader} -> ${target}`);
    core.transferLeadership(target);
    this.transfers += 1;
  }

  private pauseOne(cluster: FaultTarget): void {
    const live = cluster.ids.filter((id) => cluster.node(id).alive);
    if (live.length === 0) return;
    const leader = cluster.leaderId();
    // Pausing the leader is the interesting case: it wakes up believing it still leads.
    const victim = leader !== null && this.prng.chance(0.5) ? leader : this.prng.pick(live);
    cluster.pause(victim, this.duration());
    this.pauses += 1;
  }

  /** Ends every fault: links up, loss back to the base rate, pauses over, crashed nodes restarted. */
  healAll(cluster: FaultTarget): void {
    this.healNetwork(cluster);
    cluster.resumeAll();
    for (const id of [...this.restartAt.keys()].sort()) cluster.restart(id);
    this.restartAt.clear();
  }

  private shuffled(ids: readonly NodeId[]): NodeId[] {
    const out = [...ids];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.prng.intBetween(0, i);
      const swap = out[i] as NodeId;
      out[i] = out[j] as NodeId;
      out[j] = swap;
    }
    return out;
  }
}

/**
 * Membership changes during a random run, one server at a time (Raft thesis §4.1): spare nodes
 * start empty and join (as a learner then promoted, or directly as a voter), and voters are
 * removed while at least `votersMin` remain. A removed node is decommissioned once the leader
 * has applied its removal: it is stopped and never restarted, as an operator would retire it
 * (reusing its id with a stale disk is outside Raft's guarantees). Proposals go through the
 * current leader and may be refused or lost like any other; nothing here waits for them.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { NodeId, RaftCore } from "../../src/raft/types";
import { votersMin, type MembershipOptions } from "./options";

/** What membership changes need of a cluster: the model edge's SimCluster or the real edge's RealCluster. */
export interface MembershipTarget {
  readonly ids: readonly NodeId[];
  node(id: NodeId): { readonly incarnation: number; running(): RaftCore };
  leaderId(): NodeId | null;
  restart(id: NodeId): void;
  decommission(id: NodeId): void;
  trace(text: string): void;
}

export class MembershipNemesis {
  private readonly removing = new Set<NodeId>();
  changesProposed = 0;

  constructor(
    private readonly prng: Prng,
    private readonly options: MembershipOptions,
  ) {
    assert(options.changeRate >= 0 && options.changeRate <= 1, "change rate is a probability");
  }

  tick(cluster: MembershipTarget): void {
    this.decommissionRemoved(cluster);
    if (this.options.changeRate === 0 || !this.prng.chance(this.options.changeRate)) return;
    const leaderId = cluster.leaderId();
    if (leaderId === null) return;
    const core = cluster.node(leaderId).running();
    const conf = core.status().confState;
    const spares = cluster.ids.filter((id) => cluster.node(id).incarnation === 0);
    const choice = this.prng.nextFloat();
    if (conf.learners.length > 0 && choice < 0.5) {
      this.propose(cluster, leaderId, "promote-learner", this.prng.pick(conf.learners));
    } else if (spares.length > 0 && choice < 0.8) {
      const spare = this.prng.pick(spares);
      cluster.restart(spare); // starts empty: it learns the configuration from the leader
      this.propose(cluster, leaderId, this.prng.chance(0.5) ? "add-learner" : "add-voter", spare);
    } else if (conf.voters.length > votersMin && this.removing.size === 0) {
      const victim = this.prng.pick(conf.voters);
      if (this.propose(cluster, leaderId, "remove", victim)) this.removing.add(victim);
    }
  }

  private propose(cluster: MembershipTarget, leaderId: NodeId, kind: "add-learner" | "add-voter" | "promote-learner" | "remove", node: NodeId): boolean {
    const result = cluster.node(leaderId).running().proposeConfChange({ kind, node });
    cluster.trace(`membership ${kind} ${node} via ${leaderId}: ${result.kind}`);
    if (result.kind === "accepted") this.changesProposed += 1;
    return result.kind === "accepted";
  }

  /** Retires a node once a leader whose applied configuration excludes it is in charge. */
  private decommissionRemoved(cluster: MembershipTarget): void {
    if (this.removing.size === 0) return;
    const leaderId = cluster.leaderId();
    if (leaderId === null) return;
    const conf = cluster.node(leaderId).running().status().confState;
    for (const id of [...this.removing]) {
      if (conf.voters.includes(id) || conf.learners.includes(id)) continue;
      this.removing.delete(id);
      cluster.decommission(id);
    }
  }
}

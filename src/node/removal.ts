/**
 * Notices that this node was removed from the cluster, so it stops instead of lingering as a
 * pre-candidate that no leader talks to (and that would take reads it cannot serve). Two ways
 * to learn it: the configuration this node applies stops including it (it was a member, alive,
 * when the change committed), or a queue server answers a poll "removed" (it was down when the
 * change committed, and the leader's configuration, later in the log than this node's, leaves
 * it out: src/queue/cluster-view.ts). Either way `removed` resolves once, with the reason.
 */
import type { ConfState, NodeId, Role } from "../raft/types";

export class RemovalWatch {
  private wasMember = false;
  private reason: string | null = null;
  private resolve: (reason: string) => void = () => undefined;
  readonly removed: Promise<string>;

  constructor(private readonly self: NodeId) {
    this.removed = new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  /**
   * After each advance: the configuration applied here and this node's role. A node that never
   * was a member (joining, or restarted before applying its own addition) is not judged here.
   */
  observe(conf: ConfState, role: Role): void {
    const member = [...conf.voters, ...conf.learners, ...conf.votersOutgoing].includes(this.self);
    if (member) {
      this.wasMember = true;
      return;
    }
    // A removed leader first hands leadership over (raft.ts, handOverAfterRemoval): it leaves
    // once it has stepped down, so the remaining voters can elect without waiting for it.
    if (this.wasMember && role !== "leader") {
      this.report(`the configuration applied here no longer includes ${this.self} (voters ${conf.voters.join(", ")})`);
    }
  }

  /** Learned elsewhere (a queue server's answer). The first reason wins. */
  report(reason: string): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.resolve(reason);
  }
}

/**
 * What a node tells its queue servers about itself with every poll (its leader claim, term and
 * configuration), kept as of the driver loop's last advance, and whether it changed in a way the
 * queue servers must hear now. Pure: the loop hands it each status, the caller acts on `true`.
 *
 * Why push at once: a queue server routes Leader Queue work only to the node whose claim carries
 * the highest term (src/queue/work-queue.ts). A new leader that waited for its next poll, or a
 * periodic watch, would leave writes queued for that long after every election; a leader that
 * stepped down and kept its old claim until then would be handed work only to hand it back.
 * Polls answer from this copy rather than asking the loop for a fresh status: a steal then costs
 * a round trip to the queue server, not also a turn of the loop (which may be waiting on an fsync).
 */
import { assert } from "../lib/assert";
import type { Status } from "../raft/types";

export class ClaimWatch {
  private current: Status;

  constructor(initial: Status) {
    this.current = initial;
  }

  /** The status as of the last advance of the loop. */
  get latest(): Status {
    return this.current;
  }

  /**
   * Takes the status after an advance. True when the claim a queue server acts on changed: the
   * role (leader or not), the leader this node follows, or the term. Terms never go back.
   */
  observe(status: Status): boolean {
    const before = this.current;
    assert(status.term >= before.term, "a node's term never goes back");
    this.current = status;
    return status.role !== before.role || status.leader !== before.leader || status.term !== before.term;
  }
}

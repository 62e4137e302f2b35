/**
 * What /livez and /readyz check on each role, as pure functions of facts the role reads from
 * its own state (docs/http.md explains each check to an operator).
 *
 * A node is ready when it knows a leader and has applied everything that leader last told it
 * is committed: a read it serves then is no staler than the leader's last word. A queue
 * server is ready when it trusts a leader that polled it lately (writes can be committed) and
 * its Leader Queue has room (a write would not be answered busy).
 */
import type { Role } from "../raft/types";
import { failed, passed, type Check } from "./checks";

/** A driver loop that has not begun a turn for this long is stuck (a hung disk or database call). */
export const loopStallMsMax = 60_000;

export interface NodeHealthFacts {
  readonly self: string;
  readonly role: Role;
  readonly leader: string | null;
  readonly term: number;
  /** This node's own commit index (as persisted). */
  readonly commit: number;
  readonly applied: number;
  /** The commit index the leader last sent, and who sent it at which term; null before any. */
  readonly leaderCommitHeard: { readonly from: string; readonly term: number; readonly commit: number } | null;
  /** Time since the driver loop last began a turn. */
  readonly loopIdleMs: number;
}

export function nodeLiveness(facts: NodeHealthFacts): Check[] {
  const loop = facts.loopIdleMs <= loopStallMsMax
    ? passed("loop")
    : failed("loop", `the Raft driver loop has not turned for ${seconds(facts.loopIdleMs)} (limit ${seconds(loopStallMsMax)}): a storage call may be hung`);
  return [passed("ping"), loop];
}

export function nodeReadiness(facts: NodeHealthFacts): Check[] {
  if (facts.leader === null) {
    const why = `no leader known (this node is ${facts.role} in term ${facts.term})`;
    return [failed("leader", why), failed("applied", "no leader to compare with")];
  }
  return [passed("leader"), appliedCheck(facts, facts.leader)];
}

function appliedCheck(facts: NodeHealthFacts, leader: string): Check {
  if (leader === facts.self) {
    if (facts.applied >= facts.commit) return passed("applied");
    return failed("applied", `applied index ${facts.applied} is behind this leader's commit index ${facts.commit}`);
  }
  const heard = facts.leaderCommitHeard;
  if (heard === null || heard.from !== leader) return failed("applied", `no append or heartbeat heard from leader ${leader} yet`);
  if (facts.applied >= heard.commit) return passed("applied");
  return failed("applied", `applied index ${facts.applied} is behind leader ${leader}'s commit index ${heard.commit} as last heard`);
}

export interface QueueHealthFacts {
  /** The leader this queue server trusts, null when none. */
  readonly leader: string | null;
  /** Whether that leader polled lately on an open connection (status's `reachable`). */
  readonly leaderReachable: boolean;
  /** How long a node may go unheard before it counts as unreachable. */
  readonly silenceMs: number;
  /** Items on the Leader Queue, queued plus in flight, and its bound. */
  readonly leaderItems: number;
  readonly leaderItemsMax: number;
}

export function queueLiveness(): Check[] {
  return [passed("ping")];
}

export function queueReadiness(facts: QueueHealthFacts): Check[] {
  let leader: Check = passed("leader");
  if (facts.leader === null) leader = failed("leader", "no leader known: no node has claimed leadership to this queue server");
  else if (!facts.leaderReachable) leader = failed("leader", `leader ${facts.leader} is unreachable (not heard from within ${seconds(facts.silenceMs)})`);
  const full = facts.leaderItems >= facts.leaderItemsMax;
  const queue = full ? failed("leader-queue", `the Leader Queue is full (${facts.leaderItems} of ${facts.leaderItemsMax} items)`) : passed("leader-queue");
  return [leader, queue];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Quorum arithmetic (etcd quorum/): the committed index of a configuration and the outcome of
 * an election, for a simple majority and for a joint configuration (Raft thesis §4.3), where a
 * decision needs a majority of both the incoming and the outgoing voters.
 */
import { assert } from "../lib/assert";
import { logIndex, type LogIndex, type NodeId } from "./types";

export type VoteResult = "won" | "lost" | "pending";

/** Largest index acknowledged by a majority of `voters`; an empty configuration commits anything. */
export function majorityCommitted(voters: readonly NodeId[], matchOf: (id: NodeId) => LogIndex): LogIndex {
  if (voters.length === 0) return logIndex(Number.MAX_SAFE_INTEGER);
  const matches = voters.map(matchOf).sort((a, b) => b - a);
  // Sorted descending, the entry at position (quorum - 1) is held by at least `quorum` voters.
  const quorum = Math.floor(voters.length / 2) + 1;
  const committed = matches[quorum - 1];
  assert(committed !== undefined, "quorum position is within the voters");
  assert(committed >= 0, "a committed index is not negative");
  return committed;
}

export function jointCommitted(
  incoming: readonly NodeId[],
  outgoing: readonly NodeId[],
  matchOf: (id: NodeId) => LogIndex,
): LogIndex {
  const committed = Math.min(majorityCommitted(incoming, matchOf), majorityCommitted(outgoing, matchOf));
  assert(committed < Number.MAX_SAFE_INTEGER || (incoming.length === 0 && outgoing.length === 0), "a non-empty config bounds commit");
  return logIndex(committed === Number.MAX_SAFE_INTEGER ? 0 : committed);
}

/** The outcome of a vote among `voters`, with `votes` holding the answers received so far. */
export function majorityVoteResult(voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.length === 0) return "won";
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const vote = votes.get(id);
    if (vote === undefined) missing += 1;
    else if (vote) granted += 1;
  }
  const quorum = Math.floor(voters.length / 2) + 1;
  if (granted >= quorum) return "won";
  if (granted + missing >= quorum) return "pending";
  return "lost";
}

export function jointVoteResult(
  incoming: readonly NodeId[],
  outgoing: readonly NodeId[],
  votes: ReadonlyMap<NodeId, boolean>,
): VoteResult {
  const first = majorityVoteResult(incoming, votes);
  const second = majorityVoteResult(outgoing, votes);
  if (first === second) return first;
  if (first === "lost" || second === "lost") return "lost";
  return "pending";
}

/**
 * Model check of quorum.ts (as etcd quorum/quick_test.go): on random configurations and match
 * indexes drawn from a seeded Prng, the committed index computed by sorting must equal a brute
 * force search for the largest index held by a majority, for simple and joint configurations;
 * vote outcomes are checked against direct counting. Plus hand-picked edge cases.
 */
import { describe, expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { jointCommitted, jointVoteResult, majorityCommitted, majorityVoteResult, type VoteResult } from "../../src/raft/quorum";
import { logIndex, nodeId, type LogIndex, type NodeId } from "../../src/raft/types";

function bruteCommitted(voters: readonly NodeId[], match: ReadonlyMap<NodeId, number>): number {
  let best = 0;
  for (const candidate of match.values()) {
    const holders = voters.filter((id) => (match.get(id) ?? 0) >= candidate).length;
    if (holders > voters.length / 2 && candidate > best) best = candidate;
  }
  return best;
}

function bruteVote(voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.length === 0) return "won";
  const yes = voters.filter((id) => votes.get(id) === true).length;
  const no = voters.filter((id) => votes.get(id) === false).length;
  if (2 * yes > voters.length) return "won";
  if (2 * no >= voters.length) return "lost";
  return "pending";
}

function randomVoters(prng: Prng, universe: readonly NodeId[]): NodeId[] {
  return universe.filter(() => prng.chance(0.6));
}

const universe = ["a", "b", "c", "d", "e", "f", "g"].map(nodeId);

describe("quorum", () => {
  test("majority committed index matches brute force on random input", () => {
    const prng = new Prng(42);
    for (let round = 0; round < 2000; round += 1) {
      const voters = randomVoters(prng, universe);
      if (voters.length === 0) continue;
      const match = new Map(universe.map((id) => [id, prng.intBetween(0, 20)]));
      const matchOf = (id: NodeId): LogIndex => logIndex(match.get(id) ?? 0);
      expect<number>(majorityCommitted(voters, matchOf)).toBe(bruteCommitted(voters, match));
    }
  });

  test("joint committed index is the smaller of both majorities", () => {
    const prng = new Prng(43);
    for (let round = 0; round < 1000; round += 1) {
      const incoming = randomVoters(prng, universe);
      const outgoing = prng.chance(0.5) ? randomVoters(prng, universe) : [];
      if (incoming.length === 0) continue;
      const match = new Map(universe.map((id) => [id, prng.intBetween(0, 20)]));
      const matchOf = (id: NodeId): LogIndex => logIndex(match.get(id) ?? 0);
      const expected = outgoing.length === 0 ? bruteCommitted(incoming, match) : Math.min(bruteCommitted(incoming, match), bruteCommitted(outgoing, match));
      expect<number>(jointCommitted(incoming, outgoing, matchOf)).toBe(expected);
    }
  });

  test("vote results match direct counting on random input", () => {
    const prng = new Prng(44);
    for (let round = 0; round < 2000; round += 1) {
      const voters = randomVoters(prng, universe);
      const votes = new Map<NodeId, boolean>();
      for (const id of universe) if (prng.chance(0.7)) votes.set(id, prng.chance(0.5));
      expect(majorityVoteResult(voters, votes)).toBe(bruteVote(voters, votes));
    }
  });

  test("edge cases", () => {
    const ids = universe.slice(0, 3);
    const m = (values: number[]) => (id: NodeId): LogIndex => logIndex(values[ids.indexOf(id)] ?? 0);
    expect<number>(majorityCommitted(ids, m([5, 3, 1]))).toBe(3);
    expect<number>(majorityCommitted(ids.slice(0, 1), m([7]))).toBe(7);
    expect<number>(majorityCommitted(ids.slice(0, 2), m([7, 2]))).toBe(2);
    // An empty outgoing half of a joint config does not constrain commit.
    expect<number>(jointCommitted(ids, [], m([5, 3, 1]))).toBe(3);
    expect<number>(jointCommitted([], [], m([]))).toBe(0);
    const a = universe[0] as NodeId;
    const b = universe[1] as NodeId;
    expect(majorityVoteResult([a, b], new Map([[a, true]]))).toBe("pending");
    expect(majorityVoteResult([a, b], new Map([[a, true], [b, false]]))).toBe("lost");
    // Joint: winning one half is not enough.
    expect(jointVoteResult([a], [b], new Map([[a, true]]))).toBe("pending");
    expect(jointVoteResult([a], [b], new Map([[a, true], [b, false]]))).toBe("lost");
    expect(jointVoteResult([a], [b], new Map([[a, true], [b, true]]))).toBe("won");
  });
});

/**
 * ClaimWatch (src/node/claim-watch.ts) decides when a node's queue servers must hear from it at
 * once: whenever its role, its leader or its term changes, and not when only the commit or
 * applied index moved (the periodic watch reports those).
 */
import { describe, expect, test } from "bun:test";
import { ClaimWatch } from "../../src/node/claim-watch";
import { logIndex, nodeId, term as termOf, type Status } from "../../src/raft/types";

function status(overrides: Partial<Status>): Status {
  return {
    id: nodeId("n1"), term: termOf(3), vote: null, commit: logIndex(10), applied: logIndex(10), leader: nodeId("n2"), role: "follower",
    lastIndex: logIndex(10), progress: null, electionElapsed: 0, electionTicks: 12,
    confState: { voters: [nodeId("n1"), nodeId("n2"), nodeId("n3")], learners: [], votersOutgoing: [] },
    ...overrides,
  };
}

describe("ClaimWatch", () => {
  test("becoming leader, stepping down, a new leader or term is a change; indexes alone are not", () => {
    const watch = new ClaimWatch(status({}));
    expect(watch.observe(status({ commit: logIndex(11), applied: logIndex(11) }))).toBe(false);
    expect(watch.observe(status({ role: "pre-candidate", leader: null, commit: logIndex(11), applied: logIndex(11) }))).toBe(true);
    expect(watch.observe(status({ role: "candidate", leader: null, term: termOf(4) }))).toBe(true);
    expect(watch.observe(status({ role: "leader", leader: nodeId("n1"), term: termOf(4) }))).toBe(true);
    expect(watch.latest.role).toBe("leader");
    expect(watch.observe(status({ role: "leader", leader: nodeId("n1"), term: termOf(4), commit: logIndex(12) }))).toBe(false);
    expect(watch.observe(status({ role: "follower", leader: nodeId("n3"), term: termOf(5) }))).toBe(true);
    expect(watch.latest.leader).toBe(nodeId("n3"));
  });

  test("a term going back is a bug", () => {
    const watch = new ClaimWatch(status({ term: termOf(5) }));
    expect(() => watch.observe(status({ term: termOf(4) }))).toThrow();
  });
});

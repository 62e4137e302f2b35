/**
 * The queue server's view of membership (src/queue/cluster-view.ts), call by call: the
 * configuration is the trusted leader's and never goes back in the log; a poll from a node that
 * believes itself a member while the leader's later configuration leaves it out means
 * "removed" (and not when the leader's configuration is older than the node's); reads go only
 * to voters that hear from a leader; status rows show the leader only while it answers,
 * members not heard from as unreachable, removed and joining nodes as such; the record
 * survives a restart and stays bounded.
 */
import { describe, expect, test } from "bun:test";
import { ClusterView, nodeSilenceMs, removedRememberedMax, type NodeReport } from "../../src/queue/cluster-view";

function report(nodeId: string, fields: Partial<NodeReport> = {}): NodeReport {
  return {
    nodeId, address: `10.0.0.${nodeId.slice(1)}:7401`, role: "follower", leader: false, term: 2, commit: 10, applied: 10, readsServed: 0,
    voters: ["n1", "n2", "n3"], learners: [], addresses: [], takesReads: true, ...fields,
  };
}

const leaderReport = (fields: Partial<NodeReport> = {}): NodeReport => report("n1", { role: "leader", leader: true, ...fields });

describe("ClusterView", () => {
  test("the configuration is the trusted leader's, and never an older one", () => {
    const view = new ClusterView(null, 16);
    view.observe(report("n2", { voters: ["n2"] }), "n1", 0);
    expect(view.current).toBeNull();
    view.observe(leaderReport({ voters: ["n1", "n2"], applied: 20 }), "n2", 0); // not the trusted leader
    expect(view.current).toBeNull();
    expect(view.observe(leaderReport({ voters: ["n1", "n2"], applied: 20 }), "n1", 0)).toBe(true);
    expect(view.current?.voters).toEqual(["n1", "n2"]);
    expect(view.observe(leaderReport({ voters: ["n1", "n2", "n3"], applied: 15 }), "n1", 1)).toBe(false);
    expect(view.current?.voters).toEqual(["n1", "n2"]);
    expect(view.observe(leaderReport({ voters: ["n1", "n2", "n3"], applied: 25 }), "n1", 2)).toBe(true);
    expect(view.current?.voters).toEqual(["n1", "n2", "n3"]);
  });

  test("removed: the node's own configuration includes it, the leader's from later in the log does not", () => {
    const view = new ClusterView(null, 16);
    view.observe(leaderReport({ voters: ["n1", "n2"], applied: 30 }), "n1", 0);
    expect(view.wasRemoved(report("n3", { applied: 20 }))).toBe(true);
    // The node is ahead of what the leader reported: no verdict yet.
    expect(view.wasRemoved(report("n3", { applied: 31 }))).toBe(false);
    // A joining node (its configuration does not name it) is never "removed".
    expect(view.wasRemoved(report("n4", { voters: ["n1", "n2"], applied: 5 }))).toBe(false);
    expect(view.wasRemoved(report("n2", { applied: 20 }))).toBe(false);
  });

  test("reads go to voters that hear from a leader", () => {
    const view = new ClusterView(null, 16);
    expect(view.takesReads(report("n9"))).toBe(true); // no configuration known yet
    view.observe(leaderReport({ voters: ["n1", "n2"], learners: ["n3"], applied: 30 }), "n1", 0);
    expect(view.takesReads(report("n2"))).toBe(true);
    expect(view.takesReads(report("n2", { takesReads: false }))).toBe(false);
    expect(view.takesReads(report("n3"))).toBe(false);
    expect(view.takesReads(report("n9"))).toBe(false);
  });

  test("status: a leader while it answers, unreachable members, removed and joining nodes", () => {
    const view = new ClusterView(null, 16);
    view.observe(leaderReport({ voters: ["n1", "n2", "n3"], applied: 10 }), "n1", 0);
    view.observe(report("n2"), "n1", 0);
    view.observe(report("n3", { role: "leader", leader: true, term: 1 }), "n1", 0);
    view.observe(leaderReport({ voters: ["n1", "n2"], applied: 20 }), "n1", 100);
    view.observe(report("n4", { voters: [], takesReads: false }), "n1", 100);
    const now = view.status("n1", 200);
    expect(now.leader).toBe("n1");
    expect(now.quorum).toBe(true);
    expect(Object.fromEntries(now.rows.map((row) => [row.id, row.role]))).toEqual({ n1: "leader", n2: "follower", n3: "removed", n4: "joining" });
    view.heardFrom("n2", nodeSilenceMs + 50);
    const later = view.status("n1", nodeSilenceMs + 150);
    expect(later.leader).toBeNull();
    expect(later.quorum).toBe(false);
    expect(later.rows.find((row) => row.id === "n1")).toMatchObject({ role: "unreachable", reachable: false });
    expect(later.rows.find((row) => row.id === "n2")).toMatchObject({ role: "follower", reachable: true });
    view.lostContact("n2");
    expect(view.status("n1", nodeSilenceMs + 160).rows.find((row) => row.id === "n2")?.role).toBe("unreachable");
  });

  test("a node that still claims an older term is not shown as a second leader", () => {
    const view = new ClusterView(null, 16);
    view.observe(report("n2", { role: "leader", leader: true, term: 1 }), "n1", 0);
    view.observe(leaderReport({ term: 2 }), "n1", 0);
    expect(view.status("n1", 10).rows.filter((row) => row.role === "leader").map((row) => row.id)).toEqual(["n1"]);
    expect(view.status("n1", 10).rows.find((row) => row.id === "n2")?.role).toBe("stale-leader");
  });

  test("the record brings back the configuration, addresses and removed ids; removed ids stay bounded", () => {
    const view = new ClusterView(null, 16);
    view.observe(leaderReport({ voters: ["n1", "n2", "n3"], applied: 10 }), "n1", 0);
    view.observe(leaderReport({ voters: ["n1", "n2"], applied: 20 }), "n1", 1);
    const again = new ClusterView(view.record(), 16);
    expect(again.current).toEqual({ voters: ["n1", "n2"], learners: [], term: 2, applied: 20 });
    expect(again.members()).toEqual(new Map([["n1", "10.0.0.1:7401"]]));
    expect(again.wasRemoved(report("n3", { applied: 12 }))).toBe(true);
    expect(again.status(null, 0).rows.find((row) => row.id === "n3")?.role).toBe("removed");
    let term = 3;
    for (let i = 0; i < removedRememberedMax + 10; i += 1) {
      again.observe(leaderReport({ voters: ["n1", `x${i}`], term, applied: 100 + i }), "n1", 2);
      term += 1;
    }
    expect(again.record().removed.length).toBeLessThanOrEqual(removedRememberedMax);
  });
});

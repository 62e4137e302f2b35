/**
 * /livez and /readyz as pure functions: the Kubernetes/etcd line format and status codes, and
 * each check of each role on the edge between passing and failing (a node one entry behind
 * the leader's commit, a Leader Queue one item short of full, a leader heard from in another
 * term).
 */
import { describe, expect, test } from "bun:test";
import { failed, passed, renderChecks } from "../../src/http/checks";
import { loopStallMsMax, nodeLiveness, nodeReadiness, queueReadiness, type NodeHealthFacts, type QueueHealthFacts } from "../../src/http/health";

describe("renderChecks", () => {
  test("all passed: 200, one line per check, then the verdict", () => {
    expect(renderChecks("readyz", [passed("leader"), passed("applied")])).toEqual({ status: 200, body: "[+]leader ok\n[+]applied ok\nreadyz check passed\n" });
  });

  test("one failed: 503, and the reason on one line", () => {
    const report = renderChecks("livez", [passed("ping"), failed("loop", "stuck\nfor long")]);
    expect(report).toEqual({ status: 503, body: "[+]ping ok\n[-]loop failed: stuck for long\nlivez check failed\n" });
  });

  test("?exclude leaves a failing check out of the verdict", () => {
    const report = renderChecks("readyz", [failed("leader", "none"), passed("leader-queue")], ["leader"]);
    expect(report.status).toBe(200);
    expect(report.body).toBe("[+]leader excluded: ok\n[+]leader-queue ok\nreadyz check passed\n");
  });
});

const follower: NodeHealthFacts = {
  self: "n2", role: "follower", leader: "n1", term: 4, commit: 10, applied: 10,
  leaderCommitHeard: { from: "n1", term: 4, commit: 10 }, loopIdleMs: 5,
};

describe("node readiness", () => {
  test("a follower that applied the leader's commit is ready", () => {
    expect(renderChecks("readyz", nodeReadiness(follower)).status).toBe(200);
  });

  test("one entry behind the leader's commit as last heard: not ready, and says by how much", () => {
    const report = renderChecks("readyz", nodeReadiness({ ...follower, leaderCommitHeard: { from: "n1", term: 4, commit: 11 } }));
    expect(report.status).toBe(503);
    expect(report.body).toContain("[-]applied failed: applied index 10 is behind leader n1's commit index 11 as last heard");
  });

  test("its own commit may equal its applied index and still lag the leader (a follower learns commit from the leader)", () => {
    const lagging = { ...follower, commit: 10, applied: 10, leaderCommitHeard: { from: "n1", term: 4, commit: 50 } };
    expect(renderChecks("readyz", nodeReadiness(lagging)).status).toBe(503);
  });

  test("no leader known: both checks fail, naming the role and term", () => {
    const report = renderChecks("readyz", nodeReadiness({ ...follower, leader: null, role: "candidate" }));
    expect(report.status).toBe(503);
    expect(report.body).toContain("[-]leader failed: no leader known (this node is candidate in term 4)");
  });

  test("a new leader not heard from yet: not ready (the old leader's word does not count)", () => {
    const report = renderChecks("readyz", nodeReadiness({ ...follower, leader: "n3", term: 5 }));
    expect(report.status).toBe(503);
    expect(report.body).toContain("no append or heartbeat heard from leader n3 yet");
  });

  test("the leader itself compares with its own commit", () => {
    const leader = { ...follower, self: "n1", role: "leader" as const, leaderCommitHeard: null };
    expect(renderChecks("readyz", nodeReadiness({ ...leader, commit: 12, applied: 12 })).status).toBe(200);
    expect(renderChecks("readyz", nodeReadiness({ ...leader, commit: 12, applied: 11 })).body).toContain("behind this leader's commit index 12");
  });
});

describe("node liveness", () => {
  test("a loop that turned within the limit is alive; one stuck past it is not", () => {
    expect(renderChecks("livez", nodeLiveness({ ...follower, loopIdleMs: loopStallMsMax })).status).toBe(200);
    const stuck = renderChecks("livez", nodeLiveness({ ...follower, loopIdleMs: loopStallMsMax + 1 }));
    expect(stuck.status).toBe(503);
    expect(stuck.body).toContain("[-]loop failed: the Raft driver loop has not turned for 60.0 s");
  });
});

const queue: QueueHealthFacts = { leader: "n1", leaderReachable: true, silenceMs: 5_000, leaderItems: 255, leaderItemsMax: 256 };

describe("queue readiness", () => {
  test("a reachable leader and room on the Leader Queue: ready", () => {
    expect(renderChecks("readyz", queueReadiness(queue)).status).toBe(200);
  });

  test("no leader known", () => {
    const report = renderChecks("readyz", queueReadiness({ ...queue, leader: null }));
    expect(report.status).toBe(503);
    expect(report.body).toContain("[-]leader failed: no leader known");
  });

  test("a leader that stopped polling", () => {
    expect(renderChecks("readyz", queueReadiness({ ...queue, leaderReachable: false })).body).toContain("[-]leader failed: leader n1 is unreachable (not heard from within 5.0 s)");
  });

  test("a full Leader Queue", () => {
    const report = renderChecks("readyz", queueReadiness({ ...queue, leaderItems: 256 }));
    expect(report.status).toBe(503);
    expect(report.body).toContain("[-]leader-queue failed: the Leader Queue is full (256 of 256 items)");
  });
});

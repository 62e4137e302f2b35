/**
 * Proves the work queue's transitions one scenario at a time, each checked through the actions
 * it returns (what the shell would do) and through locate/status, with assertInvariants after
 * every call: delivery to waiting and to newly polling nodes, earliest-waiter order, full
 * queues answering busy, Leader Queue work going only to the leader with the highest term,
 * stale and conflicting leader claims rejected, a leader change while leader work is in flight,
 * hand-back to the head of the queue, redelivery after the visibility timeout with the first
 * completion winning, superseded polls, poll timeouts, item deadlines, and disconnects.
 */
import { describe, expect, test } from "bun:test";
import {
  backlogMsDefault,
  itemTimeoutMsDefault,
  queueBusyRetryMs,
  stealBatchMax,
  stealPollMs,
  visibilityMsDefault,
  WorkQueue,
  type WorkAction,
} from "../../src/queue/work-queue";

type Queue = WorkQueue<string, string, string, string>;
type Action = WorkAction<string, string, string, string>;

const follower = (term = 1) => ({ leader: false, term });
const leader = (term = 1) => ({ leader: true, term });

function checked(queue: Queue, actions: Action[]): Action[] {
  queue.assertInvariants();
  return actions;
}

function kinds(actions: Action[]): string[] {
  return actions.map((action) => action.kind);
}

function delivered(actions: Action[]): { waiter: string; nodeId: string; workId: number; attempt: number }[] {
  const out: { waiter: string; nodeId: string; workId: number; attempt: number }[] = [];
  for (const action of actions) {
    if (action.kind !== "deliver") continue;
    for (const item of action.items) out.push({ waiter: action.waiter, nodeId: action.nodeId, workId: item.workId, attempt: item.attempt });
  }
  return out;
}

function submitted(actions: Action[]): number {
  const first = actions[0];
  if (first?.kind !== "submitted") throw new Error(`expected submitted, got ${first?.kind}`);
  return first.workId;
}

describe("WorkQueue delivery", () => {
  test("work already queued is delivered at once to a polling node, and completion replies", () => {
    const queue: Queue = new WorkQueue();
    const workId = submitted(checked(queue, queue.submit("non-leader", "read a", "r1", 0)));
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    const steal = checked(queue, queue.steal("n1", follower(), "w1", 10));
    expect(delivered(steal)).toEqual([{ waiter: "w1", nodeId: "n1", workId, attempt: 1 }]);
    expect(queue.locate(workId)).toEqual({ state: "in-flight", nodeId: "n1" });
    const done = checked(queue, queue.complete(workId, "n1", "ok", 20));
    expect(done).toEqual([{ kind: "reply", requester: "r1", workId, payload: "read a", outcome: "ok" }]);
    expect(queue.locate(workId)).toEqual({ state: "absent" });
    expect(queue.status().completed).toBe(1);
  });

  test("reads go only to nodes that take them; a read waits for one", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("cut", { ...follower(), reads: false }, "w1", 0));
    const workId = submitted(checked(queue, queue.submit("non-leader", "read a", "r1", 1)));
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    const steal = checked(queue, queue.steal("n2", follower(), "w2", 2));
    expect(delivered(steal)).toEqual([{ waiter: "w2", nodeId: "n2", workId, attempt: 1 }]);
    // The node that takes no reads still waits (for leader work, or until it takes reads again).
    expect(queue.status().waiters).toBe(1);
  });

  test("new work goes to the earliest waiting node, and a re-poll moves a node to the back", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    checked(queue, queue.steal("n2", follower(), "w2", 1));
    checked(queue, queue.steal("n3", follower(), "w3", 2));
    const again = checked(queue, queue.steal("n1", follower(), "w1b", 3));
    expect(again).toEqual([{ kind: "superseded", waiter: "w1", nodeId: "n1" }]);
    const first = checked(queue, queue.submit("non-leader", "a", "r1", 4));
    expect(delivered(first).map((d) => d.nodeId)).toEqual(["n2"]);
    const second = checked(queue, queue.submit("non-leader", "b", "r2", 5));
    expect(delivered(second).map((d) => d.nodeId)).toEqual(["n3"]);
    const third = checked(queue, queue.submit("non-leader", "c", "r3", 6));
    expect(delivered(third)).toEqual([{ waiter: "w1b", nodeId: "n1", workId: 3, attempt: 1 }]);
    expect(queue.status().waiters).toBe(0);
  });

  test("a full queue answers busy and never grows; completing frees a slot", () => {
    const queue: Queue = new WorkQueue({ nonLeaderItemsMax: 2 });
    const a = submitted(queue.submit("non-leader", "a", "r1", 0));
    submitted(queue.submit("non-leader", "b", "r2", 0));
    const busy = checked(queue, queue.submit("non-leader", "c", "r3", 0));
    expect(busy).toEqual([{ kind: "busy", requester: "r3", queue: "non-leader", retryAfterMs: queueBusyRetryMs }]);
    // In-flight items count against the bound too, so a later requeue always fits.
    checked(queue, queue.steal("n1", follower(), "w1", 1));
    expect(kinds(queue.submit("non-leader", "c", "r3", 2))).toEqual(["busy"]);
    checked(queue, queue.complete(a, "n1", "ok", 3));
    expect(kinds(checked(queue, queue.submit("non-leader", "c", "r3", 4)))).toEqual(["submitted"]);
    // The Leader Queue has its own bound.
    expect(kinds(checked(queue, queue.submit("leader", "w", "r4", 5)))).toEqual(["submitted"]);
    expect(queue.status().busy).toBe(2);
  });

  test("when the waiters are full a new node is told steal-busy", () => {
    const queue: Queue = new WorkQueue({ stealWaitersMax: 2 });
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    checked(queue, queue.steal("n2", follower(), "w2", 0));
    const busy = checked(queue, queue.steal("n3", follower(), "w3", 0));
    expect(busy).toEqual([{ kind: "steal-busy", waiter: "w3", nodeId: "n3", retryAfterMs: queueBusyRetryMs }]);
    // A node that already waits can always re-poll: its old poll makes room.
    expect(kinds(checked(queue, queue.steal("n2", follower(), "w2b", 1)))).toEqual(["superseded"]);
  });

  test("a poll with nothing to take ends empty after stealPollMs", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", follower(), "w1", 100));
    expect(queue.nextWakeMs()).toBe(100 + stealPollMs);
    expect(checked(queue, queue.tick(100 + stealPollMs - 1))).toEqual([]);
    expect(checked(queue, queue.tick(100 + stealPollMs))).toEqual([{ kind: "poll-timeout", waiter: "w1", nodeId: "n1" }]);
    expect(queue.status().waiters).toBe(0);
    expect(queue.nextWakeMs()).toBeNull();
  });
});

describe("WorkQueue leadership", () => {
  test("Leader Queue work goes only to the leader's poll, never to a follower", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n2", follower(), "w2", 0));
    const workId = submitted(checked(queue, queue.submit("leader", "write", "r1", 1)));
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    const steal = checked(queue, queue.steal("n1", leader(1), "w1", 2));
    expect(delivered(steal)).toEqual([{ waiter: "w1", nodeId: "n1", workId, attempt: 1 }]);
    expect(queue.status().leaderNodeId).toBe("n1");
    // The follower still waits, and takes non-leader work.
    expect(delivered(checked(queue, queue.submit("non-leader", "read", "r2", 3))).map((d) => d.nodeId)).toEqual(["n2"]);
  });

  test("the leader prefers leader work; non-leader work goes to the earliest other waiter", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(1), "w1", 0));
    checked(queue, queue.steal("n2", follower(1), "w2", 1));
    submitted(queue.submit("leader", "write", "r1", 2));
    const read = checked(queue, queue.submit("non-leader", "read", "r2", 3));
    expect(delivered(read).map((d) => d.nodeId)).toEqual(["n2"]);
  });

  test("a leader claim with a lower term than seen is not trusted, nor a rival at the same term: kept as follower polls, not answered at once", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(5), "w1", 0));
    // Answered at once, the refused claimant would poll again at once: a busy loop on both sides.
    expect(checked(queue, queue.steal("n2", leader(4), "w2", 1))).toEqual([]);
    expect(checked(queue, queue.steal("n3", leader(5), "w3", 2))).toEqual([]);
    const workId = submitted(queue.submit("leader", "write", "r1", 3));
    expect(queue.locate(workId)).toEqual({ state: "in-flight", nodeId: "n1" });
    // The untrusted claimants wait like followers: they may take reads, and their polls end on time.
    const read = submitted(checked(queue, queue.submit("non-leader", "read", "r2", 4)));
    expect(queue.locate(read)).toEqual({ state: "in-flight", nodeId: "n2" });
    expect(kinds(checked(queue, queue.tick(4 + stealPollMs)))).toEqual(["poll-timeout"]);
  });

  test("a higher term deposes the leader: its poll is told stale-claim and leader work waits", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(1), "w1", 0));
    // n2 reports term 2 as a follower (an election is under way).
    const higher = checked(queue, queue.steal("n2", follower(2), "w2", 1));
    expect(higher).toEqual([{ kind: "stale-claim", waiter: "w1", nodeId: "n1", term: 2, leaderNodeId: null }]);
    expect(queue.status()).toMatchObject({ term: 2, leaderNodeId: null });
    const workId = submitted(checked(queue, queue.submit("leader", "write", "r1", 2)));
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    // n1's old claim is kept as a follower's poll: no leader work for it.
    expect(checked(queue, queue.steal("n1", leader(1), "w1b", 3))).toEqual([]);
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    const winner = checked(queue, queue.steal("n3", leader(2), "w3", 4));
    expect(delivered(winner).map((d) => d.nodeId)).toEqual(["n3"]);
  });

  test("a leader that polls as a follower at its term has stepped down", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(3), "w1", 0));
    checked(queue, queue.steal("n1", follower(3), "w1b", 1));
    expect(queue.status().leaderNodeId).toBeNull();
    const workId = submitted(checked(queue, queue.submit("leader", "write", "r1", 2)));
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    // Another node cannot claim term 3 (Raft: one leader per term); term 4 it can.
    expect(checked(queue, queue.steal("n2", leader(3), "w2", 3))).toEqual([]);
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    const fresh = checked(queue, queue.steal("n2", leader(4), "w2b", 4));
    expect(delivered(fresh).map((d) => d.workId)).toEqual([workId]);
  });

  test("only a node the item was delivered to may complete it: a forged completion is ignored and the real one lands", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(1), "w1", 0));
    const workId = submitted(queue.submit("leader", "write", "r1", 1));
    expect(checked(queue, queue.complete(workId, "n9", "forged", 2))).toEqual([{ kind: "ignored", workId, nodeId: "n9", reason: "not-holder" }]);
    expect(queue.locate(workId)).toEqual({ state: "in-flight", nodeId: "n1" });
    const reply = checked(queue, queue.complete(workId, "n1", "committed", 3));
    expect(reply).toEqual([{ kind: "reply", requester: "r1", workId, payload: "write", outcome: "committed" }]);
  });

  test("a holder whose delivery timed out may still complete; the node it went to next may too", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", follower(1), "w1", 0));
    const workId = submitted(queue.submit("non-leader", "read", "r1", 1, { visibilityMs: 10 }));
    checked(queue, queue.tick(20));
    checked(queue, queue.steal("n2", follower(1), "w2", 21));
    expect(queue.locate(workId)).toEqual({ state: "in-flight", nodeId: "n2" });
    expect(kinds(checked(queue, queue.complete(workId, "n1", "late but done", 22)))).toEqual(["reply"]);
  });

  test("a leader whose connection closes is no longer trusted; when it polls again it leads again", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(4), "w1", 0));
    checked(queue, queue.disconnect("n1", 1));
    expect(queue.status()).toMatchObject({ term: 4, leaderNodeId: null });
    const workId = submitted(checked(queue, queue.submit("leader", "write", "r1", 2)));
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    // Another node cannot claim term 4, but the same node can, once it is back.
    expect(checked(queue, queue.steal("n2", leader(4), "w2", 3))).toEqual([]);
    expect(delivered(checked(queue, queue.steal("n1", leader(4), "w1b", 4))).map((d) => d.workId)).toEqual([workId]);
  });

  test("leader change while leader work is in flight: it stays with the old leader until it completes", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(1), "w1", 0));
    const workId = submitted(queue.submit("leader", "write", "r1", 1));
    expect(queue.locate(workId)).toEqual({ state: "in-flight", nodeId: "n1" });
    checked(queue, queue.steal("n2", leader(2), "w2", 2));
    expect(queue.locate(workId)).toEqual({ state: "in-flight", nodeId: "n1" });
    const reply = checked(queue, queue.complete(workId, "n1", "committed", 3));
    expect(kinds(reply)).toEqual(["reply"]);
  });

  test("leader change while in flight: a NotLeader hand-back requeues at the head and reaches the new leader", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(1), "w1", 0));
    const first = submitted(queue.submit("leader", "first", "r1", 1));
    const second = submitted(queue.submit("leader", "second", "r2", 2));
    expect(queue.status().leaderQueued).toBe(1);
    // Not the holder: ignored.
    expect(checked(queue, queue.handBack(first, "n9", 3))).toEqual([{ kind: "ignored", workId: first, nodeId: "n9", reason: "not-holder" }]);
    const back = checked(queue, queue.handBack(first, "n1", 4, 2));
    expect(back).toContainEqual({ kind: "requeued", workId: first, queue: "leader", nodeId: "n1", reason: "hand-back" });
    expect(queue.status()).toMatchObject({ term: 2, leaderNodeId: null, leaderQueued: 2 });
    const steal = checked(queue, queue.steal("n2", leader(2), "w2", 5));
    expect(delivered(steal)).toEqual([{ waiter: "w2", nodeId: "n2", workId: first, attempt: 2 }]);
    expect(delivered(checked(queue, queue.steal("n2", leader(2), "w2b", 6))).map((d) => d.workId)).toEqual([second]);
  });

  test("a hand-back by the leader without a term stops routing to it until it claims again", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(1), "w1", 0));
    const workId = submitted(queue.submit("leader", "w", "r1", 1));
    checked(queue, queue.steal("n1", leader(1), "w1b", 2));
    const back = checked(queue, queue.handBack(workId, "n1", 3));
    expect(kinds(back)).toEqual(["stale-claim", "requeued"]);
    expect(queue.locate(workId)).toEqual({ state: "queued" });
    // The same node may claim its own term again (Raft forbids only a second leader in a term).
    expect(delivered(checked(queue, queue.steal("n1", leader(1), "w1c", 4))).map((d) => d.workId)).toEqual([workId]);
  });
});

describe("WorkQueue at-least-once", () => {
  test("stolen work not completed within the visibility timeout goes to the head for another node", () => {
    // b waits 30 s here: with the default backlog rule the newest would go first (tested below).
    const queue: Queue = new WorkQueue({ backlogMs: itemTimeoutMsDefault });
    const a = submitted(queue.submit("non-leader", "a", "r1", 0));
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    const b = submitted(queue.submit("non-leader", "b", "r2", 1));
    expect(queue.nextWakeMs()).toBe(visibilityMsDefault);
    expect(checked(queue, queue.tick(visibilityMsDefault - 1))).toEqual([]);
    const tick = checked(queue, queue.tick(visibilityMsDefault));
    expect(tick).toEqual([{ kind: "requeued", workId: a, queue: "non-leader", nodeId: "n1", reason: "visibility-timeout" }]);
    // a is back ahead of b, which was queued behind it.
    const steal = checked(queue, queue.steal("n2", follower(), "w2", visibilityMsDefault + 1));
    expect(delivered(steal)).toEqual([{ waiter: "w2", nodeId: "n2", workId: a, attempt: 2 }]);
    expect(queue.locate(b)).toEqual({ state: "queued" });
    // The first completion wins, whoever sends it; the later one is a duplicate.
    expect(kinds(checked(queue, queue.complete(a, "n1", "late", visibilityMsDefault + 2)))).toEqual(["reply"]);
    const duplicate = checked(queue, queue.complete(a, "n2", "again", visibilityMsDefault + 3));
    expect(duplicate).toEqual([{ kind: "ignored", workId: a, nodeId: "n2", reason: "duplicate" }]);
    expect(queue.status()).toMatchObject({ duplicates: 1, completed: 1, requeued: 1, nonLeaderInFlight: 0 });
  });

  test("a holder that shows it is at work keeps the item past the visibility timeout; no one else can", () => {
    const queue: Queue = new WorkQueue();
    const a = submitted(queue.submit("leader", "write", "r1", 0));
    checked(queue, queue.steal("n1", leader(), "w1", 0));
    expect(queue.extend(a, "n2", visibilityMsDefault - 10)).toBe(false);
    expect(queue.extend(a, "n1", visibilityMsDefault - 10)).toBe(true);
    expect(checked(queue, queue.tick(visibilityMsDefault))).toEqual([]);
    expect(queue.locate(a)).toEqual({ state: "in-flight", nodeId: "n1" });
    expect(kinds(checked(queue, queue.tick(2 * visibilityMsDefault - 10)))).toEqual(["requeued"]);
  });

  test("a cancelled item never reaches a node, queued or in flight; a late completion is a duplicate", () => {
    const queue: Queue = new WorkQueue();
    const queued = submitted(queue.submit("leader", "gone", "r1", 0));
    expect(queue.cancel(queued, 1)).toEqual({ payload: "gone", requester: "r1", wasQueued: true });
    expect(delivered(checked(queue, queue.steal("n1", leader(), "w1", 2)))).toEqual([]);
    const held = submitted(queue.submit("leader", "held", "r2", 3));
    expect(queue.locate(held)).toEqual({ state: "in-flight", nodeId: "n1" });
    expect(queue.cancel(held, 4)?.wasQueued).toBe(false);
    expect(kinds(checked(queue, queue.complete(held, "n1", "done", 5)))).toEqual(["ignored"]);
    expect(queue.cancel(held, 6)).toBeNull();
    expect(queue.status()).toMatchObject({ cancelled: 2, leaderQueued: 0, leaderInFlight: 0 });
  });

  test("a completion of a requeued item still waiting in the queue wins and removes it", () => {
    const queue: Queue = new WorkQueue();
    const a = submitted(queue.submit("non-leader", "a", "r1", 0));
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    checked(queue, queue.tick(visibilityMsDefault));
    expect(queue.locate(a)).toEqual({ state: "queued" });
    expect(kinds(checked(queue, queue.complete(a, "n1", "done", visibilityMsDefault + 1)))).toEqual(["reply"]);
    expect(queue.status().nonLeaderQueued).toBe(0);
  });

  test("a redelivered item can reach the poll that was about to time out in the same tick", () => {
    const queue: Queue = new WorkQueue();
    submitted(queue.submit("non-leader", "a", "r1", 0));
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    checked(queue, queue.steal("n2", follower(), "w2", visibilityMsDefault - stealPollMs));
    const tick = checked(queue, queue.tick(visibilityMsDefault));
    expect(kinds(tick)).toEqual(["requeued", "deliver"]);
  });

  test("an item past its deadline is answered timed-out, queued or in flight, and a late completion is a duplicate", () => {
    const queue: Queue = new WorkQueue();
    const a = submitted(queue.submit("non-leader", "a", "r1", 0, { timeoutMs: 50, visibilityMs: 40 }));
    const b = submitted(queue.submit("non-leader", "b", "r2", 0, { timeoutMs: 60 }));
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    expect(queue.locate(a)).toEqual({ state: "in-flight", nodeId: "n1" });
    expect(checked(queue, queue.tick(50))).toContainEqual({ kind: "timed-out", requester: "r1", workId: a, payload: "a" });
    expect(checked(queue, queue.tick(60))).toEqual([{ kind: "timed-out", requester: "r2", workId: b, payload: "b" }]);
    expect(kinds(checked(queue, queue.complete(a, "n1", "late", 70)))).toEqual(["ignored"]);
    expect(queue.status()).toMatchObject({ timedOut: 2, nonLeaderQueued: 0, nonLeaderInFlight: 0 });
  });

  test("an item past its deadline never reaches a node, even before the next tick", () => {
    const queue: Queue = new WorkQueue();
    const late = submitted(queue.submit("leader", "late", "r1", 0, { timeoutMs: 50 }));
    const fresh = submitted(queue.submit("leader", "fresh", "r2", 40, { timeoutMs: 1_000 }));
    // A new leader polls at 60, with no tick since the deadline passed: only the fresh item goes.
    const steal = checked(queue, queue.steal("n1", leader(2), "w1", 60));
    expect(steal).toContainEqual({ kind: "timed-out", requester: "r1", workId: late, payload: "late" });
    expect(delivered(steal)).toEqual([{ waiter: "w1", nodeId: "n1", workId: fresh, attempt: 1 }]);
    expect(queue.status()).toMatchObject({ timedOut: 1, leaderQueued: 0, leaderInFlight: 1 });
  });

  test("a backlogged queue hands out its newest item first until the backlog is gone", () => {
    const queue: Queue = new WorkQueue();
    // Writes queued during an election: the oldest client has waited longest and gives up first.
    const w0 = submitted(queue.submit("leader", "w0", "r0", 0));
    const w1 = submitted(queue.submit("leader", "w1", "r1", 10));
    const w2 = submitted(queue.submit("leader", "w2", "r2", 20));
    const w3 = submitted(queue.submit("leader", "w3", "r3", 30));
    // Not yet backlogged: the head goes first.
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "a", backlogMsDefault - 1))).map((d) => d.workId)).toEqual([w0]);
    // The oldest left (submitted at 10) has waited backlogMsDefault: the newest goes first, then the next newest.
    const at = 10 + backlogMsDefault;
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "b", at))).map((d) => d.workId)).toEqual([w3]);
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "c", at))).map((d) => d.workId)).toEqual([w2]);
    // A fresh submit while the oldest still waits: it is the newest, so it goes next.
    const fresh = submitted(queue.submit("leader", "fresh", "r9", at + 1));
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "d", at + 2))).map((d) => d.workId)).toEqual([fresh]);
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "e", at + 3))).map((d) => d.workId)).toEqual([w1]);
    // Drained: a new item after it goes first again in order.
    const x = submitted(queue.submit("leader", "x", "rx", at + 4));
    const y = submitted(queue.submit("leader", "y", "ry", at + 5));
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "f", at + 6))).map((d) => d.workId)).toEqual([x]);
    expect(delivered(checked(queue, queue.steal("n1", leader(2), "g", at + 7))).map((d) => d.workId)).toEqual([y]);
  });

  test("cancelWhere drops every item nobody waits for, queued or in flight, and nothing else", () => {
    const queue: Queue = new WorkQueue();
    const goneQueued = submitted(queue.submit("non-leader", "read x", "client-a", 0));
    const kept = submitted(queue.submit("non-leader", "read y", "client-b", 1));
    const goneHeld = submitted(queue.submit("leader", "remove z", "client-a", 2));
    checked(queue, queue.steal("n1", leader(), "w1", 3));
    expect(queue.locate(goneHeld)).toEqual({ state: "in-flight", nodeId: "n1" });
    const dropped = queue.cancelWhere((_payload, requester) => requester === "client-a", 4);
    queue.assertInvariants();
    expect(dropped).toEqual([
      { workId: goneQueued, payload: "read x", wasQueued: true },
      { workId: goneHeld, payload: "remove z", wasQueued: false },
    ]);
    expect(queue.locate(goneQueued)).toEqual({ state: "absent" });
    expect(queue.locate(kept)).toEqual({ state: "queued" });
    // The holder's late answer is a duplicate; a node polling for reads gets only what is left.
    expect(kinds(checked(queue, queue.complete(goneHeld, "n1", "done", 5)))).toEqual(["ignored"]);
    expect(delivered(checked(queue, queue.steal("n2", follower(), "w2", 6)))).toEqual([{ waiter: "w2", nodeId: "n2", workId: kept, attempt: 1 }]);
    expect(queue.status()).toMatchObject({ cancelled: 2 });
  });

  test("the default deadline outlives two visibility timeouts", () => {
    expect(itemTimeoutMsDefault).toBeGreaterThanOrEqual(2 * visibilityMsDefault);
  });

  test("a disconnected node's work is requeued at once and its poll forgotten", () => {
    const queue: Queue = new WorkQueue();
    const a = submitted(queue.submit("non-leader", "a", "r1", 0));
    const b = submitted(queue.submit("non-leader", "b", "r2", 0));
    checked(queue, queue.steal("n1", follower(), "w1", 0));
    checked(queue, queue.steal("n1", follower(), "w1b", 0));
    checked(queue, queue.steal("n1", follower(), "w1c", 0));
    expect(queue.status()).toMatchObject({ waiters: 1, nonLeaderInFlight: 2 });
    const gone = checked(queue, queue.disconnect("n1", 5));
    expect(gone.map((action) => (action.kind === "requeued" ? action.workId : -1))).toEqual([b, a]);
    expect(queue.status()).toMatchObject({ waiters: 0, nonLeaderQueued: 2 });
    // Oldest first: a comes out before b.
    expect(delivered(checked(queue, queue.steal("n2", follower(), "w2", 6))).map((d) => d.workId)).toEqual([a]);
  });

  test("a completion for an id never issued is reported unknown, not duplicate", () => {
    const queue: Queue = new WorkQueue();
    expect(queue.complete(99, "n1", "x", 0)).toEqual([{ kind: "ignored", workId: 99, nodeId: "n1", reason: "unknown" }]);
    expect(queue.handBack(0, "n1", 0)).toEqual([{ kind: "ignored", workId: 0, nodeId: "n1", reason: "unknown" }]);
    expect(queue.status().duplicates).toBe(0);
  });

  test("a clock that goes back is a bug in the shell", () => {
    const queue: Queue = new WorkQueue();
    queue.tick(10);
    expect(() => queue.tick(9)).toThrow();
  });
});

describe("WorkQueue batches (a poll states its slots)", () => {
  function submitMany(queue: Queue, name: "leader" | "non-leader", count: number, nowMs: number, options = {}): number[] {
    return Array.from({ length: count }, (_, i) => submitted(checked(queue, queue.submit(name, `p${i}`, `r${i}`, nowMs, options))));
  }

  test("a leader's poll takes up to its slots, oldest first, in one answer; the next poll takes the rest", () => {
    const queue: Queue = new WorkQueue();
    const ids = submitMany(queue, "leader", 7, 0);
    const first = checked(queue, queue.steal("n1", leader(), "a", 1, 5));
    expect(first.filter((action) => action.kind === "deliver").length).toBe(1);
    expect(delivered(first).map((d) => d.workId)).toEqual(ids.slice(0, 5));
    expect(queue.status()).toMatchObject({ leaderQueued: 2, leaderInFlight: 5, delivered: 5 });
    expect(delivered(checked(queue, queue.steal("n1", leader(), "b", 2, 5))).map((d) => d.workId)).toEqual(ids.slice(5));
  });

  test("a batch carries at most batchBytesMax of payload bytes (small files' contents); an item alone always goes, and the rest keep their order", () => {
    const queue: Queue = new WorkQueue({ batchBytesMax: 100 });
    const ids = [40, 40, 40, 200, 10].map((bytes, i) => submitted(checked(queue, queue.submit("leader", `p${i}`, `r${i}`, 0, { bytes }))));
    const batches = ["a", "b", "c", "d"].map((waiter, turn) => delivered(checked(queue, queue.steal("n1", leader(), waiter, turn + 1, 5))).map((d) => d.workId));
    expect(batches).toEqual([ids.slice(0, 2), ids.slice(2, 3), ids.slice(3, 4), ids.slice(4)]);
    expect(queue.status()).toMatchObject({ leaderQueued: 0, leaderInFlight: 5 });
  });

  test("slots are bounded by stealBatchMax, and 0 (an old node) counts as 1", () => {
    const queue: Queue = new WorkQueue();
    submitMany(queue, "leader", stealBatchMax + 3, 0);
    expect(delivered(checked(queue, queue.steal("n1", leader(), "a", 1, 1_000))).length).toBe(stealBatchMax);
    expect(delivered(checked(queue, queue.steal("n1", leader(), "b", 2, 0))).length).toBe(1);
    expect(delivered(checked(queue, queue.steal("n1", leader(), "c", 3))).length).toBe(1);
  });

  test("a waiting leader is answered with the one item that arrives (no waiting to fill a batch)", () => {
    const queue: Queue = new WorkQueue();
    checked(queue, queue.steal("n1", leader(), "a", 0, 16));
    const only = submitted(checked(queue, queue.submit("leader", "p", "r", 1)));
    submitMany(queue, "leader", 1, 2);
    expect(queue.status()).toMatchObject({ leaderInFlight: 1, leaderQueued: 1, waiters: 0 });
    expect(queue.locate(only)).toEqual({ state: "in-flight", nodeId: "n1" });
  });

  test("a leader's batch holds only Leader Queue work; a reader's only reads", () => {
    const queue: Queue = new WorkQueue();
    const writes = submitMany(queue, "leader", 2, 0);
    const reads = submitMany(queue, "non-leader", 2, 0);
    const toLeader = checked(queue, queue.steal("n1", leader(), "a", 1, 8));
    expect(delivered(toLeader).map((d) => d.workId)).toEqual(writes);
    const toReader = checked(queue, queue.steal("n2", follower(), "b", 2, 8));
    expect(delivered(toReader).map((d) => d.workId)).toEqual(reads);
  });

  test("reads requeued together are shared among the waiting readers, each within its slots", () => {
    const queue: Queue = new WorkQueue();
    const reads = submitMany(queue, "non-leader", 5, 0, { visibilityMs: 100 });
    expect(delivered(checked(queue, queue.steal("n1", follower(), "a", 1, 8))).map((d) => d.workId)).toEqual(reads);
    checked(queue, queue.steal("n2", follower(), "b", 2, 8));
    checked(queue, queue.steal("n3", follower(), "c", 3, 1));
    checked(queue, queue.steal("n4", follower(), "d", 4, 8));
    // n1 went quiet: its five reads time out together and go to the three waiting readers.
    const shared = delivered(checked(queue, queue.tick(101)));
    const byNode = (nodeId: string): number[] => shared.filter((d) => d.nodeId === nodeId).map((d) => d.workId);
    expect(byNode("n2")).toEqual(reads.slice(0, 2));
    expect(byNode("n3")).toEqual(reads.slice(2, 3));
    expect(byNode("n4")).toEqual(reads.slice(3));
    expect(shared.every((d) => d.attempt === 2)).toBe(true);
  });

  test("each item of a batch is its own delivery: one completes, one is handed back, one is redelivered after its visibility timeout", () => {
    const queue: Queue = new WorkQueue();
    const [a = 0, b = 0, c = 0] = submitMany(queue, "leader", 3, 0, { visibilityMs: 100 });
    expect(delivered(checked(queue, queue.steal("n1", leader(), "w1", 1, 3))).map((d) => d.workId)).toEqual([a, b, c]);
    expect(kinds(checked(queue, queue.complete(a, "n1", "ok", 10)))).toEqual(["reply"]);
    // b handed back (without a newer term): it goes to the head; the leader that handed it back is deposed.
    expect(kinds(checked(queue, queue.handBack(b, "n1", 20)))).toEqual(["requeued"]);
    expect(queue.locate(c)).toEqual({ state: "in-flight", nodeId: "n1" });
    // n2 leads at term 2 and takes b at once (a second attempt); c, still at n1, times out at 101.
    expect(delivered(checked(queue, queue.steal("n2", leader(2), "w2", 30, 1))).map((d) => [d.workId, d.attempt])).toEqual([[b, 2]]);
    const tick = checked(queue, queue.tick(101));
    expect(delivered(tick)).toEqual([]);
    expect(queue.status()).toMatchObject({ leaderQueued: 1, leaderInFlight: 1 });
    const again = checked(queue, queue.steal("n2", leader(2), "w3", 102, 4));
    expect(delivered(again).map((d) => [d.workId, d.attempt])).toEqual([[c, 2]]);
  });

  test("a node holding a batch disconnects: the whole batch goes back to the head, oldest first", () => {
    const queue: Queue = new WorkQueue();
    const ids = submitMany(queue, "leader", 5, 0);
    checked(queue, queue.steal("n1", leader(), "a", 1, 3));
    checked(queue, queue.disconnect("n1", 2));
    expect(queue.status()).toMatchObject({ leaderQueued: 5, leaderInFlight: 0 });
    const next = checked(queue, queue.steal("n2", leader(2), "b", 3, 5));
    expect(delivered(next).map((d) => [d.workId, d.attempt])).toEqual(ids.map((id, i) => [id, i < 3 ? 2 : 1]));
  });

  test("a batch never carries an item past its deadline, and a backlogged queue hands out newest first", () => {
    const queue: Queue = new WorkQueue();
    const late = submitMany(queue, "leader", 2, 0, { timeoutMs: 50 });
    const fresh = submitMany(queue, "leader", 3, 40);
    // At 60 the two late items are dropped (their requesters answered timed-out); the rest waited 20 ms: oldest first.
    const batch = checked(queue, queue.steal("n1", leader(), "a", 60, 8));
    expect(kinds(batch).filter((kind) => kind === "timed-out").length).toBe(late.length);
    expect(delivered(batch).map((d) => d.workId)).toEqual(fresh);
    // Backlogged (the oldest waited backlogMsDefault): a batch takes the newest first.
    const [, old1 = 0, old2 = 0] = submitMany(queue, "leader", 3, 100);
    const backlogged = checked(queue, queue.steal("n1", leader(), "b", 100 + backlogMsDefault, 2));
    expect(delivered(backlogged).map((d) => d.workId)).toEqual([old2, old1]);
  });
});

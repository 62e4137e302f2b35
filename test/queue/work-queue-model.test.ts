/**
 * A randomized model test of the work queue. A seeded Prng drives thousands of random
 * operations (submits to both queues, steals with honest, stale and rival leader claims across
 * rising terms, completions by the holder, by a former holder and for finished work, hand-backs
 * with and without a newer term, disconnects, and time passing). A separate, plain model is fed
 * only the actions the queue returns and checks, after every operation:
 *   - no item is lost: every submitted item is queued, in flight, or answered exactly once, and
 *     the queue's own view (locate, status) agrees with the model;
 *   - no item is in flight at two nodes: a delivery is only ever of an item the model has queued;
 *   - work is handed out in order: submits join the back, requeued work goes to the head, and
 *     the head goes first unless it has waited backlogMs since its submit (then the back does);
 *   - Leader Queue items go only to a poll claiming leadership at the highest term seen so far,
 *     and only one node ever receives leader work in a given term;
 *   - every poll is answered at most once, a node has at most one outstanding poll, and the
 *     bounds (items per queue, waiters) are never exceeded.
 * At the end time runs past every deadline, after which every requester must have been answered
 * exactly once. A failing run prints its seed; SEED=n reproduces it.
 */
import { expect, test } from "bun:test";
import { Prng } from "../../src/lib/prng";
import { WorkQueue, queueNames, type QueueName, type StealClaim, type WorkAction } from "../../src/queue/work-queue";

type Action = WorkAction<string, string, string, string>;

const limits = { leaderItemsMax: 6, nonLeaderItemsMax: 12, stealWaitersMax: 4, stealPollMs: 80, backlogMs: 200 };
const nodes = ["n1", "n2", "n3", "n4", "n5"];
const operationsPerRun = 6000;

interface ModelItem {
  readonly queue: QueueName;
  readonly requester: string;
  state: "queued" | "in-flight" | "answered";
  holder: string | null;
}

interface ModelPoll {
  readonly nodeId: string;
  readonly claim: StealClaim;
  /** Items the poll may take (what the node stated; below 1 counts as 1). */
  readonly slots: number;
}

class Model {
  readonly items = new Map<number, ModelItem>();
  readonly answersByRequester = new Map<string, number>();
  readonly polls = new Map<string, ModelPoll>();
  readonly leaderByTerm = new Map<number, string>();
  /** Ids of items queued or in flight, so per-step checks cost O(live), not O(ever submitted). */
  readonly liveIds = new Set<number>();
  /** The order each queue must hand out work in: submits at the back, requeues at the head. */
  readonly order: Record<QueueName, number[]> = { "leader": [], "non-leader": [] };
  termSeen = 0;
  highestIssued = 0;
  /** The time of the operation being applied, and when each live item was submitted. */
  nowMs = 0;
  readonly submittedMs = new Map<number, number>();
  /** Deliveries from the back of a backlogged queue, so a run shows it exercised them. */
  newestFirst = 0;
  /** Answers that carried more than one item. */
  batches = 0;

  observeTerm(term: number): void {
    this.termSeen = Math.max(this.termSeen, term);
  }

  answer(requester: string): void {
    this.answersByRequester.set(requester, (this.answersByRequester.get(requester) ?? 0) + 1);
    expect(this.answersByRequester.get(requester)).toBe(1);
  }

  endPoll(token: string): ModelPoll {
    const poll = this.polls.get(token);
    if (poll === undefined) throw new Error(`poll ${token} answered but not outstanding`);
    this.polls.delete(token);
    return poll;
  }

  live(workId: number): ModelItem {
    const item = this.items.get(workId);
    if (item === undefined || item.state === "answered") throw new Error(`item ${workId} is not live`);
    return item;
  }

  apply(action: Action): void {
    switch (action.kind) {
      case "submitted": {
        expect(this.items.has(action.workId)).toBe(false);
        expect(action.workId).toBe(this.highestIssued + 1);
        this.highestIssued = action.workId;
        this.items.set(action.workId, { queue: action.queue, requester: action.requester, state: "queued", holder: null });
        this.liveIds.add(action.workId);
        this.submittedMs.set(action.workId, this.nowMs);
        this.order[action.queue].push(action.workId);
        return;
      }
      case "busy":
        return this.answer(action.requester);
      case "deliver": {
        const poll = this.endPoll(action.waiter);
        expect(poll.nodeId).toBe(action.nodeId);
        // A batch: 1..slots items, all of one queue, each taken as if delivered alone.
        expect(action.items.length).toBeGreaterThanOrEqual(1);
        expect(action.items.length).toBeLessThanOrEqual(Math.max(1, poll.slots));
        if (action.items.length > 1) this.batches += 1;
        for (const delivered of action.items) {
          const item = this.live(delivered.workId);
          expect(item.state).toBe("queued"); // never in flight at two nodes
          expect(item.queue).toBe(delivered.queue);
          expect(delivered.queue).toBe(action.items[0]?.queue ?? delivered.queue);
          const order = this.order[item.queue];
          const head = order[0];
          const backlogged = head !== undefined && this.nowMs - (this.submittedMs.get(head) ?? this.nowMs) >= limits.backlogMs;
          if (backlogged) this.newestFirst += 1;
          expect(backlogged ? order.pop() : order.shift()).toBe(delivered.workId); // the back when backlogged, else the head
          if (item.queue === "leader") this.checkLeaderDelivery(poll);
          item.state = "in-flight";
          item.holder = action.nodeId;
        }
        return;
      }
      case "reply":
      case "timed-out": {
        const item = this.live(action.workId);
        expect(item.requester).toBe(action.requester);
        if (item.state === "queued") this.order[item.queue] = this.order[item.queue].filter((id) => id !== action.workId);
        item.state = "answered";
        item.holder = null;
        this.liveIds.delete(action.workId);
        return this.answer(action.requester);
      }
      case "requeued": {
        const item = this.live(action.workId);
        expect(item.state).toBe("in-flight");
        expect(item.holder).toBe(action.nodeId);
        item.state = "queued";
        item.holder = null;
        this.order[item.queue].unshift(action.workId);
        return;
      }
      case "ignored": {
        const item = this.items.get(action.workId);
        if (action.reason === "unknown") expect(item).toBeUndefined();
        if (action.reason === "duplicate") expect(item?.state).toBe("answered");
        if (action.reason === "not-holder") expect(item?.holder).not.toBe(action.nodeId);
        return;
      }
      case "superseded":
      case "poll-timeout":
      case "steal-busy":
      case "stale-claim": {
        const poll = this.endPoll(action.waiter);
        expect(poll.nodeId).toBe(action.nodeId);
        if (action.kind === "stale-claim") expect(poll.claim.leader).toBe(true);
        return;
      }
    }
  }

  private checkLeaderDelivery(poll: ModelPoll): void {
    expect(poll.claim.leader).toBe(true);
    expect(poll.claim.term).toBe(this.termSeen);
    const known = this.leaderByTerm.get(poll.claim.term);
    if (known !== undefined) expect(poll.nodeId).toBe(known);
    this.leaderByTerm.set(poll.claim.term, poll.nodeId);
  }
}

function checkAgreement(queue: WorkQueue<string, string, string, string>, model: Model): void {
  queue.assertInvariants();
  const status = queue.status();
  const count = (queueName: QueueName, state: ModelItem["state"]): number =>
    [...model.liveIds].map((workId) => model.live(workId)).filter((item) => item.queue === queueName && item.state === state).length;
  expect(status.leaderQueued).toBe(count("leader", "queued"));
  expect(status.leaderInFlight).toBe(count("leader", "in-flight"));
  expect(status.nonLeaderQueued).toBe(count("non-leader", "queued"));
  expect(status.nonLeaderInFlight).toBe(count("non-leader", "in-flight"));
  expect(status.leaderQueued + status.leaderInFlight).toBeLessThanOrEqual(limits.leaderItemsMax);
  expect(status.nonLeaderQueued + status.nonLeaderInFlight).toBeLessThanOrEqual(limits.nonLeaderItemsMax);
  expect(status.waiters).toBe(model.polls.size);
  expect(status.waiters).toBeLessThanOrEqual(limits.stealWaitersMax);
  expect(status.term).toBe(model.termSeen);
  const pollNodes = [...model.polls.values()].map((poll) => poll.nodeId);
  expect(new Set(pollNodes).size).toBe(pollNodes.length); // one outstanding poll per node
  for (const workId of model.liveIds) {
    const item = model.live(workId);
    const where = queue.locate(workId);
    if (item.state === "queued") expect(where).toEqual({ state: "queued" });
    else expect(where).toEqual({ state: "in-flight", nodeId: item.holder ?? "" });
  }
}

function run(seed: number): void {
  const prng = new Prng(seed);
  const queue = new WorkQueue<string, string, string, string>(limits);
  const model = new Model();
  let nowMs = 0;
  let clusterTerm = 1;
  let requesters = 0;
  let tokens = 0;
  const apply = (actions: Action[]): void => {
    for (const action of actions) model.apply(action);
    checkAgreement(queue, model);
  };
  const liveIds = (state: ModelItem["state"]): number[] => [...model.liveIds].filter((workId) => model.live(workId).state === state);

  for (let step = 0; step < operationsPerRun; step += 1) {
    nowMs += prng.intBetween(0, 12);
    model.nowMs = nowMs;
    if (prng.chance(0.02)) clusterTerm += 1;
    const operation = prng.intBetween(0, 99);
    if (operation < 25) {
      requesters += 1;
      const requester = `r${requesters}`;
      model.answersByRequester.set(requester, 0);
      const options = { timeoutMs: prng.intBetween(100, 1500), visibilityMs: prng.intBetween(20, 300) };
      apply(queue.submit(prng.pick(queueNames), `p${requesters}`, requester, nowMs, options));
    } else if (operation < 55) {
      tokens += 1;
      const token = `w${tokens}`;
      const nodeId = prng.pick(nodes);
      const claim = { leader: prng.chance(0.35), term: prng.intBetween(Math.max(0, clusterTerm - 2), clusterTerm) };
      // A node's earlier poll, if any, is superseded by this one: the model learns it from the action.
      const slots = prng.intBetween(0, 4);
      model.polls.set(token, { nodeId, claim, slots });
      if (!claim.leader || claim.term >= model.termSeen) model.observeTerm(claim.term);
      apply(queue.steal(nodeId, claim, token, nowMs, slots));
    } else if (operation < 75) {
      const inFlight = liveIds("in-flight");
      const issued = model.highestIssued;
      const workId = inFlight.length > 0 && prng.chance(0.8) ? prng.pick(inFlight) : prng.intBetween(0, issued + 1);
      const holder = model.items.get(workId)?.holder ?? null;
      const nodeId = holder !== null && prng.chance(0.8) ? holder : prng.pick(nodes);
      apply(queue.complete(workId, nodeId, "done", nowMs));
    } else if (operation < 85) {
      const inFlight = liveIds("in-flight");
      if (inFlight.length === 0) continue;
      const workId = prng.pick(inFlight);
      const holder = model.items.get(workId)?.holder ?? "n1";
      const nodeId = prng.chance(0.9) ? holder : prng.pick(nodes);
      const term = prng.chance(0.5) ? clusterTerm : undefined;
      if (term !== undefined && nodeId === holder) model.observeTerm(term);
      apply(queue.handBack(workId, nodeId, nowMs, term));
    } else if (operation < 88) {
      const nodeId = prng.pick(nodes);
      for (const [token, poll] of [...model.polls]) if (poll.nodeId === nodeId) model.polls.delete(token);
      apply(queue.disconnect(nodeId, nowMs));
    } else {
      apply(queue.tick(nowMs));
    }
  }
  // Liveness: once every deadline has passed, everything submitted has been answered exactly once.
  nowMs += 2_000;
  model.nowMs = nowMs;
  apply(queue.tick(nowMs));
  for (const [requester, answers] of model.answersByRequester) {
    if (answers !== 1) throw new Error(`requester ${requester} answered ${answers} times`);
  }
  for (const workId of model.items.keys()) expect(queue.locate(workId)).toEqual({ state: "absent" });
  expect(queue.status()).toMatchObject({ leaderQueued: 0, nonLeaderQueued: 0, leaderInFlight: 0, nonLeaderInFlight: 0, waiters: 0 });
  // The run must have exercised the interesting paths, or it proves little.
  const status = queue.status();
  expect(status.requeued).toBeGreaterThan(0);
  expect(status.duplicates).toBeGreaterThan(0);
  expect(status.busy).toBeGreaterThan(0);
  expect(status.timedOut).toBeGreaterThan(0);
  expect(model.leaderByTerm.size).toBeGreaterThan(1);
  expect(model.newestFirst).toBeGreaterThan(0);
  expect(model.batches).toBeGreaterThan(0);
  expect(status.delivered).toBeGreaterThan(model.newestFirst);
}

const seeds = process.env.SEED === undefined ? [1, 2, 3, 4, 5, 6, 7, 8] : [Number(process.env.SEED)];
for (const seed of seeds) {
  test(`random operations keep every work queue invariant (seed ${seed})`, () => {
    try {
      run(seed);
    } catch (error: unknown) {
      console.error(`reproduce with SEED=${seed}`);
      throw error;
    }
  });
}

/**
 * The queue server's Leader Queue and Non-Leader Queue, with work stealing, as a pure state
 * machine: every call takes `nowMs` (a monotonic clock read by the I/O shell) and returns the
 * actions the shell must perform (deliver an item to a waiting node, reply to a requester,
 * answer a poll...). Nothing here awaits, reads a clock or touches a socket.
 *
 * Lifecycle of an item (one per submit; `workId` is assigned monotonically):
 *
 *   submit ──▶ queued ──deliver──▶ in flight ──complete──▶ answered (reply)
 *                ▲                     │
 *                └── head ◀────────────┘  visibility timeout, hand-back (NotLeader), disconnect
 *
 *   queued or in flight, past the item's deadline ──▶ answered (timed-out), dropped
 *
 * Order: oldest first (a requeued item goes back to the head), except while a queue is
 * backlogged, its oldest item waiting backlogMs or more: then the newest goes first (adaptive
 * LIFO; see backlogMsDefault for why). Items past their deadline never leave the queue for a node.
 *
 * Batches: a poll states how many items its node can start (`slots`), and one answer carries up
 * to that many, at most stealBatchMax, all from one queue, each taken by the rule above as if
 * delivered one by one; so a loaded leader takes a batch per poll instead of one item per turn of
 * its loop. Non-Leader work is shared among the waiting readers rather than all going to the
 * first. Every item of a batch is its own delivery: its own visibility timeout, attempt count,
 * completion and redelivery.
 *
 * Delivery is at least once: work not completed within its visibility timeout goes back to the
 * head of its queue for another node, so every operation a node performs must be idempotent.
 * Only a node the item was delivered to may complete it or hand it back (a member that never
 * held it cannot answer for it); the first completion wins, any later one is ignored.
 *
 * Leadership: Leader Queue items go only to the waiter of the current leader, which is the
 * node whose leader claim carries the highest term seen (Raft §5.2: at most one leader per
 * term). A leader claim with a lower term, or a second node claiming the same term, is
 * not trusted: the poll is kept like any follower's (it may take Non-Leader work, and is answered
 * at its poll's end), so a node that keeps claiming an old term polls at the poll rate instead
 * of in a busy loop. Any node reporting a higher term, with or without a claim, deposes the
 * leader we knew, and so does the leader's connection closing (a dead node is not trusted to
 * lead; when it comes back it claims again). Items already in flight at a deposed leader stay
 * in flight until it completes them, hands them back, or their visibility timeout requeues them.
 */
import { assert, assertNever } from "../lib/assert";
import { RingBuffer } from "../lib/ring-buffer";

/** Items (queued plus in flight) on the Leader Queue; each write item pins a spooled upload. */
export const leaderItemsMax = 256;
/** Items (queued plus in flight) on the Non-Leader Queue (reads, lists). */
export const nonLeaderItemsMax = 4096;
/**
 * Items one steal answer carries at most, whatever slots the node states: a leader under load
 * starts this many writes per poll (its proposals batch into one Raft append), and a batch of
 * manifests stays far below a frame.
 */
export const stealBatchMax = 32;
/** Outstanding steal polls; at most one per node, so this bounds the nodes served at once. */
export const stealWaitersMax = 256;
/** A long poll ends empty after this long so nodes re-poll (and dead connections show up). */
export const stealPollMs = 20_000;
/** Default time a node has to finish a stolen item before it is given to another node. */
export const visibilityMsDefault = 30_000;
/** A large write may need long; beyond a day something is stuck, not slow. */
export const visibilityMsMax = 24 * 60 * 60_000;
/** Default overall deadline of an item, from submit until its requester is answered. */
export const itemTimeoutMsDefault = 120_000;
export const itemTimeoutMsMax = 24 * 60 * 60_000;
/** Retry hint for a requester that found its queue full, or a node when the waiters are full. */
export const queueBusyRetryMs = 1_000;
/**
 * A queue whose oldest item has waited this long is backlogged: it hands out its newest item
 * first (adaptive LIFO), until the backlog is gone. Under FIFO a queue that fills faster than
 * nodes drain it (a new leader taking over the writes queued during an election, a loaded
 * leader) serves only requests whose clients are about to give up, every answer comes too late,
 * and no write is acknowledged at all; serving the newest first answers the clients that still
 * wait while the oldest time out. A quarter second is well above the queue wait of a healthy
 * cluster (a few ms) and a quarter of the shortest client timeout the bench uses (1 s).
 */
export const backlogMsDefault = 250;

assert(leaderItemsMax > 0 && nonLeaderItemsMax > 0, "both queues must hold at least one item");
assert(stealWaitersMax > 0, "at least one node must be able to steal");
assert(stealBatchMax >= 1 && stealBatchMax <= leaderItemsMax, "a batch holds at least one item and no more than a queue");
assert(stealPollMs < visibilityMsDefault, "a poll ends before work stolen with it would be redelivered");
assert(visibilityMsDefault <= visibilityMsMax, "the default visibility is within its bound");
assert(
  2 * visibilityMsDefault <= itemTimeoutMsDefault,
  "an item outlives a visibility timeout twice, so a dead node's work is retried before the client gives up",
);
assert(itemTimeoutMsDefault <= itemTimeoutMsMax, "the default timeout is within its bound");
assert(queueBusyRetryMs > 0, "a retry hint must be positive");
assert(backlogMsDefault < visibilityMsDefault, "a queue counts as backlogged before its work would be redelivered");

export type QueueName = "leader" | "non-leader";
export const queueNames: readonly QueueName[] = ["leader", "non-leader"];

/** What a node says about itself when it polls: whether it is the Raft leader, and its term. */
export interface StealClaim {
  readonly leader: boolean;
  /**
   * Whether Non-Leader Queue work (reads) may go to this node: false for a node that is not a
   * voter of the configuration or has not heard from a leader lately (its reads would stall).
   * Absent means true.
   */
  readonly reads?: boolean;
  readonly term: number;
}

/** What a node receives for one stolen item. */
export interface WorkDelivery<Payload> {
  readonly workId: number;
  readonly queue: QueueName;
  readonly payload: Payload;
  /** 1 on first delivery; more after a redelivery (the node may see this work twice). */
  readonly attempt: number;
  /** How long the node has before the item is given to another node. */
  readonly visibilityMs: number;
}

export type RequeueReason = "visibility-timeout" | "hand-back" | "disconnect";
export type IgnoredReason = "duplicate" | "unknown" | "not-holder";
/** Nodes remembered per item as having held it: the cluster's size bounds it, this is a backstop. */
export const holdersRememberedMax = 64;

/**
 * What the shell must do, in order. `Requester` and `Waiter` are the shell's own handles (say,
 * a connection and a request id); the queue only stores and returns them.
 */
export type WorkAction<Payload, Outcome, Requester, Waiter> =
  | { readonly kind: "submitted"; readonly requester: Requester; readonly workId: number; readonly queue: QueueName }
  | { readonly kind: "busy"; readonly requester: Requester; readonly queue: QueueName; readonly retryAfterMs: number }
  /** One poll's answer: 1..its slots items, oldest-first or newest-first as the queue's order says. */
  | { readonly kind: "deliver"; readonly waiter: Waiter; readonly nodeId: string; readonly items: readonly WorkDelivery<Payload>[] }
  | { readonly kind: "reply"; readonly requester: Requester; readonly workId: number; readonly payload: Payload; readonly outcome: Outcome }
  | { readonly kind: "timed-out"; readonly requester: Requester; readonly workId: number; readonly payload: Payload }
  | { readonly kind: "superseded"; readonly waiter: Waiter; readonly nodeId: string }
  | { readonly kind: "poll-timeout"; readonly waiter: Waiter; readonly nodeId: string }
  | { readonly kind: "steal-busy"; readonly waiter: Waiter; readonly nodeId: string; readonly retryAfterMs: number }
  | {
      readonly kind: "stale-claim";
      readonly waiter: Waiter;
      readonly nodeId: string;
      /** The highest term seen, and the leader at it if one is known: what the node should learn. */
      readonly term: number;
      readonly leaderNodeId: string | null;
    }
  | { readonly kind: "requeued"; readonly workId: number; readonly queue: QueueName; readonly nodeId: string; readonly reason: RequeueReason }
  | { readonly kind: "ignored"; readonly workId: number; readonly nodeId: string; readonly reason: IgnoredReason };

export interface SubmitOptions {
  /** Overall deadline from now; default itemTimeoutMsDefault, at most itemTimeoutMsMax. */
  readonly timeoutMs?: number;
  /** Visibility timeout per delivery; default visibilityMsDefault, at most visibilityMsMax. */
  readonly visibilityMs?: number;
  /** Bytes the payload carries beyond its small fields (a small file's content); default 0. See batchBytesMax. */
  readonly bytes?: number;
}

export interface WorkQueueLimits {
  readonly leaderItemsMax: number;
  readonly nonLeaderItemsMax: number;
  readonly stealWaitersMax: number;
  readonly stealPollMs: number;
  /** Queue wait of the oldest item beyond which the newest is handed out first (backlogMsDefault). */
  readonly backlogMs: number;
  /**
   * Payload bytes (SubmitOptions.bytes) one steal answer carries at most, so a batch of small
   * files' contents fits the node's frame; an item alone always goes. Default: unbounded.
   */
  readonly batchBytesMax: number;
}

export interface WorkQueueStatus {
  readonly leaderQueued: number;
  readonly nonLeaderQueued: number;
  readonly leaderInFlight: number;
  readonly nonLeaderInFlight: number;
  readonly waiters: number;
  /** Highest term seen from any node, and the leader trusted at it (null: none known). */
  readonly term: number;
  readonly leaderNodeId: string | null;
  readonly submitted: number;
  readonly delivered: number;
  readonly requeued: number;
  readonly completed: number;
  readonly duplicates: number;
  readonly timedOut: number;
  readonly busy: number;
  readonly cancelled: number;
}

interface Holder {
  readonly nodeId: string;
  /** When the item goes back to the queue if not completed. */
  readonly visibleUntilMs: number;
}

interface ItemRecord<Payload, Requester> {
  readonly workId: number;
  readonly queue: QueueName;
  readonly payload: Payload;
  readonly requester: Requester;
  /** Overall deadline: past it the requester is answered timed-out and the item dropped. */
  readonly deadlineMs: number;
  /** When it was submitted: how long it has waited, for the backlog rule. */
  readonly submittedMs: number;
  readonly visibilityMs: number;
  /** SubmitOptions.bytes. */
  readonly bytes: number;
  /** Deliveries so far. */
  attempt: number;
  /** The node working on it; null while queued. */
  holder: Holder | null;
  /** Nodes it was delivered to (a node whose delivery timed out may still finish it). */
  readonly deliveredTo: Set<string>;
}

interface WaiterRecord<Waiter> {
  readonly nodeId: string;
  readonly waiter: Waiter;
  readonly claim: StealClaim;
  /** Items this poll may take, 1..stealBatchMax. */
  readonly slots: number;
  /** When the poll is answered empty (poll-timeout). */
  readonly pollDeadlineMs: number;
}

type Counters = { -readonly [K in "submitted" | "delivered" | "requeued" | "completed" | "duplicates" | "timedOut" | "busy" | "cancelled"]: number };

export class WorkQueue<Payload, Outcome, Requester, Waiter> {
  readonly limits: WorkQueueLimits;
  /** Every live item (queued or in flight), by workId. Answered items are gone. */
  private readonly items = new Map<number, ItemRecord<Payload, Requester>>();
  /** Work ids waiting for a node, per queue. Capacity = the queue's item bound, so a requeue always fits. */
  private readonly queued: Readonly<Record<QueueName, RingBuffer<number>>>;
  /** Live items per queue (queued + in flight). Invariant: <= the queue's item bound. */
  private readonly live: Record<QueueName, number> = { "leader": 0, "non-leader": 0 };
  private readonly inFlight: Record<QueueName, number> = { "leader": 0, "non-leader": 0 };
  /**
   * Outstanding polls by node, in arrival order (a Map iterates in insertion order; a node's new
   * poll is re-inserted at the end). Invariant: a waiter exists only when no queued item could
   * go to it — dispatch runs after every change.
   */
  private readonly waiters = new Map<string, WaiterRecord<Waiter>>();
  /** Highest term any node has reported. */
  private highestTerm = 0;
  /** The node that claimed leadership at highestTerm (kept after it steps down: no other may claim it). */
  private termClaimant: string | null = null;
  /** The leader trusted now: termClaimant unless it stepped down or handed work back. */
  private leaderNodeId: string | null = null;
  private nextWorkId = 1;
  /** The latest nowMs seen; the shell's clock is monotonic. */
  private lastNowMs = Number.NEGATIVE_INFINITY;
  private readonly counters: Counters = { submitted: 0, delivered: 0, requeued: 0, completed: 0, duplicates: 0, timedOut: 0, busy: 0, cancelled: 0 };

  constructor(limits: Partial<WorkQueueLimits> = {}) {
    this.limits = {
      leaderItemsMax: limits.leaderItemsMax ?? leaderItemsMax,
      nonLeaderItemsMax: limits.nonLeaderItemsMax ?? nonLeaderItemsMax,
      stealWaitersMax: limits.stealWaitersMax ?? stealWaitersMax,
      stealPollMs: limits.stealPollMs ?? stealPollMs,
      backlogMs: limits.backlogMs ?? backlogMsDefault,
      batchBytesMax: limits.batchBytesMax ?? Number.POSITIVE_INFINITY,
    };
    assert(this.limits.batchBytesMax > 0, "a batch carries some bytes");
    assertWithin(this.limits.leaderItemsMax, 1, leaderItemsMax, "leaderItemsMax");
    assertWithin(this.limits.nonLeaderItemsMax, 1, nonLeaderItemsMax, "nonLeaderItemsMax");
    assertWithin(this.limits.stealWaitersMax, 1, stealWaitersMax, "stealWaitersMax");
    assertWithin(this.limits.stealPollMs, 1, stealPollMs, "stealPollMs");
    assertWithin(this.limits.backlogMs, 1, itemTimeoutMsMax, "backlogMs");
    this.queued = {
      "leader": new RingBuffer<number>(this.limits.leaderItemsMax),
      "non-leader": new RingBuffer<number>(this.limits.nonLeaderItemsMax),
    };
  }

  /** Adds work for the given queue; a full queue answers "busy" rather than growing. */
  submit(queue: QueueName, payload: Payload, requester: Requester, nowMs: number, options: SubmitOptions = {}): Action<Payload, Outcome, Requester, Waiter>[] {
    this.advanceClock(nowMs);
    const timeoutMs = options.timeoutMs ?? itemTimeoutMsDefault;
    const visibilityMs = options.visibilityMs ?? visibilityMsDefault;
    assertWithin(timeoutMs, 1, itemTimeoutMsMax, "timeoutMs");
    assertWithin(visibilityMs, 1, visibilityMsMax, "visibilityMs");
    if (this.live[queue] >= this.itemsMax(queue)) {
      this.counters.busy += 1;
      return [{ kind: "busy", requester, queue, retryAfterMs: queueBusyRetryMs }];
    }
    const workId = this.nextWorkId;
    this.nextWorkId += 1;
    const record: ItemRecord<Payload, Requester> = {
      workId, queue, payload, requester, deadlineMs: nowMs + timeoutMs, submittedMs: nowMs, visibilityMs, attempt: 0, holder: null, deliveredTo: new Set(),
      bytes: options.bytes ?? 0,
    };
    this.items.set(workId, record);
    this.live[queue] += 1;
    this.queued[queue].push(workId);
    this.counters.submitted += 1;
    assert(this.live[queue] <= this.itemsMax(queue), "the queue stays within its bound");
    const actions: Action<Payload, Outcome, Requester, Waiter>[] = [{ kind: "submitted", requester, workId, queue }];
    this.dispatch(nowMs, actions);
    return actions;
  }

  /**
   * A node's long poll for work. It replaces the node's previous poll (answered "superseded"),
   * is answered at once with an item if one may go to it, and otherwise waits for work or for
   * stealPollMs. A leader claim is checked against the highest term seen first. `slots` is how
   * many items the node can start now: the answer carries at most that many (and at most
   * stealBatchMax; anything below 1 counts as 1).
   */
  steal(nodeId: string, claim: StealClaim, waiter: Waiter, nowMs: number, slots = 1): Action<Payload, Outcome, Requester, Waiter>[] {
    this.advanceClock(nowMs);
    assert(Number.isSafeInteger(slots), "the codec checks slots are an integer");
    assert(Number.isSafeInteger(claim.term) && claim.term >= 0, "the codec checks terms are non-negative integers");
    const actions: Action<Payload, Outcome, Requester, Waiter>[] = [];
    const previous = this.waiters.get(nodeId);
    if (previous !== undefined) {
      this.waiters.delete(nodeId);
      actions.push({ kind: "superseded", waiter: previous.waiter, nodeId });
    }
    // A claim we cannot trust is kept as a follower's poll: answered at its end, not at once.
    const trusted: StealClaim = claim.leader && !this.claimAcceptable(nodeId, claim.term) ? { leader: false, term: claim.term } : claim;
    this.observeClaim(nodeId, trusted, actions);
    if (this.waiters.size >= this.limits.stealWaitersMax) {
      actions.push({ kind: "steal-busy", waiter, nodeId, retryAfterMs: queueBusyRetryMs });
      return actions;
    }
    this.waiters.set(nodeId, { nodeId, waiter, claim: trusted, slots: Math.min(stealBatchMax, Math.max(1, slots)), pollDeadlineMs: nowMs + this.limits.stealPollMs });
    this.dispatch(nowMs, actions);
    assert(this.waiters.size <= this.limits.stealWaitersMax, "waiters stay within their bound");
    return actions;
  }

  /**
   * A node finished an item. The first completion wins and answers the requester; a node the
   * item was never delivered to cannot answer for it.
   */
  complete(workId: number, nodeId: string, outcome: Outcome, nowMs: number): Action<Payload, Outcome, Requester, Waiter>[] {
    this.advanceClock(nowMs);
    const record = this.items.get(workId);
    if (record === undefined) return [this.ignored(workId, nodeId)];
    if (!record.deliveredTo.has(nodeId)) return [{ kind: "ignored", workId, nodeId, reason: "not-holder" }];
    // Whoever of its holders finishes first wins, even one whose delivery timed out: the work is done.
    this.removeItem(record);
    this.counters.completed += 1;
    assert(!this.items.has(workId), "an answered item is no longer live");
    return [{ kind: "reply", requester: record.requester, workId, payload: record.payload, outcome }];
  }

  /**
   * The holder gives an item back unfinished, typically NotLeader: it goes to the head of its
   * queue. `term`, when the node reports one (NotLeader carries it), may depose the leader.
   */
  handBack(workId: number, nodeId: string, nowMs: number, term?: number): Action<Payload, Outcome, Requester, Waiter>[] {
    this.advanceClock(nowMs);
    const actions: Action<Payload, Outcome, Requester, Waiter>[] = [];
    const record = this.items.get(workId);
    if (record === undefined) return [this.ignored(workId, nodeId)];
    if (record.holder?.nodeId !== nodeId) return [{ kind: "ignored", workId, nodeId, reason: "not-holder" }];
    // A leader that hands back leader work says it is no longer leader: stop routing to it.
    if (record.queue === "leader" && nodeId === this.leaderNodeId) this.depose(this.highestTerm, actions);
    if (term !== undefined && term > this.highestTerm) this.depose(term, actions);
    this.requeue(record, "hand-back", actions);
    this.dispatch(nowMs, actions);
    return actions;
  }

  /**
   * The node's connection is gone: forget its poll and requeue what it holds at once rather
   * than waiting out the visibility timeouts. A leader that disconnects is no longer trusted
   * to lead (it may be dead); if it reconnects, its next poll claims the same term again.
   */
  disconnect(nodeId: string, nowMs: number): Action<Payload, Outcome, Requester, Waiter>[] {
    this.advanceClock(nowMs);
    const actions: Action<Payload, Outcome, Requester, Waiter>[] = [];
    this.waiters.delete(nodeId);
    if (nodeId === this.leaderNodeId) this.depose(this.highestTerm, actions);
    const held = [...this.items.values()].filter((record) => record.holder?.nodeId === nodeId);
    this.requeueAll(held, "disconnect", actions);
    this.dispatch(nowMs, actions);
    assert(!this.waiters.has(nodeId), "a disconnected node has no waiter");
    return actions;
  }

  /** Time passes: drops items past their deadline, requeues expired deliveries, ends old polls. */
  tick(nowMs: number): Action<Payload, Outcome, Requester, Waiter>[] {
    this.advanceClock(nowMs);
    const actions: Action<Payload, Outcome, Requester, Waiter>[] = [];
    const late = [...this.items.values()].filter((record) => record.deadlineMs <= nowMs);
    for (const record of late) this.timeOut(record, actions);
    const invisible = [...this.items.values()].filter((record) => record.holder !== null && record.holder.visibleUntilMs <= nowMs);
    this.requeueAll(invisible, "visibility-timeout", actions);
    // Dispatch before ending polls: a poll that is due may still take the requeued work.
    this.dispatch(nowMs, actions);
    for (const record of [...this.waiters.values()]) {
      if (record.pollDeadlineMs > nowMs) continue;
      this.waiters.delete(record.nodeId);
      actions.push({ kind: "poll-timeout", waiter: record.waiter, nodeId: record.nodeId });
    }
    return actions;
  }

  /** The earliest time at which tick would do something, or null when nothing is pending. */
  nextWakeMs(): number | null {
    let earliest = Number.POSITIVE_INFINITY;
    for (const record of this.items.values()) {
      earliest = Math.min(earliest, record.deadlineMs, record.holder?.visibleUntilMs ?? Number.POSITIVE_INFINITY);
    }
    for (const record of this.waiters.values()) earliest = Math.min(earliest, record.pollDeadlineMs);
    return earliest === Number.POSITIVE_INFINITY ? null : earliest;
  }

  /**
   * The holder of an item shows it is still at work (a leader pulling a write's chunks): its
   * visibility timeout starts again, so long work that keeps moving is not redelivered. False
   * when `nodeId` does not hold the item (then nothing changes).
   */
  extend(workId: number, nodeId: string, nowMs: number): boolean {
    this.advanceClock(nowMs);
    const record = this.items.get(workId);
    if (record === undefined || record.holder?.nodeId !== nodeId) return false;
    record.holder = { nodeId, visibleUntilMs: nowMs + record.visibilityMs };
    assert(record.holder.visibleUntilMs > nowMs, "the holder has time again");
    return true;
  }

  /**
   * Drops a live item whose requester no longer wants it (its client went away, or the upload
   * it needs is gone): queued, it never reaches a node; in flight, its holder's answer will be
   * ignored as a duplicate. Returns the item's payload and requester, or null when not live.
   */
  cancel(workId: number, nowMs: number): { readonly payload: Payload; readonly requester: Requester; readonly wasQueued: boolean } | null {
    this.advanceClock(nowMs);
    const record = this.items.get(workId);
    if (record === undefined) return null;
    const wasQueued = record.holder === null;
    this.removeItem(record);
    this.counters.cancelled += 1;
    assert(!this.items.has(workId), "a cancelled item is gone");
    return { payload: record.payload, requester: record.requester, wasQueued };
  }

  /**
   * Cancels every live item `gone` picks (say, those whose requester's connection closed): the
   * same as `cancel` for each, so a new leader never drains work nobody waits for. O(items),
   * bounded by the queues' item bounds. Returns what was cancelled, oldest work id first.
   */
  cancelWhere(gone: (payload: Payload, requester: Requester) => boolean, nowMs: number): { readonly workId: number; readonly payload: Payload; readonly wasQueued: boolean }[] {
    this.advanceClock(nowMs);
    const picked = [...this.items.values()].filter((record) => gone(record.payload, record.requester));
    for (const record of picked) {
      this.removeItem(record);
      this.counters.cancelled += 1;
    }
    assert(picked.every((record) => !this.items.has(record.workId)), "cancelled items are gone");
    return picked.map((record) => ({ workId: record.workId, payload: record.payload, wasQueued: record.holder === null }));
  }

  /** Where an item is: waiting in a queue, held by a node, or absent (answered, dropped or never). */
  locate(workId: number): { readonly state: "queued" } | { readonly state: "in-flight"; readonly nodeId: string } | { readonly state: "absent" } {
    const record = this.items.get(workId);
    if (record === undefined) return { state: "absent" };
    if (record.holder === null) return { state: "queued" };
    return { state: "in-flight", nodeId: record.holder.nodeId };
  }

  /** The payload of a live item (the shell serves a write's UploadPull by its workId). */
  payloadOf(workId: number): Payload | undefined {
    return this.items.get(workId)?.payload;
  }

  status(): WorkQueueStatus {
    return {
      leaderQueued: this.queued["leader"].length,
      nonLeaderQueued: this.queued["non-leader"].length,
      leaderInFlight: this.inFlight["leader"],
      nonLeaderInFlight: this.inFlight["non-leader"],
      waiters: this.waiters.size,
      term: this.highestTerm,
      leaderNodeId: this.leaderNodeId,
      ...this.counters,
    };
  }

  /** Checks every structural invariant; O(items). For tests and debug builds. */
  assertInvariants(): void {
    for (const queue of queueNames) this.assertQueueInvariants(queue);
    let leaderClaims = 0;
    for (const record of this.waiters.values()) {
      if (!record.claim.leader) continue;
      leaderClaims += 1;
      assert(this.isLeaderWaiter(record), "a waiter claiming leadership is the trusted leader's");
    }
    assert(leaderClaims <= 1, "at most one waiter claims leadership");
    assert(this.waiters.size <= this.limits.stealWaitersMax, "waiters within bound");
    assert(this.queued["non-leader"].empty() || ![...this.waiters.values()].some(takesReads), "no idle reader while non-leader work waits");
    assert(leaderClaims === 0 || this.queued["leader"].empty(), "no idle leader while leader work waits");
    assert(this.leaderNodeId === null || this.leaderNodeId === this.termClaimant, "the leader claimed the highest term");
  }

  private assertQueueInvariants(queue: QueueName): void {
    let live = 0;
    let inFlight = 0;
    for (const record of this.items.values()) {
      if (record.queue !== queue) continue;
      live += 1;
      if (record.holder !== null) inFlight += 1;
    }
    assert(live === this.live[queue], "live count matches the items");
    assert(inFlight === this.inFlight[queue], "in-flight count matches the items");
    assert(live <= this.itemsMax(queue), "the queue is within its bound");
    assert(this.queued[queue].length === live - inFlight, "every live item not in flight is queued");
    const seen = new Set<number>();
    for (const workId of this.queued[queue]) {
      const record = this.items.get(workId);
      assert(record !== undefined && record.holder === null && record.queue === queue, "a queued id is a live queued item");
      assert(!seen.has(workId), "an item is queued once");
      seen.add(workId);
    }
  }

  private itemsMax(queue: QueueName): number {
    switch (queue) {
      case "leader": return this.limits.leaderItemsMax;
      case "non-leader": return this.limits.nonLeaderItemsMax;
      default: return assertNever(queue);
    }
  }

  /** Raft allows one leader per term: a claim is good if its term is newer, or the same claimant's. */
  private claimAcceptable(nodeId: string, term: number): boolean {
    if (term > this.highestTerm) return true;
    if (term < this.highestTerm) return false;
    return this.termClaimant === null || this.termClaimant === nodeId;
  }

  /** Learns from an accepted poll: a newer term deposes the old leader; a claim makes a new one. */
  private observeClaim(nodeId: string, claim: StealClaim, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    if (claim.term > this.highestTerm) this.depose(claim.term, actions);
    if (claim.leader) {
      assert(claim.term === this.highestTerm, "an accepted claim is at the highest term");
      assert(this.termClaimant === null || this.termClaimant === nodeId, "one claimant per term");
      this.termClaimant = nodeId;
      this.leaderNodeId = nodeId;
    } else if (nodeId === this.leaderNodeId && claim.term === this.highestTerm) {
      this.depose(this.highestTerm, actions); // the leader polls as a follower: it stepped down
    }
  }

  /**
   * Stops trusting the current leader, at `term` (>= highestTerm), and answers any waiter that
   * still claims leadership "stale-claim" so its node learns now rather than at its poll timeout.
   */
  private depose(term: number, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    assert(term >= this.highestTerm, "terms never go back");
    if (term > this.highestTerm) this.termClaimant = null;
    this.highestTerm = term;
    this.leaderNodeId = null;
    for (const record of [...this.waiters.values()]) {
      if (!record.claim.leader) continue;
      this.waiters.delete(record.nodeId);
      actions.push({ kind: "stale-claim", waiter: record.waiter, nodeId: record.nodeId, term, leaderNodeId: null });
    }
  }

  private isLeaderWaiter(record: WaiterRecord<Waiter>): boolean {
    return record.claim.leader && record.claim.term === this.highestTerm && record.nodeId === this.leaderNodeId;
  }

  /**
   * Hands queued work to waiting nodes until no more can go: a batch of Leader Queue items to
   * the leader's waiter, then Non-Leader Queue items to the earliest waiters that take reads,
   * each its share of what is queued (at most its slots), so reads spread over the nodes. Each
   * delivery consumes one waiter, so both loops are bounded by the number of waiters.
   */
  private dispatch(nowMs: number, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    for (const queue of queueNames) this.dropLateHeads(queue, nowMs, actions);
    const leader = this.leaderNodeId === null ? undefined : this.waiters.get(this.leaderNodeId);
    if (leader !== undefined && this.isLeaderWaiter(leader) && !this.queued["leader"].empty()) {
      this.deliver(leader, "leader", leader.slots, nowMs, actions);
    }
    const readers = [...this.waiters.values()].filter(takesReads);
    // Bounded by the waiters: each turn delivers to one (which stops waiting).
    for (const [index, waiter] of readers.entries()) {
      const queued = this.queued["non-leader"].length;
      if (queued === 0) break;
      this.deliver(waiter, "non-leader", Math.min(waiter.slots, Math.ceil(queued / (readers.length - index))), nowMs, actions);
    }
  }

  /**
   * Drops items at the head of `queue` whose deadline passed (their requesters are answered
   * timed-out), so none reaches a node between two ticks. Each turn removes one item.
   */
  private dropLateHeads(queue: QueueName, nowMs: number, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    for (let workId = this.queued[queue].peek(); workId !== undefined; workId = this.queued[queue].peek()) {
      const record = this.items.get(workId);
      assert(record !== undefined && record.holder === null, "a queued item is live and held by no one");
      if (record.deadlineMs > nowMs) return;
      this.timeOut(record, actions);
    }
  }

  private timeOut(record: ItemRecord<Payload, Requester>, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    this.removeItem(record);
    this.counters.timedOut += 1;
    actions.push({ kind: "timed-out", requester: record.requester, workId: record.workId, payload: record.payload });
  }

  /** Whether the oldest queued item has waited backlogMs or more (see backlogMsDefault). */
  private backlogged(queue: QueueName, nowMs: number): boolean {
    const oldest = this.queued[queue].peek();
    const record = oldest === undefined ? undefined : this.items.get(oldest);
    return record !== undefined && nowMs - record.submittedMs >= this.limits.backlogMs;
  }

  /** Answers `waiter` with up to `count` items of `queue` (at least one: the queue is not empty), each taken by the queue's order. */
  private deliver(waiter: WaiterRecord<Waiter>, queue: QueueName, count: number, nowMs: number, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    assert(count >= 1 && count <= waiter.slots, "a batch holds 1..slots items");
    assert(queue !== "leader" || this.isLeaderWaiter(waiter), "leader work goes only to the trusted leader");
    this.waiters.delete(waiter.nodeId);
    const items: WorkDelivery<Payload>[] = [];
    let bytes = 0;
    // Bounded by count (at most stealBatchMax); stops early when the queue runs dry or the batch's bytes are spent.
    while (items.length < count && !this.queued[queue].empty()) {
      // The backlog rule is asked per item: a batch that takes the backlog's newest may end it.
      const newest = this.backlogged(queue, nowMs);
      const workId = newest ? this.queued[queue].pop() : this.queued[queue].shift();
      assert(workId !== undefined, "the queue is not empty");
      const record = this.items.get(workId);
      assert(record !== undefined && record.holder === null, "a queued item is live and held by no one");
      if (items.length > 0 && bytes + record.bytes > this.limits.batchBytesMax) {
        // Back where it was taken from (there is room: it was just there); the next poll takes it.
        if (newest) this.queued[queue].push(workId);
        else this.queued[queue].pushFront(workId);
        break;
      }
      bytes += record.bytes;
      record.holder = { nodeId: waiter.nodeId, visibleUntilMs: nowMs + record.visibilityMs };
      if (record.deliveredTo.size < holdersRememberedMax) record.deliveredTo.add(waiter.nodeId);
      record.attempt += 1;
      this.inFlight[queue] += 1;
      this.counters.delivered += 1;
      items.push({ workId, queue, payload: record.payload, attempt: record.attempt, visibilityMs: record.visibilityMs });
    }
    assert(items.length >= 1, "deliver is called only for a non-empty queue");
    actions.push({ kind: "deliver", waiter: waiter.waiter, nodeId: waiter.nodeId, items });
  }

  /** Puts in-flight items back at the head, oldest work id first. */
  private requeueAll(records: ItemRecord<Payload, Requester>[], reason: RequeueReason, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    // Pushing at the front in descending order leaves the smallest (oldest) id at the head.
    const descending = [...records].sort((a, b) => b.workId - a.workId);
    for (const record of descending) this.requeue(record, reason, actions);
  }

  private requeue(record: ItemRecord<Payload, Requester>, reason: RequeueReason, actions: Action<Payload, Outcome, Requester, Waiter>[]): void {
    const holder = record.holder;
    assert(holder !== null, "only an item in flight is requeued");
    record.holder = null;
    this.inFlight[record.queue] -= 1;
    // Room is guaranteed: the deque's capacity is the queue's bound on live items.
    this.queued[record.queue].pushFront(record.workId);
    this.counters.requeued += 1;
    actions.push({ kind: "requeued", workId: record.workId, queue: record.queue, nodeId: holder.nodeId, reason });
  }

  private removeItem(record: ItemRecord<Payload, Requester>): void {
    if (record.holder === null) {
      const removed = this.queued[record.queue].removeWhere((workId) => workId === record.workId);
      assert(removed.length === 1, "a queued item is in its queue once");
    } else {
      this.inFlight[record.queue] -= 1;
    }
    this.items.delete(record.workId);
    this.live[record.queue] -= 1;
    assert(this.live[record.queue] >= 0 && this.inFlight[record.queue] >= 0, "counts stay non-negative");
  }

  private ignored(workId: number, nodeId: string): Action<Payload, Outcome, Requester, Waiter> {
    // Ids are monotonic: one below nextWorkId that is not live was answered or dropped already.
    const reason: IgnoredReason = workId > 0 && workId < this.nextWorkId ? "duplicate" : "unknown";
    if (reason === "duplicate") this.counters.duplicates += 1;
    return { kind: "ignored", workId, nodeId, reason };
  }

  private advanceClock(nowMs: number): void {
    assert(Number.isFinite(nowMs), "nowMs must be a finite time");
    assert(nowMs >= this.lastNowMs, "the shell's clock is monotonic");
    this.lastNowMs = nowMs;
  }
}

type Action<Payload, Outcome, Requester, Waiter> = WorkAction<Payload, Outcome, Requester, Waiter>;

function takesReads<Waiter>(record: WaiterRecord<Waiter>): boolean {
  return record.claim.reads !== false;
}

function assertWithin(value: number, min: number, max: number, what: string): void {
  assert(Number.isInteger(value), `${what} must be an integer`);
  assert(value >= min, `${what} must be at least ${min}`);
  assert(value <= max, `${what} must be at most ${max}`);
}

/**
 * Keeps one steal request (a long poll) outstanding at every queue server, and runs the work
 * it receives with bounded concurrency: each poll states how many free work slots it reserved,
 * and its answer brings up to that many items at once (a loaded leader takes a batch per poll,
 * not one item per turn of its loop). Each poll carries the node's leader claim and stats,
 * so the queue server learns who leads and what to report in `status` as often as it ends a
 * poll. When the node's role changes it polls again at once, so a new leader claims the
 * Leader Queue without waiting for its previous poll to end.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { stealItemsOf } from "../wire/codec";
import { pb } from "../wire/proto";
import type { PeerLink } from "./peer-link";

/**
 * Work items one node runs at once, over all queue servers; a poll asks for at most the free
 * ones (the queue server's own bound on a batch, stealBatchMax in src/queue/work-queue.ts, is 32).
 * Not what bounds a node's memory: the chunk bytes its writes pin are bounded by the chunk budget
 * (src/node/chunk-budget.ts), a small file travels inline (at most inlineBytesMax per item), and
 * a read's answer is a manifest. So it is set for latency: at 64 clients of small writes, 16 left
 * 48 of them waiting in the queue server for the others to finish (p99 0.3-1.5 s, bench:cluster
 * --quick); 64 took the p99 to 0.12-0.15 s, and 128 measured no better at 64 clients.
 */
export const workConcurrencyMax = 64;
/** How long a poll may stay unanswered: the queue server's poll time plus slack. */
export const stealRequestTimeoutMs = 30_000;
/** Pause after a failed poll (the link has its own backoff for reconnects). */
export const stealRetryDelayMs = 200;
/** How long the answer to a work item may take to be accepted. */
export const workResultTimeoutMs = 10_000;
/** While draining, how often the stealer looks whether the work in hand is done. */
export const drainPollMs = 50;

/** What the stealer needs of a queue server's link (a PeerLink; tests give a fake). */
export type StealLink = Pick<PeerLink, "request" | "send" | "target">;

export interface WorkStealerOptions<Link extends StealLink = PeerLink> {
  readonly links: readonly Link[];
  readonly stealRequest: () => Promise<pb.StealRequest.$Shape>;
  readonly handle: (item: pb.WorkItem & pb.WorkItem.$Shape, link: Link) => Promise<pb.WorkResult.$Shape>;
  readonly logger: Logger;
  /** A queue server answered a poll "removed": this node is no longer a member. */
  readonly onRemoved?: (reason: string) => void;
}

export class WorkStealer<Link extends StealLink = PeerLink> {
  private running = false;
  /** Work slots held: reserved by outstanding polls, or running an item. See reserve(). */
  private held = 0;
  /** Work items being handled (their results not yet delivered). */
  private working = 0;
  private readonly slotWaiters: (() => void)[] = [];

  constructor(private readonly options: WorkStealerOptions<Link>) {
    assert(options.links.length > 0 && options.links.length <= workConcurrencyMax, "every queue server's poll can hold a slot");
  }

  start(): void {
    assert(!this.running, "the stealer starts once");
    this.running = true;
    for (const link of this.options.links) void this.pollLoop(link);
  }

  stop(): void {
    this.running = false;
    for (const wake of this.slotWaiters.splice(0)) wake();
  }

  /** Stops polling, then waits up to `timeoutMs` for the work in hand to be answered. */
  async drain(timeoutMs: number): Promise<void> {
    this.stop();
    for (let waited = 0; this.working > 0 && waited < timeoutMs; waited += drainPollMs) await Bun.sleep(drainPollMs);
  }

  /** Polls every queue server again now (the node's role changed). */
  repoll(): void {
    for (const link of this.options.links) void this.pollOnce(link);
  }

  private async pollLoop(link: Link): Promise<void> {
    while (this.running) {
      await this.slot();
      if (!this.running) break;
      const outcome = await this.pollOnce(link);
      if (outcome === "failed") await Bun.sleep(stealRetryDelayMs);
    }
  }

  /**
   * One poll, stating the slots it reserved; the items it brings run in the background, each
   * holding one of them, and the slots it did not fill are released when it is answered.
   */
  private async pollOnce(link: Link): Promise<"work" | "empty" | "failed"> {
    const reserved = this.reserve();
    let unused = reserved;
    try {
      const response = await link.request({ steal: { ...(await this.options.stealRequest()), slots: reserved } }, stealRequestTimeoutMs);
      if (!response.ok) return "failed";
      if (response.value.body === "error" && response.value.error?.code === pb.ErrorCode.ERROR_REMOVED) {
        this.options.onRemoved?.(`queue server ${link.target}: ${response.value.error.message ?? "removed"}`);
        return "failed";
      }
      if (response.value.body !== "stealResponse") return "empty";
      const answer = response.value.stealResponse;
      const items = answer === undefined || answer === null ? [] : stealItemsOf(pb.StealResponse.create(answer));
      // The queue server sends at most the slots asked for; more would break the node's bound,
      // so the excess is not run (its visibility timeout gives it to another node).
      if (items.length > reserved) this.options.logger.warn("work.batch-over-slots", { queue: link.target, items: items.length, slots: reserved });
      for (const item of items.slice(0, reserved)) {
        unused -= 1;
        void this.run(item, link);
      }
      return unused < reserved ? "work" : "empty";
    } finally {
      this.release(unused);
    }
  }

  private async run(item: pb.WorkItem & pb.WorkItem.$Shape, link: Link): Promise<void> {
    this.working += 1;
    try {
      const result = await this.options.handle(item, link);
      // One-way: the queue server's ack told the node nothing it could act on (a result that
      // is lost is redelivered at the visibility timeout, and the write id makes that safe), and
      // it was a fourth frame per small write between the two, with its encode, seal and read.
      const sent = await link.send({ workResult: { ...result, workId: item.workId } }, workResultTimeoutMs);
      if (!sent.ok) this.options.logger.warn("work.result-lost", { workId: item.workId, reason: sent.error.message });
    } catch (error: unknown) {
      this.options.logger.error("work.failed", { workId: item.workId, body: item.body, error });
    } finally {
      this.working -= 1;
      this.release(1);
    }
  }

  /**
   * Slots for one poll: this queue server's share of the free ones (so every queue server's
   * poll finds some), at least 1 — a repoll may take one beyond workConcurrencyMax, returned
   * when the poll it supersedes is answered.
   */
  private reserve(): number {
    const share = Math.floor((workConcurrencyMax - this.held) / this.options.links.length);
    const slots = Math.max(1, share);
    this.held += slots;
    return slots;
  }

  private slot(): Promise<void> {
    if (this.held < workConcurrencyMax) return Promise.resolve();
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private release(slots: number): void {
    this.held -= slots;
    assert(this.held >= 0, "slots released more than taken");
    // Bounded by the waiters (one per queue server's loop).
    while (this.held < workConcurrencyMax && this.slotWaiters.length > 0) this.slotWaiters.shift()?.();
  }
}

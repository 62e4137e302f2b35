/**
 * Keeps one steal request (a long poll) outstanding at every queue server, and runs the work
 * it receives with bounded concurrency. Each poll carries the node's leader claim and stats,
 * so the queue server learns who leads and what to report in `status` as often as it ends a
 * poll. When the node's role changes it polls again at once, so a new leader claims the
 * Leader Queue without waiting for its previous poll to end.
 */
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { pb } from "../wire/proto";
import type { PeerLink } from "./peer-link";

/** Work items one node runs at once, over all queue servers. */
export const workConcurrencyMax = 16;
/** How long a poll may stay unanswered: the queue server's poll time plus slack. */
export const stealRequestTimeoutMs = 30_000;
/** Pause after a failed poll (the link has its own backoff for reconnects). */
export const stealRetryDelayMs = 200;
/** How long the answer to a work item may take to be accepted. */
export const workResultTimeoutMs = 10_000;
/** While draining, how often the stealer looks whether the work in hand is done. */
export const drainPollMs = 50;

export interface WorkStealerOptions {
  readonly links: readonly PeerLink[];
  readonly stealRequest: () => Promise<pb.StealRequest.$Shape>;
  readonly handle: (item: pb.WorkItem & pb.WorkItem.$Shape, link: PeerLink) => Promise<pb.WorkResult.$Shape>;
  readonly logger: Logger;
  /** A queue server answered a poll "removed": this node is no longer a member. */
  readonly onRemoved?: (reason: string) => void;
}

export class WorkStealer {
  private running = false;
  private active = 0;
  /** Work items being handled (their results not yet delivered). */
  private working = 0;
  private readonly slotWaiters: (() => void)[] = [];

  constructor(private readonly options: WorkStealerOptions) {}

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

  private async pollLoop(link: PeerLink): Promise<void> {
    while (this.running) {
      await this.slot();
      if (!this.running) break;
      const outcome = await this.pollOnce(link);
      if (outcome === "failed") await Bun.sleep(stealRetryDelayMs);
    }
  }

  /** One poll; a work item it brings runs in the background holding a slot. */
  private async pollOnce(link: PeerLink): Promise<"work" | "empty" | "failed"> {
    this.active += 1;
    let holdsSlot = true;
    try {
      const response = await link.request({ steal: await this.options.stealRequest() }, stealRequestTimeoutMs);
      if (!response.ok) return "failed";
      if (response.value.body === "error" && response.value.error?.code === pb.ErrorCode.ERROR_REMOVED) {
        this.options.onRemoved?.(`queue server ${link.target}: ${response.value.error.message ?? "removed"}`);
        return "failed";
      }
      if (response.value.body !== "work" || response.value.work === null || response.value.work === undefined) return "empty";
      holdsSlot = false;
      void this.run(response.value.work, link);
      return "work";
    } finally {
      if (holdsSlot) this.release();
    }
  }

  private async run(item: pb.WorkItem & pb.WorkItem.$Shape, link: PeerLink): Promise<void> {
    this.working += 1;
    try {
      const result = await this.options.handle(item, link);
      const sent = await link.request({ workResult: { ...result, workId: item.workId } }, workResultTimeoutMs);
      if (!sent.ok) this.options.logger.warn("work.result-lost", { workId: item.workId, reason: sent.error.message });
    } catch (error: unknown) {
      this.options.logger.error("work.failed", { workId: item.workId, body: item.body, error });
    } finally {
      this.working -= 1;
      this.release();
    }
  }

  private slot(): Promise<void> {
    if (this.active < workConcurrencyMax) return Promise.resolve();
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private release(): void {
    this.active -= 1;
    assert(this.active >= 0, "slots released more than taken");
    this.slotWaiters.shift()?.();
  }
}

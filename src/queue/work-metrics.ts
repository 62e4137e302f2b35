/**
 * Counts what the work queue decided (its actions) into the queue server's metrics: items
 * submitted, refused busy, stolen, requeued, timed out and answered, how long they waited for
 * a node and for their answer, and the bytes of committed writes.
 */
import { assertNever } from "../lib/assert";
import { queueMetrics } from "../metrics/metrics";
import type { pb } from "../wire/proto";
import type { QueueName, WorkAction } from "./work-queue";

/** What the queue server stamps on every item it submits. */
export interface SubmitStamp {
  readonly queue: QueueName;
  /** performance.now() at submit. */
  readonly submittedMs: number;
}

type Outcome = pb.WorkResult & pb.WorkResult.$Shape;
type ResultKind = "write" | "read" | "list" | "remove" | "ack" | "ping" | "members" | "error";

export function countWorkAction<Payload extends SubmitStamp, Requester, Waiter>(action: WorkAction<Payload, Outcome, Requester, Waiter>, nowMs: number): void {
  switch (action.kind) {
    case "submitted": return queueMetrics.submitted.with({ queue: action.queue }).inc();
    case "busy": return queueMetrics.busy.with({ queue: action.queue }).inc();
    case "requeued": return queueMetrics.requeued.with({ reason: action.reason }).inc();
    case "deliver": {
      for (const { payload, queue, attempt } of action.items) {
        queueMetrics.steals.with({ queue }).inc();
        if (attempt === 1) queueMetrics.wait.with({ queue }).observe(secondsSince(payload.submittedMs, nowMs));
      }
      return;
    }
    case "reply": {
      queueMetrics.requestDuration.with({ queue: action.payload.queue }).observe(secondsSince(action.payload.submittedMs, nowMs));
      queueMetrics.results.with({ result: resultKind(action.outcome) }).inc();
      if (action.outcome.body === "write") queueMetrics.fileBytesWritten.inc(action.outcome.write?.manifest?.size ?? 0);
      return;
    }
    case "timed-out": return queueMetrics.timedOut.inc();
    case "ignored":
    case "superseded":
    case "poll-timeout":
    case "stale-claim":
    case "steal-busy":
      return;
    default: return assertNever(action);
  }
}

function resultKind(outcome: Outcome): ResultKind {
  const body = outcome.body;
  switch (body) {
    case "write":
    case "read":
    case "list":
    case "remove":
    case "ack":
    case "ping":
    case "error":
      return body;
    case "memberList":
      return "members";
    case "notLeader":
    case undefined:
      return "error";
    default: return assertNever(body);
  }
}

function secondsSince(startMs: number, nowMs: number): number {
  return Math.max(0, nowMs - startMs) / 1000;
}

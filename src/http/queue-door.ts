/**
 * The queue server's HTTP door: /livez, /readyz, /metrics, and the live status page (`/`,
 * one self-contained HTML file) with the JSON document it polls (`/status.json`). Everything
 * is read from the queue server's own `status()` — the same answer `gossamer --role client
 * status --json` prints, through the same conversion — and its work-queue counts.
 */
import type { HostPort } from "../cli/host-port";
import { statusFromWire, statusJson, type ClusterStatus } from "../client/cluster-status";
import { assert } from "../lib/assert";
import type { Logger } from "../lib/logger";
import type { TlsMaterial } from "../net/channel";
import { netMetrics, queueMetrics, renderMetrics } from "../metrics/metrics";
import { nodeSilenceMs, type QueueOperations, type QueueServer } from "../queue/queue-server";
import { renderChecks } from "./checks";
import { healthRoutes, json, startHttpDoor, text, type HttpDoor } from "./door";
import { queueLiveness, queueReadiness, type QueueHealthFacts } from "./health";
import { Throughput, throughputSampleMs, type Totals } from "./throughput";
import statusPageModule from "./status-page.html" with { type: "text" };

/** The page as text: imported as text so `bun build --compile` embeds it in the binary. */
const statusPage: unknown = statusPageModule;
assert(typeof statusPage === "string" && statusPage.startsWith("<!doctype html>"), "the status page is imported as HTML text");
const statusPageHtml: string = statusPage;

export interface QueueDoorOptions {
  readonly listen: HostPort;
  readonly logger: Logger;
  readonly server: QueueServer;
  readonly tls: TlsMaterial | null;
}

export interface QueueDoor extends HttpDoor {
  /** The status page's address. */
  readonly pageUrl: string;
}

export function startQueueDoor(options: QueueDoorOptions): QueueDoor {
  const { server } = options;
  const throughput = new Throughput();
  const sample = (): void => throughput.sample(Date.now(), totals());
  sample();
  const sampler = setInterval(sample, throughputSampleMs);
  sampler.unref();
  const startedMs = Date.now();
  const snapshot = (): { status: ClusterStatus; operations: QueueOperations } => ({ status: statusFromWire(server.status()), operations: server.operations() });
  const routes = healthRoutes({
    live: queueLiveness,
    ready: () => {
      const { status, operations } = snapshot();
      return queueReadiness(healthFacts(status, operations));
    },
    metrics: () => {
      const { status, operations } = snapshot();
      collectQueueMetrics(status, operations);
      return renderMetrics("queue");
    },
  });
  const door = startHttpDoor({
    listen: options.listen, logger: options.logger, tls: options.tls,
    routes: {
      ...routes,
      "/": () => text(200, statusPageHtml, {}, "text/html; charset=utf-8"),
      "/status.json": () => {
        const { status, operations } = snapshot();
        return json(statusDocument(status, operations, throughput, startedMs));
      },
    },
  });
  return {
    ...door, pageUrl: `${door.url}/`,
    stop: () => {
      clearInterval(sampler);
      door.stop();
    },
  };
}

function totals(): Totals {
  return {
    writeBytes: queueMetrics.fileBytesWritten.value(),
    writes: queueMetrics.results.with({ result: "write" }).value(),
    reads: queueMetrics.results.with({ result: "read" }).value(),
  };
}

export function healthFacts(status: ClusterStatus, operations: QueueOperations): QueueHealthFacts {
  const leader = status.nodes.find((node) => node.id === status.leader);
  return {
    leader: status.leader, leaderReachable: leader?.reachable === true, silenceMs: nodeSilenceMs,
    leaderItems: status.queues.leader, leaderItemsMax: operations.limits.leaderItemsMax,
  };
}

/** Sets the gauges a scrape reads from the queue server's state. */
function collectQueueMetrics(status: ClusterStatus, operations: QueueOperations): void {
  const { work, limits } = operations;
  queueMetrics.items.with({ queue: "leader", state: "queued" }).set(work.leaderQueued);
  queueMetrics.items.with({ queue: "leader", state: "in-flight" }).set(work.leaderInFlight);
  queueMetrics.items.with({ queue: "non-leader", state: "queued" }).set(work.nonLeaderQueued);
  queueMetrics.items.with({ queue: "non-leader", state: "in-flight" }).set(work.nonLeaderInFlight);
  queueMetrics.capacity.with({ queue: "leader" }).set(limits.leaderItemsMax);
  queueMetrics.capacity.with({ queue: "non-leader" }).set(limits.nonLeaderItemsMax);
  queueMetrics.stealWaiters.set(work.waiters);
  const reachable = status.nodes.filter((node) => node.reachable).length;
  queueMetrics.nodes.with({ state: "reachable" }).set(reachable);
  queueMetrics.nodes.with({ state: "unreachable" }).set(status.nodes.length - reachable);
  queueMetrics.term.set(status.term);
  const facts = healthFacts(status, operations);
  queueMetrics.leaderKnown.set(facts.leader !== null && facts.leaderReachable ? 1 : 0);
  queueMetrics.uploadsInProgress.set(operations.uploadsInProgress);
  netMetrics.connectionsOpen.set(operations.connections);
}

/**
 * What the status page shows: `status --json`'s document plus queue bounds, readiness, uploads,
 * throughput and recent files. docs/http.md lists the keys.
 */
export function statusDocument(status: ClusterStatus, operations: QueueOperations, throughput: Throughput, startedMs: number): Record<string, unknown> {
  const readiness = renderChecks("readyz", queueReadiness(healthFacts(status, operations)));
  return {
    ...statusJson(status),
    capacity: { leader: operations.limits.leaderItemsMax, nonLeader: operations.limits.nonLeaderItemsMax },
    ready: readiness.status === 200,
    readyz: readiness.body.trimEnd().split("\n"),
    uploadsInProgress: operations.uploadsInProgress,
    throughput: { sampleMs: throughputSampleMs, rates: throughput.rates() },
    recentFiles: operations.recentFiles,
    startedMs,
    generatedMs: Date.now(),
  };
}

/**
 * A node's HTTP door: /livez, /readyz and /metrics from the node's driver loop. Started before
 * the node has joined a cluster (discovery may take a while), so the loop may not exist yet:
 * the node is then alive but not ready.
 */
import type { HostPort } from "../cli/host-port";
import type { Logger } from "../lib/logger";
import type { TlsMaterial } from "../net/channel";
import { netMetrics, renderMetrics } from "../metrics/metrics";
import type { RaftLoop } from "../node/raft-loop";
import { failed, passed } from "./checks";
import { healthRoutes, startHttpDoor, text, type HttpDoor } from "./door";
import { nodeLiveness, nodeReadiness, type NodeHealthFacts } from "./health";

export interface NodeDoorOptions {
  readonly listen: HostPort;
  readonly logger: Logger;
  readonly self: string;
  /** null until the node has found its cluster and started its loop. */
  readonly loop: () => RaftLoop | null;
  /** Connections open on the node's protocol port (0 before it listens). */
  readonly connections: () => number;
  readonly tls: TlsMaterial | null;
}

export function startNodeDoor(options: NodeDoorOptions): HttpDoor {
  const facts = (): NodeHealthFacts | null => {
    const loop = options.loop();
    if (loop === null) return null;
    const soft = loop.softState;
    return {
      self: options.self, role: soft.role, leader: soft.leader, term: loop.hardState.term, commit: loop.hardState.commit, applied: loop.applied,
      leaderCommitHeard: loop.leaderCommitHeard, loopIdleMs: performance.now() - loop.lastTurnAtMs,
    };
  };
  const routes = healthRoutes({
    live: () => {
      const now = facts();
      return now === null ? [passed("ping")] : nodeLiveness(now);
    },
    ready: () => {
      const now = facts();
      return now === null ? [failed("leader", "starting: this node has not found its cluster yet")] : nodeReadiness(now);
    },
    metrics: () => {
      netMetrics.connectionsOpen.set(options.connections());
      return renderMetrics("node");
    },
  });
  const index = (): Response => text(200, `gossamer node ${options.self}: ${Object.keys(routes).join(" ")}\n`);
  return startHttpDoor({ listen: options.listen, logger: options.logger, tls: options.tls, routes: { ...routes, "/": index } });
}

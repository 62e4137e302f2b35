/**
 * This cluster in the global registry: while this node leads, it registers the cluster (id,
 * queue servers, leader) with a heartbeat, so a dead cluster expires; and it answers the
 * global ping (ping-driver.ts): its own nodes, then the next cluster in the ring.
 */
import type { Logger } from "../lib/logger";
import { silentLogger } from "../lib/logger";
import { connect, type DialIdentity } from "../net/channel";
import { parseHostPort } from "../cli/host-port";
import { startHeartbeat, type Heartbeat } from "../registry/heartbeat";
import { handlePing } from "../registry/ping-driver";
import { startPing, type NodeReply, type Ping, type PingResult } from "../registry/ping-route";
import type { Registry } from "../registry/registry";
import { pingFromWire, pingResultFromWire, pingToWire } from "../wire/ping-codec";
import type { pb } from "../wire/proto";

/** Time allowed per cluster still to visit (deliver, its node pings, its answer). */
export const pingHopWaitMs = 2_000;
/** How long the leader waits for one of its own nodes to answer a ping. */
export const nodePingTimeoutMs = 1_000;

export interface GlobalPresenceOptions {
  readonly registry: Registry;
  readonly cluster: string;
  readonly self: string;
  /** How this node dials its own cluster's nodes. */
  readonly identity: DialIdentity;
  readonly queues: () => readonly string[];
  readonly members: () => ReadonlyMap<string, string>;
  readonly logger: Logger;
}

export class GlobalPresence {
  private heartbeat: Heartbeat | null = null;

  constructor(private readonly options: GlobalPresenceOptions) {}

  /** Registers while leading; a node that stops leading stops beating (the new leader takes over). */
  leading(isLeader: boolean): void {
    if (isLeader && this.heartbeat === null) {
      const { registry, cluster, self, logger } = this.options;
      this.heartbeat = startHeartbeat({ registry, logger, entry: () => ({ cluster, queues: [...this.options.queues()], leader: self }) });
    } else if (!isLeader && this.heartbeat !== null) {
      void this.heartbeat.stop({ deregister: false });
      this.heartbeat = null;
    }
  }

  async ping(wire: pb.Ping.$Shape): Promise<PingResult> {
    const incoming = pingFromWire(wire);
    // A ping from a client has no origin yet: this cluster starts it.
    const ping: Ping = incoming.origin === "" ? startPing(this.options.cluster, incoming.target, incoming.hopLimit) : incoming;
    return await handlePing({
      self: this.options.cluster,
      hopWaitMs: pingHopWaitMs,
      ring: async () => (await this.options.registry.list()).map((entry) => entry.cluster),
      pingOwnNodes: async () => await this.pingOwnNodes(),
      forward: async (next, forwarded, waitMs) => await this.forward(next, forwarded, waitMs),
    }, ping);
  }

  async close(): Promise<void> {
    await this.heartbeat?.stop({ deregister: false });
    this.heartbeat = null;
    await this.options.registry.close();
  }

  private async pingOwnNodes(): Promise<NodeReply[]> {
    const { identity } = this.options;
    return await Promise.all([...this.options.members()].map(async ([node, address]): Promise<NodeReply> => {
      const target = parseHostPort(address);
      if (target === null) return { node, answered: false };
      const opened = await connect({ hostname: target.host, port: target.port, ...identity, expectedPeerId: node, connectTimeoutMs: nodePingTimeoutMs, logger: silentLogger, onEnvelope: () => undefined });
      if (!opened.ok) return { node, answered: false };
      try {
        const pong = await opened.value.request({ ping: {} }, nodePingTimeoutMs);
        return { node, answered: pong.ok && pong.value.body === "ack" };
      } finally {
        opened.value.close();
      }
    }));
  }

  /** Hands the ping to the next cluster's queue server, anonymously: clusters hold different secrets. */
  private async forward(next: string, ping: Ping, waitMs: number): Promise<{ result: PingResult; rttUs: number }> {
    const entry = (await this.options.registry.list()).find((candidate) => candidate.cluster === next);
    const address = parseHostPort(entry?.queues[0] ?? "");
    if (address === null) throw new Error(`cluster ${next} has no queue server in the registry`);
    const started = performance.now();
    const opened = await connect({
      hostname: address.host, port: address.port, cluster: next, credential: { kind: "anonymous" }, tls: this.options.identity.tls,
      logger: silentLogger, onEnvelope: () => undefined, connectTimeoutMs: Math.min(waitMs, 2_000),
    });
    if (!opened.ok) throw new Error(`queue server ${address.host}:${address.port} of ${next}: ${opened.error.message}`);
    const rttUs = Math.round((performance.now() - started) * 1000);
    try {
      const answer = await opened.value.request({ ping: pingToWire(ping) }, waitMs);
      if (!answer.ok) throw new Error(`cluster ${next}: ${answer.error.message}`);
      if (answer.value.body !== "pingResult") throw new Error(`cluster ${next}: ${answer.value.error?.message ?? `answered ${answer.value.body}`}`);
      return { result: pingResultFromWire(answer.value.pingResult ?? {}), rttUs };
    } finally {
      opened.value.close();
    }
  }
}

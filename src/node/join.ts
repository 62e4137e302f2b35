/**
 * Cold start without --peers: broadcast Add_Node_Request until a queue server answers with an
 * edge list on our command port, then found a new cluster (--bootstrap only) or join the nodes
 * listed (the leader adds us as a learner).
 */
import type { Config } from "../cli/config";
import { ExitError, exitCodes } from "../cli/errors";
import type { HostPort } from "../cli/host-port";
import { DiscoveryClient } from "../discovery/discovery-client";
import { edgeListFromWire, type EdgeListView } from "../discovery/edge-list";
import type { Logger } from "../lib/logger";
import type { pb } from "../wire/proto";

export class EdgeListInbox {
  private resolve: ((view: EdgeListView) => void) | null = null;
  readonly first: Promise<EdgeListView>;
  /** Edge lists that arrive after the first (the cluster answered twice): their members are learned too. */
  onLater: ((view: EdgeListView) => void) | null = null;

  constructor(private readonly cluster: string, private readonly logger: Logger) {
    this.first = new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  /** Called by the node server for each edge list received; false when it is refused. */
  offer(wire: pb.EdgeList.$Shape): boolean {
    const view = edgeListFromWire(wire, this.cluster);
    if (!view.ok) {
      this.logger.warn("discovery.edge-list-refused", { reason: view.error.detail });
      return false;
    }
    const resolve = this.resolve;
    this.resolve = null;
    if (resolve !== null) resolve(view.value);
    else this.onLater?.(view.value);
    return true;
  }
}

/** The first edge list, and the discovery client, still asking (see Joining). */
export interface Discovered {
  readonly view: EdgeListView;
  readonly client: DiscoveryClient;
}

/**
 * Broadcasts until a queue server answers. The client keeps running: a node that is not a
 * member yet keeps asking (with its backoff, at most one datagram per 10 s), so the queue server
 * keeps an add-node for it queued until a leader adds it; the caller stops it then.
 */
export async function discoverCluster(config: Config, advertised: HostPort, inbox: EdgeListInbox, logger: Logger): Promise<Discovered> {
  if (config.discoveryPort === 0) {
    throw new ExitError(exitCodes.usage, "this node has no --peers and --discovery-port is 0: give it --peers ID=HOST:PORT,... or turn discovery on");
  }
  const started = await DiscoveryClient.start({
    nodeId: config.id, host: advertised.host, commandPort: advertised.port, cluster: config.cluster, secret: config.clusterSecret,
    broadcastAddress: config.broadcastAddress, discoveryPort: config.discoveryPort, logger, random: Math.random,
  });
  if (!started.ok) throw new ExitError(exitCodes.unavailable, `discovery could not start: ${started.error.message}`);
  const client = started.value;
  const outcome = await Promise.race([inbox.first, client.done]);
  if ("nodes" in outcome) {
    logger.info("discovery.answered", { nodes: outcome.nodes.map((node) => node.id), leader: outcome.leader });
    return { view: outcome, client };
  }
  client.stop();
  const reason = outcome.ok ? "stopped" : outcome.error.message;
  throw new ExitError(exitCodes.unavailable, `no queue server answered discovery on ${config.broadcastAddress}:${config.discoveryPort}: ${reason}`);
}

/**
 * How a node with no data starts by discovery (docs/founding.md): with --bootstrap it founds a
 * new cluster, unless the queue server names members of one already (then it refuses, exit 1:
 * a second founding is the one mistake that loses acknowledged writes); without it, it never
 * founds: it joins the members named, or waits until a leader adds it.
 */
export function foundOrJoin(config: Config, view: EdgeListView): "found" | "join" {
  if (!config.bootstrap) return "join";
  if (view.nodes.length === 0) return "found";
  throw new ExitError(exitCodes.failed, `--bootstrap: cluster ${config.cluster} was founded already (the queue server knows its members ${view.nodes.map((node) => node.id).join(", ")}): start ${config.id} without --bootstrap to join it, or use a new --cluster id`);
}

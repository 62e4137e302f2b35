/**
 * Cold start without --peers: broadcast Add_Node_Request until a queue server answers with an
 * edge list on our command port. An edge list naming only this node makes it the founder of a
 * new cluster; any other means: join the nodes listed (the leader adds us as a learner).
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

export async function discoverCluster(config: Config, advertised: HostPort, inbox: EdgeListInbox, logger: Logger): Promise<EdgeListView> {
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
  client.stop();
  if ("nodes" in outcome) {
    logger.info("discovery.answered", { nodes: outcome.nodes.map((node) => node.id), leader: outcome.leader });
    return outcome;
  }
  const reason = outcome.ok ? "stopped" : outcome.error.message;
  throw new ExitError(exitCodes.unavailable, `no queue server answered discovery on ${config.broadcastAddress}:${config.discoveryPort}: ${reason}`);
}

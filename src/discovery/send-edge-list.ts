/**
 * The queue server's answer to an admitted Add_Node_Request: connect to the node's command
 * port, complete the handshake as member "queue" (both sides prove the cluster secret; the
 * node must prove it is the node that asked), send the EdgeList as a request and wait for the
 * node's ack, then close.
 *
 * The connection goes to the host and port inside the signed request, never to the
 * datagram's source address: the signature covers those, the source address does not.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { connect, type DialIdentity } from "../net/channel";
import type { Connection } from "../net/connection";
import type { Logger } from "../net/logger-port";
import type { pb } from "../wire/proto";
import type { ValidRequest } from "./add-node-request";
import { DiscoveryError } from "./discovery-error";
import { edgeListFromWire } from "./edge-list";

/** A node on the LAN answers a TCP handshake in well under a second. */
export const edgeListConnectTimeoutMsDefault = 3_000;
/** The handshake and the EdgeList are each a round trip or two; the node does no disk work for either. */
export const edgeListRequestTimeoutMsDefault = 5_000;

assert(edgeListConnectTimeoutMsDefault > 0, "connecting can succeed");
assert(edgeListRequestTimeoutMsDefault > 0, "a request can be answered");

export interface SendEdgeListOptions {
  /** The queue server's member identity. */
  readonly identity: DialIdentity;
  readonly cluster: string;
  readonly logger: Logger;
  readonly connectTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

export async function sendEdgeList(
  request: ValidRequest,
  edgeList: pb.EdgeList.$Shape,
  options: SendEdgeListOptions,
): Promise<Result<void, DiscoveryError>> {
  // Checked with the node's own gateway rule, so we never send what the node would refuse.
  const checked = edgeListFromWire(edgeList, options.cluster);
  assert(checked.ok, `the edge list we send is valid (${checked.ok ? "" : checked.error.detail})`);
  assert(request.cluster === options.cluster, "the gate admitted only requests for our cluster");
  const target = `${request.host}:${request.port}`;
  const connected = await connect({
    hostname: request.host,
    port: request.port,
    ...options.identity,
    expectedPeerId: request.nodeId,
    connectTimeoutMs: options.connectTimeoutMs ?? edgeListConnectTimeoutMsDefault,
    logger: options.logger,
    // The node only answers our requests; anything it starts on this connection is ignored.
    onEnvelope: (_connection, envelope) => options.logger.debug("discovery.unexpected-envelope", { target, body: envelope.body }),
  });
  if (!connected.ok) return err(new DiscoveryError(connected.error.kind === "refused" ? "refused" : "connect-failed", target, { cause: connected.error }));
  const connection = connected.value;
  try {
    const sent = await acked(connection, { edgeList }, "edge list", options);
    if (!sent.ok) return sent;
    options.logger.info("discovery.edge-list-sent", { nodeId: request.nodeId, target, nodes: edgeList.nodes?.length ?? 0 });
    return ok(undefined);
  } finally {
    connection.close();
  }
}

async function acked(
  connection: Connection,
  shape: pb.Envelope.$Shape,
  what: string,
  options: SendEdgeListOptions,
): Promise<Result<void, DiscoveryError>> {
  const response = await connection.request(shape, options.requestTimeoutMs ?? edgeListRequestTimeoutMsDefault);
  if (!response.ok) return err(new DiscoveryError("channel", `${what} to ${connection.peer}`, { cause: response.error }));
  if (response.value.body !== "ack") {
    const detail = response.value.body === "error" ? response.value.error?.message ?? "" : String(response.value.body);
    return err(new DiscoveryError("refused", `${what} to ${connection.peer} answered ${detail}`));
  }
  return ok(undefined);
}

/**
 * The EdgeList at the node's gateway: what a joining node learns from the queue server (every
 * node with its command address, the queue server(s), the current leader). The node checks it
 * once here, when it arrives on its command port after an authenticated Hello, and trusts the
 * result afterwards; the queue server runs the same check before sending (sendEdgeList), so
 * both ends agree on what a valid edge list is.
 *
 * Pure: no I/O, no clock.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { pb } from "../wire/proto";
import { hostValid, idPattern } from "./add-node-request";

/** Raft clusters are small; a list longer than this is an error, not a large cluster. */
export const edgeListNodesMax = 256;
export const edgeListQueueServersMax = 16;

assert(edgeListNodesMax >= 3, "an edge list can describe a three-node cluster");
assert(edgeListQueueServersMax >= 1, "an edge list names at least its queue server");

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export interface EdgeListNode extends Endpoint {
  readonly id: string;
}

export interface EdgeListView {
  readonly cluster: string;
  /** Distinct ids, in the order sent. */
  readonly nodes: readonly EdgeListNode[];
  readonly queueServers: readonly Endpoint[];
  /** The leader's node id (one of `nodes`), or null when none is known. */
  readonly leader: string | null;
}

export class EdgeListRejection extends Error {
  override readonly name = "EdgeListRejection";
  constructor(readonly detail: string) {
    super(`edge list refused: ${detail}`);
  }
}

export function edgeListFromWire(edgeList: pb.EdgeList.$Shape, cluster: string): Result<EdgeListView, EdgeListRejection> {
  const nodesWire = edgeList.nodes ?? [];
  const queueWire = edgeList.queueServers ?? [];
  if (edgeList.cluster !== cluster) return err(new EdgeListRejection(`cluster ${JSON.stringify(edgeList.cluster ?? "")}, expected ${JSON.stringify(cluster)}`));
  if (nodesWire.length > edgeListNodesMax) return err(new EdgeListRejection(`${nodesWire.length} nodes, at most ${edgeListNodesMax}`));
  if (queueWire.length === 0 || queueWire.length > edgeListQueueServersMax) {
    return err(new EdgeListRejection(`${queueWire.length} queue servers, expected 1..${edgeListQueueServersMax}`));
  }
  const nodes: EdgeListNode[] = [];
  const ids = new Set<string>();
  for (const node of nodesWire) {
    const id = node.id ?? "";
    const endpoint = endpointOf(node.address ?? "");
    if (!idPattern.test(id)) return err(new EdgeListRejection(`node id ${JSON.stringify(id)}`));
    if (ids.has(id)) return err(new EdgeListRejection(`node ${id} listed twice`));
    if (endpoint === null) return err(new EdgeListRejection(`address ${JSON.stringify(node.address ?? "")} of node ${id}`));
    ids.add(id);
    nodes.push({ id, ...endpoint });
  }
  const queueServers: Endpoint[] = [];
  for (const address of queueWire) {
    const endpoint = endpointOf(address);
    if (endpoint === null) return err(new EdgeListRejection(`queue server address ${JSON.stringify(address)}`));
    queueServers.push(endpoint);
  }
  const leaderWire = edgeList.leader ?? "";
  // The queue server builds nodes and leader from one view, so a leader outside it is a bug there.
  if (leaderWire !== "" && !ids.has(leaderWire)) return err(new EdgeListRejection(`leader ${JSON.stringify(leaderWire)} is not a listed node`));
  assert(nodes.length === nodesWire.length, "every node was checked");
  return ok({ cluster, nodes, queueServers, leader: leaderWire === "" ? null : leaderWire });
}

/** "HOST:PORT" with an IPv4 or DNS host and a port 1..65535, or null. */
export function endpointOf(address: string): Endpoint | null {
  const colon = address.lastIndexOf(":");
  if (colon <= 0) return null;
  const host = address.slice(0, colon);
  const portText = address.slice(colon + 1);
  if (!/^\d{1,5}$/.test(portText)) return null;
  const port = Number(portText);
  if (port < 1 || port > 65_535 || !hostValid(host)) return null;
  return { host, port };
}

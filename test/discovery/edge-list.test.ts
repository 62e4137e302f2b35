/**
 * What this proves about the EdgeList gateway (src/discovery/edge-list.ts): a well-formed
 * list for our cluster passes with every node, queue server and the leader parsed; each kind
 * of bad list is refused with a reason: another cluster, too many nodes, no or too many queue
 * servers, a bad or duplicate node id, a bad address (no port, port 0 or above 65535, bad
 * host), and a leader that is not a listed node. An empty leader means "none known".
 */
import { describe, expect, test } from "bun:test";
import { edgeListFromWire, edgeListNodesMax, edgeListQueueServersMax, endpointOf } from "../../src/discovery/edge-list";
import type { pb } from "../../src/wire/proto";

const good: pb.EdgeList.$Shape = {
  cluster: "c1",
  nodes: [{ id: "n1", address: "198.18.0.11:7401" }, { id: "n2", address: "node-2.lan:7401" }],
  queueServers: ["198.18.0.10:7400"],
  leader: "n2",
};

function refused(edgeList: pb.EdgeList.$Shape): string {
  const result = edgeListFromWire(edgeList, "c1");
  expect(result.ok).toBe(false);
  return result.ok ? "" : result.error.detail;
}

describe("edge list gateway", () => {
  test("a valid list passes with everything parsed", () => {
    const result = edgeListFromWire(good, "c1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes).toEqual([
      { id: "n1", host: "198.18.0.11", port: 7401 }, { id: "n2", host: "node-2.lan", port: 7401 },
    ]);
    expect(result.value.queueServers).toEqual([{ host: "198.18.0.10", port: 7400 }]);
    expect(result.value.leader).toBe("n2");
    const leaderless = edgeListFromWire({ ...good, leader: "" }, "c1");
    expect(leaderless.ok && leaderless.value.leader).toBeNull();
  });

  test("bad lists are refused with a reason", () => {
    expect(refused({ ...good, cluster: "c2" })).toContain("cluster");
    const many = Array.from({ length: edgeListNodesMax + 1 }, (_, index) => ({ id: `n${index}`, address: "10.0.0.1:1" }));
    expect(refused({ ...good, nodes: many, leader: "" })).toContain("nodes");
    expect(refused({ ...good, queueServers: [] })).toContain("queue servers");
    expect(refused({ ...good, queueServers: Array.from({ length: edgeListQueueServersMax + 1 }, () => "10.0.0.1:1") })).toContain("queue servers");
    expect(refused({ ...good, nodes: [{ id: "bad id", address: "10.0.0.1:1" }], leader: "" })).toContain("node id");
    expect(refused({ ...good, nodes: [{ id: "n1", address: "10.0.0.1:1" }, { id: "n1", address: "10.0.0.2:1" }], leader: "" })).toContain("twice");
    expect(refused({ ...good, nodes: [{ id: "n1", address: "10.0.0.1" }], leader: "" })).toContain("address");
    expect(refused({ ...good, queueServers: ["10.0.0.1:0"] })).toContain("queue server address");
    expect(refused({ ...good, leader: "n9" })).toContain("leader");
  });

  test("endpoints: HOST:PORT with a valid host and a port in 1..65535", () => {
    expect(endpointOf("127.0.0.1:7400")).toEqual({ host: "127.0.0.1", port: 7400 });
    for (const bad of ["", ":7400", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:-1", "a b:1", "1.2.3:4", "h:123456"]) {
      expect(endpointOf(bad)).toBeNull();
    }
  });
});

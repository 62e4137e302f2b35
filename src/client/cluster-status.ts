/**
 * status: what the queue server knows of the cluster (it hears from every node through their
 * steal polls), as a text table or the --json document that tests outside this repository
 * rely on:
 *   {"cluster", "leader": id|null, "term", "nodes": [{"id", "address", "role", "term", "commit",
 *    "applied", "reachable", "readsServed"}], "queues": {"leader", "nonLeader"}, "quorum"}
 * Nodes are the members of the leader's configuration (role "unreachable" when not heard from
 * lately), the nodes it removed ("removed") and nodes waiting to join ("joining"). Without a
 * leader that answered recently, `leader` is null and `quorum` false: the verb exits 3.
 */
import { ok, type Result } from "../lib/result";
import { uint64FromWire } from "../wire/codec";
import type { pb } from "../wire/proto";
import { withQueue } from "./cluster-requests";
import type { ClientError } from "./errors";
import type { ClientOptions } from "./options";
import { requestExpecting } from "./queue-session";

export interface NodeStatusView {
  readonly id: string;
  readonly address: string;
  readonly role: string;
  readonly term: number;
  readonly commit: number;
  readonly applied: number;
  readonly reachable: boolean;
  readonly readsServed: number;
}

export interface ClusterStatus {
  readonly cluster: string;
  readonly leader: string | null;
  readonly term: number;
  readonly nodes: readonly NodeStatusView[];
  readonly queues: { readonly leader: number; readonly nonLeader: number };
  /** A leader of the newest term answered the queue server recently: writes can commit. */
  readonly quorum: boolean;
}

export async function fetchStatus(options: ClientOptions): Promise<Result<ClusterStatus, ClientError>> {
  return withQueue(options, async (transport) => {
    const answer = await requestExpecting(transport, { status: {} }, ["statusResponse"], "status", options.requestTimeoutMs);
    if (!answer.ok) return answer;
    return ok(statusFromWire(answer.value.statusResponse));
  });
}

export function statusFromWire(response: pb.StatusResponse.$Shape): ClusterStatus {
  const leader = response.leader ?? "";
  return {
    cluster: response.cluster ?? "",
    leader: leader === "" ? null : leader,
    term: uint64FromWire(response.term),
    nodes: (response.nodes ?? []).map((node) => ({
      id: node.id ?? "",
      address: node.address ?? "",
      role: node.role === undefined || node.role === "" ? "unknown" : node.role,
      term: uint64FromWire(node.term),
      commit: uint64FromWire(node.commit),
      applied: uint64FromWire(node.applied),
      reachable: node.reachable === true,
      readsServed: uint64FromWire(node.readsServed),
    })),
    queues: { leader: response.leaderQueue ?? 0, nonLeader: response.nonLeaderQueue ?? 0 },
    quorum: response.quorum === true,
  };
}

/** The --json document, with its keys in the documented order. */
export function statusJson(status: ClusterStatus): Record<string, unknown> {
  return {
    cluster: status.cluster,
    leader: status.leader,
    term: status.term,
    nodes: status.nodes.map((node) => ({
      id: node.id,
      address: node.address,
      role: node.role,
      term: node.term,
      commit: node.commit,
      applied: node.applied,
      reachable: node.reachable,
      readsServed: node.readsServed,
    })),
    queues: { leader: status.queues.leader, nonLeader: status.queues.nonLeader },
    quorum: status.quorum,
  };
}

export function statusTable(status: ClusterStatus): string {
  const header = `cluster ${status.cluster}  leader ${status.leader ?? "(none)"}  term ${status.term}  queues: leader ${status.queues.leader}, non-leader ${status.queues.nonLeader}\n`;
  const rows = status.nodes.map((node) => [node.id, node.address, node.role, String(node.term), String(node.commit), String(node.applied), node.reachable ? "yes" : "no", String(node.readsServed)]);
  return header + table(["ID", "ADDRESS", "ROLE", "TERM", "COMMIT", "APPLIED", "REACHABLE", "READS"], rows);
}

/** Left-aligned columns, two spaces apart. */
export function table(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(headings), ...rows.map(line)].map((text) => `${text}\n`).join("");
}

/**
 * Keeps the Raft transport's peers in step with the configuration: every member (voter,
 * learner, outgoing voter) other than this node, at the address the address book knows. A
 * member whose address is unknown (it joined after us) is looked up in the queue server's
 * edge list, which every node's polls keep current.
 */
import type { Logger } from "../lib/logger";
import { formatHostPort, parseHostPort, type HostPort } from "../cli/host-port";
import type { EdgeListView } from "../discovery/edge-list";
import { nodeId, type ConfState, type NodeId } from "../raft/types";
import type { AddressBook } from "./address-book";
import type { PeerLink } from "./peer-link";
import type { RaftTransport } from "./raft-transport";

export const edgeListRequestTimeoutMs = 5_000;
/** Between two look-ups of unknown members, so a member that never polls costs little. */
export const lookupIntervalMs = 1_000;

export interface MembershipOptions {
  readonly self: NodeId;
  readonly book: AddressBook;
  readonly transport: RaftTransport;
  readonly queueLinks: readonly PeerLink[];
  readonly cluster: string;
  readonly logger: Logger;
}

export class Membership {
  private members: readonly NodeId[] = [];
  /** Voters and learners as last logged, so every change of either is logged once. */
  private logged = "";
  private lookingUp = false;
  private lastLookupMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: MembershipOptions) {}

  sync(conf: ConfState): void {
    const members = [...new Set([...conf.voters, ...conf.learners, ...conf.votersOutgoing])].sort();
    const shown = `${[...conf.voters].sort().join(",")}/${[...conf.learners].sort().join(",")}`;
    // A promotion changes the voters, not the members: logged too.
    if (shown !== this.logged) this.options.logger.info("membership.changed", { voters: [...conf.voters].sort(), learners: [...conf.learners].sort() });
    this.logged = shown;
    this.members = members;
    this.apply();
  }

  learnEdgeList(view: EdgeListView): void {
    this.options.book.learn(view.nodes.map((node) => [node.id, { host: node.host, port: node.port }] as const));
    this.apply();
  }

  /** Learns a member's address (the leader hears it with an add-node request). */
  learn(id: string, address: HostPort): void {
    this.options.book.learn([[id, address]]);
    this.apply();
  }

  /**
   * A Raft message came from `id`: if we cannot answer it (its address is unknown, as when a
   * joining node hears from a leader its edge list did not name), look it up.
   */
  heardFrom(id: string): void {
    if (this.options.book.address(id) === null) void this.lookUp();
  }

  /** Whether `id` is in the configuration this node holds (voter, learner or outgoing voter). */
  isMember(id: string): boolean {
    return this.members.includes(nodeId(id));
  }

  /** Whether this node holds no configuration yet (it is joining, and learns it from the leader's log). */
  get unconfigured(): boolean {
    return this.members.length === 0;
  }

  /** Members and their command addresses, this node included. */
  addresses(): Map<NodeId, string> {
    const out = new Map<NodeId, string>();
    for (const id of this.members) {
      const address = this.options.book.address(id);
      if (address !== null) out.set(id, formatHostPort(address));
    }
    return out;
  }

  /**
   * Every node with a known address is a transport peer, member or not: a joining node must
   * answer the leader before it has learned from the log that the leader is a member.
   */
  private apply(): void {
    const peers = new Map<NodeId, HostPort>();
    for (const [id, address] of this.options.book.entries()) peers.set(nodeId(id), address);
    this.options.transport.setPeers(peers);
    if (this.members.some((id) => this.options.book.address(id) === null)) void this.lookUp();
  }

  private async lookUp(): Promise<void> {
    if (this.lookingUp || performance.now() - this.lastLookupMs < lookupIntervalMs) return;
    this.lookingUp = true;
    this.lastLookupMs = performance.now();
    try {
      for (const queue of this.options.queueLinks) {
        const response = await queue.request({ edgeList: { cluster: this.options.cluster } }, edgeListRequestTimeoutMs);
        if (!response.ok || response.value.body !== "edgeList") continue;
        const learned: [string, HostPort][] = [];
        for (const node of response.value.edgeList?.nodes ?? []) {
          const address = parseHostPort(node.address ?? "");
          if (node.id !== undefined && node.id !== null && address !== null) learned.push([node.id, address]);
        }
        this.options.book.learn(learned);
        break;
      }
    } finally {
      this.lookingUp = false;
    }
    this.apply();
  }
}


/**
 * A simulated cluster: real Raft cores behind the simulator's edge (node.ts), a simulated
 * network and disks, clients, and the safety checker, all driven by virtual time in ticks.
 * One tick: due messages are delivered, each running node ticks and handles its Readies, the
 * clients act, and the safety properties are checked. Nothing here reads a clock or
 * Math.random: the Prng given to the constructor decides everything, so a seed replays exactly.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import { defaultRaftConfig, type RaftConfig } from "../../src/raft/config";
import type { ConfState, DurableState, Message, NodeId, RaftCore, Status } from "../../src/raft/types";
import { nodeId } from "../../src/raft/types";
import { SimDisk } from "./disk";
import type { KvSnapshot } from "./kv";
import { describeMessage, SimNode, type NodeHooks } from "./node";
import { SimNetwork, type Envelope } from "./network";
import type { NetworkOptions, SimOptions } from "./options";
import { SafetyChecker } from "./safety";
import { Trace } from "./trace";
import { Workload } from "./workload";

export type CreateCore = (config: RaftConfig, durable: DurableState) => RaftCore;
/** Wraps a core, e.g. in a mutant that corrupts its Readies (mutants.ts). */
export type WrapCore = (core: RaftCore, id: NodeId) => RaftCore;

export interface ClusterParts {
  readonly options: SimOptions;
  readonly prng: Prng;
  readonly createCore: CreateCore;
  readonly wrapCore?: WrapCore;
  /** Initial voters; nodes not listed start outside the configuration (membership scenarios). */
  readonly voters?: readonly NodeId[];
  readonly verbose?: boolean;
}

/** Messages one paused node buffers; beyond it they are lost, as a full socket buffer drops them. */
export const backlogMessagesMax = 10_000;

const emptyConfState: ConfState = { voters: [], learners: [], votersOutgoing: [] };

export const reliableNetwork: NetworkOptions = { dropRate: 0, duplicateRate: 0, delayTicksMin: 0, delayTicksMax: 1, lateRate: 0, lateTicksMax: 1 };

export class SimCluster {
  now = 0;
  readonly ids: NodeId[];
  readonly network: SimNetwork;
  readonly safety = new SafetyChecker();
  readonly workload: Workload;
  readonly traceLog: Trace;
  readonly options: SimOptions;
  private readonly nodes = new Map<NodeId, SimNode>();
  private readonly snapshotReports: { source: NodeId; target: NodeId; success: boolean }[] = [];
  private readonly unreachableReports: { source: NodeId; target: NodeId }[] = [];
  messagesDelivered = 0;
  private readonly pausedUntil = new Map<NodeId, number>();
  private readonly backlogs = new Map<NodeId, Envelope[]>();
  /** Nodes removed from the configuration and retired for good. */
  readonly decommissioned = new Set<NodeId>();
  /** Rejected appends delivered back to leaders: how many probes a follower's catch-up took. */
  appendRejections = 0;
  snapshotsDelivered = 0;

  constructor(parts: ClusterParts) {
    const { options, prng } = parts;
    this.options = options;
    this.traceLog = new Trace(options.traceLines, parts.verbose ?? false);
    this.ids = Array.from({ length: options.nodeCount }, (_, i) => nodeId(`n${i + 1}`));
    this.network = new SimNetwork(prng.fork(), options.network);
    this.workload = new Workload(prng.fork(), options.workload, (text) => this.trace(text));
    const initialVoters = parts.voters ?? this.ids.slice(0, options.nodeCount - options.membership.spareCount);
    const confState: ConfState = { voters: [...initialVoters], learners: [], votersOutgoing: [] };
    const slow = new Set(this.ids.slice(0, options.disk.slowNodeCount));
    const hooks = this.hooks();
    for (const id of this.ids) {
      const corePrng = prng.fork();
      const makeCore = (coreId: NodeId, durable: DurableState): RaftCore => {
        // Each incarnation gets a fresh stream, forked from the node's own: replays stay exact.
        const config: RaftConfig = { ...defaultRaftConfig(coreId, corePrng.fork()), ...options.core, testingKnobs: options.knobs };
        const core = parts.createCore(config, durable);
        return parts.wrapCore === undefined ? core : parts.wrapCore(core, coreId);
      };
      const persistMax = slow.has(id) ? options.disk.slowPersistTicksMax : options.disk.persistTicksMax;
      // A node outside the initial configuration starts with none: it learns one from the leader.
      const disk = new SimDisk(confState.voters.includes(id) ? confState : emptyConfState, persistMax);
      this.nodes.set(id, new SimNode(id, disk, hooks, makeCore, prng.fork(), options.disk.persistTicksMin, options.snapshotEntries, options.checkReadyContract));
    }
    for (const id of confState.voters) this.restart(id);
  }

  private hooks(): NodeHooks {
    return {
      trace: (text) => this.trace(text),
      send: (node, message, data) => this.send(node, message, data),
      persisted: (node, ready, previousTerm) => this.safety.onPersisted(node, ready, previousTerm),
      applied: (node, entry, command) => {
        this.safety.onApplied(node, entry);
        this.workload.onApplied(node, entry, command, this.now);
      },
      readState: (node, readState) => this.workload.onReadState(node, readState, this.now),
      replaced: (node, removed) => this.safety.onReplaced(node, removed),
      leaderReady: (node, leaderTerm, ready, removed) => this.safety.onLeaderReady(node, leaderTerm, ready, removed),
    };
  }

  trace(text: string): void {
    this.traceLog.record(this.now, text);
  }

  node(id: NodeId): SimNode {
    const node = this.nodes.get(id);
    assert(node !== undefined, `node ${id} exists`);
    return node;
  }

  get allNodes(): SimNode[] {
    return this.ids.map((id) => this.node(id));
  }

  private send(node: SimNode, message: Message, snapshotData: KvSnapshot | null): void {
    assert(message.from === node.id, "a node sends as itself");
    const outcome = this.network.send({ message, snapshotData, sentAt: this.now }, this.now);
    if (outcome !== "queued") {
      this.trace(`${outcome} ${describeMessage(message)}`);
      if (message.type === "snapshot") this.snapshotReports.push({ source: node.id, target: message.to, success: false });
      // The transport notices a link that is down (connection refused), not a lost packet.
      if (outcome === "cut") this.unreachableReports.push({ source: node.id, target: message.to });
    }
  }

  tick(): void {
    this.now += 1;
    const { delivered, lost } = this.network.deliver(this.now);
    for (const envelope of lost) {
      this.trace(`cut ${describeMessage(envelope.message)}`);
      if (envelope.message.type === "snapshot") this.snapshotReports.push({ source: envelope.message.from, target: envelope.message.to, success: false });
    }
    for (const envelope of delivered) this.deliver(envelope);
    this.deliverSnapshotReports();
    for (const node of this.nodes.values()) {
      if (!node.alive) continue;
      if (this.resumeIfDue(node)) continue;
      node.tick();
      node.processReady(this.now);
    }
    this.workload.tick(this.now, this.allNodes);
    this.safety.checkTick(this.allNodes, this.now);
    this.safety.checkConfigurations(this.allNodes);
  }

  private deliver(envelope: Envelope): void {
    const target = this.nodes.get(envelope.message.to);
    if (target === undefined || !target.alive) {
      // Addressed to a node that is down: a snapshot stream would fail, and the edge says so.
      if (envelope.message.type === "snapshot") this.snapshotReports.push({ source: envelope.message.from, target: envelope.message.to, success: false });
      return;
    }
    const backlog = this.backlogs.get(target.id);
    if (backlog !== undefined) {
      // A paused process does not read its sockets: the bytes wait in its buffers (bounded).
      if (backlog.length < backlogMessagesMax) backlog.push(envelope);
      return;
    }
    this.messagesDelivered += 1;
    if (envelope.message.type === "append-response" && envelope.message.reject) this.appendRejections += 1;
    if (envelope.message.type === "snapshot") this.snapshotsDelivered += 1;
    this.trace(describeMessage(envelope.message));
    target.receive(envelope.message, envelope.snapshotData);
    if (envelope.message.type === "snapshot") this.snapshotReports.push({ source: envelope.message.from, target: target.id, success: true });
  }

  /**
   * A paused node (a long GC pause, a stopped VM) neither ticks nor reads messages. Returns true
   * while it stays paused; when the pause ends it reads its backlog, then runs normally.
   */
  private resumeIfDue(node: SimNode): boolean {
    const until = this.pausedUntil.get(node.id);
    if (until === undefined) return false;
    if (this.now < until) return true;
    const backlog = this.backlogs.get(node.id) ?? [];
    this.pausedUntil.delete(node.id);
    this.backlogs.delete(node.id);
    this.trace(`${node.id} resumes, ${backlog.length} messages waiting`);
    for (const envelope of backlog) this.deliver(envelope);
    return false;
  }

  pause(id: NodeId, ticks: number): void {
    assert(ticks > 0, "a pause lasts at least a tick");
    if (this.pausedUntil.has(id) || !this.node(id).alive) return;
    this.pausedUntil.set(id, this.now + ticks);
    this.backlogs.set(id, []);
    this.trace(`${id} paused for ${ticks} ticks`);
  }

  /** The edge tells a leader how streaming a snapshot went, or that a peer is unreachable, between its turns (never inside one). */
  private deliverSnapshotReports(): void {
    for (const report of this.snapshotReports.splice(0)) {
      const source = this.node(report.source);
      if (source.core === null) continue;
      source.core.reportSnapshot(report.target, report.success);
    }
    for (const report of this.unreachableReports.splice(0)) this.node(report.source).core?.reportUnreachable(report.target);
  }

  runTicks(count: number): void {
    for (let i = 0; i < count; i += 1) this.tick();
  }

  /** Ticks until `predicate` holds; false if it still does not after `ticksMax`. */
  runUntil(predicate: () => boolean, ticksMax: number): boolean {
    for (let i = 0; i < ticksMax; i += 1) {
      if (predicate()) return true;
      this.tick();
    }
    return predicate();
  }

  crash(id: NodeId, torn = false): void {
    this.node(id).crash(torn);
    // A crash loses whatever a paused process had not read yet.
    this.pausedUntil.delete(id);
    this.backlogs.delete(id);
  }

  /** Ends every pause at once (healing); the backlogs are read on the next tick. */
  resumeAll(): void {
    for (const id of this.pausedUntil.keys()) this.pausedUntil.set(id, this.now);
  }

  restart(id: NodeId): void {
    if (this.decommissioned.has(id)) return; // retired for good
    const node = this.node(id);
    node.start();
    this.safety.onRestart(node);
  }

  /** Stops a node removed from the configuration; it is never restarted. */
  decommission(id: NodeId): void {
    const node = this.node(id);
    if (node.alive) node.crash();
    this.decommissioned.add(id);
    this.trace(`decommission ${id}`);
  }

  isolate(id: NodeId): void {
    this.network.isolate(id);
    this.trace(`isolate ${id}`);
  }

  reconnect(id: NodeId): void {
    this.network.reconnect(id);
    this.trace(`reconnect ${id}`);
  }

  partition(groups: readonly (readonly NodeId[])[]): void {
    this.network.partition(groups);
    this.trace(`partition ${groups.map((group) => group.join(",")).join(" | ")}`);
  }

  healNetwork(): void {
    this.network.healLinks();
    this.trace("heal network");
  }

  setNetwork(options: NetworkOptions): void {
    this.network.options = { ...options };
  }

  statuses(): Status[] {
    return this.allNodes.filter((node) => node.alive).map((node) => node.running().status());
  }

  /** The running leader with the highest term, or null. */
  leaderId(): NodeId | null {
    let best: Status | null = null;
    for (const status of this.statuses()) {
      if (status.role === "leader" && (best === null || status.term > best.term)) best = status;
    }
    return best?.id ?? null;
  }

  /** Leaders of the highest term any running node has reached: exactly one once stable. */
  leadersOfTerm(): NodeId[] {
    const statuses = this.statuses();
    const termMax = Math.max(0, ...statuses.map((status) => status.term));
    return statuses.filter((status) => status.role === "leader" && status.term === termMax).map((status) => status.id);
  }

  /** How many running nodes have applied `index`, and the entry they agree on (null: none). */
  appliedCount(index: number): number {
    return this.allNodes.filter((node) => node.alive && node.applied >= index).length;
  }

  /**
   * Null once the cluster has converged: one leader that every running voter follows, whose
   * log ends in an entry of its term, committed and applied everywhere with equal state.
   * Otherwise, the reason it has not.
   */
  convergence(): string | null {
    const live = this.allNodes.filter((node) => node.alive);
    const leaderId = this.leaderId();
    if (leaderId === null) return "no leader";
    const leader = this.node(leaderId).running().status();
    if (leader.lastIndex !== leader.commit) return `leader ${leaderId} has uncommitted entries (commit ${leader.commit}, last ${leader.lastIndex})`;
    const lastTerm = this.node(leaderId).disk.termAt(leader.lastIndex);
    if (lastTerm !== leader.term) return `leader ${leaderId} has not yet committed an entry of its term ${leader.term}`;
    const members = new Set([...leader.confState.voters, ...leader.confState.learners]);
    for (const node of live) {
      if (!members.has(node.id)) continue;
      const status = node.running().status();
      if (status.term !== leader.term || status.leader !== leaderId) return `${node.id} is at term ${status.term} following ${status.leader ?? "nobody"}`;
      if (node.applied !== leader.lastIndex) return `${node.id} applied ${node.applied} of ${leader.lastIndex}`;
    }
    const digests = new Set(live.filter((node) => members.has(node.id)).map((node) => node.kv.digest()));
    if (digests.size !== 1) return "state machines differ";
    return null;
  }
}

/**
 * A simulated cluster of real edges (real-node.ts): the production driver loop, applier,
 * transport and receive path on virtual time, over MemoryStorage with slow fsyncs and crashes,
 * joined by the simulator's network, with the same nemesis, safety checks and linearizability
 * checker as the model edge (cluster.ts). One tick: due messages go through each target's
 * receive path; each running, unpaused node's clock moves one tick (its loop ticks its core
 * and handles Readies); every continuation that can run does (virtual-clock.ts, settle); the
 * clients act; safety is checked. Only the Prng given to the constructor chooses anything.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { RaftLoopTestingKnobs } from "../../src/node/raft-loop";
import type { RaftLink } from "../../src/node/raft-transport";
import { defaultRaftConfig, type RaftConfig } from "../../src/raft/config";
import { createRaft } from "../../src/raft/raft";
import type { ConfState, DurableState, NodeId, RaftCore, Status } from "../../src/raft/types";
import { nodeId } from "../../src/raft/types";
import { err, ok } from "../../src/lib/result";
import { ChannelError } from "../../src/net/channel-error";
import { decodeMessage, encodeMessage, type EncodedMessage } from "../../src/wire/codec";
import type { pb } from "../../src/wire/proto";
import type { WrapCore } from "./cluster";

import { SimNetwork } from "./network";
import { describeMessage } from "./node";
import type { NetworkOptions, SimOptions } from "./options";
import { RealNode, tickMs } from "./real-node";
import type { RealPlants } from "./real-plants";
import { RealWorkload } from "./real-workload";
import { SafetyChecker } from "./safety";
import { Trace } from "./trace";
import { settle } from "./virtual-clock";
import { SimViolation } from "./violation";

/** Rounds of "fire due timers, run what became ready" per tick; more means a timer loop with no delay. */
export const settleRoundsMax = 64;
const emptyConfState: ConfState = { voters: [], learners: [], votersOutgoing: [] };

/** Messages one paused node buffers; beyond it they are lost. */
export const backlogMessagesMax = 10_000;

/**
 * One Raft message, or every piece of one snapshot stream (delivered, lost or cut as a whole, as
 * a connection is), encoded by the wire codec as a frame's body would be: the protobuf envelope
 * and the payload segments after it (chunk bytes, snapshot data), checked against their
 * SHA-256 when decoded on arrival.
 */
interface WireEnvelope {
  /** The header the network routes by; `entries` counts the log entries carried (scripts drop appends by it). */
  readonly message: { readonly from: NodeId; readonly to: NodeId; readonly entries: number };
  readonly frames: readonly EncodedMessage[];
  readonly sentAt: number;
}

/** Pieces one snapshot stream holds before it is sent. */
export const streamPiecesMax = 10_000;

export interface RealClusterParts {
  readonly options: SimOptions;
  readonly prng: Prng;
  readonly wrapCore?: WrapCore;
  readonly loopKnobs?: RaftLoopTestingKnobs;
  readonly plants?: RealPlants;
  readonly verbose?: boolean;
}

export class RealCluster {
  now = 0;
  readonly ids: NodeId[];
  readonly network: SimNetwork<WireEnvelope>;
  readonly safety = new SafetyChecker();
  readonly workload: RealWorkload;
  readonly traceLog: Trace;
  readonly options: SimOptions;
  readonly decommissioned = new Set<NodeId>();
  private readonly nodes = new Map<NodeId, RealNode>();
  private readonly pausedUntil = new Map<NodeId, number>();
  private readonly backlogs = new Map<NodeId, WireEnvelope[]>();
  messagesDelivered = 0;
  /** Snapshots followers installed from a leader's stream. */
  snapshotsInstalled = 0;

  constructor(parts: RealClusterParts) {
    const { options, prng } = parts;
    this.options = options;
    this.traceLog = new Trace(options.traceLines, parts.verbose ?? false);
    this.ids = Array.from({ length: options.nodeCount }, (_, i) => nodeId(`n${i + 1}`));
    this.network = new SimNetwork<WireEnvelope>(prng.fork(), options.network);
    this.workload = new RealWorkload(prng.fork(), options.workload, tickMs, () => this.now, (text) => this.trace(text), parts.plants);
    const voters = this.ids.slice(0, options.nodeCount - options.membership.spareCount);
    const confState: ConfState = { voters: [...voters], learners: [], votersOutgoing: [] };
    const slow = new Set(this.ids.slice(0, options.disk.slowNodeCount));
    for (const id of this.ids) {
      const corePrng = prng.fork();
      const diskPrng = prng.fork();
      const persistMax = slow.has(id) ? options.disk.slowPersistTicksMax : options.disk.persistTicksMax;
      const makeCore = (coreId: NodeId, durable: DurableState): RaftCore => {
        const config: RaftConfig = { ...defaultRaftConfig(coreId, corePrng.fork()), ...options.core, testingKnobs: options.knobs };
        const core = createRaft(config, durable);
        return parts.wrapCore === undefined ? core : parts.wrapCore(core, coreId);
      };
      // A spare starts outside the configuration, with none: it learns one from the leader once added.
      this.nodes.set(id, new RealNode(id, voters.includes(id) ? confState : emptyConfState, {
        tickMs, makeCore, prng: diskPrng, peers: this.ids, loopKnobs: parts.loopKnobs ?? {}, plants: parts.plants ?? {}, checkContract: options.checkReadyContract,
        fsyncMs: () => tickMs * diskPrng.intBetween(options.disk.persistTicksMin, Math.max(options.disk.persistTicksMin, persistMax)),
        link: (node, peer) => this.link(node, peer),
        snapshotLink: (node, peer) => this.snapshotLink(node, peer),
        compactEveryEntries: options.snapshotEntries,
        storageHooks: (node) => ({
          persisted: (write, previousTerm, removed) => {
            this.safety.onPersisted(node, write, previousTerm);
            this.safety.onReplaced(node, removed);
          },
          replaced: (removed) => {
            this.snapshotsInstalled += 1;
            this.safety.onReplaced(node, removed);
          },
          applied: (entries) => {
            for (const entry of entries) this.safety.onApplied(node, entry);
          },
          trace: (text) => this.trace(text),
          failed: (error) => node.fail(error),
        }),
        trace: (text) => this.trace(text),
        onMessage: (_node, message) => this.trace(describeMessage(message)),
      }));
    }
    for (const id of voters) this.restart(id);
  }

  trace(text: string): void {
    this.traceLog.record(this.now, text);
  }

  node(id: NodeId): RealNode {
    const node = this.nodes.get(id);
    assert(node !== undefined, `node ${id} exists`);
    return node;
  }

  get allNodes(): RealNode[] {
    return this.ids.map((id) => this.node(id));
  }

  /** The fake link at PeerLink.send: the envelope enters the network instead of a socket. */
  private link(node: RealNode, peer: NodeId): RaftLink {
    const incarnation = node.incarnation;
    return {
      connected: true,
      close: () => undefined,
      send: async (shape) => {
        // A dead incarnation's pump never runs again (its storage and clock are gone); be sure.
        assert(node.alive && node.incarnation === incarnation, `${node.id} #${incarnation} sends after its crash`);
        const wire = shape.raft;
        assert(wire !== null && wire !== undefined, "the transport sends Raft messages");
        const outcome = this.network.send({ message: { from: node.id, to: peer, entries: wire.entries?.length ?? 0 }, frames: [encodeMessage(shape)], sentAt: this.now }, this.now);
        if (outcome !== "queued") this.trace(`${outcome} ${node.id}->${peer}`);
        return ok(undefined);
      },
    };
  }

  /**
   * A snapshot stream's own connection: its pieces are gathered and sent as one envelope when
   * the last one is written, so they arrive in order or not at all. A cut link fails the stream
   * (connection refused), which the leader's core is told; a loss it learns from the follower.
   */
  private snapshotLink(node: RealNode, peer: NodeId): Pick<RaftLink, "send" | "close"> {
    const pieces: EncodedMessage[] = [];
    return {
      close: () => undefined,
      send: async (shape) => {
        const wire = shape.raft;
        assert(wire !== null && wire !== undefined, "a snapshot stream carries Raft messages");
        assert(pieces.length < streamPiecesMax, "a snapshot stream is bounded");
        pieces.push(encodeMessage(shape));
        if (wire.snapshotDone !== true) return ok(undefined);
        if (!node.alive) return err(new ChannelError("closed", `${node.id} is down`));
        const outcome = this.network.send({ message: { from: node.id, to: peer, entries: 0 }, frames: pieces, sentAt: this.now }, this.now);
        this.trace(`${node.id}->${peer} snapshot stream of ${pieces.length} pieces: ${outcome}`);
        return outcome === "cut" ? err(new ChannelError("connect-failed", `${peer} unreachable`)) : ok(undefined);
      },
    };
  }

  async tick(): Promise<void> {
    this.now += 1;
    const { delivered, lost } = this.network.deliver(this.now);
    for (const envelope of lost) this.trace(`cut ${envelope.message.from}->${envelope.message.to}`);
    for (const envelope of delivered) this.deliver(envelope);
    for (const node of this.allNodes) {
      if (!node.alive || this.resumeIfDue(node)) continue;
      node.clock?.advanceTo(this.now * tickMs);
    }
    await this.settle();
    this.workload.tick(this.allNodes);
    await this.settle();
    this.safety.checkTick(this.allNodes, this.now);
    this.safety.checkConfigurations(this.allNodes);
  }

  /** Runs every continuation that can run, and timers that became due meanwhile, until all wait. */
  async settle(): Promise<void> {
    for (let round = 0; round < settleRoundsMax; round += 1) {
      await settle();
      this.throwFailures();
      let fired = 0;
      for (const node of this.allNodes) if (node.alive && !this.pausedUntil.has(node.id)) fired += node.clock?.advanceTo(this.now * tickMs) ?? 0;
      if (fired === 0) return;
    }
    throw new SimViolation("core-assertion", `timers still due after ${settleRoundsMax} rounds at tick ${this.now}`);
  }

  async runTicks(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) await this.tick();
  }

  /** Ticks until `predicate` holds; false if it still does not after `ticksMax`. */
  async runUntil(predicate: () => boolean, ticksMax: number): Promise<boolean> {
    for (let i = 0; i < ticksMax; i += 1) {
      if (predicate()) return true;
      await this.tick();
    }
    return predicate();
  }

  private throwFailures(): void {
    for (const node of this.allNodes) {
      const failure = node.failure;
      if (failure === null) continue;
      if (failure instanceof SimViolation) throw failure;
      const detail = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
      throw new SimViolation("core-assertion", `${node.id} edge threw ${detail}`);
    }
  }

  private deliver(envelope: WireEnvelope): void {
    const target = this.nodes.get(envelope.message.to);
    if (target === undefined || !target.alive) return;
    const backlog = this.backlogs.get(target.id);
    if (backlog !== undefined) {
      if (backlog.length < backlogMessagesMax) backlog.push(envelope);
      return;
    }
    this.messagesDelivered += 1;
    const wires: pb.RaftMessage.$Shape[] = [];
    for (const frame of envelope.frames) {
      const decoded = decodeMessage(frame.envelope, frame.segments);
      if (!decoded.ok || decoded.value.raft === null || decoded.value.raft === undefined) {
        target.fail(new SimViolation("core-assertion", `${target.id} cannot decode a frame from ${envelope.message.from}: ${decoded.ok ? "no raft body" : decoded.error.message}`));
        return;
      }
      wires.push(decoded.value.raft);
    }
    target.receive(wires, envelope.message.from);
  }

  private resumeIfDue(node: RealNode): boolean {
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

  resumeAll(): void {
    for (const id of this.pausedUntil.keys()) this.pausedUntil.set(id, this.now);
  }

  crash(id: NodeId, torn = false): void {
    this.node(id).crash(torn);
    this.pausedUntil.delete(id);
    this.backlogs.delete(id);
  }

  restart(id: NodeId): void {
    if (this.decommissioned.has(id)) return;
    const node = this.node(id);
    node.start(this.now * tickMs);
    this.safety.onRestart(node);
  }

  /** Stops a node removed from the configuration; it is never restarted. */
  decommission(id: NodeId): void {
    const node = this.node(id);
    if (node.alive) this.crash(id);
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

  leaderId(): NodeId | null {
    let best: Status | null = null;
    for (const status of this.statuses()) if (status.role === "leader" && (best === null || status.term > best.term)) best = status;
    return best?.id ?? null;
  }

  /** Null once one leader leads every running member, its log committed and applied everywhere, with equal files. */
  convergence(): string | null {
    const live = this.allNodes.filter((node) => node.alive);
    const leaderId = this.leaderId();
    if (leaderId === null) return "no leader";
    const leader = this.node(leaderId).running().status();
    if (leader.lastIndex !== leader.commit) return `leader ${leaderId} has uncommitted entries (commit ${leader.commit}, last ${leader.lastIndex})`;
    if (this.node(leaderId).disk.termAt(leader.lastIndex) !== leader.term) return `leader ${leaderId} has not yet committed an entry of its term ${leader.term}`;
    const members = new Set([...leader.confState.voters, ...leader.confState.learners]);
    const converging = live.filter((node) => members.has(node.id));
    for (const node of converging) {
      const status = node.running().status();
      if (status.term !== leader.term || status.leader !== leaderId) return `${node.id} is at term ${status.term} following ${status.leader ?? "nobody"}`;
      if (node.runningLoop().applied !== leader.lastIndex) return `${node.id} applied ${node.runningLoop().applied} of ${leader.lastIndex}`;
    }
    const digests = new Set(converging.map((node) => filesDigest(node)));
    if (digests.size !== 1) return "state machines differ";
    return null;
  }
}


function filesDigest(node: RealNode): string {
  return [...node.state.files.values()].map((record) => `${record.name}=${record.createdMs}@${record.version}`).sort().join(",");
}

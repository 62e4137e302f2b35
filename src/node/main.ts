/**
 * The node role: opens this node's storage, restarts the Raft core from what is durable, and
 * wires the driver loop to the network (peers and clients on the command port) and to the
 * queue servers (work stealing). Membership is static (--peers) or found by discovery; the
 * addresses of members learned either way are kept in the address book.
 */
import { BackupServer } from "./backup-server";
import { restoreNode } from "./restore";
import { acceptorSecrets, memberCredential, queueMemberId, tlsMaterial } from "../cli/credentials";
import { ExitError, exitCodes, type ExitCode } from "../cli/errors";
import type { DialIdentity } from "../net/channel";
import { formatHostPort, parseHostPort, type HostPort } from "../cli/host-port";
import type { RoleContext } from "../cli/run";
import { waitForSignal } from "../cli/signals";
import { monotonicClock } from "../lib/clock";
import { Prng } from "../lib/prng";
import { advertisedHost } from "../net/advertised-address";
import { defaultRaftConfig, type RaftConfig } from "../raft/config";
import type { RaftTiming } from "../raft/timing";
import { createRaft } from "../raft/raft";
import { nodeId, type Message, type NodeId, type Status } from "../raft/types";
import { StorageOpenError } from "../storage/errors";
import { openStorage } from "../storage/open";
import type { Storage, StoredDurableState } from "../storage/storage";
import { RegistryError } from "../registry/errors";
import { openRegistry } from "../registry/open";
import { redactRegistrySpec } from "../registry/spec";
import type { Registry } from "../registry/registry";
import { join } from "node:path";
import { defined } from "../lib/assert";
import { AddressBook } from "./address-book";
import { FileStagingStore, installStaged, SnapshotStaging, streamSnapshot } from "./snapshot-transfer";
import { GlobalPresence } from "./global-presence";
import { discoverCluster, EdgeListInbox, foundOrJoin } from "./join";
import type { DiscoveryClient } from "../discovery/discovery-client";
import type { Config } from "../cli/config";
import { Membership } from "./membership";
import { startNodeServer } from "./node-server";
import { ChunkRepair } from "./chunk-repair";
import { peerChunkFetcher } from "./chunk-fetch";
import { ChunkScrub } from "./chunk-scrub";
import { ChunkMemory } from "./chunk-memory";
import { PeerLink } from "./peer-link";
import { linkHeartbeatFor } from "./link-heartbeat";
import { RaftLoop } from "./raft-loop";
import { RemovalWatch } from "./removal";
import { ClaimWatch } from "./claim-watch";
import { RaftTransport } from "./raft-transport";
import { handleWork, uploadPullsMax, type WorkContext } from "./work-handlers";
import { ChunkBudget, chunkBudgetBytesDefault } from "./chunk-budget";
import { startNodeDoor } from "../http/node-door";
import type { Server } from "../net/channel";
import { WorkStealer, workConcurrencyMax } from "./work-stealer";

/**
 * Entry bytes per append as the core counts them: chunk entries hold only a digest (~150 B)
 * but travel with their chunk, so this bounds one append to a few dozen chunks.
 */
export const entryBytesPerAppendMaxNode = 4 << 10;

/** The core's configuration on a node: the operator's clock (--tick-ms, --election-ticks, --heartbeat-ticks). */
export function nodeRaftConfig(self: NodeId, prng: Prng, timing: RaftTiming): RaftConfig {
  return {
    ...defaultRaftConfig(self, prng), entryBytesPerAppendMax: entryBytesPerAppendMaxNode,
    electionTicks: timing.electionTicks, heartbeatTicks: timing.heartbeatTicks,
  };
}

/** Chunks no file and no live log entry references are reclaimed this often. */
export const chunkSweepIntervalMs = 60_000;
/** On the way out, work in hand gets this long to be answered. */
export const stealerDrainMs = 2_000;
/** How often the node checks whether the queue servers should hear its applied index or read readiness (role changes go at once). */
export const statusRepollMs = 250;

export async function runNode(context: RoleContext): Promise<ExitCode> {
  const { config, logger } = context;
  const restore = context.args.options.restore;
  if (typeof restore === "string") {
    // Offline: fill the empty storage from a backup and exit (src/node/restore.ts).
    const restoring = await open(context);
    try {
      return await restoreNode(context, restoring, restore);
    } finally {
      await restoring.close();
    }
  }
  const self = nodeId(config.id);
  let loop: RaftLoop | null = null;
  let server: Server | null = null;
  // First, so a port already taken stops the node before anything else holds the process open.
  const door = config.httpListen === null ? null
    : startNodeDoor({ listen: config.httpListen, logger, self: config.id, loop: () => loop, connections: () => server?.connectionCount ?? 0, tls: tlsMaterial(config) });
  const storage = await open(context);
  const durable = await storage.loadDurableState();
  const book = AddressBook.load(config.dataDir);
  const registry = await openGlobalRegistry(context);
  const advertised: HostPort = { host: advertisedHost(config.listen.host), port: config.listen.port };
  if (config.peers !== null) book.learn(config.peers, config.queue);
  book.learn([[config.id, advertised]]);
  let membership: Membership | null = null;
  let repair: ChunkRepair | null = null;
  const edgeLists = new EdgeListInbox(config.cluster, logger);
  const staging = new SnapshotStaging(new FileStagingStore(join(config.dataDir, "snapshot-incoming")));
  const backups = new BackupServer(storage, config.frameBytesMax, logger);
  const identity: DialIdentity = { cluster: config.cluster, credential: memberCredential(config), tls: tlsMaterial(config) };
  server = startNodeServer({
    hostname: config.listen.host, port: config.listen.port, frameBytesMax: config.frameBytesMax,
    secrets: acceptorSecrets(config, logger), tls: identity.tls, storage, chunkBytes: config.chunkSize, logger, staging, backups,
    deliver: (message) => {
      membership?.heardFrom(message.from);
      return loop?.deliver(message) ?? false;
    },
    acceptsRaft: (message) => membership === null || loop === null || raftAdmitted(message, membership, loop),
    onEdgeList: (wire) => edgeLists.offer(wire),
    onBadChunk: (digest, source) => void repair?.repair(digest, source),
  });
  let start: Awaited<ReturnType<typeof initialMembers>>;
  try {
    start = await initialMembers(context, durable, book, advertised, edgeLists);
  } catch (error: unknown) {
    // Refused to found, or no queue server answered: release what keeps the process alive.
    server.stop();
    await registry.close();
    await storage.close();
    throw error;
  }
  const initialVoters = start.voters;
  let joining = start.joining;
  const queues = queuesOf(config, book);
  const applied = await storage.appliedIndex();
  // The state machine is durable up to `applied` (applied together with its index in one
  // transaction, never past the durable commit): the core need not hand those entries out again.
  const core = createRaft(nodeRaftConfig(self, new Prng(seedFrom(config.id)), config.raftTiming), {
    ...durable, applied, initialConfState: { voters: initialVoters, learners: [], votersOutgoing: [] },
  });
  // Peers answer a ping at once; a queue server an edge-list request (its ping is the global ping).
  const linkHeartbeat = linkHeartbeatFor(config.raftTiming);
  const link = (address: HostPort, expectedPeerId: string): PeerLink => new PeerLink({
    address, identity, expectedPeerId, frameBytesMax: config.frameBytesMax, logger, heartbeat: { ...linkHeartbeat, probe: { ping: {} } },
  });
  const queueLinks = queues.map((address) => new PeerLink({
    address, identity, expectedPeerId: queueMemberId, frameBytesMax: config.frameBytesMax, logger, heartbeat: { ...linkHeartbeat, probe: { edgeList: { cluster: config.cluster } } },
  }));
  const chunkMemory = new ChunkMemory();
  const claims = new ClaimWatch(core.status());
  let stealer: StealerHandle | null = null;
  const transport = new RaftTransport({
    self, storage, frameBytesMax: config.frameBytesMax, logger, linkFor: (peer, address) => link(address, peer), chunkMemory,
    onSnapshot: (message, address) => void streamSnapshot(message, link(address, message.to), () => loop, { storage, frameBytesMax: config.frameBytesMax, logger }),
    onBadChunk: (digest) => void repair?.repair(digest, "replication"),
  });
  const members = new Membership({ self, book, transport, queueLinks, cluster: config.cluster, logger });
  const removal = new RemovalWatch(self);
  membership = members;
  const chunkFetcher = peerChunkFetcher(() => members.addresses(), link);
  repair = new ChunkRepair({ self, storage, logger, peers: () => [...members.addresses().keys()], fetch: chunkFetcher.fetch });
  const scrub = config.scrubBytesPerSecond === 0 ? null : new ChunkScrub({ storage, repair, logger, bytesPerSecond: config.scrubBytesPerSecond });
  edgeLists.onLater = (view) => members.learnEdgeList(view);
  loop = new RaftLoop({
    core, storage, logger, tickMs: config.raftTiming.tickMs, clock: monotonicClock, send: (messages) => transport.send(messages),
    onAdvanced: (advanced) => {
      const status = advanced.status();
      const { confState: conf, role } = status;
      // A new leader, or one that stepped down, tells its queue servers now (claim-watch.ts).
      if (claims.observe(status)) stealer?.claimChanged();
      members.sync(conf);
      removal.observe(conf, role);
      // Added at last: stop asking to be.
      if (joining !== null && [...conf.voters, ...conf.learners].includes(self)) {
        logger.info("node.joined", { voters: conf.voters, learners: conf.learners });
        joining.stop();
        joining = null;
      }
    },
    // An added member's address travels in its entry: every node can answer it at once (a vote
    // it asks for right after a promotion, say) without waiting for the queue's edge list.
    onConfChange: (change) => {
      const address = "address" in change && change.address !== undefined ? parseHostPort(change.address) : null;
      if (address !== null && change.node !== self) members.learn(change.node, address);
    },
    compactEveryEntries: config.snapshotEntries,
    installSnapshot: async (ready) => {
      const { meta } = defined(ready.snapshot, "snapshot");
      await installStaged(meta, storage, staging);
      logger.info("snapshot.installed", { index: meta.index });
    },
  }, applied);
  members.sync(core.status().confState);
  const presence = new GlobalPresence({
    registry, cluster: config.cluster, self: config.id, identity, logger,
    queues: () => queues.map(formatHostPort), members: () => members.addresses(),
  });
  const work: WorkContext = { self, storage, loop, logger, members: () => members.addresses(), membership: members, presence, now: () => Date.now(), chunkMemory,
    // Every pull a node may have out can wait for its grant: uploadPullsMax per running write,
    // and a node runs up to workConcurrencyMax items, plus (briefly, on a repoll) one per queue
    // server, of which there are at most workConcurrencyMax (work-stealer.ts).
    chunkBudget: new ChunkBudget(chunkBudgetBytesDefault, 2 * workConcurrencyMax * uploadPullsMax), readsServed: 0,
  };
  // Reads only while a leader is heard and can be answered: a node cut off from it (or whose link
  // to it is still being dialled after a cut) would hold them to their deadline.
  const takesReads = (): boolean => {
    const leader = loop?.softState.leader ?? null;
    return loop !== null && loop.hearsLeader && leader !== null && (leader === self || transport.connected(leader));
  };
  stealer = startStealer(context, loop, work, { links: queueLinks, advertised, membership: members, claims, takesReads, onRemoved: (reason) => removal.report(reason) });
  logger.info("node.started", { id: config.id, listen: formatHostPort(config.listen), advertised: formatHostPort(advertised), voters: initialVoters, dataDir: config.dataDir, raftTiming: config.raftTiming });
  const sweeper = setInterval(() => void sweep(storage, context), chunkSweepIntervalMs);
  const running = loop.run();
  scrub?.start();
  const ended = await Promise.race([waitForSignal().then(() => null), running.then(() => null), removal.removed]);
  if (ended !== null) logger.error("node.removed", { reason: `${config.id} was removed from cluster ${config.cluster}: ${ended}; it stops (to add this host again, start it with an empty --data-dir)` });
  else logger.info("node.stopping", {});
  clearInterval(sweeper);
  await scrub?.stop();
  joining?.stop();
  // Answers in hand still reach the queue server (the remove-node that removed us, say).
  await stealer.drain(stealerDrainMs);
  loop.stop();
  await running;
  await presence.close();
  server.stop();
  door?.stop();
  transport.close();
  chunkFetcher.close();
  for (const queue of queueLinks) queue.close();
  await backups.close();
  await storage.close();
  return ended === null ? exitCodes.ok : exitCodes.failed;
}

/**
 * The configuration a brand-new node starts from: --peers; or, found by discovery, itself
 * alone when --bootstrap founds the cluster, else nothing (it learns the configuration from
 * the leader's log once added; `joining` keeps asking until then). A node with durable state
 * takes its configuration from the log.
 */
async function initialMembers(context: RoleContext, durable: StoredDurableState, book: AddressBook, advertised: HostPort, inbox: EdgeListInbox): Promise<{ voters: NodeId[]; joining: DiscoveryClient | null }> {
  const { config, logger } = context;
  // --join: a node added to a running static cluster (gossamer member add) starts in no
  // configuration and learns it from the leader, as a discovered node does.
  if (config.peers !== null) return { voters: config.join ? [] : [...config.peers.keys()].map(nodeId), joining: null };
  const fresh = durable.hardState.term === 0 && durable.entries.length === 0 && durable.snapshot === null;
  if (!fresh) {
    logger.info("node.rejoining", { members: book.entries().map(([id]) => id), bootstrapIgnored: config.bootstrap });
    return { voters: [], joining: null };
  }
  const { view, client } = await discoverCluster(config, advertised, inbox, logger);
  book.learn(view.nodes.map((node) => [node.id, { host: node.host, port: node.port }] as const), view.queueServers);
  let decision: "found" | "join";
  try {
    decision = foundOrJoin(config, view);
  } catch (error: unknown) {
    client.stop();
    throw error;
  }
  const nodes = view.nodes.map((node) => node.id);
  if (decision === "found") {
    client.stop();
    logger.info("node.founding", { nodes });
    return { voters: [nodeId(config.id)], joining: null };
  }
  if (nodes.length === 0) logger.info("node.waiting", { reason: "the queue server knows no member yet: waiting to be added by a leader (a new cluster is founded by one node started with --bootstrap)" });
  else logger.info("node.joining", { nodes });
  return { voters: [], joining: client };
}

/** The queue servers a node polls: those --queue names, and those discovery named (by default, only those). */
function queuesOf(config: Config, book: AddressBook): HostPort[] {
  const discovered = config.peers === null ? book.queues() : [];
  const chosen = config.queueGiven || discovered.length === 0 ? [...config.queue, ...discovered] : [...discovered];
  const seen = new Set<string>();
  return chosen.filter((address) => {
    const key = formatHostPort(address);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface StealerParts {
  readonly links: PeerLink[];
  readonly advertised: HostPort;
  readonly membership: Membership;
  readonly claims: ClaimWatch;
  readonly takesReads: () => boolean;
  readonly onRemoved: (reason: string) => void;
}

interface StealerHandle {
  /** The node's leader claim changed: every queue server hears it now, with a new poll. */
  claimChanged(): void;
  drain(timeoutMs: number): Promise<void>;
}

function startStealer(context: RoleContext, loop: RaftLoop, work: WorkContext, parts: StealerParts): StealerHandle {
  const { config, logger } = context;
  const { links, advertised, membership, claims, takesReads, onRemoved } = parts;
  const stealer = new WorkStealer({
    links, logger, onRemoved,
    handle: (item, queue) => handleWork(work, item, queue),
    stealRequest: () => {
      // The configuration and the applied index come from one status: the queue server compares
      // configurations by their position in the log (src/queue/cluster-view.ts).
      const status = claims.latest;
      return Promise.resolve({
        nodeId: config.id, address: formatHostPort(advertised), leader: status.role === "leader", term: status.term,
        role: roleOf(config.id, status), commit: status.commit, applied: status.applied, readsServed: work.readsServed,
        leaderHint: status.leader ?? "", members: [...membership.addresses()].map(([id, address]) => ({ id, address })),
        voters: [...status.confState.voters], learners: [...status.confState.learners],
        takesReads: takesReads() && status.confState.voters.includes(nodeId(config.id)),
      });
    },
  });
  // Role changes are pushed at once (claimChanged). This watch keeps the rest of what a poll
  // reports fresh for `status` and for who takes reads: the applied index and whether a leader
  // is heard (at most ~4 polls/s).
  let reported = "";
  const watch = setInterval(() => {
    const now = `${takesReads()}:${loop.applied}`;
    if (now !== reported) stealer.repoll();
    work.presence.leading(loop.softState.role === "leader");
    reported = now;
  }, statusRepollMs);
  stealer.start();
  return {
    claimChanged: () => {
      stealer.repoll();
      work.presence.leading(claims.latest.role === "leader");
    },
    drain: async (timeoutMs) => {
      clearInterval(watch);
      await stealer.drain(timeoutMs);
    },
  };
}

async function sweep(storage: Storage, context: RoleContext): Promise<void> {
  try {
    const result = await storage.sweepChunks();
    if (result.removed > 0) context.logger.info("chunks.swept", { removed: result.removed, kept: result.kept });
  } catch (error: unknown) {
    // A storage failure stops this node taking part (STYLE §4): crash, restart from disk.
    context.logger.error("chunks.sweep-failed", { error });
    process.exit(70);
  }
}

/**
 * Raft messages from members of the configuration we hold always reach the core. From anyone
 * else (a removed node, say, still holding the cluster secret) nothing does — its votes and
 * terms must not disturb the cluster — except a leader's traffic while we follow no leader:
 * a node that was away while the membership changed holds an old configuration, and must
 * still hear the leader that the new one elected in order to catch up.
 */
function raftAdmitted(message: Message, membership: Membership, loop: RaftLoop): boolean {
  if (membership.unconfigured || membership.isMember(message.from)) return true;
  const leaderTraffic = message.type === "append" || message.type === "heartbeat" || message.type === "snapshot";
  return leaderTraffic && loop.softState.leader === null;
}

/** The role `status` shows: Raft's, or what the configuration makes of this node. */
function roleOf(id: string, status: Status | null): string {
  if (status === null) return "unknown";
  const { voters, learners, votersOutgoing } = status.confState;
  if (learners.includes(nodeId(id))) return "learner";
  if (!voters.includes(nodeId(id)) && !votersOutgoing.includes(nodeId(id))) return "non-member";
  return status.role;
}

/** The core took a snapshot from the leader: its bytes, staged on disk, become the state machine. */
/** The registry must answer at start-up (a clear error, exit 2); later outages are retried. */
async function openGlobalRegistry(context: RoleContext): Promise<Registry> {
  try {
    return await openRegistry(context.config.registry, { logger: context.logger, tlsCa: tlsMaterial(context.config)?.ca ?? null });
  } catch (error: unknown) {
    if (error instanceof RegistryError) throw new ExitError(exitCodes.usage, `--registry ${redactRegistrySpec(context.config.registry)}: ${error.message}`, { cause: error });
    throw error;
  }
}

async function open(context: RoleContext): Promise<Storage> {
  const { config } = context;
  try {
    if (config.storage === "mysql") return await openStorage({ kind: "mysql", url: config.mysqlUrl ?? "", nodeId: config.id });
    return await openStorage({ kind: "sqlite", dir: config.dataDir });
  } catch (error: unknown) {
    if (error instanceof StorageOpenError) throw new ExitError(exitCodes.usage, error.message, { cause: error });
    throw error;
  }
}

/** Election jitter differs per node and per start, yet stays a value we can log and replay. */
function seedFrom(id: string): number {
  let hash = 2166136261;
  for (const char of `${id}:${process.pid}:${Date.now()}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}


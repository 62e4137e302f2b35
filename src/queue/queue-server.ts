/**
 * The queue server's I/O shell over the pure upload table and work queue: client uploads
 * (cut-through to the leader, every chunk checked: upload-desk.ts), the Leader and Non-Leader
 * Queues, node polls, and status. All decisions are in upload-assembly.ts, upload-table.ts and
 * work-queue.ts; this file turns envelopes into their calls and their actions into replies.
 */
import { assertNever } from "../lib/assert";
import { allowed, describePrincipal, type Operation, type Principal } from "../auth/client-keys";
import type { AcceptorSecrets } from "../auth/handshake";
import type { Logger } from "../lib/logger";
import { listen, type DialIdentity, type Server } from "../net/channel";
import type { Connection } from "../net/connection";
import { queueMemberId } from "../cli/credentials";
import type { Envelope, EnvelopeShape } from "../wire/codec";
import { pb } from "../wire/proto";
import { frameOverheadBytes } from "../cli/config";
import { ExitError, exitCodes } from "../cli/errors";
import type { ValidRequest } from "../discovery/add-node-request";
import { DiscoveryServer, sendEdgeList } from "../discovery/discovery-server";
import { chunkMetrics } from "../metrics/metrics";
import { PingGate } from "./ping-gate";
import { RecentFiles, type RecentFile } from "./recent-files";
import { ClusterRecordError, loadClusterRecord, saveClusterRecord } from "./cluster-record";
import { ClusterView, type NodeReport } from "./cluster-view";

export { nodeSilenceMs } from "./cluster-view";
import type { Manifest } from "../files/manifest";
import { UploadDesk, writeItemOf, type Pending } from "./upload-desk";
import type { WriteId } from "../files/write-id";
import { countWorkAction, type SubmitStamp } from "./work-metrics";
import { itemTimeoutMsDefault, itemTimeoutMsMax, visibilityMsDefault, visibilityMsMax, WorkQueue, type QueueName, type SubmitOptions,
  type WorkAction, type WorkQueueLimits, type WorkQueueStatus } from "./work-queue";

/** Nodes poll about this often, so leader claims and status stay fresh. */
export const queueStealPollMs = 1_000;
/** How often timers run: poll ends, visibility timeouts, silent uploads. */
export const queueTickMs = 100;
/**
 * A read or list a node has not answered in this long goes to another node. A node answers or
 * hands back within its read barrier's 4 s (src/node/work-handlers.ts, readBarrierTimeoutMs);
 * longer means the node is cut off or paused, and the client should not wait out the default
 * 30 s meant for writes.
 */
export const readVisibilityMs = 5_000;
/** Nodes the queue server keeps stats for. */
export const nodesKnownMax = 1_024;
const replyTimeoutMs = 10_000;
/** A connection with nothing outstanding is closed after this long (nodes poll far more often). */
export const queueIdleTimeoutMs = 5 * 60_000;

/** What each request needs its peer to be allowed (src/auth/client-keys.ts). */
const operationOf: Partial<Record<NonNullable<Envelope["body"]>, Operation>> = {
  writeBegin: "write", writeChunk: "write", writeRoundDone: "write",
  read: "read", list: "list", status: "status", ping: "ping",
  remove: "remove", removeNode: "remove-node",
  addNode: "add-node", promoteNode: "member", transferLeader: "member", memberList: "member",
  edgeList: "edge-list", steal: "steal", workResult: "work-result", uploadPull: "upload-pull", uploadFinish: "upload-pull",
};

interface Payload extends SubmitStamp {
  readonly item: pb.WorkItem.$Shape;
  readonly uploadId: number | null;
  /** A global ping holds one of the PingGate's places until it is answered. */
  readonly ping?: true;
}

/** What the HTTP door reads besides status(): the work queue's counts and bounds, uploads, recent files. */
export interface QueueOperations {
  readonly work: WorkQueueStatus;
  readonly limits: WorkQueueLimits;
  readonly uploadsInProgress: number;
  readonly connections: number;
  readonly recentFiles: readonly RecentFile[];
}

type Outcome = pb.WorkResult & pb.WorkResult.$Shape;
type Action = WorkAction<Payload, Outcome, Pending, Pending>;

/** The connection a node polls on: its work is requeued when it closes. */
interface NodeInfo {
  readonly connection: Connection;
}

/** A node finds the queue server busy for this long when it polls while too many nodes are known. */
const nodesFullRetryMs = 1_000;

export interface QueueServerOptions {
  readonly hostname: string;
  readonly port: number;
  readonly cluster: string;
  /** Who may connect: the cluster secret (members, administrators) and the client key file. */
  readonly secrets: AcceptorSecrets;
  /** How this queue server dials nodes (discovery's edge lists), as member "queue". */
  readonly identity: DialIdentity;
  readonly dataDir: string;
  readonly frameBytesMax: number;
  /** UDP port of the discovery server; 0: no discovery. */
  readonly discoveryPort: number;
  /** How nodes reach this queue server (its listen address, made concrete). */
  readonly advertised: string;
  /** What to tell an HTTP client that knocks on the protocol port. */
  readonly wrongDoorHint: string;
  readonly logger: Logger;
  /** Tests only (lose-write-answers.ts): committed writes whose answer is lost; default 0. */
  readonly writeAnswersLost?: number;
}

export class QueueServer {
  private readonly work: WorkQueue<Payload, Outcome, Pending, Pending>;
  private readonly uploads: UploadDesk;
  private readonly pings = new PingGate();
  private readonly nodes = new Map<string, NodeInfo>();
  private readonly recentFiles = new RecentFiles();
  private server: Server | null = null;
  private discovery: DiscoveryServer | null = null;
  /** Membership as the leader reports it (and as DATA_DIR/cluster.json remembers it). */
  private view = new ClusterView(null, nodesKnownMax);
  /** Nodes with an add-node on the Leader Queue: one at a time, however often they ask. */
  private readonly addNodesPending = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Committed writes whose answer is still to be lost (a test fault, lose-write-answers.ts). */
  private writeAnswersLost: number;

  constructor(private readonly options: QueueServerOptions) {
    this.writeAnswersLost = options.writeAnswersLost ?? 0;
    // A steal answer carries small files' contents: a batch of them stays within a node's frame
    // (the same frame-bytes-max as ours), half the envelope allowance left for the manifests.
    this.work = new WorkQueue({ stealPollMs: queueStealPollMs, batchBytesMax: options.frameBytesMax - frameOverheadBytes / 2 });
    this.uploads = new UploadDesk({
      logger: options.logger,
      reply: (pending, shape) => this.replyToWriter(pending, shape),
      submitWrite: (pending, manifest, writeId, uploadId) => this.submitWrite(pending, manifest, writeId, uploadId),
      // A small file's write is an ordinary Leader Queue item answered to its WriteBegin (no upload).
      submitInlineWrite: (pending, manifest, writeId, content) => {
        this.enqueue("leader", pending, { item: writeItemOf(manifest, writeId, content), uploadId: null }, { ...writeDeadlines(manifest.size), bytes: content.bytes.length });
      },
      holder: (workId) => {
        const held = this.work.locate(workId);
        return held.state === "in-flight" ? held.nodeId : null;
      },
      extend: (workId, nodeId) => void this.work.extend(workId, nodeId, performance.now()),
      cancel: (workId) => {
        if (this.work.cancel(workId, performance.now()) !== null) options.logger.info("work.cancelled", { workId });
      },
      chunkBytesAllowed: options.frameBytesMax - frameOverheadBytes,
    });
  }

  get port(): number {
    return this.server?.port ?? 0;
  }

  async start(): Promise<void> {
    try {
      this.view = new ClusterView(loadClusterRecord(this.options.dataDir, this.options.cluster), nodesKnownMax);
    } catch (error: unknown) {
      if (error instanceof ClusterRecordError) throw new ExitError(exitCodes.usage, error.message, { cause: error });
      throw error;
    }
    const started = listen({
      hostname: this.options.hostname, port: this.options.port, frameBytesMax: this.options.frameBytesMax, logger: this.options.logger,
      secrets: this.options.secrets, tls: this.options.identity.tls, idleTimeoutMs: queueIdleTimeoutMs, wrongDoorHint: this.options.wrongDoorHint,
      onEnvelope: (connection, envelope) => this.onEnvelope(connection, envelope),
      onClose: (connection) => this.onClose(connection),
    });
    if (!started.ok) throw started.error;
    this.server = started.value;
    this.timer = setInterval(() => this.tick(), queueTickMs);
    if (this.options.discoveryPort !== 0) await this.startDiscovery();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.discovery?.close();
    this.server?.stop();
  }

  private async startDiscovery(): Promise<void> {
    const { cluster, logger } = this.options;
    const started = await DiscoveryServer.start({
      port: this.options.discoveryPort, secret: this.options.secrets.clusterSecret, cluster, logger,
      onRequest: async (request) => await this.answerDiscovery(request),
    });
    if (!started.ok) throw new ExitError(exitCodes.usage, `discovery: ${started.error.message} (use --discovery-port 0 to turn discovery off)`, { cause: started.error });
    this.discovery = started.value;
    logger.info("discovery.listening", { port: started.value.port });
  }

  /**
   * A node asked to join: tell it the cluster's members (none, if no cluster is known), and
   * unless it is a member already put an add-node on the Leader Queue for the leader to add
   * it. The queue server never names a founder: a node founds a cluster only when started
   * with --bootstrap, so no restart order and no lost data here can make a second one.
   */
  private async answerDiscovery(request: ValidRequest): Promise<void> {
    const address = `${request.host}:${request.port}`;
    const members = this.view.members();
    const leader = this.work.status().leaderNodeId;
    const edgeList = { cluster: this.options.cluster, nodes: this.withRoles(members), queueServers: [this.options.advertised], leader: leader !== null && members.has(leader) ? leader : "" };
    const sent = await sendEdgeList(request, edgeList, { identity: this.options.identity, cluster: this.options.cluster, logger: this.options.logger });
    if (!sent.ok) {
      this.options.logger.warn("discovery.answer-failed", { node: request.nodeId, reason: sent.error.message });
      return;
    }
    const isMember = this.view.isMember(request.nodeId);
    this.options.logger.info("discovery.answered", { node: request.nodeId, address, members: [...members.keys()], member: isMember });
    if (!isMember) this.submitAddNode(request.nodeId, address);
  }

  private submitAddNode(nodeId: string, address: string): void {
    if (this.addNodesPending.has(nodeId)) return;
    if (this.enqueue("leader", { connection: null, request: null }, { item: { addNode: { nodeId, address } }, uploadId: null }) !== null) this.addNodesPending.add(nodeId);
  }

  /** Edge-list entries: each node's address and the role it last reported in a poll. */
  private withRoles(nodes: ReadonlyMap<string, string>): pb.NodeAddress.$Shape[] {
    return [...nodes].map(([id, address]) => ({ id, address, role: this.view.reportedRole(id) }));
  }

  private persistView(): void {
    try {
      saveClusterRecord(this.options.dataDir, this.options.cluster, this.view.record());
    } catch (error: unknown) {
      // Only speed depends on the record (founding never does): log and carry on.
      this.options.logger.error("queue.cluster-record-failed", { error });
    }
  }

  private onEnvelope(connection: Connection, envelope: Envelope): void {
    const principal = connection.principal;
    if (principal === null) return connection.close();
    const operation = envelope.body === undefined ? undefined : operationOf[envelope.body];
    if (operation === undefined) {
      return this.reply({ connection, request: envelope }, { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: `the queue server does not serve ${envelope.body}` } });
    }
    if (!allowed(principal, operation)) {
      this.options.logger.warn("auth.refused", { peer: connection.peer, principal: describePrincipal(principal), operation });
      if (principal.kind === "anonymous" || envelope.requestId === 0) return connection.close();
      return this.reply({ connection, request: envelope }, { error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: `${describePrincipal(principal)} may not ${operation}` } });
    }
    // A member's id, for the work it steals and completes; a queue server never steals.
    const peer = principal.kind === "member" && principal.id !== queueMemberId ? principal.id : null;
    void this.handle(connection, envelope, peer, principal).catch((error: unknown) => {
      this.options.logger.error("queue.request-failed", { body: envelope.body, error });
      this.reply({ connection, request: envelope }, { error: { code: pb.ErrorCode.ERROR_INTERNAL, message: "internal error" } });
    });
  }

  private async handle(connection: Connection, envelope: Envelope, peer: string | null, principal: Principal): Promise<void> {
    const pending = { connection, request: envelope };
    const now = performance.now();
    // Anything a node sends on its polling connection shows it alive (status "reachable").
    if (peer !== null && this.nodes.get(peer)?.connection === connection) this.view.heardFrom(peer, now);
    switch (envelope.body) {
      case "writeBegin": return this.uploads.begin(pending, envelope.writeBegin ?? {}, now);
      case "writeChunk": return this.uploads.chunk(pending, envelope.writeChunk ?? {}, now);
      case "writeRoundDone": return this.uploads.roundDone(pending, envelope.writeRoundDone?.uploadId ?? 0);
      case "read": return this.submit("non-leader", pending, { item: { read: envelope.read ?? {} }, uploadId: null }, { visibilityMs: readVisibilityMs });
      case "list": return this.submit("non-leader", pending, { item: { list: envelope.list ?? {} }, uploadId: null }, { visibilityMs: readVisibilityMs });
      case "remove": return this.submit("leader", pending, { item: { remove: envelope.remove ?? {} }, uploadId: null });
      case "removeNode": return this.submit("leader", pending, { item: { removeNode: envelope.removeNode ?? {} }, uploadId: null });
      // Operators' membership verbs (gossamer member ..., transfer-leader): the leader answers.
      case "addNode": return this.submit("leader", pending, { item: { addNode: envelope.addNode ?? {} }, uploadId: null });
      case "promoteNode": return this.submit("leader", pending, { item: { promoteNode: envelope.promoteNode ?? {} }, uploadId: null });
      case "transferLeader": return this.submit("leader", pending, { item: { transferLeader: envelope.transferLeader ?? {} }, uploadId: null });
      case "memberList": return this.submit("leader", pending, { item: { memberList: {} }, uploadId: null });
      case "ping": return this.ping(pending, envelope.ping ?? {}, principal, now);
      case "status": return this.reply(pending, { statusResponse: this.status(now) });
      case "edgeList": return this.reply(pending, { edgeList: this.edgeList() });
      case "steal": return this.steal(connection, pending, peer, envelope.steal ?? {}, now);
      case "workResult": return this.workResult(pending, peer, envelope.workResult ?? {}, now);
      case "uploadPull": return this.uploads.pull(pending, peer, envelope.uploadPull?.workId ?? 0, now);
      case "uploadFinish": return this.uploads.finish(pending, peer, envelope.uploadFinish?.workId ?? 0, now);
      default:
        return this.reply(pending, { error: { code: pb.ErrorCode.ERROR_BAD_REQUEST, message: `the queue server does not serve ${envelope.body}` } });
    }
  }

  private edgeList(): pb.EdgeList.$Shape {
    const members = this.view.members();
    const leader = this.work.status().leaderNodeId;
    return { cluster: this.options.cluster, nodes: this.withRoles(members), queueServers: [this.options.advertised], leader: leader !== null && members.has(leader) ? leader : "" };
  }

  /** The upload desk's answers, through the test fault that loses committed writes' answers. */
  private replyToWriter(pending: Pending, shape: EnvelopeShape): void {
    if (shape.writeDone !== undefined && pending.connection !== null && this.writeAnswersLost > 0) {
      this.writeAnswersLost -= 1;
      this.options.logger.error("queue.write-answer-lost", { version: shape.writeDone?.manifest?.version ?? 0, left: this.writeAnswersLost });
      pending.connection.close();
      return;
    }
    this.reply(pending, shape);
  }

  /** A write's item on the Leader Queue: its work id, or null when the queue was full (`pending` was told). */
  private submitWrite(pending: Pending, manifest: Manifest, writeId: WriteId | undefined, uploadId: number): number | null {
    return this.enqueue("leader", pending, { item: writeItemOf(manifest, writeId), uploadId }, writeDeadlines(manifest.size));
  }

  private submit(queue: QueueName, pending: Pending, payload: Omit<Payload, keyof SubmitStamp>, options?: SubmitOptions): void {
    this.enqueue(queue, pending, payload, options);
  }

  /** Returns the item's work id, or null when the queue was full (and the requester was told). */
  private enqueue(queue: QueueName, pending: Pending, payload: Omit<Payload, keyof SubmitStamp>, options?: SubmitOptions): number | null {
    const now = performance.now();
    const actions = this.work.submit(queue, { ...payload, queue, submittedMs: now }, pending, now, options);
    if (payload.ping === true && actions.some((action) => action.kind === "busy")) this.pings.finished();
    const submitted = actions.find((action) => action.kind === "submitted");
    this.apply(actions);
    return submitted?.kind === "submitted" ? submitted.workId : null;
  }

  /** Pings take at most a few places on the Leader Queue, and strangers' pings are rate-limited. */
  private ping(pending: Pending, ping: pb.Ping.$Shape, principal: Principal, now: number): void {
    const admission = this.pings.admit(principal.kind === "anonymous", now);
    if (!admission.admitted) {
      return this.reply(pending, { error: { code: pb.ErrorCode.ERROR_BUSY, message: admission.reason === "rate" ? "too many pings from strangers" : "too many pings in progress", retryAfterMs: admission.retryAfterMs } });
    }
    this.submit("leader", pending, { item: { ping }, uploadId: null, ping: true });
  }

  private steal(connection: Connection, pending: Pending, peer: string | null, request: pb.StealRequest.$Shape, now: number): void {
    const nodeId = request.nodeId ?? "";
    if (peer === null || nodeId === "" || nodeId !== peer) {
      return this.reply(pending, { error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: `steal as ${JSON.stringify(nodeId)} on a connection of ${JSON.stringify(peer)}` } });
    }
    if ((this.nodes.size >= nodesKnownMax && !this.nodes.has(nodeId)) || this.view.full(nodeId)) {
      return this.reply(pending, { error: { code: pb.ErrorCode.ERROR_BUSY, message: "too many nodes", retryAfterMs: nodesFullRetryMs } });
    }
    const report = reportOf(nodeId, request);
    if (this.view.wasRemoved(report)) {
      const configuration = this.view.current;
      this.options.logger.warn("queue.removed-node-polled", { node: nodeId, voters: configuration?.voters, learners: configuration?.learners });
      return this.reply(pending, { error: { code: pb.ErrorCode.ERROR_REMOVED,
        message: `${nodeId} is not a member of cluster ${this.options.cluster}: the leader's configuration (at index ${configuration?.applied ?? 0}) has voters ${(configuration?.voters ?? []).join(", ")}` } });
    }
    this.nodes.set(nodeId, { connection });
    // Reads go to voters that hear from a leader; leader work to the leader alone (work-queue.ts).
    this.apply(this.work.steal(nodeId, { leader: request.leader ?? false, term: request.term ?? 0, reads: this.view.takesReads(report) }, pending, now, request.slots ?? 1));
    if (this.view.observe(report, this.work.status().leaderNodeId, now)) this.persistView();
  }

  private workResult(pending: Pending, peer: string | null, result: pb.WorkResult.$Shape, now: number): void {
    const workId = result.workId ?? 0;
    if (peer === null) return this.reply(pending, { error: { code: pb.ErrorCode.ERROR_UNAUTHORIZED, message: "only a node answers work" } });
    if (result.notLeader !== undefined && result.notLeader !== null) {
      this.apply(this.work.handBack(workId, peer, now, result.notLeader.term ?? undefined));
    } else {
      this.apply(this.work.complete(workId, peer, pb.WorkResult.create(result), now));
    }
    // Nodes send their results one-way (work-stealer.ts); one sent as a request is acked.
    if ((pending.request?.requestId ?? 0) !== 0) this.reply(pending, { ack: {} });
  }

  private tick(): void {
    const now = performance.now();
    this.closeSilentNodes(now);
    this.apply(this.work.tick(now));
    this.uploads.tick(now);
  }

  /**
   * A node sends something at least every second while it lives (a poll, or its link's
   * heartbeat): one silent for longer than the view's silence is cut off or paused. Closing its
   * connection hands the work it holds to other nodes now, not at the visibility timeout.
   */
  private closeSilentNodes(now: number): void {
    for (const [nodeId, info] of this.nodes) {
      if (info.connection.closed || this.view.reachable(nodeId, now)) continue;
      this.options.logger.info("queue.node-silent", { node: nodeId });
      info.connection.close();
    }
  }

  private onClose(connection: Connection): void {
    this.uploads.clientGone(connection);
    this.dropWorkOf(connection);
    for (const [nodeId, info] of this.nodes) {
      if (info.connection !== connection) continue;
      this.view.lostContact(nodeId);
      this.apply(this.work.disconnect(nodeId, performance.now()));
    }
  }

  /**
   * A client's connection closed: nobody waits for the answers to its reads, lists, removes or
   * membership verbs any more, so they leave the queues now rather than reaching a node (after
   * a failover, a new leader would otherwise drain them one by one). A remove a node already
   * holds may still be done; its answer is ignored. Writes belong to the upload desk, which
   * drops them unless the leader was already told to commit (clientGone, above).
   */
  private dropWorkOf(connection: Connection): void {
    const dropped = this.work.cancelWhere((payload, requester) => requester.connection === connection && payload.uploadId === null, performance.now());
    for (const { workId, payload } of dropped) {
      this.release(payload);
      this.options.logger.debug("work.cancelled", { workId, reason: "client-gone" });
    }
  }

  private apply(actions: readonly Action[]): void {
    const now = performance.now();
    for (const action of actions) {
      countWorkAction(action, now);
      if (action.kind === "reply") this.noteFile(action.payload, action.outcome);
      this.perform(action);
    }
  }

  /** Keeps the recent-files list of the status page. */
  private noteFile(payload: Payload, outcome: Outcome): void {
    const manifest = outcome.write?.manifest;
    if (outcome.body === "write" && manifest !== undefined && manifest !== null) {
      this.recentFiles.written({ name: manifest.name ?? "", size: manifest.size ?? 0, version: manifest.version ?? 0, chunks: manifest.chunkDigests?.length ?? 0, createdMs: manifest.createdMs ?? 0 });
    }
    if (outcome.body === "remove") this.recentFiles.removed(payload.item.remove?.name ?? "");
  }

  operations(): QueueOperations {
    return {
      work: this.work.status(), limits: this.work.limits, uploadsInProgress: this.uploads.inProgress,
      connections: this.server?.connectionCount ?? 0, recentFiles: this.recentFiles.list(),
    };
  }

  private perform(action: Action): void {
    switch (action.kind) {
      case "requeued":
        if (action.queue === "leader") this.uploads.requeued(action.workId);
        return this.options.logger.debug(`work.${action.kind}`, { workId: action.workId });
      case "submitted":
      case "ignored":
        return this.options.logger.debug(`work.${action.kind}`, { workId: action.workId });
      case "busy":
        return this.reply(action.requester, { error: { code: pb.ErrorCode.ERROR_BUSY, message: `the ${action.queue} queue is full`, retryAfterMs: action.retryAfterMs } });
      case "deliver":
        return this.reply(action.waiter, { stealResponse: { items: action.items.map((item) => ({ ...item.payload.item, workId: item.workId })) } });
      case "reply":
        this.release(action.payload);
        // A write's answer goes to its client's last round (upload-desk.ts), not to its WriteBegin.
        if (action.payload.uploadId !== null) return this.uploads.answered(action.workId, responseFor(action.outcome));
        if (action.outcome.body === "read") return this.reply(action.requester, { readResponse: this.preferReachable(action.outcome.read ?? {}) });
        // A small file's write, answered to its WriteBegin (upload-desk.ts beginInline).
        if (action.outcome.body === "write") return this.replyToWriter(action.requester, responseFor(action.outcome));
        return this.reply(action.requester, responseFor(action.outcome));
      case "timed-out": {
        this.release(action.payload);
        const timedOut: EnvelopeShape = { error: { code: pb.ErrorCode.ERROR_TIMEOUT, message: "no node finished the request in time (is there a leader?)" } };
        if (action.payload.uploadId !== null) return this.uploads.answered(action.workId, timedOut);
        return this.reply(action.requester, timedOut);
      }
      case "superseded":
      case "poll-timeout":
      case "stale-claim":
        return this.reply(action.waiter, { ack: {} });
      case "steal-busy":
        return this.reply(action.waiter, { error: { code: pb.ErrorCode.ERROR_BUSY, message: "too many polls", retryAfterMs: action.retryAfterMs } });
      default: return assertNever(action);
    }
  }

  /**
   * Nodes not heard from lately go last in each chunk's list of nodes: the client tries them
   * only if the others fail, rather than waiting out a connect to a node that is cut off.
   */
  private preferReachable(read: pb.ReadResponse.$Shape): pb.ReadResponse.$Shape {
    const now = performance.now();
    const rank = (id: string): number => (this.view.reachable(id, now) ? 0 : 1);
    const locations = (read.locations ?? []).map((location) => ({ ...location, nodeIds: (location.nodeIds ?? []).toSorted((a, b) => rank(a) - rank(b)) }));
    return { ...read, locations };
  }

  private release(payload: Payload): void {
    if (payload.ping === true) this.pings.finished();
    const addNode = payload.item.addNode?.nodeId;
    if (addNode !== undefined && addNode !== null) this.addNodesPending.delete(addNode);
  }

  private reply(pending: Pending, shape: EnvelopeShape): void {
    if (pending.connection === null || pending.request === null) {
      if (shape.error !== undefined && shape.error !== null) this.options.logger.warn("queue.internal-work-failed", { message: shape.error.message });
      return;
    }
    if (pending.connection.closed) return;
    void pending.connection.replyAsync(pending.request, shape, replyTimeoutMs);
  }

  /** What `status` answers; the HTTP door's readiness and status page read it too. */
  /**
   * The cluster as the leader's configuration has it (cluster-view.ts): every member, dead ones
   * "unreachable", removed ones "removed"; a leader only if it answered recently, and `quorum`
   * false without one (the client then exits 3).
   */
  status(now: number = performance.now()): pb.StatusResponse.$Shape {
    const queues = this.work.status();
    const view = this.view.status(queues.leaderNodeId, now);
    return {
      cluster: this.options.cluster, leader: view.leader ?? "", term: queues.term, nodes: [...view.rows], quorum: view.quorum,
      leaderQueue: queues.leaderQueued + queues.leaderInFlight, nonLeaderQueue: queues.nonLeaderQueued + queues.nonLeaderInFlight,
    };
  }
}

/** A poll as the cluster view reads it. */
function reportOf(nodeId: string, request: pb.StealRequest.$Shape): NodeReport {
  return {
    nodeId, address: request.address ?? "", role: request.role ?? "", leader: request.leader ?? false, term: request.term ?? 0,
    commit: request.commit ?? 0, applied: request.applied ?? 0, readsServed: request.readsServed ?? 0,
    voters: request.voters ?? [], learners: request.learners ?? [], takesReads: request.takesReads ?? false,
    addresses: (request.members ?? []).flatMap((member) => (member.id && member.address ? [[member.id, member.address] as const] : [])),
  };
}

/** Time a write may take grows with its size: a leader commits about 10 MB/s even when loaded. */
export const writeMsPerMiB = 1_000;

/**
 * Deadlines for committing an upload of `size` bytes: the overall one (the client is answered
 * "timed out" after it) and the visibility timeout (redelivered to the leader after it), both
 * above the fixed defaults by the time the bytes take to replicate.
 */
export function writeDeadlines(size: number): SubmitOptions {
  const extraMs = Math.ceil(size / (1 << 20)) * writeMsPerMiB;
  return {
    timeoutMs: Math.min(itemTimeoutMsMax, itemTimeoutMsDefault + 2 * extraMs),
    visibilityMs: Math.min(visibilityMsMax, visibilityMsDefault + extraMs),
  };
}

/** A node's WorkResult becomes the response its client asked for. */
function responseFor(outcome: Outcome): EnvelopeShape {
  const body = outcome.body;
  switch (body) {
    case "write": return { writeDone: outcome.write ?? {} };
    case "read": return { readResponse: outcome.read ?? {} };
    case "list": return { listResponse: outcome.list ?? {} };
    case "remove": return { removeResponse: outcome.remove ?? {} };
    case "ack": return { ack: {} };
    case "ping": return { pingResult: outcome.ping ?? {} };
    case "memberList": return { memberListResponse: outcome.memberList ?? {} };
    case "error": return { error: outcome.error ?? {} };
    case "notLeader":
    case undefined:
      return { error: { code: pb.ErrorCode.ERROR_INTERNAL, message: `unexpected work result ${body ?? "(empty)"}` } };
    default: return assertNever(body);
  }
}

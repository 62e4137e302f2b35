/**
 * What a node does with stolen work. Leader-only work (writes, removes, membership) answers
 * NotLeader on a node that is not the leader, and the queue server hands it to the leader.
 * Every handler is idempotent: work may be delivered twice (at-least-once redelivery).
 */
import { assert, assertNever, defined } from "../lib/assert";
import type { Logger } from "../lib/logger";
import { chunkMetrics, nodeMetrics, type workKinds } from "../metrics/metrics";
import { nodeId, type ConfChange, type NodeId } from "../raft/types";
import { encodeFileCommand } from "../storage/file-commands";
import type { Storage } from "../storage/storage";
import { manifestFromWire, manifestToWire, writeIdFromWire } from "../wire/manifest-codec";
import { writeAnswerOf, writeIdBytes, writeIdsRememberedMax, type WriteId } from "../files/write-id";
import { verifiedPayload } from "../wire/codec";
import { pb } from "../wire/proto";
import type { PeerLink } from "./peer-link";
import { ProposalChain, type Proposed, type RaftLoop } from "./raft-loop";
import type { Membership } from "./membership";
import type { GlobalPresence } from "./global-presence";
import { pingResultToWire } from "../wire/ping-codec";
import { formatHostPort, parseHostPort } from "../cli/host-port";
import { chunkSizeAt, type FileRecord, type Manifest } from "../files/manifest";
import type { VerifiedChunk } from "../files/verified";
import { verifyChunk } from "../files/sha256";
import { fitsInline, inlineBytesMax } from "../files/limits";
import type { ChunkMemory } from "./chunk-memory";
import type { ChunkBudget, ChunkGrant } from "./chunk-budget";

/**
 * Chunk bytes of one write between their pull and their entry's apply here: paces a write
 * (its chunks stream through in a window, not one at a time) and bounds what it pins. Chunks
 * in the window = this / the chunk size, at least one. What all writes together pin is bounded
 * by the node's chunk budget (WorkContext.chunkBudget), which every pull takes a grant of.
 */
export const writeWindowBytes = 16 << 20;
/** UploadPulls one write keeps outstanding at the queue server (within the window). */
export const uploadPullsMax = 4;
export const proposeTimeoutMs = 30_000;
/** Below the queue server's visibility timeout for reads (readVisibilityMs): a read ends here first. */
export const readBarrierTimeoutMs = 4_000;
/** A pull or finish waits at most the queue server's poll (10 s) and then asks again: this is its transport bound. */
export const uploadRequestTimeoutMs = 30_000;
/** How long the leader waits for the client's last round once every chunk is proposed. */
export const uploadFinishWaitMs = 120_000;
export const listLimitMax = 10_000;

export interface WorkContext {
  readonly self: NodeId;
  readonly storage: Storage;
  readonly loop: RaftLoop;
  readonly logger: Logger;
  /** Command addresses of the members (self included), for read locations. */
  readonly members: () => ReadonlyMap<NodeId, string>;
  readonly membership: Membership;
  readonly presence: GlobalPresence;
  readonly now: () => number;
  /** Chunks this leader just took in, for the appends that replicate them (raft-transport.ts). */
  readonly chunkMemory: ChunkMemory;
  /** The node-wide bound on chunk bytes that writes' pulls pin (src/node/chunk-budget.ts). */
  readonly chunkBudget: ChunkBudget;
  readsServed: number;
}

type Result = pb.WorkResult.$Shape;

/** Where a write's chunks come from: the queue server that handed out the work (UploadPull). */
export type QueueSource = Pick<PeerLink, "request">;
type Item = pb.WorkItem & pb.WorkItem.$Shape;

export async function handleWork(context: WorkContext, item: Item, queue: QueueSource): Promise<Result> {
  const body = item.body;
  if (body !== undefined) nodeMetrics.workStolen.with({ kind: workKindOf[body] }).inc();
  switch (body) {
    case "write": return await handleWrite(context, item, queue);
    case "read": return await handleRead(context, item.read ?? {});
    case "list": return await handleList(context, item.list ?? {});
    case "remove": return await handleRemove(context, item.remove ?? {});
    case "removeNode": return await handleRemoveNode(context, item.removeNode ?? {});
    case "addNode": return await handleAddNode(context, item.addNode ?? {});
    case "promoteNode": return await handlePromoteNode(context, item.promoteNode ?? {});
    case "transferLeader": return await handleTransferLeader(context, item.transferLeader ?? {});
    case "memberList": return await handleMemberList(context);
    case "ping": {
      if (context.loop.softState.role !== "leader") return notLeader(context);
      return { ping: pingResultToWire(await context.presence.ping(item.ping ?? {})) };
    }
    case undefined: return failure(pb.ErrorCode.ERROR_BAD_REQUEST, "work item without a body");
    default: return assertNever(body);
  }
}

const workKindOf: Readonly<Record<NonNullable<Item["body"]>, (typeof workKinds)[number]>> = {
  write: "write", read: "read", list: "list", remove: "remove", removeNode: "remove-node", addNode: "add-node", ping: "ping",
  promoteNode: "promote-node", transferLeader: "transfer-leader", memberList: "member-list",
};

function failure(code: pb.ErrorCode, message: string, retryAfterMs = 0): Result {
  return { error: { code, message, retryAfterMs } };
}

function notLeader(context: WorkContext): Result {
  return { notLeader: { leaderHint: context.loop.softState.leader ?? "" } };
}

/** Maps a proposal that did not apply to the answer the queue server understands. */
function unapplied(context: WorkContext, proposed: Exclude<Proposed, { kind: "applied" }>): Result {
  if (proposed.kind === "lost") return notLeader(context);
  const result = proposed.result;
  switch (result.kind) {
    case "not-leader": return notLeader(context);
    case "busy": return failure(pb.ErrorCode.ERROR_BUSY, "node busy", 500);
    case "dropped": return failure(pb.ErrorCode.ERROR_BUSY, `proposal dropped: ${result.reason}`, 500);
    default: return assertNever(result);
  }
}

/**
 * Commits an upload, cut-through: the chunks are pulled from the queue server as the client
 * sends them (any order, a window of them at once), each stored here and proposed as a chunk
 * entry as soon as it arrives; once every chunk is proposed and the client waits for the answer
 * (UploadFinish), the put-file makes the file visible. Every entry is proposed in one term of
 * this leader as one ProposalChain, so the put-file is appended only if every chunk entry was,
 * before it; once the put-file is applied every chunk entry before it is committed too (Log
 * Matching): the write waits for the put-file alone.
 */
async function handleWrite(context: WorkContext, item: Item, queue: QueueSource): Promise<Result> {
  if (context.loop.softState.role !== "leader") return notLeader(context);
  const manifest = manifestFromWire(item.write?.manifest);
  if (!manifest.ok) return failure(pb.ErrorCode.ERROR_BAD_REQUEST, manifest.error.message);
  const id = writeIdFromWire(item.write?.writeId);
  if (id === null) return failure(pb.ErrorCode.ERROR_BAD_REQUEST, `write id of ${item.write?.writeId?.length ?? 0} bytes: expected ${writeIdBytes}, or none`);
  const inline = item.write?.inlineData;
  if (inline !== undefined && inline !== null && inline.length > 0) return await writeInline(context, manifest.value, id.writeId, inline);
  const status = await context.loop.withCore((core) => core.status());
  if (status === null || status.role !== "leader") return notLeader(context);
  // The chunk entries and the put-file are one chain: if any chunk entry is refused, the
  // put-file is refused too (it would otherwise commit naming a chunk only this node holds).
  const chain = new ProposalChain(status.term);
  const streamed = await new ChunkStream(context, queue, item.workId, manifest.value, chain).run();
  if (streamed !== null) return streamed;
  const finished = await awaitFinish(context, queue, item.workId);
  if (finished !== null) return finished;
  return await commitFile(context, manifest.value, id.writeId, chain);
}

/**
 * A small file that came whole with its work item (docs/protocol.md, "Small files"): one
 * put-file carries the content, and every node keeps it with the file record. Nothing is
 * pulled, no chunk entry or chunk file is written. The bytes came as a payload segment of the
 * steal answer, which the codec checked against the digest they came with (the queue server
 * names the manifest's): accepting compares digests. Bytes that did not come through the
 * codec (a queue server of a build before WriteWork.inline_digest sent them inside the
 * protobuf) are hashed here once.
 */
async function writeInline(context: WorkContext, manifest: Manifest, writeId: WriteId | undefined, data: Uint8Array): Promise<Result> {
  if (!fitsInline(manifest.size, manifest.chunkBytes) || data.length !== manifest.size) {
    return failure(pb.ErrorCode.ERROR_BAD_REQUEST, `inline content of ${data.length} bytes for a file of ${manifest.size}: only a file of 1 to ${inlineBytesMax} bytes in one chunk travels whole`);
  }
  const digest = defined(manifest.chunks[0], "an inline file's one chunk digest");
  const checked = verifiedPayload(data);
  const content = checked === null ? verifyChunk(digest, data) : checked.digest === digest ? checked : null;
  if (content === null) return failure(pb.ErrorCode.ERROR_BAD_REQUEST, "the inline content does not match the manifest's chunk digest");
  chunkMetrics.chunksIn.with({ path: "inline" }).inc();
  chunkMetrics.bytesIn.with({ path: "inline" }).inc(content.bytes.length);
  return await commitFile(context, manifest, writeId, undefined, content);
}

/**
 * One write's chunks, from the queue server into the log: up to uploadPullsMax pulls
 * outstanding, and at most the window's worth of chunks pulled but not yet applied. Each pull
 * first takes a grant of one chunk's bytes from the node's budget, held until its entry is
 * applied or given up, or given back at once when the pull brings no chunk.
 */
class ChunkStream {
  private readonly received: Uint8Array;
  private receivedCount = 0;
  private pullsOut = 0;
  private failure: Result | null = null;
  /** Proposals not yet awaited, oldest first: the window. */
  private readonly inFlight: Promise<Proposed>[] = [];
  private readonly window: number;

  constructor(
    private readonly context: WorkContext,
    private readonly queue: QueueSource,
    private readonly workId: number,
    private readonly manifest: Manifest,
    private readonly chain: ProposalChain,
  ) {
    this.received = new Uint8Array(manifest.chunks.length);
    this.window = Math.max(1, Math.floor(writeWindowBytes / manifest.chunkBytes));
  }

  /** Null once every chunk is proposed; else the failure that stopped it. */
  async run(): Promise<Result | null> {
    const workers: Promise<void>[] = [];
    for (let i = 0; i < Math.min(uploadPullsMax, this.manifest.chunks.length); i += 1) workers.push(this.worker());
    // Every worker ends before the write's item does, even when one throws: a worker still
    // waiting for its grant would otherwise outlive the work slot that bounds the waiters.
    for (const outcome of await Promise.allSettled(workers)) if (outcome.status === "rejected") throw outcome.reason;
    if (this.failure !== null) return this.failure;
    assert(this.receivedCount === this.manifest.chunks.length, "every chunk was received");
    return null;
  }

  private async worker(): Promise<void> {
    // Bounded: a pull is issued only while chunks remain unasked for, and each BUSY answer
    // took the queue server a poll interval; the write item's deadline ends it otherwise.
    while (this.failure === null && this.receivedCount + this.pullsOut < this.manifest.chunks.length) {
      this.pullsOut += 1;
      // The largest chunk of this write: the pull may bring any of them.
      const grant = await this.context.chunkBudget.acquire(this.manifest.chunkBytes);
      let kept = false;
      try {
        // Another worker may have failed the write while this one waited for its grant.
        const pulled = this.failure === null ? await this.pull() : null;
        this.pullsOut -= 1;
        if (pulled === null) return;
        if (pulled === "again") continue;
        if (!pulled.ok) {
          this.failure ??= pulled.error;
          return;
        }
        kept = true;
        await this.propose(pulled.value.index, pulled.value.chunk, grant);
      } finally {
        if (!kept) grant.release();
      }
    }
  }

  private async pull(): Promise<"again" | { ok: true; value: { index: number; chunk: VerifiedChunk } } | { ok: false; error: Result }> {
    const response = await this.queue.request({ uploadPull: { workId: this.workId } }, uploadRequestTimeoutMs);
    if (!response.ok) return { ok: false, error: failure(pb.ErrorCode.ERROR_UNAVAILABLE, `the queue server did not hand over the write's chunks: ${response.error.message}`, 500) };
    const envelope = response.value;
    if (envelope.body === "error" && envelope.error?.code === pb.ErrorCode.ERROR_BUSY) return "again";
    const chunk = envelope.uploadChunk;
    if (envelope.body !== "uploadChunk" || chunk === null || chunk === undefined) {
      return { ok: false, error: failure(pb.ErrorCode.ERROR_UNAVAILABLE, `the write's upload ended: ${envelope.error?.message ?? String(envelope.body)}`, 500) };
    }
    const index = chunk.chunkIndex ?? -1;
    // Verified by the codec against the digest it came with; is it the chunk the manifest names?
    const verified = verifiedPayload(chunk.data);
    const fits = verified !== null && index >= 0 && index < this.manifest.chunks.length && this.received[index] === 0
      && verified.digest === this.manifest.chunks[index] && verified.bytes.length === chunkSizeAt(this.manifest, index);
    if (!fits) return { ok: false, error: failure(pb.ErrorCode.ERROR_INTERNAL, `the queue server handed over chunk ${index}, which does not match the manifest`) };
    this.received[index] = 1;
    this.receivedCount += 1;
    return { ok: true, value: { index, chunk: verified } };
  }

  /** Stores the chunk (durable before its entry is), keeps it for the followers' appends, proposes its entry. */
  private async propose(index: number, chunk: VerifiedChunk, grant: ChunkGrant): Promise<void> {
    let proposal: Promise<Proposed>;
    try {
      await this.context.storage.putVerifiedChunk(chunk);
      this.context.chunkMemory.remember(chunk);
      chunkMetrics.chunksIn.with({ path: "cut-through" }).inc();
      chunkMetrics.bytesIn.with({ path: "cut-through" }).inc(chunk.bytes.length);
      assert(this.manifest.chunks[index] === chunk.digest, "the chunk is the manifest's");
      proposal = this.context.loop.propose(encodeFileCommand({ kind: "chunk", digest: chunk.digest }), proposeTimeoutMs, this.chain);
    } catch (error: unknown) {
      grant.release();
      throw error;
    }
    // Committed (or given up): the appends that needed the bytes from memory have gone out,
    // and the chunk no longer counts against the node's budget.
    const done = (): void => {
      this.context.chunkMemory.forget(chunk.digest);
      grant.release();
    };
    void proposal.then(done, done);
    this.inFlight.push(proposal);
    // Bounded by the window: each turn awaits one proposal the workers made.
    while (this.inFlight.length >= this.window && this.failure === null) {
      const proposed = await (this.inFlight.shift() as Promise<Proposed>);
      if (proposed.kind !== "applied") this.failure ??= unapplied(this.context, proposed);
    }
  }
}

/** Waits until the queue server says the client waits for the answer (UploadFinish → Ack). */
async function awaitFinish(context: WorkContext, queue: QueueSource, workId: number): Promise<Result | null> {
  const deadline = context.now() + uploadFinishWaitMs;
  // Bounded by the deadline: each BUSY answer took the queue server a poll interval.
  while (context.now() < deadline) {
    const response = await queue.request({ uploadFinish: { workId } }, uploadRequestTimeoutMs);
    if (!response.ok) return failure(pb.ErrorCode.ERROR_UNAVAILABLE, `the queue server did not confirm the write's end: ${response.error.message}`, 500);
    const envelope = response.value;
    if (envelope.body === "ack") return null;
    if (envelope.body === "error" && envelope.error?.code === pb.ErrorCode.ERROR_BUSY) continue;
    return failure(pb.ErrorCode.ERROR_UNAVAILABLE, `the write's upload ended: ${envelope.error?.message ?? String(envelope.body)}`, 500);
  }
  return failure(pb.ErrorCode.ERROR_TIMEOUT, `the client did not finish its upload within ${uploadFinishWaitMs} ms`);
}

/** Proposes the put-file (after the chain of its chunk entries, or carrying the content of a small file) and answers the write. */
async function commitFile(context: WorkContext, manifest: Manifest, writeId: WriteId | undefined, chain: ProposalChain | undefined, inline?: VerifiedChunk): Promise<Result> {
  assert(inline === undefined || inline.digest === manifest.chunks[0], "inline content is the file's one chunk");
  const createdMs = context.now();
  const command = { kind: "put-file", manifest, createdMs, ...(writeId === undefined ? {} : { writeId }), ...(inline === undefined ? {} : { inline: inline.bytes }) } as const;
  const proposed = await context.loop.propose(encodeFileCommand(command), proposeTimeoutMs, chain);
  if (proposed.kind !== "applied") return unapplied(context, proposed);
  assert(proposed.index > 0, "an applied put-file has a log index");
  // Whether this put-file applied is told by its write id's record, read back right after the
  // apply: every replica decided the same way when it applied (src/files/write-id.ts).
  const remembered = writeId === undefined ? null : await context.storage.writeRecord(writeId);
  const answer = writeAnswerOf(manifest, writeId, proposed.index, remembered);
  switch (answer.kind) {
    case "first": {
      // The answer is this write's own commit: its manifest at the version its put-file was given
      // (the put-file's log index). Reading the file back could confirm another writer's later
      // commit of the same name, and tell this writer its content was stored when it was replaced.
      const record: FileRecord = { ...manifest, version: answer.version, createdMs };
      return { write: { manifest: manifestToWire(record), commitIndex: proposed.index } };
    }
    case "repeat": {
      context.logger.info("write.repeated", { name: manifest.name, writeId, version: answer.version, index: proposed.index });
      const record: FileRecord = { ...manifest, version: answer.version, createdMs: answer.createdMs };
      return { write: { manifest: manifestToWire(record), commitIndex: proposed.index, repeated: true } };
    }
    case "conflict":
      return failure(pb.ErrorCode.ERROR_BAD_REQUEST, `write id ${String(writeId)} was used at version ${answer.record.version} for ${JSON.stringify(answer.record.name)} with digest ${answer.record.sha256.slice(0, 16)}…, not for this write (${JSON.stringify(manifest.name)}, ${manifest.sha256.slice(0, 16)}…): nothing was stored; use a new write id`);
    case "forgotten":
      return failure(pb.ErrorCode.ERROR_TIMEOUT, `write id ${String(writeId)} was forgotten before its outcome could be read (over ${writeIdsRememberedMax} writes applied meanwhile): stat ${JSON.stringify(manifest.name)} to see`);
    default: return assertNever(answer);
  }
}

/**
 * Null when a linearizable read may run here. A node that does not hear from a leader, or whose
 * ReadIndex did not complete in time, hands the read back (NotLeader: the queue server gives it
 * to another node that takes reads, at once) rather than failing it: the majority side can
 * serve it, and the item's own deadline still bounds the client's wait.
 */
async function barrier(context: WorkContext, stale: boolean): Promise<Result | null> {
  if (stale) return null;
  if (!context.loop.hearsLeader) return notLeader(context);
  const outcome = await context.loop.readBarrier(readBarrierTimeoutMs);
  if (outcome.kind === "ready") return null;
  context.logger.debug("read.handed-back", { reason: outcome.reason });
  return notLeader(context);
}

async function handleRead(context: WorkContext, request: pb.ReadRequest.$Shape): Promise<Result> {
  const blocked = await barrier(context, request.stale ?? false);
  if (blocked !== null) return blocked;
  const name = request.name ?? "";
  const record = await context.storage.getFile(name);
  if (record === null) return failure(pb.ErrorCode.ERROR_NOT_FOUND, `no file named ${JSON.stringify(name)}`);
  context.readsServed += 1;
  nodeMetrics.readsServed.inc();
  const members = [...context.members()].sort(([a], [b]) => a.localeCompare(b));
  const ids = members.map(([id]) => id);
  const selfFirst = Math.max(0, ids.indexOf(context.self));
  // Spread chunks over every member, starting with this node, so a read loads the whole cluster.
  const locations = record.chunks.map((_, chunkIndex) => ({
    chunkIndex,
    nodeIds: ids.map((__, k) => ids[(selfFirst + chunkIndex + k) % ids.length] as string),
  }));
  const inlineData = await inlineContentOf(context.storage, record);
  return {
    read: {
      manifest: manifestToWire(record), locations, servedBy: context.self,
      nodes: members.map(([id, address]) => ({ id, address })),
      ...(inlineData === null ? {} : { inlineData }),
    },
  };
}

/**
 * The whole content of a file small enough to travel whole (fitsInline: one chunk, at most
 * inlineBytesMax), as this node holds it, so the read answer carries it and the client needs no
 * ChunkFetch; null for a larger file or when this node lacks the chunk. Unchecked, as a
 * ChunkFetch answer is: the client checks it against the manifest's chunk digest (and fetches
 * the chunk from the nodes when it does not match), and the scrub checks what rests here.
 */
async function inlineContentOf(storage: Storage, record: FileRecord): Promise<Uint8Array | null> {
  if (!fitsInline(record.size, record.chunkBytes)) return null;
  const bytes = await storage.readChunk(defined(record.chunks[0], "a file that fits inline has one chunk"));
  // A copy of the wrong size is rot the client would refuse: leave it to the ChunkFetch path.
  if (bytes === null || bytes.length !== record.size) return null;
  assert(bytes.length <= inlineBytesMax, "inline content stays within its bound");
  chunkMetrics.chunksOut.with({ path: "inline" }).inc();
  chunkMetrics.bytesOut.with({ path: "inline" }).inc(bytes.length);
  return bytes;
}

async function handleList(context: WorkContext, request: pb.ListRequest.$Shape): Promise<Result> {
  const blocked = await barrier(context, request.stale ?? false);
  if (blocked !== null) return blocked;
  const limit = request.limit === undefined || request.limit === null || request.limit === 0 ? listLimitMax : Math.min(request.limit, listLimitMax);
  const after = request.startAfter ?? "";
  const files = await context.storage.listFiles(request.prefix ?? "", { limit, ...(after === "" ? {} : { after }) });
  const withoutChunks = request.withoutChunks === true;
  return { list: { files: files.map((file) => (withoutChunks ? { ...manifestToWire(file), chunkDigests: [] } : manifestToWire(file))) } };
}

async function handleRemove(context: WorkContext, request: pb.RemoveRequest.$Shape): Promise<Result> {
  if (context.loop.softState.role !== "leader") return notLeader(context);
  const name = request.name ?? "";
  const existed = (await context.storage.getFile(name)) !== null;
  const proposed = await context.loop.propose(encodeFileCommand({ kind: "remove-file", name }), proposeTimeoutMs);
  if (proposed.kind !== "applied") return unapplied(context, proposed);
  return { remove: { existed } };
}

async function handleRemoveNode(context: WorkContext, request: pb.RemoveNode.$Shape): Promise<Result> {
  if (context.loop.softState.role !== "leader") return notLeader(context);
  const target = request.nodeId ?? "";
  if (target === "") return failure(pb.ErrorCode.ERROR_BAD_REQUEST, "remove-node needs a node id");
  const conf = await context.loop.withCore((core) => core.status().confState);
  if (conf === null) return failure(pb.ErrorCode.ERROR_UNAVAILABLE, "node stopping");
  if (![...conf.voters, ...conf.learners].includes(nodeId(target))) {
    const learners = conf.learners.length === 0 ? "" : `; learners ${conf.learners.join(", ")}`;
    return failure(pb.ErrorCode.ERROR_NOT_FOUND, `${target} is not a member of the cluster (voters ${conf.voters.join(", ")}${learners})`);
  }
  const proposed = await context.loop.proposeConfChange({ kind: "remove", node: nodeId(target) }, proposeTimeoutMs);
  if (proposed.kind !== "applied") return unapplied(context, proposed);
  return { ack: {} };
}

/** A learner this close to the leader's commit index is promoted to voter. */
export const promoteLagEntriesMax = 16;
/** How long a learner may take to catch up before the add-node work is answered busy (and redelivered). */
export const catchUpTimeoutMs = 60_000;
export const catchUpPollMs = 100;

/**
 * Adds a node found by discovery: as a learner first (it votes on nothing while it copies the
 * log), then as a voter once it is close to the leader's commit index (Raft thesis §4.2.1).
 * Idempotent: a node already a learner resumes at catching up, a voter is done.
 */
async function handleAddNode(context: WorkContext, request: pb.AddNode.$Shape): Promise<Result> {
  if (context.loop.softState.role !== "leader") return notLeader(context);
  const target = nodeId(request.nodeId ?? "");
  const address = parseHostPort(request.address ?? "");
  if (target === "" || address === null) return failure(pb.ErrorCode.ERROR_BAD_REQUEST, "add-node needs a node id and HOST:PORT");
  context.membership.learn(target, address);
  const conf = (await context.loop.withCore((core) => core.status().confState));
  if (conf === null) return failure(pb.ErrorCode.ERROR_UNAVAILABLE, "node stopping");
  if (conf.voters.includes(target)) return { ack: {} };
  if (!conf.learners.includes(target)) {
    const added = await proposeMembership(context, { kind: "add-learner", node: target, address: formatHostPort(address) });
    if (added !== null) return added;
  }
  // member add --learner: the operator promotes it later (member promote).
  if (request.learner === true) return { ack: {} };
  const caughtUp = await waitCaughtUp(context, target);
  if (caughtUp !== null) return caughtUp;
  const promoted = await proposeMembership(context, { kind: "promote-learner", node: target });
  if (promoted !== null) return promoted;
  context.logger.info("membership.promoted", { node: target });
  return { ack: {} };
}

/**
 * member promote ID: a learner becomes a voter once it has caught up (as etcd refuses to promote
 * a learner that is not in sync: a voter that knows nothing would weaken the quorum).
 */
async function handlePromoteNode(context: WorkContext, request: pb.PromoteNode.$Shape): Promise<Result> {
  if (context.loop.softState.role !== "leader") return notLeader(context);
  const target = nodeId(request.nodeId ?? "");
  if (target === "") return failure(pb.ErrorCode.ERROR_BAD_REQUEST, "member promote needs a node id");
  const conf = await context.loop.withCore((core) => core.status().confState);
  if (conf === null) return failure(pb.ErrorCode.ERROR_UNAVAILABLE, "node stopping");
  if (conf.voters.includes(target)) return { ack: {} };
  if (!conf.learners.includes(target)) return failure(pb.ErrorCode.ERROR_NOT_FOUND, `${target} is not a learner of this cluster (member add it first)`);
  const caughtUp = await waitCaughtUp(context, target);
  if (caughtUp !== null) return caughtUp;
  const promoted = await proposeMembership(context, { kind: "promote-learner", node: target });
  if (promoted !== null) return promoted;
  context.logger.info("membership.promoted", { node: target });
  return { ack: {} };
}

/** How long a leadership transfer may take before it is reported as not done. */
export const transferTimeoutMs = 10_000;

/**
 * transfer-leader ID (Raft thesis §3.10): the leader brings the target up to date and tells it to
 * campaign at once. Answered when this node sees the target lead, or when it already does.
 */
async function handleTransferLeader(context: WorkContext, request: pb.TransferLeader.$Shape): Promise<Result> {
  const target = nodeId(request.nodeId ?? "");
  if (target === "") return failure(pb.ErrorCode.ERROR_BAD_REQUEST, "transfer-leader needs a node id");
  if (context.loop.softState.role !== "leader") return context.loop.softState.leader === target ? { ack: {} } : notLeader(context);
  if (target === context.self) return { ack: {} };
  const conf = await context.loop.withCore((core) => core.status().confState);
  if (conf === null) return failure(pb.ErrorCode.ERROR_UNAVAILABLE, "node stopping");
  if (!conf.voters.includes(target)) return failure(pb.ErrorCode.ERROR_BAD_REQUEST, `${target} is not a voter of this cluster: only a voter can lead`);
  await context.loop.withCore((core) => core.transferLeadership(target));
  const deadline = context.now() + transferTimeoutMs;
  while (context.now() < deadline) {
    await Bun.sleep(catchUpPollMs);
    if (context.loop.softState.leader === target) {
      context.logger.info("membership.leader-transferred", { to: target });
      return { ack: {} };
    }
  }
  return failure(pb.ErrorCode.ERROR_TIMEOUT, `${target} did not take the lead within ${transferTimeoutMs} ms`);
}

/** member list: the leader's configuration, with its match index for each member. */
async function handleMemberList(context: WorkContext): Promise<Result> {
  const status = await context.loop.withCore((core) => core.status());
  if (status === null || status.role !== "leader") return notLeader(context);
  const addresses = context.membership.addresses();
  const member = (id: NodeId, learner: boolean): pb.Member.$Shape => ({
    id, address: addresses.get(id) ?? "", learner, leader: id === context.self,
    match: id === context.self ? status.lastIndex : (status.progress?.get(id)?.match ?? 0),
  });
  const members = [...status.confState.voters.map((id) => member(id, false)), ...status.confState.learners.map((id) => member(id, true))];
  return { memberList: { members, leader: context.self, term: status.term, commit: status.commit } };
}

/** A membership change, retried while another is still pending (one change at a time). */
async function proposeMembership(context: WorkContext, change: ConfChange): Promise<Result | null> {
  const deadline = context.now() + proposeTimeoutMs;
  while (context.now() < deadline) {
    const proposed = await context.loop.proposeConfChange(change, proposeTimeoutMs);
    if (proposed.kind === "applied") return null;
    if (proposed.kind === "refused" && proposed.result.kind === "dropped" && proposed.result.reason === "conf-change-pending") {
      await Bun.sleep(catchUpPollMs);
      continue;
    }
    return unapplied(context, proposed);
  }
  return failure(pb.ErrorCode.ERROR_BUSY, `membership change ${change.kind} ${change.node} not accepted in time`, 1000);
}

async function waitCaughtUp(context: WorkContext, target: NodeId): Promise<Result | null> {
  const deadline = context.now() + catchUpTimeoutMs;
  // The learner must at least hold everything committed when it was added (its own addition
  // included), however short the log: a voter that knows nothing would weaken the quorum.
  let floor: number | null = null;
  while (context.now() < deadline) {
    const status = await context.loop.withCore((core) => core.status());
    if (status === null || status.role !== "leader") return notLeader(context);
    floor ??= status.commit;
    const match = status.progress?.get(target)?.match ?? 0;
    if (match >= floor && match + promoteLagEntriesMax >= status.commit) return null;
    await Bun.sleep(catchUpPollMs);
  }
  return failure(pb.ErrorCode.ERROR_BUSY, `learner ${target} did not catch up within ${catchUpTimeoutMs} ms`, 1000);
}

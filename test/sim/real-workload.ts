/**
 * Clients of the real edge, going through the node's own entry points as the work handlers
 * do: a put writes a one-chunk file on the leader (its chunk stored, then a chunk entry and a
 * put-file proposed as one ProposalChain; the file's name is the key, its `createdMs` carries
 * the operation id as the value) and completes when the loop says the put-file was applied; a get is `RaftLoop.readBarrier` (ReadIndex) followed by `storage.getFile`. One
 * operation per client at a time. A put the loop refused, or whose index another entry took,
 * had no effect and is left out of the history; one the client gave up on (its node crashed,
 * or no answer within `timeoutTicks`) has an unknown outcome. Invocations and responses are
 * stamped by one counter, which gives the real-time order the checker needs.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import { chunkBytesMin } from "../../src/files/limits";
import { fileDigestOf, hashChunk } from "../../src/files/sha256";
import type { Manifest } from "../../src/files/manifest";
import { isWriteId, writeAnswerOf, type WriteId } from "../../src/files/write-id";
import { ProposalChain, type Proposed } from "../../src/node/raft-loop";
import type { LogIndex, NodeId } from "../../src/raft/types";
import { encodeFileCommand } from "../../src/storage/file-commands";
import type { Storage } from "../../src/storage/storage";
import type { KvOperation } from "./linearizability";
import type { WorkloadOptions } from "./options";
import type { RealNode } from "./real-node";
import type { RealPlants } from "./real-plants";
import { SimViolation } from "./violation";
import { operationsMax } from "./workload";

interface Pending {
  readonly kind: "put" | "get";
  readonly id: number;
  readonly key: string;
  readonly invokeAt: number;
  readonly deadline: number;
  readonly node: NodeId;
}

interface Client {
  readonly id: number;
  pending: Pending | null;
  nextAt: number;
  leaderHint: NodeId | null;
}

/** A put as it was confirmed: the version its writer was told, and its own put-file (as entryDigest shows data). */
interface Confirmation {
  readonly operation: number;
  readonly key: string;
  readonly version: number;
  readonly putFile: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A write id of its own for each operation (32 hex characters, as a client draws them). */
function simWriteId(operation: number): WriteId {
  const id = operation.toString(16).padStart(32, "0");
  assert(isWriteId(id), `operation ${operation} makes a write id`);
  return id;
}

/** Ticks a client waits beyond the loop's own timeout before it gives up (a crashed node never answers). */
export const clientGraceTicks = 5;

export class RealWorkload {
  readonly history: KvOperation[] = [];
  private readonly clients: Client[] = [];
  private readonly confirmations: Confirmation[] = [];
  private stampCount = 0;
  private nextOperation = 0;
  active = true;
  stats = { puts: 0, gets: 0, unknown: 0, failed: 0, refused: 0 };

  constructor(
    private readonly prng: Prng,
    private readonly options: WorkloadOptions,
    private readonly tickMs: number,
    private readonly now: () => number,
    private readonly trace: (text: string) => void,
    private readonly plants: RealPlants = {},
  ) {
    for (let id = 0; id < options.clientCount; id += 1) this.clients.push({ id, pending: null, nextAt: 0, leaderHint: null });
  }

  tick(nodes: readonly RealNode[]): void {
    const now = this.now();
    for (const client of this.clients) {
      const pending = client.pending;
      if (pending !== null) {
        if (now >= pending.deadline) this.giveUp(client, pending);
        continue;
      }
      if (!this.active || now < client.nextAt) continue;
      const live = nodes.filter((node) => node.alive);
      if (live.length === 0) continue;
      const node = live.find((candidate) => candidate.id === client.leaderHint) ?? this.prng.pick(live);
      const key = `k${this.prng.intBetween(0, this.options.keyCount - 1)}`;
      this.submit(client.id, this.prng.chance(this.options.readFraction) ? "get" : "put", node, key);
    }
  }

  /** Starts one operation of an idle client on a running node (scripted scenarios call this directly). */
  submit(clientId: number, kind: "put" | "get", node: RealNode, key: string): void {
    const client = this.clients[clientId];
    assert(client !== undefined, `client ${clientId} exists`);
    if (kind === "get") this.get(client, node, key);
    else this.put(client, node, key);
  }

  /** True when `clientId` has no operation outstanding. */
  idle(clientId: number): boolean {
    return this.clients[clientId]?.pending === null;
  }

  private begin(client: Client, kind: "put" | "get", node: RealNode, key: string): Pending {
    assert(client.pending === null, "a client has one operation outstanding");
    const pending: Pending = { kind, id: this.nextOperation, key, invokeAt: this.stamp(), deadline: this.now() + this.options.timeoutTicks + clientGraceTicks, node: node.id };
    this.nextOperation += 1;
    client.pending = pending;
    return pending;
  }

  /**
   * A one-chunk file, written as the node's write handler does (work-handlers.ts handleWrite):
   * on a leader only, the chunk stored durably first, then its chunk entry and the put-file
   * (with the write's id) proposed as one ProposalChain of this term, the put-file awaited
   * alone, and the write confirmed by its own commit: the version its write id's record names
   * (commitFile, writeAnswerOf). Each confirmation is kept, and checked against the committed
   * log at the end of the run (checkConfirmations).
   */
  private put(client: Client, node: RealNode, key: string): void {
    const status = node.running().status();
    const storage = node.storage;
    assert(storage !== null, "a running node has storage");
    if (status.role !== "leader") {
      // Not proposed at all (the handler answers NotLeader): try the leader it names, shortly.
      client.leaderHint = status.leader;
      client.nextAt = this.now() + 1;
      return;
    }
    const pending = this.begin(client, "put", node, key);
    const chunk = hashChunk(encoder.encode(`value ${pending.id}`));
    const manifest: Manifest = { name: key, size: chunk.bytes.length, sha256: fileDigestOf([chunk.digest]), chunkBytes: chunkBytesMin, chunks: [chunk.digest] };
    const writeId = simWriteId(pending.id);
    const putFile = encodeFileCommand({ kind: "put-file", manifest, createdMs: pending.id, writeId });
    this.trace(`client ${client.id} put#${pending.id} ${key} via ${node.id}`);
    const loop = node.runningLoop();
    const timeoutMs = this.options.timeoutTicks * this.tickMs;
    // Planted (real-plants.ts): the handler's old term order instead of the chain.
    const order = this.plants.putFileUnchained === true ? status.term : new ProposalChain(status.term);
    void storage.putVerifiedChunk(chunk).then(async () => {
      void loop.propose(encodeFileCommand({ kind: "chunk", digest: chunk.digest }), timeoutMs, order);
      const outcome = await loop.propose(putFile, timeoutMs, order);
      if (outcome.kind !== "applied" || client.pending !== pending) return this.proposed(client, pending, outcome);
      const version = await this.confirm(storage, manifest, writeId, outcome.index);
      if (client.pending !== pending) return;
      if (version === null) return this.proposed(client, pending, { kind: "lost", reason: "write id forgotten" });
      this.confirmations.push({ operation: pending.id, key, version, putFile: decoder.decode(putFile) });
      this.trace(`client ${client.id} put#${pending.id} confirmed at version ${version}`);
      this.record(client, pending, String(pending.id), this.stamp());
    }).catch((error: unknown) => node.fail(error));
  }

  /** The version a write is confirmed with, as commitFile answers it; null when its outcome cannot be told. */
  private async confirm(storage: Storage, manifest: Manifest, writeId: WriteId, index: LogIndex): Promise<number | null> {
    if (this.plants.confirmByName === true) return (await storage.getFile(manifest.name))?.version ?? null;
    const answer = writeAnswerOf(manifest, writeId, index, await storage.writeRecord(writeId));
    // Every put has an id of its own, never retried: only "first" (or "forgotten", past the bound) can come back.
    assert(answer.kind === "first" || answer.kind === "forgotten", `write ${writeId} answered ${answer.kind}`);
    return answer.kind === "first" ? answer.version : null;
  }

  private proposed(client: Client, pending: Pending, outcome: Proposed): void {
    if (client.pending !== pending) return; // given up already: recorded as unknown
    this.trace(`client ${client.id} put#${pending.id} ${outcome.kind}${outcome.kind === "lost" ? ` (${outcome.reason})` : ""}`);
    if (outcome.kind === "refused") {
      // A chained proposal is also refused when it was appended in a later term, and may
      // still commit (raft-loop.ts propose): its outcome is unknown, not "no effect".
      this.stats.refused += 1;
      client.leaderHint = outcome.result.kind === "not-leader" ? outcome.result.leaderHint : null;
      return this.record(client, pending, String(pending.id), null);
    }
    if (outcome.kind === "lost" && outcome.reason.startsWith("entry ")) {
      // Another entry took its index: by Log Matching it never commits.
      this.stats.failed += 1;
      return this.finish(client);
    }
    this.record(client, pending, String(pending.id), null);
  }

  /**
   * Each write must be confirmed by its own commit (issue 12): the committed entry at the
   * version a put was confirmed with is that put's own put-file. Called once the run is over,
   * with the committed log every node's applies registered (safety.ts).
   */
  checkConfirmations(committedAt: (index: number) => { readonly digest: string } | undefined): void {
    for (const { operation, key, version, putFile } of this.confirmations) {
      const committed = committedAt(version)?.digest ?? "nothing";
      // entryDigest is "term/type/data": the term is the log's, the rest must be this put-file.
      if (committed.slice(committed.indexOf("/") + 1) === `normal/${putFile}`) continue;
      throw new SimViolation("state-machine-safety", `put#${operation} of ${key} was confirmed at version ${version}, whose committed entry is not its put-file but ${committed}`);
    }
  }

  private get(client: Client, node: RealNode, key: string): void {
    const pending = this.begin(client, "get", node, key);
    this.trace(`client ${client.id} get#${pending.id} ${key} via ${node.id}`);
    const storage = node.storage;
    assert(storage !== null, "a running node has storage");
    void node.runningLoop().readBarrier(this.options.timeoutTicks * this.tickMs).then(async (outcome) => {
      if (client.pending !== pending) return;
      if (outcome.kind !== "ready") {
        this.trace(`client ${client.id} get#${pending.id} failed (${outcome.reason})`);
        client.leaderHint = null;
        return this.finish(client);
      }
      const record = await storage.getFile(key);
      if (client.pending !== pending) return;
      const value = record === null ? null : String(record.createdMs);
      this.trace(`client ${client.id} get#${pending.id} ${key} -> ${value ?? "absent"}`);
      this.record(client, pending, value, this.stamp());
    });
  }

  private record(client: Client, pending: Pending, value: string | null, completeAt: number | null): void {
    assert(this.history.length < operationsMax, "history is bounded");
    this.history.push({ id: pending.id, client: client.id, kind: pending.kind, key: pending.key, value, invokeAt: pending.invokeAt, completeAt });
    if (pending.kind === "get") this.stats.gets += 1;
    else if (completeAt === null) this.stats.unknown += 1;
    else this.stats.puts += 1;
    if (pending.kind === "put" && completeAt !== null) client.leaderHint = pending.node;
    this.finish(client);
  }

  private giveUp(client: Client, pending: Pending): void {
    this.trace(`client ${client.id} ${pending.kind}#${pending.id} timed out`);
    client.leaderHint = null;
    if (pending.kind === "put") this.record(client, pending, String(pending.id), null);
    else this.finish(client);
  }

  private finish(client: Client): void {
    client.pending = null;
    client.nextAt = this.now() + this.prng.intBetween(0, this.options.thinkTicksMax);
  }

  /** At the end of a run, outstanding puts have unknown outcomes; outstanding gets saw nothing. */
  finishAll(): void {
    for (const client of this.clients) {
      const pending = client.pending;
      if (pending === null) continue;
      if (pending.kind === "put") this.record(client, pending, String(pending.id), null);
      else client.pending = null;
    }
  }

  get outstanding(): number {
    return this.clients.filter((client) => client.pending !== null).length;
  }

  private stamp(): number {
    this.stampCount += 1;
    return this.stampCount;
  }
}

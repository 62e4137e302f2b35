/**
 * Clients of the replicated KV store. Each client has at most one operation outstanding, as a
 * real client waiting for its answer would:
 *
 * - a put is proposed on the node the client believes leads; it completes when any node
 *   applies its entry (it is committed, so every read that starts later sees it or a newer
 *   value). If its index is committed with another entry, it can never commit: it failed, had
 *   no effect, and is left out of the history.
 * - a get asks the node for a ReadIndex and reads the node's state machine once it has applied
 *   that index (Raft thesis §6.4). A follower forwards the request to its leader.
 *
 * An operation not answered within `timeoutTicks` is given up: a put's outcome is then unknown
 * (it may still take effect, or never), a get's answer is simply never seen.
 * Invocations and responses are numbered by one counter, which gives the real-time order.
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { Entry, LogIndex, NodeId, ReadState, Term } from "../../src/raft/types";
import { encodePut, type PutCommand } from "./kv";
import type { KvOperation } from "./linearizability";
import type { SimNode } from "./node";
import type { WorkloadOptions } from "./options";

/** Operations one run records at most; a run that needs more is misconfigured. */
export const operationsMax = 100_000;

interface PendingPut {
  readonly kind: "put";
  readonly id: number;
  readonly key: string;
  readonly value: string;
  readonly invokeAt: number;
  readonly deadline: number;
  readonly node: NodeId;
  readonly index: LogIndex;
  readonly term: Term;
}

interface PendingGet {
  readonly kind: "get";
  readonly id: number;
  readonly key: string;
  readonly invokeAt: number;
  readonly deadline: number;
  readonly node: NodeId;
  readonly context: string;
  /** Set once the node answered the ReadIndex. */
  readIndex: LogIndex | null;
  readonly incarnation: number;
}

interface Client {
  readonly id: number;
  pending: PendingPut | PendingGet | null;
  nextAt: number;
  leaderHint: NodeId | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Workload {
  readonly history: KvOperation[] = [];
  private readonly clients: Client[] = [];
  private clock = 0;
  private nextOperation = 0;
  active = true;
  stats = { puts: 0, gets: 0, unknown: 0, failed: 0, rejected: 0 };

  constructor(
    private readonly prng: Prng,
    private readonly options: WorkloadOptions,
    private readonly trace: (text: string) => void,
  ) {
    for (let id = 0; id < options.clientCount; id += 1) this.clients.push({ id, pending: null, nextAt: 0, leaderHint: null });
  }

  tick(now: number, nodes: readonly SimNode[]): void {
    for (const client of this.clients) {
      const pending = client.pending;
      if (pending !== null) {
        if (now >= pending.deadline) this.giveUp(client, pending, now);
        continue;
      }
      if (!this.active || now < client.nextAt) continue;
      this.invoke(client, now, nodes);
    }
  }

  private invoke(client: Client, now: number, nodes: readonly SimNode[]): void {
    const live = nodes.filter((node) => node.alive);
    if (live.length === 0) return;
    const hinted = live.find((node) => node.id === client.leaderHint);
    const node = hinted ?? this.prng.pick(live);
    const key = `k${this.prng.intBetween(0, this.options.keyCount - 1)}`;
    const kind = this.prng.chance(this.options.readFraction) ? "get" : "put";
    if (this.submit(client.id, kind, node, key, now) === "accepted") return;
    // Nothing was proposed, so there is nothing to record: try again (elsewhere) shortly.
    client.nextAt = now + 1 + this.prng.intBetween(0, 2);
  }

  /**
   * Starts one operation of `clientId` on `node` (scripted scenarios call this directly).
   * A put the node does not accept ("not-leader", "dropped") had no effect and is not recorded.
   */
  submit(clientId: number, kind: "put" | "get", node: SimNode, key: string, now: number): "accepted" | "rejected" {
    const client = this.clients[clientId];
    assert(client !== undefined, `client ${clientId} exists`);
    assert(client.pending === null, "a client has one operation outstanding");
    const id = this.nextOperation;
    const deadline = now + this.options.timeoutTicks;
    if (kind === "get") {
      const context = `r${id}`;
      client.pending = { kind: "get", id, key, invokeAt: this.stamp(), deadline, node: node.id, context, readIndex: null, incarnation: node.incarnation };
      this.nextOperation += 1;
      node.running().readIndex(encoder.encode(context));
      this.trace(`client ${client.id} get#${id} ${key} via ${node.id}`);
      return "accepted";
    }
    const value = `${client.id}.${id}`;
    const command: PutCommand = { client: client.id, operation: id, key, value };
    const result = node.running().propose(encodePut(command));
    if (result.kind !== "accepted") {
      this.stats.rejected += 1;
      client.leaderHint = result.kind === "not-leader" ? result.leaderHint : null;
      return "rejected";
    }
    this.nextOperation += 1;
    client.leaderHint = node.id;
    client.pending = { kind: "put", id, key, value, invokeAt: this.stamp(), deadline, node: node.id, index: result.index, term: result.term };
    this.trace(`client ${client.id} put#${id} ${key}=${value} via ${node.id} at ${result.index}/t${result.term}`);
    return "accepted";
  }

  /** True when `clientId` has no operation outstanding. */
  idle(clientId: number): boolean {
    return this.clients[clientId]?.pending === null;
  }

  onApplied(node: SimNode, entry: Entry, command: PutCommand | null, now: number): void {
    for (const client of this.clients) {
      const pending = client.pending;
      if (pending === null) continue;
      if (pending.kind === "get") {
        if (pending.node === node.id && pending.readIndex !== null && node.applied >= pending.readIndex) this.completeGet(client, pending, node, now);
        continue;
      }
      if (entry.index !== pending.index) continue;
      if (command !== null && command.client === client.id && command.operation === pending.id) {
        assert(entry.term === pending.term, "a proposal commits in the term it was proposed");
        this.record(pending, this.stamp(), client, now);
        this.trace(`client ${client.id} put#${pending.id} done`);
      } else {
        // Another entry holds the index: by log matching this proposal can never commit.
        this.stats.failed += 1;
        this.trace(`client ${client.id} put#${pending.id} failed (index ${entry.index} holds another entry)`);
        this.finish(client, now);
      }
    }
  }

  onReadState(node: SimNode, readState: ReadState, now: number): void {
    const context = decoder.decode(readState.context);
    for (const client of this.clients) {
      const pending = client.pending;
      if (pending === null || pending.kind !== "get" || pending.context !== context || pending.node !== node.id) continue;
      if (pending.incarnation !== node.incarnation) continue;
      pending.readIndex = readState.index;
      if (node.applied >= readState.index) this.completeGet(client, pending, node, now);
    }
  }

  private completeGet(client: Client, pending: PendingGet, node: SimNode, now: number): void {
    const value = node.kv.get(pending.key);
    this.history.push({ id: pending.id, client: client.id, kind: "get", key: pending.key, value, invokeAt: pending.invokeAt, completeAt: this.stamp() });
    this.stats.gets += 1;
    this.trace(`client ${client.id} get#${pending.id} ${pending.key} -> ${value ?? "absent"} (read index ${pending.readIndex}, ${node.id})`);
    this.finish(client, now);
  }

  private record(pending: PendingPut, completeAt: number | null, client: Client, now: number): void {
    assert(this.history.length < operationsMax, "history is bounded");
    this.history.push({ id: pending.id, client: client.id, kind: "put", key: pending.key, value: pending.value, invokeAt: pending.invokeAt, completeAt });
    if (completeAt === null) this.stats.unknown += 1;
    else this.stats.puts += 1;
    this.finish(client, now);
  }

  private giveUp(client: Client, pending: PendingPut | PendingGet, now: number): void {
    this.trace(`client ${client.id} ${pending.kind}#${pending.id} timed out`);
    client.leaderHint = null;
    if (pending.kind === "put") this.record(pending, null, client, now);
    else this.finish(client, now);
  }

  private finish(client: Client, now: number): void {
    client.pending = null;
    client.nextAt = now + this.prng.intBetween(0, this.options.thinkTicksMax);
  }

  /** At the end of a run, outstanding puts have unknown outcomes; outstanding gets saw nothing. */
  finishAll(now: number): void {
    for (const client of this.clients) {
      const pending = client.pending;
      if (pending === null) continue;
      if (pending.kind === "put") this.record(pending, null, client, now);
      else client.pending = null;
    }
  }

  get outstanding(): number {
    return this.clients.filter((client) => client.pending !== null).length;
  }

  private stamp(): number {
    this.clock += 1;
    return this.clock;
  }
}

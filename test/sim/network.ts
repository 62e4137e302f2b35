/**
 * The simulated network. Each message is delivered after a random delay (which reorders them),
 * may be lost or duplicated, and passes only over links that are up both when it is sent and
 * when it arrives (cutting a link loses what is in flight on it, as a TCP reset would). Links
 * are directed, so one-way partitions, isolated nodes and bridges are all sets of cut links.
 *
 * A snapshot message carries the state machine's bytes beside the core's message, as the
 * edge's transport would stream them (the core only knows the snapshot's meta).
 */
import { assert } from "../../src/lib/assert";
import type { Prng } from "../../src/lib/prng";
import type { Message, NodeId } from "../../src/raft/types";
import type { KvSnapshot } from "./kv";
import type { NetworkOptions } from "./options";

/** What the network needs of anything it carries: who sends it to whom, and when. */
export interface NetEnvelope {
  readonly message: { readonly from: NodeId; readonly to: NodeId };
  readonly sentAt: number;
}

export interface Envelope extends NetEnvelope {
  readonly message: Message;
  readonly snapshotData: KvSnapshot | null;
}

/** Messages in flight at once; a run that exceeds it has a runaway core or simulator. */
export const messagesInFlightMax = 200_000;

export type SendOutcome = "queued" | "dropped" | "cut";

export class SimNetwork<E extends NetEnvelope = Envelope> {
  private readonly inFlight = new Map<number, E[]>();
  private readonly cut = new Set<string>();
  /** Disconnected nodes: no link to or from them is up, whatever `cut` says (the labs' disconnect). */
  private readonly isolated = new Set<NodeId>();
  private inFlightCount = 0;
  options: NetworkOptions;
  /** Targeted loss set by a script (e.g. every append for a while); null when off. */
  dropMatching: ((message: E["message"]) => boolean) | null = null;

  constructor(
    private readonly prng: Prng,
    options: NetworkOptions,
  ) {
    this.options = { ...options };
  }

  send(envelope: E, now: number): SendOutcome {
    const { from, to } = envelope.message;
    assert(from !== to, "a node never sends to itself");
    if (!this.linkUp(from, to)) return "cut";
    if (this.dropMatching !== null && this.dropMatching(envelope.message)) return "dropped";
    if (this.options.dropRate > 0 && this.prng.chance(this.options.dropRate)) return "dropped";
    this.enqueue(envelope, now + this.delay());
    if (this.options.duplicateRate > 0 && this.prng.chance(this.options.duplicateRate)) {
      this.enqueue(envelope, now + this.delay());
    }
    return "queued";
  }

  private delay(): number {
    const { delayTicksMin, delayTicksMax, lateRate, lateTicksMax } = this.options;
    if (lateRate > 0 && this.prng.chance(lateRate)) return this.prng.intBetween(delayTicksMax, Math.max(delayTicksMax, lateTicksMax));
    return this.prng.intBetween(delayTicksMin, delayTicksMax);
  }

  private enqueue(envelope: E, at: number): void {
    assert(this.inFlightCount < messagesInFlightMax, "too many messages in flight");
    // A message sent this tick is delivered no earlier than the next tick.
    const deliverAt = Math.max(at, envelope.sentAt + 1);
    const bucket = this.inFlight.get(deliverAt) ?? [];
    bucket.push(envelope);
    this.inFlight.set(deliverAt, bucket);
    this.inFlightCount += 1;
  }

  /** Messages due at `now`, shuffled (messages due on one tick arrive in any order), on live links only. */
  deliver(now: number): { delivered: E[]; lost: E[] } {
    const bucket = this.inFlight.get(now) ?? [];
    this.inFlight.delete(now);
    this.inFlightCount -= bucket.length;
    for (let i = bucket.length - 1; i > 0; i -= 1) {
      const j = this.prng.intBetween(0, i);
      const swap = bucket[i] as E;
      bucket[i] = bucket[j] as E;
      bucket[j] = swap;
    }
    const delivered: E[] = [];
    const lost: E[] = [];
    for (const envelope of bucket) {
      (this.linkUp(envelope.message.from, envelope.message.to) ? delivered : lost).push(envelope);
    }
    return { delivered, lost };
  }

  get pending(): number {
    return this.inFlightCount;
  }

  linkUp(from: NodeId, to: NodeId): boolean {
    return !this.isolated.has(from) && !this.isolated.has(to) && !this.cut.has(`${from}>${to}`);
  }

  cutLink(from: NodeId, to: NodeId): void {
    assert(from !== to, "a link joins two nodes");
    this.cut.add(`${from}>${to}`);
  }

  /** Nodes in different groups cannot talk, in either direction; nodes in no group talk to all. */
  partition(groups: readonly (readonly NodeId[])[]): void {
    for (const [i, group] of groups.entries()) {
      for (const [j, other] of groups.entries()) {
        if (i === j) continue;
        for (const a of group) for (const b of other) this.cutLink(a, b);
      }
    }
  }

  isolate(node: NodeId): void {
    this.isolated.add(node);
  }

  /** Undoes `isolate` only: links cut by a partition stay cut, and so do links to other isolated nodes. */
  reconnect(node: NodeId): void {
    this.isolated.delete(node);
  }

  healLinks(): void {
    this.dropMatching = null;
    this.cut.clear();
    this.isolated.clear();
  }

  describeCuts(): string {
    const isolated = [...this.isolated].sort().map((node) => `${node}(isolated)`);
    const all = [...isolated, ...[...this.cut].sort()];
    return all.length === 0 ? "none" : all.join(" ");
  }
}

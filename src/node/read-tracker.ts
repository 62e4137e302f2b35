/**
 * Linearizable reads through ReadIndex (Raft thesis §6.4): each read gets a unique context;
 * the core answers with a ReadState (the commit index at the time leadership was confirmed);
 * the read may run once this node has applied up to that index. Pure bookkeeping.
 */
import { assert } from "../lib/assert";
import type { LogIndex, ReadState } from "../raft/types";

export type ReadOutcome = { readonly kind: "ready" } | { readonly kind: "failed"; readonly reason: string };

interface PendingRead {
  readonly deadlineMs: number;
  /** Set once the core has answered: the index that must be applied first. */
  index: LogIndex | null;
  readonly resolve: (outcome: ReadOutcome) => void;
}

/** Reads one node holds at once; beyond this a read is refused as busy. */
export const readsPendingMax = 4096;

export class ReadTracker {
  private readonly pending = new Map<string, PendingRead>();
  private nextContext = 1;

  full(): boolean {
    return this.pending.size >= readsPendingMax;
  }

  /** Registers a read; returns the context to pass to core.readIndex and its outcome. */
  begin(deadlineMs: number): { readonly context: Uint8Array; readonly outcome: Promise<ReadOutcome> } {
    assert(!this.full(), "read tracker is full: check full() first");
    const context = encodeContext(this.nextContext);
    this.nextContext += 1;
    const outcome = new Promise<ReadOutcome>((resolve) => this.pending.set(keyOf(context), { deadlineMs, index: null, resolve }));
    return { context, outcome };
  }

  readStates(states: readonly ReadState[], applied: LogIndex): void {
    for (const state of states) {
      const read = this.pending.get(keyOf(state.context));
      if (read === undefined || read.index !== null) continue;
      read.index = state.index;
    }
    this.applied(applied);
  }

  applied(applied: LogIndex): void {
    for (const [key, read] of this.pending) {
      if (read.index === null || read.index > applied) continue;
      this.pending.delete(key);
      read.resolve({ kind: "ready" });
    }
  }

  expire(nowMs: number): void {
    for (const [key, read] of this.pending) {
      if (read.deadlineMs > nowMs) continue;
      this.pending.delete(key);
      read.resolve({ kind: "failed", reason: read.index === null ? "leadership not confirmed in time" : "not applied in time" });
    }
  }

  failAll(reason: string): void {
    for (const read of this.pending.values()) read.resolve({ kind: "failed", reason });
    this.pending.clear();
  }
}

function encodeContext(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value);
  return bytes;
}

function keyOf(context: Uint8Array): string {
  return Array.from(context, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

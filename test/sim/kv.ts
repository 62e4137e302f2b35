/**
 * The replicated state machine of the simulation: a map from key to value, changed only by
 * applying committed `normal` entries in order. A command names the client and operation that
 * proposed it, so the workload can tell when its own put has been applied.
 */
import { assert } from "../../src/lib/assert";
import type { Entry } from "../../src/raft/types";

export interface PutCommand {
  readonly client: number;
  readonly operation: number;
  readonly key: string;
  readonly value: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodePut(command: PutCommand): Uint8Array {
  return encoder.encode(`${command.client}|${command.operation}|${command.key}|${command.value}`);
}

/** Commands are made by the workload only; a malformed one is a bug in the simulator. */
export function decodePut(data: Uint8Array): PutCommand {
  const parts = decoder.decode(data).split("|");
  assert(parts.length === 4, "a put command has four fields");
  const [client, operation, key, value] = parts as [string, string, string, string];
  return { client: Number(client), operation: Number(operation), key, value };
}

/** A frozen copy of the state, as carried by a snapshot. */
export type KvSnapshot = ReadonlyMap<string, string>;

export class KvStore {
  private readonly values: Map<string, string>;

  constructor(from: KvSnapshot = new Map()) {
    this.values = new Map(from);
  }

  /** Returns the command applied, or null for entries the state machine ignores. */
  apply(entry: Entry): PutCommand | null {
    if (entry.type !== "normal") return null;
    if (entry.data.byteLength === 0) return null; // an empty proposal carries no command
    const command = decodePut(entry.data);
    this.values.set(command.key, command.value);
    return command;
  }

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  snapshot(): KvSnapshot {
    return new Map(this.values);
  }

  digest(): string {
    return [...this.values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(",");
  }
}

export function entryDigest(entry: Entry): string {
  return `${entry.term}/${entry.type}/${decoder.decode(entry.data)}`;
}

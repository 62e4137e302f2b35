/**
 * The registry file's format, as pure functions (no I/O, no clock: `nowMs` comes in).
 *
 *   { "format": "gossamer-registry", "version": 1,
 *     "clusters": { "<id>": { "queues": ["host:port"], "leader": "n1" | null,
 *                              "updatedMs": 1700000000000, "expiresMs": 1700000003000 } } }
 *
 * Parsing checks everything once (this is input from disk); an entry that fails a check makes
 * the whole file "corrupt", because a half-understood file must not be rewritten as if it
 * were whole. An empty file (0 bytes, or only whitespace) is an empty registry: that is what
 * `touch` or a fresh `: > file` leaves. A file of a newer version is never rewritten.
 */
import { assert } from "../lib/assert";
import { addressProblem, clusterIdProblem, compareClusterIds, queuesPerClusterMax } from "./cluster-id";
import type { ClusterEntry } from "./registry";

export const fileFormatName = "gossamer-registry";
export const fileFormatVersion = 1;
/** A registry file of clustersMax entries is well under this; larger is not ours. */
export const fileBytesMax = 4 << 20;

export interface StoredEntry {
  readonly queues: readonly string[];
  readonly leader: string | null;
  readonly updatedMs: number;
  /** Past this instant (ms since the epoch) the entry is dead and ignored. Invariant: > updatedMs. */
  readonly expiresMs: number;
}

/** Cluster id to entry; a Map so ids such as "__proto__"-like names need no care. */
export type RegistryDocument = ReadonlyMap<string, StoredEntry>;

export type ParsedFile =
  | { readonly kind: "ok"; readonly document: RegistryDocument }
  | { readonly kind: "corrupt"; readonly detail: string }
  | { readonly kind: "newer"; readonly version: number };

export function parseRegistryFile(text: string): ParsedFile {
  if (text.trim().length === 0) return { kind: "ok", document: new Map() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    return { kind: "corrupt", detail: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value)) return { kind: "corrupt", detail: "not a JSON object" };
  if (value.format !== fileFormatName) return { kind: "corrupt", detail: `"format" is not "${fileFormatName}"` };
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { kind: "corrupt", detail: "\"version\" is not a positive integer" };
  if (version > fileFormatVersion) return { kind: "newer", version };
  const clusters = value.clusters;
  if (!isRecord(clusters)) return { kind: "corrupt", detail: "\"clusters\" is not an object" };
  const document = new Map<string, StoredEntry>();
  for (const [id, raw] of Object.entries(clusters)) {
    const idProblem = clusterIdProblem(id);
    const entry = idProblem === null ? storedEntryFrom(raw) : idProblem;
    if (typeof entry === "string") return { kind: "corrupt", detail: `cluster ${JSON.stringify(id)}: ${entry}` };
    document.set(id, entry);
  }
  return { kind: "ok", document };
}

/** The checked entry, or why `raw` is not one. */
function storedEntryFrom(raw: unknown): StoredEntry | string {
  if (!isRecord(raw)) return "not an object";
  const { queues: rawQueues, leader, updatedMs, expiresMs } = raw;
  if (!Array.isArray(rawQueues) || rawQueues.length > queuesPerClusterMax) return "\"queues\" is not a short array";
  const queues: string[] = [];
  for (const address of rawQueues) {
    if (typeof address !== "string" || addressProblem(address) !== null) return "\"queues\" holds a bad address";
    queues.push(address);
  }
  if (leader !== null && (typeof leader !== "string" || addressProblem(leader) !== null)) return "\"leader\" is neither null nor a name";
  if (typeof updatedMs !== "number" || !Number.isSafeInteger(updatedMs) || updatedMs < 0) return "\"updatedMs\" is not a time";
  if (typeof expiresMs !== "number" || !Number.isSafeInteger(expiresMs) || expiresMs <= updatedMs) return "\"expiresMs\" is not a time after updatedMs";
  return { queues, leader, updatedMs, expiresMs };
}

export function serializeRegistryFile(document: RegistryDocument): string {
  const clusters: Record<string, StoredEntry> = {};
  for (const id of [...document.keys()].sort(compareClusterIds)) {
    const entry = document.get(id);
    assert(entry !== undefined, "a listed key has an entry");
    assert(entry.expiresMs > entry.updatedMs, "an entry expires after it was written");
    clusters[id] = { queues: entry.queues, leader: entry.leader, updatedMs: entry.updatedMs, expiresMs: entry.expiresMs };
  }
  const text = `${JSON.stringify({ format: fileFormatName, version: fileFormatVersion, clusters }, null, 2)}\n`;
  assert(text.length <= fileBytesMax, "a registry of clustersMax entries fits the file bound");
  return text;
}

/** Entries alive at `nowMs`, ascending by id (the ring order). */
export function liveEntries(document: RegistryDocument, nowMs: number): ClusterEntry[] {
  const live: ClusterEntry[] = [];
  for (const [cluster, entry] of document) {
    if (entry.expiresMs > nowMs) live.push({ cluster, queues: [...entry.queues], leader: entry.leader, updatedMs: entry.updatedMs });
  }
  return live.sort((left, right) => compareClusterIds(left.cluster, right.cluster));
}

/** The document without entries dead at `nowMs`, and the ids that were dropped. */
export function withoutExpired(document: RegistryDocument, nowMs: number): { document: Map<string, StoredEntry>; expired: string[] } {
  const kept = new Map<string, StoredEntry>();
  const expired: string[] = [];
  for (const [id, entry] of document) {
    if (entry.expiresMs > nowMs) kept.set(id, entry);
    else expired.push(id);
  }
  assert(kept.size + expired.length === document.size, "every entry is kept or expired");
  return { document: kept, expired };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

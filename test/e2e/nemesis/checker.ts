/**
 * The nemesis's history checker: given every client operation with the times it began and
 * ended and what it returned, find what a linearizable file store could not have answered. Pure.
 *
 * What each outcome lets the checker assume (an operation takes effect at one instant between
 * its start and its end, Herlihy & Wing; an operation whose outcome is unknown, such as a
 * write that timed out, may take effect at any instant after its start, or never):
 *   write  ok       took effect in [start, end], at the version the cluster answered
 *          unknown  may have taken effect in [start, ∞), or not at all
 *   rm     any      may have taken effect in [start, end], or [start, ∞) when unknown (an rm
 *                   that answered "no such file" may still have removed a file written just
 *                   before it applied, so no rm is taken as having done nothing)
 *   read   ok       saw (version, bytes) at an instant in [start, end]
 *          not-found saw no file at an instant in [start, end]
 *          failed   says nothing
 *
 * Versions are the log index of the write's put-file: unique per committed write and
 * increasing in commit order. Every write's content is random, so its SHA-256 names it.
 * The checks: a read returns bytes some write of that name wrote; the version an acknowledged
 * write got comes with its bytes; a read is not older than a write acknowledged before it began
 * nor than a read that ended before it began, and does not show a version removed by an rm
 * that began after that version was acknowledged and ended before the read began; "not found"
 * only if some rm could have removed every write acknowledged before the read. The final reads,
 * taken after healing, are ordinary reads that begin after everything else ended, so "every
 * acknowledged write not later overwritten is read back exactly" is the same check.
 */

export type WriteOutcome = "ok" | "unknown";
export type ReadOutcome = "ok" | "not-found" | "failed";
export type RemoveOutcome = "ok" | "absent" | "unknown";

interface Timed {
  readonly id: number;
  readonly worker: string;
  readonly name: string;
  /** Milliseconds on the checker's one monotonic clock. */
  readonly startMs: number;
  readonly endMs: number;
}

export interface WriteOperation extends Timed {
  readonly kind: "write";
  readonly outcome: WriteOutcome;
  readonly sha: string;
  readonly size: number;
  /** The version the cluster answered (ok only). */
  readonly version: number | null;
}

export interface ReadOperation extends Timed {
  readonly kind: "read";
  readonly outcome: ReadOutcome;
  readonly sha: string | null;
  readonly version: number | null;
}

export interface RemoveOperation extends Timed {
  readonly kind: "remove";
  readonly outcome: RemoveOutcome;
}

export type Operation = WriteOperation | ReadOperation | RemoveOperation;

export type AnomalyKind = "unwritten-bytes" | "wrong-bytes" | "stale-read" | "removed-read" | "lost-write" | "read-went-back";

export interface Anomaly {
  readonly kind: AnomalyKind;
  /** The read that could not have happened. */
  readonly opId: number;
  readonly name: string;
  readonly detail: string;
}

/** Checks every read of the history against the writes and removes of its name. */
export function checkHistory(history: readonly Operation[]): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const byName = new Map<string, Operation[]>();
  for (const operation of history) byName.set(operation.name, [...(byName.get(operation.name) ?? []), operation]);
  for (const [name, operations] of byName) anomalies.push(...checkName(name, operations));
  return anomalies;
}

interface NameHistory {
  readonly writes: readonly WriteOperation[];
  readonly acked: readonly (WriteOperation & { readonly version: number })[];
  readonly removes: readonly RemoveOperation[];
  readonly reads: readonly ReadOperation[];
}

function checkName(name: string, operations: readonly Operation[]): Anomaly[] {
  const writes = operations.filter((operation): operation is WriteOperation => operation.kind === "write");
  const history: NameHistory = {
    writes,
    acked: writes.filter((write): write is WriteOperation & { version: number } => write.outcome === "ok" && write.version !== null),
    removes: operations.filter((operation): operation is RemoveOperation => operation.kind === "remove"),
    reads: operations.filter((operation): operation is ReadOperation => operation.kind === "read" && operation.outcome !== "failed"),
  };
  const anomalies: Anomaly[] = [];
  for (const read of history.reads) {
    const found = read.outcome === "ok" ? checkFound(history, read) : checkNotFound(history, read);
    if (found !== null) anomalies.push({ ...found, opId: read.id, name });
  }
  anomalies.push(...checkReadOrder(history, name));
  return anomalies;
}

type Finding = Omit<Anomaly, "opId" | "name">;

/** The instant after which an rm can no longer take effect. */
function removeLatestMs(remove: RemoveOperation): number {
  return remove.outcome === "unknown" ? Number.POSITIVE_INFINITY : remove.endMs;
}

function checkFound(history: NameHistory, read: ReadOperation): Finding | null {
  const version = read.version ?? -1;
  const source = history.writes.find((write) => write.sha === read.sha);
  if (source === undefined) return { kind: "unwritten-bytes", detail: `read #${read.id} returned ${read.sha ?? "?"} (version ${version}), which no write of this name wrote` };
  const sameVersion = history.acked.find((write) => write.version === version);
  if (sameVersion !== undefined && sameVersion.sha !== read.sha) {
    return { kind: "wrong-bytes", detail: `read #${read.id} returned version ${version} with ${read.sha}, but write #${sameVersion.id} was acknowledged at that version with ${sameVersion.sha}` };
  }
  const newer = history.acked.find((write) => write.endMs < read.startMs && write.version > version);
  if (newer !== undefined) {
    return { kind: "stale-read", detail: `read #${read.id} (began ${read.startMs}) returned version ${version}, older than write #${newer.id} acknowledged at version ${newer.version} at ${newer.endMs}` };
  }
  if (source.outcome !== "ok") return null;
  const removed = history.removes.find((remove) => remove.outcome !== "unknown" && source.endMs < remove.startMs && remove.endMs < read.startMs);
  if (removed === undefined) return null;
  return { kind: "removed-read", detail: `read #${read.id} returned write #${source.id} (version ${version}), removed by rm #${removed.id} (${removed.startMs}..${removed.endMs}) after it was acknowledged and before the read began` };
}

function checkNotFound(history: NameHistory, read: ReadOperation): Finding | null {
  for (const write of history.acked) {
    if (write.endMs >= read.startMs) continue;
    // Some rm must be able to take effect after this write (its lower bound) and before the read ends.
    const remover = history.removes.find((remove) => remove.startMs < read.endMs && removeLatestMs(remove) > write.startMs);
    if (remover === undefined) {
      return { kind: "lost-write", detail: `read #${read.id} (began ${read.startMs}) found no file, but write #${write.id} was acknowledged at version ${write.version} at ${write.endMs} and no rm could have removed it` };
    }
  }
  return null;
}

/** A read that began after another ended sees the same state or a later one. */
function checkReadOrder(history: NameHistory, name: string): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const found = history.reads.filter((read) => read.outcome === "ok").toSorted((a, b) => a.endMs - b.endMs);
  for (const later of history.reads) {
    // The newest version any read saw before `later` began.
    let earlier: ReadOperation | null = null;
    for (const read of found) {
      if (read.endMs >= later.startMs) break;
      if (earlier === null || (read.version ?? -1) > (earlier.version ?? -1)) earlier = read;
    }
    if (earlier === null) continue;
    if (later.outcome === "ok" && (later.version ?? -1) < (earlier.version ?? -1)) {
      anomalies.push({ kind: "read-went-back", opId: later.id, name, detail: `read #${later.id} returned version ${later.version ?? -1} after read #${earlier.id} had returned version ${earlier.version ?? -1}` });
    }
    if (later.outcome === "not-found") {
      const first = earlier;
      const remover = history.removes.find((remove) => remove.startMs < later.endMs && removeLatestMs(remove) > first.startMs);
      if (remover === undefined) anomalies.push({ kind: "read-went-back", opId: later.id, name, detail: `read #${later.id} found no file after read #${first.id} had returned version ${first.version ?? -1}, and no rm ran between` });
    }
  }
  return anomalies;
}

/** What one node's storage holds of a file. */
export interface StoredFile {
  readonly version: number;
  readonly sha: string;
  /** Chunks of the file this node does not hold. */
  readonly chunksMissing: number;
}

/** Every node holds the same files at the same versions, every chunk of them, and what the final reads saw. */
export function checkConvergence(nodes: ReadonlyMap<string, ReadonlyMap<string, StoredFile>>, finalReads: readonly ReadOperation[]): string[] {
  const problems: string[] = [];
  const [first, ...rest] = [...nodes];
  if (first === undefined) return ["no node to compare"];
  const [firstId, reference] = first;
  const describe = (files: ReadonlyMap<string, StoredFile>): string => [...files].map(([name, file]) => `${name}@${file.version}`).sort().join(",");
  for (const [id, files] of rest) {
    if (describe(files) !== describe(reference)) problems.push(`${id} holds ${describe(files)} but ${firstId} holds ${describe(reference)}`);
  }
  for (const [id, files] of nodes) {
    for (const [name, file] of files) if (file.chunksMissing > 0) problems.push(`${id} misses ${file.chunksMissing} chunk(s) of ${name}@${file.version}`);
  }
  for (const read of finalReads) {
    const stored = reference.get(read.name);
    if (read.outcome === "ok" && (stored?.version !== read.version || stored?.sha !== read.sha)) problems.push(`the final read of ${read.name} saw version ${read.version ?? -1}, ${firstId} holds ${stored === undefined ? "nothing" : `version ${stored.version}`}`);
    if (read.outcome === "not-found" && stored !== undefined) problems.push(`the final read of ${read.name} found nothing, ${firstId} holds version ${stored.version}`);
  }
  return problems;
}

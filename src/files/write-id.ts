/**
 * What a write id is and what applying a write twice means (issue 12 item 5, "Honest
 * outcomes"). A client draws a random id per logical write and sends it with every attempt of
 * that write; the put-file carries it into the log. The state machine remembers, for the last
 * writeIdsRememberedMax put-files that carried an id, which write applied it first (a
 * WriteRecord), so a second put-file with the same id — a retry whose first attempt did commit
 * though its answer was lost — changes nothing and is answered with the first one's version.
 *
 * The decision is taken when a put-file is applied, from replicated state only (the remembered
 * records are part of the state machine, and travel in snapshots), so every replica decides
 * the same way. Pure: no I/O, no randomness (the client draws ids: src/client/write-id.ts).
 */
import { assert } from "../lib/assert";
import type { Brand } from "../lib/brand";
import { isDigest, type Digest } from "./digest";
import type { Manifest } from "./manifest";

/** 16 random bytes as 32 lowercase hex characters: two clients drawing the same id is out of reach (128 bits). */
export type WriteId = Brand<string, "WriteId">;
export const writeIdBytes = 16;
const writeIdPattern = /^[0-9a-f]{32}$/;
assert(writeIdBytes * 2 === 32, "the pattern matches the length");

export function isWriteId(value: unknown): value is WriteId {
  return typeof value === "string" && writeIdPattern.test(value);
}

/**
 * Put-files with a write id the state machine remembers: a retry applied within this many
 * later id-carrying writes (by any client) is recognised; an older one is applied again, as a
 * new version (docs/guarantees.md says so). Bounds what each replica keeps and each snapshot
 * carries: a record is at most ~450 bytes (a 255-byte name, two hex ids, two numbers), so
 * about 4.5 MB at most.
 */
export const writeIdsRememberedMax = 10_000;

/** The first application of a write id: what a retry is answered with. */
export interface WriteRecord {
  readonly writeId: WriteId;
  /** The name and file digest the first write stored: a retry must be the same write. */
  readonly name: string;
  readonly sha256: Digest;
  /** The version (log index) the first put-file was given. */
  readonly version: number;
  readonly createdMs: number;
}

/**
 * What the proposer of a put-file answers once it applied, from the record of its write id
 * read back after the apply:
 * - `first`: this put-file applied (it is the record's version, or it carried no id);
 * - `repeat`: an earlier put-file with this id applied it: answer that one's version;
 * - `conflict`: the id was used before for another name or content (a client bug or a reused
 *   `--write-id`): nothing was stored by this put-file, and saying "stored" would be a lie;
 * - `forgotten`: the record is gone already, or is a later re-application's (more than
 *   writeIdsRememberedMax writes applied in between): whether this put-file applied cannot be
 *   told, so the outcome stays unknown.
 */
export type WriteAnswer =
  | { readonly kind: "first"; readonly version: number }
  | { readonly kind: "repeat"; readonly version: number; readonly createdMs: number }
  | { readonly kind: "conflict"; readonly record: WriteRecord }
  | { readonly kind: "forgotten" };

export function writeAnswerOf(manifest: Manifest, writeId: WriteId | undefined, appliedIndex: number, record: WriteRecord | null): WriteAnswer {
  assert(Number.isSafeInteger(appliedIndex) && appliedIndex > 0, "a put-file applied at a log index");
  if (writeId === undefined) return { kind: "first", version: appliedIndex };
  assert(record === null || record.writeId === writeId, "the record read back is the write id's");
  // A record newer than this put-file: its own was forgotten and a later retry applied the id
  // again (over writeIdsRememberedMax writes in between); whether this one applied is unknown.
  if (record === null || record.version > appliedIndex) return { kind: "forgotten" };
  if (record.name !== manifest.name || record.sha256 !== manifest.sha256) return { kind: "conflict", record };
  if (record.version === appliedIndex) return { kind: "first", version: appliedIndex };
  return { kind: "repeat", version: record.version, createdMs: record.createdMs };
}

/**
 * Whether a put-file applies: not when its write id is remembered (a repeat, or a conflicting
 * reuse: either way the first application stands). Storage calls this inside its apply
 * transaction with the record it holds for the id.
 */
export function putFileApplies(writeId: WriteId | undefined, remembered: WriteRecord | null): boolean {
  if (writeId === undefined) return true;
  assert(remembered === null || remembered.writeId === writeId, "the record looked up is the write id's");
  return remembered === null;
}

/** The record a put-file leaves when it applies at `index` with a write id. */
export function writeRecordOf(manifest: Manifest, writeId: WriteId, index: number, createdMs: number): WriteRecord {
  assert(Number.isSafeInteger(index) && index > 0, "a put-file applies at a log index");
  return { writeId, name: manifest.name, sha256: manifest.sha256, version: index, createdMs };
}

/** Gateway for a record read from disk or a snapshot: every field checked; null when malformed. */
export function writeRecordFromJson(value: unknown): WriteRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const { writeId, name, sha256, version, createdMs } = value as Record<string, unknown>;
  if (!isWriteId(writeId) || typeof name !== "string" || !isDigest(sha256)) return null;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version <= 0) return null;
  if (typeof createdMs !== "number" || !Number.isSafeInteger(createdMs)) return null;
  return { writeId, name, sha256, version, createdMs };
}

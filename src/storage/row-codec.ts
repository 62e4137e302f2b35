/**
 * How the SQL backends (sqlite, mysql) turn core types into columns and back. Rows are read
 * from disk, so they are checked here, at the gateway, once (STYLE.md §5).
 */
import { assert } from "../lib/assert";
import { logIndex, nodeId, term, type ConfState, type Entry, type EntryType, type HardState, type NodeId, type SnapshotMeta } from "../raft/types";
import { isDigest, type Digest } from "../files/digest";
import { attributesFromJson } from "../files/attributes";
import type { FileRecord } from "../files/manifest";
import { writeRecordFromJson, type WriteRecord } from "../files/write-id";

/** The tables of the live state or of a snapshot being staged (both SQL schemas name them alike). */
export interface FileTables {
  readonly files: "files" | "staged_files";
  readonly chunks: "file_chunks" | "staged_file_chunks";
  readonly inline: "inline_files" | "staged_inline_files";
}
export const liveTables: FileTables = { files: "files", chunks: "file_chunks", inline: "inline_files" };
export const stagedTables: FileTables = { files: "staged_files", chunks: "staged_file_chunks", inline: "staged_inline_files" };

const entryTypes: readonly EntryType[] = ["normal", "conf-change", "noop"];

export function entryTypeCode(type: EntryType): number {
  const code = entryTypes.indexOf(type);
  assert(code >= 0, `known entry type ${type}`);
  return code;
}

export function entryFromRow(index: number, entryTerm: number, typeCode: number, data: Uint8Array): Entry {
  const type = entryTypes[typeCode];
  assert(type !== undefined, `entry type code ${typeCode} is known`);
  assert(Number.isSafeInteger(index) && index > 0, "stored index is positive");
  assert(Number.isSafeInteger(entryTerm) && entryTerm >= 0, "stored term is not negative");
  return { index: logIndex(index), term: term(entryTerm), type, data: new Uint8Array(data) };
}

export const initialHardState: HardState = { term: term(0), vote: null, commit: logIndex(0) };

export function hardStateToJson(hardState: HardState): string {
  return JSON.stringify({ term: hardState.term, vote: hardState.vote, commit: hardState.commit });
}

export function hardStateFromJson(text: string | null): HardState {
  if (text === null) return initialHardState;
  const value = JSON.parse(text) as { term: unknown; vote: unknown; commit: unknown };
  assert(typeof value.term === "number" && typeof value.commit === "number", "stored hard state has numbers");
  assert(value.vote === null || typeof value.vote === "string", "stored vote is a node id or null");
  return { term: term(value.term), vote: value.vote === null ? null : nodeId(value.vote), commit: logIndex(value.commit) };
}

export function snapshotMetaToJson(meta: SnapshotMeta): string {
  return JSON.stringify(meta);
}

function nodeIds(value: unknown): NodeId[] {
  assert(Array.isArray(value), "stored node list is an array");
  return value.map((item: unknown) => {
    assert(typeof item === "string", "stored node id is a string");
    return nodeId(item);
  });
}

export function snapshotMetaFromJson(text: string | null): SnapshotMeta | null {
  if (text === null) return null;
  const value = JSON.parse(text) as { index: unknown; term: unknown; confState: Record<string, unknown> };
  assert(typeof value.index === "number" && typeof value.term === "number", "stored snapshot meta has numbers");
  const confState: ConfState = {
    voters: nodeIds(value.confState.voters), learners: nodeIds(value.confState.learners),
    votersOutgoing: nodeIds(value.confState.votersOutgoing),
  };
  return { index: logIndex(value.index), term: term(value.term), confState };
}

export interface FileRow {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly chunk_bytes: number;
  readonly chunks: string;
  readonly version: number;
  readonly created_ms: number;
  /** JSON of FileAttributes, or null: none (schema version 2). */
  readonly attributes: string | null;
}

export function fileFromRow(row: FileRow): FileRecord {
  const chunks: unknown = JSON.parse(row.chunks);
  assert(Array.isArray(chunks), "stored chunk list is an array");
  const digests: Digest[] = chunks.map((digest: unknown) => {
    assert(isDigest(digest), "stored chunk digest is well formed");
    return digest;
  });
  assert(isDigest(row.sha256), "stored file digest is well formed");
  const attributes = attributesFromJson(row.attributes === null || row.attributes === undefined ? null : JSON.parse(row.attributes));
  assert(attributes.ok, "stored attributes are well formed");
  return { name: row.name, size: Number(row.size), sha256: row.sha256, chunkBytes: Number(row.chunk_bytes),
    chunks: digests, version: Number(row.version), createdMs: Number(row.created_ms),
    ...(attributes.value === undefined ? {} : { attributes: attributes.value }) };
}

/** The columns, in this order, that fileToRow fills. */
export const fileColumnNames = "name, size, sha256, chunk_bytes, chunks, version, created_ms, attributes";

export function fileToRow(record: FileRecord): (string | number | null)[] {
  const attributes = record.attributes === undefined ? null : JSON.stringify(record.attributes);
  return [record.name, record.size, record.sha256, record.chunkBytes, JSON.stringify(record.chunks), record.version, record.createdMs, attributes];
}

/** A remembered write id's row (schema version 4); `name` is a Buffer from MySQL's VARBINARY. */
export interface WriteRecordRow {
  readonly write_id: string;
  readonly name: string | Uint8Array;
  readonly sha256: string;
  readonly version: number;
  readonly created_ms: number;
}

/** The columns, in this order, that writeRecordToRow fills. */
export const writeRecordColumnNames = "write_id, name, sha256, version, created_ms";

export function writeRecordToRow(record: WriteRecord): (string | number)[] {
  return [record.writeId, record.name, record.sha256, record.version, record.createdMs];
}

export function writeRecordFromRow(row: WriteRecordRow): WriteRecord {
  const name = typeof row.name === "string" ? row.name : new TextDecoder().decode(row.name);
  const record = writeRecordFromJson({ writeId: row.write_id, name, sha256: row.sha256, version: Number(row.version), createdMs: Number(row.created_ms) });
  assert(record !== null, `stored write record ${row.write_id} is well formed`);
  return record;
}

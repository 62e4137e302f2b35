/**
 * Builders shared by the storage tests: entries, chunks with distinct bytes, manifests.
 */
import { logIndex, term, type Entry, type HardState } from "../../src/raft/types";
import type { Digest } from "../../src/files/digest";
import { digestOf } from "../../src/files/sha256";
import type { FileCommand, IndexedFileCommand } from "../../src/storage/file-commands";
import type { EntryToPersist } from "../../src/storage/storage";
import type { Manifest } from "../../src/files/manifest";
import { isWriteId, type WriteId } from "../../src/files/write-id";
import { assert } from "../../src/lib/assert";

export function entry(index: number, entryTerm: number, text = `e${index}t${entryTerm}`): Entry {
  return { index: logIndex(index), term: term(entryTerm), type: "normal", data: new TextEncoder().encode(text) };
}

export function toPersist(entries: readonly Entry[], chunks: readonly Digest[] = []): EntryToPersist[] {
  return entries.map((item) => ({ entry: item, chunks }));
}

export function range(low: number, high: number, entryTerm: number): Entry[] {
  const result: Entry[] = [];
  for (let index = low; index <= high; index += 1) result.push(entry(index, entryTerm));
  return result;
}

export function hardState(hsTerm: number, vote: string | null, commit: number): HardState {
  return { term: term(hsTerm), vote: vote as HardState["vote"], commit: logIndex(commit) };
}

/** Distinct, deterministic bytes: a seed stamped through the buffer, so digests differ per seed. */
export function chunkBytes(seed: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let state = (seed * 2654435761) >>> 0;
  for (let offset = 0; offset + 4 <= size; offset += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    view.setUint32(offset, state, true);
  }
  for (let offset = size - (size % 4); offset < size; offset += 1) bytes[offset] = seed & 0xff;
  return bytes;
}

export function chunk(seed: number, size = 4096): { digest: Digest; bytes: Uint8Array } {
  const bytes = chunkBytes(seed, size);
  return { digest: digestOf(bytes), bytes };
}

export function manifest(name: string, chunks: readonly { digest: Digest; bytes: Uint8Array }[], chunkSize = 4096): Manifest {
  const size = chunks.reduce((sum, item) => sum + item.bytes.length, 0);
  return { name, size, sha256: digestOf(new TextEncoder().encode(name)), chunkBytes: chunkSize, chunks: chunks.map((item) => item.digest) };
}

export function put(index: number, file: Manifest, createdMs = 1_700_000_000_000, writeId?: WriteId): IndexedFileCommand {
  const command: FileCommand = { kind: "put-file", manifest: file, createdMs, ...(writeId === undefined ? {} : { writeId }) };
  return { index: logIndex(index), command };
}

/** A put-file carrying the whole content of a small file inline (one chunk, src/files/limits.ts fitsInline). */
export function putInline(index: number, name: string, content: Uint8Array, createdMs = 1_700_000_000_000, writeId?: WriteId): IndexedFileCommand {
  const file = manifest(name, [{ digest: digestOf(content), bytes: content }], 1 << 20);
  const command: FileCommand = { kind: "put-file", manifest: file, createdMs, inline: content, ...(writeId === undefined ? {} : { writeId }) };
  return { index: logIndex(index), command };
}

/** A well-formed write id made from a number (distinct numbers, distinct ids). */
export function writeIdOf(seed: number): WriteId {
  const id = seed.toString(16).padStart(32, "0");
  assert(isWriteId(id), "a seed gives a write id");
  return id;
}

export function remove(index: number, name: string): IndexedFileCommand {
  return { index: logIndex(index), command: { kind: "remove-file", name } };
}

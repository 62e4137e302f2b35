/**
 * The commands of the file state machine, as they travel in Raft entries and as storage
 * applies them. A put-file carries the whole manifest (the chunks were already written to the
 * chunk store by their own chunk entries), so applying it is one small transaction and the file
 * becomes visible atomically. `createdMs` comes from the proposer's clock, inside the command,
 * so every replica applies the same bytes and ends in the same state.
 *
 * Encoding is JSON (a put-file's inline content follows its JSON raw: rawInlineTag), validated
 * at the gateway (`decodeFileCommand`), and trusted after that.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { LogIndex } from "../raft/types";
import { isDigest, type Digest } from "../files/digest";
import { chunkCountMax, fileNameBytesMax, fitsInline, inlineBytesMax } from "../files/limits";
import { manifestFromJson, type Manifest } from "../files/manifest";
import { isWriteId, type WriteId } from "../files/write-id";

/** A command is one log entry; the largest is a put-file with the longest chunk list. */
export const fileCommandBytesMax = 4 << 20;
assert(chunkCountMax * (64 + 3) + fileNameBytesMax + 1024 < fileCommandBytesMax,
  "the largest manifest fits in one command");
assert(inlineBytesMax + 64 + 3 + fileNameBytesMax + 1024 < fileCommandBytesMax,
  "the largest inline put-file (its content raw after its JSON) fits in one command");

export type FileCommand =
  /**
   * Create or replace a file; replacing releases the old record's chunks. With a write id, a
   * second put-file of the same id applies nothing (src/files/write-id.ts). Entries written
   * before write ids existed have none and still decode. With `inline`, the file's whole content
   * (a small file: fitsInline, src/files/limits.ts) travels in this entry and is kept with the
   * record: no chunk entry comes before it and no chunk file holds it. The leader checked the
   * bytes against the manifest's one chunk digest before it proposed them; readers check them
   * again against it, as any chunk.
   */
  | { readonly kind: "put-file"; readonly manifest: Manifest; readonly createdMs: number; readonly writeId?: WriteId; readonly inline?: Uint8Array }
  /** Remove a file if present; releases its chunks. Removing an absent file is a no-op. */
  | { readonly kind: "remove-file"; readonly name: string }
  /**
   * A chunk entry: the bytes went into the chunk store when the entry was persisted and the
   * log holds only the digest. Applying it changes nothing; the put-file that follows does.
   */
  | { readonly kind: "chunk"; readonly digest: Digest };

/** A command and the log index it was committed at. */
export interface IndexedFileCommand {
  readonly index: LogIndex;
  readonly command: FileCommand;
}

export class FileCommandError extends Error {
  override readonly name = "FileCommandError";
}

/**
 * First byte of a put-file whose inline content follows its JSON as raw bytes:
 * `[rawInlineTag][u32 BE: JSON bytes][JSON without "inline"][content]`. A JSON command starts
 * with "{", so the two layouts never meet. Raw, not base64 in the JSON: at 64 KiB the base64
 * entry (87 KiB) was decoded 3-4 times per node per write (persist, each follower's append,
 * apply: JSON.parse, the base64 check and decode, ~0.14 ms each) and was 16.5% of the leader's
 * CPU in bench:cluster --quick at 16 clients. Entries written as base64 JSON (before this
 * layout) are still read.
 */
export const rawInlineTag = 0x01;
/** Bytes before a raw-inline put-file's JSON: the tag and the JSON's length. */
const rawInlineHeaderBytes = 5;

export function encodeFileCommand(command: FileCommand): Uint8Array {
  if (command.kind !== "put-file" || command.inline === undefined) {
    const bytes = new TextEncoder().encode(JSON.stringify(command));
    assert(bytes.length <= fileCommandBytesMax, "a command fits in one entry");
    return bytes;
  }
  const { inline, ...rest } = command;
  const json = new TextEncoder().encode(JSON.stringify(rest));
  const bytes = new Uint8Array(rawInlineHeaderBytes + json.length + inline.length);
  bytes[0] = rawInlineTag;
  new DataView(bytes.buffer).setUint32(1, json.length);
  bytes.set(json, rawInlineHeaderBytes);
  bytes.set(inline, rawInlineHeaderBytes + json.length);
  assert(bytes.length <= fileCommandBytesMax, "a command fits in one entry");
  return bytes;
}

/** The gateway for commands read from the log: checks every field once. */
export function decodeFileCommand(bytes: Uint8Array): Result<FileCommand, FileCommandError> {
  if (bytes.length > fileCommandBytesMax) return err(new FileCommandError(`command of ${bytes.length} bytes`));
  let raw: Uint8Array | undefined;
  let json = bytes;
  if (bytes[0] === rawInlineTag) {
    const jsonBytes = bytes.length < rawInlineHeaderBytes ? -1 : new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(1);
    if (jsonBytes < 0 || jsonBytes > bytes.length - rawInlineHeaderBytes) return err(new FileCommandError("put-file with raw inline content: truncated"));
    json = bytes.subarray(rawInlineHeaderBytes, rawInlineHeaderBytes + jsonBytes);
    // A view, not a copy: the content lives as long as the entry that holds it.
    raw = bytes.subarray(rawInlineHeaderBytes + jsonBytes);
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(json));
  } catch (error: unknown) {
    return err(new FileCommandError("command is not JSON", { cause: error }));
  }
  if (typeof value !== "object" || value === null || !("kind" in value)) return err(new FileCommandError("command without kind"));
  if (raw !== undefined && (value.kind !== "put-file" || "inline" in value)) {
    return err(new FileCommandError("raw inline content follows only a put-file without base64 inline content"));
  }
  if (value.kind === "remove-file" && "name" in value && typeof value.name === "string") {
    return ok({ kind: "remove-file", name: value.name });
  }
  if (value.kind === "chunk" && "digest" in value && isDigest(value.digest)) return ok({ kind: "chunk", digest: value.digest });
  if (value.kind === "put-file" && "manifest" in value && "createdMs" in value && typeof value.createdMs === "number") {
    const manifest = manifestFromJson(value.manifest);
    if (!manifest.ok) return err(new FileCommandError(`put-file: ${manifest.error.message}`, { cause: manifest.error }));
    const writeId = "writeId" in value ? value.writeId : undefined;
    if (writeId !== undefined && !isWriteId(writeId)) return err(new FileCommandError("put-file: writeId is not 32 lowercase hex characters"));
    const inline = raw === undefined ? inlineFromJson("inline" in value ? value.inline : undefined, manifest.value) : inlineChecked(raw, manifest.value);
    if (!inline.ok) return inline;
    return ok({ kind: "put-file", manifest: manifest.value, createdMs: value.createdMs, ...(writeId === undefined ? {} : { writeId }),
      ...(inline.value === undefined ? {} : { inline: inline.value }) });
  }
  return err(new FileCommandError("unknown or malformed command"));
}

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A put-file's inline content from its JSON, as entries before the raw layout (rawInlineTag)
 * carried it: base64 of exactly the manifest's size, for a file that fits inline.
 */
function inlineFromJson(value: unknown, manifest: Manifest): Result<Uint8Array | undefined, FileCommandError> {
  if (value === undefined) return ok(undefined);
  if (typeof value !== "string" || !base64Pattern.test(value)) return err(new FileCommandError("put-file: inline content is not base64"));
  return inlineChecked(new Uint8Array(Buffer.from(value, "base64")), manifest);
}

/**
 * Inline content checked against its manifest: a file that fits inline, content of exactly its
 * size. The digest is not checked here (the leader checked it before proposing, and the log is
 * trusted after that); the size and the bound are, so a bad entry cannot make a record whose
 * content disagrees with its manifest's shape.
 */
function inlineChecked(bytes: Uint8Array, manifest: Manifest): Result<Uint8Array, FileCommandError> {
  if (!fitsInline(manifest.size, manifest.chunkBytes)) {
    return err(new FileCommandError(`put-file: inline content for a file of ${manifest.size} bytes (inline at most ${inlineBytesMax}, in one chunk)`));
  }
  if (bytes.length !== manifest.size) return err(new FileCommandError(`put-file: inline content of ${bytes.length} bytes, manifest says ${manifest.size}`));
  assert(manifest.chunks.length === 1, "an inline file is one chunk");
  return ok(bytes);
}

/**
 * The chunk digests a command references while its entry is in the log (for the sweep). An
 * inline put-file references none: its content is in the entry, not in the chunk store.
 */
export function chunkReferencesOf(command: FileCommand): readonly Digest[] {
  switch (command.kind) {
    case "put-file": return command.inline === undefined ? command.manifest.chunks : [];
    case "chunk": return [command.digest];
    case "remove-file": return [];
    default: { const never: never = command; return never; }
  }
}

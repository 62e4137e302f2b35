/**
 * The commands of the file state machine, as they travel in Raft entries and as storage
 * applies them. A put-file carries the whole manifest (the chunks were already written to the
 * chunk store by their own chunk entries), so applying it is one small transaction and the file
 * becomes visible atomically. `createdMs` comes from the proposer's clock, inside the command,
 * so every replica applies the same bytes and ends in the same state.
 *
 * Encoding is JSON, validated at the gateway (`decodeFileCommand`), and trusted after that.
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import type { LogIndex } from "../raft/types";
import { isDigest, type Digest } from "../files/digest";
import { chunkCountMax, fileNameBytesMax } from "../files/limits";
import { manifestFromJson, type Manifest } from "../files/manifest";
import { isWriteId, type WriteId } from "../files/write-id";

/** A command is one log entry; the largest is a put-file with the longest chunk list. */
export const fileCommandBytesMax = 4 << 20;
assert(chunkCountMax * (64 + 3) + fileNameBytesMax + 1024 < fileCommandBytesMax,
  "the largest manifest fits in one command");

export type FileCommand =
  /**
   * Create or replace a file; replacing releases the old record's chunks. With a write id, a
   * second put-file of the same id applies nothing (src/files/write-id.ts). Entries written
   * before write ids existed have none and still decode.
   */
  | { readonly kind: "put-file"; readonly manifest: Manifest; readonly createdMs: number; readonly writeId?: WriteId }
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

export function encodeFileCommand(command: FileCommand): Uint8Array {
  const bytes = new TextEncoder().encode(JSON.stringify(command));
  assert(bytes.length <= fileCommandBytesMax, "a command fits in one entry");
  return bytes;
}

/** The gateway for commands read from the log: checks every field once. */
export function decodeFileCommand(bytes: Uint8Array): Result<FileCommand, FileCommandError> {
  if (bytes.length > fileCommandBytesMax) return err(new FileCommandError(`command of ${bytes.length} bytes`));
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error: unknown) {
    return err(new FileCommandError("command is not JSON", { cause: error }));
  }
  if (typeof value !== "object" || value === null || !("kind" in value)) return err(new FileCommandError("command without kind"));
  if (value.kind === "remove-file" && "name" in value && typeof value.name === "string") {
    return ok({ kind: "remove-file", name: value.name });
  }
  if (value.kind === "chunk" && "digest" in value && isDigest(value.digest)) return ok({ kind: "chunk", digest: value.digest });
  if (value.kind === "put-file" && "manifest" in value && "createdMs" in value && typeof value.createdMs === "number") {
    const manifest = manifestFromJson(value.manifest);
    if (!manifest.ok) return err(new FileCommandError(`put-file: ${manifest.error.message}`, { cause: manifest.error }));
    const writeId = "writeId" in value ? value.writeId : undefined;
    if (writeId !== undefined && !isWriteId(writeId)) return err(new FileCommandError("put-file: writeId is not 32 lowercase hex characters"));
    return ok({ kind: "put-file", manifest: manifest.value, createdMs: value.createdMs, ...(writeId === undefined ? {} : { writeId }) });
  }
  return err(new FileCommandError("unknown or malformed command"));
}

/** The chunk digests a command references while its entry is in the log (for the sweep). */
export function chunkReferencesOf(command: FileCommand): readonly Digest[] {
  switch (command.kind) {
    case "put-file": return command.manifest.chunks;
    case "chunk": return [command.digest];
    case "remove-file": return [];
    default: { const never: never = command; return never; }
  }
}

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
import { chunkBytesMax, chunkCountMax, fileNameBytesMax } from "../files/limits";

/** A command is one log entry; the largest is a put-file with the longest chunk list. */
export const fileCommandBytesMax = 4 << 20;
assert(chunkCountMax * (64 + 3) + fileNameBytesMax + 1024 < fileCommandBytesMax,
  "the largest manifest fits in one command");

/**
 * What the writer said about a file's content, beside the bytes (the S3 door sets it: an S3
 * client expects its ETag, Content-Type and x-amz-meta-* back). Optional, absent for files
 * written by the native client; bounded by fileAttributesBytesMax as JSON.
 */
export interface FileAttributes {
  /** MD5 of the whole content, 32 lowercase hex digits (an S3 single-part ETag). */
  readonly md5?: string;
  /** An S3 ETag that is not the MD5 of the content: a multipart upload's "hex-N". */
  readonly etag?: string;
  readonly contentType?: string;
  /** User metadata, name (lowercase) to value, in the order given. */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** S3 allows 2 KiB of user metadata; this leaves room for the other attributes and JSON quoting. */
export const fileAttributesBytesMax = 4 << 10;
/** Per value: the widest attribute is a metadata value or a content type. */
export const fileAttributeTextBytesMax = 2 << 10;
export const fileMetadataEntriesMax = 64;
const md5Pattern = /^[0-9a-f]{32}$/;
const etagPattern = /^[0-9a-f]{32}(-[1-9][0-9]{0,4})?$/;
const metadataNamePattern = /^[a-z0-9][a-z0-9._-]{0,127}$/;
/** Printable ASCII and any non-control Unicode; no control characters (they would break a header). */
const attributeTextPattern = /^[^\x00-\x1f\x7f]*$/;

export interface FileManifest {
  /** The file's name, unique in the store; UTF-8, 1..fileNameBytesMax bytes. */
  readonly name: string;
  /** Bytes in the whole file. */
  readonly size: number;
  /** SHA-256 of the whole file. */
  readonly sha256: Digest;
  /** Bytes per chunk; every chunk but the last is exactly this long. */
  readonly chunkBytes: number;
  /** SHA-256 of each chunk, in file order: ceil(size / chunkBytes) of them. */
  readonly chunks: readonly Digest[];
  /** Absent when the writer gave none. */
  readonly attributes?: FileAttributes;
}

/** A file as the state machine holds it. */
export interface FileRecord extends FileManifest {
  /** The log index of the put-file that wrote it: unique and increasing, the same on every replica. */
  readonly version: number;
  /** Milliseconds since the epoch, from the proposer's clock. */
  readonly createdMs: number;
}

export type FileCommand =
  /** Create or replace a file; replacing releases the old record's chunks. */
  | { readonly kind: "put-file"; readonly manifest: FileManifest; readonly createdMs: number }
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

export function validateManifest(manifest: FileManifest): Result<FileManifest, FileCommandError> {
  const nameBytes = Buffer.byteLength(manifest.name, "utf8");
  if (nameBytes === 0 || nameBytes > fileNameBytesMax) return err(new FileCommandError(`name length ${nameBytes} not in 1..${fileNameBytesMax}`));
  if (!Number.isSafeInteger(manifest.size) || manifest.size < 0) return err(new FileCommandError(`bad size ${manifest.size}`));
  if (!Number.isSafeInteger(manifest.chunkBytes) || manifest.chunkBytes < 1 || manifest.chunkBytes > chunkBytesMax) {
    return err(new FileCommandError(`chunk size ${manifest.chunkBytes} not in 1..${chunkBytesMax}`));
  }
  const chunkCount = Math.ceil(manifest.size / manifest.chunkBytes);
  if (manifest.chunks.length !== chunkCount) return err(new FileCommandError(`${manifest.chunks.length} chunks, expected ${chunkCount}`));
  if (chunkCount > chunkCountMax) return err(new FileCommandError(`${chunkCount} chunks exceed ${chunkCountMax}`));
  if (!isDigest(manifest.sha256)) return err(new FileCommandError("bad file digest"));
  for (const digest of manifest.chunks) if (!isDigest(digest)) return err(new FileCommandError("bad chunk digest"));
  if (manifest.attributes !== undefined) {
    const problem = attributesProblem(manifest.attributes);
    if (problem !== null) return err(new FileCommandError(`attributes: ${problem}`));
  }
  return ok(manifest);
}

/** What is wrong with the attributes, or null; the message names the attribute. */
export function attributesProblem(attributes: FileAttributes): string | null {
  const { md5, etag, contentType, metadata } = attributes;
  if (md5 !== undefined && (typeof md5 !== "string" || !md5Pattern.test(md5))) return "md5 must be 32 lowercase hex digits";
  if (etag !== undefined && (typeof etag !== "string" || !etagPattern.test(etag))) return "etag must be 32 lowercase hex digits, optionally -N";
  if (contentType !== undefined && !attributeText(contentType)) return `contentType must be text of at most ${fileAttributeTextBytesMax} bytes without control characters`;
  if (metadata !== undefined) {
    if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return "metadata must be an object";
    const entries = Object.entries(metadata);
    if (entries.length > fileMetadataEntriesMax) return `${entries.length} metadata entries, at most ${fileMetadataEntriesMax}`;
    for (const [name, value] of entries) {
      if (!metadataNamePattern.test(name)) return `metadata name ${JSON.stringify(name)} must be 1-128 of a-z 0-9 . _ - (lowercase)`;
      if (!attributeText(value)) return `metadata ${name} must be text of at most ${fileAttributeTextBytesMax} bytes without control characters`;
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(attributes), "utf8");
  if (bytes > fileAttributesBytesMax) return `${bytes} bytes as JSON, at most ${fileAttributesBytesMax}`;
  return null;
}

function attributeText(value: unknown): boolean {
  return typeof value === "string" && Buffer.byteLength(value, "utf8") <= fileAttributeTextBytesMax && attributeTextPattern.test(value);
}

/** Checks an untrusted value is attributes (from the log or a snapshot); undefined and null mean none. */
export function attributesFrom(value: unknown): Result<FileAttributes | undefined, FileCommandError> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value !== "object" || Array.isArray(value)) return err(new FileCommandError("attributes are not an object"));
  const { md5, etag, contentType, metadata } = value as Record<string, unknown>;
  const attributes = {
    ...(md5 === undefined ? {} : { md5 }), ...(etag === undefined ? {} : { etag }),
    ...(contentType === undefined ? {} : { contentType }), ...(metadata === undefined ? {} : { metadata }),
  } as FileAttributes;
  const problem = attributesProblem(attributes);
  return problem === null ? ok(attributes) : err(new FileCommandError(`attributes: ${problem}`));
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
    const manifest = manifestFrom(value.manifest);
    if (!manifest.ok) return manifest;
    return ok({ kind: "put-file", manifest: manifest.value, createdMs: value.createdMs });
  }
  return err(new FileCommandError("unknown or malformed command"));
}

/** Checks an untrusted value is a manifest (from the log or a snapshot). */
export function manifestFrom(value: unknown): Result<FileManifest, FileCommandError> {
  if (typeof value !== "object" || value === null) return err(new FileCommandError("manifest is not an object"));
  const { name, size, sha256, chunkBytes, chunks, attributes } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof size !== "number" || typeof chunkBytes !== "number") {
    return err(new FileCommandError("manifest fields missing"));
  }
  if (!isDigest(sha256) || !Array.isArray(chunks)) return err(new FileCommandError("manifest digests malformed"));
  const digests: Digest[] = [];
  for (const digest of chunks) {
    if (!isDigest(digest)) return err(new FileCommandError("bad chunk digest"));
    digests.push(digest);
  }
  const checked = attributesFrom(attributes);
  if (!checked.ok) return checked;
  return validateManifest({ name, size, sha256, chunkBytes, chunks: digests, ...(checked.value === undefined ? {} : { attributes: checked.value }) });
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

/**
 * What the cluster knows about files, without their bytes: one file's record (stat) and one page
 * of a listing in name order (listPage), each with the attributes kept with the file. The S3
 * door's HEAD and LIST are built on these; `ls` keeps its own simpler listFiles.
 *
 *   stat:     ReadRequest(name)  → ReadResponse(manifest)   (the chunk locations are ignored)
 *   listPage: ListRequest(prefix, start_after, limit, without_chunks) → ListResponse(files)
 */
import { assert } from "../lib/assert";
import { err, ok, type Result } from "../lib/result";
import { validateFileName } from "../files/name";
import type { FileAttributes } from "../files/attributes";
import type { FileRecord } from "../files/manifest";
import { uint64FromWire } from "../wire/codec";
import { attributesFromWire } from "../wire/manifest-codec";
import { pb } from "../wire/proto";
import { withQueue } from "./cluster-requests";
import { ClientError } from "./errors";
import type { ClientOptions } from "./options";
import { requestExpecting } from "./queue-session";

/** Names one page may ask for; the node caps a page at its own maximum too (10,000). */
export const listPageLimitMax = 10_000;
assert(listPageLimitMax > 0, "a page lists something");

export interface FileInfo {
  readonly name: string;
  readonly size: number;
  readonly version: number;
  /** When the cluster committed this version (ms since the epoch; 0: unknown). */
  readonly createdMs: number;
  /** SHA-256 of the whole content, hex. */
  readonly sha256: string;
  /** Bytes per chunk, and chunks (the last may be shorter). */
  readonly chunkSize: number;
  readonly chunks: number;
  readonly attributes: FileAttributes | null;
}

export interface ListPageRequest {
  readonly prefix: string;
  /** Only names after this one ("": from the start). */
  readonly startAfter: string;
  readonly limit: number;
  readonly stale?: boolean;
}

/** The file's record, or null when there is no such file. */
export async function statFile(options: ClientOptions, name: string, stale = false): Promise<Result<FileInfo | null, ClientError>> {
  const valid = validateFileName(name);
  if (!valid.ok) return err(new ClientError("failed", `stat: ${valid.error.message}`));
  return withQueue(options, async (transport): Promise<Result<FileInfo | null, ClientError>> => {
    const answer = await requestExpecting(transport, { read: { name, stale } }, ["readResponse"], `stat ${name}`, options.requestTimeoutMs);
    if (!answer.ok) return answer.error.replyCode === pb.ErrorCode.ERROR_NOT_FOUND ? ok(null) : answer;
    return infoFromManifest(answer.value.readResponse.manifest, `stat ${name}`);
  });
}

/** Up to `limit` files whose names start with `prefix`, after `startAfter`, in name order. */
export async function listPage(options: ClientOptions, request: ListPageRequest): Promise<Result<readonly FileInfo[], ClientError>> {
  assert(request.limit >= 1 && request.limit <= listPageLimitMax, "a page limit within 1..listPageLimitMax");
  return withQueue(options, async (transport) => {
    const shape = { list: { prefix: request.prefix, startAfter: request.startAfter, limit: request.limit, withoutChunks: true, stale: request.stale === true } };
    const answer = await requestExpecting(transport, shape, ["listResponse"], `list ${request.prefix}`, options.requestTimeoutMs);
    if (!answer.ok) return answer;
    const files = answer.value.listResponse.files ?? [];
    if (files.length > request.limit) return err(new ClientError("failed", `list ${request.prefix}: ${files.length} files in a page of ${request.limit}`));
    const infos: FileInfo[] = [];
    for (const manifest of files) {
      const info = infoFromManifest(manifest, `list ${request.prefix}`);
      if (!info.ok) return info;
      // A node that ignores start_after or the prefix (an older build) must not make a listing loop or leak.
      if (utf8Compare(info.value.name, request.startAfter) <= 0 || !info.value.name.startsWith(request.prefix)) continue;
      infos.push(info.value);
    }
    return ok(infos);
  });
}

/** A manifest from the cluster as a FileInfo (read-range.ts uses it for a read's plan). */
export function infoFromManifest(manifest: pb.Manifest.$Shape | null | undefined, what: string): Result<FileInfo, ClientError> {
  if (manifest === null || manifest === undefined) return err(new ClientError("failed", `${what}: the answer has no manifest`));
  const attributes = attributesFromWire(manifest.attributes);
  if (!attributes.ok) return err(new ClientError("failed", `${what}: bad attributes from the cluster: ${attributes.error.message}`));
  const digest = manifest.digest ?? new Uint8Array(0);
  const size = uint64FromWire(manifest.size);
  const chunkSize = manifest.chunkSize ?? 0;
  return ok({
    name: manifest.name ?? "",
    size,
    version: uint64FromWire(manifest.version),
    createdMs: uint64FromWire(manifest.createdMs),
    sha256: Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString("hex"),
    chunkSize,
    // From the size, not the digests: a listing without_chunks carries none.
    chunks: chunkSize > 0 ? Math.ceil(size / chunkSize) : 0,
    attributes: attributes.value ?? null,
  });
}

/** A record already checked at the gateway (a read's plan) as a FileInfo. */
export function infoFromRecord(record: FileRecord): FileInfo {
  return {
    name: record.name, size: record.size, version: record.version, createdMs: record.createdMs, sha256: record.sha256,
    chunkSize: record.chunkBytes, chunks: record.chunks.length, attributes: record.attributes ?? null,
  };
}

/** Names in the cluster's order: bytewise UTF-8 (JavaScript's < differs for characters above U+FFFF). */
export function utf8Compare(left: string, right: string): number {
  return Buffer.compare(Buffer.from(left, "utf8"), Buffer.from(right, "utf8"));
}

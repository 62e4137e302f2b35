/**
 * What every S3 handler works with: the request (authenticated), the store, bounds and the
 * clock, plus the shared pieces of an answer (XML documents, an object's headers) and the
 * bucket lookups several operations need.
 */
import type { Principal } from "../auth/client-keys";
import { allowed, type Operation } from "../auth/client-keys";
import type { Logger } from "../lib/logger";
import { attributesProblem, type FileAttributes } from "../files/attributes";
import type { Payload } from "./authenticate";
import { bucketMarker, bucketNameProblem, keyProblem, objectName } from "./names";
import type { S3Request } from "./request";
import { S3Error } from "./s3-error";
import type { FileInfo, ObjectStore } from "./store";
import { xmlDocument } from "./xml";

export interface DoorOptions {
  readonly store: ObjectStore;
  /** The largest object (and part) the door accepts. */
  readonly objectBytesMax: number;
  readonly now: () => number;
  readonly logger: Logger;
}

export interface Call {
  readonly request: S3Request;
  readonly body: AsyncIterable<Uint8Array> | null;
  readonly principal: Principal;
  readonly payload: Payload;
  readonly door: DoorOptions;
}

/** Refuses what the principal's role does not allow (a read-only key writing): AccessDenied. */
export function requireRole(call: Call, operation: Operation): void {
  if (!allowed(call.principal, operation)) {
    throw new S3Error("AccessDenied", `access key ${call.principal.kind === "client" ? call.principal.id : "?"} is ${call.principal.kind === "client" ? call.principal.role : call.principal.kind} and may not ${operation}`);
  }
}

export function xmlResponse(root: string, inner: string, status = 200): Response {
  return new Response(xmlDocument(root, inner), { status, headers: { "content-type": "application/xml" } });
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

export function checkedBucket(bucket: string): string {
  const problem = bucketNameProblem(bucket);
  if (problem !== null) throw new S3Error("InvalidBucketName", `${JSON.stringify(bucket)}: ${problem}`, { BucketName: bucket });
  return bucket;
}

/** The file name of bucket/key, or KeyTooLongError / InvalidArgument naming the rule the key breaks. */
export function checkedObjectName(bucket: string, key: string): string {
  checkedBucket(bucket);
  const problem = keyProblem(bucket, key);
  if (problem !== null) throw new S3Error(/too-long/.test(problem) ? "KeyTooLongError" : "InvalidArgument", problem);
  return objectName(bucket, key);
}

/** A bucket exists when it was created (its marker) or holds any object. */
export async function bucketExists(door: DoorOptions, bucket: string): Promise<boolean> {
  if ((await door.store.stat(bucketMarker(bucket))) !== null) return true;
  return (await door.store.list(`${bucket}/`, "", 1)).length > 0;
}

export async function requireBucket(door: DoorOptions, bucket: string): Promise<void> {
  if (!(await bucketExists(door, bucket))) throw noSuchBucket(bucket);
}

export function noSuchBucket(bucket: string): S3Error {
  return new S3Error("NoSuchBucket", "The specified bucket does not exist", { BucketName: bucket });
}

/** The ETag of a file: its S3 ETag or MD5 when the door wrote it, else its SHA-256 (64 hex digits: no client mistakes it for an MD5). */
export function etagOf(info: FileInfo): string {
  return `"${info.attributes?.etag ?? info.attributes?.md5 ?? info.sha256}"`;
}

export function lastModifiedIso(info: FileInfo): string {
  return new Date(info.createdMs).toISOString();
}

/** The headers GET and HEAD answer with for an object. */
export function objectHeaders(info: FileInfo): Record<string, string> {
  const headers: Record<string, string> = {
    "etag": etagOf(info),
    "last-modified": new Date(info.createdMs).toUTCString(),
    "content-type": info.attributes?.contentType ?? "binary/octet-stream",
    "accept-ranges": "bytes",
  };
  for (const [name, value] of Object.entries(info.attributes?.metadata ?? {})) headers[`x-amz-meta-${name}`] = value;
  return headers;
}

/** Content-Type and x-amz-meta-* of a request, as attributes (their bounds are checked when the file is committed, and here first). */
export function requestAttributes(request: S3Request): Pick<FileAttributes, "contentType" | "metadata"> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of request.headers) if (name.startsWith("x-amz-meta-")) metadata[name.slice("x-amz-meta-".length)] = value;
  const contentType = request.header("content-type");
  const attributes = {
    ...(contentType === null || contentType === "" ? {} : { contentType }),
    ...(Object.keys(metadata).length === 0 ? {} : { metadata }),
  };
  const problem = attributesProblem(attributes);
  if (problem !== null) throw new S3Error(/bytes as JSON|entries/.test(problem) ? "MetadataTooLarge" : "InvalidArgument", `Content-Type or x-amz-meta-*: ${problem}`);
  return attributes;
}

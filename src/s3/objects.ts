/**
 * Object operations: PutObject, GetObject (with Range), HeadObject, DeleteObject,
 * DeleteObjects and CopyObject. A PUT streams the body to a spool file while hashing it
 * (SHA-256 per chunk for the manifest, MD5 for the ETag), then commits it through the same
 * upload path as the native client; a GET streams only the chunks its range covers.
 */
import { createHash } from "node:crypto";
import { assert } from "../lib/assert";
import type { FileAttributes } from "../files/attributes";
import { objectBytes, bodyText } from "./body";
import { checkedBucket, checkedObjectName, emptyResponse, lastModifiedIso, noSuchBucket, objectHeaders, requireRole, requestAttributes, requireBucket, xmlResponse, bucketExists, type Call, type DoorOptions } from "./context";
import { objectName } from "./names";
import { S3Error } from "./s3-error";
import { child, parseXml, xmlElement } from "./xml";

/** Keys one DeleteObjects may name, as in S3. */
export const deleteKeysMax = 1000;

/** Spools `bytes` under `name` with an MD5 on the way and commits it with the attributes; returns the MD5 (hex). */
export async function putBytes(door: DoorOptions, name: string, bytes: AsyncIterable<Uint8Array>, attributes: Omit<FileAttributes, "md5">): Promise<string> {
  const md5 = createHash("md5");
  const spooled = await door.store.spool(name, bytes, door.objectBytesMax, (piece) => md5.update(piece));
  const hex = md5.digest("hex");
  await door.store.commit(spooled, { ...attributes, md5: hex });
  return hex;
}

export async function putObject(call: Call): Promise<Response> {
  requireRole(call, "write");
  const { request } = call;
  const name = checkedObjectName(request.bucket, request.key);
  if (request.header("x-amz-copy-source") !== null) return await copyObject(call, name);
  const attributes = requestAttributes(request);
  await requireBucket(call.door, request.bucket);
  const md5 = await putBytes(call.door, name, objectBytes(request, call.body, call.payload, call.door.objectBytesMax), attributes);
  return emptyResponse(200, { etag: `"${md5}"` });
}

export async function getObject(call: Call, head: boolean): Promise<Response> {
  requireRole(call, "read");
  const { request, door } = call;
  const name = checkedObjectName(request.bucket, request.key);
  const handle = await door.store.read(name);
  if (handle === null) {
    if (!(await bucketExists(door, request.bucket))) throw noSuchBucket(request.bucket);
    throw new S3Error("NoSuchKey", "The specified key does not exist.", { Key: request.key });
  }
  const info = handle.info;
  const headers = { ...objectHeaders(info), ...responseOverrides(call) };
  const range = parseRange(request.header("range"), info.size);
  if (range === "unsatisfiable") {
    throw new S3Error("InvalidRange", "The requested range is not satisfiable", { RangeRequested: request.header("range") ?? "", ActualObjectSize: String(info.size) });
  }
  const { start, end } = range ?? { start: 0, end: info.size };
  headers["content-length"] = String(end - start);
  if (range !== null) headers["content-range"] = `bytes ${start}-${end - 1}/${info.size}`;
  const status = range === null ? 200 : 206;
  if (head) return new Response(null, { status, headers });
  return new Response(handle.stream(start, end), { status, headers });
}

/** response-content-type and its siblings (a presigned GET may set them), as S3 allows on GET. */
function responseOverrides(call: Call): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const header of ["content-type", "content-language", "expires", "cache-control", "content-disposition", "content-encoding"]) {
    const value = call.request.params.get(`response-${header}`);
    if (value !== undefined) overrides[header] = value;
  }
  return overrides;
}

/**
 * A Range header against an object of `size` bytes: null for the whole object (no header, or
 * one this door does not honour, such as several ranges: S3 too answers those with the whole
 * object), "unsatisfiable" for a range past the end, else [start, end).
 */
export function parseRange(header: string | null, size: number): { readonly start: number; readonly end: number } | null | "unsatisfiable" {
  if (header === null) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return null;
  const [, first, last] = match;
  if (first === "" && last === "") return null;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size };
  }
  const start = Number(first);
  if (start >= size) return "unsatisfiable";
  const end = last === "" ? size : Math.min(size, Number(last) + 1);
  if (end <= start) return null;
  assert(end <= size, "a range ends within the object");
  return { start, end };
}

export async function deleteObject(call: Call): Promise<Response> {
  requireRole(call, "remove");
  const { request, door } = call;
  const name = checkedObjectName(request.bucket, request.key);
  if (!(await door.store.remove(name)) && !(await bucketExists(door, request.bucket))) throw noSuchBucket(request.bucket);
  return emptyResponse(204);
}

export async function deleteObjects(call: Call): Promise<Response> {
  requireRole(call, "remove");
  const { request, door } = call;
  checkedBucket(request.bucket);
  const document = parseXml(await bodyText(request, call.body, call.payload));
  if (typeof document === "string" || document.name !== "Delete") throw new S3Error("MalformedXML", `a Delete document was expected${typeof document === "string" ? `: ${document}` : ""}`);
  const keys = document.children.filter((node) => node.name === "Object").map((node) => child(node, "Key")?.text ?? "");
  if (keys.length === 0 || keys.length > deleteKeysMax) throw new S3Error("MalformedXML", `a Delete names 1 to ${deleteKeysMax} objects, not ${keys.length}`);
  const quiet = child(document, "Quiet")?.text.trim() === "true";
  await requireBucket(door, request.bucket);
  let inner = "";
  // Bounded by deleteKeysMax; one at a time keeps the cluster's queue short.
  for (const key of keys) {
    try {
      await door.store.remove(checkedObjectName(request.bucket, key));
      if (!quiet) inner += `<Deleted>${xmlElement("Key", key)}</Deleted>`;
    } catch (error: unknown) {
      if (!(error instanceof S3Error)) throw error;
      inner += `<Error>${xmlElement("Key", key)}${xmlElement("Code", error.code)}${xmlElement("Message", error.message)}</Error>`;
    }
  }
  return xmlResponse("DeleteResult", inner);
}

/** x-amz-copy-source: "/bucket/key" or "bucket/key", URL-encoded, maybe with ?versionId. */
function copySource(call: Call): { readonly bucket: string; readonly key: string } {
  const raw = call.request.header("x-amz-copy-source") ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.split("?")[0] ?? "");
  } catch {
    throw new S3Error("InvalidArgument", "x-amz-copy-source is not valid percent-encoded UTF-8");
  }
  const path = decoded.startsWith("/") ? decoded.slice(1) : decoded;
  const slash = path.indexOf("/");
  if (slash <= 0 || slash === path.length - 1) throw new S3Error("InvalidArgument", "x-amz-copy-source must be BUCKET/KEY");
  return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}

/**
 * CopyObject: the source's bytes are read back and written as the target (the chunk store
 * keeps one copy of identical chunks, so the cluster stores nothing twice; the bytes still
 * travel). Metadata is the source's unless x-amz-metadata-directive is REPLACE.
 */
async function copyObject(call: Call, target: string): Promise<Response> {
  requireRole(call, "read");
  const { request, door } = call;
  const source = copySource(call);
  const handle = await door.store.read(checkedObjectName(source.bucket, source.key));
  if (handle === null) throw new S3Error("NoSuchKey", "The specified key does not exist.", { Key: source.key });
  await requireBucket(door, request.bucket);
  const replace = request.header("x-amz-metadata-directive") === "REPLACE";
  if (!replace && objectName(source.bucket, source.key) === target) {
    throw new S3Error("InvalidRequest", "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata.");
  }
  const { contentType, metadata } = replace ? requestAttributes(request) : (handle.info.attributes ?? {});
  const attributes = { ...(contentType === undefined ? {} : { contentType }), ...(metadata === undefined ? {} : { metadata }) };
  const md5 = await putBytes(door, target, handle.stream(0, handle.info.size), attributes);
  const copied = await door.store.stat(target);
  const lastModified = copied === null ? new Date(door.now()).toISOString() : lastModifiedIso(copied);
  return xmlResponse("CopyObjectResult", `${xmlElement("LastModified", lastModified)}${xmlElement("ETag", `"${md5}"`)}`);
}

/**
 * Multipart upload: CreateMultipartUpload, UploadPart, ListParts, CompleteMultipartUpload,
 * AbortMultipartUpload, ListMultipartUploads.
 *
 * Each part is a hidden file of the cluster (.s3/uploads/ID/part-NNNNN, names.ts), committed
 * through Raft like any file, so an acknowledged part survives a queue server restart; the
 * upload itself is a small record file (.s3/uploads/ID/upload: bucket, key, attributes). On
 * Complete the parts are streamed, in order, through a new upload of the target: Gossamer has
 * no cheaper composition today (a file's whole-content SHA-256 cannot be composed from its
 * parts'), so completing costs reading every part back from the nodes, spooling it once and
 * sending it through the queue server again; the nodes store no chunk twice (chunks of parts
 * whose size is a multiple of the chunk size are the same chunks). While it runs the answer is
 * already 200 with the XML declaration, and a space every completeKeepAliveMs keeps clients
 * from timing out; the result or an Error document follows, as S3 itself does.
 */
import { createHash, randomBytes } from "node:crypto";
import { assert } from "../lib/assert";
import { bodyText, objectBytes } from "./body";
import { checkedBucket, checkedObjectName, emptyResponse, requireRole, requestAttributes, requireBucket, xmlResponse, type Call, type DoorOptions } from "./context";
import { putBytes } from "./objects";
import { isUploadId, partName, partNumberMax, partPrefix, uploadRecordName, uploadsPrefix } from "./names";
import { S3Error, s3ErrorXml } from "./s3-error";
import type { FileInfo } from "./store";
import { child, parseXml, xmlElement } from "./xml";

/** S3's smallest part, but for the last. */
export const partBytesMin = 5 << 20;
/** Parts one ListParts answers with. */
export const listPartsMax = 1000;
/** An upload record is a few hundred bytes; anything larger is not ours. */
export const uploadRecordBytesMax = 16 << 10;
export const completeKeepAliveMs = 5_000;
/** Records ListMultipartUploads reads (each is a small read). */
export const uploadsListedMax = 1000;

interface UploadRecord {
  readonly bucket: string;
  readonly key: string;
  readonly contentType?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly initiatedMs: number;
}

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

export async function createUpload(call: Call): Promise<Response> {
  requireRole(call, "write");
  const { request, door } = call;
  checkedObjectName(request.bucket, request.key);
  const attributes = requestAttributes(request);
  await requireBucket(door, request.bucket);
  const uploadId = randomBytes(16).toString("hex");
  const record: UploadRecord = { bucket: request.bucket, key: request.key, ...attributes, initiatedMs: door.now() };
  await putBytes(door, uploadRecordName(uploadId), bytesOf(JSON.stringify(record)), {});
  return xmlResponse("InitiateMultipartUploadResult", `${xmlElement("Bucket", request.bucket)}${xmlElement("Key", request.key)}${xmlElement("UploadId", uploadId)}`);
}

/** The upload's record; NoSuchUpload when absent or when it is for another bucket or key. */
async function uploadOf(door: DoorOptions, uploadId: string | undefined, bucket: string, key: string | null): Promise<UploadRecord> {
  const missing = new S3Error("NoSuchUpload", "The specified multipart upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", { UploadId: uploadId ?? "" });
  if (uploadId === undefined || !isUploadId(uploadId)) throw missing;
  const record = await readRecord(door, uploadRecordName(uploadId));
  if (record === null || record.bucket !== bucket || (key !== null && record.key !== key)) throw missing;
  return record;
}

async function readRecord(door: DoorOptions, name: string): Promise<UploadRecord | null> {
  const handle = await door.store.read(name);
  if (handle === null) return null;
  if (handle.info.size > uploadRecordBytesMax) throw new S3Error("InternalError", `upload record ${name} is ${handle.info.size} bytes`);
  const text = await new Response(handle.stream(0, handle.info.size)).text();
  const value = JSON.parse(text) as unknown;
  if (typeof value !== "object" || value === null) throw new S3Error("InternalError", `upload record ${name} is not a JSON object`);
  const { bucket, key, initiatedMs } = value as Record<string, unknown>;
  if (typeof bucket !== "string" || typeof key !== "string" || typeof initiatedMs !== "number") throw new S3Error("InternalError", `upload record ${name} lacks bucket, key or initiatedMs`);
  return value as UploadRecord;
}

function partNumberOf(text: string | undefined): number {
  const number = Number(text);
  if (text === undefined || !/^\d{1,5}$/.test(text) || number < 1 || number > partNumberMax) {
    throw new S3Error("InvalidArgument", `Part number must be an integer between 1 and ${partNumberMax}, inclusive`);
  }
  return number;
}

export async function uploadPart(call: Call): Promise<Response> {
  requireRole(call, "write");
  const { request, door } = call;
  checkedBucket(request.bucket);
  const partNumber = partNumberOf(request.params.get("partNumber"));
  if (request.header("x-amz-copy-source") !== null) throw new S3Error("NotImplemented", "UploadPartCopy is not supported: upload the part's bytes");
  const uploadId = request.params.get("uploadId");
  await uploadOf(door, uploadId, request.bucket, request.key);
  assert(uploadId !== undefined, "uploadOf checked the id");
  const md5 = await putBytes(door, partName(uploadId, partNumber), objectBytes(request, call.body, call.payload, door.objectBytesMax), {});
  return emptyResponse(200, { etag: `"${md5}"` });
}

/** Every part of an upload, by part number (at most partNumberMax of them, paged). */
async function partsOf(door: DoorOptions, uploadId: string): Promise<Map<number, FileInfo>> {
  const parts = new Map<number, FileInfo>();
  const prefix = partPrefix(uploadId);
  let after = "";
  // Bounded: partNumberMax parts in pages of listPartsMax.
  for (let page = 0; page <= partNumberMax / listPartsMax; page += 1) {
    const infos = await door.store.list(prefix, after, listPartsMax);
    for (const info of infos) parts.set(Number(info.name.slice(prefix.length)), info);
    const last = infos[infos.length - 1];
    if (last === undefined || infos.length < listPartsMax) break;
    after = last.name;
  }
  return parts;
}

function partXml(number: number, info: FileInfo): string {
  return `<Part>${xmlElement("PartNumber", number)}${xmlElement("LastModified", new Date(info.createdMs).toISOString())}`
    + `${xmlElement("ETag", `"${info.attributes?.md5 ?? ""}"`)}${xmlElement("Size", info.size)}</Part>`;
}

export async function listParts(call: Call): Promise<Response> {
  requireRole(call, "list");
  const { request, door } = call;
  const uploadId = request.params.get("uploadId");
  await uploadOf(door, uploadId, checkedBucket(request.bucket), request.key);
  assert(uploadId !== undefined, "uploadOf checked the id");
  const marker = request.params.has("part-number-marker") ? partNumberOf(request.params.get("part-number-marker")) : 0;
  const maxText = request.params.get("max-parts");
  const maxParts = maxText === undefined ? listPartsMax : Math.min(listPartsMax, Number(maxText));
  if (!Number.isInteger(maxParts) || maxParts < 0) throw new S3Error("InvalidArgument", "max-parts must be a non-negative integer");
  const infos = await door.store.list(partPrefix(uploadId), marker === 0 ? "" : partName(uploadId, marker), maxParts + 1);
  const shown = infos.slice(0, maxParts);
  const numbers = shown.map((info) => Number(info.name.slice(partPrefix(uploadId).length)));
  const truncated = infos.length > maxParts;
  const inner = `${xmlElement("Bucket", request.bucket)}${xmlElement("Key", request.key)}${xmlElement("UploadId", uploadId)}`
    + `${xmlElement("PartNumberMarker", marker)}${xmlElement("NextPartNumberMarker", numbers[numbers.length - 1] ?? marker)}`
    + `${xmlElement("MaxParts", maxParts)}${xmlElement("IsTruncated", truncated)}${xmlElement("StorageClass", "STANDARD")}`
    + shown.map((info, at) => partXml(numbers[at] ?? 0, info)).join("");
  return xmlResponse("ListPartsResult", inner);
}

interface RequestedPart {
  readonly number: number;
  readonly etag: string;
}

function requestedParts(text: string): RequestedPart[] {
  const document = parseXml(text);
  if (typeof document === "string" || document.name !== "CompleteMultipartUpload") {
    throw new S3Error("MalformedXML", `a CompleteMultipartUpload document was expected${typeof document === "string" ? `: ${document}` : ""}`);
  }
  const parts = document.children.filter((node) => node.name === "Part").map((node) => ({
    number: partNumberOf(child(node, "PartNumber")?.text.trim()),
    etag: (child(node, "ETag")?.text ?? "").trim().replace(/^"|"$/g, ""),
  }));
  if (parts.length === 0) throw new S3Error("MalformedXML", "You must specify at least one part");
  for (let at = 1; at < parts.length; at += 1) {
    if ((parts[at]?.number ?? 0) <= (parts[at - 1]?.number ?? 0)) throw new S3Error("InvalidPartOrder", "The list of parts was not in ascending order. The parts list must be specified in order by part number.");
  }
  return parts;
}

export async function completeUpload(call: Call): Promise<Response> {
  requireRole(call, "write");
  const { request, door } = call;
  const target = checkedObjectName(request.bucket, request.key);
  const uploadId = request.params.get("uploadId");
  const record = await uploadOf(door, uploadId, request.bucket, request.key);
  assert(uploadId !== undefined, "uploadOf checked the id");
  const requested = requestedParts(await bodyText(request, call.body, call.payload));
  const stored = await partsOf(door, uploadId);
  const chosen: FileInfo[] = [];
  for (const [at, part] of requested.entries()) {
    const info = stored.get(part.number);
    if (info === undefined || info.attributes?.md5 !== part.etag) {
      throw new S3Error("InvalidPart", "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not have matched the part's entity tag.", { PartNumber: String(part.number), ETag: part.etag });
    }
    if (at < requested.length - 1 && info.size < partBytesMin) {
      throw new S3Error("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.", { PartNumber: String(part.number), ProposedSize: String(info.size), MinSizeAllowed: String(partBytesMin) });
    }
    chosen.push(info);
  }
  const total = chosen.reduce((sum, info) => sum + info.size, 0);
  if (total > door.objectBytesMax) throw new S3Error("EntityTooLarge", `the parts add up to ${total} bytes, more than ${door.objectBytesMax}`);
  const partMd5s = Buffer.concat(requested.map((part) => Buffer.from(part.etag, "hex")));
  const etag = `${createHash("md5").update(partMd5s).digest("hex")}-${requested.length}`;
  const attributes = { etag, ...(record.contentType === undefined ? {} : { contentType: record.contentType }), ...(record.metadata === undefined ? {} : { metadata: record.metadata }) };
  const work = (async (): Promise<string> => {
    await putBytes(door, target, concatenated(door, chosen), attributes);
    await removeUpload(door, uploadId, stored.values());
    return `<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${xmlElement("Location", `/${request.bucket}/${request.key}`)}`
      + `${xmlElement("Bucket", request.bucket)}${xmlElement("Key", request.key)}${xmlElement("ETag", `"${etag}"`)}</CompleteMultipartUploadResult>`;
  })();
  return new Response(keepAlive(work, request.path, door), { status: 200, headers: { "content-type": "application/xml" } });
}

async function* concatenated(door: DoorOptions, parts: readonly FileInfo[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) {
    const handle = await door.store.read(part.name);
    if (handle === null || handle.info.sha256 !== part.sha256) throw new S3Error("InvalidPart", `part ${part.name} changed or vanished while the upload completed`);
    for await (const piece of handle.stream(0, handle.info.size)) yield piece;
  }
}

async function removeUpload(door: DoorOptions, uploadId: string, parts: Iterable<FileInfo>): Promise<void> {
  // Parts first, the record last: an upload half removed is still listed, and can be aborted again.
  for (const part of parts) await door.store.remove(part.name);
  await door.store.remove(uploadRecordName(uploadId));
}

/** The XML declaration now, a space every completeKeepAliveMs, then the work's document (or an Error). */
function keepAlive(work: Promise<string>, resource: string, door: DoorOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('<?xml version="1.0" encoding="UTF-8"?>\n'));
      timer = setInterval(() => controller.enqueue(encoder.encode(" ")), completeKeepAliveMs);
      void work.then((document) => document, (error: unknown) => {
        const s3Error = error instanceof S3Error ? error : new S3Error("InternalError", error instanceof Error ? error.message : String(error));
        door.logger.error("s3.complete-failed", { resource, code: s3Error.code, error: s3Error.message });
        return s3ErrorXml(s3Error, resource, randomBytes(8).toString("hex")).replace(/^<\?xml[^>]*>\n/, "");
      }).then((document) => {
        if (timer !== null) clearInterval(timer);
        try {
          controller.enqueue(encoder.encode(document));
          controller.close();
        } catch {
          // The client went away: nothing to tell it.
        }
      });
    },
    cancel() {
      if (timer !== null) clearInterval(timer);
    },
  });
}

export async function abortUpload(call: Call): Promise<Response> {
  requireRole(call, "remove");
  const { request, door } = call;
  const uploadId = request.params.get("uploadId");
  await uploadOf(door, uploadId, checkedBucket(request.bucket), request.key);
  assert(uploadId !== undefined, "uploadOf checked the id");
  await removeUpload(door, uploadId, (await partsOf(door, uploadId)).values());
  return emptyResponse(204);
}

export async function listUploads(call: Call): Promise<Response> {
  requireRole(call, "list");
  const { request, door } = call;
  const bucket = checkedBucket(request.bucket);
  await requireBucket(door, bucket);
  const prefix = request.params.get("prefix") ?? "";
  let inner = `${xmlElement("Bucket", bucket)}${xmlElement("KeyMarker", "")}${xmlElement("UploadIdMarker", "")}${xmlElement("MaxUploads", uploadsListedMax)}`;
  let after = "";
  let listed = 0;
  // Bounded: each turn reads one upload's record and skips past its parts.
  for (let turn = 0; turn < uploadsListedMax; turn += 1) {
    const first = (await door.store.list(uploadsPrefix, after, 1))[0];
    if (first === undefined) break;
    const uploadId = first.name.slice(uploadsPrefix.length).split("/")[0] ?? "";
    after = `${uploadsPrefix}${uploadId}/\u{10FFFF}`;
    const record = isUploadId(uploadId) ? await readRecord(door, uploadRecordName(uploadId)) : null;
    if (record === null || record.bucket !== bucket || !record.key.startsWith(prefix)) continue;
    listed += 1;
    inner += `<Upload>${xmlElement("Key", record.key)}${xmlElement("UploadId", uploadId)}${xmlElement("Initiated", new Date(record.initiatedMs).toISOString())}`
      + `${xmlElement("StorageClass", "STANDARD")}</Upload>`;
  }
  door.logger.debug("s3.list-uploads", { bucket, listed });
  return xmlResponse("ListMultipartUploadsResult", `${inner}${xmlElement("IsTruncated", false)}`);
}

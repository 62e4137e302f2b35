/**
 * Bucket operations: ListBuckets, CreateBucket, DeleteBucket (refused while the bucket holds
 * objects), HeadBucket, GetBucketLocation, and listing a bucket's objects (ListObjectsV2 and
 * the older ListObjects, which s3cmd and rclone still use).
 */
import { uriEncode } from "./sigv4";
import { bucketExists, checkedBucket, emptyResponse, etagOf, noSuchBucket, requireRole, xmlResponse, type Call } from "./context";
import { putBytes } from "./objects";
import { listKeys, listKeysMax, skipPast, type ListResult } from "./listing";
import { bucketMarker, bucketMarkerPrefix, bucketNameProblem } from "./names";
import { S3Error } from "./s3-error";
import type { FileInfo } from "./store";
import { xmlElement } from "./xml";

/** Buckets ListBuckets reports: a bound on its work (each costs one fetch). */
export const bucketsListedMax = 1000;
/** The owner every bucket reports (Gossamer has one tenant per cluster). */
const owner = `<Owner>${xmlElement("ID", "gossamer")}${xmlElement("DisplayName", "gossamer")}</Owner>`;

async function* nothing(): AsyncGenerator<Uint8Array> {}

export async function listBuckets(call: Call): Promise<Response> {
  requireRole(call, "list");
  const store = call.door.store;
  const found = new Map<string, number>();
  // Created buckets (their markers), then every top-level name prefix that is a valid bucket name.
  const markers = await store.list(bucketMarkerPrefix, "", bucketsListedMax);
  for (const marker of markers) found.set(marker.name.slice(bucketMarkerPrefix.length), marker.createdMs);
  let cursor = "";
  // Bounded: each turn finds one top-level prefix and skips past all of its names.
  for (let turn = 0; turn < bucketsListedMax; turn += 1) {
    const page = await store.list("", cursor, 1);
    const first = page[0];
    if (first === undefined) break;
    const slash = first.name.indexOf("/");
    const top = slash < 0 ? first.name : first.name.slice(0, slash);
    if (slash > 0 && bucketNameProblem(top) === null && !found.has(top)) found.set(top, first.createdMs);
    cursor = slash < 0 ? first.name : skipPast(`${top}/`);
  }
  const buckets = [...found].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([name, createdMs]) => `<Bucket>${xmlElement("Name", name)}${xmlElement("CreationDate", new Date(createdMs).toISOString())}</Bucket>`).join("");
  return xmlResponse("ListAllMyBucketsResult", `${owner}<Buckets>${buckets}</Buckets>`);
}

export async function createBucket(call: Call): Promise<Response> {
  requireRole(call, "write");
  const bucket = checkedBucket(call.request.bucket);
  if (await bucketExists(call.door, bucket)) throw new S3Error("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", { BucketName: bucket });
  await putBytes(call.door, bucketMarker(bucket), nothing(), {});
  return emptyResponse(200, { location: `/${bucket}` });
}

export async function deleteBucket(call: Call): Promise<Response> {
  requireRole(call, "remove");
  const bucket = checkedBucket(call.request.bucket);
  const store = call.door.store;
  if ((await store.list(`${bucket}/`, "", 1)).length > 0) throw new S3Error("BucketNotEmpty", "The bucket you tried to delete is not empty", { BucketName: bucket });
  if (!(await store.remove(bucketMarker(bucket)))) throw noSuchBucket(bucket);
  return emptyResponse(204);
}

export async function headBucket(call: Call): Promise<Response> {
  requireRole(call, "list");
  const bucket = checkedBucket(call.request.bucket);
  if (!(await bucketExists(call.door, bucket))) return emptyResponse(404);
  return emptyResponse(200, { "x-amz-bucket-region": "us-east-1" });
}

export async function bucketLocation(call: Call): Promise<Response> {
  requireRole(call, "list");
  const bucket = checkedBucket(call.request.bucket);
  if (!(await bucketExists(call.door, bucket))) throw noSuchBucket(bucket);
  // Empty means us-east-1, the region clients should sign for (docs/s3.md).
  return xmlResponse("LocationConstraint", "");
}

interface ObjectEntry {
  readonly key: string;
  readonly info: FileInfo;
}

/** ListObjectsV2 (list-type=2) and ListObjects (V1). */
export async function listObjects(call: Call): Promise<Response> {
  requireRole(call, "list");
  const { request, door } = call;
  const bucket = checkedBucket(request.bucket);
  const params = request.params;
  const v2 = params.get("list-type") === "2";
  const prefix = params.get("prefix") ?? "";
  const delimiter = params.get("delimiter") ?? "";
  const maxKeys = parseMaxKeys(params.get("max-keys"));
  const encode = params.get("encoding-type") === "url";
  if (params.has("encoding-type") && !encode) throw new S3Error("InvalidArgument", "encoding-type must be url");
  const token = params.get("continuation-token");
  const after = v2 ? (token !== undefined ? decodeToken(token) : (params.get("start-after") ?? "")) : (params.get("marker") ?? "");
  const base = `${bucket}/`;
  const result = await listKeys<ObjectEntry>({ prefix, delimiter, after, maxKeys }, async (keyPrefix, keyAfter, limit) => {
    const page = await door.store.list(base + keyPrefix, keyAfter === "" ? "" : base + keyAfter, limit);
    return page.map((info) => ({ key: info.name.slice(base.length), info }));
  });
  if (result.contents.length === 0 && result.commonPrefixes.length === 0 && !(await bucketExists(door, bucket))) throw noSuchBucket(bucket);
  const text = (value: string): string => (encode ? uriEncode(value, true) : value);
  const contents = result.contents.map(({ key, info }) => `<Contents>${xmlElement("Key", text(key))}${xmlElement("LastModified", new Date(info.createdMs).toISOString())}`
    + `${xmlElement("ETag", etagOf(info))}${xmlElement("Size", info.size)}${xmlElement("StorageClass", "STANDARD")}${v2 ? "" : owner}</Contents>`).join("");
  const prefixes = result.commonPrefixes.map((common) => `<CommonPrefixes>${xmlElement("Prefix", text(common))}</CommonPrefixes>`).join("");
  const head = `${xmlElement("Name", bucket)}${xmlElement("Prefix", text(prefix))}${delimiter === "" ? "" : xmlElement("Delimiter", text(delimiter))}`
    + `${xmlElement("MaxKeys", maxKeys)}${encode ? xmlElement("EncodingType", "url") : ""}${xmlElement("IsTruncated", result.truncated)}`;
  return xmlResponse("ListBucketResult", head + (v2 ? v2Fields(call, result) : v1Fields(call, result, delimiter, text)) + contents + prefixes);
}

function v2Fields(call: Call, result: ListResult<ObjectEntry>): string {
  const params = call.request.params;
  const token = params.get("continuation-token");
  const startAfter = params.get("start-after");
  return `${xmlElement("KeyCount", result.contents.length + result.commonPrefixes.length)}`
    + `${token === undefined ? "" : xmlElement("ContinuationToken", token)}${startAfter === undefined ? "" : xmlElement("StartAfter", startAfter)}`
    + `${result.truncated ? xmlElement("NextContinuationToken", encodeToken(result.last)) : ""}`;
}

function v1Fields(call: Call, result: ListResult<ObjectEntry>, delimiter: string, text: (value: string) => string): string {
  const marker = call.request.params.get("marker") ?? "";
  // S3 gives NextMarker only with a delimiter; without one, clients continue from the last key.
  return `${xmlElement("Marker", text(marker))}${result.truncated && delimiter !== "" ? xmlElement("NextMarker", text(result.last)) : ""}`;
}

function parseMaxKeys(value: string | undefined): number {
  if (value === undefined) return listKeysMax;
  if (!/^\d{1,9}$/.test(value)) throw new S3Error("InvalidArgument", `max-keys ${JSON.stringify(value)} must be a non-negative integer`);
  return Math.min(listKeysMax, Number(value));
}

/** The continuation token is the last key or common prefix returned, opaque to the client. */
export function encodeToken(last: string): string {
  return Buffer.from(last, "utf8").toString("base64url");
}

function decodeToken(token: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) throw new S3Error("InvalidArgument", "The continuation token provided is incorrect");
  return Buffer.from(token, "base64url").toString("utf8");
}

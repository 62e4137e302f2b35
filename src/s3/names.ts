/**
 * How S3's buckets and keys map onto Gossamer's flat file names: object KEY of bucket B is the
 * file "B/KEY", so a bucket is a name prefix and the native client sees S3 objects as files
 * (and the door sees files written natively as objects). The door's own bookkeeping lives under
 * ".s3/", which no bucket can name (bucket names start with a letter or digit):
 *
 *   .s3/buckets/B                 marker of a bucket created empty (CreateBucket)
 *   .s3/uploads/ID/upload         a multipart upload in progress: its bucket, key and attributes
 *   .s3/uploads/ID/part-NNNNN     an uploaded part (its attributes hold the part's MD5)
 */
import { validateFileName } from "../files/name";

export const internalPrefix = ".s3/";
export const bucketMarkerPrefix = `${internalPrefix}buckets/`;
export const uploadsPrefix = `${internalPrefix}uploads/`;
/** S3 part numbers run from 1 to 10,000. */
export const partNumberMax = 10_000;

const bucketPattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** S3's bucket naming rules (3-63 of a-z 0-9 . -, not an IP address, no ".."), or why not. */
export function bucketNameProblem(bucket: string): string | null {
  if (!bucketPattern.test(bucket)) return "a bucket name is 3 to 63 characters of a-z, 0-9, '.' and '-', starting and ending with a letter or digit";
  if (bucket.includes("..")) return "a bucket name has no two adjacent periods";
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket)) return "a bucket name is not an IP address";
  return null;
}

export function objectName(bucket: string, key: string): string {
  return `${bucket}/${key}`;
}

/** Why KEY cannot be stored as a Gossamer file name (docs/s3.md lists the rules), or null. */
export function keyProblem(bucket: string, key: string): string | null {
  if (key.length === 0) return "the key is empty";
  const valid = validateFileName(objectName(bucket, key));
  return valid.ok ? null : valid.error.message.replace(/^invalid file name "[^"]*": /, `key ${JSON.stringify(key)}: `);
}

export function bucketMarker(bucket: string): string {
  return `${bucketMarkerPrefix}${bucket}`;
}

export function uploadRecordName(uploadId: string): string {
  return `${uploadsPrefix}${uploadId}/upload`;
}

export function partPrefix(uploadId: string): string {
  return `${uploadsPrefix}${uploadId}/part-`;
}

export function partName(uploadId: string, partNumber: number): string {
  return `${partPrefix(uploadId)}${String(partNumber).padStart(5, "0")}`;
}

const uploadIdPattern = /^[0-9a-f]{32}$/;

export function isUploadId(text: string): boolean {
  return uploadIdPattern.test(text);
}

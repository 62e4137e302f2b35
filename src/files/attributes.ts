/**
 * What the writer said about a file's content, beside the bytes (the S3 door sets it: an S3
 * client expects its ETag, Content-Type and x-amz-meta-* back). Optional, absent for files
 * written by the native client; bounded by fileAttributesBytesMax as JSON. Part of the
 * manifest (manifest.ts), checked by its validateManifest; pure, like it.
 */
import { err, ok, type Result } from "../lib/result";

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

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
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
  const bytes = utf8Bytes(JSON.stringify(attributes));
  if (bytes > fileAttributesBytesMax) return `${bytes} bytes as JSON, at most ${fileAttributesBytesMax}`;
  return null;
}

function attributeText(value: unknown): boolean {
  return typeof value === "string" && utf8Bytes(value) <= fileAttributeTextBytesMax && attributeTextPattern.test(value);
}

/** Checks an untrusted value is attributes (from the log or a snapshot); undefined and null mean none. */
export function attributesFromJson(value: unknown): Result<FileAttributes | undefined, string> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value !== "object" || Array.isArray(value)) return err("attributes are not an object");
  const { md5, etag, contentType, metadata } = value as Record<string, unknown>;
  const attributes = {
    ...(md5 === undefined ? {} : { md5 }), ...(etag === undefined ? {} : { etag }),
    ...(contentType === undefined ? {} : { contentType }), ...(metadata === undefined ? {} : { metadata }),
  } as FileAttributes;
  const problem = attributesProblem(attributes);
  return problem === null ? ok(attributes) : err(problem);
}

/**
 * An HTTP request as the S3 door reads it: method, the decoded path and query exactly as the
 * client signed them (from the raw request target, not a normalized URL), headers, and where it
 * points (path-style only: /BUCKET/KEY; docs/s3.md says why).
 */
import { S3Error } from "./s3-error";

export interface S3Request {
  readonly method: string;
  /** Decoded path, e.g. "/bucket/dir/a b.txt". */
  readonly path: string;
  /** Decoded query parameters in the order given; repeats kept. */
  readonly query: readonly (readonly [string, string])[];
  /** First value of each parameter (S3 operations never repeat one). */
  readonly params: ReadonlyMap<string, string>;
  header(name: string): string | null;
  readonly headers: Headers;
  /** "" for the service (ListBuckets). */
  readonly bucket: string;
  /** "" for a bucket-level request. */
  readonly key: string;
}

/** The request target's path and query, exactly as sent (Bun's request.url carries them verbatim). */
export function splitTarget(url: string): { readonly rawPath: string; readonly rawQuery: string } {
  const scheme = url.indexOf("://");
  const pathStart = scheme < 0 ? 0 : url.indexOf("/", scheme + 3);
  const target = pathStart < 0 ? "/" : url.slice(pathStart);
  const question = target.indexOf("?");
  return question < 0 ? { rawPath: target, rawQuery: "" } : { rawPath: target.slice(0, question), rawQuery: target.slice(question + 1) };
}

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new S3Error("InvalidArgument", `${what} is not valid percent-encoded UTF-8`);
  }
}

export function parseRequest(method: string, url: string, headers: Headers): S3Request {
  const { rawPath, rawQuery } = splitTarget(url);
  const path = decode(rawPath, "the path");
  const query: (readonly [string, string])[] = [];
  for (const part of rawQuery === "" ? [] : rawQuery.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    const name = decode(equals < 0 ? part : part.slice(0, equals), "a query parameter");
    query.push([name, equals < 0 ? "" : decode(part.slice(equals + 1), `query parameter ${name}`)]);
  }
  const params = new Map<string, string>();
  for (const [name, value] of query) if (!params.has(name)) params.set(name, value);
  const slash = path.indexOf("/", 1);
  const bucket = slash < 0 ? path.slice(1) : path.slice(1, slash);
  const key = slash < 0 ? "" : path.slice(slash + 1);
  return { method, path, query, params, header: (name) => headers.get(name), headers, bucket, key };
}

/**
 * AWS Signature Version 4 as S3 checks it: the canonical request, the string to sign, the
 * signing key and the signature, for the Authorization header, presigned URLs (query
 * parameters) and the chunk signatures of an aws-chunked body. Pure functions of their
 * arguments (HMAC and SHA-256 from node:crypto), so the AWS documentation's examples are their
 * unit tests (test/s3/sigv4.test.ts).
 *
 * References: "Authenticating Requests (AWS Signature Version 4)" in the S3 API reference:
 * sig-v4-header-based-auth, sigv4-query-string-auth, sigv4-streaming, sigv4-streaming-trailers.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { assert } from "../lib/assert";

export const algorithm = "AWS4-HMAC-SHA256";
export const unsignedPayload = "UNSIGNED-PAYLOAD";
export const streamingSignedPayload = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
export const streamingSignedPayloadTrailer = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
export const streamingUnsignedPayloadTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
export const emptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** The scope and signature a request claims, from its Authorization header or its query. */
export interface SignatureClaim {
  readonly accessKeyId: string;
  /** YYYYMMDD of the credential scope. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  /** Lowercase header names, in the order given (sorted, by the spec). */
  readonly signedHeaders: readonly string[];
  /** 64 lowercase hex digits. */
  readonly signature: string;
}

/** What the canonical request is built from; `query` holds decoded names and values, repeats allowed. */
export interface CanonicalInput {
  readonly method: string;
  /** The request path, decoded (each segment is encoded again here). */
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
  /** Header values by lowercase name. */
  readonly header: (name: string) => string | null;
  readonly signedHeaders: readonly string[];
  /** The payload hash: hex SHA-256, UNSIGNED-PAYLOAD, or a STREAMING-... marker. */
  readonly payloadHash: string;
}

const unreserved = /[A-Za-z0-9\-._~]/;

/** RFC 3986 percent-encoding as SigV4 wants it: every byte but the unreserved ones, uppercase hex; "/" kept when asked. */
export function uriEncode(text: string, keepSlash: boolean): string {
  let out = "";
  for (const character of text) {
    if (unreserved.test(character) || (keepSlash && character === "/")) {
      out += character;
      continue;
    }
    for (const byte of Buffer.from(character, "utf8")) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export function canonicalQuery(query: readonly (readonly [string, string])[]): string {
  const encoded = query.map(([name, value]) => [uriEncode(name, false), uriEncode(value, false)] as const);
  encoded.sort(([leftName, leftValue], [rightName, rightValue]) => (leftName < rightName ? -1 : leftName > rightName ? 1 : leftValue < rightValue ? -1 : leftValue > rightValue ? 1 : 0));
  return encoded.map(([name, value]) => `${name}=${value}`).join("&");
}

/** A header value as signed: leading and trailing space trimmed, runs of spaces made one. */
function canonicalHeaderValue(value: string): string {
  return value.trim().replace(/ +/g, " ");
}

export function canonicalRequest(input: CanonicalInput): string {
  const headers = input.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(input.header(name) ?? "")}\n`).join("");
  return [input.method, uriEncode(input.path, true), canonicalQuery(input.query), headers, input.signedHeaders.join(";"), input.payloadHash].join("\n");
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

export function scopeOf(claim: Pick<SignatureClaim, "scopeDate" | "region" | "service">): string {
  return `${claim.scopeDate}/${claim.region}/${claim.service}/aws4_request`;
}

export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return [algorithm, amzDate, scope, sha256Hex(canonical)].join("\n");
}

function hmac(key: Uint8Array | string, text: string): Buffer {
  return createHmac("sha256", key).update(text, "utf8").digest();
}

export function signingKey(secret: string, claim: Pick<SignatureClaim, "scopeDate" | "region" | "service">): Buffer {
  const dateKey = hmac(`AWS4${secret}`, claim.scopeDate);
  return hmac(hmac(hmac(dateKey, claim.region), claim.service), "aws4_request");
}

export function signature(key: Uint8Array, toSign: string): string {
  return hmac(key, toSign).toString("hex");
}

/** Compares two hex signatures in constant time (a timing oracle must not leak a prefix). */
export function signaturesEqual(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  return timingSafeEqual(Buffer.from(left, "utf8"), Buffer.from(right, "utf8"));
}

/** The string to sign for one chunk of an aws-chunked body; `chunkSha256` is of the chunk's data. */
export function chunkStringToSign(amzDate: string, scope: string, previousSignature: string, chunkSha256: string): string {
  return ["AWS4-HMAC-SHA256-PAYLOAD", amzDate, scope, previousSignature, emptySha256, chunkSha256].join("\n");
}

/** The string to sign for the trailing headers of a signed aws-chunked body with a trailer. */
export function trailerStringToSign(amzDate: string, scope: string, previousSignature: string, trailerSha256: string): string {
  return ["AWS4-HMAC-TRAILER", amzDate, scope, previousSignature, trailerSha256].join("\n");
}

const credentialPattern = /^([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request$/;
const signedHeadersPattern = /^[a-z0-9-]+(;[a-z0-9-]+)*$/;
const signaturePattern = /^[0-9a-f]{64}$/;

/** Parses `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`; the error says what is malformed. */
export function parseAuthorization(header: string): SignatureClaim | string {
  if (!header.startsWith(`${algorithm} `)) return `the Authorization header must start with ${algorithm}`;
  const fields = new Map<string, string>();
  for (const part of header.slice(algorithm.length + 1).split(",")) {
    const equals = part.indexOf("=");
    if (equals < 0) return `malformed Authorization field ${JSON.stringify(part.trim())}`;
    fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  return claimOf(fields.get("Credential"), fields.get("SignedHeaders"), fields.get("Signature"));
}

/** The claim of a presigned URL's X-Amz-* query parameters. */
export function parsePresigned(query: ReadonlyMap<string, string>): SignatureClaim | string {
  if (query.get("X-Amz-Algorithm") !== algorithm) return `X-Amz-Algorithm must be ${algorithm}`;
  return claimOf(query.get("X-Amz-Credential"), query.get("X-Amz-SignedHeaders"), query.get("X-Amz-Signature"));
}

function claimOf(credential: string | undefined, signedHeaders: string | undefined, signed: string | undefined): SignatureClaim | string {
  const scope = credentialPattern.exec(credential ?? "");
  if (scope === null) return "the credential must be KEY/YYYYMMDD/REGION/SERVICE/aws4_request";
  if (signedHeaders === undefined || !signedHeadersPattern.test(signedHeaders)) return "the signed headers must be lowercase names separated by ;";
  if (signed === undefined || !signaturePattern.test(signed)) return "the signature must be 64 lowercase hex digits";
  const [, accessKeyId, scopeDate, region, service] = scope;
  assert(accessKeyId !== undefined && scopeDate !== undefined && region !== undefined && service !== undefined, "the pattern captured four groups");
  return { accessKeyId, scopeDate, region, service, signedHeaders: signedHeaders.split(";"), signature: signed };
}

/** Parses an X-Amz-Date (YYYYMMDDTHHMMSSZ) to ms since the epoch, or null. */
export function parseAmzDate(text: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const ms = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0, hour ?? 0, minute ?? 0, second ?? 0);
  return Number.isFinite(ms) ? ms : null;
}

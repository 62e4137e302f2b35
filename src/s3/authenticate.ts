/**
 * Who sent an S3 request, proved by Signature Version 4: the Authorization header (payload
 * signed, UNSIGNED-PAYLOAD, or streamed in signed or unsigned aws-chunked chunks) or a presigned
 * URL. The access key id is a client key's id and the secret access key its secret
 * (src/auth/client-keys.ts); the principal that comes out is checked with allowed(), so a role
 * means in S3 what it means on the native protocol. Anonymous requests are refused.
 */
import type { ClientKey, Principal } from "../auth/client-keys";
import type { ChunkSigning } from "./aws-chunked";
import type { S3Request } from "./request";
import { S3Error } from "./s3-error";
import {
  canonicalRequest, parseAmzDate, parseAuthorization, parsePresigned, scopeOf, signature, signaturesEqual, signingKey, stringToSign,
  streamingSignedPayload, streamingSignedPayloadTrailer, streamingUnsignedPayloadTrailer, unsignedPayload, type SignatureClaim,
} from "./sigv4";

/** S3 refuses a signed request whose time is further than this from the server's. */
export const clockSkewMsMax = 15 * 60_000;
/** A presigned URL lives at most seven days (X-Amz-Expires), as in S3. */
export const presignedExpiresSecondsMax = 7 * 24 * 3600;

/** How the body is to be read and what vouches for it. */
export type Payload =
  | { readonly kind: "unsigned" }
  /** The body's SHA-256 must be this (hex): checked once the body has been read. */
  | { readonly kind: "sha256"; readonly hex: string }
  | { readonly kind: "chunked"; readonly signing: ChunkSigning | null; readonly trailer: boolean };

export interface Authenticated {
  readonly principal: Principal;
  readonly payload: Payload;
}

export interface KeyLookup {
  lookup(id: string): ClientKey | null;
}

export function authenticate(request: S3Request, keys: KeyLookup, nowMs: number): Authenticated {
  const authorization = request.header("authorization");
  if (authorization !== null) return fromHeader(request, authorization, keys, nowMs);
  if (request.params.has("X-Amz-Signature")) return fromPresigned(request, keys, nowMs);
  if (request.params.has("Signature") || request.params.has("AWSAccessKeyId")) throw new S3Error("AccessDenied", "Signature Version 2 is not supported: use Signature Version 4");
  throw new S3Error("AccessDenied", "anonymous access is not allowed: sign the request with a client key (Signature Version 4)");
}

function fromHeader(request: S3Request, authorization: string, keys: KeyLookup, nowMs: number): Authenticated {
  if (authorization.startsWith("AWS ")) throw new S3Error("AccessDenied", "Signature Version 2 is not supported: use Signature Version 4");
  const claim = parseAuthorization(authorization);
  if (typeof claim === "string") throw new S3Error("AccessDenied", claim);
  const amzDate = request.header("x-amz-date") ?? "";
  const key = checkClaim(claim, amzDate, keys, nowMs);
  const payloadHash = request.header("x-amz-content-sha256");
  if (payloadHash === null) throw new S3Error("InvalidRequest", "missing x-amz-content-sha256 (required with Signature Version 4)");
  const derived = signingKey(key.secret, claim);
  verify(request, claim, derived, amzDate, payloadHash, request.query);
  return { principal: principalOf(key), payload: payloadOf(request, payloadHash, { key: derived, amzDate, scope: scopeOf(claim), seedSignature: claim.signature }) };
}

function fromPresigned(request: S3Request, keys: KeyLookup, nowMs: number): Authenticated {
  const claim = parsePresigned(request.params);
  if (typeof claim === "string") throw new S3Error("AccessDenied", claim);
  const amzDate = request.params.get("X-Amz-Date") ?? "";
  const signedAt = parseAmzDate(amzDate);
  const expires = Number(request.params.get("X-Amz-Expires") ?? "");
  if (signedAt === null) throw new S3Error("AccessDenied", "X-Amz-Date must be YYYYMMDDTHHMMSSZ");
  if (!Number.isSafeInteger(expires) || expires < 1 || expires > presignedExpiresSecondsMax) {
    throw new S3Error("AuthorizationQueryParametersError", `X-Amz-Expires must be a number of seconds from 1 to ${presignedExpiresSecondsMax}`);
  }
  if (nowMs > signedAt + expires * 1000) throw new S3Error("AccessDenied", "Request has expired", { Expires: new Date(signedAt + expires * 1000).toISOString(), ServerTime: new Date(nowMs).toISOString() });
  if (signedAt > nowMs + clockSkewMsMax) throw new S3Error("AccessDenied", "Request is not valid yet (X-Amz-Date is in the future)");
  const key = checkClaim(claim, amzDate, keys, null);
  const query = request.query.filter(([name]) => name !== "X-Amz-Signature");
  const payloadHash = request.params.get("X-Amz-Content-Sha256") ?? unsignedPayload;
  verify(request, claim, signingKey(key.secret, claim), amzDate, payloadHash, query);
  return { principal: principalOf(key), payload: { kind: "unsigned" } };
}

/** The scope, the time and the key; `nowMs` null skips the skew check (a presigned URL has its own expiry). */
function checkClaim(claim: SignatureClaim, amzDate: string, keys: KeyLookup, nowMs: number | null): ClientKey {
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === null) throw new S3Error("AccessDenied", "x-amz-date must be YYYYMMDDTHHMMSSZ");
  if (nowMs !== null && Math.abs(nowMs - signedAt) > clockSkewMsMax) {
    throw new S3Error("RequestTimeTooSkewed", "The difference between the request time and the server's time is too large.", { RequestTime: amzDate, ServerTime: new Date(nowMs).toISOString() });
  }
  if (!amzDate.startsWith(claim.scopeDate)) throw new S3Error("AccessDenied", `the credential's date ${claim.scopeDate} is not the request's date ${amzDate.slice(0, 8)}`);
  if (claim.service !== "s3") throw new S3Error("AccessDenied", `the credential is for service ${JSON.stringify(claim.service)}, expected "s3"`);
  if (!claim.signedHeaders.includes("host")) throw new S3Error("AccessDenied", "the host header must be signed");
  const key = keys.lookup(claim.accessKeyId);
  if (key === null) throw new S3Error("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", { AWSAccessKeyId: claim.accessKeyId });
  return key;
}

function verify(request: S3Request, claim: SignatureClaim, key: Uint8Array, amzDate: string, payloadHash: string, query: S3Request["query"]): void {
  const canonical = canonicalRequest({ method: request.method, path: request.path, query, header: request.header, signedHeaders: claim.signedHeaders, payloadHash });
  const expected = signature(key, stringToSign(amzDate, scopeOf(claim), canonical));
  if (!signaturesEqual(expected, claim.signature)) {
    throw new S3Error("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
      { AWSAccessKeyId: claim.accessKeyId, CanonicalRequest: canonical });
  }
}

function payloadOf(request: S3Request, payloadHash: string, signing: ChunkSigning): Payload {
  const trailer = request.header("x-amz-trailer") !== null;
  switch (payloadHash) {
    case unsignedPayload: return { kind: "unsigned" };
    case streamingSignedPayload:
    case streamingSignedPayloadTrailer: return { kind: "chunked", signing, trailer };
    case streamingUnsignedPayloadTrailer: return { kind: "chunked", signing: null, trailer };
    default:
      if (!/^[0-9a-f]{64}$/.test(payloadHash)) throw new S3Error("InvalidArgument", `x-amz-content-sha256 ${JSON.stringify(payloadHash)} is not a SHA-256, UNSIGNED-PAYLOAD or a STREAMING- mode this door reads`);
      return { kind: "sha256", hex: payloadHash };
  }
}

function principalOf(key: ClientKey): Principal {
  return { kind: "client", id: key.id, role: key.role };
}

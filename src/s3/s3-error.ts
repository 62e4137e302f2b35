/**
 * S3 errors: each code the door answers with, its HTTP status, and the XML body S3 clients
 * parse (`<Error><Code>…</Code><Message>…</Message><Resource>…</Resource><RequestId>…`).
 * Codes and statuses follow the S3 API reference's error code list.
 */
import { xmlDocument, xmlElement } from "./xml";

export const s3ErrorStatus = {
  AccessDenied: 403,
  AuthorizationQueryParametersError: 400,
  BadDigest: 400,
  BucketAlreadyOwnedByYou: 409,
  BucketNotEmpty: 409,
  EntityTooLarge: 400,
  EntityTooSmall: 400,
  IncompleteBody: 400,
  InternalError: 500,
  InvalidAccessKeyId: 403,
  InvalidArgument: 400,
  InvalidBucketName: 400,
  InvalidDigest: 400,
  InvalidPart: 400,
  InvalidPartOrder: 400,
  InvalidRange: 416,
  InvalidRequest: 400,
  KeyTooLongError: 400,
  MalformedXML: 400,
  MetadataTooLarge: 400,
  MethodNotAllowed: 405,
  MissingContentLength: 411,
  NoSuchBucket: 404,
  NoSuchKey: 404,
  NoSuchUpload: 404,
  NotImplemented: 501,
  PreconditionFailed: 412,
  RequestTimeTooSkewed: 403,
  ServiceUnavailable: 503,
  SignatureDoesNotMatch: 403,
  SlowDown: 503,
  XAmzContentSHA256Mismatch: 400,
} as const;

export type S3ErrorCode = keyof typeof s3ErrorStatus;

/** An operating error answered to the client as S3 XML; `resource` is the path it concerns. */
export class S3Error extends Error {
  override readonly name = "S3Error";
  constructor(readonly code: S3ErrorCode, message: string, readonly extra: Readonly<Record<string, string>> = {}) {
    super(message);
  }

  get status(): number {
    return s3ErrorStatus[this.code];
  }
}

export function s3ErrorXml(error: S3Error, resource: string, requestId: string): string {
  const extra = Object.entries(error.extra).map(([name, value]) => xmlElement(name, value)).join("");
  return xmlDocument("Error", `${xmlElement("Code", error.code)}${xmlElement("Message", error.message)}${extra}${xmlElement("Resource", resource)}${xmlElement("RequestId", requestId)}`, false);
}

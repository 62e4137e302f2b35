/**
 * A request's body as the object's bytes: decoded from aws-chunked when it was sent that way,
 * cut off past the size bound (EntityTooLarge, before the bytes reach the disk), and checked
 * against the SHA-256 the signature vouched for (x-amz-content-sha256) and a Content-MD5,
 * once the whole body has been seen. Small XML bodies are read whole, within xmlBodyBytesMax.
 */
import { createHash } from "node:crypto";
import type { Payload } from "./authenticate";
import { decodeAwsChunked } from "./aws-chunked";
import type { S3Request } from "./request";
import { S3Error } from "./s3-error";
import { xmlBodyBytesMax } from "./xml";

async function* empty(): AsyncGenerator<Uint8Array> {}

/** The object's bytes, at most `bytesMax`; the checks of `payload` and Content-MD5 run as the last byte passes. */
export async function* objectBytes(request: S3Request, body: AsyncIterable<Uint8Array> | null, payload: Payload, bytesMax: number): AsyncGenerator<Uint8Array> {
  const raw = body ?? empty();
  const decodedLength = request.header("x-amz-decoded-content-length");
  const bytes = payload.kind === "chunked"
    ? decodeAwsChunked(raw, { signing: payload.signing, decodedLength: decodedLength === null ? null : Number(decodedLength), trailer: payload.trailer })
    : raw;
  const sha256 = payload.kind === "sha256" ? createHash("sha256") : null;
  const contentMd5 = request.header("content-md5");
  const md5 = contentMd5 === null ? null : createHash("md5");
  let size = 0;
  for await (const piece of bytes) {
    size += piece.length;
    if (size > bytesMax) throw new S3Error("EntityTooLarge", `Your proposed upload exceeds the maximum allowed size (${bytesMax} bytes).`);
    sha256?.update(piece);
    md5?.update(piece);
    yield piece;
  }
  if (sha256 !== null && payload.kind === "sha256" && sha256.digest("hex") !== payload.hex) {
    throw new S3Error("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }
  if (md5 !== null && md5.digest("base64") !== contentMd5) throw new S3Error("BadDigest", "The Content-MD5 you specified did not match what we received.");
}

/** A small body (XML) whole, as text. */
export async function bodyText(request: S3Request, body: AsyncIterable<Uint8Array> | null, payload: Payload): Promise<string> {
  const pieces: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const piece of objectBytes(request, body, payload, xmlBodyBytesMax)) {
      pieces.push(piece);
      size += piece.length;
    }
  } catch (error: unknown) {
    if (error instanceof S3Error && error.code === "EntityTooLarge") throw new S3Error("MalformedXML", `an XML body is at most ${xmlBodyBytesMax} bytes`);
    throw error;
  }
  return Buffer.concat(pieces, size).toString("utf8");
}

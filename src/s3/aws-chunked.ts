/**
 * Decodes an aws-chunked request body (Content-Encoding: aws-chunked), as the AWS CLI and SDKs
 * send it for a streaming upload, into the object's bytes, checking each chunk's signature:
 *
 *   signed:    HEX-SIZE;chunk-signature=SIG\r\n DATA \r\n … 0;chunk-signature=SIG\r\n [TRAILERS] \r\n
 *   unsigned:  HEX-SIZE\r\n DATA \r\n … 0\r\n [TRAILERS] \r\n          (STREAMING-UNSIGNED-PAYLOAD-TRAILER)
 *
 * Chunk n's signature signs the SHA-256 of its data and chunk n−1's signature (the first chains
 * from the request's own, the "seed"), so chunks cannot be changed, dropped or reordered. Data
 * is passed on as it arrives (hashed on the way) and the signature is checked at the chunk's
 * end: a bad one throws before the stream ends, so a consumer that commits only a stream that
 * ended cleanly never commits a forged byte. Memory: one header line (chunkHeaderBytesMax) and
 * the trailer (trailerBytesMax) at most, whatever the chunk sizes.
 */
import { createHash } from "node:crypto";
import { assert } from "../lib/assert";
import { S3Error } from "./s3-error";
import { chunkStringToSign, signature, signaturesEqual, trailerStringToSign } from "./sigv4";

export const chunkHeaderBytesMax = 4 << 10;
export const trailerBytesMax = 16 << 10;

export interface ChunkSigning {
  readonly key: Uint8Array;
  readonly amzDate: string;
  readonly scope: string;
  /** The request's own signature: the first chunk's "previous signature". */
  readonly seedSignature: string;
}

export interface ChunkedOptions {
  /** null: chunks carry no signatures (STREAMING-UNSIGNED-PAYLOAD-TRAILER). */
  readonly signing: ChunkSigning | null;
  /** x-amz-decoded-content-length, when given: the decoded bytes must add up to it. */
  readonly decodedLength: number | null;
  /** x-amz-trailer was sent: trailing headers follow the last chunk. */
  readonly trailer: boolean;
}

const crlf = new Uint8Array([13, 10]);

/** The bytes of the object, from the bytes of the body. Throws S3Error on anything malformed or forged. */
export async function* decodeAwsChunked(body: AsyncIterable<Uint8Array>, options: ChunkedOptions): AsyncGenerator<Uint8Array> {
  const reader = new ByteReader(body);
  let previous = options.signing?.seedSignature ?? "";
  let decoded = 0;
  // Bounded: every turn consumes one chunk of the body, and the body ends.
  for (;;) {
    const header = parseChunkHeader(await reader.line(chunkHeaderBytesMax), options.signing !== null);
    const hasher = createHash("sha256");
    for (let left = header.size; left > 0;) {
      const piece = await reader.upTo(left);
      if (piece === null) throw incomplete("the body ended inside a chunk");
      hasher.update(piece);
      left -= piece.length;
      decoded += piece.length;
      if (options.decodedLength !== null && decoded > options.decodedLength) throw incomplete(`more than x-amz-decoded-content-length ${options.decodedLength} bytes`);
      yield piece;
    }
    if (options.signing !== null) {
      const expected = signature(options.signing.key, chunkStringToSign(options.signing.amzDate, options.signing.scope, previous, hasher.digest("hex")));
      if (!signaturesEqual(expected, header.signature)) throw new S3Error("SignatureDoesNotMatch", "a chunk signature of the aws-chunked body does not match");
      previous = header.signature;
    }
    if (header.size === 0) break;
    if (!(await reader.expect(crlf))) throw incomplete("a chunk's data is not followed by CRLF");
  }
  if (options.decodedLength !== null && decoded !== options.decodedLength) throw incomplete(`${decoded} bytes, x-amz-decoded-content-length says ${options.decodedLength}`);
  await readTrailer(reader, options, previous);
  if (!(await reader.atEnd())) throw incomplete("bytes after the last chunk");
}

function incomplete(detail: string): S3Error {
  return new S3Error("IncompleteBody", `malformed aws-chunked body: ${detail}`);
}

function parseChunkHeader(line: string, signed: boolean): { size: number; signature: string } {
  const match = signed ? /^([0-9a-fA-F]{1,15});chunk-signature=([0-9a-f]{64})$/.exec(line) : /^([0-9a-fA-F]{1,15})(;.*)?$/.exec(line);
  if (match === null) throw incomplete(`bad chunk header ${JSON.stringify(line.slice(0, 100))}`);
  const size = Number.parseInt(match[1] ?? "", 16);
  assert(Number.isSafeInteger(size), "15 hex digits are a safe integer");
  return { size, signature: signed ? (match[2] ?? "") : "" };
}

/** Trailing headers (checksums; a signed body's x-amz-trailer-signature), then the empty line. */
async function readTrailer(reader: ByteReader, options: ChunkedOptions, previous: string): Promise<void> {
  const lines: string[] = [];
  let bytes = 0;
  // Bounded by trailerBytesMax.
  for (;;) {
    const line = await reader.line(chunkHeaderBytesMax);
    if (line === "") break;
    bytes += line.length + 2;
    if (bytes > trailerBytesMax) throw incomplete(`trailing headers longer than ${trailerBytesMax} bytes`);
    lines.push(line);
  }
  if (!options.trailer) {
    if (lines.length > 0) throw incomplete("trailing headers without x-amz-trailer");
    return;
  }
  if (options.signing === null) return;
  const signatureLine = lines.find((line) => line.startsWith("x-amz-trailer-signature:"));
  if (signatureLine === undefined) throw new S3Error("SignatureDoesNotMatch", "the aws-chunked trailer has no x-amz-trailer-signature");
  const trailer = lines.filter((line) => line !== signatureLine).map((line) => `${line}\n`).join("");
  const sha = createHash("sha256").update(trailer).digest("hex");
  const expected = signature(options.signing.key, trailerStringToSign(options.signing.amzDate, options.signing.scope, previous, sha));
  if (!signaturesEqual(expected, signatureLine.slice("x-amz-trailer-signature:".length).trim())) {
    throw new S3Error("SignatureDoesNotMatch", "the trailer signature of the aws-chunked body does not match");
  }
}

/** Pulls bytes from an async iterable with a small look-ahead buffer. */
class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private buffer: Uint8Array = new Uint8Array(0);
  private ended = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Up to `count` bytes (at least one), or null at the end. */
  async upTo(count: number): Promise<Uint8Array | null> {
    assert(count > 0, "asks for at least one byte");
    if (this.buffer.length === 0 && !(await this.fill())) return null;
    const piece = this.buffer.subarray(0, Math.min(count, this.buffer.length));
    this.buffer = this.buffer.subarray(piece.length);
    return piece;
  }

  /** A line ending in CRLF, without it; throws when none fits in `bytesMax`. */
  async line(bytesMax: number): Promise<string> {
    // Bounded: each turn adds a piece of the body or ends; the buffer stays under bytesMax.
    for (;;) {
      const end = indexOfCrlf(this.buffer);
      if (end >= 0) {
        const text = Buffer.from(this.buffer.subarray(0, end)).toString("latin1");
        this.buffer = this.buffer.subarray(end + 2);
        return text;
      }
      if (this.buffer.length > bytesMax) throw incomplete(`a line longer than ${bytesMax} bytes`);
      if (!(await this.fill())) throw incomplete("the body ended inside a chunk header");
    }
  }

  async expect(bytes: Uint8Array): Promise<boolean> {
    while (this.buffer.length < bytes.length) if (!(await this.fill())) return false;
    for (let i = 0; i < bytes.length; i += 1) if (this.buffer[i] !== bytes[i]) return false;
    this.buffer = this.buffer.subarray(bytes.length);
    return true;
  }

  async atEnd(): Promise<boolean> {
    return this.buffer.length === 0 && !(await this.fill());
  }

  /** Appends the next piece of the source; false at its end. */
  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done === true) {
      this.ended = true;
      return false;
    }
    if (this.buffer.length === 0) {
      this.buffer = next.value;
      return true;
    }
    const joined = new Uint8Array(this.buffer.length + next.value.length);
    joined.set(this.buffer);
    joined.set(next.value, this.buffer.length);
    this.buffer = joined;
    return true;
  }
}

function indexOfCrlf(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i += 1) if (bytes[i] === 13 && bytes[i + 1] === 10) return i;
  return -1;
}

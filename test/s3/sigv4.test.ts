/**
 * Signature Version 4 against the worked examples of the S3 API reference ("Examples: Signature
 * Calculations" for GET Object with a Range header, the presigned URL example, and the chunked
 * upload example of sigv4-streaming): the same inputs must give the same signatures, and the
 * aws-chunked decoder must accept the example's body and refuse it with one byte changed.
 */
import { describe, expect, test } from "bun:test";
import { decodeAwsChunked } from "../../src/s3/aws-chunked";
import { canonicalRequest, parseAuthorization, scopeOf, signature, signingKey, stringToSign, chunkStringToSign } from "../../src/s3/sigv4";

const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const scope = { scopeDate: "20130524", region: "us-east-1", service: "s3" };
const amzDate = "20130524T000000Z";

function headersOf(map: Record<string, string>): (name: string) => string | null {
  return (name) => map[name] ?? null;
}

describe("the S3 reference's examples", () => {
  test("GET Object with a Range header", () => {
    const canonical = canonicalRequest({
      method: "GET", path: "/test.txt", query: [],
      header: headersOf({ host: "examplebucket.s3.amazonaws.com", range: "bytes=0-9", "x-amz-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "x-amz-date": amzDate }),
      signedHeaders: ["host", "range", "x-amz-content-sha256", "x-amz-date"],
      payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
    expect(signature(signingKey(secret, scope), stringToSign(amzDate, scopeOf(scope), canonical))).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  });

  test("a presigned URL", () => {
    const canonical = canonicalRequest({
      method: "GET", path: "/test.txt",
      query: [["X-Amz-Algorithm", "AWS4-HMAC-SHA256"], ["X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"],
        ["X-Amz-Date", amzDate], ["X-Amz-Expires", "86400"], ["X-Amz-SignedHeaders", "host"]],
      header: headersOf({ host: "examplebucket.s3.amazonaws.com" }), signedHeaders: ["host"], payloadHash: "UNSIGNED-PAYLOAD",
    });
    expect(signature(signingKey(secret, scope), stringToSign(amzDate, scopeOf(scope), canonical))).toBe("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
  });

  const streamingHeaders = {
    "content-encoding": "aws-chunked", "content-length": "66824", host: "s3.amazonaws.com", "x-amz-content-sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
    "x-amz-date": amzDate, "x-amz-decoded-content-length": "66560", "x-amz-storage-class": "REDUCED_REDUNDANCY",
  };
  const seed = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
  const chunkSignatures = ["ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
    "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497", "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9"];

  function chunkedBody(): Uint8Array {
    const a = (count: number): string => "a".repeat(count);
    const text = `10000;chunk-signature=${chunkSignatures[0]}\r\n${a(65536)}\r\n400;chunk-signature=${chunkSignatures[1]}\r\n${a(1024)}\r\n0;chunk-signature=${chunkSignatures[2]}\r\n\r\n`;
    return new TextEncoder().encode(text);
  }

  async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
    for (let offset = 0; offset < bytes.length; offset += size) yield bytes.slice(offset, offset + size);
  }

  async function decodeAll(bytes: Uint8Array, pieceBytes: number): Promise<number> {
    let total = 0;
    const key = signingKey(secret, scope);
    for await (const piece of decodeAwsChunked(pieces(bytes, pieceBytes), { signing: { key, amzDate, scope: scopeOf(scope), seedSignature: seed }, decodedLength: 66560, trailer: false })) total += piece.length;
    return total;
  }

  test("the chunked upload's seed signature", () => {
    const canonical = canonicalRequest({
      method: "PUT", path: "/examplebucket/chunkObject.txt", query: [], header: headersOf(streamingHeaders),
      signedHeaders: ["content-encoding", "content-length", "host", "x-amz-content-sha256", "x-amz-date", "x-amz-decoded-content-length", "x-amz-storage-class"],
      payloadHash: "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
    });
    expect(signature(signingKey(secret, scope), stringToSign(amzDate, scopeOf(scope), canonical))).toBe(seed);
    expect(signature(signingKey(secret, scope), chunkStringToSign(amzDate, scopeOf(scope), seed, new Bun.CryptoHasher("sha256").update("a".repeat(65536)).digest("hex")))).toBe(chunkSignatures[0] as string);
  });

  test("the chunked body decodes whatever the pieces it arrives in", async () => {
    expect(await decodeAll(chunkedBody(), 1)).toBe(66560);
    expect(await decodeAll(chunkedBody(), 7919)).toBe(66560);
    expect(await decodeAll(chunkedBody(), 1 << 20)).toBe(66560);
  });

  test("one changed byte of data, a dropped chunk or a wrong length is refused", async () => {
    const changed = chunkedBody();
    changed[100] = "b".charCodeAt(0);
    await expect(decodeAll(changed, 4096)).rejects.toThrow(/chunk signature/);
    const text = new TextDecoder().decode(chunkedBody());
    const dropped = text.replace(/400;chunk-signature=[0-9a-f]+\r\na+\r\n/, "");
    await expect(decodeAll(new TextEncoder().encode(dropped), 4096)).rejects.toThrow();
    await expect(decodeAll(chunkedBody().subarray(0, 1000), 4096)).rejects.toThrow(/ended inside a chunk/);
  });
});

test("the Authorization header parses, and a malformed one says what is wrong", () => {
  const claim = parseAuthorization("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024");
  expect(claim).toEqual({ accessKeyId: "AKIAIOSFODNN7EXAMPLE", scopeDate: "20130524", region: "us-east-1", service: "s3", signedHeaders: ["host", "range", "x-amz-date"],
    signature: "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024" });
  expect(parseAuthorization("AWS AKIA:sig")).toMatch(/must start with/);
  expect(parseAuthorization("AWS4-HMAC-SHA256 Credential=x/2013/us/s3/aws4_request, SignedHeaders=host, Signature=00")).toMatch(/credential/);
});

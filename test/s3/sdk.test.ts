/**
 * The S3 door end to end with @aws-sdk/client-s3 from Bun (and the AWS CLI's presigner),
 * against a cluster of the compiled binary: object and bucket operations with their S3 error
 * codes, paged listings with a delimiter, copy, batch delete, multipart upload with each of its
 * refusals, and the attacks the door must refuse — a bad signature, an unknown key, a read-only
 * key writing, an expired presigned URL. First, memory: a 256 MiB object in and out through
 * the door moves the queue server's peak RSS by far less than the object's size.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CopyObjectCommand, CreateBucketCommand, CreateMultipartUploadCommand,
  DeleteBucketCommand, DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListBucketsCommand, ListObjectsV2Command,
  ListPartsCommand, PutObjectCommand, S3Client, S3ServiceException, UploadPartCommand,
} from "@aws-sdk/client-s3";
import { gossamerBinary } from "../helpers/gossamer-binary";
import { clientPresent, DoorHarness, readOnly, readWrite } from "./door-harness";

let door: DoorHarness;
let s3: S3Client;

function client(key: { id: string; secret: string }): S3Client {
  return new S3Client({ endpoint: door.endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: key.id, secretAccessKey: key.secret } });
}

beforeAll(async () => {
  door = await DoorHarness.start("s3sdk");
  s3 = client(readWrite);
  await s3.send(new CreateBucketCommand({ Bucket: "sdk" }));
}, 180_000);

afterAll(async () => {
  await door.stop();
});

/** The S3 error code a command fails with (and its HTTP status), or "ok". */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error: unknown) {
    if (error instanceof S3ServiceException) return `${error.name} ${error.$metadata.httpStatusCode ?? 0}`;
    throw error;
  }
}

async function text(key: string, range?: string): Promise<string> {
  const got = await s3.send(new GetObjectCommand({ Bucket: "sdk", Key: key, ...(range === undefined ? {} : { Range: range }) }));
  return await got.Body?.transformToString() ?? "";
}

const md5 = (bytes: Uint8Array | string): string => createHash("md5").update(bytes).digest("hex");

function queueRss(): { rssKiB: number; peakKiB: number } {
  const pid = door.cluster.queue.process?.pid;
  if (pid === undefined) throw new Error("no queue process");
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? "NaN");
  return { rssKiB: field("VmRSS"), peakKiB: field("VmHWM") };
}

test("a 256 MiB object in (one streamed PUT) and out (one GET) grows the queue server's peak RSS by far less than its size", async () => {
  const size = 256 << 20;
  const path = join(door.dir, "quarter-gig.bin");
  const chunk = randomBytes(1 << 20);
  const hash = createHash("md5");
  const file = Bun.file(path).writer();
  for (let at = 0; at < size; at += chunk.length) {
    chunk[0] = at & 0xff;
    hash.update(chunk);
    file.write(chunk);
  }
  await file.end();
  const before = queueRss();
  // A streamed body: the SDK sends it aws-chunked, the door spools it a piece at a time.
  const put = await s3.send(new PutObjectCommand({ Bucket: "sdk", Key: "quarter-gig.bin", Body: createReadStream(path), ContentLength: size }));
  expect(put.ETag).toBe(`"${hash.digest("hex")}"`);
  const got = await s3.send(new GetObjectCommand({ Bucket: "sdk", Key: "quarter-gig.bin" }));
  const back = createHash("md5");
  let received = 0;
  for await (const piece of got.Body as AsyncIterable<Uint8Array>) {
    back.update(piece);
    received += piece.length;
  }
  expect(received).toBe(size);
  expect(`"${back.digest("hex")}"`).toBe(put.ETag ?? "");
  const after = queueRss();
  const growthMiB = (after.peakKiB - before.peakKiB) / 1024;
  console.log(`queue server peak RSS: ${Math.round(before.peakKiB / 1024)} MiB before, ${Math.round(after.peakKiB / 1024)} MiB after a 256 MiB object in and out`);
  // One run here: 67 MiB before, 163 MiB after. A door that held the object (or, as once, every chunk a GET sent) grows by more than its 256 MiB.
  expect(growthMiB).toBeLessThan(160);
}, 900_000);

describe("objects and buckets", () => {
  test("put with metadata, head, ranged get, and the errors of absent things", async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: "sdk", Key: "docs/hello.txt", Body: "hello, gossamer", ContentType: "text/plain", Metadata: { Author: "ada" } }));
    expect(put.ETag).toBe(`"${md5("hello, gossamer")}"`);
    const head = await s3.send(new HeadObjectCommand({ Bucket: "sdk", Key: "docs/hello.txt" }));
    expect([head.ContentLength, head.ContentType, head.ETag, head.Metadata]).toEqual([15, "text/plain", put.ETag, { author: "ada" }]);
    expect(head.LastModified instanceof Date).toBe(true);
    expect(await text("docs/hello.txt", "bytes=7-14")).toBe("gossamer");
    expect(await text("docs/hello.txt", "bytes=-3")).toBe("mer");
    expect(await text("docs/hello.txt", "bytes=10-")).toBe("samer");
    expect(await failure(text("docs/hello.txt", "bytes=15-20"))).toBe("InvalidRange 416");
    expect(await failure(text("docs/absent.txt"))).toBe("NoSuchKey 404");
    expect(await failure(s3.send(new HeadObjectCommand({ Bucket: "sdk", Key: "docs/absent.txt" })))).toBe("NotFound 404");
    expect(await failure(s3.send(new GetObjectCommand({ Bucket: "nobucket", Key: "x" })))).toBe("NoSuchBucket 404");
    expect(await failure(s3.send(new PutObjectCommand({ Bucket: "nobucket", Key: "x", Body: "x" })))).toBe("NoSuchBucket 404");
    expect(await failure(s3.send(new CreateBucketCommand({ Bucket: "sdk" })))).toBe("BucketAlreadyOwnedByYou 409");
    expect(await failure(s3.send(new CreateBucketCommand({ Bucket: "Bad_Name" })))).toBe("InvalidBucketName 400");
  }, 120_000);

  test("ListObjectsV2 pages with a delimiter and continuation tokens; ListBuckets", async () => {
    for (const key of ["list/a.txt", "list/b/1.txt", "list/b/2.txt", "list/c/1.txt", "list/d.txt"]) await s3.send(new PutObjectCommand({ Bucket: "sdk", Key: key, Body: key }));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: "sdk", Prefix: "list/", Delimiter: "/", MaxKeys: 2, ...(token === undefined ? {} : { ContinuationToken: token }) }));
      seen.push(...(page.Contents ?? []).map((item) => item.Key ?? ""), ...(page.CommonPrefixes ?? []).map((item) => item.Prefix ?? ""));
      expect(page.KeyCount).toBeLessThanOrEqual(2);
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      pages += 1;
    } while (token !== undefined && pages < 10);
    expect(seen.sort()).toEqual(["list/a.txt", "list/b/", "list/c/", "list/d.txt"]);
    expect(pages).toBe(2);
    const flat = await s3.send(new ListObjectsV2Command({ Bucket: "sdk", Prefix: "list/b/" }));
    expect((flat.Contents ?? []).map((item) => [item.Key, item.Size, item.ETag])).toEqual([["list/b/1.txt", 12, `"${md5("list/b/1.txt")}"`], ["list/b/2.txt", 12, `"${md5("list/b/2.txt")}"`]]);
    const buckets = await s3.send(new ListBucketsCommand({}));
    expect((buckets.Buckets ?? []).map((bucket) => bucket.Name)).toContain("sdk");
  }, 120_000);

  test("copy keeps the metadata, DeleteObjects removes a batch, DeleteBucket refuses a bucket with objects", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "sdk", Key: "copy/src", Body: "copied bytes", ContentType: "text/x-copy", Metadata: { k: "v" } }));
    const copied = await s3.send(new CopyObjectCommand({ Bucket: "sdk", Key: "copy/dst", CopySource: "/sdk/copy/src" }));
    expect(copied.CopyObjectResult?.ETag).toBe(`"${md5("copied bytes")}"`);
    const head = await s3.send(new HeadObjectCommand({ Bucket: "sdk", Key: "copy/dst" }));
    expect([head.ContentType, head.Metadata]).toEqual(["text/x-copy", { k: "v" }]);
    await s3.send(new CreateBucketCommand({ Bucket: "doomed" }));
    for (const key of ["1", "2", "3"]) await s3.send(new PutObjectCommand({ Bucket: "doomed", Key: key, Body: key }));
    expect(await failure(s3.send(new DeleteBucketCommand({ Bucket: "doomed" })))).toBe("BucketNotEmpty 409");
    const deleted = await s3.send(new DeleteObjectsCommand({ Bucket: "doomed", Delete: { Objects: [{ Key: "1" }, { Key: "2" }, { Key: "3" }] } }));
    expect((deleted.Deleted ?? []).map((item) => item.Key).sort()).toEqual(["1", "2", "3"]);
    expect(await failure(s3.send(new DeleteBucketCommand({ Bucket: "doomed" })))).toBe("ok");
    expect(await failure(s3.send(new DeleteBucketCommand({ Bucket: "doomed" })))).toBe("NoSuchBucket 404");
  }, 120_000);
});

describe("multipart upload", () => {
  test("parts, ListParts, the refusals of Complete, Complete, Abort", async () => {
    const big = randomBytes(5 << 20);
    const tail = randomBytes(1000);
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: "sdk", Key: "mp/object", ContentType: "application/x-mp", Metadata: { m: "1" } }));
    expect(UploadId).toMatch(/^[0-9a-f]{32}$/);
    const part = async (PartNumber: number, Body: Uint8Array): Promise<string> => (await s3.send(new UploadPartCommand({ Bucket: "sdk", Key: "mp/object", UploadId, PartNumber, Body }))).ETag ?? "";
    const etag1 = await part(1, big);
    const etag2 = await part(2, tail);
    const small = await part(3, tail);
    expect(etag1).toBe(`"${md5(big)}"`);
    const parts = await s3.send(new ListPartsCommand({ Bucket: "sdk", Key: "mp/object", UploadId }));
    expect((parts.Parts ?? []).map((item) => [item.PartNumber, item.Size, item.ETag])).toEqual([[1, 5 << 20, etag1], [2, 1000, etag2], [3, 1000, small]]);
    const complete = (Parts: { PartNumber: number; ETag: string }[]): Promise<unknown> => s3.send(new CompleteMultipartUploadCommand({ Bucket: "sdk", Key: "mp/object", UploadId, MultipartUpload: { Parts } }));
    expect(await failure(complete([{ PartNumber: 2, ETag: etag2 }, { PartNumber: 3, ETag: small }]))).toBe("EntityTooSmall 400");
    expect(await failure(complete([{ PartNumber: 1, ETag: etag2 }, { PartNumber: 2, ETag: etag2 }]))).toBe("InvalidPart 400");
    expect(await failure(complete([{ PartNumber: 2, ETag: etag2 }, { PartNumber: 1, ETag: etag1 }]))).toBe("InvalidPartOrder 400");
    expect(await failure(complete([{ PartNumber: 1, ETag: etag1 }, { PartNumber: 2, ETag: etag2 }]))).toBe("ok");
    const expected = `"${createHash("md5").update(Buffer.concat([Buffer.from(md5(big), "hex"), Buffer.from(md5(tail), "hex")])).digest("hex")}-2"`;
    const head = await s3.send(new HeadObjectCommand({ Bucket: "sdk", Key: "mp/object" }));
    expect([head.ETag, head.ContentLength, head.ContentType, head.Metadata]).toEqual([expected, (5 << 20) + 1000, "application/x-mp", { m: "1" }]);
    const got = await s3.send(new GetObjectCommand({ Bucket: "sdk", Key: "mp/object" }));
    expect(md5(await got.Body?.transformToByteArray() ?? new Uint8Array(0))).toBe(md5(Buffer.concat([big, tail])));
    expect(await failure(s3.send(new ListPartsCommand({ Bucket: "sdk", Key: "mp/object", UploadId })))).toBe("NoSuchUpload 404");
    const second = await s3.send(new CreateMultipartUploadCommand({ Bucket: "sdk", Key: "mp/aborted" }));
    await s3.send(new UploadPartCommand({ Bucket: "sdk", Key: "mp/aborted", UploadId: second.UploadId, PartNumber: 1, Body: tail }));
    await s3.send(new AbortMultipartUploadCommand({ Bucket: "sdk", Key: "mp/aborted", UploadId: second.UploadId }));
    expect(await failure(s3.send(new UploadPartCommand({ Bucket: "sdk", Key: "mp/aborted", UploadId: second.UploadId, PartNumber: 2, Body: tail })))).toBe("NoSuchUpload 404");
    expect(await failure(text("mp/aborted"))).toBe("NoSuchKey 404");
  }, 300_000);
});

describe("refused", () => {
  test("a bad signature, an unknown key, and a read-only key writing; the read-only key still reads", async () => {
    const forged = client({ id: readWrite.id, secret: "not-the-secret-0123456789" });
    expect(await failure(forged.send(new PutObjectCommand({ Bucket: "sdk", Key: "forged", Body: "x" })))).toBe("SignatureDoesNotMatch 403");
    const stranger = client({ id: "nobody", secret: "whatever-0123456789abcdef" });
    expect(await failure(stranger.send(new ListObjectsV2Command({ Bucket: "sdk" })))).toBe("InvalidAccessKeyId 403");
    const reader = client(readOnly);
    expect(await failure(reader.send(new PutObjectCommand({ Bucket: "sdk", Key: "ro-write", Body: "x" })))).toBe("AccessDenied 403");
    expect(await failure(reader.send(new DeleteObjectsCommand({ Bucket: "sdk", Delete: { Objects: [{ Key: "docs/hello.txt" }] } })))).toBe("AccessDenied 403");
    expect(await failure(reader.send(new CreateMultipartUploadCommand({ Bucket: "sdk", Key: "ro-mp" })))).toBe("AccessDenied 403");
    const read = await reader.send(new GetObjectCommand({ Bucket: "sdk", Key: "docs/hello.txt" }));
    expect(await read.Body?.transformToString()).toBe("hello, gossamer");
    expect(await failure(text("forged"))).toBe("NoSuchKey 404");
    expect(await failure(text("ro-write"))).toBe("NoSuchKey 404");
    const anonymous = await fetch(`${door.endpoint}/sdk/docs/hello.txt`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toMatch(/<Code>AccessDenied<\/Code>/);
  }, 120_000);

  describe.if(clientPresent("aws"))("presigned URLs (made by the AWS CLI)", () => {
    test("a fresh one is honoured; an expired one is refused with AccessDenied; a tampered one with SignatureDoesNotMatch", async () => {
      const fresh = (await door.aws(["s3", "presign", "s3://sdk/docs/hello.txt", "--expires-in", "300"])).stdout.trim();
      const got = await fetch(fresh);
      expect([got.status, await got.text()]).toEqual([200, "hello, gossamer"]);
      const tampered = await fetch(fresh.replace("docs/hello.txt", "docs/hello.tx%74").replace(/X-Amz-Expires=300/, "X-Amz-Expires=301"));
      expect(tampered.status).toBe(403);
      expect(await tampered.text()).toMatch(/<Code>SignatureDoesNotMatch<\/Code>/);
      const short = (await door.aws(["s3", "presign", "s3://sdk/docs/hello.txt", "--expires-in", "1"])).stdout.trim();
      await Bun.sleep(2_500);
      const expired = await fetch(short);
      expect(expired.status).toBe(403);
      const body = await expired.text();
      expect(body).toMatch(/<Code>AccessDenied<\/Code>/);
      expect(body).toMatch(/Request has expired/);
    }, 120_000);
  });
});

test("no hidden multipart files are left once uploads complete or abort (seen with the native client's ls)", async () => {
  const listed = await door.run([await gossamerBinary(), "--role", "client", ...door.cluster.clientArgs(), "ls", ".s3/uploads/", "--json"]);
  expect(listed.code).toBe(0);
  expect(JSON.parse(listed.stdout)).toEqual({ files: [] });
}, 60_000);

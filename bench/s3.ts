/**
 * The S3 door beside the native client, in one run on one cluster (a queue server with the door
 * on and three nodes, on loopback, from source): objects of 4 KiB and of 64 MiB written and read
 * through the door with @aws-sdk/client-s3, and the same through the client library (what the
 * `write` and `read` verbs call). Prints each rate and the door's ratio to native.
 *
 *   npm run bench:s3 [-- --small 200 --big 3]
 *
 * What the ratio measures: the door's own work (HTTP, Signature V4, MD5, the spool file, and the
 * SDK's own hashing in this same process) on top of the native path it ends in.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { downloadFile } from "../src/client/download";
import { computeManifest } from "../src/client/manifest";
import type { ClientOptions } from "../src/client/options";
import { uploadHashed } from "../src/client/upload";
import { freePorts, LocalCluster } from "../src/demo/local-cluster";
import { silentLogger } from "../src/lib/logger";

const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const smallCount = flag("small", 200);
const bigCount = flag("big", 3);
const smallBytes = 4 << 10;
const bigBytes = 64 << 20;
const key = { id: "bench", secret: "bench-secret-0123456789" };

const dir = mkdtempSync(join(tmpdir(), "gossamer-bench-s3-"));
const keyFile = join(dir, "keys.toml");
await Bun.write(keyFile, `[[key]]\nid = "${key.id}"\nsecret = "${key.secret}"\nrole = "read-write"\n`);
const [s3Port] = await freePorts(1);
const cluster = await LocalCluster.start({
  dir, command: [process.execPath, join(import.meta.dir, "..", "src", "main.ts")], nodes: 3, chunkSize: 1 << 20, logLevel: "warn",
  queueArgs: ["--s3-listen", `127.0.0.1:${s3Port}`, "--client-keys", keyFile],
});

try {
  await cluster.waitForLeader(60_000);
  const options: ClientOptions = { queues: [{ host: "127.0.0.1", port: cluster.queue.port }], cluster: cluster.cluster, credential: { kind: "admin", secret: cluster.secret }, tls: null,
    chunkSize: 1 << 20, frameBytesMax: (1 << 20) + (64 << 10), requestTimeoutMs: 120_000, logger: silentLogger };
  const s3 = new S3Client({ endpoint: `http://127.0.0.1:${s3Port}`, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: key.id, secretAccessKey: key.secret } });
  await waitForDoor(s3);
  const rows: string[] = [];
  for (const [label, bytes, count] of [["4 KiB", smallBytes, smallCount], ["64 MiB", bigBytes, bigCount]] as const) {
    const path = join(dir, `object-${bytes}`);
    await Bun.write(path, randomBytes(bytes));
    const native = await nativeRound(options, path, bytes, count, label);
    const door = await doorRound(s3, path, bytes, count, label);
    const unit = bytes >= 1 << 20 ? "MB/s" : "ops/s";
    const rate = (ms: number): number => (unit === "MB/s" ? (bytes * count) / 1e6 / (ms / 1000) : count / (ms / 1000));
    rows.push(`| ${label} × ${count} | write | ${rate(native.writeMs).toFixed(1)} ${unit} | ${rate(door.writeMs).toFixed(1)} ${unit} | ${(native.writeMs / door.writeMs).toFixed(2)} |`);
    rows.push(`| ${label} × ${count} | read | ${rate(native.readMs).toFixed(1)} ${unit} | ${rate(door.readMs).toFixed(1)} ${unit} | ${(native.readMs / door.readMs).toFixed(2)} |`);
  }
  console.log("| objects | op | native client | S3 door (SDK) | door ÷ native |\n| --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function waitForDoor(s3: S3Client): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await s3.send(new CreateBucketCommand({ Bucket: "bench" }));
      return;
    } catch (error: unknown) {
      if (error instanceof Error && error.name === "BucketAlreadyOwnedByYou") return;
      await Bun.sleep(200);
    }
  }
  throw new Error("the S3 door did not answer");
}

/** Writes `count` objects one after another, then reads them back; ms for each phase. */
async function nativeRound(options: ClientOptions, path: string, bytes: number, count: number, label: string): Promise<{ writeMs: number; readMs: number }> {
  const manifest = await computeManifest(path, "x", bytes, options.chunkSize);
  let started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const uploaded = await uploadHashed(options, { path, name: `native/${label}/${i}` }, { ...manifest, name: `native/${label}/${i}` });
    if (!uploaded.ok) throw uploaded.error;
  }
  const writeMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const read = await downloadFile(options, { name: `native/${label}/${i}`, output: join(dir, "native-read") });
    if (!read.ok) throw read.error;
  }
  return { writeMs, readMs: performance.now() - started };
}

async function doorRound(s3: S3Client, path: string, bytes: number, count: number, label: string): Promise<{ writeMs: number; readMs: number }> {
  const body = new Uint8Array(await Bun.file(path).arrayBuffer());
  const md5 = createHash("md5").update(body).digest("hex");
  let started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const put = await s3.send(new PutObjectCommand({ Bucket: "bench", Key: `${label}/${i}`, Body: body }));
    if (put.ETag !== `"${md5}"`) throw new Error(`ETag ${put.ETag}, expected ${md5}`);
  }
  const writeMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const got = await s3.send(new GetObjectCommand({ Bucket: "bench", Key: `${label}/${i}` }));
    let received = 0;
    for await (const piece of got.Body as AsyncIterable<Uint8Array>) received += piece.length;
    if (received !== bytes) throw new Error(`read ${received} bytes, expected ${bytes}`);
  }
  return { writeMs, readMs: performance.now() - started };
}

/**
 * The cluster end to end: the compiled binary as separate processes on loopback (a queue
 * server and three nodes with embedded storage), the client verbs as processes. Proves the
 * data path of DESIGN.md: files of every awkward size come back byte for byte and are stored
 * on every node; the queue server asks again for exactly the chunks that were corrupted or
 * dropped; reads spread over the nodes. Small files (up to inlineBytesMax, 64 KiB) travel whole and are
 * kept inline: they read back, verify and list like any file, and no node writes a chunk file
 * for them, while a file one byte larger does get one on every node.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { uploadFile } from "../../src/client/upload";
import { silentLogger } from "../../src/lib/logger";
import { ClusterHarness, randomBytes } from "./cluster-harness";
import { existsSync } from "node:fs";
import { inlineBytesMax } from "../../src/files/limits";

const chunkSize = 1 << 20;
let harness: ClusterHarness;

beforeAll(async () => {
  harness = await ClusterHarness.start({ chunkSize });
}, 120_000);

afterAll(async () => {
  await harness.stop();
});

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

/** Writes random bytes, reads them back, checks every node serves every chunk; returns the bytes. */
async function writeAndReadBack(name: string, size: number): Promise<Uint8Array> {
  const bytes = randomBytes(size);
  const input = join(harness.dir, `${name}.in`);
  await Bun.write(input, bytes);
  const written = await harness.client(["write", input, "--name", name, "--json"]);
  expect(written.stderr).toBe("");
  expect(written.code).toBe(0);
  const report = JSON.parse(written.stdout) as { name: string; size: number };
  expect(report.name).toBe(name);
  expect(report.size).toBe(size);
  const output = join(harness.dir, `${name}.out`);
  const read = await harness.client(["read", name, "-o", output]);
  expect(read.code).toBe(0);
  const back = new Uint8Array(await Bun.file(output).arrayBuffer());
  expect(back.length).toBe(size);
  expect(Buffer.compare(sha256(back), sha256(bytes))).toBe(0);
  // Every node stores every chunk (100% replication), once it has applied the file.
  for (let offset = 0; offset < size; offset += chunkSize) {
    const digest = sha256(bytes.subarray(offset, offset + chunkSize));
    for (const node of harness.cluster.nodes) {
      let present = false;
      for (let attempt = 0; attempt < 50 && !present; attempt += 1) {
        present = await harness.nodeHasChunk(node.port, digest);
        if (!present) await Bun.sleep(100);
      }
      expect(present).toBe(true);
    }
  }
  return bytes;
}

/** Whether the node keeps a chunk file for this digest (sqlite's default placement: DATA_DIR/chunks/HEX). */
function chunkFileOn(nodeId: string, digest: Uint8Array): boolean {
  return existsSync(join(harness.dir, nodeId, "chunks", Buffer.from(digest).toString("hex")));
}

describe("small files travel whole and are kept inline", () => {
  test(`1 byte, 64 KiB and ${inlineBytesMax} bytes: no chunk file on any node; ${inlineBytesMax + 1} bytes: a chunk file on every node`, async () => {
    // 64 KiB named apart from the bound: a build whose bound is lower stores it in chunks and fails here.
    const cases = [["small-1.bin", 1, true], ["small-64k.bin", 64 << 10, true], ["small-max.bin", inlineBytesMax, true], ["small-over.bin", inlineBytesMax + 1, false]] as const;
    for (const [name, size, inline] of cases) {
      const digest = sha256(await writeAndReadBack(name, size));
      for (const node of harness.cluster.nodes) expect({ node: node.id, name, chunkFile: chunkFileOn(node.id, digest) }).toEqual({ node: node.id, name, chunkFile: !inline });
    }
    // An inline file lists, stats and verifies like any other (verify asks every node for its one chunk).
    const verified = await harness.client(["verify", "small-max.bin"]);
    expect(verified.stderr).toBe("");
    expect(verified.code).toBe(0);
    const listed = await harness.client(["ls", "small-"]);
    expect(listed.stdout).toContain("small-1.bin");
    expect(listed.stdout).toContain("small-max.bin");
  }, 120_000);

  test("overwriting and removing a small file", async () => {
    const input = join(harness.dir, "small-rw.in");
    const first = randomBytes(500);
    const second = randomBytes(700);
    const read = async (): Promise<Uint8Array | null> => {
      const output = join(harness.dir, "small-rw.out");
      const run = await harness.client(["read", "small-rw.bin", "-o", output]);
      return run.code === 0 ? new Uint8Array(await Bun.file(output).arrayBuffer()) : null;
    };
    await Bun.write(input, first);
    expect((await harness.client(["write", input, "--name", "small-rw.bin"])).code).toBe(0);
    await Bun.write(input, second);
    expect((await harness.client(["write", input, "--name", "small-rw.bin"])).code).toBe(0);
    expect(await read()).toEqual(second);
    // The old content is gone with the old record: no node serves it any more.
    for (const node of harness.cluster.nodes) expect(await harness.nodeHasChunk(node.port, sha256(first))).toBe(false);
    expect((await harness.client(["rm", "small-rw.bin"])).code).toBe(0);
    expect(await read()).toBeNull();
  }, 120_000);
});

describe("write then read", () => {
  test("0 bytes", async () => await writeAndReadBack("empty.bin", 0), 60_000);
  test("1 byte", async () => await writeAndReadBack("one.bin", 1), 60_000);
  test("exactly one chunk", async () => await writeAndReadBack("chunk.bin", chunkSize), 60_000);
  test("one chunk + 1", async () => await writeAndReadBack("chunk-plus.bin", chunkSize + 1), 60_000);
  test("50 MB", async () => await writeAndReadBack("dir/fifty.bin", 50_000_000), 180_000);
});

describe("uploads with damaged chunks", () => {
  test("the queue server asks again for exactly the corrupted and dropped chunks", async () => {
    const bytes = randomBytes(6 * chunkSize + 100);
    const input = join(harness.dir, "damaged.in");
    await Bun.write(input, bytes);
    const resent: number[] = [];
    const damaged = new Set([1, 4]);
    const dropped = new Set([2, 6]);
    const result = await uploadFile({
      queues: [{ host: "127.0.0.1", port: harness.cluster.queue.port }], cluster: harness.cluster.cluster, credential: { kind: "admin", secret: harness.cluster.secret }, tls: null,
      chunkSize, frameBytesMax: chunkSize + (64 << 10), requestTimeoutMs: 60_000, logger: silentLogger,
    }, {
      path: input, name: "damaged.bin",
      faults: {
        // Attempts count from 0: the first send of a chunk is attempt 0.
        corrupt: (index, attempt) => {
          if (attempt > 0) resent.push(index);
          return attempt === 0 && damaged.has(index);
        },
        drop: (index, attempt) => attempt === 0 && dropped.has(index),
      },
    });
    expect(result.ok).toBe(true);
    expect([...new Set(resent)].sort()).toEqual([1, 2, 4, 6]);
    const output = join(harness.dir, "damaged.out");
    const read = await harness.client(["read", "damaged.bin", "-o", output]);
    expect(read.code).toBe(0);
    expect(Buffer.compare(sha256(new Uint8Array(await Bun.file(output).arrayBuffer())), sha256(bytes))).toBe(0);
  }, 60_000);

  test("raw protocol: the round's answer lists exactly the missing and corrupt indexes", async () => {
    const chunk = 4096;
    const bytes = randomBytes(5 * chunk);
    const chunks = Array.from({ length: 5 }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
    const connection = await harness.connectTo(harness.cluster.queue.port);
    try {
      // The file digest is SHA-256 over the chunk digests (docs/protocol.md, "The file digest").
      const chunkDigests = chunks.map(sha256);
      const begin = await connection.request({ writeBegin: { manifest: { name: "raw.bin", size: bytes.length, chunkSize: chunk, chunkDigests, digest: sha256(Buffer.concat(chunkDigests)) } } }, 10_000);
      expect(begin.ok && begin.value.body).toBe("writeNeed");
      const uploadId = begin.ok ? (begin.value.writeNeed?.uploadId ?? 0) : 0;
      expect(begin.ok ? begin.value.writeNeed?.needed : []).toEqual([0, 1, 2, 3, 4]);
      for (const index of [0, 1, 3, 4]) {
        const data = index === 3 ? new Uint8Array(chunk) : chunks[index];
        const sent = await connection.request({ writeChunk: { uploadId, chunkIndex: index, data } }, 10_000);
        expect(sent.ok && sent.value.body).toBe("ack");
      }
      const round = await connection.request({ writeRoundDone: { uploadId } }, 10_000);
      expect(round.ok && round.value.writeNeed?.needed).toEqual([2, 3]);
      for (const index of [2, 3]) await connection.request({ writeChunk: { uploadId, chunkIndex: index, data: chunks[index] } }, 10_000);
      const done = await connection.request({ writeRoundDone: { uploadId } }, 60_000);
      expect(done.ok && done.value.body).toBe("writeDone");
      expect(done.ok ? (done.value.writeDone?.commitIndex ?? 0) : 0).toBeGreaterThan(0);
    } finally {
      connection.close();
    }
  }, 60_000);
});

describe("reads", () => {
  test("spread over every node", async () => {
    const input = join(harness.dir, "spread.in");
    await Bun.write(input, randomBytes(1000));
    expect((await harness.client(["write", input, "--name", "spread.bin"])).code).toBe(0);
    const before = await harness.cluster.status();
    const servedBefore = new Map((before?.nodes ?? []).map((node) => [node.id, node.readsServed ?? 0]));
    for (let round = 0; round < 8; round += 1) {
      const reads = await Promise.all(Array.from({ length: 4 }, (_, i) => harness.client(["read", "spread.bin", "-o", join(harness.dir, `spread-${round}-${i}.out`)])));
      for (const read of reads) expect(read.code).toBe(0);
    }
    await Bun.sleep(600);
    const after = await harness.cluster.status();
    for (const node of harness.cluster.nodes) {
      const served = (after?.nodes?.find((n) => n.id === node.id)?.readsServed ?? 0) - (servedBefore.get(node.id) ?? 0);
      expect(served).toBeGreaterThan(0);
    }
  }, 120_000);

  test("a missing file is a clear failure", async () => {
    const read = await harness.client(["read", "no/such.bin", "-o", join(harness.dir, "none.out")]);
    expect(read.code).toBe(1);
    expect(read.stderr).toContain("no/such.bin");
  }, 60_000);

  test("status --json has the documented keys", async () => {
    const status = await harness.client(["status", "--json"]);
    expect(status.code).toBe(0);
    const document = JSON.parse(status.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(expect.arrayContaining(["cluster", "leader", "term", "nodes", "queues"]));
    const nodes = document.nodes as Record<string, unknown>[];
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(Object.keys(node)).toEqual(expect.arrayContaining(["id", "address", "role", "term", "commit", "applied", "reachable", "readsServed"]));
    }
    expect(Object.keys(document.queues as object)).toEqual(expect.arrayContaining(["leader", "nonLeader"]));
  }, 60_000);
});

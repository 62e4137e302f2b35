/**
 * What this proves: downloadFile reads a file written by uploadFile back byte for byte from fake
 * nodes over real TCP, spreading chunk fetches over the nodes the locations list; when a node
 * serves a corrupt chunk, lacks it, or is down, the client falls back to the next node in that
 * chunk's list and the output is still identical. When no node serves a chunk intact the read
 * fails and OUT is untouched: absent if it was absent, its old contents if it existed, and no
 * temp file is left beside it (the write goes through a temp file and a rename). An output that
 * cannot be written (missing directory, OUT a directory) fails before the read request is sent.
 * `-o -` streams the same bytes to the stdout writer. A small file (one chunk up to 16 KiB) comes
 * whole in the read answer and no node is asked for a chunk (a whole read or a range); content in
 * the answer that does not match the file's chunk digest is refused, and the chunk is fetched
 * from the nodes instead (a read fails if none of them has it intact either).
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPerNodeMax } from "../../src/client/chunk-reader";
import { downloadFile } from "../../src/client/download";
import { digestOf } from "../../src/files/sha256";
import { uploadFile } from "../../src/client/upload";
import { planRead } from "../../src/client/read-range";
import { FakeNode, FakeQueue, storeSource, type FakeNodeOptions, type FakeQueueOptions } from "./fake-cluster";
import { clientOptions, concatChunks, fileDigestOfBytes, patternBytes, smallChunkBytes, tempDir } from "./helpers";

const dir = tempDir("download");
afterAll(() => dir.remove());
const servers: { stop(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.stop();
});

interface Cluster {
  readonly queue: FakeQueue;
  readonly nodes: readonly FakeNode[];
}

function startCluster(nodeOptions: readonly FakeNodeOptions[], queueOptions: FakeQueueOptions = {}): Cluster {
  const queue = new FakeQueue(queueOptions).start();
  servers.push(queue);
  const nodes = nodeOptions.map((options, k) => {
    const node = new FakeNode(`n${k + 1}`, storeSource(queue), options).start();
    servers.push(node);
    return node;
  });
  queue.nodes = nodes.map((node) => ({ id: node.id, address: node.address }));
  return { queue, nodes };
}

async function store(cluster: Cluster, name: string, bytes: Uint8Array): Promise<void> {
  const path = join(dir.path, `source-${name.replaceAll("/", "_")}`);
  writeFileSync(path, bytes);
  const written = await uploadFile(clientOptions([cluster.queue.address]), { path, name });
  expect(written.ok).toBe(true);
}

function leftovers(directory: string): string[] {
  return readdirSync(directory).filter((entry) => entry.includes(".gossamer-"));
}

describe("round trip", () => {
  for (const size of [0, 1, smallChunkBytes, smallChunkBytes + 1, 37 * smallChunkBytes + 11]) {
    test(`${size} bytes`, async () => {
      const cluster = startCluster([{}, {}, {}]);
      const bytes = patternBytes(size, 100 + size);
      await store(cluster, `rt/${size}`, bytes);
      const output = join(dir.path, `out-${size}.bin`);
      const result = await downloadFile(clientOptions([cluster.queue.address]), { name: `rt/${size}`, output });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
      expect(result.value.size).toBe(size);
      expect<string>(result.value.digest).toBe(fileDigestOfBytes(bytes));
      expect(result.value.fallbacks).toBe(0);
      if (size > 3 * smallChunkBytes) {
        // Locations rotate the preferred node: every node served some chunks.
        for (const node of cluster.nodes) expect(node.fetches.length).toBeGreaterThan(0);
      }
      expect(leftovers(dir.path)).toEqual([]);
    });
  }

  test("-o - streams the same bytes to stdout", async () => {
    const cluster = startCluster([{}, {}]);
    const bytes = patternBytes(9 * smallChunkBytes + 3, 11);
    await store(cluster, "piped", bytes);
    const parts: Uint8Array[] = [];
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "piped", output: "-", stdout: async (chunk) => void parts.push(chunk.slice()) });
    expect(result.ok).toBe(true);
    expect(concatChunks(parts)).toEqual(bytes);
  });
});

describe("small files come whole in the read answer", () => {
  const small = patternBytes(smallChunkBytes - 5, 31);

  test("one request: no ChunkFetch to any node", async () => {
    const cluster = startCluster([{}, {}]);
    await store(cluster, "small/one", small);
    const output = join(dir.path, "small-one.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "small/one", output });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(small);
    expect(result.value.fallbacks).toBe(0);
    for (const node of cluster.nodes) expect(node.fetches).toEqual([]);
  });

  test("an answer without the content: the chunk is fetched from a node, as before", async () => {
    const cluster = startCluster([{}, {}], { inlineReads: "none" });
    await store(cluster, "small/none", small);
    const output = join(dir.path, "small-none.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "small/none", output });
    expect(result.ok).toBe(true);
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(small);
    expect(cluster.nodes.flatMap((node) => node.fetches)).toEqual([digestOf(small)]);
  });

  test("a range of a small file: no ChunkFetch either", async () => {
    const cluster = startCluster([{}]);
    await store(cluster, "small/range", small);
    const handle = await planRead(clientOptions([cluster.queue.address]), "small/range");
    expect(handle.ok).toBe(true);
    if (!handle.ok || handle.value === null) return;
    const parts: Uint8Array[] = [];
    for await (const part of handle.value.stream(10, 1000)) parts.push(part.slice());
    expect(concatChunks(parts)).toEqual(small.subarray(10, 1000));
    expect(cluster.nodes[0]?.fetches).toEqual([]);
  });

  test("corrupt content in the answer is refused: the chunk comes from a node, the output is intact", async () => {
    const cluster = startCluster([{}, {}], { inlineReads: "corrupt" });
    await store(cluster, "small/rotted", small);
    const output = join(dir.path, "small-rotted.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "small/rotted", output });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(small);
    expect(result.value.fallbacks).toBe(1);
    expect(cluster.nodes.flatMap((node) => node.fetches)).toEqual([digestOf(small)]);
  });

  test("corrupt content in the answer and on every node: failed, no OUT", async () => {
    const cluster = startCluster([{ corrupt: () => true }, { corrupt: () => true }], { inlineReads: "corrupt" });
    await store(cluster, "small/doomed", small);
    const output = join(dir.path, "small-doomed.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "small/doomed", output });
    expect(result.ok).toBe(false);
    expect(existsSync(output)).toBe(false);
    expect(leftovers(dir.path)).toEqual([]);
  });
});

describe("the window", () => {
  test("every node that holds the file is asked at once, each within its bound", async () => {
    const together = { inFlight: 0, peak: 0 };
    const cluster = startCluster([{ delayMs: 20, together }, { delayMs: 20, together }, { delayMs: 20, together }]);
    const bytes = patternBytes(48 * smallChunkBytes, 21);
    await store(cluster, "wide", bytes);
    const output = join(dir.path, "wide.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "wide", output });
    expect(result.ok).toBe(true);
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
    // More in flight than the four fetches a read used to keep, spread over all three nodes.
    expect(together.peak).toBeGreaterThan(4);
    for (const peak of cluster.nodes.map((node) => node.inFlightPeak)) {
      expect(peak).toBeGreaterThan(1);
      expect(peak).toBeLessThanOrEqual(readPerNodeMax);
    }
  });
});

describe("fallback", () => {
  test("a node serving corrupt chunks: the client falls back and the output is identical", async () => {
    const cluster = startCluster([{ corrupt: () => true }, {}, {}]);
    const bytes = patternBytes(12 * smallChunkBytes + 100, 12);
    await store(cluster, "fallback", bytes);
    const output = join(dir.path, "fallback.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "fallback", output });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
    expect(result.value.fallbacks).toBeGreaterThan(0);
    expect(cluster.nodes[0]?.fetches.length).toBeGreaterThan(0);
    // The node that served bad copies was told, so it checks and repairs them (a node does not
    // hash what it serves; the codec here caught them).
    expect(cluster.nodes[0]?.verifies.length).toBeGreaterThan(0);
    for (const node of cluster.nodes.slice(1)) expect(node.verifies).toEqual([]);
  });

  test("a node missing chunks and a node that is down: still identical", async () => {
    const cluster = startCluster([{ missing: () => true }, {}, {}]);
    const bytes = patternBytes(8 * smallChunkBytes, 13);
    await store(cluster, "down", bytes);
    cluster.nodes[1]?.stop();
    const output = join(dir.path, "down.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "down", output });
    expect(result.ok).toBe(true);
    expect<Uint8Array>(new Uint8Array(readFileSync(output))).toEqual(bytes);
  });
});

describe("failed reads leave OUT untouched", () => {
  test("every node corrupts one chunk: failed, no OUT, no temp file", async () => {
    const bytes = patternBytes(6 * smallChunkBytes, 14);
    const badDigest = digestOf(bytes.subarray(3 * smallChunkBytes, 4 * smallChunkBytes));
    const corrupt = (digestHex: string): boolean => digestHex === badDigest;
    const cluster = startCluster([{ corrupt }, { corrupt }]);
    await store(cluster, "doomed", bytes);
    const output = join(dir.path, "doomed.bin");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "doomed", output });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("failed");
    expect(result.error.message).toContain("chunk 3");
    expect(existsSync(output)).toBe(false);
    expect(leftovers(dir.path)).toEqual([]);
  });

  test("an existing OUT keeps its old contents after a failed read", async () => {
    const cluster = startCluster([{ missing: () => true }]);
    await store(cluster, "gone", patternBytes(3 * smallChunkBytes, 15));
    const output = join(dir.path, "keep.bin");
    writeFileSync(output, "old contents");
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "gone", output });
    expect(result.ok).toBe(false);
    expect(readFileSync(output, "utf8")).toBe("old contents");
    expect(leftovers(dir.path)).toEqual([]);
  });

  test("no such file is failed with not found", async () => {
    const cluster = startCluster([{}]);
    const result = await downloadFile(clientOptions([cluster.queue.address]), { name: "absent", output: join(dir.path, "absent.bin") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("failed");
    expect(result.error.message).toContain("not found");
  });

  test("unwritable output fails before the read request", async () => {
    const cluster = startCluster([{}]);
    const missingDir = await downloadFile(clientOptions([cluster.queue.address]), { name: "x", output: join(dir.path, "no", "such", "dir.bin") });
    expect(missingDir.ok).toBe(false);
    if (!missingDir.ok) expect(missingDir.error.message).toContain("not writable");
    const sub = join(dir.path, "a-directory");
    mkdirSync(sub, { recursive: true });
    const isDir = await downloadFile(clientOptions([cluster.queue.address]), { name: "x", output: sub });
    expect(isDir.ok).toBe(false);
    if (!isDir.ok) expect(isDir.error.message).toContain("is a directory");
    expect(cluster.queue.requests).not.toContain("read");
  });

  test("bad name fails before anything", async () => {
    const result = await downloadFile(clientOptions(["127.0.0.1:1"]), { name: "../up", output: join(dir.path, "up.bin") });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("invalid file name");
  });
});

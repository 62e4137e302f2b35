/**
 * File attributes and paged listings end to end: a cluster of the compiled binary (queue server
 * and three nodes); an upload carrying attributes (as the S3 door sends them) commits them
 * through the queue server, the leader's put-file entry and the state machine, and stat and
 * listPage return them; listPage pages by start_after and limit, and lists a file named
 * exactly the prefix.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeManifest } from "../../src/client/manifest";
import { listPage, statFile } from "../../src/client/file-info";
import { uploadHashed } from "../../src/client/upload";
import type { ClientOptions } from "../../src/client/options";
import { silentLogger } from "../../src/lib/logger";
import { ClusterHarness } from "../e2e/cluster-harness";

let harness: ClusterHarness;
let options: ClientOptions;
let dir: string;

beforeAll(async () => {
  harness = await ClusterHarness.start({ cluster: "info", chunkSize: 4096 });
  dir = mkdtempSync(join(tmpdir(), "gossamer-info-"));
  options = { queues: [{ host: "127.0.0.1", port: harness.cluster.queue.port }], cluster: harness.cluster.cluster, credential: { kind: "admin", secret: harness.cluster.secret }, tls: null,
    chunkSize: 4096, frameBytesMax: 4096 + (64 << 10), requestTimeoutMs: 30_000, logger: silentLogger };
}, 120_000);

afterAll(async () => {
  await harness.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function put(name: string, text: string, attributes?: Parameters<typeof uploadHashed>[2]["attributes"]): Promise<void> {
  const path = join(dir, "input");
  await Bun.write(path, text);
  const manifest = await computeManifest(path, name, text.length, 4096);
  const uploaded = await uploadHashed(options, { path, name }, { ...manifest, ...(attributes === undefined ? {} : { attributes }) });
  expect(uploaded.ok).toBe(true);
}

test("attributes are committed with the file and come back from stat and list", async () => {
  const attributes = { md5: "5d41402abc4b2a76b9719d911017c592", contentType: "text/plain", metadata: { mtime: "1700000000.25" } };
  await put("b/hello", "hello", attributes);
  const info = await statFile(options, "b/hello");
  expect(info.ok && info.value?.attributes).toEqual(attributes);
  expect(info.ok && info.value?.size).toBe(5);
  const listed = await listPage(options, { prefix: "b/", startAfter: "", limit: 10 });
  expect(listed.ok && listed.value.map((file) => [file.name, file.attributes])).toEqual([["b/hello", attributes]]);
  expect(await statFile(options, "b/absent")).toEqual({ ok: true, value: null });
}, 60_000);

test("listPage pages by start_after and limit and lists a name equal to the prefix", async () => {
  for (const name of ["p", "p/1", "p/2", "p/3"]) await put(name, name);
  const first = await listPage(options, { prefix: "p", startAfter: "", limit: 2 });
  expect(first.ok && first.value.map((file) => file.name)).toEqual(["p", "p/1"]);
  const second = await listPage(options, { prefix: "p", startAfter: "p/1", limit: 2 });
  expect(second.ok && second.value.map((file) => file.name)).toEqual(["p/2", "p/3"]);
  expect(second.ok && second.value.every((file) => file.attributes === null)).toBe(true);
}, 60_000);

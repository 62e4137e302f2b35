/**
 * The HTTP door end to end, with the compiled binary (a queue server and three nodes, each
 * started with --http-listen): every role answers /livez and /readyz as Kubernetes and etcd do
 * and serves /metrics that `promtool check metrics` accepts; a write moves the numbers it must
 * (bytes in at the queue, chunks fetched by the leader and replicated to the followers, commit
 * and applied indexes, bytes of files written) and a read moves reads served (and chunks sent to
 * the client, or for a small file none: its content comes in the read answer); the queue
 * server is not ready without a leader (alone, or after every node is SIGKILLed) and ready
 * again once one polls; a taken port is a configuration error.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts, type LocalProcess } from "../../src/demo/local-cluster";
import { gossamerBinary } from "../helpers/gossamer-binary";
import { promtoolCheckMetrics } from "../helpers/promtool";
import { serviceGate } from "../helpers/services";
import { ClusterHarness, randomBytes } from "./cluster-harness";

const promtool = serviceGate("promtool");

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
}

async function get(port: number | null, path: string, method = "GET"): Promise<Answer> {
  expect(port).not.toBeNull();
  const response = await fetch(`http://127.0.0.1:${port ?? 0}${path}`, { method });
  return { status: response.status, body: await response.text(), contentType: response.headers.get("content-type") ?? "" };
}

/** Polls until `ok` holds for an answer, or fails naming the last one. */
async function waitFor(port: number | null, path: string, ok: (answer: Answer) => boolean, timeoutMs: number): Promise<Answer> {
  const deadline = performance.now() + timeoutMs;
  let last: Answer | string = "no answer";
  while (performance.now() < deadline) {
    try {
      last = await get(port, path);
      if (ok(last)) return last;
    } catch (error: unknown) {
      last = String(error);
    }
    await Bun.sleep(200);
  }
  throw new Error(`GET ${path} on port ${port ?? "none"}: not as expected within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
}

/** The value of one series (`name` or `name{labels}` exactly as exported), or a failure. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  if (line === undefined) throw new Error(`no series ${series} in the metrics`);
  return Number(line.slice(series.length + 1));
}

async function metrics(target: LocalProcess): Promise<string> {
  const answer = await get(target.httpPort, "/metrics");
  expect(answer.status).toBe(200);
  expect(answer.contentType).toBe("text/plain; version=0.0.4; charset=utf-8");
  return answer.body;
}

describe("a queue server alone", () => {
  test("is alive but not ready: no leader known", async () => {
    const binary = await gossamerBinary();
    const dir = mkdtempSync(join(tmpdir(), "gossamer-http-"));
    const [port, httpPort] = await freePorts(2);
    const child = Bun.spawn([binary, "--role", "queue", "--cluster", "lone", "--cluster-secret", "s", "--discovery-port", "0",
      "--listen", `127.0.0.1:${port}`, "--http-listen", `127.0.0.1:${httpPort}`, "--data-dir", join(dir, "q")], { stdout: "ignore", stderr: "ignore" });
    try {
      const live = await waitFor(httpPort ?? null, "/livez", (answer) => answer.status === 200, 30_000);
      expect(live.body).toBe("[+]ping ok\nlivez check passed\n");
      const ready = await get(httpPort ?? null, "/readyz");
      expect(ready.status).toBe(503);
      expect(ready.body).toContain("[-]leader failed: no leader known");
      expect(ready.body).toContain("[+]leader-queue ok");
      expect(ready.body.endsWith("readyz check failed\n")).toBe(true);
      const excluded = await get(httpPort ?? null, "/readyz?exclude=leader");
      expect(excluded.status).toBe(200);
    } finally {
      child.kill("SIGKILL");
      await child.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test("a taken --http-listen port stops it with exit status 2, naming the address", async () => {
    const binary = await gossamerBinary();
    const dir = mkdtempSync(join(tmpdir(), "gossamer-http-"));
    const taken = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("taken") });
    const [port] = await freePorts(1);
    try {
      const child = Bun.spawn([binary, "--role", "queue", "--cluster", "lone", "--cluster-secret", "s", "--discovery-port", "0",
        "--listen", `127.0.0.1:${port ?? 0}`, "--http-listen", `127.0.0.1:${taken.port ?? 0}`, "--data-dir", join(dir, "q")], { stdout: "ignore", stderr: "pipe" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const [code, stderr] = await Promise.all([child.exited, new Response(child.stderr).text()]);
      clearTimeout(timer);
      expect(stderr).toContain(`--http-listen 127.0.0.1:${taken.port ?? 0}: cannot listen`);
      expect(code).toBe(2);
    } finally {
      void taken.stop(true);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("a cluster with its HTTP doors on", () => {
  let harness: ClusterHarness;
  let leader: string;

  beforeAll(async () => {
    harness = await ClusterHarness.start({ http: true, chunkSize: 1 << 20, cluster: "http" });
    leader = await harness.cluster.waitForLeader(30_000);
  }, 120_000);

  afterAll(async () => {
    await harness.stop();
  });

  test("every role: /livez and /readyz answer 200 with their checks, and / names the endpoints", async () => {
    await waitFor(harness.cluster.queue.httpPort, "/readyz", (answer) => answer.status === 200, 30_000);
    expect((await get(harness.cluster.queue.httpPort, "/readyz")).body).toBe("[+]leader ok\n[+]leader-queue ok\nreadyz check passed\n");
    for (const node of harness.cluster.nodes) {
      const live = await get(node.httpPort, "/livez");
      expect(live).toEqual({ status: 200, body: "[+]ping ok\n[+]loop ok\nlivez check passed\n", contentType: "text/plain; charset=utf-8" });
      const ready = await waitFor(node.httpPort, "/readyz", (answer) => answer.status === 200, 30_000);
      expect(ready.body).toBe("[+]leader ok\n[+]applied ok\nreadyz check passed\n");
      expect((await get(node.httpPort, "/")).body).toContain("/metrics");
    }
  }, 60_000);

  test("only GET and HEAD; an unknown path is 404", async () => {
    const port = harness.cluster.queue.httpPort;
    expect((await get(port, "/metrics", "POST")).status).toBe(405);
    const head = await get(port, "/readyz", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    const missing = await get(port, "/no-such-page");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("/metrics");
  }, 30_000);

  test.skipIf(!promtool.run)("every role's /metrics passes promtool check metrics", async () => {
    for (const target of [harness.cluster.queue, ...harness.cluster.nodes]) {
      const result = await promtoolCheckMetrics(await metrics(target));
      expect({ target: target.id, output: result.output, code: result.code }).toEqual({ target: target.id, output: "", code: 0 });
    }
  }, 60_000);

  test("a write moves bytes in, chunks replicated, commit and applied; a read moves reads served", async () => {
    const size = 3 * (1 << 20) + 5;
    const queueBefore = await metrics(harness.cluster.queue);
    const nodesBefore = new Map(await Promise.all(harness.cluster.nodes.map(async (node) => [node.id, await metrics(node)] as const)));
    const input = join(harness.dir, "moves.in");
    await Bun.write(input, randomBytes(size));
    expect((await harness.client(["write", input, "--name", "moves.bin"])).code).toBe(0);

    const queueAfter = await metrics(harness.cluster.queue);
    const queueDelta = (series: string): number => sample(queueAfter, series) - sample(queueBefore, series);
    expect(queueDelta("gossamer_chunk_bytes_in_total{path=\"upload\"}")).toBeGreaterThanOrEqual(size);
    expect(queueDelta("gossamer_chunks_in_total{path=\"upload\"}")).toBeGreaterThanOrEqual(4);
    expect(queueDelta("gossamer_file_bytes_written_total")).toBe(size);
    expect(queueDelta("gossamer_queue_results_total{result=\"write\"}")).toBe(1);
    expect(queueDelta("gossamer_queue_submitted_total{queue=\"leader\"}")).toBeGreaterThanOrEqual(1);
    expect(queueDelta("gossamer_queue_wait_seconds_count{queue=\"leader\"}")).toBeGreaterThanOrEqual(1);

    const leaderProcess = harness.cluster.node(leader);
    const leaderAfter = await metrics(leaderProcess);
    const leaderBefore = nodesBefore.get(leader) ?? "";
    const leaderDelta = (series: string): number => sample(leaderAfter, series) - sample(leaderBefore, series);
    expect(leaderDelta("gossamer_raft_commit_index")).toBeGreaterThanOrEqual(5);
    expect(leaderDelta("gossamer_raft_applied_index")).toBeGreaterThanOrEqual(5);
    expect(leaderDelta("gossamer_chunk_bytes_in_total{path=\"cut-through\"}")).toBe(size);
    // Sent to at least the follower that made the majority; each follower's own count is checked below.
    expect(leaderDelta("gossamer_chunk_bytes_out_total{path=\"replication\"}")).toBeGreaterThanOrEqual(size);
    expect(leaderDelta("gossamer_raft_proposals_total{outcome=\"applied\"}")).toBeGreaterThanOrEqual(5);
    expect(leaderDelta("gossamer_raft_proposal_duration_seconds_count")).toBeGreaterThanOrEqual(5);
    // Chunk bytes are synced in batches (group-sync): at least one sync, never more than one per chunk.
    const chunkSyncs = leaderDelta("gossamer_storage_fsync_duration_seconds_count{kind=\"chunk\"}");
    expect(chunkSyncs).toBeGreaterThanOrEqual(1);
    expect(chunkSyncs).toBeLessThanOrEqual(4);
    expect(leaderDelta("gossamer_work_stolen_total{kind=\"write\"}")).toBe(1);
    expect(sample(leaderAfter, "gossamer_raft_role{role=\"leader\"}")).toBe(1);
    const commit = sample(leaderAfter, "gossamer_raft_commit_index");

    for (const follower of harness.cluster.nodes.filter((node) => node.id !== leader)) {
      // A follower learns the commit index on the leader's next append or heartbeat.
      const caughtUp = await waitFor(follower.httpPort, "/metrics", (answer) => sample(answer.body, "gossamer_raft_applied_index") >= commit, 30_000);
      const before = nodesBefore.get(follower.id) ?? "";
      expect(sample(caughtUp.body, "gossamer_chunk_bytes_in_total{path=\"replication\"}") - sample(before, "gossamer_chunk_bytes_in_total{path=\"replication\"}")).toBeGreaterThanOrEqual(size);
      expect(sample(caughtUp.body, "gossamer_raft_role{role=\"follower\"}")).toBe(1);
      expect(sample(caughtUp.body, "gossamer_storage_fsync_duration_seconds_count{kind=\"log\"}")).toBeGreaterThan(sample(before, "gossamer_storage_fsync_duration_seconds_count{kind=\"log\"}"));
    }

    const readsBefore = await readsServed();
    const downloadsBefore = await chunksOut("download");
    expect((await harness.client(["read", "moves.bin", "-o", join(harness.dir, "moves.out")])).code).toBe(0);
    expect(await readsServed()).toBe(readsBefore + 1);
    expect(await chunksOut("download")).toBeGreaterThanOrEqual(downloadsBefore + 4);
  }, 120_000);

  test("a small file's read is one request: its content comes in the read answer, no node serves a ChunkFetch", async () => {
    const input = join(harness.dir, "small.in");
    const bytes = randomBytes(5000);
    await Bun.write(input, bytes);
    expect((await harness.client(["write", input, "--name", "small.bin"])).code).toBe(0);
    const [downloadsBefore, inlineBefore] = [await chunksOut("download"), await chunksOut("inline")];
    const output = join(harness.dir, "small.out");
    expect((await harness.client(["read", "small.bin", "-o", output])).code).toBe(0);
    expect<Uint8Array>(new Uint8Array(await Bun.file(output).arrayBuffer())).toEqual(bytes);
    expect(await chunksOut("download")).toBe(downloadsBefore);
    expect(await chunksOut("inline")).toBe(inlineBefore + 1);
  }, 120_000);

  test("the queue server is not ready once its leader is gone (every node SIGKILLed), and ready again when one is back", async () => {
    for (const node of harness.cluster.nodes) await harness.cluster.kill(node);
    const down = await waitFor(harness.cluster.queue.httpPort, "/readyz", (answer) => answer.status === 503, 30_000);
    // The leader's connection closed with it, so the queue server stopped trusting it at once.
    expect(down.body).toMatch(/\[-\]leader failed: (no leader known|leader n\d is unreachable)/);
    const metricsDown = await metrics(harness.cluster.queue);
    expect(sample(metricsDown, "gossamer_queue_leader_known")).toBe(0);
    for (const node of harness.cluster.nodes) harness.cluster.spawn(node);
    const up = await waitFor(harness.cluster.queue.httpPort, "/readyz", (answer) => answer.status === 200, 60_000);
    expect(up.body).toBe("[+]leader ok\n[+]leader-queue ok\nreadyz check passed\n");
    expect(sample(await metrics(harness.cluster.queue), "gossamer_queue_leader_known")).toBe(1);
  }, 120_000);

  async function readsServed(): Promise<number> {
    let total = 0;
    for (const node of harness.cluster.nodes) total += sample(await metrics(node), "gossamer_reads_served_total");
    return total;
  }

  /** Chunks every node sent by `path`, summed over the nodes. */
  async function chunksOut(path: "download" | "inline"): Promise<number> {
    let total = 0;
    for (const node of harness.cluster.nodes) total += sample(await metrics(node), `gossamer_chunks_out_total{path="${path}"}`);
    return total;
  }
});

/**
 * The Gossamer side of bench/cluster.ts: each part starts its own three-node LocalCluster of the
 * compiled binary in a fresh dir (so one part's data, and each process's peak RSS, do not leak
 * into the next) and drives it in-process with the client library, one connection per upload.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { downloadFile, listFiles, uploadFile, type ClientOptions } from "../src/client";
import { LocalCluster } from "../src/demo/local-cluster";
import { assert } from "../src/lib/assert";
import { silentLogger } from "../src/lib/logger";
import { runLoad, timeToFirstAck, type LoadBounds, type LoadFigures, type ProbeBounds } from "./cluster-load";
import { RssSampler, type PeakMemory } from "./cluster-machine";

export const chunkBytes = 1 << 20;
/** A frame carries one chunk plus the envelope (the config's own default relation). */
const frameBytesMax = chunkBytes + (64 << 10);
export const clusterNodes = 3;
const leaderWaitMs = 30_000;
/** How long a restarted node may take to catch up before a failover trial gives up. */
const catchUpWaitMs = 60_000;

/** Every process a part started, so the top level can stop them on any error. */
export const liveClusters = new Set<LocalCluster>();

export async function startCluster(dir: string, binary: string): Promise<LocalCluster> {
  mkdirSync(dir, { recursive: true });
  const cluster = await LocalCluster.start({ dir, command: [binary], nodes: clusterNodes, chunkSize: chunkBytes, cluster: "bench", secret: "bench-secret", logLevel: "warn" });
  liveClusters.add(cluster);
  await cluster.waitForLeader(leaderWaitMs);
  return cluster;
}

export async function stopCluster(cluster: LocalCluster, dir: string): Promise<void> {
  await cluster.stop();
  liveClusters.delete(cluster);
  if (process.env.BENCH_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
}

export function clientOptions(cluster: LocalCluster, requestTimeoutMs: number): ClientOptions {
  return { queues: [{ host: "127.0.0.1", port: cluster.queue.port }], cluster: cluster.cluster, clusterSecret: cluster.secret,
    chunkSize: chunkBytes, frameBytesMax, requestTimeoutMs, logger: silentLogger };
}

export function randomBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 64 KiB per call.
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  return bytes;
}

export interface WriteCase { readonly fileBytes: number; readonly concurrency: number }

/** Small-file writes: per case, `concurrency` clients each uploading one file after another. */
export async function gossamerWrites(dir: string, binary: string, cases: readonly WriteCase[], bounds: Omit<LoadBounds, "concurrency">): Promise<LoadFigures[]> {
  const cluster = await startCluster(join(dir, "cluster"), binary);
  try {
    const options = clientOptions(cluster, 10_000);
    const results: LoadFigures[] = [];
    for (const each of cases) {
      // Random content per case; names differ per upload, so every write is a new file version.
      const source = join(dir, `source-${each.fileBytes}.bin`);
      await Bun.write(source, randomBytes(each.fileBytes));
      const prefix = `w${each.fileBytes}-c${each.concurrency}`;
      results.push(await runLoad({ ...bounds, concurrency: each.concurrency }, async (sequence) => {
        const written = await uploadFile(options, { path: source, name: `${prefix}/${sequence}` });
        return written.ok;
      }));
    }
    return results;
  } finally {
    await stopCluster(cluster, join(dir, "cluster"));
  }
}

export interface BigFileFigures {
  readonly fileBytes: number;
  /** Acknowledged write rate, MB/s; null when the client got no acknowledgement. */
  readonly writeMBps: number | null;
  /** Why the write was not acknowledged, or null. */
  readonly writeError: string | null;
  /**
   * When the write was not acknowledged but the file became visible anyway: MB/s up to the
   * commit time the cluster recorded (its `ls` createdMs); null otherwise.
   */
  readonly committedMBps: number | null;
  readonly readMBps: number | null;
  readonly readError: string | null;
  readonly writeMemory: readonly PeakMemory[];
  readonly readMemory: readonly PeakMemory[] | null;
}

/** How long an unacknowledged big write is watched for becoming visible after all. */
const visibilityWaitMs = 120_000;

async function writeRandomFile(path: string, fileBytes: number): Promise<void> {
  const writer = Bun.file(path).writer({ highWaterMark: chunkBytes });
  for (let written = 0; written < fileBytes; written += chunkBytes) {
    writer.write(randomBytes(chunkBytes));
    await writer.flush();
  }
  await writer.end();
}

/** The cluster's commit time (ms since the epoch) of `name`, once listed, within waitMs. */
async function committedAtMs(options: ClientOptions, name: string, waitMs: number): Promise<number | null> {
  const deadline = performance.now() + waitMs;
  while (performance.now() < deadline) {
    const listed = await listFiles(options, name, false);
    const entry = listed.ok ? listed.value.find((file) => file.name === name) : undefined;
    if (entry !== undefined && entry.createdMs > 0) return entry.createdMs;
    await Bun.sleep(2_000);
  }
  return null;
}

/** One big file, written and read back; RSS of the queue and each node sampled in each phase. */
export async function gossamerBigFile(dir: string, binary: string, fileBytes: number): Promise<BigFileFigures> {
  assert(fileBytes % chunkBytes === 0, "the big file is whole chunks");
  mkdirSync(dir, { recursive: true });
  const source = join(dir, "big.bin");
  const output = join(dir, "big-read.bin");
  await writeRandomFile(source, fileBytes);
  const cluster = await startCluster(join(dir, "cluster"), binary);
  try {
    const options = clientOptions(cluster, 60_000);
    const pids = new Map<string, number>();
    for (const target of [cluster.queue, ...cluster.nodes]) {
      assert(target.process !== null, `${target.id} runs`);
      pids.set(target.id, target.process.pid);
    }
    let sampler = new RssSampler(pids);
    const writeStartedEpochMs = Date.now();
    const writeStarted = performance.now();
    const written = await uploadFile(options, { path: source, name: "big.bin" });
    const writeSeconds = (performance.now() - writeStarted) / 1_000;
    let committedMBps: number | null = null;
    if (!written.ok) {
      const committedMs = await committedAtMs(options, "big.bin", visibilityWaitMs);
      if (committedMs !== null) committedMBps = fileBytes / 1e3 / Math.max(1, committedMs - writeStartedEpochMs);
    }
    const writeMemory = sampler.stop();
    rmSync(source, { force: true });
    const figures = { fileBytes, writeMBps: written.ok ? fileBytes / 1e6 / writeSeconds : null,
      writeError: written.ok ? null : written.error.message, committedMBps, writeMemory };
    if (!written.ok && committedMBps === null) return { ...figures, readMBps: null, readError: "not written", readMemory: null };
    sampler = new RssSampler(pids);
    const readStarted = performance.now();
    const read = await downloadFile(options, { name: "big.bin", output });
    const readSeconds = (performance.now() - readStarted) / 1_000;
    const readMemory = sampler.stop();
    assert(!read.ok || read.value.size === fileBytes, "the read returns the whole file");
    return { ...figures, readMBps: read.ok ? fileBytes / 1e6 / readSeconds : null, readError: read.ok ? null : read.error.message, readMemory };
  } finally {
    rmSync(source, { force: true });
    rmSync(output, { force: true });
    await stopCluster(cluster, join(dir, "cluster"));
  }
}

/** Waits until every node is reachable, one leads, and every node applied the leader's commit. */
async function waitConverged(cluster: LocalCluster, timeoutMs: number): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const status = await cluster.status();
    const nodes = status?.nodes ?? [];
    const leader = nodes.find((node) => node.id === status?.leader && node.role === "leader");
    const everyReachable = nodes.length === clusterNodes && nodes.every((node) => node.reachable === true);
    if (leader !== undefined && everyReachable && nodes.every((node) => Number(node.applied ?? 0) >= Number(leader.commit ?? 0))) {
      assert(leader.id !== undefined, "a node status names its node");
      return leader.id;
    }
    await Bun.sleep(100);
  }
  throw new Error(`the cluster did not converge within ${timeoutMs} ms`);
}

export interface FailoverFigures {
  /** Milliseconds from SIGKILL of the leader to the next acknowledged write, per trial that got one. */
  readonly samplesMs: readonly number[];
  readonly trials: number;
  /** Why the trials stopped early (the cluster did not recover), or null when all ran. */
  readonly stoppedBy: string | null;
}

/** SIGKILL the leader, time the first acknowledged write after it, restart the node; `trials` times. */
export async function gossamerFailover(dir: string, binary: string, trials: number, probe: ProbeBounds, probeTimeoutMs: number): Promise<FailoverFigures> {
  const cluster = await startCluster(join(dir, "cluster"), binary);
  try {
    const source = join(dir, "probe.bin");
    await Bun.write(source, randomBytes(256));
    const options = clientOptions(cluster, probeTimeoutMs);
    const samplesMs: number[] = [];
    for (let trial = 1; trial <= trials; trial += 1) {
      let leaderId: string;
      try {
        leaderId = await waitConverged(cluster, catchUpWaitMs);
      } catch (error: unknown) {
        return { samplesMs, trials, stoppedBy: `trial ${trial}: ${error instanceof Error ? error.message : String(error)}` };
      }
      const before = await uploadFile(clientOptions(cluster, 10_000), { path: source, name: `failover/${trial}/before` });
      if (!before.ok) return { samplesMs, trials, stoppedBy: `trial ${trial}: a write before the kill failed: ${before.error.message}` };
      const leader = cluster.node(leaderId);
      const killedAt = performance.now();
      leader.process?.kill("SIGKILL");
      const ms = await timeToFirstAck(killedAt, probe, async (sequence) => (await uploadFile(options, { path: source, name: `failover/${trial}/${sequence}` })).ok);
      if (ms !== null) samplesMs.push(ms);
      await leader.process?.exited;
      cluster.spawn(leader);
    }
    return { samplesMs, trials, stoppedBy: null };
  } finally {
    await stopCluster(cluster, join(dir, "cluster"));
  }
}

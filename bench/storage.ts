/**
 * Storage benchmark (`npm run bench:storage`). For each backend: durable log appends per
 * second (one entry per persist, and batches of batchEntries), chunk write MB/s (putChunk:
 * digest check + durable write) and chunk read MB/s (getChunk: read + digest check). Beside
 * them, the disk's own figures from the same run, measured with dd in the same directory:
 * 4 KiB writes with O_DSYNC (how many durable writes per second the disk allows) and a
 * sequential write with one fdatasync (its durable bandwidth), with the ratios:
 *
 *   chunk write / dd sequential MB/s     aim >= 70%
 *   batched persists per second / dd 4 KiB dsync writes per second   aim >= 80%
 *     (a batched persist is one durable transaction, so the disk's sync rate bounds it)
 *
 * The machine is shared, so each backend runs `repetitions` times, each run right after its own
 * dd figures, and the report shows the best run of each figure with the ratio to the dd
 * figures of that same run (noise only ever slows a run; pairing keeps the ratios honest).
 *
 * BENCH_DIR sets where to write (default: the OS temp dir); MySQL runs on a private MariaDB
 * when the binaries exist.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logIndex, term } from "../src/raft/types";
import type { Digest } from "../src/files/digest";
import { digestOf } from "../src/files/sha256";
import { MemoryStorage } from "../src/storage/memory";
import { MysqlStorage } from "../src/storage/mysql";
import { SqliteStorage, type ChunkPlacement } from "../src/storage/sqlite";
import type { EntryToPersist, Storage } from "../src/storage/storage";
import { findBinary, startMariaDb } from "../test/helpers/services";

const singleAppends = 1_000;
const batchEntries = 100;
const batchCount = 200;
const entryBytes = 256;
const chunkBytes = 1 << 20;
const chunkCount = 128;
/** Chunk puts in flight at once, as a node pipelining chunk entries has. */
const chunkConcurrency = 4;
const ddSyncWrites = 2_000;
const ddSequentialMiB = 256;
/** Paired runs per backend (see the header). */
const repetitions = 3;

interface Figures {
  readonly singlePerSecond: number;
  readonly batchesPerSecond: number;
  readonly batchedEntriesPerSecond: number;
  readonly chunkWriteMBps: number;
  readonly chunkReadMBps: number;
}

interface DiskFigures { readonly syncWritesPerSecond: number; readonly sequentialMBps: number }

function dd(args: string[]): number {
  const result = Bun.spawnSync(["dd", ...args], { stderr: "pipe" });
  const text = result.stderr.toString();
  const match = /copied, ([\d.]+) s/.exec(text);
  if (result.exitCode !== 0 || match === null) throw new Error(`dd ${args.join(" ")} failed: ${text}`);
  return Number(match[1]);
}

function measureDisk(dir: string): DiskFigures {
  const file = join(dir, "dd.bin");
  const syncSeconds = dd(["if=/dev/zero", `of=${file}`, "bs=4k", `count=${ddSyncWrites}`, "oflag=dsync"]);
  const sequentialSeconds = dd(["if=/dev/zero", `of=${file}`, "bs=1M", `count=${ddSequentialMiB}`, "conv=fdatasync"]);
  rmSync(file, { force: true });
  return { syncWritesPerSecond: ddSyncWrites / syncSeconds, sequentialMBps: (ddSequentialMiB * 2 ** 20) / 1e6 / sequentialSeconds };
}

function entries(first: number, count: number): EntryToPersist[] {
  const data = new Uint8Array(entryBytes).fill(0x61);
  return Array.from({ length: count }, (_, at) => ({
    entry: { index: logIndex(first + at), term: term(1), type: "normal" as const, data }, chunks: [],
  }));
}

function makeChunks(): { digest: Digest; bytes: Uint8Array }[] {
  const base = crypto.getRandomValues(new Uint8Array(65_536)); // fresh each call: new digests
  return Array.from({ length: chunkCount }, (_, seed) => {
    const bytes = new Uint8Array(chunkBytes);
    for (let offset = 0; offset < chunkBytes; offset += base.length) bytes.set(base, offset);
    new DataView(bytes.buffer).setUint32(0, seed + 1, true);
    new DataView(bytes.buffer).setFloat64(8, Math.random(), true);
    return { digest: digestOf(bytes), bytes };
  });
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: concurrency }, async () => {
    while (next < items.length) { // bounded by items.length
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  });
  await Promise.all(lanes);
}

async function once(storage: Storage, firstIndex: number): Promise<Figures> {
  let index = firstIndex;
  let started = performance.now();
  for (let count = 0; count < singleAppends; count += 1, index += 1) await storage.persist(null, entries(index, 1));
  const singlePerSecond = singleAppends / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let count = 0; count < batchCount; count += 1, index += batchEntries) await storage.persist(null, entries(index, batchEntries));
  const batchSeconds = (performance.now() - started) / 1000;
  const chunks = makeChunks();
  started = performance.now();
  await inParallel(chunks, chunkConcurrency, async (item) => await storage.putChunk(item.digest, item.bytes));
  const chunkWriteMBps = (chunks.length * chunkBytes) / 1e6 / ((performance.now() - started) / 1000);
  started = performance.now();
  await inParallel(chunks, chunkConcurrency, async (item) => {
    const bytes = await storage.getChunk(item.digest);
    if (bytes?.length !== chunkBytes) throw new Error("chunk read back short");
  });
  const chunkReadMBps = (chunks.length * chunkBytes) / 1e6 / ((performance.now() - started) / 1000);
  return { singlePerSecond, batchesPerSecond: batchCount / batchSeconds, batchedEntriesPerSecond: (batchCount * batchEntries) / batchSeconds,
    chunkWriteMBps, chunkReadMBps };
}

interface Paired { readonly disk: DiskFigures; readonly figures: Figures }

/**
 * `repetitions` runs, each right after its own dd figures, so a ratio compares two things
 * measured under the same load; the report gives the best run of each figure and its ratio.
 */
async function measure(storage: Storage, root: string): Promise<Paired[]> {
  const runs: Paired[] = [];
  for (let run = 0; run < repetitions; run += 1) {
    const disk = measureDisk(root);
    runs.push({ disk, figures: await once(storage, (await storage.lastIndex()) + 1) });
  }
  return runs;
}

const percent = (ratio: number): string => `${(ratio * 100).toFixed(0)}%`;

function report(name: string, runs: readonly Paired[]): void {
  const best = (pick: (run: Paired) => number): Paired =>
    runs.reduce((winner, run) => (pick(run) > pick(winner) ? run : winner));
  const single = best((run) => run.figures.singlePerSecond);
  const batched = best((run) => run.figures.batchesPerSecond);
  const write = best((run) => run.figures.chunkWriteMBps);
  const read = best((run) => run.figures.chunkReadMBps);
  const disks = runs.map((run) => `${run.disk.syncWritesPerSecond.toFixed(0)}/s ${run.disk.sequentialMBps.toFixed(0)} MB/s`).join("; ");
  const against = (disk: DiskFigures, sync: boolean): string => sync ? `dd 4k dsync ${disk.syncWritesPerSecond.toFixed(0)}/s` : `dd seq ${disk.sequentialMBps.toFixed(0)} MB/s`;
  console.log(`${name}
  dd per run (4k dsync writes; 1M seq + fdatasync): ${disks}
  single appends   ${single.figures.singlePerSecond.toFixed(0).padStart(7)} /s          ${percent(single.figures.singlePerSecond / single.disk.syncWritesPerSecond)} of ${against(single.disk, true)}
  batched appends  ${batched.figures.batchesPerSecond.toFixed(0).padStart(7)} persists/s  ${percent(batched.figures.batchesPerSecond / batched.disk.syncWritesPerSecond)} of ${against(batched.disk, true)} (aim 80%); ${batched.figures.batchedEntriesPerSecond.toFixed(0)} entries/s
  chunk write      ${write.figures.chunkWriteMBps.toFixed(0).padStart(7)} MB/s        ${percent(write.figures.chunkWriteMBps / write.disk.sequentialMBps)} of ${against(write.disk, false)} (aim 70%)
  chunk read       ${read.figures.chunkReadMBps.toFixed(0).padStart(7)} MB/s`);
}

/** Runs one backend and closes it. */
async function bench(name: string, root: string, storage: Storage): Promise<void> {
  try {
    report(name, await measure(storage, root));
  } finally {
    await storage.close();
  }
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), "gossamer-bench-"));
  try {
    console.log(`workload: ${singleAppends} single appends, ${batchCount} x ${batchEntries} batched (${entryBytes} B entries), ` +
      `${chunkCount} chunks of ${chunkBytes >> 20} MiB with ${chunkConcurrency} in flight; best of ${repetitions}; in ${root}`);
    for (const placement of ["files", "blobs"] as ChunkPlacement[]) {
      await bench(`sqlite, chunks as ${placement}`, root, SqliteStorage.open({ dir: join(root, `sqlite-${placement}`), chunkPlacement: placement }));
    }
    if (findBinary("mariadbd") !== null && findBinary("mariadb-install-db") !== null) {
      const server = await startMariaDb();
      try {
        await bench("mysql (private MariaDB, data dir in the OS temp dir)", root, await MysqlStorage.open({ url: server.url, nodeId: "bench" }));
      } finally {
        await server.stop();
      }
    } else {
      console.log("mysql: skipped (apt-get install mariadb-server)");
    }
    await bench("memory (not durable: the ceiling of the code above the disk)", root, new MemoryStorage());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();

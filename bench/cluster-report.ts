/**
 * The tables bench/cluster.ts prints: each figure, etcd's where there is one, the ratio ours /
 * etcd's, the aim and whether this run met it. Missing figures print as "-", never as zero.
 */
import type { BigFileFigures, FailoverFigures, WriteCase } from "./cluster-gossamer";
import { percentile, type LoadFigures } from "./cluster-load";

/** Largest RSS any one process may reach while the big file is written and read. */
export const rssAimMiB = 60;
/** The big-file write must reach this share of the machine's limit. */
export const bigWriteAimShare = 0.5;

function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(digits);
}

function verdict(met: boolean | null): string {
  return met === null ? "-" : met ? "met" : "NOT met";
}

function ratio(ours: number | null | undefined, theirs: number | null | undefined): number | null {
  if (ours === null || ours === undefined || theirs === null || theirs === undefined || !(theirs > 0) || !Number.isFinite(ours)) return null;
  return ours / theirs;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function sizeName(bytes: number): string {
  return bytes >= 1024 ? `${bytes / 1024} KiB` : `${bytes} B`;
}

export function printWrites(cases: readonly WriteCase[], ours: readonly LoadFigures[] | null, theirs: readonly LoadFigures[] | null): void {
  const rows = cases.map((each, at) => {
    const g = ours?.[at];
    const e = theirs?.[at];
    const throughput = ratio(g?.perSecond, e?.perSecond);
    const p99 = ratio(g?.p99Ms, e?.p99Ms);
    return [sizeName(each.fileBytes), String(each.concurrency),
      fixed(g?.perSecond, 0), fixed(g?.p50Ms, 1), fixed(g?.p99Ms, 1), g === undefined ? "-" : `${g.acknowledged}/${g.failed}`, fixed(g?.driverCores, 2),
      fixed(e?.perSecond, 0), fixed(e?.p50Ms, 1), fixed(e?.p99Ms, 1), e === undefined ? "-" : `${e.acknowledged}/${e.failed}`, fixed(e?.driverCores, 2),
      fixed(throughput, 2), verdict(throughput === null ? null : throughput >= 1), fixed(p99, 2), verdict(p99 === null ? null : p99 <= 1)];
  });
  console.log("\nSmall-file writes (ours: uploadFile of a new file; etcd: put of a value of the same size;");
  console.log(`drv cpu = cores the in-process client driver used during the case, of the machine's ${navigator.hardwareConcurrency})`);
  console.log(table(["size", "clients", "ours/s", "p50 ms", "p99 ms", "ok/fail", "drv cpu", "etcd/s", "p50 ms", "p99 ms", "ok/fail", "drv cpu",
    "ratio/s", "aim>=1", "ratio p99", "aim<=1"], rows));
}

export function printBigFile(big: BigFileFigures | null, diskMBps: number | null, durableCopies: number): void {
  const limit = diskMBps === null ? null : diskMBps / durableCopies;
  const share = ratio(big?.writeMBps, limit);
  console.log(`\nBig file (${big === null ? "-" : `${big.fileBytes / 2 ** 20} MiB`}, chunks of 1 MiB)`);
  const rows: string[][] = [
    ["disk durable sequential write (dd, fdatasync), MB/s", fixed(diskMBps, 0), "", ""],
    [`machine limit = disk / ${durableCopies} durable copies, MB/s`, fixed(limit, 0), "", ""],
    ["write (acknowledged), MB/s", fixed(big?.writeMBps, 1), "", ""],
    ["write / machine limit", fixed(share, 2), `>= ${bigWriteAimShare}`, verdict(big === null ? null : share !== null && share >= bigWriteAimShare)],
  ];
  if (big?.writeError !== null && big?.writeError !== undefined) {
    rows.push(["write start to the cluster's commit time (unacknowledged), MB/s", fixed(big.committedMBps, 1), "", ""]);
  }
  rows.push(["read, MB/s", fixed(big?.readMBps, 1), "", ""]);
  console.log(table(["figure", "value", "aim", "verdict"], rows));
  if (typeof big?.writeError === "string") console.log(`write not acknowledged: ${big.writeError}`);
  if (typeof big?.readError === "string") console.log(`read failed: ${big.readError}`);
  if (big === null) return;
  const memoryRows = big.writeMemory.map((write) => {
    const read = big.readMemory?.find((each) => each.name === write.name);
    const peak = Math.max(write.sampledMiB, write.hwmMiB, read?.sampledMiB ?? 0, read?.hwmMiB ?? 0);
    return [write.name, fixed(write.sampledMiB, 1), fixed(read?.sampledMiB, 1), fixed(Math.max(write.hwmMiB, read?.hwmMiB ?? 0), 1), `< ${rssAimMiB}`, verdict(peak < rssAimMiB)];
  });
  console.log("\nPeak RSS per process, MiB (sampled VmRSS every 50 ms per phase; VmHWM = the kernel's peak over the process's life)");
  console.log(table(["process", "write RSS", "read RSS", "VmHWM", "aim", "verdict"], memoryRows));
}

export function printFailover(ours: FailoverFigures | null, theirs: FailoverFigures | null): void {
  const figures = (f: FailoverFigures | null): { median: number | null; p99: number | null; count: string } => f === null
    ? { median: null, p99: null, count: "-" }
    : { median: percentile(f.samplesMs, 0.5), p99: percentile(f.samplesMs, 0.99), count: `${f.samplesMs.length}/${f.trials}` };
  const g = figures(ours);
  const e = figures(theirs);
  const medianRatio = ratio(g.median, e.median);
  const p99Ratio = ratio(g.p99, e.p99);
  console.log("\nLeader failover: SIGKILL of the leader to the next acknowledged write, ms (p99 is nearest-rank: below 100 trials, the worst one)");
  console.log(table(["figure", "ours", "etcd", "ratio", "aim", "verdict"], [
    ["median", fixed(g.median, 0), fixed(e.median, 0), fixed(medianRatio, 2), "", ""],
    ["p99", fixed(g.p99, 0), fixed(e.p99, 0), fixed(p99Ratio, 2), "<= 1", verdict(p99Ratio === null ? null : p99Ratio <= 1)],
    ["trials with an ack", g.count, e.count, "", "", ""],
  ]));
  if (typeof ours?.stoppedBy === "string") console.log(`ours stopped early: ${ours.stoppedBy}`);
  if (typeof theirs?.stoppedBy === "string") console.log(`etcd stopped early: ${theirs.stoppedBy}`);
}

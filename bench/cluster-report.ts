/**
 * The tables bench/cluster.ts prints: each figure beside what it cost (CPU of the servers and of
 * the in-process client, the syncs the servers counted themselves), etcd's where there is one,
 * and the ratio ours / etcd's. Missing figures print as "-", never as zero. The table of aims
 * that judges them is cluster-aims.ts.
 */
import { etcdSyncSelectors } from "./cluster-etcd";
import { fsyncKinds, type BigFileFigures, type FailoverFigures, type WriteCase } from "./cluster-gossamer";
import { percentile, type LoadFigures } from "./cluster-load";
import type { PhaseCost } from "./cluster-usage";

export const mebibyte = 2 ** 20;

export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(digits);
}

export function ratio(ours: number | null | undefined, theirs: number | null | undefined): number | null {
  if (ours === null || ours === undefined || theirs === null || theirs === undefined || !(theirs > 0) || !Number.isFinite(ours)) return null;
  return ours / theirs;
}

/** `value / count`, or null when either is missing or nothing was counted. */
export function per(value: number | null | undefined, count: number | null | undefined): number | null {
  if (value === null || value === undefined || count === null || count === undefined || !(count > 0)) return null;
  return value / count;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function sizeName(bytes: number): string {
  if (bytes >= 1024 * mebibyte && bytes % (1024 * mebibyte) === 0) return `${bytes / (1024 * mebibyte)} GiB`;
  if (bytes >= mebibyte) return `${bytes / mebibyte} MiB`;
  return bytes >= 1024 ? `${bytes / 1024} KiB` : `${bytes} B`;
}

/** CPU ms of the queue server alone, and of the nodes summed, in a phase. */
function cpuSplit(cost: PhaseCost): { queueMs: number | null; nodesMs: number } {
  const queueMs = cost.cpuMsByProcess.get("queue") ?? null;
  return { queueMs, nodesMs: cost.serverCpuMs - (queueMs ?? 0) };
}

/** "a+b+c" of counters per unit, each to `digits`; "-" when any is missing. */
function counterParts(cost: PhaseCost, keys: readonly string[], count: number | null, digits: number): string {
  const values = keys.map((key) => per(cost.counters.get(key), count));
  return values.some((value) => value === null) ? "-" : values.map((value) => fixed(value, digits)).join("+");
}

/** The sum of counters per unit; null when any is missing. */
export function counterTotal(cost: PhaseCost, keys: readonly string[], count: number | null): number | null {
  let total = 0;
  for (const key of keys) {
    const value = per(cost.counters.get(key), count);
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** Servers' CPU ms per acknowledged write of a load case. */
export function serverCpuPerWrite(figures: LoadFigures | undefined): number | null {
  return figures === undefined ? null : per(figures.cost.serverCpuMs, figures.acknowledged);
}

export interface SyncNames {
  /** Counter keys of one sync each, as the servers count them. */
  readonly keys: readonly string[];
  /** How many servers count them (the per-server figure divides by this). */
  readonly servers: number;
}

function writeRows(cases: readonly WriteCase[], figures: readonly LoadFigures[], syncs: SyncNames, others: readonly LoadFigures[] | null): string[][] {
  return cases.map((each, at) => {
    const g = figures[at];
    const e = others?.[at];
    if (g === undefined) return [sizeName(each.fileBytes), String(each.concurrency), "-", "-", "-", "-", "-", "-", "-", "-", "-"];
    const split = cpuSplit(g.cost);
    const perServer = g.acknowledged * syncs.servers;
    const row = [sizeName(each.fileBytes), String(each.concurrency), fixed(g.perSecond, 0), fixed(g.p50Ms, 1), fixed(g.p99Ms, 1), `${g.acknowledged}/${g.failed}`,
      fixed(per(g.cost.serverCpuMs, g.acknowledged), 2), fixed(per(split.queueMs, g.acknowledged), 2), fixed(per(split.nodesMs, g.acknowledged), 2),
      fixed(per(g.cost.clientCpuMs, g.acknowledged), 2),
      `${fixed(counterTotal(g.cost, syncs.keys, perServer), 2)} = ${counterParts(g.cost, syncs.keys, perServer, 2)}`];
    if (others !== null) row.push(fixed(ratio(g.perSecond, e?.perSecond), 2), fixed(ratio(g.p99Ms, e?.p99Ms), 2), fixed(ratio(serverCpuPerWrite(g), serverCpuPerWrite(e)), 2));
    return row;
  });
}

export function printWrites(cases: readonly WriteCase[], ours: readonly LoadFigures[] | null, theirs: readonly LoadFigures[] | null, nodes: number): void {
  if (ours !== null) {
    console.log(`\nSmall-file writes, Gossamer: uploadFile of a new file of fresh bytes, one ClientSession (one connection) per client for all its writes`);
    console.log("cpu = utime+stime per acknowledged write: servers = queue server + all nodes (from /proc/PID/stat); client = this process (the in-process");
    console.log("clients), not in the servers' sum. fsyncs = per node per write, as the nodes count them (gossamer_storage_fsyncs_total): log+chunk+directory;");
    console.log("not counted: the file registry's heartbeat on the leader (2 fsyncs a second, whatever the load; checked against strace)");
    const header = ["size", "clients", "writes/s", "p50 ms", "p99 ms", "ok/fail", "cpu ms/write: servers", "queue", "nodes", "client", "fsyncs/write/node"];
    if (theirs !== null) header.push("× etcd/s", "× etcd p99", "× etcd cpu");
    console.log(table(header, writeRows(cases, ours, { keys: fsyncKinds, servers: nodes }, theirs)));
  }
  if (theirs !== null) {
    console.log(`\nSmall-file writes, etcd: a put of a fresh value of the same size through its HTTP/JSON gateway, client i on member i mod 3`);
    console.log("servers = the three etcd members; syncs = per member per put, as etcd counts them: WAL fsyncs + backend (bbolt) commits");
    console.log(table(["size", "clients", "puts/s", "p50 ms", "p99 ms", "ok/fail", "cpu ms/put: servers", "-", "members", "client", "syncs/put/member"],
      writeRows(cases, theirs, { keys: etcdSyncSelectors.map((each) => each.key), servers: nodes }, null)));
  }
}

export interface BigRun {
  /** What differs in this run (e.g. "sealed frames"). */
  readonly label: string;
  readonly figures: BigFileFigures;
}

/** One cell per run: `pick` of each run's figures. */
function runCells(runs: readonly BigRun[], pick: (figures: BigFileFigures) => string): string[] {
  return runs.map((run) => pick(run.figures));
}

/** One row per server process: its CPU ms per MiB in the phase `cost` picks (the leader marked). */
function processRows(runs: readonly BigRun[], cost: (figures: BigFileFigures) => PhaseCost | null): string[][] {
  const names = runs[0]?.figures.writeMemory.map((each) => each.name) ?? [];
  return names.map((name) => [`  ${name}`, ...runCells(runs, (f) => {
    const value = fixed(per(cost(f)?.cpuMsByProcess.get(name), f.fileBytes / mebibyte), 1);
    return name === f.leader ? `(leader) ${value}` : value;
  })]);
}

export interface MachineLimit {
  /** dd's durable sequential write rate, MB/s. */
  readonly diskMBps: number | null;
  /** Copies of every byte the design writes to this disk. */
  readonly copies: number;
  /** What those copies are, for the reader. */
  readonly copiesText: string;
}

export function printBigFile(runs: readonly BigRun[], limit: MachineLimit, nodes: number): void {
  const first = runs[0]?.figures;
  const machineMBps = per(limit.diskMBps, limit.copies);
  console.log(`\nBig file (${first === undefined ? "-" : sizeName(first.fileBytes)}, chunks of 1 MiB, fresh bytes): written, then read to a sink that discards it (as read -o - > /dev/null)`);
  console.log(`machine limit = dd's durable sequential write (fdatasync) ${fixed(limit.diskMBps, 0)} MB/s / ${limit.copies} copies = ${fixed(machineMBps, 0)} MB/s; copies: ${limit.copiesText}`);
  if (runs.length === 0) return;
  const mib = (figures: BigFileFigures): number => figures.fileBytes / mebibyte;
  const writeSyncs = (figures: BigFileFigures): string => {
    const count = mib(figures) * nodes;
    return `${fixed(counterTotal(figures.writeCost, fsyncKinds, count), 2)} = ${counterParts(figures.writeCost, fsyncKinds, count, 2)}`;
  };
  const rows: string[][] = [
    ["write (acknowledged), MB/s", ...runCells(runs, (f) => fixed(f.writeMBps, 1))],
    ["write / machine limit", ...runCells(runs, (f) => fixed(ratio(f.writeMBps, machineMBps), 3))],
  ];
  if (runs.some((run) => run.figures.writeError !== null)) {
    rows.push(["write start to the cluster's commit (unacknowledged), MB/s", ...runCells(runs, (f) => fixed(f.committedMBps, 1))]);
  }
  rows.push(
    ["write: servers' cpu ms per MiB", ...runCells(runs, (f) => fixed(per(f.writeCost.serverCpuMs, mib(f)), 1))],
    ...processRows(runs, (f) => f.writeCost),
    ["write: client cpu ms per MiB (not in the servers')", ...runCells(runs, (f) => fixed(per(f.writeCost.clientCpuMs, mib(f)), 1))],
    ["write: servers' minor page faults per MiB", ...runCells(runs, (f) => fixed(per(f.writeCost.serverMinorFaults, mib(f)), 0))],
    ["write: fsyncs per MiB per node (log+chunk+directory)", ...runCells(runs, writeSyncs)],
    ["write: bytes to disk per byte of file (/proc/PID/io)", ...runCells(runs, (f) => fixed(per(f.writeCost.diskBytes, f.fileBytes), 2))],
    ["read, MB/s (every chunk and the whole verified)", ...runCells(runs, (f) => fixed(f.readMBps, 1))],
    ["read: servers' cpu ms per MiB", ...runCells(runs, (f) => fixed(f.readCost === null ? null : per(f.readCost.serverCpuMs, mib(f)), 1))],
    ...processRows(runs, (f) => f.readCost),
    ["read: client cpu ms per MiB (not in the servers')", ...runCells(runs, (f) => fixed(f.readCost === null ? null : per(f.readCost.clientCpuMs, mib(f)), 1))],
    ["read: servers' minor page faults per MiB", ...runCells(runs, (f) => fixed(f.readCost === null ? null : per(f.readCost.serverMinorFaults, mib(f)), 0))],
  );
  console.log(table(["figure", ...runs.map((run) => run.label)], rows));
  for (const run of runs) {
    if (run.figures.writeError !== null) console.log(`${run.label}: write not acknowledged: ${run.figures.writeError}`);
    if (run.figures.readError !== null) console.log(`${run.label}: read failed: ${run.figures.readError}`);
    const missing = [...run.figures.writeCost.missing, ...(run.figures.readCost?.missing ?? [])];
    if (missing.length > 0) console.log(`${run.label}: processes gone during a phase, left out of its sums: ${[...new Set(missing)].join(", ")}`);
  }
  const measured = first === undefined ? null : per(first.writeCost.diskBytes, first.fileBytes);
  if (measured !== null && Math.abs(measured - limit.copies) > 0.5) {
    console.log(`note: the servers sent ${measured.toFixed(2)} bytes to disk per byte written, against the ${limit.copies} copies the limit divides by`);
  }
}

/** The largest RSS a process reached in either phase of a big-file run (sampled or the kernel's peak), MiB. */
export function peakMiB(figures: BigFileFigures, name: string): number | null {
  const write = figures.writeMemory.find((each) => each.name === name);
  const read = figures.readMemory?.find((each) => each.name === name);
  if (write === undefined) return null;
  return Math.max(write.sampledMiB, write.hwmMiB, read?.sampledMiB ?? 0, read?.hwmMiB ?? 0);
}

export function printMemory(run: BigRun, runtimeFloorMiB: number | null, rssAimMiB: number): void {
  const figures = run.figures;
  console.log(`\nResident memory per process, MiB, ${run.label} (idle: VmRSS of the fresh cluster 2 s after its leader was elected;`);
  console.log("write/read: largest VmRSS sampled every 50 ms in that phase; VmHWM: the kernel's peak over the process's life;");
  console.log("anon: the same of RssAnon, the process's own memory without the executable's file pages, which are clean, read");
  console.log("back from the binary and shared by every process of it on the machine)");
  const rows = figures.writeMemory.map((write) => {
    const read = figures.readMemory?.find((each) => each.name === write.name);
    return [write.name, fixed(figures.idleMemory.get(write.name), 1), fixed(figures.idleAnonMemory.get(write.name), 1), fixed(write.sampledMiB, 1),
      fixed(write.anonMiB, 1), fixed(read?.sampledMiB, 1), fixed(read?.anonMiB, 1), fixed(Math.max(write.hwmMiB, read?.hwmMiB ?? 0), 1), `<= ${rssAimMiB}`];
  });
  rows.push(["bare Bun runtime (bun -e, idle)", fixed(runtimeFloorMiB, 1), "", "", "", "", "", "", ""]);
  console.log(table(["process", "idle", "idle anon", "write", "write anon", "read", "read anon", "VmHWM", "aim"], rows));
}

export function failoverFigures(f: FailoverFigures | null): { median: number | null; p99: number | null; count: string } {
  if (f === null) return { median: null, p99: null, count: "-" };
  return { median: percentile(f.samplesMs, 0.5), p99: percentile(f.samplesMs, 0.99), count: `${f.samplesMs.length}/${f.trials}` };
}

/** The big file with and without frame authentication (bench only), in the same run: what sealing costs. */
export function printSealingCost(sealed: BigFileFigures, unsealed: BigFileFigures): void {
  const cost = (a: number | null, b: number | null): string => (a === null || b === null || b === 0 ? "-" : `${(100 * (1 - a / b)).toFixed(1)}%`);
  console.log("\nFrame authentication (the same file with tags off, GOSSAMER_INSECURE_UNSEALED_FRAMES=1; payload digests checked either way)");
  console.log(table(["figure", "sealed", "unsealed", "cost", "aim"], [
    ["write, MB/s", fixed(sealed.writeMBps, 1), fixed(unsealed.writeMBps, 1), cost(sealed.writeMBps, unsealed.writeMBps), "< 5%"],
    ["read, MB/s", fixed(sealed.readMBps, 1), fixed(unsealed.readMBps, 1), cost(sealed.readMBps, unsealed.readMBps), "< 5%"],
  ]));
}

export function printFailover(ours: FailoverFigures | null, theirs: FailoverFigures | null): void {
  const g = failoverFigures(ours);
  const e = failoverFigures(theirs);
  console.log("\nLeader failover: SIGKILL of the leader to the next acknowledged write (a new file of fresh bytes), ms; p99 is nearest-rank: below 100 trials, the worst one");
  console.log(table(["figure", "ours", "etcd", "ratio"], [
    ["median", fixed(g.median, 0), fixed(e.median, 0), fixed(ratio(g.median, e.median), 2)],
    ["p99", fixed(g.p99, 0), fixed(e.p99, 0), fixed(ratio(g.p99, e.p99), 2)],
    ["trials with an ack", g.count, e.count, ""],
  ]));
  if (typeof ours?.stoppedBy === "string") console.log(`ours stopped early: ${ours.stoppedBy}`);
  if (typeof theirs?.stoppedBy === "string") console.log(`etcd stopped early: ${theirs.stoppedBy}`);
}

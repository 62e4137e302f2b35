/**
 * The table of aims of issue 13 ("The data path at the speed of the machine"), judged on one
 * run: each aim with the measured value, its reference measured in the same run (etcd for
 * writes and failover, dd's durable rate ÷ the copies the design writes for the big file) or
 * fixed by the issue (1 GB/s for reads, the CPU and memory budgets), the ratio, and a verdict.
 * A figure the run could not measure prints "-" and its verdict is "-", never "met".
 */
import type { LoadFigures } from "./cluster-load";
import type { FailoverFigures, WriteCase } from "./cluster-gossamer";
import { failoverFigures, fixed, peakMiB, per, ratio, serverCpuPerWrite, sizeName, table, mebibyte, type BigRun, type MachineLimit } from "./cluster-report";

/** The aims, as the issue states them. */
export const aims = {
  smallWritesPerSecondVsEtcd: 1.0,
  smallWriteP99VsEtcd: 1.0,
  mediumWritesPerSecondVsEtcd: 2.0,
  bigWriteShareOfMachine: 0.5,
  readMBps: 1_000,
  cpuMsPerMiBWritten: 10,
  cpuMsPerSmallWrite: 1.5,
  rssMiB: 64,
  failoverMedianMs: 600,
  failoverMedianVsEtcd: 0.5,
} as const;

/** The small size whose CPU per write is judged, and the size that must beat etcd twice over. */
const smallBytes = 256;
const mediumBytes = 64 << 10;

export interface AimInputs {
  readonly cases: readonly WriteCase[];
  readonly ours: readonly LoadFigures[] | null;
  readonly theirs: readonly LoadFigures[] | null;
  /** The big file as the product runs (sealed frames), or null when not run. */
  readonly big: BigRun | null;
  readonly limit: MachineLimit;
  readonly failover: FailoverFigures | null;
  readonly etcdFailover: FailoverFigures | null;
}

type Row = [measure: string, ours: string, reference: string, ratio: string, aim: string, verdict: string];

function verdict(met: boolean | null): string {
  return met === null ? "-" : met ? "met" : "NOT met";
}

/** Met when the ratio is at least (`atLeast`) or at most the aim; "-" without a ratio. */
function judged(value: number | null, aim: number, atLeast: boolean): string {
  return verdict(value === null ? null : atLeast ? value >= aim : value <= aim);
}

function writeRows(inputs: AimInputs): Row[] {
  const rows: Row[] = [];
  inputs.cases.forEach((each, at) => {
    const g = inputs.ours?.[at];
    const e = inputs.theirs?.[at];
    const clients = `${each.concurrency} client${each.concurrency === 1 ? "" : "s"}`;
    const aim = each.fileBytes === smallBytes ? aims.smallWritesPerSecondVsEtcd : each.fileBytes === mediumBytes ? aims.mediumWritesPerSecondVsEtcd : null;
    if (aim === null) return;
    const rate = ratio(g?.perSecond, e?.perSecond);
    rows.push([`${sizeName(each.fileBytes)} writes/s, ${clients}`, fixed(g?.perSecond, 0), `etcd ${fixed(e?.perSecond, 0)}`, fixed(rate, 2), `>= ${aim.toFixed(1)}`, judged(rate, aim, true)]);
    if (each.fileBytes !== smallBytes) return;
    const p99 = ratio(g?.p99Ms, e?.p99Ms);
    rows.push([`${sizeName(each.fileBytes)} p99 ms, ${clients}`, fixed(g?.p99Ms, 1), `etcd ${fixed(e?.p99Ms, 1)}`, fixed(p99, 2), `<= ${aims.smallWriteP99VsEtcd.toFixed(1)}`, judged(p99, aims.smallWriteP99VsEtcd, false)]);
  });
  return rows;
}

function bigRows(inputs: AimInputs): Row[] {
  const figures = inputs.big?.figures ?? null;
  const size = figures === null ? "big file" : sizeName(figures.fileBytes);
  const machineMBps = per(inputs.limit.diskMBps, inputs.limit.copies);
  const share = ratio(figures?.writeMBps, machineMBps);
  const read = ratio(figures?.readMBps, aims.readMBps);
  const cpuPerMiB = figures === null ? null : per(figures.writeCost.serverCpuMs, figures.fileBytes / mebibyte);
  const cpu = ratio(cpuPerMiB, aims.cpuMsPerMiBWritten);
  return [
    [`${size} write MB/s`, fixed(figures?.writeMBps, 1), `dd ${fixed(inputs.limit.diskMBps, 0)} / ${inputs.limit.copies} copies = ${fixed(machineMBps, 0)}`, fixed(share, 3), `>= ${aims.bigWriteShareOfMachine}`, judged(share, aims.bigWriteShareOfMachine, true)],
    [`${size} read MB/s, every chunk verified`, fixed(figures?.readMBps, 1), `${aims.readMBps}`, fixed(read, 3), ">= 1.0", judged(read, 1, true)],
    [`servers' cpu ms per MiB written (${size})`, fixed(cpuPerMiB, 1), `${aims.cpuMsPerMiBWritten}`, fixed(cpu, 2), "<= 1.0", judged(cpu, 1, false)],
  ];
}

function cpuPerSmallWriteRow(inputs: AimInputs): Row {
  const values = inputs.cases.flatMap((each, at) => each.fileBytes === smallBytes ? [serverCpuPerWrite(inputs.ours?.[at])] : []);
  const clients = inputs.cases.filter((each) => each.fileBytes === smallBytes).map((each) => each.concurrency).join(" / ");
  const known = values.filter((value): value is number => value !== null);
  // Judged on the worst case: an aim per write holds for every load, not on average.
  const worst = known.length === values.length && known.length > 0 ? Math.max(...known) : null;
  const worstRatio = ratio(worst, aims.cpuMsPerSmallWrite);
  return [`servers' cpu ms per ${sizeName(smallBytes)} write (${clients} clients)`, values.map((value) => fixed(value, 2)).join(" / "), `${aims.cpuMsPerSmallWrite}`,
    `${fixed(worstRatio, 2)} (worst)`, "<= 1.0", judged(worstRatio, 1, false)];
}

function memoryRow(inputs: AimInputs): Row {
  const figures = inputs.big?.figures ?? null;
  const peaks = figures === null ? [] : figures.writeMemory.map((each) => ({ name: each.name, mib: peakMiB(figures, each.name) }));
  const largest = peaks.reduce<{ name: string; mib: number } | null>((best, each) => each.mib !== null && (best === null || each.mib > best.mib) ? { name: each.name, mib: each.mib } : best, null);
  const share = ratio(largest?.mib, aims.rssMiB);
  const size = figures === null ? "big file" : sizeName(figures.fileBytes);
  return [`peak RSS MiB, largest process during the ${size}${largest === null ? "" : ` (${largest.name})`}`, fixed(largest?.mib, 1), `${aims.rssMiB}`, fixed(share, 2), "<= 1.0", judged(share, 1, false)];
}

/** The same peak without the executable's own file pages (RssAnon): shown beside the aim, not judged. */
function anonymousMemoryRow(inputs: AimInputs): Row {
  const figures = inputs.big?.figures ?? null;
  const peaks = figures === null ? [] : figures.writeMemory.map((write) => ({
    name: write.name, mib: Math.max(write.anonMiB, figures.readMemory?.find((read) => read.name === write.name)?.anonMiB ?? 0) }));
  const largest = peaks.reduce<{ name: string; mib: number } | null>((best, each) => best === null || each.mib > best.mib ? each : best, null);
  const share = ratio(largest?.mib, aims.rssMiB);
  return [`  of it anonymous (RssAnon, largest${largest === null ? "" : `: ${largest.name}`})`, fixed(largest?.mib, 1), `${aims.rssMiB}`, fixed(share, 2), "(shown)", ""];
}

function failoverRow(inputs: AimInputs): Row {
  const g = failoverFigures(inputs.failover);
  const e = failoverFigures(inputs.etcdFailover);
  const share = ratio(g.median, e.median);
  const met = share === null || g.median === null ? null : share <= aims.failoverMedianVsEtcd && g.median <= aims.failoverMedianMs;
  return ["failover median ms (kill -9 leader to next ack)", fixed(g.median, 0), `etcd ${fixed(e.median, 0)}`, fixed(share, 2),
    `<= ${aims.failoverMedianVsEtcd} and <= ${aims.failoverMedianMs} ms`, verdict(met)];
}

export function printAims(inputs: AimInputs): void {
  console.log("\nAims of issue 13, this run (ratio = ours / reference; references measured in this run, or fixed by the issue)");
  const rows: Row[] = [...writeRows(inputs), ...bigRows(inputs), cpuPerSmallWriteRow(inputs), memoryRow(inputs), anonymousMemoryRow(inputs), failoverRow(inputs)];
  console.log(table(["measure", "ours", "reference", "ratio", "aim", "verdict"], rows));
}

/**
 * What one phase of bench/cluster.ts costs the machine, read before and after the phase:
 *
 *   cpu     utime + stime of every server process (all its threads) from /proc/PID/stat, and of
 *           this process (the in-process clients) from process.cpuUsage(), kept apart; and the
 *           servers' minor page faults (minflt: a fresh buffer's first touch, which the issue's
 *           profile found costly), from the same file
 *   disk    bytes each server process sent to the storage layer, from /proc/PID/io
 *           (write_bytes less cancelled_write_bytes: a file deleted before writeback costs nothing)
 *   counts  counters the servers export on their own /metrics (the fsyncs each node counted),
 *           summed over the processes that serve them
 *
 * A phase is settled before each reading (every node applied what was committed, from the
 * same /metrics), so the work a phase caused on a lagging follower is charged to that phase
 * and not to the next one.
 */
import { readFileSync } from "node:fs";
import { assert } from "../src/lib/assert";

/** One server process a phase is charged for. */
export interface MeteredProcess {
  readonly name: string;
  readonly pid: number;
  /** Its Prometheus /metrics, or null when it has none. */
  readonly metricsUrl: string | null;
}

/** A counter to read from /metrics: the sum of every series of `metric` whose labels include `labels`. */
export interface CounterSelector {
  readonly key: string;
  readonly metric: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** Gauges that say when a Raft cluster has applied everything it committed. */
export interface SettleGauges {
  readonly committed: string;
  readonly applied: string;
}

export interface PhaseCost {
  readonly seconds: number;
  /** CPU ms of each server process, by name; null for a process that exited during the phase. */
  readonly cpuMsByProcess: ReadonlyMap<string, number | null>;
  /** CPU ms summed over the server processes that lived through the phase. */
  readonly serverCpuMs: number;
  /** Minor page faults summed over the same processes. */
  readonly serverMinorFaults: number;
  /** CPU ms of this process: the in-process clients (and the bench's own sampling). */
  readonly clientCpuMs: number;
  /** Bytes the server processes sent to the storage layer. */
  readonly diskBytes: number;
  /** Each selector's increase, summed over the processes with /metrics; null when a scrape failed. */
  readonly counters: ReadonlyMap<string, number | null>;
  /** Names of processes that were gone at the end: their figures are missing from the sums. */
  readonly missing: readonly string[];
}

/** Clock ticks per second of utime/stime (CLK_TCK): 100 on every Linux this runs on, asked once. */
const ticksPerSecond = ((): number => {
  const answer = Bun.spawnSync(["getconf", "CLK_TCK"], { stdout: "pipe", stderr: "ignore" });
  const value = Number(answer.stdout.toString().trim());
  return answer.exitCode === 0 && Number.isInteger(value) && value > 0 ? value : 100;
})();
const scrapeTimeoutMs = 2_000;
const settlePollMs = 50;
/** How long a phase waits for followers to apply what was committed before it reads anyway. */
const settleWaitMs = 5_000;

interface ProcessStat {
  /** utime + stime, ms, all threads. */
  readonly cpuMs: number;
  /** Minor page faults, all threads. */
  readonly minorFaults: number;
}

/** CPU time and page faults of a live process from /proc/PID/stat, or null once it is gone. */
export function processStat(pid: number): ProcessStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after the last
  // ')'. Field n of proc(5) is then at n - 3: minflt (10), utime (14), stime (15).
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const minorFaults = Number(fields[7]);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  assert(Number.isFinite(minorFaults) && Number.isFinite(utime) && Number.isFinite(stime), `/proc/${pid}/stat has minflt, utime and stime`);
  return { cpuMs: ((utime + stime) * 1_000) / ticksPerSecond, minorFaults };
}

/** Bytes a live process caused to be written to storage, or null once it is gone. */
export function processDiskBytes(pid: number): number | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/io`, "utf8");
  } catch {
    return null;
  }
  const written = /^write_bytes: (\d+)$/m.exec(text);
  const cancelled = /^cancelled_write_bytes: (\d+)$/m.exec(text);
  if (written === null || cancelled === null) return null;
  return Number(written[1]) - Number(cancelled[1]);
}

/** The sum of every sample of `metric` (labels a superset of `labels`) in Prometheus text format. */
export function metricSum(text: string, metric: string, labels: Readonly<Record<string, string>> = {}): number | null {
  let sum: number | null = null;
  for (const line of text.split("\n")) { // bounded by the scrape's size
    if (!line.startsWith(metric) || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match === null || match[1] !== metric) continue;
    const present = new Map([...(match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (!Object.entries(labels).every(([name, value]) => present.get(name) === value)) continue;
    sum = (sum ?? 0) + Number(match[3]);
  }
  return sum;
}

async function scrape(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(scrapeTimeoutMs) });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

interface Reading {
  readonly at: number;
  readonly stats: ReadonlyMap<string, ProcessStat | null>;
  readonly diskBytes: ReadonlyMap<string, number | null>;
  readonly clientCpuMs: number;
  readonly counters: ReadonlyMap<string, number | null>;
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/**
 * A selector's sum over the processes' scrapes: null when a scrape failed, or when no process
 * exports the metric at all (a misspelt name must not read as zero); a process that does not
 * export it (a queue server has no storage) adds nothing.
 */
function sumOver(processes: readonly MeteredProcess[], texts: readonly (string | null)[], selector: CounterSelector): number | null {
  let sum = 0;
  let exported = false;
  for (let at = 0; at < processes.length; at += 1) {
    if (processes[at]?.metricsUrl === null) continue;
    const text = texts[at];
    if (text === null || text === undefined) return null;
    const value = metricSum(text, selector.metric, selector.labels);
    if (value === null) continue;
    exported = true;
    sum += value;
  }
  return exported ? sum : null;
}

/** Charges phases to a fixed set of processes; one meter per cluster. */
export class PhaseMeter {
  constructor(
    private readonly processes: readonly MeteredProcess[],
    private readonly selectors: readonly CounterSelector[],
    private readonly settleGauges: SettleGauges | null,
  ) {
    assert(processes.length > 0, "a meter watches at least one process");
    assert(new Set(processes.map((each) => each.name)).size === processes.length, "process names are unique");
  }

  /** Settles, then reads; call `finish` on the result when the phase's work is done. */
  async begin(): Promise<{ finish(): Promise<PhaseCost> }> {
    await this.settle();
    const before = await this.read();
    return { finish: async (): Promise<PhaseCost> => {
      const seconds = (performance.now() - before.at) / 1_000;
      await this.settle();
      return this.difference(before, await this.read(), seconds);
    } };
  }

  /** Waits (bounded) until every node applied the highest commit index any node reports. */
  private async settle(): Promise<void> {
    const gauges = this.settleGauges;
    if (gauges === null) return;
    const urls = this.processes.flatMap((each) => each.metricsUrl === null ? [] : [each.metricsUrl]);
    const deadline = performance.now() + settleWaitMs;
    while (performance.now() < deadline) {
      const texts = await Promise.all(urls.map(scrape));
      const committed = texts.map((text) => text === null ? null : metricSum(text, gauges.committed));
      const applied = texts.map((text) => text === null ? null : metricSum(text, gauges.applied));
      const highest = Math.max(...committed.map((value) => value ?? 0));
      if (applied.every((value) => value === null || value >= highest)) return;
      await Bun.sleep(settlePollMs);
    }
  }

  private async read(): Promise<Reading> {
    const texts = await Promise.all(this.processes.map((each) => each.metricsUrl === null ? Promise.resolve(null) : scrape(each.metricsUrl)));
    const counters = new Map<string, number | null>();
    for (const selector of this.selectors) counters.set(selector.key, sumOver(this.processes, texts, selector));
    const usage = process.cpuUsage();
    return {
      at: performance.now(),
      stats: new Map(this.processes.map((each) => [each.name, processStat(each.pid)])),
      diskBytes: new Map(this.processes.map((each) => [each.name, processDiskBytes(each.pid)])),
      clientCpuMs: (usage.user + usage.system) / 1_000,
      counters,
    };
  }

  private difference(before: Reading, after: Reading, seconds: number): PhaseCost {
    const missing: string[] = [];
    const cpuMsByProcess = new Map<string, number | null>();
    let serverCpuMs = 0;
    let serverMinorFaults = 0;
    let diskBytes = 0;
    for (const { name } of this.processes) {
      const statBefore = before.stats.get(name);
      const statAfter = after.stats.get(name);
      const diskBefore = before.diskBytes.get(name);
      const diskAfter = after.diskBytes.get(name);
      if (!present(statBefore) || !present(statAfter) || !present(diskBefore) || !present(diskAfter)) {
        missing.push(name);
        cpuMsByProcess.set(name, null);
        continue;
      }
      cpuMsByProcess.set(name, statAfter.cpuMs - statBefore.cpuMs);
      serverCpuMs += statAfter.cpuMs - statBefore.cpuMs;
      serverMinorFaults += statAfter.minorFaults - statBefore.minorFaults;
      diskBytes += diskAfter - diskBefore;
    }
    const counters = new Map<string, number | null>();
    for (const { key } of this.selectors) {
      const first = before.counters.get(key);
      const last = after.counters.get(key);
      counters.set(key, present(first) && present(last) ? last - first : null);
    }
    return { seconds, cpuMsByProcess, serverCpuMs, serverMinorFaults, clientCpuMs: after.clientCpuMs - before.clientCpuMs, diskBytes, counters, missing };
  }
}

/**
 * What bench/cluster.ts measures of the machine and of its processes rather than of Gossamer:
 * the disk's durable sequential write rate (dd with one fdatasync, in the cluster's own dir)
 * and the resident memory of processes, sampled from /proc/PID/status.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { assert } from "../src/lib/assert";

/** How often the RSS sampler reads /proc: fine enough to catch a peak that lasts a chunk's write. */
export const rssSampleMs = 50;

function dd(args: readonly string[]): number {
  const result = Bun.spawnSync(["dd", ...args], { stderr: "pipe" });
  const text = result.stderr.toString();
  const match = /copied, ([\d.]+) s/.exec(text);
  if (result.exitCode !== 0 || match === null) throw new Error(`dd ${args.join(" ")} failed: ${text}`);
  return Number(match[1]);
}

/**
 * The disk's durable sequential write rate in MB/s (10^6 bytes), best of `repetitions`: the
 * machine is shared, and other work only ever slows a run down.
 */
export function diskSequentialMBps(dir: string, mebibytes: number, repetitions: number): number {
  assert(mebibytes >= 1, "dd writes at least 1 MiB");
  assert(repetitions >= 1, "dd runs at least once");
  const file = join(dir, "dd-sequential.bin");
  let best = 0;
  try {
    for (let run = 0; run < repetitions; run += 1) {
      const seconds = dd(["if=/dev/zero", `of=${file}`, "bs=1M", `count=${mebibytes}`, "conv=fdatasync"]);
      rmSync(file, { force: true });
      best = Math.max(best, (mebibytes * 2 ** 20) / 1e6 / seconds);
    }
  } finally {
    rmSync(file, { force: true });
  }
  return best;
}

/**
 * VmRSS and VmHWM, and VmRSS's two parts: RssAnon (the process's own memory: heap, buffers) and
 * RssFile (pages of mapped files, here mostly the executable's own code and embedded bundle:
 * clean, read back from the binary, shared by every process of that binary on the machine).
 */
interface MemoryStatus { readonly rssKiB: number; readonly hwmKiB: number; readonly anonKiB: number; readonly fileKiB: number }

/** VmRSS, VmHWM, RssAnon and RssFile of a live process, or null once it is gone. */
export function memoryStatus(pid: number): MemoryStatus | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const rss = /^VmRSS:\s+(\d+) kB$/m.exec(text);
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(text);
  const anon = /^RssAnon:\s+(\d+) kB$/m.exec(text);
  const file = /^RssFile:\s+(\d+) kB$/m.exec(text);
  if (rss === null || hwm === null || anon === null || file === null) return null;
  return { rssKiB: Number(rss[1]), hwmKiB: Number(hwm[1]), anonKiB: Number(anon[1]), fileKiB: Number(file[1]) };
}

/** VmRSS of a live process in MiB, or null once it is gone. */
export function rssMiB(pid: number): number | null {
  const status = memoryStatus(pid);
  return status === null ? null : status.rssKiB / 1024;
}

/** RssAnon of a live process in MiB, or null once it is gone. */
export function anonMiB(pid: number): number | null {
  const status = memoryStatus(pid);
  return status === null ? null : status.anonKiB / 1024;
}

export interface PeakMemory {
  readonly name: string;
  /** Largest VmRSS seen by the sampler, MiB. */
  readonly sampledMiB: number;
  /** The kernel's own peak (VmHWM) at the last sample, MiB: covers the process's whole life. */
  readonly hwmMiB: number;
  /** Largest RssAnon seen by the sampler, MiB: the process's own memory, the executable's pages apart. */
  readonly anonMiB: number;
}

/** Samples the RSS of named processes every rssSampleMs until stop(). */
export class RssSampler {
  private readonly peaks = new Map<string, { sampledKiB: number; hwmKiB: number; anonKiB: number }>();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly targets: ReadonlyMap<string, number>) {
    assert(targets.size > 0, "the sampler watches at least one process");
    for (const name of targets.keys()) this.peaks.set(name, { sampledKiB: 0, hwmKiB: 0, anonKiB: 0 });
    this.sample();
    this.timer = setInterval(() => this.sample(), rssSampleMs);
  }

  stop(): PeakMemory[] {
    clearInterval(this.timer);
    this.sample();
    return [...this.peaks].map(([name, peak]) => ({ name, sampledMiB: peak.sampledKiB / 1024, hwmMiB: peak.hwmKiB / 1024, anonMiB: peak.anonKiB / 1024 }));
  }

  private sample(): void {
    for (const [name, pid] of this.targets) {
      const status = memoryStatus(pid);
      const peak = this.peaks.get(name);
      assert(peak !== undefined, "every target has a peak record");
      if (status === null) continue;
      peak.sampledKiB = Math.max(peak.sampledKiB, status.rssKiB);
      peak.hwmKiB = Math.max(peak.hwmKiB, status.hwmKiB);
      peak.anonKiB = Math.max(peak.anonKiB, status.anonKiB);
    }
  }
}

/**
 * VmRSS of a bare Bun runtime doing nothing (`bun -e` with one timer), after `settleMs`: the
 * floor under any role's memory, since the compiled binary embeds the same runtime. The child
 * exits by itself soon after even if this process dies first.
 */
export async function idleRuntimeMiB(settleMs: number): Promise<number | null> {
  assert(settleMs > 0, "the runtime settles before it is measured");
  const child = Bun.spawn([process.execPath, "-e", `setTimeout(() => {}, ${settleMs + 5_000})`], { stdin: "ignore", stdout: "ignore", stderr: "ignore" });
  try {
    await Bun.sleep(settleMs);
    return rssMiB(child.pid);
  } finally {
    child.kill("SIGKILL");
    await child.exited;
  }
}

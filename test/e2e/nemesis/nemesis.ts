/**
 * The nemesis: a Jepsen-style run of the compiled binary. Five nodes and a queue server, each in
 * its own network namespace; client workers (each operation a `gossamer --role client` process
 * in the queue server's namespace) write new names and overwrite old ones, remove and read,
 * while a schedule drawn from the seed SIGKILLs and restarts the leader, pauses a node
 * (SIGSTOP/SIGCONT), cuts two nodes off from the other three (they still reach the queue
 * server), isolates the leader from everything, and SIGKILLs and restarts the queue server.
 * Then everything heals, every name is read once more, the nodes are stopped and their
 * storage compared. The history goes to checker.ts; the report says how long reads and writes
 * took under each kind of fault. A failing history is saved, with its seed, for a rerun.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Prng } from "../../../src/lib/prng";
import type { Digest } from "../../../src/files/digest";
import { isChunkCorrupt } from "../../../src/storage/errors";
import { openStorage } from "../../../src/storage/open";
import type { Storage } from "../../../src/storage/storage";
import { gossamerBinary } from "../../helpers/gossamer-binary";
import { withNetbed, type NetnsHost } from "../../helpers/netns";
import { NetnsCluster, netnsNodePort, netnsQueuePort, waitUntil, type ClientResult, type StatusDocument } from "../netns-cluster";
import { checkConvergence, checkHistory, type Anomaly, type Operation, type ReadOperation, type StoredFile } from "./checker";

export const faultKinds = ["kill-leader", "pause", "minority-cut", "isolate-leader", "queue-restart"] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface NemesisOptions {
  readonly seconds: number;
  readonly seed: number;
  /** Client workers running operations at once. */
  readonly workers?: number;
  readonly log?: (line: string) => void;
}

export interface FaultWindow {
  readonly kind: FaultKind;
  readonly target: string;
  readonly startMs: number;
  endMs: number;
}

export interface NemesisReport {
  readonly seed: number;
  readonly seconds: number;
  readonly history: readonly Operation[];
  readonly faults: readonly FaultWindow[];
  readonly anomalies: readonly Anomaly[];
  readonly convergence: readonly string[];
  /** One line per (fault, operation kind): how long operations took. */
  readonly latency: readonly string[];
  readonly summary: string;
  /** Where the history was saved (always, for a failed run; the data dir otherwise). */
  readonly dir: string;
}

const ids = ["n1", "n2", "n3", "n4", "n5"] as const;
const names = Array.from({ length: 10 }, (_, i) => `f${i}`);
const workersDefault = 4;
const operationTimeoutMs = 15_000;
const fileBytesMax = 150_000;
const chunkBytes = 64 << 10;
const healWaitMs = 120_000;

export async function runNemesis(options: NemesisOptions): Promise<NemesisReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const binary = await gossamerBinary();
  return await withNetbed(1 + ids.length, async (bed) => {
    const net = new NetnsCluster(bed, binary, "nemesis", "nemesis-secret");
    const [queueHost, ...nodeHosts] = bed.hosts as [NetnsHost, ...NetnsHost[]];
    const run = new Run(net, queueHost, nodeHosts, options, log);
    try {
      return await run.execute();
    } catch (error: unknown) {
      log(`nemesis: seed ${options.seed} failed before its check: ${error instanceof Error ? error.message : String(error)}; logs in ${net.dir}/logs`);
      log(await net.logTails(15));
      throw error;
    }
  });
}

class Run {
  private readonly history: Operation[] = [];
  private readonly faults: FaultWindow[] = [];
  private readonly started = performance.now();
  private readonly queues: string[];
  private readonly hostOf: Record<string, NetnsHost>;
  private nextId = 1;

  constructor(
    private readonly net: NetnsCluster,
    private readonly queueHost: NetnsHost,
    nodeHosts: readonly NetnsHost[],
    private readonly options: NemesisOptions,
    private readonly log: (line: string) => void,
  ) {
    this.queues = [net.address(queueHost, netnsQueuePort)];
    this.hostOf = Object.fromEntries(ids.map((id, i) => [id, nodeHosts[i] as NetnsHost]));
    mkdirSync(join(net.dir, "io"), { recursive: true });
  }

  async execute(): Promise<NemesisReport> {
    await this.startCluster();
    const deadline = performance.now() + this.options.seconds * 1000;
    const prng = new Prng(this.options.seed);
    const workers = Array.from({ length: this.options.workers ?? workersDefault }, (_, i) => this.worker(`w${i}`, prng.fork(), deadline));
    await Promise.all([...workers, this.nemesis(prng.fork(), deadline)]);
    this.log(`nemesis: ${this.history.length} operations under ${this.faults.length} faults; healing`);
    await this.heal();
    const finalReads = await this.finalReads();
    const stored = await this.storedFiles();
    const anomalies = checkHistory([...this.history, ...finalReads]);
    const convergence = checkConvergence(stored, finalReads);
    return this.report(anomalies, convergence, finalReads);
  }

  private now(): number {
    return Math.round(performance.now() - this.started);
  }

  private async startCluster(): Promise<void> {
    const peers = ids.map((id) => `${id}=${this.net.address(this.hostOf[id] as NetnsHost, netnsNodePort)}`).join(",");
    this.net.startQueue("queue", this.queueHost, ["--discovery-port", "0"]);
    for (const id of ids) {
      this.net.startNode({ id, host: this.hostOf[id] as NetnsHost, args: ["--peers", peers, "--queue", this.queues.join(","), "--discovery-port", "0", "--snapshot-entries", "500"] });
    }
    await waitUntil("five voters and a leader", 90_000, async () => this.allVoters(await this.status()));
  }

  private async status(): Promise<StatusDocument | null> {
    return await this.net.status(this.queueHost, this.queues);
  }

  private allVoters(status: StatusDocument | null): boolean {
    return status !== null && status.leader !== null && ids.every((id) => status.nodes.some((node) => node.id === id && node.reachable && (node.role === "leader" || node.role === "follower")));
  }

  private async client(args: readonly string[]): Promise<ClientResult> {
    return await this.net.client(this.queueHost, this.queues, [...args, "--json", "--chunk-size", String(chunkBytes), "--timeout", String(operationTimeoutMs)], operationTimeoutMs * 3);
  }

  // ------------------------------------------------------------------ workload

  private async worker(worker: string, prng: Prng, deadline: number): Promise<void> {
    // Bounded by the deadline (each operation ends within its client's timeout).
    while (performance.now() < deadline) {
      const name = prng.pick(names);
      const dice = prng.nextFloat();
      if (dice < 0.45) await this.write(worker, name, prng);
      else if (dice < 0.9) this.history.push(await this.read(worker, name));
      else await this.remove(worker, name);
    }
  }

  private async write(worker: string, name: string, prng: Prng): Promise<void> {
    const id = this.nextId++;
    const size = prng.intBetween(1, fileBytesMax);
    const words = new Uint32Array(Math.ceil(size / 4));
    for (let i = 0; i < words.length; i += 1) words[i] = prng.nextUint32();
    const bytes = new Uint8Array(words.buffer, 0, size);
    const path = join(this.net.dir, "io", `write-${id}.bin`);
    writeFileSync(path, bytes);
    const sha = sha256(bytes);
    const startMs = this.now();
    const result = await this.client(["write", path, "--name", name]);
    const endMs = this.now();
    const version = result.code === 0 ? (parseJson(result.stdout)?.version as number | undefined) ?? null : null;
    // A write that did not say ok may still commit (a timeout, a cut, a restart): unknown.
    this.history.push({ kind: "write", id, worker, name, sha, size: bytes.length, startMs, endMs, outcome: version === null ? "unknown" : "ok", version });
  }

  private async read(worker: string, name: string): Promise<ReadOperation> {
    const id = this.nextId++;
    const path = join(this.net.dir, "io", `read-${id}.bin`);
    const startMs = this.now();
    const result = await this.client(["read", name, "-o", path]);
    const endMs = this.now();
    const base = { kind: "read" as const, id, worker, name, startMs, endMs };
    if (result.code === 0) {
      const version = (parseJson(result.stdout)?.version as number | undefined) ?? null;
      return { ...base, outcome: "ok", version, sha: sha256(await Bun.file(path).bytes()) };
    }
    const code = (parseJson(result.stdout)?.error as { code?: string } | undefined)?.code;
    return { ...base, outcome: code === "not-found" ? "not-found" : "failed", version: null, sha: null };
  }

  private async remove(worker: string, name: string): Promise<void> {
    const id = this.nextId++;
    const startMs = this.now();
    const result = await this.client(["rm", name]);
    const endMs = this.now();
    const outcome = result.code === 0 ? "ok" : result.code === 1 ? "absent" : "unknown";
    this.history.push({ kind: "remove", id, worker, name, startMs, endMs, outcome });
  }

  // ------------------------------------------------------------------ faults

  private async nemesis(prng: Prng, deadline: number): Promise<void> {
    let turn = 0;
    // Bounded by the deadline; every fault ends (heals) before the next begins.
    while (performance.now() < deadline - 8_000) {
      await Bun.sleep(prng.intBetween(2_000, 4_000));
      // Each kind in turn, in an order the seed shuffles per round: every run meets all of them.
      const round = faultKinds.toSorted((a, b) => hashOf(prng.seed, turn, a) - hashOf(prng.seed, turn, b));
      const kind = round[turn % faultKinds.length] as FaultKind;
      turn += 1;
      await this.fault(kind, prng);
    }
  }

  private async fault(kind: FaultKind, prng: Prng): Promise<void> {
    const leader = (await this.status())?.leader ?? null;
    const window: FaultWindow = { kind, target: "", startMs: this.now(), endMs: 0 };
    const hold = async (min: number, max: number): Promise<void> => await Bun.sleep(prng.intBetween(min, max));
    switch (kind) {
      case "kill-leader": {
        const target = leader ?? prng.pick(ids);
        this.faults.push({ ...window, target });
        await this.net.kill(target);
        await hold(2_000, 5_000);
        this.net.restart(target);
        break;
      }
      case "pause": {
        const target = prng.pick(ids);
        this.faults.push({ ...window, target });
        this.net.pause(target);
        await hold(3_000, 6_000);
        this.net.resume(target);
        break;
      }
      case "minority-cut": {
        const first = prng.pick(ids);
        const cut = [first, prng.pick(ids.filter((id) => id !== first))];
        this.faults.push({ ...window, target: cut.join("+") });
        const rest = ids.filter((id) => !cut.includes(id)).map((id) => this.hostOf[id] as NetnsHost);
        for (const id of cut) this.net.cut(this.hostOf[id] as NetnsHost, rest);
        await hold(5_000, 10_000);
        for (const id of cut) this.net.heal(this.hostOf[id] as NetnsHost);
        break;
      }
      case "isolate-leader": {
        const target = leader ?? prng.pick(ids);
        this.faults.push({ ...window, target });
        this.net.isolate(this.hostOf[target] as NetnsHost);
        await hold(5_000, 10_000);
        this.net.heal(this.hostOf[target] as NetnsHost);
        break;
      }
      case "queue-restart": {
        this.faults.push({ ...window, target: "queue" });
        await this.net.kill("queue");
        await hold(1_000, 2_000);
        this.net.restart("queue");
        break;
      }
    }
    const recorded = this.faults.at(-1);
    if (recorded !== undefined) recorded.endMs = this.now();
    this.log(`nemesis: ${kind} ${recorded?.target ?? ""} ${recorded?.startMs ?? 0}..${recorded?.endMs ?? 0} ms`);
  }

  // ------------------------------------------------------------------ after

  /** Every fault undone; waits until five voters and a leader show, all applied to the same index. */
  private async heal(): Promise<void> {
    for (const id of ids) this.net.heal(this.hostOf[id] as NetnsHost);
    for (const name of [...ids, "queue"]) {
      if (this.net.running(name)) this.net.resume(name);
      else this.net.restart(name);
    }
    await waitUntil("the cluster healed and converged", healWaitMs, async () => {
      const status = await this.status();
      if (status === null || !this.allVoters(status)) return false;
      const applied = status.nodes.filter((node) => (ids as readonly string[]).includes(node.id)).map((node) => node.applied);
      return applied.every((value) => value === applied[0]);
    });
  }

  private async finalReads(): Promise<ReadOperation[]> {
    const reads: ReadOperation[] = [];
    for (const name of names) {
      let read = await this.read("final", name);
      // A final read must answer: the cluster is whole again.
      for (let attempt = 0; attempt < 5 && read.outcome === "failed"; attempt += 1) read = await this.read("final", name);
      reads.push(read);
    }
    return reads;
  }

  /** Stops the nodes and reads each one's storage: files, versions, digests, chunks present. */
  private async storedFiles(): Promise<Map<string, Map<string, StoredFile>>> {
    const out = new Map<string, Map<string, StoredFile>>();
    for (const id of ids) await this.net.kill(id, "SIGTERM");
    for (const id of ids) {
      const storage = await openStorage({ kind: "sqlite", dir: join(this.net.dir, id) });
      try {
        const files = new Map<string, StoredFile>();
        for (const record of await storage.listFiles("", { limit: 10_000 })) {
          let chunksMissing = 0;
          // getChunk, not hasChunk: a small file's one chunk lives with its record (inline), not in
          // the chunk store; and a chunk must also match its digest to count as present.
          for (const digest of record.chunks) if (!(await intactChunk(storage, digest))) chunksMissing += 1;
          files.set(record.name, { version: record.version, sha: record.sha256, chunksMissing });
        }
        out.set(id, files);
      } finally {
        await storage.close();
      }
    }
    return out;
  }

  private report(anomalies: readonly Anomaly[], convergence: readonly string[], finalReads: readonly ReadOperation[]): NemesisReport {
    const latency = latencyLines(this.history, this.faults);
    const count = (kind: Operation["kind"], outcome: string): number => this.history.filter((op) => op.kind === kind && op.outcome === outcome).length;
    const faultCounts = faultKinds.map((kind) => `${kind}=${this.faults.filter((fault) => fault.kind === kind).length}`).join(" ");
    const ok = anomalies.length === 0 && convergence.length === 0;
    const summary = `nemesis ${ok ? "passed" : "FAILED"}: seed=${this.options.seed} seconds=${this.options.seconds} ops=${this.history.length} ` +
      `writes ok=${count("write", "ok")} unknown=${count("write", "unknown")} reads ok=${count("read", "ok")} not-found=${count("read", "not-found")} failed=${count("read", "failed")} ` +
      `rm ok=${count("remove", "ok")} absent=${count("remove", "absent")} unknown=${count("remove", "unknown")} faults: ${faultCounts} ` +
      `anomalies=${anomalies.length} converged=${convergence.length === 0 ? "yes" : "no"}`;
    const path = join(this.net.dir, "history.json");
    writeFileSync(path, JSON.stringify({ seed: this.options.seed, seconds: this.options.seconds, faults: this.faults, history: this.history, finalReads, anomalies, convergence }, null, 1));
    return { seed: this.options.seed, seconds: this.options.seconds, history: this.history, faults: this.faults, anomalies, convergence, latency, summary, dir: this.net.dir };
  }
}

/**
 * How long operations took, by the fault under way when they began ("none": no fault): for
 * reads and writes, how many there were, how many succeeded, the median and the slowest.
 */
export function latencyLines(history: readonly Operation[], faults: readonly FaultWindow[]): string[] {
  const faultAt = (ms: number): string => faults.find((fault) => fault.startMs <= ms && ms <= fault.endMs)?.kind ?? "none";
  const lines: string[] = [];
  for (const fault of ["none", ...faultKinds]) {
    for (const kind of ["read", "write"] as const) {
      const ops = history.filter((op) => op.kind === kind && faultAt(op.startMs) === fault);
      if (ops.length === 0) continue;
      const succeeded = ops.filter((op) => op.outcome === "ok" || op.outcome === "not-found");
      const ms = succeeded.map((op) => op.endMs - op.startMs).toSorted((a, b) => a - b);
      const median = ms[Math.floor(ms.length / 2)] ?? 0;
      lines.push(`${fault.padEnd(15)} ${kind.padEnd(6)} ${String(ops.length).padStart(5)} ops, ${String(succeeded.length).padStart(5)} answered, median ${String(median).padStart(6)} ms, slowest ${String(ms.at(-1) ?? 0).padStart(6)} ms`);
    }
  }
  return lines;
}

/** The file digest the protocol defines (docs/protocol.md): SHA-256 over the digests of the chunks the writes cut. */
/** Whether the node holds `digest`'s bytes intact (in its chunk store, or inline with a small file's record). */
async function intactChunk(storage: Storage, digest: Digest): Promise<boolean> {
  try {
    return (await storage.getChunk(digest)) !== null;
  } catch (error: unknown) {
    if (isChunkCorrupt(error)) return false;
    throw error;
  }
}

function sha256(bytes: Uint8Array): string {
  const whole = createHash("sha256");
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) whole.update(createHash("sha256").update(bytes.subarray(offset, offset + chunkBytes)).digest());
  return whole.digest("hex");
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text.trim().split("\n").at(-1) ?? "");
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A stable pseudo-random rank for shuffling one round of fault kinds. */
function hashOf(seed: number, turn: number, kind: string): number {
  let hash = (seed ^ Math.imul(Math.floor(turn / faultKinds.length) + 1, 0x9e3779b1)) >>> 0;
  for (const char of kind) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/**
 * A cluster on this machine: one queue server and N nodes as separate processes of this very
 * binary, each with its own data dir under one directory, static membership on loopback.
 * The demo, the end-to-end tests and the benchmarks all start clusters through this module.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Subprocess } from "bun";
import { assert } from "../lib/assert";
import { silentLogger } from "../lib/logger";
import { connect } from "../net/channel";
import type { pb } from "../wire/proto";

export interface LocalClusterOptions {
  readonly dir: string;
  readonly command: readonly string[];
  readonly nodes?: number;
  readonly cluster?: string;
  readonly secret?: string;
  readonly chunkSize?: number;
  readonly logLevel?: "debug" | "info" | "warn" | "error";
  /** --registry for every process (default: each process's own default). */
  readonly registry?: string;
  /** More settings for every queue and node process (e.g. --snapshot-entries 20). */
  readonly extraArgs?: readonly string[];
  /** More settings for the queue server alone (e.g. --s3-listen, --client-keys). */
  readonly queueArgs?: readonly string[];
  /** Where each process's stderr goes: "inherit" to watch, "ignore", or a log file per process. */
  readonly logs?: "files" | "ignore";
  /** A backup (gossamer backup) each node is restored from (--restore) before it first starts. */
  readonly restoreFrom?: string;
  /** Turns on every process's HTTP door (health, metrics, the queue's status page) on a free loopback port. */
  readonly http?: boolean;
  /**
   * More environment variables for every process, on top of this process's own (bench/cluster.ts
   * sets GOSSAMER_INSECURE_UNSEALED_FRAMES this way). Bun.spawn hands a child the environment
   * this process started with, not later changes to process.env, so setting it there is not enough.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Mutual TLS on every port: the certificate and key every process presents, and the CA that signed it (file paths). */
  readonly tls?: { readonly cert: string; readonly key: string; readonly ca: string };
}

export interface LocalProcess {
  readonly id: string;
  readonly port: number;
  /** The HTTP door's port; null when the cluster runs without (the default). */
  readonly httpPort: number | null;
  readonly args: readonly string[];
  process: Subprocess | null;
}

export const clusterNodesMax = 9;

export class LocalCluster {
  readonly queue: LocalProcess;
  readonly nodes: LocalProcess[];
  readonly cluster: string;
  readonly secret: string;

  private constructor(private readonly options: LocalClusterOptions, queue: LocalProcess, nodes: LocalProcess[]) {
    this.queue = queue;
    this.nodes = nodes;
    this.cluster = options.cluster ?? "demo";
    this.secret = options.secret ?? "demo-secret";
  }

  static async start(options: LocalClusterOptions): Promise<LocalCluster> {
    const count = options.nodes ?? 3;
    assert(count >= 1 && count <= clusterNodesMax, `a local cluster has 1..${clusterNodesMax} nodes`);
    const ports = await freePorts(count + 1);
    const httpPorts = options.http === true ? await freePorts(count + 1) : null;
    const door = (index: number): { httpPort: number | null; http: string[] } => {
      const httpPort = httpPorts?.[index] ?? null;
      return { httpPort, http: httpPort === null ? [] : ["--http-listen", `127.0.0.1:${httpPort}`] };
    };
    const cluster = options.cluster ?? "demo";
    const secret = options.secret ?? "demo-secret";
    mkdirSync(options.dir, { recursive: true });
    // In a file, not on the command line, where `ps` would show it to every user of the machine.
    writeFileSync(secretFileOf(options.dir), `${secret}\n`, { mode: 0o600 });
    const common = ["--cluster", cluster, "--cluster-secret-file", secretFileOf(options.dir), "--discovery-port", "0", "--log-level", options.logLevel ?? "info",
      ...tlsArgs(options.tls),
      ...(options.chunkSize === undefined ? [] : ["--chunk-size", String(options.chunkSize)]),
      ...(options.registry === undefined ? [] : ["--registry", options.registry]), ...(options.extraArgs ?? [])];
    const queuePort = ports[0] as number;
    const queueDoor = door(0);
    const queue: LocalProcess = { id: "queue", port: queuePort, httpPort: queueDoor.httpPort, process: null,
      args: ["--role", "queue", ...common, "--listen", `127.0.0.1:${queuePort}`, "--data-dir", join(options.dir, "queue"), ...queueDoor.http, ...(options.queueArgs ?? [])] };
    const ids = Array.from({ length: count }, (_, i) => `n${i + 1}`);
    const peers = ids.map((id, i) => `${id}=127.0.0.1:${ports[i + 1] as number}`).join(",");
    const nodes = ids.map((id, i): LocalProcess => {
      const nodeDoor = door(i + 1);
      return { id, port: ports[i + 1] as number, httpPort: nodeDoor.httpPort, process: null,
        args: ["--role", "node", ...common, "--id", id, "--listen", `127.0.0.1:${ports[i + 1] as number}`, "--queue", `127.0.0.1:${queuePort}`,
          "--peers", peers, "--data-dir", join(options.dir, id), ...nodeDoor.http] };
    });
    const local = new LocalCluster(options, queue, nodes);
    mkdirSync(join(options.dir, "logs"), { recursive: true });
    if (options.restoreFrom !== undefined) for (const node of nodes) await restore(options.command, node, options.restoreFrom);
    local.spawn(queue);
    for (const node of nodes) local.spawn(node);
    return local;
  }

  get queueAddress(): string {
    return `127.0.0.1:${this.queue.port}`;
  }

  /** The queue server's status page, when the cluster runs with its HTTP doors on. */
  get statusPageUrl(): string | null {
    return this.queue.httpPort === null ? null : `http://127.0.0.1:${this.queue.httpPort}/`;
  }

  /** Flags a client needs to talk to this cluster. */
  clientArgs(): string[] {
    const chunk = this.options.chunkSize === undefined ? [] : ["--chunk-size", String(this.options.chunkSize)];
    return ["--queue", this.queueAddress, "--cluster", this.cluster, "--cluster-secret-file", secretFileOf(this.options.dir), ...tlsArgs(this.options.tls), ...chunk];
  }

  spawn(target: LocalProcess): void {
    assert(target.process === null || target.process.exitCode !== null || target.process.killed, `${target.id} is already running`);
    const log = this.options.logs === "ignore" ? "ignore" : Bun.file(join(this.options.dir, "logs", `${target.id}.log`));
    const env = this.options.env === undefined ? undefined : { ...process.env, ...this.options.env };
    target.process = Bun.spawn([...this.options.command, ...target.args], { stdin: "ignore", stdout: log, stderr: log, env });
  }

  async kill(target: LocalProcess, signal: "SIGKILL" | "SIGTERM" = "SIGKILL"): Promise<void> {
    const running = target.process;
    if (running === null) return;
    running.kill(signal);
    await running.exited;
  }

  async restart(target: LocalProcess): Promise<void> {
    await this.kill(target);
    this.spawn(target);
  }

  node(id: string): LocalProcess {
    const found = this.nodes.find((node) => node.id === id);
    assert(found !== undefined, `no node ${id}`);
    return found;
  }

  async status(timeoutMs = 2_000): Promise<QueueStatus | null> {
    return await queueStatus({ port: this.queue.port, secret: this.secret, cluster: this.cluster, timeoutMs, tls: this.options.tls });
  }

  /** Waits until the queue server trusts a leader (other than `not`, if given) and every other live node reports. */
  async waitForLeader(timeoutMs: number, not: string | null = null): Promise<string> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const status = await this.status();
      const leader = status?.leader ?? "";
      const leaderNode = status?.nodes?.find((node) => node.id === leader);
      if (leader !== "" && leader !== not && leaderNode?.reachable === true && leaderNode.role === "leader") return leader;
      await Bun.sleep(100);
    }
    throw new Error(`no leader${not === null ? "" : ` other than ${not}`} within ${timeoutMs} ms`);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.nodes, this.queue].map((target) => this.kill(target, "SIGTERM")));
  }

}

/** Runs a node's own command line with --restore FILE: fills its empty data dir, then exits. */
async function restore(command: readonly string[], node: LocalProcess, file: string): Promise<void> {
  const child = Bun.spawn([...command, ...node.args, "--restore", file], { stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  const [code, stderr] = await Promise.all([child.exited, new Response(child.stderr).text()]);
  if (code !== 0) throw new Error(`restoring ${node.id} from ${file} failed (exit ${code}): ${stderr.trim()}`);
}

export type QueueStatus = pb.StatusResponse & pb.StatusResponse.$Shape;

/** A queue server's `status` on this machine, asked as a client; null when it does not answer. */
export async function queueStatus(target: { port: number; secret: string; cluster: string; timeoutMs?: number; tls?: LocalClusterOptions["tls"] }): Promise<QueueStatus | null> {
  const timeoutMs = target.timeoutMs ?? 2_000;
  const tls = target.tls === undefined ? null : { cert: readFileSync(target.tls.cert, "utf8"), key: readFileSync(target.tls.key, "utf8"), ca: readFileSync(target.tls.ca, "utf8") };
  const opened = await connect({
    hostname: "127.0.0.1", port: target.port, cluster: target.cluster, credential: { kind: "admin", secret: target.secret }, tls,
    connectTimeoutMs: timeoutMs, logger: silentLogger, onEnvelope: () => undefined,
  });
  if (!opened.ok) return null;
  try {
    const response = await opened.value.request({ status: {} }, timeoutMs);
    return response.ok && response.value.body === "statusResponse" ? (response.value.statusResponse ?? null) : null;
  } finally {
    opened.value.close();
  }
}

function secretFileOf(dir: string): string {
  return join(dir, "cluster-secret");
}

function tlsArgs(tls: LocalClusterOptions["tls"]): string[] {
  return tls === undefined ? [] : ["--tls-cert", tls.cert, "--tls-key", tls.key, "--tls-ca", tls.ca];
}

/** Ports the kernel says are free now (bound to port 0, then released). */
export async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  })));
  for (const server of servers) {
    const address = server.address();
    assert(address !== null && typeof address === "object", "a listening server has an address");
    ports.push(address.port);
  }
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
}

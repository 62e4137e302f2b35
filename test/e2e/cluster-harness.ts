/**
 * End-to-end harness: a cluster of the compiled binary (one queue server, three nodes, each a
 * process on loopback) in a temp dir, the client verbs run as processes, and direct protocol
 * access for what a test must observe below the client (per-node chunk presence, raw uploads).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../../src/lib/logger";
import { connect } from "../../src/net/channel";
import type { Connection } from "../../src/net/connection";
import { LocalCluster } from "../../src/demo/local-cluster";
import { gossamerBinary } from "../helpers/gossamer-binary";

export interface ClientRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export class ClusterHarness {
  private constructor(readonly dir: string, readonly cluster: LocalCluster, private readonly binary: string) {}

  static async start(options: { nodes?: number; chunkSize?: number; cluster?: string; registry?: string; extraArgs?: string[]; http?: boolean; restoreFrom?: string;
    tls?: { cert: string; key: string; ca: string }; env?: Record<string, string> } = {}): Promise<ClusterHarness> {
    const binary = await gossamerBinary();
    const dir = mkdtempSync(join(tmpdir(), "gossamer-e2e-"));
    const cluster = await LocalCluster.start({
      dir, command: [binary], nodes: options.nodes ?? 3, chunkSize: options.chunkSize, cluster: options.cluster ?? "e2e",
      secret: `${options.cluster ?? "e2e"}-secret`, logLevel: "info", registry: options.registry, extraArgs: options.extraArgs,
      http: options.http, restoreFrom: options.restoreFrom, tls: options.tls, env: options.env,
    });
    const harness = new ClusterHarness(dir, cluster, binary);
    await cluster.waitForLeader(30_000);
    return harness;
  }

  /** Runs a client verb with this cluster's flags (`withClusterFlags` false: only --queue, as for ping, whose --cluster is its target). */
  async client(args: readonly string[], timeoutMs = 120_000, withClusterFlags = true): Promise<ClientRun> {
    const started = performance.now();
    const flags = withClusterFlags ? this.cluster.clientArgs() : ["--queue", this.cluster.queueAddress];
    const child = Bun.spawn([this.binary, "--role", "client", ...args, ...flags], { cwd: this.dir, stdin: "ignore", stdout: "pipe", stderr: "pipe" });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
    clearTimeout(timer);
    return { code, stdout, stderr, ms: performance.now() - started };
  }

  /** A connection to a node's or the queue's port, past the handshake, as an administrator. */
  async connectTo(port: number): Promise<Connection> {
    const opened = await connect({
      hostname: "127.0.0.1", port, cluster: this.cluster.cluster, credential: { kind: "admin", secret: this.cluster.secret }, tls: null,
      connectTimeoutMs: 5_000, logger: silentLogger, onEnvelope: () => undefined,
    });
    if (!opened.ok) throw opened.error;
    return opened.value;
  }

  /**
   * True when the node at `port` holds a chunk with this digest; false also when it does not
   * answer yet (a node just spawned may not listen yet: callers poll until it does).
   */
  async nodeHasChunk(port: number, digest: Uint8Array): Promise<boolean> {
    let connection: Connection;
    try {
      connection = await this.connectTo(port);
    } catch {
      return false;
    }
    try {
      const response = await connection.request({ chunkFetch: { digest } }, 10_000);
      return response.ok && response.value.body === "chunkData";
    } finally {
      connection.close();
    }
  }

  async stop(): Promise<void> {
    await this.cluster.stop();
    if (process.env.GOSSAMER_KEEP_E2E !== "1") rmSync(this.dir, { recursive: true, force: true });
  }
}

export function randomBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  return bytes;
}

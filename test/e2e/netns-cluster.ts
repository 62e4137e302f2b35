/**
 * A cluster of the compiled binary across network namespaces (test/helpers/netns.ts): each
 * queue server and each node on a host of its own address, every server's stderr kept in
 * DIR/logs/NAME.log, clients run as processes on a host of the test's choosing, and faults an
 * operator meets: SIGKILL, SIGSTOP/SIGCONT, and cuts made with iptables inside a node's own
 * namespace (never on the host's tables). Cuts drop packets silently, as a real partition
 * does: connections are not reset, they go quiet.
 */
import { spawnSync } from "bun";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { NodeStatusView } from "../../src/client/cluster-status";
import { assert } from "../../src/lib/assert";
import type { Netbed, NetnsHost } from "../helpers/netns";

const repoRoot = resolve(import.meta.dir, "..", "..");
export const netnsQueuePort = 7400;
export const netnsNodePort = 7401;

type Child = ReturnType<Netbed["run"]>;

export interface ClientResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** `status --json` as the client prints it. */
export interface StatusDocument {
  readonly leader: string | null;
  readonly term: number;
  readonly nodes: readonly NodeStatusView[];
}

export interface NodeSpec {
  readonly id: string;
  readonly host: NetnsHost;
  /** Extra flags: --bootstrap, --peers, --queue ... */
  readonly args?: readonly string[];
}

export class NetnsCluster {
  readonly dir: string;
  private readonly servers = new Map<string, { child: Child; argv: string[]; host: NetnsHost }>();

  constructor(readonly bed: Netbed, readonly binary: string, readonly cluster: string, readonly secret: string, dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), "gossamer-netns-"));
    mkdirSync(join(this.dir, "logs"), { recursive: true });
  }

  address(host: NetnsHost, port: number): string {
    return `${host.address}:${port}`;
  }

  /** A queue server on `host` (its data in DIR/NAME). */
  startQueue(name: string, host: NetnsHost, extra: readonly string[] = []): Child {
    return this.startServer(name, host, [this.binary, "--role", "queue", ...this.common(), ...this.serverLogLevel(), "--data-dir", join(this.dir, name), ...extra]);
  }

  startNode(spec: NodeSpec): Child {
    const argv = [this.binary, "--role", "node", ...this.common(), ...this.serverLogLevel(), "--id", spec.id, "--listen", `${spec.host.address}:${netnsNodePort}`,
      "--data-dir", join(this.dir, spec.id), ...(spec.args ?? [])];
    return this.startServer(spec.id, spec.host, argv);
  }

  /** Starts a stopped server again with the same arguments. */
  restart(name: string): Child {
    const server = this.server(name);
    return this.startServer(name, server.host, server.argv);
  }

  child(name: string): Child {
    return this.server(name).child;
  }

  running(name: string): boolean {
    const child = this.servers.get(name)?.child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  async kill(name: string, signal: "SIGKILL" | "SIGTERM" = "SIGKILL"): Promise<void> {
    const child = this.server(name).child;
    child.kill(signal);
    await child.exited;
  }

  pause(name: string): void {
    this.server(name).child.kill("SIGSTOP");
  }

  resume(name: string): void {
    this.server(name).child.kill("SIGCONT");
  }

  /** Removes a server's data directory (it must be stopped). */
  wipe(name: string): void {
    assert(!this.running(name), "wipe only a stopped server");
    rmSync(join(this.dir, name), { recursive: true, force: true });
  }

  /** Runs a client verb on `host` against the given queue server addresses. */
  async client(host: NetnsHost, queues: readonly string[], args: readonly string[], timeoutMs = 60_000): Promise<ClientResult> {
    const started = performance.now();
    const child = this.bed.run(host, [this.binary, "--role", "client", "--cluster", this.cluster, "--cluster-secret", this.secret,
      "--queue", queues.join(","), ...args], { cwd: this.dir });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
    clearTimeout(timer);
    return { code, stdout, stderr, ms: performance.now() - started };
  }

  async status(host: NetnsHost, queues: readonly string[]): Promise<StatusDocument | null> {
    const result = await this.client(host, queues, ["status", "--json", "--timeout", "5000"], 15_000);
    if (result.stdout.trim() === "") return null;
    try {
      const document = JSON.parse(result.stdout) as Partial<StatusDocument>;
      // Under --json a failure is one {"error": ...} object instead.
      return Array.isArray(document.nodes) ? (document as StatusDocument) : null;
    } catch {
      return null;
    }
  }

  /** Drops every packet between `host` and each of `others`, both ways, inside `host`'s namespace. */
  cut(host: NetnsHost, others: readonly NetnsHost[]): void {
    for (const other of others) {
      iptables(host, ["-A", "INPUT", "-s", other.address, "-j", "DROP"]);
      iptables(host, ["-A", "OUTPUT", "-d", other.address, "-j", "DROP"]);
    }
  }

  /** Drops everything that leaves or enters `host` over the bridge (loopback keeps working). */
  isolate(host: NetnsHost): void {
    iptables(host, ["-A", "INPUT", "-i", "e0", "-j", "DROP"]);
    iptables(host, ["-A", "OUTPUT", "-o", "e0", "-j", "DROP"]);
  }

  heal(host: NetnsHost): void {
    iptables(host, ["-F", "INPUT"]);
    iptables(host, ["-F", "OUTPUT"]);
  }

  async log(name: string): Promise<string> {
    const file = Bun.file(join(this.dir, "logs", `${name}.log`));
    return (await file.exists()) ? await file.text() : "";
  }

  /** The last lines of every server's log, debug lines left out: printed when a test fails. */
  async logTails(lines = 30): Promise<string> {
    const parts: string[] = [];
    for (const name of readdirSync(join(this.dir, "logs")).sort()) {
      const text = (await Bun.file(join(this.dir, "logs", name)).text()).trim().split("\n").filter((line) => !line.includes('"debug"'));
      parts.push(`== ${name}\n${text.slice(-lines).join("\n")}`);
    }
    return parts.join("\n");
  }

  private common(): string[] {
    return ["--cluster", this.cluster, "--cluster-secret", this.secret];
  }

  /** Servers log at debug level with GOSSAMER_TEST_SERVER_DEBUG=1 (to see why a test failed). */
  private serverLogLevel(): string[] {
    return process.env.GOSSAMER_TEST_SERVER_DEBUG === "1" ? ["--log-level", "debug"] : [];
  }

  private server(name: string): { child: Child; argv: string[]; host: NetnsHost } {
    const server = this.servers.get(name);
    assert(server !== undefined, `server ${name} was started`);
    return server;
  }

  private startServer(name: string, host: NetnsHost, argv: string[]): Child {
    assert(!this.running(name), `${name} is not running already`);
    const log = join(this.dir, "logs", `${name}.log`);
    const child = this.bed.run(host, ["sh", "-c", `exec "$@" 2>>"${log}" >/dev/null`, "sh", ...argv], { cwd: repoRoot });
    this.servers.set(name, { child, argv, host });
    return child;
  }
}

function iptables(host: NetnsHost, args: readonly string[]): void {
  const result = spawnSync(["ip", "netns", "exec", host.namespace, "iptables", "-w", ...args], { stdout: "pipe", stderr: "pipe" });
  if (result.exitCode !== 0) throw new Error(`iptables ${args.join(" ")} in ${host.namespace} failed: ${result.stderr.toString().trim()}`);
}

/** Polls `check` every 250 ms until it holds; throws naming `what` after `timeoutMs`. Returns the ms it took. */
export async function waitUntil(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await Bun.sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** The voters a node's log says it last applied ("membership.changed"), or null when it logged none. */
export function lastVoters(log: string): string[] | null {
  let voters: string[] | null = null;
  for (const line of log.split("\n")) {
    if (!line.includes("membership.changed")) continue;
    try {
      voters = ((JSON.parse(line) as { voters?: string[] }).voters ?? []).toSorted();
    } catch {
      continue;
    }
  }
  return voters;
}

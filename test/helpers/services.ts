/**
 * Private test services: a MariaDB and a Redis started from their binaries into a fresh temp
 * dir on a free loopback port, owned by the test that started them and stopped by their own
 * pid. Tests never use the machine's system services: the Debian MariaDB lets root in only
 * through its unix socket, and a shared server would let parallel suites see each other.
 *
 * The policy for an absent binary lives in one place, `serviceGate`: the test is skipped with
 * one line naming what to install, unless GOSSAMER_REQUIRE_SERVICES=1 (CI), where absence is a
 * failure.
 */
import { spawn, type Subprocess } from "bun";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mysql from "mysql2/promise";
import Redis, { type RedisOptions } from "ioredis";
import { assert } from "../../src/lib/assert";

/** A started server has this long to answer its first query; MariaDB takes ~1 s unloaded. */
export const serviceReadyMs = 30_000;
/** Poll interval while waiting for readiness. */
export const serviceReadyPollMs = 50;
/** After SIGTERM a server has this long to exit before it gets SIGKILL. */
export const serviceStopMs = 15_000;
/** mariadb-install-db writes the system tables; on a loaded machine it may take several seconds. */
export const mariaDbInstallMs = 60_000;
assert(serviceReadyPollMs < serviceReadyMs, "readiness is polled more than once");

/** Servers a test starts, and tools it runs (promtool checks metrics, chromium loads the status page). */
export type ServiceName = "mariadb" | "redis" | "promtool" | "chromium";

export type ServiceGate = { readonly run: true } | { readonly run: false; readonly reason: string };

export interface RunningService {
  readonly host: string;
  readonly port: number;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface RunningMariaDb extends RunningService {
  readonly user: "root";
  /** SIGKILLs the server, waits `downMs`, starts it again on the same port and data dir. */
  crashAndRestart(downMs: number): Promise<void>;
}

const binaryDirs = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"];

const binariesOf: Record<ServiceName, readonly string[]> = {
  mariadb: ["mariadb-install-db", "mariadbd"],
  redis: ["redis-server"],
  promtool: ["promtool"],
  chromium: ["chromium"],
};

const packageOf: Record<ServiceName, string> = { mariadb: "mariadb-server", redis: "redis-server", promtool: "prometheus", chromium: "chromium" };

/** Finds a binary on PATH, then in the usual system dirs (root's PATH may lack /usr/sbin). */
export function findBinary(name: string): string | null {
  const onPath = Bun.which(name);
  if (onPath !== null) return onPath;
  for (const dir of binaryDirs) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function servicesRequired(): boolean {
  return process.env.GOSSAMER_REQUIRE_SERVICES === "1";
}

/**
 * Whether a test that needs `service` runs. Absent binaries skip the test with one line that
 * names the package; with GOSSAMER_REQUIRE_SERVICES=1 absence throws, so the suite fails.
 */
export function serviceGate(service: ServiceName): ServiceGate {
  const missing = binariesOf[service].filter((name) => findBinary(name) === null);
  if (missing.length === 0) return { run: true };
  const reason = `${service} tests skipped: ${missing.join(", ")} not found; ` +
    `install it with \`apt-get install ${packageOf[service]}\``;
  if (servicesRequired()) throw new Error(`${reason} (GOSSAMER_REQUIRE_SERVICES=1 makes this a failure)`);
  console.warn(reason);
  return { run: false, reason };
}

/** A free TCP port on loopback: bind port 0, read what the kernel chose, release it. */
export async function freePort(): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("no port from listen(0)"));
        return;
      }
      const port = address.port;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts TCP connections on host:port right now. */
export async function portOpen(host: string, port: number): Promise<boolean> {
  return await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Whether a process with this pid exists (signal 0 probes without sending anything). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    if (error instanceof Error && "code" in error && error.code === "EPERM") return true;
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(what: string, limitMs: number, probe: () => Promise<boolean>,
  exited: () => boolean): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (let attempt = 0; Date.now() < deadline; attempt += 1) {
    if (exited()) throw new Error(`${what}: the process exited before it was ready`);
    if (await probe()) return;
    await sleep(serviceReadyPollMs);
  }
  throw new Error(`${what}: not ready after ${limitMs} ms`);
}

/** SIGTERM, bounded wait, then SIGKILL; resolves once the process has been reaped. */
async function stopProcess(child: Subprocess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timedOut = await Promise.race([
    child.exited.then(() => false),
    sleep(serviceStopMs).then(() => true),
  ]);
  if (timedOut) {
    child.kill("SIGKILL");
    await child.exited;
  }
}

async function readStderr(child: Subprocess): Promise<string> {
  const stream = child.stderr;
  if (stream === undefined || stream === null || typeof stream === "number") return "";
  return await new Response(stream).text();
}

async function installMariaDb(installDb: string, dir: string): Promise<void> {
  const install = spawn([installDb, "--no-defaults", `--datadir=${join(dir, "data")}`, "--user=root",
    "--auth-root-authentication-method=normal", "--skip-test-db"], { stdout: "ignore", stderr: "pipe" });
  const timer = setTimeout(() => install.kill("SIGKILL"), mariaDbInstallMs);
  const stderr = await readStderr(install);
  const code = await install.exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`mariadb-install-db exited ${code}: ${stderr.slice(-2000)}`);
}

export async function startMariaDb(): Promise<RunningMariaDb> {
  const installDb = findBinary("mariadb-install-db");
  const server = findBinary("mariadbd");
  if (installDb === null || server === null) throw new Error("mariadb-install-db or mariadbd not found");
  const dir = mkdtempSync(join(tmpdir(), "gossamer-mariadb-"));
  const host = "127.0.0.1";
  try {
    await installMariaDb(installDb, dir);
    const port = await freePort();
    const argv = [server, "--no-defaults", `--datadir=${join(dir, "data")}`, "--user=root",
      `--bind-address=${host}`, `--port=${port}`, `--socket=${join(dir, "sock")}`,
      `--pid-file=${join(dir, "pid")}`, "--innodb-buffer-pool-size=64M", "--skip-name-resolve",
      "--max-allowed-packet=64M"];
    const launch = async (): Promise<Subprocess> => {
      const child = spawn(argv, { stdout: "ignore", stderr: "ignore" });
      const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
      try {
        await waitUntil(`mariadbd on port ${port}`, serviceReadyMs, async () => await mariaDbAnswers(host, port), exited);
      } catch (error: unknown) {
        await stopProcess(child);
        throw error;
      }
      return child;
    };
    let child = await launch();
    return {
      host, port, user: "root", url: `mysql://root@${host}:${port}/`,
      get pid(): number { return child.pid; },
      stop: async (): Promise<void> => {
        await stopProcess(child);
        rmSync(dir, { recursive: true, force: true });
      },
      crashAndRestart: async (downMs: number): Promise<void> => {
        child.kill("SIGKILL");
        await child.exited;
        await sleep(downMs);
        child = await launch();
      },
    };
  } catch (error: unknown) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function mariaDbAnswers(host: string, port: number): Promise<boolean> {
  let connection: mysql.Connection | null = null;
  try {
    connection = await mysql.createConnection({ host, port, user: "root", connectTimeout: 2_000 });
    const [rows] = await connection.query("SELECT 1 AS one");
    return Array.isArray(rows) && rows.length === 1;
  } catch {
    return false;
  } finally {
    if (connection !== null) await connection.end().catch(() => undefined);
  }
}

/** Whether a Redis server reached with `options` (address, login, TLS) answers PING; never throws. */
export async function redisAnswers(options: RedisOptions): Promise<boolean> {
  const client = new Redis({ ...options, lazyConnect: true, maxRetriesPerRequest: 0,
    retryStrategy: () => null, enableOfflineQueue: false });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * A private redis-server. `extraArgs` add settings (an ACL user, a TLS port); `ready` replaces
 * the default readiness check (a PING on the plain port, which needs no password).
 */
export async function startRedis(options: { readonly extraArgs?: readonly string[]; readonly ready?: (port: number) => Promise<boolean> } = {}): Promise<RunningService> {
  const server = findBinary("redis-server");
  if (server === null) throw new Error("redis-server not found");
  const host = "127.0.0.1";
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "gossamer-redis-"));
  const child = spawn([server, "--port", String(port), "--bind", host, "--save", "", "--appendonly", "no",
    "--daemonize", "no", "--dir", dir, ...(options.extraArgs ?? [])], { stdout: "ignore", stderr: "ignore" });
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  try {
    await waitUntil(`redis-server on port ${port}`, serviceReadyMs, async () => await (options.ready ?? ((p: number) => redisAnswers({ host, port: p })))(port), exited);
  } catch (error: unknown) {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const stop = async (): Promise<void> => {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  return { host, port, url: `redis://${host}:${port}`, pid: child.pid, stop };
}

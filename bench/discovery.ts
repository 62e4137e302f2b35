/**
 * Time from a node's start to being a voter, when it finds the cluster by discovery: a queue
 * server with its discovery server on a free UDP port, a founder, then nodes started one at a
 * time with no addresses but the cluster id and secret (their broadcast reaches the queue
 * server on this host). Prints each join's time and the median and maximum.
 *
 *   bun run bench/discovery.ts [--nodes 4]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Subprocess } from "bun";
import { freePorts, queueStatus } from "../src/demo/local-cluster";

const nodesArg = process.argv.indexOf("--nodes");
const joiners = nodesArg > 0 ? Number(process.argv[nodesArg + 1]) : 4;
if (!Number.isInteger(joiners) || joiners < 1 || joiners > 8) throw new Error("--nodes takes 1 to 8");
const cluster = "bench";
const secret = "bench-secret";
const voterWaitMs = 60_000;
const command = [process.execPath, join(import.meta.dir, "..", "src", "main.ts")];
const dir = mkdtempSync(join(tmpdir(), "gossamer-bench-discovery-"));
const processes: Subprocess[] = [];

async function roles(queuePort: number): Promise<Map<string, string>> {
  const status = await queueStatus({ port: queuePort, secret, cluster });
  return new Map((status?.nodes ?? []).map((node) => [node.id ?? "", node.role ?? ""]));
}

function start(args: string[]): void {
  processes.push(Bun.spawn([...command, ...args, "--cluster", cluster, "--cluster-secret", secret, "--log-level", "warn"], { stdout: "ignore", stderr: "inherit" }));
}

async function timeToVoter(queuePort: number, discoveryPort: number, id: string, port: number, extra: string[] = []): Promise<number> {
  const started = performance.now();
  start(["--role", "node", "--id", id, "--listen", `127.0.0.1:${port}`, "--queue", `127.0.0.1:${queuePort}`, "--discovery-port", String(discoveryPort),
    "--broadcast-address", "127.0.0.1", "--data-dir", join(dir, id), ...extra]);
  while (performance.now() - started < voterWaitMs) {
    const role = (await roles(queuePort)).get(id);
    if (role === "follower" || role === "leader") return performance.now() - started;
    await Bun.sleep(20);
  }
  throw new Error(`${id} was not a voter within ${voterWaitMs} ms`);
}

try {
  const [queuePort = 0, discoveryPort = 0, ...nodePorts] = await freePorts(joiners + 3);
  start(["--role", "queue", "--listen", `127.0.0.1:${queuePort}`, "--discovery-port", String(discoveryPort), "--data-dir", join(dir, "queue")]);
  await Bun.sleep(500);
  const founder = await timeToVoter(queuePort, discoveryPort, "n1", nodePorts[0] ?? 0, ["--bootstrap"]);
  console.log(`founder n1: leader of a new cluster after ${founder.toFixed(0)} ms (includes its first election)`);
  const joins: number[] = [];
  for (let i = 0; i < joiners; i += 1) {
    const ms = await timeToVoter(queuePort, discoveryPort, `n${i + 2}`, nodePorts[i + 1] ?? 0);
    joins.push(ms);
    console.log(`n${i + 2}: start -> voter in ${ms.toFixed(0)} ms`);
  }
  const sorted = [...joins].sort((a, b) => a - b);
  console.log(`joins: ${joins.length}, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms (process start included)`);
} finally {
  for (const child of processes) child.kill("SIGTERM");
  await Promise.all(processes.map((child) => child.exited));
  rmSync(dir, { recursive: true, force: true });
}

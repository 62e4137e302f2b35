/**
 * A queue server restarted beside a running cluster must not let a node that asks to join in
 * the next instant found a second cluster: the existing nodes (here paused for a moment) have
 * not polled the new queue server yet. The queue server remembers the members (its
 * cluster.json) and a node without --bootstrap never founds, so the new node joins the
 * existing cluster once it is back, and one leader shows.
 * On loopback, with discovery datagrams sent to 127.0.0.1 on a free port.
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Subprocess } from "bun";
import { freePorts, queueStatus } from "../../src/demo/local-cluster";
import { gossamerBinary } from "../helpers/gossamer-binary";

const cluster = "restartc";
const secret = "restart-secret";
const processes: Subprocess[] = [];
afterAll(async () => {
  for (const child of processes) child.kill("SIGKILL");
  await Promise.all(processes.map((child) => child.exited));
});

async function roles(queuePort: number): Promise<Map<string, string>> {
  const status = await queueStatus({ port: queuePort, secret, cluster });
  return new Map((status?.nodes ?? []).map((node) => [node.id ?? "", node.role ?? ""]));
}

async function waitVoters(queuePort: number, ids: string[]): Promise<Map<string, string>> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const current = await roles(queuePort);
    if (ids.every((id) => current.get(id) === "leader" || current.get(id) === "follower")) return current;
    await Bun.sleep(250);
  }
  throw new Error(`not all of ${ids.join(", ")} became voters`);
}

test("a node joining right after a queue server restart joins the existing cluster", async () => {
  const binary = await gossamerBinary();
  const dir = mkdtempSync(join(tmpdir(), "gossamer-discovery-restart-"));
  const [queuePort = 0, discoveryPort = 0, ...ports] = await freePorts(6);
  const common = ["--cluster", cluster, "--cluster-secret", secret, "--discovery-port", String(discoveryPort), "--log-level", "warn"];
  const queueArgs = [binary, "--role", "queue", ...common, "--listen", `127.0.0.1:${queuePort}`, "--data-dir", join(dir, "queue")];
  const node = (id: string, port: number, extra: string[] = []): Subprocess => Bun.spawn([binary, "--role", "node", ...common, "--id", id, "--listen", `127.0.0.1:${port}`,
    "--queue", `127.0.0.1:${queuePort}`, "--broadcast-address", "127.0.0.1", "--data-dir", join(dir, id), ...extra], { stdout: "ignore", stderr: "ignore" });
  let queue = Bun.spawn(queueArgs, { stdout: "ignore", stderr: "ignore" });
  processes.push(queue);
  const a = node("a", ports[0] ?? 0, ["--bootstrap"]);
  processes.push(a);
  await waitVoters(queuePort, ["a"]);
  const b = node("b", ports[1] ?? 0);
  processes.push(b);
  await waitVoters(queuePort, ["a", "b"]);

  // The existing nodes are slow to reach the new queue server (paused for 2.5 s); meanwhile
  // a new node asks to join.
  a.kill("SIGSTOP");
  b.kill("SIGSTOP");
  queue.kill("SIGKILL");
  await queue.exited;
  queue = Bun.spawn(queueArgs, { stdout: "ignore", stderr: "ignore" });
  processes.push(queue);
  await Bun.sleep(800);
  processes.push(node("c", ports[2] ?? 0));
  await Bun.sleep(1_700);
  a.kill("SIGCONT");
  b.kill("SIGCONT");
  const final = await waitVoters(queuePort, ["a", "b", "c"]);
  expect([...final.values()].filter((role) => role === "leader")).toHaveLength(1);

  // --bootstrap where the queue server knows the cluster's members: refused, exit 1, naming them.
  const second = Bun.spawn([binary, "--role", "node", ...common, "--id", "d", "--listen", `127.0.0.1:${ports[3] ?? 0}`, "--queue", `127.0.0.1:${queuePort}`,
    "--broadcast-address", "127.0.0.1", "--data-dir", join(dir, "d"), "--bootstrap"], { stdout: "ignore", stderr: "pipe" });
  processes.push(second);
  const [code, stderr] = await Promise.all([second.exited, new Response(second.stderr).text()]);
  expect(code).toBe(1);
  expect(stderr).toContain("was founded already");
  expect(stderr).toMatch(/members [abc], [abc], [abc]/);
}, 180_000);

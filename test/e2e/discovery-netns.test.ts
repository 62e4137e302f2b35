/**
 * Cold-start discovery across hosts with their own addresses (network namespaces on a bridge,
 * as root; skipped with a reason otherwise, a failure under GOSSAMER_REQUIRE_SERVICES=1). The
 * queue server runs in one namespace, three nodes in three others, started with nothing but
 * the cluster id and secret (and --bootstrap for the first): they broadcast Add_Node_Request to
 * 255.255.255.255:8888, the first founds the cluster, the others join as learners and are promoted. A file written
 * through the queue server is then held by every node. A fourth node started later joins,
 * catches up on the data already written, and is promoted (the test prints how long that
 * took). A node restarted with its data rejoins as itself. A node with the wrong secret and a
 * burst of random datagrams change nothing, and every server keeps running.
 */
import { describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { netnsGate, withNetbed, type Netbed, type NetnsHost } from "../helpers/netns";
import { gossamerBinary } from "../helpers/gossamer-binary";

const gate = netnsGate();
const repoRoot = resolve(import.meta.dir, "..", "..");
const cluster = "netc";
const secret = "netns-secret";
const waitMs = 60_000;

interface Status {
  leader: string | null;
  nodes: { id: string; address: string; role: string; reachable: boolean; applied: number }[];
}

async function output(child: ReturnType<Netbed["run"]>): Promise<{ code: number; stdout: string; stderr: string }> {
  const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
  return { code, stdout, stderr };
}

async function client(bed: Netbed, host: NetnsHost, binary: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return await output(bed.run(host, [binary, "--role", "client", "--cluster", cluster, "--cluster-secret", secret, "--queue", "127.0.0.1:7400", ...args], { cwd: repoRoot }));
}

async function status(bed: Netbed, host: NetnsHost, binary: string): Promise<Status | null> {
  const result = await client(bed, host, binary, ["status", "--json"]);
  return result.code === 0 ? (JSON.parse(result.stdout) as Status) : null;
}

async function waitFor(what: string, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < waitMs) {
    if (await check()) return performance.now() - started;
    await Bun.sleep(250);
  }
  throw new Error(`${what}: not within ${waitMs} ms`);
}

/** Starts a server process in a namespace; its log goes to DIR/logs/NAME.log (shown if the test fails). */
function startServer(bed: Netbed, host: NetnsHost, dir: string, name: string, argv: string[]): ReturnType<Netbed["run"]> {
  const log = join(dir, "logs", `${name}.log`);
  return bed.run(host, ["sh", "-c", `exec "$@" 2>>"${log}"`, "sh", ...argv], { cwd: repoRoot });
}

function startNode(bed: Netbed, host: NetnsHost, binary: string, dir: string, id: string, nodeSecret = secret, extra: string[] = []): ReturnType<Netbed["run"]> {
  return startServer(bed, host, dir, id, [binary, "--role", "node", "--cluster", cluster, "--cluster-secret", nodeSecret, "--id", id, "--data-dir", join(dir, id), ...extra]);
}

async function logTails(dir: string): Promise<string> {
  const { readdirSync } = await import("node:fs");
  const parts: string[] = [];
  for (const name of readdirSync(join(dir, "logs"))) {
    const lines = (await Bun.file(join(dir, "logs", name)).text()).trim().split("\n").filter((line) => !line.includes('"debug"'));
    parts.push(`== ${name}\n${lines.slice(-25).join("\n")}`);
  }
  return parts.join("\n");
}

describe.skipIf(!gate.run)("discovery across network namespaces", () => {
  test("three nodes find the cluster by broadcast, a fourth joins later and catches up, bad actors change nothing", async () => {
    const binary = await gossamerBinary();
    const dir = (await import("node:fs")).mkdtempSync(join((await import("node:os")).tmpdir(), "gossamer-netns-"));
    (await import("node:fs")).mkdirSync(join(dir, "logs"));
    await withNetbed(6, async (bed) => {
     try {
      const [queueHost, h1, h2, h3, h4, rogue] = bed.hosts as [NetnsHost, NetnsHost, NetnsHost, NetnsHost, NetnsHost, NetnsHost];
      const queue = startServer(bed, queueHost, dir, "queue", [binary, "--role", "queue", "--cluster", cluster, "--cluster-secret", secret, "--data-dir", join(dir, "queue")]);
      await Bun.sleep(500);
      const nodes = [startNode(bed, h1, binary, dir, "n1", secret, ["--bootstrap"]), startNode(bed, h2, binary, dir, "n2"), startNode(bed, h3, binary, dir, "n3")];
      const voters = async (ids: string[]): Promise<boolean> => {
        const current = await status(bed, queueHost, binary);
        return current?.leader !== null && current?.leader !== undefined && ids.every((id) => {
          const node = current.nodes.find((candidate) => candidate.id === id);
          return node !== undefined && node.reachable && (node.role === "leader" || node.role === "follower");
        });
      };
      await waitFor("three voters and a leader", () => voters(["n1", "n2", "n3"]));

      // A node with the wrong secret and random datagrams: nothing joins, everything keeps running.
      const rogueNode = startNode(bed, rogue, binary, dir, "rogue", "not-the-secret");
      const noise = bed.run(rogue, [process.execPath, "-e", `
        const s = await Bun.udpSocket({}); s.setBroadcast(true);
        for (let i = 0; i < 200; i++) { const b = new Uint8Array(1 + (i * 37) % 700); crypto.getRandomValues(b); s.send(b, 8888, "255.255.255.255"); }
        await Bun.sleep(200); s.close();`]);
      expect((await output(noise)).code).toBe(0);

      const bytes = new Uint8Array(3 * (1 << 20) + 17);
      for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
      await Bun.write(join(dir, "f.bin"), bytes);
      const written = await client(bed, queueHost, binary, ["write", join(dir, "f.bin"), "--name", "f.bin"]);
      expect(written.stderr).toBe("");
      expect(written.code).toBe(0);
      const digests: string[] = [];
      for (let offset = 0; offset < bytes.length; offset += 1 << 20) digests.push(createHash("sha256").update(bytes.subarray(offset, offset + (1 << 20))).digest("hex"));

      const started = performance.now();
      nodes.push(startNode(bed, h4, binary, dir, "n4"));
      await waitFor("the fourth node promoted to voter", () => voters(["n1", "n2", "n3", "n4"]));
      console.log(`discovery: the fourth node was a voter ${Math.round(performance.now() - started)} ms after it started`);

      const current = await status(bed, queueHost, binary);
      const addresses = (current?.nodes ?? []).filter((node) => node.id !== "rogue").map((node) => node.address);
      expect(addresses).toHaveLength(4);
      expect(current?.nodes.some((node) => node.id === "rogue")).toBe(false);
      await waitFor("every node holds every chunk", async () => {
        const check = await output(bed.run(queueHost, [process.execPath, join(import.meta.dir, "fixtures", "chunks-present.ts"), JSON.stringify({ nodes: addresses, digests, secret, cluster })], { cwd: repoRoot }));
        const present = JSON.parse(check.stdout.trim() || "{}") as Record<string, number>;
        return addresses.every((address) => present[address] === digests.length);
      });
      // A node restarted with its data rejoins as itself (no discovery: it has a log).
      const restarted = nodes[1];
      if (restarted === undefined) throw new Error("n2 runs");
      restarted.kill("SIGKILL");
      await restarted.exited;
      await waitFor("n2 seen down", async () => (await status(bed, queueHost, binary))?.nodes.find((node) => node.id === "n2")?.reachable === false);
      nodes[1] = startNode(bed, h2, binary, dir, "n2");
      await waitFor("n2 back as a voter after its restart", async () => {
        const now = await status(bed, queueHost, binary);
        const n2 = now?.nodes.find((node) => node.id === "n2");
        // n2 may well lead again (it may have been the leader that was killed).
        return n2 !== undefined && n2.reachable && (n2.role === "follower" || n2.role === "leader") &&
          n2.applied >= (now?.nodes.find((node) => node.id === now.leader)?.applied ?? Infinity);
      });

      const read = await client(bed, queueHost, binary, ["read", "f.bin", "-o", join(dir, "f.out")]);
      expect(read.code).toBe(0);
      expect(Buffer.compare(new Uint8Array(await Bun.file(join(dir, "f.out")).arrayBuffer()), bytes)).toBe(0);
      for (const child of [queue, ...nodes, rogueNode]) expect(child.exitCode).toBeNull();
     } catch (error: unknown) {
      console.error(`logs of the servers (${dir}/logs):\n${await logTails(dir)}`);
      throw error;
     }
    });
  }, 240_000);
});

/**
 * Available on the majority side. Five nodes and a queue server, each in its own network
 * namespace (static --peers), cut apart with iptables inside the nodes' namespaces (packets
 * dropped silently, as in a real partition).
 *
 * 1. Two followers are cut off from the other three nodes but still reach the queue server
 *    (the partition straddles it). Every read completes, quickly, while the cut lasts: the cut
 *    followers stop hearing from the leader, stop taking reads and hand back any they hold
 *    (before, 5 of 12 reads timed out after 10 s). Writes go on meanwhile. After 30 s the cut
 *    heals; the two followers catch up within a few seconds (before, they sat 14 s as
 *    pre-candidates, their connection to the leader in TCP retransmission backoff), and reads
 *    stay fast. The test prints how long catching up took.
 * 2. A node isolated from everything is shown unreachable by `status` within a few seconds,
 *    and reachable again once it is back; reads do not wait for it.
 *
 * Skipped without root (a failure under GOSSAMER_REQUIRE_SERVICES=1).
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { gossamerBinary } from "../helpers/gossamer-binary";
import { netnsGate, withNetbed, type Netbed, type NetnsHost } from "../helpers/netns";
import { randomBytes } from "./cluster-harness";
import { NetnsCluster, netnsNodePort, netnsQueuePort, waitUntil, type ClientResult, type StatusDocument } from "./netns-cluster";

const gate = netnsGate();
const ids = ["n1", "n2", "n3", "n4", "n5"];
/**
 * A read here is a client process start, a queue round trip, a ReadIndex and the chunk fetches:
 * well under a second on a quiet machine, a few seconds on a loaded one. Before, cut-off nodes
 * held reads until the client's 10 s timeout.
 */
const readFastMs = 8_000;

interface Cluster {
  readonly net: NetnsCluster;
  readonly queueHost: NetnsHost;
  readonly queues: string[];
  readonly hostOf: Record<string, NetnsHost>;
}

async function startCluster(bed: Netbed): Promise<Cluster> {
  const binary = await gossamerBinary();
  const net = new NetnsCluster(bed, binary, "availc", "availability-secret");
  const [queueHost, ...nodeHosts] = bed.hosts as [NetnsHost, ...NetnsHost[]];
  const queues = [net.address(queueHost, netnsQueuePort)];
  const hostOf = Object.fromEntries(ids.map((id, i) => [id, nodeHosts[i] as NetnsHost]));
  const peers = ids.map((id) => `${id}=${net.address(hostOf[id] as NetnsHost, netnsNodePort)}`).join(",");
  net.startQueue("queue", queueHost, ["--discovery-port", "0"]);
  for (const id of ids) net.startNode({ id, host: hostOf[id] as NetnsHost, args: ["--peers", peers, "--queue", queues.join(","), "--discovery-port", "0"] });
  await waitUntil("five voters and a leader", 60_000, async () => {
    const status = await net.status(queueHost, queues);
    return status?.leader !== null && status !== null && ids.every((id) => status.nodes.some((node) => node.id === id && node.reachable && (node.role === "leader" || node.role === "follower")));
  });
  return { net, queueHost, queues, hostOf };
}

async function readAll(cluster: Cluster, name: string, count: number): Promise<ClientResult[]> {
  const results: ClientResult[] = [];
  // Two at a time, as two users would.
  for (let i = 0; i < count; i += 2) {
    const pair = [0, 1].filter((k) => i + k < count).map((k) =>
      cluster.net.client(cluster.queueHost, cluster.queues, ["read", name, "-o", join(cluster.net.dir, `${name}.${i + k}.out`), "--timeout", "10000"]));
    results.push(...await Promise.all(pair));
  }
  return results;
}

function summary(results: readonly ClientResult[]): { failed: number; slowest: number } {
  console.log(`availability: read times ${results.map((result) => `${Math.round(result.ms)}${result.code === 0 ? "" : `(exit ${result.code})`}`).join(" ")}`);
  return { failed: results.filter((result) => result.code !== 0).length, slowest: Math.round(Math.max(...results.map((result) => result.ms))) };
}

async function leaderOf(cluster: Cluster): Promise<StatusDocument> {
  let found: StatusDocument | null = null;
  await waitUntil("a leader", 30_000, async () => {
    found = await cluster.net.status(cluster.queueHost, cluster.queues);
    return found?.leader !== null && found?.leader !== undefined;
  });
  if (found === null) throw new Error("a leader was found");
  return found;
}

describe.skipIf(!gate.run)("available on the majority side", () => {
  test("two followers cut off from the other nodes but not from the queue server: reads stay fast, and they catch up soon after the cut heals", async () => {
    await withNetbed(6, async (bed) => {
      const cluster = await startCluster(bed);
      const { net } = cluster;
      try {
        await Bun.write(join(net.dir, "r.bin"), randomBytes(200_000));
        const written = await net.client(cluster.queueHost, cluster.queues, ["write", join(net.dir, "r.bin"), "--name", "r.bin"]);
        expect({ code: written.code, stderr: written.stderr }).toEqual({ code: 0, stderr: "" });
        const baseline = summary(await readAll(cluster, "r.bin", 6));
        console.log(`availability: 6 reads before any cut: ${baseline.failed} failed, slowest ${baseline.slowest} ms`);
        const before = await leaderOf(cluster);
        const leader = before.leader as string;
        const cut = ids.filter((id) => id !== leader).slice(0, 2);
        const majority = ids.filter((id) => !cut.includes(id)).map((id) => cluster.hostOf[id] as NetnsHost);
        for (const id of cut) net.cut(cluster.hostOf[id] as NetnsHost, majority);
        const cutAt = performance.now();
        await Bun.sleep(3_000);

        const during = summary(await readAll(cluster, "r.bin", 12));
        console.log(`availability: 12 reads with ${cut.join(", ")} cut off: ${during.failed} failed, slowest ${during.slowest} ms`);
        expect(during.failed).toBe(0);
        expect(during.slowest).toBeLessThan(readFastMs);
        // The majority keeps committing what the cut followers will have to catch up on.
        for (let i = 0; i < 3; i += 1) {
          await Bun.write(join(net.dir, `w${i}.bin`), randomBytes(100_000));
          const write = await net.client(cluster.queueHost, cluster.queues, ["write", join(net.dir, `w${i}.bin`), "--name", `w${i}.bin`]);
          expect(write.code).toBe(0);
        }
        await Bun.sleep(Math.max(0, 30_000 - (performance.now() - cutAt)));

        const target = (await leaderOf(cluster)).nodes.find((node) => node.role === "leader")?.commit ?? Number.POSITIVE_INFINITY;
        for (const id of cut) net.heal(cluster.hostOf[id] as NetnsHost);
        const caughtUpMs = await waitUntil("the healed followers catch up", 60_000, async () => {
          const status = await net.status(cluster.queueHost, cluster.queues);
          return cut.every((id) => {
            const node = status?.nodes.find((candidate) => candidate.id === id);
            return node !== undefined && node.role === "follower" && node.applied >= target;
          });
        });
        console.log(`availability: after a 30 s cut, ${cut.join(" and ")} caught up ${Math.round(caughtUpMs)} ms after it healed`);
        expect(caughtUpMs).toBeLessThan(6_000);

        const after = summary(await readAll(cluster, "r.bin", 12));
        console.log(`availability: 12 reads after healing: ${after.failed} failed, slowest ${after.slowest} ms`);
        expect(after.failed).toBe(0);
        expect(after.slowest).toBeLessThan(readFastMs);
      } catch (error: unknown) {
        console.error(`logs of the servers (${net.dir}/logs):\n${await net.logTails()}`);
        throw error;
      }
    });
  }, 300_000);

  test("an isolated node is shown unreachable within seconds, and reachable once back; reads do not wait for it", async () => {
    await withNetbed(6, async (bed) => {
      const cluster = await startCluster(bed);
      const { net } = cluster;
      try {
        await Bun.write(join(net.dir, "r.bin"), randomBytes(100_000));
        expect((await net.client(cluster.queueHost, cluster.queues, ["write", join(net.dir, "r.bin"), "--name", "r.bin"])).code).toBe(0);
        const leader = (await leaderOf(cluster)).leader as string;
        const victim = ids.find((id) => id !== leader) as string;
        net.isolate(cluster.hostOf[victim] as NetnsHost);
        const shownMs = await waitUntil("the isolated node shown unreachable", 15_000, async () => {
          const node = (await net.status(cluster.queueHost, cluster.queues))?.nodes.find((candidate) => candidate.id === victim);
          return node !== undefined && !node.reachable && node.role === "unreachable";
        });
        console.log(`availability: ${victim} isolated, shown unreachable after ${Math.round(shownMs)} ms`);
        expect(shownMs).toBeLessThan(8_000);
        const during = summary(await readAll(cluster, "r.bin", 6));
        expect(during.failed).toBe(0);
        expect(during.slowest).toBeLessThan(readFastMs);
        net.heal(cluster.hostOf[victim] as NetnsHost);
        const backMs = await waitUntil("the node reachable again", 30_000, async () => {
          const node = (await net.status(cluster.queueHost, cluster.queues))?.nodes.find((candidate) => candidate.id === victim);
          return node !== undefined && node.reachable && node.role === "follower";
        });
        console.log(`availability: ${victim} back, reachable follower after ${Math.round(backMs)} ms`);
        expect(backMs).toBeLessThan(10_000);
      } catch (error: unknown) {
        console.error(`logs of the servers (${net.dir}/logs):\n${await net.logTails()}`);
        throw error;
      }
    });
  }, 300_000);
});

/**
 * A cluster is founded once. Across network namespaces (each host its own address, discovery
 * by broadcast), the sequence an operator runs into: a cluster d1–d3 is founded (d1 with
 * --bootstrap) and holds a file; everything stops; the queue server comes back; five seconds
 * later a fresh node d4 starts; then d1–d3 come back. d4 must never found a cluster of its
 * own: it waits, is added by the real cluster's leader, and in the end every node's applied
 * configuration is {d1, d2, d3, d4}, the file written before is read back and a new one is
 * written and read. Before founding was made explicit, d4 founded a second cluster in every
 * run (the queue server named it founder once its 3 s grace had passed).
 *
 * Variations: the queue server's data lost before it comes back, and two queue servers (one of
 * which lost its data), both answering d4's broadcasts. Skipped without root (a failure under
 * GOSSAMER_REQUIRE_SERVICES=1).
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { gossamerBinary } from "../helpers/gossamer-binary";
import { netnsGate, withNetbed, type NetnsHost } from "../helpers/netns";
import { lastVoters, NetnsCluster, netnsQueuePort, waitUntil } from "./netns-cluster";
import { randomBytes } from "./cluster-harness";

const gate = netnsGate();
const waitMs = 90_000;

interface Variant {
  readonly name: string;
  readonly queues: 1 | 2;
  /** Which queue servers lose their data while everything is stopped. */
  readonly wipe: readonly number[];
}

const variants: readonly Variant[] = [
  { name: "the exact sequence", queues: 1, wipe: [] },
  { name: "the queue server's data lost", queues: 1, wipe: [0] },
  { name: "two queue servers, one with its data lost", queues: 2, wipe: [1] },
];

async function runSequence(variant: Variant): Promise<void> {
  const binary = await gossamerBinary();
  await withNetbed(4 + variant.queues, async (bed) => {
    const queueHosts = bed.hosts.slice(0, variant.queues);
    const [h1, h2, h3, h4] = bed.hosts.slice(variant.queues) as [NetnsHost, NetnsHost, NetnsHost, NetnsHost];
    const net = new NetnsCluster(bed, binary, "foundc", "founding-secret");
    const queueNames = queueHosts.map((_, i) => `q${i + 1}`);
    const queues = queueHosts.map((host) => net.address(host, netnsQueuePort));
    const client = queueHosts[0] as NetnsHost;
    const nodeArgs = ["--queue", queues.join(",")];
    const hosts: Record<string, NetnsHost> = { d1: h1, d2: h2, d3: h3, d4: h4 };
    try {
      queueHosts.forEach((host, i) => net.startQueue(queueNames[i] as string, host));
      await Bun.sleep(500);
      net.startNode({ id: "d1", host: h1, args: [...nodeArgs, "--bootstrap"] });
      for (const id of ["d2", "d3"]) net.startNode({ id, host: hosts[id] as NetnsHost, args: nodeArgs });
      // Every id a reachable voter, and exactly one leader among every node the status shows.
      const everyoneIn = async (ids: string[]): Promise<boolean> => {
        const status = await net.status(client, queues);
        if (status === null || status.nodes.filter((node) => node.role === "leader").length !== 1) return false;
        return ids.every((id) => status.nodes.some((node) => node.id === id && node.reachable && (node.role === "leader" || node.role === "follower")));
      };
      await waitUntil("d1–d3 are the voters of one cluster", waitMs, () => everyoneIn(["d1", "d2", "d3"]));
      await Bun.write(join(net.dir, "before.bin"), randomBytes(300_000));
      const before = await net.client(client, queues, ["write", join(net.dir, "before.bin"), "--name", "before.bin"]);
      expect({ code: before.code, stderr: before.stderr }).toEqual({ code: 0, stderr: "" });

      for (const id of ["d1", "d2", "d3", ...queueNames]) await net.kill(id);
      for (const index of variant.wipe) net.wipe(queueNames[index] as string);
      for (const name of queueNames) net.restart(name);
      await Bun.sleep(5_000);
      net.startNode({ id: "d4", host: h4, args: nodeArgs });
      // Long enough for d4 to found a cluster of its own if it were going to.
      await Bun.sleep(4_000);
      for (const id of ["d1", "d2", "d3"]) net.restart(id);

      await waitUntil("d1–d4 are the voters of one cluster", waitMs, () => everyoneIn(["d1", "d2", "d3", "d4"]));
      expect(await net.log("d4")).not.toContain("node.founding");
      for (const id of ["d1", "d2", "d3", "d4"]) expect(lastVoters(await net.log(id))).toEqual(["d1", "d2", "d3", "d4"]);
      const read = await net.client(client, queues, ["read", "before.bin", "-o", join(net.dir, "before.out")]);
      expect({ code: read.code, stderr: read.stderr }).toEqual({ code: 0, stderr: "" });
      expect(Buffer.compare(await Bun.file(join(net.dir, "before.out")).bytes(), await Bun.file(join(net.dir, "before.bin")).bytes())).toBe(0);
      await Bun.write(join(net.dir, "after.bin"), randomBytes(200_000));
      const after = await net.client(client, queues, ["write", join(net.dir, "after.bin"), "--name", "after.bin"]);
      expect({ code: after.code, stderr: after.stderr }).toEqual({ code: 0, stderr: "" });
      const listing = await net.client(client, queues, ["ls", "--json"]);
      expect(listing.code).toBe(0);
      expect((JSON.parse(listing.stdout) as { files: { name: string }[] }).files.map((file) => file.name)).toEqual(["after.bin", "before.bin"]);
    } catch (error: unknown) {
      console.error(`logs of the servers (${net.dir}/logs):\n${await net.logTails()}`);
      throw error;
    }
  });
}

describe.skipIf(!gate.run)("founding a cluster happens once", () => {
  for (const variant of variants) {
    test(`a fresh node started while the cluster is down joins it, never founds another (${variant.name})`, async () => {
      await runSequence(variant);
    }, 300_000);
  }
});
